# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The reconcile engine: one implementation of find, compare, plan, write and diff for every resource.

The engine sees resources only through their descriptions (``_resource.Resource``). Every write goes
through ``_write``, the one gate that check mode closes.
"""

from __future__ import annotations

import re
import threading
import time

from ansible_collections.norce.commerce.plugins.module_utils import _nested
from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError, explain
from ansible_collections.norce.commerce.plugins.module_utils._inventory import Inventory
from ansible_collections.norce.commerce.plugins.module_utils._normalize import (
    equal,
    instant,
    key_value,
    normalize,
    strip_reference_ids,
)
from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    NO_DELETE,
)

CULTURE_CODE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# How often, at least, an item is posted when the server gives no clear answer and a re-read shows
# that the item does not exist (so the earlier POST was not carried out).
POST_ATTEMPTS = 3


def pending_key(resource, key):
    """How a bulk run names an item it is about to write: the resource and the key, without case."""
    return (resource.name, tuple(key_value(k) for k in key))


class InvalidInput(NorceError):
    """Input the engine refuses before any request is written; names the option and the value."""


class Result(object):
    def __init__(self, action, obj, before, after, notes=()):
        self.action = action
        self.changed = action != "none"
        self.object = obj if obj is not None else {}
        self.diff = {"before": before, "after": after}
        self.notes = list(notes)


class Plan(object):
    """What one item needs: an action (none, create, update, reactivate, deactivate) and its diff."""

    def __init__(self, resource, params, item, wanted, scope, key):
        self.resource, self.params, self.item = resource, params, item
        self.wanted, self.scope, self.key = wanted, scope, key
        self.action, self.before, self.after = "none", {}, {}

    def to(self, action, before, after):
        self.action, self.before, self.after = action, before, after
        return self


class Engine(object):
    def __init__(self, client, resources, check_mode=False, sleep=time.sleep):
        self.client = client
        self.resources = resources
        self.check_mode = check_mode
        self.sleep = sleep
        self.inventories = {}
        self._lock = threading.Lock()
        # What one thread is working on: the bulk run plans and writes items in parallel.
        self._local = threading.local()
        # Items a bulk run is about to create, as (resource name, key): a reference to one of them is
        # not an error, and in check mode it resolves to no id. Items it failed to write, likewise.
        self.pending = set()
        self.failed = set()
        # A single task cannot know what earlier tasks of a check-mode run would have created; a bulk
        # run knows its whole document, so for it a reference to a missing item is always an error.
        self.assume_earlier_tasks = True

    # Per-thread state: the options of the item being planned (for references that depend on a sibling
    # option) and the things the user should know that are not failures (shown as warnings).
    @property
    def notes(self):
        if not hasattr(self._local, "notes"):
            self._local.notes = []
        return self._local.notes

    @notes.setter
    def notes(self, value):
        self._local.notes = value

    @property
    def siblings(self):
        return getattr(self._local, "siblings", {})

    @property
    def siblings_resource(self):
        return getattr(self._local, "siblings_resource", None)

    @siblings.setter
    def siblings(self, value):
        self._local.siblings = value

    @siblings_resource.setter
    def siblings_resource(self, value):
        self._local.siblings_resource = value

    # -- reading -----------------------------------------------------------------------------

    def inventory(self, resource, scope=None):
        scope = scope or {}
        index = (resource.name, tuple(sorted(scope.items())))
        with self._lock:
            if index not in self.inventories:
                self.inventories[index] = Inventory(self.client, resource, scope, self)
            return self.inventories[index]

    def scope_of(self, resource, params, allow_inactive=False):
        """The path parameters of an item: its parent's id, a group, or a field of the parent."""
        scope = {}
        for field in resource.path_fields:
            value = params[field.option]
            if field.ref:
                value = self.resolve(field, value, allow_inactive)
            elif field.to_api_values:
                value = field.to_api_values[value]
            scope[field.path_param] = value
        for name, derived in resource.derived_params.items():
            field = resource.by_option[derived.option]
            target = self.resources[field.ref.resource]
            parent = self.inventory(target).by_id(scope[field.path_param])
            if parent is None:
                scope[name] = None
                continue
            value = parent.get(derived.api)
            if derived.allowed and value not in derived.allowed:
                raise InvalidInput("%s: the %s %r has %s %r; only %s ones can have a %s"
                                   % (field.option, target.title, params[field.option], derived.api, value,
                                      " or ".join(derived.allowed), resource.title))
            scope[name] = value
        return scope

    def is_active(self, resource, item):
        if not resource.active_field:
            return True
        return item.get(resource.active_field) is not False

    def option_value(self, resource, item, option):
        """The value of ``option`` in user terms (codes, choice names) for an API item."""
        if option == "translations":
            return self._translations_of(resource, item)
        if option in resource.localized:
            return item.get("Default" + resource.localized[option])
        field = resource.by_option[option]
        if field.nested:
            return _nested.user_value(self, field, item.get(field.api))
        if field.nested_ref:
            target = resource.by_option[field.nested_ref]
            return _nested.sub_item_key(field, target, item.get(target.api), item.get(field.api))
        return self.field_value(field, item, resource)

    def field_value(self, field, item, resource=None):
        """The value of one field of an API dict in user terms: codes for ids, names for choices."""
        value = item.get(field.api)
        if field.ref and value is not None:
            target = self.resources[field.ref.resource]
            scope = {}
            if field.ref.within:
                sibling, param = field.ref.within
                scope = {param: item.get(resource.by_option[sibling].api)}
                if scope[param] is None:
                    return value  # the answer does not say whose it is: nothing to look it up under
            referenced = self.inventory(target, scope).by_id(value)
            return self.option_value(target, referenced, field.ref.key) if referenced else value
        if field.to_api_values:
            for name, api_value in field.to_api_values.items():
                if api_value == value:
                    return name
        return value

    def api_value(self, field, value):
        """The API value of one option value: an id for a code, the API's value for a choice."""
        if value is None:
            return None
        if field.ref:
            return self.resolve(field, value)
        if field.to_api_values:
            return field.to_api_values[value]
        if field.compare == "datetime":
            # One unambiguous form for the API: the instant in UTC ("" clears the date).
            return instant(value).strftime("%Y-%m-%dT%H:%M:%SZ") if value != "" else None
        return value

    def _translations_of(self, resource, item):
        result = {}
        for culture in item.get("Cultures") or []:
            code = culture.get("CultureCode")
            if not code:
                continue
            values = {}
            for option, stem in resource.localized.items():
                if culture.get("Is%sInherited" % stem):
                    continue
                values[option] = culture.get(stem)
            result[code] = values
        return result

    # -- input -------------------------------------------------------------------------------

    def desired(self, resource, params):
        """The options the user set, validated, in user terms."""
        for option in resource.key:
            field = resource.by_option.get(option)
            if params.get(option) == "" and option not in resource.optional_key and not (field and field.ref):
                raise InvalidInput("%s: must not be empty; it is what identifies the %s" % (option, resource.title))
        wanted = {}
        for option in list(resource.by_option) + list(resource.localized):
            if params.get(option) is not None:
                wanted[option] = params[option]
        if resource.localized and params.get("translations") is not None:
            wanted["translations"] = self._check_translations(resource, params["translations"])
        if params.get("state") == "absent":
            # Only the key matters for removal, and an item under a deactivated parent can still be removed.
            return wanted
        for field in resource.fields:
            if field.compare == "datetime" and wanted.get(field.option) not in (None, ""):
                try:
                    instant(wanted[field.option])
                except ValueError:
                    raise InvalidInput("%s: %r is not an ISO 8601 date or date-time such as 2026-12-01 or "
                                       "2026-12-01T08:00:00+01:00" % (field.option, wanted[field.option]))
            if field.ref and field.option in wanted:
                self.resolve(field, wanted[field.option])
            if field.nested and field.option in wanted:
                for index, element in enumerate(wanted[field.option]):
                    for sub in field.nested.fields:
                        if sub.ref and element.get(sub.option) is not None:
                            self.resolve(sub, element[sub.option],
                                         label="%s[%d].%s" % (field.option, index, sub.option))
        return wanted

    def _check_translations(self, resource, translations):
        checked = {}
        for culture, values in translations.items():
            if not CULTURE_CODE.match(str(culture)):
                raise InvalidInput("translations: %r is not a culture code such as 'sv-SE'" % (culture,))
            if not isinstance(values, dict):
                raise InvalidInput("translations[%r] must be a dictionary of %s, got %r"
                                   % (culture, ", ".join(resource.localized), values))
            unknown = sorted(set(values) - set(resource.localized))
            if unknown:
                raise InvalidInput("translations[%r] has unknown keys %s; allowed: %s"
                                   % (culture, ", ".join(unknown), ", ".join(resource.localized)))
            checked[str(culture)] = dict((k, None if v is None else str(v)) for k, v in values.items())
        return checked

    def resolve(self, field, code, allow_inactive=False, label=None):
        """The API id of the item that a reference option names; refuses unknown and deleted items.

        An empty string names no item (a root category has no parent)."""
        if code in ("", None):
            return None
        target = self.resources[field.ref.resource]
        parent_code = None
        if field.ref.within:
            # The target lives under the item another option of this item names.
            sibling, param = field.ref.within
            parent_code = self.siblings.get(sibling)
            if parent_code in (None, ""):
                raise InvalidInput("%s: set %s too; a %s belongs to one"
                                   % (label or field.option, sibling, target.title))
            parent_id = self.resolve(self.siblings_resource.by_option[sibling], parent_code, allow_inactive)
            if parent_id is None:
                return None  # check mode, and the parent is not there yet: its own warning says so
            key = (parent_code, code)
            item = self.inventory(target, {param: parent_id}).find(key, self)
        else:
            key = (code,)
            item = self.inventory(target).find(key, self)
        if item is None and self.failed and pending_key(target, key) in self.failed:
            raise InvalidInput("%s: the %s %r could not be written (see its own error)"
                               % (label or field.option, target.title, code))
        if item is None and self.pending and pending_key(target, key) in self.pending:
            if getattr(self._local, "writing", False) and not self.check_mode:
                # A write must never go out with a reference left empty: the bulk run orders items so that
                # this cannot happen, and refuses if it ever does.
                raise InvalidInput("%s: the %s %r is not written yet; it must come before this item"
                                   % (label or field.option, target.title, code))
            return None  # the same bulk run creates it first; until then (and in check mode) it has no id
        if item is None:
            if field.ref.unknown:
                reason = field.ref.unknown % (code,)
            elif parent_code is not None:
                reason = "%s %r has no %s with %s %r" % (sibling, parent_code, target.title, field.ref.key, code)
            else:
                reason = "no %s with %s %r exists" % (target.title, field.ref.key, code)
            missing = "%s: %s" % (label or field.option, reason)
            if self.check_mode and target.can_create and self.assume_earlier_tasks:
                # An earlier task of the same check-mode run may be the one that would create it.
                self.notes.append(missing + " yet; check mode assumes an earlier task creates it (a real run "
                                  "fails here if none does)")
                return None
            raise InvalidInput(missing)
        if not allow_inactive and not self.is_active(target, item) and pending_key(target, key) not in self.pending:
            raise InvalidInput("%s: the %s %r is deactivated; make it present first"
                               % (label or field.option, target.title, code))
        return item[target.id_field]

    # -- comparing and planning ----------------------------------------------------------------

    def differences(self, resource, wanted, item):
        """The options whose wanted value differs from the item's, as {option: (before, after)}."""
        changes = {}
        for option, value in wanted.items():
            current = self.option_value(resource, item, option)
            if option == "translations":
                if self._translations_differ(value, current):
                    lower = dict((key_value(c), v) for c, v in current.items())
                    before = dict((c, dict((o, lower.get(key_value(c), {}).get(o)) for o in v)) for c, v in value.items())
                    changes[option] = (before, value)
                continue
            field = resource.by_option.get(option)
            if field is not None and field.nested:
                if _nested.differs(self, field, value, current):
                    ordered_value = sorted(value, key=lambda e: _nested.element_key(field.nested, e))
                    changes[option] = (current, ordered_value)
                continue
            # References, and keys the API cannot write, match without regard to case as the lookup did.
            if field is not None and (field.ref or field.nested_ref or
                                      (option in resource.key and not resource.can_create)):
                # References match their target without regard to case, as the lookup did.
                if key_value(current or "") != key_value(value):
                    changes[option] = (current, value)
                continue
            type_name = "str" if option in resource.localized else field.compare
            ordered = field.ordered if field else True
            if not equal(current, value, type_name, ordered):
                changes[option] = (current, value)
        return changes

    @staticmethod
    def _translations_differ(wanted, current):
        lower = dict((key_value(k), v) for k, v in current.items())
        for culture, values in wanted.items():
            have = lower.get(key_value(culture), {})
            for option, value in values.items():
                if normalize(have.get(option), "str") != normalize(value, "str"):
                    return True
        return False

    def ensure(self, resource, params):
        """Brings one item to the state the options describe; returns a ``Result``."""
        try:
            result = self.execute(self.plan(resource, params))
        finally:
            notes, self.notes = self.notes, []
        result.notes.extend(notes)
        return result

    def plan(self, resource, params):
        """What it takes to bring one item to the state the options describe; reads, never writes."""
        # The options of the item being planned, for references that depend on a sibling option.
        self.siblings, self.siblings_resource = params, resource
        wanted = self.desired(resource, params)
        key = resource.key_of_options(params)
        state = params.get("state") or "present"
        scope = self.scope_of(resource, params, allow_inactive=state == "absent")
        if resource.singleton:
            item = self.read_singleton(resource, scope)
        elif resource.whole_list:
            item = self.whole_list(resource, scope)
        elif None in scope.values():
            item = None  # under a parent that does not exist yet (check mode) there is nothing to read
        else:
            item = self.inventory(resource, scope).find(key, self)
        key_options = dict((k, params[k]) for k in resource.key)
        self._check_primary(resource, item, wanted, state, key)
        if item is None and not resource.can_create:
            raise InvalidInput(resource.not_found.format(**key_options) if resource.not_found else
                               "%s %s does not exist, and the API cannot create one"
                               % (resource.title, "/".join(str(k) for k in key)))
        plan = Plan(resource, params, item, wanted, scope, key)
        if state == "absent":
            if item is None or not self.is_active(resource, item):
                return plan
            if resource.delete == NO_DELETE:
                raise InvalidInput("state=absent: a %s cannot be removed through the API" % resource.title)
            return plan.to("deactivate", dict(key_options, state="present"), dict(key_options, state="absent"))
        if item is None:
            missing = [o for o in resource.create_required if o not in wanted]
            if missing:
                raise InvalidInput("%s %s does not exist yet; to create it, set %s"
                                   % (resource.title, "/".join(str(k) for k in key), " and ".join(missing)))
            return plan.to("create", {"state": "absent"}, dict(wanted, state="present"))
        changes = self.differences(resource, wanted, item)
        active = self.is_active(resource, item)
        if active and not changes:
            return plan
        before = dict(key_options, **dict((o, c[0]) for o, c in changes.items()))
        after = dict(key_options, **dict((o, c[1]) for o, c in changes.items()))
        if resource.has_state:
            before["state"] = "present" if active else "absent"
            after["state"] = "present"
        return plan.to("update" if active else "reactivate", before, after)

    def execute(self, plan):
        """Carries out a plan (through the write gate, so check mode writes nothing)."""
        resource, item, scope = plan.resource, plan.item, plan.scope
        self.siblings, self.siblings_resource = plan.params, resource
        self._local.writing = True
        try:
            if plan.action == "none":
                obj = item
            elif plan.action == "deactivate":
                obj = self._deactivate(resource, item, scope)
            elif plan.action == "create":
                obj = self._create(resource, plan.wanted, plan.key, scope)
            else:
                obj = self._update(resource, item, plan.wanted, scope, reactivate=plan.action == "reactivate")
        finally:
            self._local.writing = False
        return Result(plan.action, obj, plan.before, plan.after)

    def whole_list(self, resource, scope):
        """Every row under the path as one item, with the path's parameters as its fields."""
        rows = [] if None in scope.values() else self.client.get(resource.url(resource.path, scope))
        item = dict((f.api, scope[f.path_param]) for f in resource.path_fields)
        item[resource.by_option[resource.whole_list].api] = strip_reference_ids(rows) or []
        return item

    def _check_primary(self, resource, item, wanted, state, key):
        """Exactly one active item of a kind is primary: the flag can be moved to another item (the
        API then clears it on the old one), never taken away from the only primary item."""
        if not resource.primary or item is None or not self.is_active(resource, item):
            return
        if not item.get(resource.by_option[resource.primary].api):
            return
        name = "/".join(str(k) for k in key)
        if state == "absent":
            raise InvalidInput("state=absent: %s %s is the primary %s and cannot be removed; make another %s "
                               "primary first" % (resource.title, name, resource.title, resource.title))
        if wanted.get(resource.primary) is False:
            raise InvalidInput("%s=false: %s %s is the primary %s; make another %s primary instead, which moves "
                               "the flag" % (resource.primary, resource.title, name, resource.title, resource.title))

    # -- building bodies -----------------------------------------------------------------------

    def invalid(self, message):
        return InvalidInput(message)

    def apply_options(self, resource, body, wanted):
        """Writes the wanted options into an API body (a full model for PUT, a new one for POST)."""
        # Options that name a sub-item go last, once the sub-items themselves are in place.
        for option, value in sorted(wanted.items(), key=lambda ov: bool(getattr(
                resource.by_option.get(ov[0]), "nested_ref", None))):
            if option == "translations":
                body["Cultures"] = self._merge_cultures(resource, body.get("Cultures") or [], value)
            elif option in resource.localized:
                body["Default" + resource.localized[option]] = value
            else:
                field = resource.by_option[option]
                if field.path_param or not field.write:
                    continue  # the path names the parent, or the key names the item's owner: not sent
                if field.nested:
                    body[field.api] = _nested.merge(self, field, body.get(field.api) or [], value)
                elif field.nested_ref:
                    target = resource.by_option[field.nested_ref]
                    body[field.api] = _nested.sub_item_id(self, field, target, body.get(target.api), value)
                else:
                    body[field.api] = self.api_value(field, value)
                if value is True:
                    body.update(dict((cleared, None) for cleared in field.clears))
        for field in resource.fields:
            if field.ref and field.ref.within and field.option not in wanted and field.ref.within[0] in wanted \
                    and body.get(field.api) is not None:
                self._check_still_under(resource, field, body)
            if field.nested_ref and field.option not in wanted and resource.by_option[field.nested_ref].option in wanted:
                target = resource.by_option[field.nested_ref]
                if body.get(field.api) not in [e.get("Id") for e in body.get(target.api) or []]:
                    raise InvalidInput("%s: the current one is no longer in %s; set %s to one that is"
                                       % (field.option, target.option, field.option))
        return body

    @staticmethod
    def _merge_cultures(resource, cultures, wanted):
        merged = [dict(c) for c in cultures]
        index = dict((key_value(c.get("CultureCode")), c) for c in merged)
        for culture, values in sorted(wanted.items()):
            entry = index.get(key_value(culture))
            if entry is None:
                entry = {"CultureCode": culture}
                for stem in resource.localized.values():
                    entry[stem] = None
                    entry["Is%sInherited" % stem] = True
                merged.append(entry)
            for option, value in values.items():
                stem = resource.localized[option]
                entry[stem] = value
                entry["Is%sInherited" % stem] = value in (None, "")
        return merged

    # -- writing -------------------------------------------------------------------------------

    def _check_still_under(self, resource, field, body):
        """A reference that lives under a sibling's item (a location of the chosen warehouse) must still
        be under it when only the sibling changes."""
        sibling, param = field.ref.within
        parent_id = body.get(resource.by_option[sibling].api)
        target = self.resources[field.ref.resource]
        if parent_id is None or self.inventory(target, {param: parent_id}).by_id(body[field.api]) is None:
            raise InvalidInput("%s: the current %s is not one of %s %r; set %s too (\"\" for none)"
                               % (field.option, target.title, sibling, self.siblings.get(sibling), field.option))

    @staticmethod
    def _without_inherited_texts(resource, model):
        """A GET shows a culture without its own text with the default text filled in; sent back as it is,
        that text would become the culture's own and stop following the default. Send null instead."""
        if not resource.localized or not model.get("Cultures"):
            return dict(model)
        cultures = []
        for culture in model["Cultures"]:
            culture = dict(culture)
            for stem in resource.localized.values():
                if culture.get("Is%sInherited" % stem):
                    culture[stem] = None
            cultures.append(culture)
        return dict(model, Cultures=cultures)

    def read_singleton(self, resource, scope=None):
        """The one item of a singleton resource (the connection's application)."""
        return self.read_item(resource.url(resource.item_path, scope or {}, self.client.application_id))

    def read_item(self, path):
        item = strip_reference_ids(self.client.get(path))
        # Norce documents some single-item GETs (product info types) as answering with a list of one.
        if isinstance(item, list):
            item = item[0] if len(item) == 1 else None
        return item

    def _write(self, method, path, body, predicted):
        """The only place that changes anything in Norce. Check mode closes it."""
        if self.check_mode:
            return predicted
        return self.client.request(method, path, body)

    def _create(self, resource, wanted, key, scope):
        body = dict(resource.create_defaults)
        if resource.active_field:
            body[resource.active_field] = True
        self.apply_options(resource, body, wanted)
        predicted = dict(body, **{resource.id_field: body.get(resource.id_field)})
        inventory = self.inventory(resource, scope)
        # As often as the client tries an idempotent request: a re-read makes the POST safe to repeat.
        attempts = max(POST_ATTEMPTS, getattr(self.client, "retries", 0) + 1)
        for attempt in range(1, attempts + 1):
            try:
                created = self._write(resource.create_verb, resource.url(resource.path, scope), body, predicted)
                break
            except NorceError as exc:
                if exc.status in (400, 409) and not self.check_mode:
                    # Another run may have created the same item since we read the list (the API refuses a
                    # second one with the same key): if a re-read finds it, it is ours to carry on with.
                    found = inventory.load().find(key, self)
                    if found is not None:
                        return found
                    raise
                if not exc.unclear or self.check_mode:
                    raise
                # The server may have stored the item without telling us: look before posting again,
                # so that a lost answer never becomes a duplicate.
                found = inventory.load().find(key, self)
                if found is not None:
                    return found
                if attempt == attempts:
                    outcome = "with status %d" % exc.status if exc.status else "with no answer"
                    raise NorceError("%s %s failed %s after %d attempts (a re-read after each found the item not "
                                     "stored): %s" % (exc.method, exc.path, outcome, attempt, explain(exc.body)),
                                     exc.method, exc.path, exc.status, attempt, exc.body)
                self.sleep(self.client.backoff * (2 ** attempt))
        created = strip_reference_ids(created)
        if not self.check_mode:
            inventory.remember(created)
        return created

    def _update(self, resource, item, wanted, scope, reactivate=False):
        # PUT replaces the whole model: start from a fresh copy of it, not from a possibly stale list.
        current = self._current(resource, scope, item)
        body = self.apply_options(resource, self._without_inherited_texts(resource, current), wanted)
        if reactivate and resource.active_field:
            body[resource.active_field] = True
        return self._put(resource, scope, item, body)

    def _deactivate(self, resource, item, scope):
        path = resource.url(resource.item_path, scope, item[resource.id_field])
        if resource.delete == DELETE_VERB:
            if not resource.active_field:
                # Nothing keeps a removed link: it is gone, and present again creates it anew.
                self._write("DELETE", path, None, {})
                if not self.check_mode:
                    self.inventory(resource, scope).forget(item[resource.id_field])
                return {}
            predicted = dict(item, **{resource.active_field: False})
            self._write("DELETE", path, None, predicted)
            result = predicted if self.check_mode else (self.read_item(path) or predicted)
            if not self.check_mode:
                self.inventory(resource, scope).remember(result)
            return result
        current = self._without_inherited_texts(resource, self._current(resource, scope, item))
        return self._put(resource, scope, item, dict(current, **{resource.active_field: False}))

    def _current(self, resource, scope, item):
        """A fresh copy of the item: by its own GET, or from the list where the API has no item GET."""
        if resource.whole_list:
            return self.whole_list(resource, scope)
        if resource.update_list or not resource.item_get:
            rows = strip_reference_ids(self.client.get(resource.url(resource.path, scope))) or []
            return next((r for r in rows if r.get(resource.id_field) == item[resource.id_field]), item)
        return self.read_item(resource.url(resource.item_path, scope, item[resource.id_field])) or item

    def _put(self, resource, scope, item, body):
        """Writes the full model of one item, in the shape the API's PUT takes."""
        if resource.whole_list:
            api = resource.by_option[resource.whole_list].api
            answer = self._write("PUT", resource.url(resource.path, scope), body[api], body[api])
            return dict(body, **{api: strip_reference_ids(answer) if isinstance(answer, list) else body[api]})
        item_id = item[resource.id_field]
        if resource.update_list:
            # The list PUT leaves the items it does not name as they are: name only this one.
            path = resource.url(resource.path, scope)
            answer = self._write("PUT", path, [body], [body])
            updated = next((r for r in answer if r.get(resource.id_field) == item_id), body) \
                if isinstance(answer, list) else body
        else:
            path = resource.url(resource.put_path or resource.item_path, scope, item_id)
            sent = body
            if resource.update_fields:
                sent = dict((k, body.get(k)) for k in resource.update_fields)
            updated = self._write("PUT", path, sent, body)
            updated = dict(body, **updated) if isinstance(updated, dict) and resource.update_fields else updated
        updated = strip_reference_ids(updated) or body
        if not self.check_mode:
            self.inventory(resource, scope).remember(updated)
        return updated
