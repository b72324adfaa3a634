"""The emulated environment's data and the generic behaviour every collection shares:
list, get, insert, replace (PUT), soft delete and the list of deleted items, all driven by the
collection's entry in ``x-emulator-collections``. Rules that are not generic live in hooks_*.py.

Every public method runs under the emulator's single state lock (see app.py).
Items of nested collections are keyed by (parent id, id): a link collection such as a price
list's warehouses uses the warehouse id as its own id, so ids repeat across parents.
"""

import copy
import time

from . import hooks as hook_registry
from .render import Shaper, default_for, inherit_flagged_texts, localize, model_name


class ApiError(Exception):
    """An answer other than 200; ``errors`` becomes the problem-details ``errors`` map."""

    def __init__(self, status, detail=None, errors=None, title=None):
        super().__init__(detail or title or str(status))
        self.status = status
        self.detail = detail
        self.errors = errors
        self.title = title


def bad_request(field, message):
    return ApiError(400, errors={field: [message]})


def not_found(what):
    return ApiError(404, detail=what)


def changed_now():
    # Norce shows Changed in the application's locale; the reference's examples use this form.
    return time.strftime("%m/%d/%Y %H:%M", time.gmtime())


def key_of(value):
    # Codes and string ids compare case-insensitively, as SQL Server's default collation does.
    return value.casefold() if isinstance(value, str) else value


def _coerce(schema, value):
    # The reference types some path ids as strings (supplierId on one operation): "7" is 7.
    if isinstance(value, str) and (schema or {}).get("type") == "integer" and \
            value.strip().lstrip("-").isdigit():
        return int(value)
    return value


class Collection:
    """Settings of one stored collection, precomputed from the contract."""

    def __init__(self, contract, name, cfg):
        self.name = name
        self.cfg = cfg
        self.schema_name = cfg.get("schema")
        self.schema = contract.resolve(contract.schema(self.schema_name) or {})
        self.id_field = cfg.get("id", "Id")
        self.scope = cfg.get("scope", "client")
        self.parent = cfg.get("parent")
        self.unique = [list(u) if isinstance(u, (list, tuple)) else [u]
                       for u in cfg.get("unique") or []]
        self.references = dict(cfg.get("references") or {})
        self.required_on_insert = list(cfg.get("required_on_insert") or [])
        self.soft_delete = cfg.get("soft_delete")
        self.localized = list(cfg.get("localized") or [])
        self.lookups = {}
        for field, spec in (cfg.get("lookups") or {}).items():
            if isinstance(spec, dict):
                spec = [spec.get("field"), spec.get("collection"), spec.get("value")]
            self.lookups[field] = tuple(spec)
        primary = cfg.get("primary")
        self.primary = "IsPrimary" if primary is True else primary
        self.at_most_one = list(cfg.get("at_most_one") or [])
        self.updatable = cfg.get("updatable")
        self.hooks = list(cfg.get("hooks") or [])
        self.has_deleted_list = name in contract.has_deleted_list
        self.props = {}
        self.read_only = set()
        for prop, sub in (self.schema.get("properties") or {}).items():
            if prop == "$id":
                continue
            resolved = contract.resolve(sub)
            self.props[prop] = resolved
            if sub.get("readOnly") or resolved.get("readOnly"):
                self.read_only.add(prop)
        self.writable = [p for p in self.props if p not in self.read_only]
        self.id_generated = self.id_field in self.read_only or self.id_field not in self.props
        self.parent_field = self.parent["field"] if self.parent else None

    def blank(self):
        """A new item: every writable field at its default."""
        return {p: default_for(self.props[p]) for p in self.writable}

    def item_key(self, item):
        if self.parent:
            return (key_of(item.get(self.parent_field)), key_of(item.get(self.id_field)))
        return key_of(item.get(self.id_field))

    def is_active(self, item):
        return bool(item.get(self.soft_delete, True)) if self.soft_delete else True


