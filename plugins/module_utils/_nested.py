# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Lists of sub-items inside a model, compared as sets keyed by one or more sub-options (see ``Nested``)."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, normalize


def _active(nested, element):
    return not nested.active_field or element.get(nested.active_field) is not False


def _key_part(sub, value):
    """One key sub-option's value in comparable form: codes without regard to case, numbers by value,
    lists as sets; null (and an empty text or list) is None."""
    if value is None or value == "" or (isinstance(value, (list, tuple)) and not value):
        return None
    if sub.nested:
        # A list of sub-items (a pricing rule's flags) is a set of their keys.
        return tuple(sorted(set(element_key(sub.nested, e) for e in value), key=repr))
    if isinstance(value, (list, tuple)):
        return tuple(sorted(set(_key_part(sub, v) for v in value), key=repr))
    if sub.type in ("int", "float") and not sub.ref:
        return normalize(value, sub.type)
    return key_value(value)


def element_key(nested, element):
    """The comparable key of a sub-item given in user terms (option names)."""
    return tuple(_key_part(nested.by_option[k], element.get(k)) for k in nested.keys)


def _user_field(engine, sub, element):
    """One sub-option of an API sub-item in user terms; a list of sub-items of its own is shown the same way."""
    if sub.nested:
        return user_value(engine, sub, element.get(sub.api))
    return engine.field_value(sub, element)


def _api_element_key(engine, nested, element):
    """The comparable key of a sub-item as the API holds it (ids shown as codes first)."""
    return tuple(_key_part(nested.by_option[k], _user_field(engine, nested.by_option[k], element)) for k in nested.keys)


def _sort_key(key):
    # None first, then numbers by value, then texts and sets; never compares a number with a text.
    return tuple((0, "") if part is None else (2, repr(part)) if isinstance(part, (str, tuple)) else (1, part)
                 for part in key)


def key_label(nested, element):
    """How a sub-item is named in a message: its key value, or the key sub-options and their values."""
    if len(nested.keys) == 1:
        return repr(element.get(nested.key))
    return ", ".join("%s=%r" % (k, element.get(k)) for k in nested.keys)


def user_value(engine, field, elements):
    """The active sub-items in user terms, ordered by key."""
    nested = field.nested
    result = []
    for element in elements or []:
        if _active(nested, element):
            result.append(dict((f.option, _user_field(engine, f, element)) for f in nested.fields))
    return sorted(result, key=lambda e: _sort_key(element_key(nested, e)))


def differs(engine, field, wanted, current):
    """Whether the wanted sub-items (only the sub-options given) differ from the current ones."""
    nested = field.nested
    have = dict((element_key(nested, e), e) for e in current)
    if set(have) != set(element_key(nested, w) for w in wanted):
        return True
    for element in wanted:
        existing = have[element_key(nested, element)]
        for option, value in element.items():
            sub = nested.by_option[option]
            if value is None:
                continue
            if sub.nested:
                if differs(engine, sub, value, existing.get(option) or []):
                    return True
            elif sub.ref:
                if key_value(existing.get(option) or "") != key_value(value):
                    return True
            elif normalize(existing.get(option), sub.type) != normalize(value, sub.type):
                return True
    return False


def merge(engine, field, elements, wanted):
    """The API list after applying ``wanted``: matched sub-items updated in place, new ones added,
    unlisted ones deactivated (or dropped when the sub-model cannot be deactivated)."""
    nested = field.nested
    index = dict((_api_element_key(engine, nested, e), i) for i, e in enumerate(elements))
    merged = [dict(e) for e in elements]
    listed = set()
    for element in wanted:
        key = element_key(nested, element)
        if key in listed:
            raise engine.invalid("%s: two items have %s %s; each must have its own"
                                 % (field.option, "/".join(nested.keys), key_label(nested, element)))
        listed.add(key)
        if key in index:
            target = merged[index[key]]
        else:
            missing = [o for o in nested.create_required if element.get(o) is None]
            if missing:
                raise engine.invalid("%s: the new %s %s needs %s" % (field.option, "/".join(nested.keys),
                                                                     key_label(nested, element), " and ".join(missing)))
            target = {nested.active_field: True} if nested.active_field else {}
            if nested.new_ids:
                target["Id"] = max([e.get("Id") or 0 for e in merged] + [0]) + 1
            merged.append(target)
        if nested.active_field:
            target[nested.active_field] = True
        for option, value in element.items():
            if value is not None:
                sub = nested.by_option[option]
                if sub.nested:
                    target[sub.api] = merge(engine, sub, target.get(sub.api) or [], value)
                else:
                    target[sub.api] = engine.api_value(sub, value)
    if len(listed) < nested.min_items:
        raise engine.invalid("%s: list at least %d" % (field.option, nested.min_items))
    result = []
    for element in merged:
        if _api_element_key(engine, nested, element) not in listed:
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
