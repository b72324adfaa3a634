# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The current configuration in the format ``config`` takes: every active item as the options of its
module, in user terms (codes, not ids), without server-managed or default-valued fields, in a fixed
order. Applying an export back changes nothing; the bulk run's purge walks items the same way."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, normalize


def parents(engine, resource):
    """The values of a nested resource's path options, one dict per parent item (``[{}]`` at the top).

    The path options of a resource are the key of its parent: a location's ``warehouse`` is a
    warehouse's ``code``; a location of a supplier warehouse has the supplier warehouse's whole key."""
    if not resource.path_fields:
        return [{}]
    if not resource.path_fields[-1].ref:
        # A group that the API puts in the path: every group it knows.
        return [{resource.path_fields[-1].option: choice} for choice in resource.path_fields[-1].choices]
    target = engine.resources[resource.path_fields[-1].ref.resource]
    result = []
    for parent_params, item in each_item(engine, target):
        values = [parent_params.get(o) if o in parent_params else engine.option_value(target, item, o)
                  for o in target.key]
        result.append(dict(zip([f.option for f in resource.path_fields], values[-len(resource.path_fields):])))
    return result


def each_item(engine, resource):
    """(path options, API item) for every active item of ``resource``, under every parent."""
    if resource.singleton:
        item = engine.read_singleton(resource)
        return [({}, item)] if item else []
    found = []
    for params in parents(engine, resource):
        scope = engine.scope_of(resource, params)
        if None in scope.values():
            continue
        if resource.whole_list:
            found.append((params, engine.whole_list(resource, scope)))
            continue
        inventory = engine.inventory(resource, scope)
        for item in inventory.active():
            if engine.is_active(resource, item):
                found.append((params, inventory.full_item(item)))
    return found


def _is_default(engine, resource, field, value):
    """Whether an option holds what a new item gets when the option is left out."""
    if value in (None, "", [], {}):
        return True
    if field is None or field.compare not in ("bool", "int", "str", "float"):
        return False
    if field.api in resource.create_defaults:
        default = engine.field_value(field, {field.api: resource.create_defaults[field.api]}, resource)
    else:
        default = {"bool": False, "int": 0}.get(field.compare)
    return default is not None and normalize(value, field.compare) == normalize(default, field.compare)


def item_options(engine, resource, params, item, include_defaults=False):
    """One item as the options of its module."""
    options = dict(params)
    cleared = set()
    for field in resource.fields:
        if field.clears and item.get(field.api) is True:
            cleared.update(field.clears)
    for field in resource.fields:
        if field.option in options or field.api in cleared:
            continue
        value = engine.option_value(resource, item, field.option)
        if field.nested and value:
            value = [dict((k, v) for k, v in element.items() if v not in (None, "")) for element in value]
        if field.compare == "datetime" and value not in (None, ""):
            value = engine.api_value(field, value)  # one spelling of the instant, in UTC
        if field.option in resource.key or not _is_default(engine, resource, field, value):
            options[field.option] = value
        elif include_defaults and not field.path_param:
            # Spelled out, so that applying the document elsewhere resets the option there too.
            empty = "" if field.compare in ("str", "datetime") else None
            if value is not None or empty is not None:
                options[field.option] = empty if value is None else value
    for option in resource.localized:
        value = engine.option_value(resource, item, option)
        if option in resource.key or value not in (None, ""):
            options[option] = value
    if resource.localized:
        translations = {}
        for culture, values in sorted(engine.option_value(resource, item, "translations").items()):
            values = dict((k, v) for k, v in values.items() if v not in (None, ""))
            if values:
                translations[culture] = values
        if translations:
            options["translations"] = translations
    return options


def sort_key(resource, options):
    return tuple(key_value(options.get(o)) or "" for o in resource.key)


def export(engine, names, include_defaults=False):
    """``{resource name: [item options, ...]}`` for the resources named, items in key order."""
    document = {}
    for name in names:
        resource = engine.resources[name]
        items = [item_options(engine, resource, params, item, include_defaults)
                 for params, item in each_item(engine, resource)]
        document[name] = sorted(items, key=lambda options: sort_key(resource, options))
    return document