class Store:
    def __init__(self, contract, seed, env):
        self.contract = contract
        self.env = env
        self.seed = seed
        self.collections = {name: Collection(contract, name, cfg or {})
                            for name, cfg in contract.collections.items()}
        self.shaper = Shaper(contract)
        self.reset()

    # ----- state -------------------------------------------------------------------------
    def reset(self):
        self.data = {name: {} for name in self.collections}
        self.counters = {}
        for name, items in self._seeds().items():
            coll = self.collections.get(name)
            if coll is None:
                continue  # seed data for a collection the contract does not (yet) have
            if coll.scope == "application":
                if isinstance(items, dict):  # {"1001": [...], "1002": [...]}
                    per_app = {int(k): v for k, v in items.items()}
                else:  # one list for every application
                    per_app = {app: items for app in self.env.applications}
                for app, app_items in per_app.items():
                    for raw in app_items:
                        self._seed_item(coll, app, raw)
            else:
                for raw in items:
                    self._seed_item(coll, 0, raw)

    def empty_application(self, app_id):
        """Drops every application-scoped item of one application (its cultures, countries,
        currencies and sales areas), as a newly made application has none; returns how many
        items each collection lost."""
        dropped = {}
        for name, coll in self.collections.items():
            if coll.scope == "application":
                dropped[name] = len(self.data[name].pop(app_id, {}))
        return dropped

    def _seeds(self):
        # The contract's seeds come first; a collection named in the seed file replaces them,
        # and "collections_extend" adds items (e.g. more system countries) to them.
        seeds = {name: coll.cfg["seed"] for name, coll in self.collections.items()
                 if coll.cfg.get("seed") is not None}
        if "application" in self.collections and self.env.applications:
            seeds["application"] = list(self.env.applications.values())
        seeds.update(self.seed.get("collections") or {})
        for name, extra in (self.seed.get("collections_extend") or {}).items():
            coll = self.collections.get(name)
            if coll is None:
                continue
            base = list(seeds.get(name) or [])
            known = {key_of(i.get(coll.id_field)) for i in base}
            seeds[name] = base + [i for i in extra if key_of(i.get(coll.id_field)) not in known]
        return seeds

    def _seed_item(self, coll, scope_key, raw):
        item = coll.blank()
        for key in (coll.id_field, "Changed", "ChangedBy"):
            if key in coll.props:
                item.setdefault(key, None)
        item.update(copy.deepcopy({k: v for k, v in raw.items() if k in coll.props}))
        if item.get(coll.id_field) is None and coll.id_generated:
            item[coll.id_field] = self._next_id(coll)
        elif isinstance(item.get(coll.id_field), int):
            self.counters[coll.name] = max(self.counters.get(coll.name, 0), item[coll.id_field])
        self.bucket(coll, scope_key)[coll.item_key(item)] = item

    def _next_id(self, coll):
        value = self.counters.get(coll.name, 0) + 1
        self.counters[coll.name] = value
        return value

    def bucket(self, coll, scope_key):
        return self.data[coll.name].setdefault(scope_key, {})

    def items(self, name, app_id):
        coll = self.collections[name]
        return self.bucket(coll, app_id if coll.scope == "application" else 0)

    def find(self, name, key, app_id, parent=None):
        """The item of collection ``name`` whose id is ``key`` (under ``parent`` for nested
        collections, any parent when None); ``name`` may be ``collection.Field`` to match
        on another field (e.g. ``system_culture.Code``)."""
        if key is None:
            return None
        name, dot, field = name.partition(".")
        coll = self.collections.get(name)
        if coll is None:
            return None
        items = self.items(name, app_id)
        field = field or coll.id_field
        key = _coerce(coll.props.get(field), key)
        if parent is not None and coll.parent:
            parent = _coerce(coll.props.get(coll.parent_field), parent)
        if field == coll.id_field and (not coll.parent or parent is not None):
            k = (key_of(parent), key_of(key)) if coll.parent else key_of(key)
            return items.get(k)
        wanted = key_of(key)
        for item in items.values():
            if key_of(item.get(field)) == wanted and (
                    parent is None or key_of(item.get(coll.parent_field)) == key_of(parent)):
                return item
        return None

    def dump(self, only=None):
        out = {}
        for name, coll in self.collections.items():
            if only and name != only:
                continue
            buckets = self.data[name]
            if coll.scope == "application":
                out[name] = {str(k): list(v.values()) for k, v in buckets.items()}
            else:
                out[name] = list(buckets.get(0, {}).values())
        return copy.deepcopy(out)

    # ----- operations --------------------------------------------------------------------
    def execute(self, op, ctx):
        if op.action == "custom":
            handler = hook_registry.HANDLERS.get(op.handler)
            if handler is None:
                raise ApiError(501, detail=f"Handler {op.handler!r} is not implemented.")
            return handler(self, op, ctx)
        coll = self.collections.get(op.collection)
        if coll is None:
            raise ApiError(501, detail=f"Collection {op.collection!r} is not described.")
        fn = getattr(self, "op_" + op.action.replace("-", "_"), None)
        if fn is None:
            raise ApiError(501, detail=f"Action {op.action!r} is not implemented.")
        return fn(coll, op, ctx)

    def parent_value(self, coll, ctx):
        """The parent id named by the path, after checking the whole parent chain exists."""
        if not coll.parent:
            return None
        value = ctx.params.get(coll.parent["param"])
        pcoll = self.collections.get(coll.parent.get("collection"))
        if pcoll is not None:
            grand = self.parent_value(pcoll, ctx) if pcoll.parent else None
            if self.find(pcoll.name, value, ctx.app_id, grand) is None:
                raise not_found(f"{pcoll.schema_name or pcoll.name} {value} was not found.")
        return value

    def _visible(self, coll, op, ctx, deleted):
        parent = self.parent_value(coll, ctx)
        filters = (op.ext.get("query_filters") or {}) if op is not None else {}
        out = []
        for item in self.items(coll.name, ctx.app_id).values():
            if coll.parent and key_of(item.get(coll.parent_field)) != key_of(parent):
                continue
            if coll.soft_delete and (coll.has_deleted_list or deleted):
                if coll.is_active(item) == deleted:
                    continue
            if any(ctx.params.get(q) and not item.get(f) for q, f in filters.items()):
                continue
            out.append(item)
        return out

    def op_list(self, coll, op, ctx):
        return [self.render(coll, item, ctx, op) for item in self._visible(coll, op, ctx, False)]

    def op_list_deleted(self, coll, op, ctx):
        return [self.render(coll, item, ctx, op) for item in self._visible(coll, op, ctx, True)]

    def target(self, coll, ctx):
        """The stored item the request's last path parameter names (404 when absent)."""
        parent = self.parent_value(coll, ctx)
        item = self.find(coll.name, ctx.id_value, ctx.app_id, parent)
        if item is None:
            raise not_found(f"{coll.schema_name or coll.name} {ctx.id_value} was not found.")
        return item

    def op_get(self, coll, op, ctx):
        out = self.render(coll, self.target(coll, ctx), ctx, op)
        return [out] if op.ext.get("wrap") == "array" else out

    def op_insert(self, coll, op, ctx):
        body = ctx.body if isinstance(ctx.body, dict) else {}
        errors = {}
        for field in coll.required_on_insert:
            if field != coll.parent_field and body.get(field) in (None, "", []):
                errors.setdefault(field, []).append(f"The {field} field is required.")
        if errors:
            raise ApiError(400, errors=errors)
        item = coll.blank()
        item.update(copy.deepcopy(body))
        inherit_flagged_texts(coll, item)
        if coll.parent:
            item[coll.parent_field] = self.parent_value(coll, ctx)
        if coll.id_generated:
            item[coll.id_field] = None
        for key in ("Changed", "ChangedBy"):
            if key in coll.props:
                item[key] = None
        self.run_hooks(coll, "before_insert", ctx, item, None)
        if not coll.id_generated:
            if self.find(coll.name, item.get(coll.id_field), ctx.app_id,
                         item.get(coll.parent_field) if coll.parent else None) is not None:
                raise bad_request(coll.id_field,
                                  f"{coll.id_field} '{item.get(coll.id_field)}' already exists.")
        self.check(coll, ctx, item, None)
        self.apply_flags(coll, ctx, item, None)
        if coll.id_generated:
            item[coll.id_field] = self._next_id(coll)
        self.stamp(coll, item, ctx)
        self.items(coll.name, ctx.app_id)[coll.item_key(item)] = item
        self.run_hooks(coll, "after_write", ctx, item, None)
        return self.render(coll, item, ctx, op)

    def replaced(self, coll, old, body):
        """The item a PUT of ``body`` turns ``old`` into."""
        if coll.updatable is not None:
            # Only the documented fields change; the rest of the body is ignored.
            item = copy.deepcopy(old)
            for field in coll.updatable:
                item[field] = copy.deepcopy(body[field]) if field in body else default_for(
                    coll.props.get(field, {}))
        else:
            # Full replacement: a writable field left out goes back to its default.
            item = coll.blank()
            for key, value in old.items():
                if key not in coll.props or key in coll.read_only:
                    item[key] = value  # server-managed and internal fields survive
            item.update(copy.deepcopy(body))
            inherit_flagged_texts(coll, item)
        item[coll.id_field] = old[coll.id_field]
        if coll.parent:
            item[coll.parent_field] = old.get(coll.parent_field)
        return item

    def op_update(self, coll, op, ctx):
        old = self.target(coll, ctx)
        item = self.replaced(coll, old, ctx.body if isinstance(ctx.body, dict) else {})
        self.commit_update(coll, ctx, item, old)
        return self.render(coll, old, ctx, op)

    def commit_update(self, coll, ctx, item, old):
        self.run_hooks(coll, "before_update", ctx, item, old)
        self.check(coll, ctx, item, old)
        self.apply_flags(coll, ctx, item, old)
        self.stamp(coll, item, ctx)
        old.clear()
        old.update(item)
        self.run_hooks(coll, "after_write", ctx, old, None)

    def op_delete(self, coll, op, ctx):
        old = self.target(coll, ctx)
        if coll.soft_delete:
            item = copy.deepcopy(old)
            item[coll.soft_delete] = False
            self.commit_update(coll, ctx, item, old)
        else:
            self.run_hooks(coll, "before_delete", ctx, old, old)
            del self.items(coll.name, ctx.app_id)[coll.item_key(old)]
        return self.render(coll, old, ctx, op) if op.response_schema else None

    # ----- rules -------------------------------------------------------------------------
    def run_hooks(self, coll, event, ctx, item, old):
        for name in coll.hooks:
            fn = hook_registry.hook(name, event)
            if fn is not None:
                fn(self, coll, ctx, item, old)

    def stamp(self, coll, item, ctx):
        if "Changed" in coll.props:
            item["Changed"] = changed_now()
        if "ChangedBy" in coll.props:
            item["ChangedBy"] = ctx.account_name

    def siblings(self, coll, ctx, item, old):
        """Other items of the same scope and parent."""
        parent = key_of(item.get(coll.parent_field)) if coll.parent else None
        return [o for o in self.items(coll.name, ctx.app_id).values()
                if o is not old and (not coll.parent or key_of(o.get(coll.parent_field)) == parent)]

    def check(self, coll, ctx, item, old):
        """Uniqueness within the scope (and parent) and references to other collections."""
        others = None
        for fields in coll.unique:
            values = [key_of(item.get(f)) for f in fields]
            if all(v is None or v == "" for v in values):
                continue
            if others is None:
                others = self.siblings(coll, ctx, item, old)
            for other in others:
                if [key_of(other.get(f)) for f in fields] == values:
                    shown = ", ".join(f"{f} '{item.get(f)}'" for f in fields)
                    raise bad_request(fields[-1], f"An item with {shown} already exists.")
        for field, target in coll.references.items():
            value = item.get(field)
            if value is None:
                continue
            if value == 0 and field not in coll.required_on_insert and \
                    field not in (coll.schema.get("required") or []):
                continue  # 0 is the C# "not set" of an optional id
            found = self.find(target, value, ctx.app_id)
            if found is None:
                raise bad_request(field, f"{field} {value!r} does not exist.")
            tcoll = self.collections[target.partition(".")[0]]
            changed = old is None or key_of(old.get(field)) != key_of(value)
            # An inactive target is refused for new links; an item that already points at it
            # can still be saved (otherwise soft-deleting it would be impossible).
            if tcoll.soft_delete and not tcoll.is_active(found) and changed:
                raise bad_request(field, f"{field} {value!r} is inactive.")
            target_field = target.partition(".")[2]
            if target_field and isinstance(value, str):
                item[field] = found.get(target_field)  # stored as Norce spells it (case)

    def apply_flags(self, coll, ctx, item, old):
        if coll.primary:
            self._apply_primary(coll, ctx, item, old)
        for field in coll.at_most_one:
            if item.get(field):
                for other in self.siblings(coll, ctx, item, old):
                    if other.get(field):
                        other[field] = False
                        self.stamp(coll, other, ctx)

    def _apply_primary(self, coll, ctx, item, old):
        """Exactly one active item (per application and parent) is primary.

        [inferred] Setting a new primary clears the old one; the primary cannot be unset,
        deactivated or deleted until another item is primary; the first active item of an
        empty scope becomes primary by itself.
        """
        field = coll.primary
        is_active = coll.is_active(item)
        others = self.siblings(coll, ctx, item, old)
        other_primary = [o for o in others if o.get(field) and coll.is_active(o)]
        was_primary = old is not None and old.get(field) and coll.is_active(old)
        if was_primary and not is_active:
            raise bad_request(coll.soft_delete, "The primary item cannot be deactivated or "
                              "deleted; make another item primary first.")
        if item.get(field):
            if not is_active:
                raise bad_request(field, "An inactive item cannot be the primary one.")
            for o in other_primary:
                o[field] = False
                self.stamp(coll, o, ctx)
            return
        if other_primary:
            return
        if was_primary:
            raise bad_request(field, "Exactly one active item must be primary; "
                              "make another item primary instead.")
        if is_active:
            item[field] = True  # the only active item is the primary one

    # ----- output ------------------------------------------------------------------------
    def rendered_fields(self, coll, item, ctx, depth=0):
        """The item with its derived read-only fields filled, not yet projected."""
        out = dict(item)
        localize(coll, item, out)
        for field, (source, target, value_field) in coll.lookups.items():
            found = self.find(target, item.get(source), ctx.app_id)
            if found is None or depth > 20:
                out[field] = None
                continue
            tcoll = self.collections[target.partition(".")[0]]
            if value_field in tcoll.lookups or value_field in tcoll.localized or tcoll.hooks \
                    or tcoll.name in hook_registry.DERIVED:
                out[field] = self.rendered_fields(tcoll, found, ctx, depth + 1).get(value_field)
            else:
                out[field] = found.get(value_field)
        for fn in hook_registry.DERIVED.get(coll.name, ()):
            fn(self, coll, ctx, item, out)
        for name in coll.hooks:
            fn = hook_registry.hook(name, "render")
            if fn is not None:
                fn(self, coll, ctx, item, out)
        return out

    def render(self, coll, item, ctx, op=None):
        schema = model_name(op.response_schema) if op is not None else None
        return self.shaper.shape(schema or coll.schema_name,
                                 self.rendered_fields(coll, item, ctx))
