# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Lists of sub-items inside a model, compared as sets keyed by their key sub-options (see ``Nested``).

A sub-option may be a nested list itself (product filter rows inside a promotion requirement): every
function here works on such lists too, one level further down."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, normalize


def _active(nested, element):
    return not nested.active_field or element.get(nested.active_field) is not False


def _user_element(engine, nested, element):
    """One API sub-item in user terms: codes for ids, choice names, nested lists in user terms."""
    result = {}
    for sub in nested.fields:
        if sub.nested:
            result[sub.option] = user_value(engine, sub, element.get(sub.api))
        else:
            result[sub.option] = engine.field_value(sub, element)
    return result


def element_key(nested, element):
    """The key of a sub-item in user terms, comparable and sortable: a tuple with one part per key
    sub-option. A plain part is matched without regard to case, and an unset one ("" or null) is
    ""; a nested list counts as the sorted keys of its own sub-items."""
    parts = []
    for option in nested.keys:
        sub = nested.by_option[option]
        value = element.get(option)
        if sub.nested:
            parts.append(tuple(sorted(element_key(sub.nested, e) for e in value or [])))
        elif value in (None, "") or (isinstance(value, (list, tuple)) and not value):
            parts.append("")
        elif isinstance(value, (list, tuple)):
            # A plain list as a key part is a set (of codes, without regard to case).
            parts.append(repr(sorted(set(key_value(v) for v in value))))
        elif sub.type in ("int", "float") and not sub.ref:
            # A price range's 100 and the API's 100.0 are the same key.
            parts.append(str(normalize(value, sub.type)))
        else:
            parts.append(key_value(value) or "")
    return tuple(parts)


def _shown_key(nested, element):
    return ", ".join("%s=%r" % (o, element.get(o)) for o in nested.keys if element.get(o) not in (None, "", []))


def user_value(engine, field, elements):
    """The active sub-items in user terms, ordered by key."""
    nested = field.nested
    result = [_user_element(engine, nested, e) for e in elements or [] if _active(nested, e)]
    return sorted(result, key=lambda e: element_key(nested, e))


def _wanted_keys(engine, field, wanted, label):
    keys = [element_key(field.nested, w) for w in wanted]
    seen = {}
    for index, key in enumerate(keys):
        if key in seen:
            raise engine.invalid("%s[%d]: the same item as %s[%d] (%s); list each one once"
                                 % (label, index, label, seen[key], _shown_key(field.nested, wanted[index])))
        seen[key] = index
    return keys


def differs(engine, field, wanted, current, label=None):
    """Whether the wanted sub-items (only the sub-options given) differ from the current ones."""
    nested = field.nested
    label = label or field.option
    have = dict((element_key(nested, e), e) for e in current or [])
    keys = _wanted_keys(engine, field, wanted, label)
    if set(have) != set(keys):
        return True
    for index, (element, key) in enumerate(zip(wanted, keys)):
        existing = have[key]
        for option, value in element.items():
            sub = nested.by_option[option]
            if value is None:
                continue
            if sub.nested:
                if differs(engine, sub, value, existing.get(option), "%s[%d].%s" % (label, index, option)):
                    return True
            elif option in nested.keys:
                continue  # equal by the key match
            elif sub.ref:
                if key_value(existing.get(option) or "") != key_value(value):
                    return True
            elif normalize(existing.get(option), sub.compare) != normalize(value, sub.compare):
                return True
    return False


def merge(engine, field, elements, wanted, label=None):
    """The API list after applying ``wanted``: matched sub-items updated in place, new ones added,
    unlisted ones deactivated (or dropped when the sub-model cannot be deactivated). References are
    resolved here, at any depth, and an unknown one names its place (``requirements[0].products[1].flag``)
    before anything is written."""
    nested = field.nested
    label = label or field.option
    index = {}
    for position, element in enumerate(elements):
        index.setdefault(element_key(nested, _user_element(engine, nested, element)), position)
    merged = [dict(e) for e in elements]
    listed = set()
    for number, (element, key) in enumerate(zip(wanted, _wanted_keys(engine, field, wanted, label))):
        place = "%s[%d]" % (label, number)
        listed.add(key)
        if key in index:
            target = merged[index[key]]
        else:
            missing = [o for o in nested.create_required if element.get(o) is None]
            if missing:
                named = "%s %r" % (nested.key, element.get(nested.key)) if len(nested.keys) == 1 \
                    else _shown_key(nested, element)
                raise engine.invalid("%s: the new %s needs %s" % (label, named, " and ".join(missing)))
            target = {nested.active_field: True} if nested.active_field else {}
            if nested.new_ids:
                target["Id"] = max([e.get("Id") or 0 for e in merged] + [0]) + 1
            merged.append(target)
            index[key] = len(merged) - 1
        if nested.active_field:
            target[nested.active_field] = True
        for option, value in element.items():
            if value is None:
                continue
            sub = nested.by_option[option]
            where = "%s.%s" % (place, option)
            if sub.nested:
                target[sub.api] = merge(engine, sub, target.get(sub.api) or [], value, where)
            elif sub.ref:
                target[sub.api] = engine.resolve(sub, value, label=where)
                if engine.notes and engine.notes[-1] in engine.notes[:-1]:
                    engine.notes.pop()  # the engine checked first-level references already, with the same note
            else:
                target[sub.api] = engine.api_value(sub, value)
    if len(listed) < nested.min_items:
        raise engine.invalid("%s: list at least %d" % (label, nested.min_items))
    result = []
    for position, element in enumerate(merged):
        if position not in [index[k] for k in listed]:
            if not nested.active_field:
                continue
            element[nested.active_field] = False
        result.append(element)
    return result


def sub_item_id(engine, field, nested_field, elements, value):
    """The Id of the sub-item whose key is ``value`` (for an option that names a sub-item)."""
    key_field = nested_field.nested.by_option[nested_field.nested.key]
    for element in elements or []:
        if key_value(element.get(key_field.api)) == key_value(value):
            return element.get("Id")
    raise engine.invalid("%s: %r is not one of %s" % (field.option, value, nested_field.option))


def sub_item_key(field, nested_field, elements, item_id):
    """The key of the sub-item with Id ``item_id``, in user terms."""
    key_field = nested_field.nested.by_option[nested_field.nested.key]
    for element in elements or []:
        if element.get("Id") == item_id:
            return element.get(key_field.api)
    return item_id
