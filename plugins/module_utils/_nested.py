# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Lists of sub-items inside a model, compared as sets keyed by one sub-option (see ``Nested``)."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, normalize


def _active(nested, element):
    return not nested.active_field or element.get(nested.active_field) is not False


def user_value(engine, field, elements):
    """The active sub-items in user terms, ordered by key."""
    nested = field.nested
    result = []
    for element in elements or []:
        if _active(nested, element):
            result.append(dict((f.option, engine.field_value(f, element)) for f in nested.fields))
    return sorted(result, key=lambda e: key_value(e.get(nested.key)) or "")


def differs(engine, field, wanted, current):
    """Whether the wanted sub-items (only the sub-options given) differ from the current ones."""
    nested = field.nested
    have = dict((key_value(e.get(nested.key)), e) for e in current)
    if set(have) != set(key_value(w[nested.key]) for w in wanted):
        return True
    for element in wanted:
        existing = have[key_value(element[nested.key])]
        for option, value in element.items():
            sub = nested.by_option[option]
            if value is None:
                continue
            if sub.ref:
                if key_value(existing.get(option) or "") != key_value(value):
                    return True
            elif normalize(existing.get(option), sub.type) != normalize(value, sub.type):
                return True
    return False


def merge(engine, field, elements, wanted):
    """The API list after applying ``wanted``: matched sub-items updated in place, new ones added,
    unlisted ones deactivated (or dropped when the sub-model cannot be deactivated)."""
    nested = field.nested
    key_field = nested.by_option[nested.key]
    index = dict((key_value(e.get(key_field.api)), i) for i, e in enumerate(elements))
    merged = [dict(e) for e in elements]
    listed = set()
    for element in wanted:
        key = key_value(element[nested.key])
        listed.add(key)
        if key in index:
            target = merged[index[key]]
        else:
            missing = [o for o in nested.create_required if element.get(o) is None]
            if missing:
                raise engine.invalid("%s: the new %s %r needs %s" % (field.option, nested.key, element[nested.key],
                                                                     " and ".join(missing)))
            target = {nested.active_field: True} if nested.active_field else {}
            if nested.new_ids:
                target["Id"] = max([e.get("Id") or 0 for e in merged] + [0]) + 1
            merged.append(target)
        if nested.active_field:
            target[nested.active_field] = True
        for option, value in element.items():
            if value is not None:
                sub = nested.by_option[option]
                target[sub.api] = engine.api_value(sub, value)
    if len(listed) < nested.min_items:
        raise engine.invalid("%s: list at least %d" % (field.option, nested.min_items))
    result = []
    for element in merged:
        if key_value(element.get(key_field.api)) not in listed:
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
