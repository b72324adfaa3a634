# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every resource description must agree with the API contract (tests/emulator/contract/openapi.yaml):
its paths and methods exist, and each option maps to a writable field of the model."""

from __future__ import annotations

import os
import re

import pytest
import yaml

from ansible_collections.norce.commerce.plugins.module_utils._resource import DELETE_VERB, SOFT_DELETE
from ansible_collections.norce.commerce.plugins.module_utils._resources import MEMBERS, RESOURCES

CONTRACT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "emulator", "contract", "openapi.yaml")


@pytest.fixture(scope="module")
def contract():
    with open(CONTRACT) as f:
        return yaml.safe_load(f)


def concrete(resource, template):
    """The path templates a description stands for: one per allowed value of a derived parameter."""
    paths = [template]
    for name, derived in resource.derived_params.items():
        paths = [p.replace("{%s}" % name, value) for p in paths for value in derived.allowed]
    return paths


def operation(contract, path, method):
    # Parameter names may differ ({id} here, {cultureCode} there); their places must not.
    pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", r"\\{[^}]+\\}", re.escape(path)) + "$")
    for candidate, operations in contract["paths"].items():
        if pattern.match(candidate) and method in operations:
            return operations[method]
    raise AssertionError("the contract has no %s %s" % (method.upper(), path))


def schema_of(contract, op):
    content = op["responses"]["200"]["content"]["application/json"]["schema"]
    ref = content.get("$ref") or content["items"]["$ref"]
    return contract["components"]["schemas"][ref.split("/")[-1]]


def model_path(resource):
    """Where the model of one item is read: its item path, or the list where there is no item GET."""
    list_path = resource.update_list or resource.whole_list or not resource.item_get
    return resource.path if list_path or not reads_and_replaces_items(resource) else resource.item_path


def reads_and_replaces_items(resource):
    """Whether the engine ever reads or replaces one item. A link whose every option is part of its key and which
    has no active flag is only created and deleted (a change of key is another link), so its item path needs
    nothing but DELETE."""
    if resource.active_field or resource.localized or resource.singleton:
        return True
    return any(f.option not in resource.key for f in resource.fields)


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_paths_and_methods_exist(contract, name):
    resource = RESOURCES[name]
    for path in concrete(resource, resource.path):
        operation(contract, path, "get")
        if resource.can_create:
            operation(contract, path, resource.create_verb.lower())
        if resource.update_list or resource.whole_list:
            operation(contract, path, "put")
    for path in concrete(resource, resource.item_path):
        if not (resource.update_list or resource.whole_list) and reads_and_replaces_items(resource):
            if resource.item_get:
                operation(contract, path, "get")
            put = operation(contract, concrete(resource, resource.put_path)[0] if resource.put_path else path, "put")
            if resource.update_fields:
                body = put["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
                assert set(resource.update_fields) <= set(contract["components"]["schemas"][body]["properties"])
        if resource.delete == DELETE_VERB:
            operation(contract, path, "delete")
    for path in concrete(resource, resource.deleted_path or ""):
        if path:
            operation(contract, path, "get")


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_options_map_to_writable_fields(contract, name):
    resource = RESOURCES[name]
    properties = schema_of(contract, operation(contract, concrete(resource, model_path(resource))[0], "get"))["properties"]
    if resource.whole_list:
        # The option stands for the rows themselves; its sub-options are the row's fields.
        rows = resource.by_option[resource.whole_list]
        properties = dict(properties, **{rows.api: {}})
        for sub in rows.nested.fields:
            assert sub.api in properties and not properties[sub.api].get("readOnly"), sub.api
    # Items the API cannot create are only found by their key, never written to it.
    lookup_only = set() if resource.can_create else set(resource.by_option[k].api for k in resource.key)
    # A parent named in the path is never written in the body.
    lookup_only |= set(f.api for f in resource.path_fields)
    # Options the API derives (``write=False``) are only read.
    lookup_only |= set(f.api for f in resource.fields if not f.write)
    api_fields = [f.api for f in resource.fields] + [resource.id_field]
    api_fields += ["Default" + stem for stem in resource.localized.values()]
    api_fields += list(resource.create_defaults)
    if resource.localized:
        api_fields.append("Cultures")
    if resource.delete in (SOFT_DELETE, DELETE_VERB) and resource.active_field:
        api_fields.append(resource.active_field)
    for api in api_fields:
        assert api in properties, "%s: %s is not a field of the model" % (name, api)
        if api != resource.id_field and api not in lookup_only:
            assert not properties[api].get("readOnly"), "%s: %s is read-only in the contract" % (name, api)


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_references_name_known_resources(name):
    for field in RESOURCES[name].fields:
        if field.ref:
            assert field.ref.resource in RESOURCES
            assert field.ref.key in RESOURCES[field.ref.resource].key


def _nested_fields_are_writable(contract, name, field, schema):
    items = schema["properties"][field.api]["items"]["$ref"].split("/")[-1]
    properties = contract["components"]["schemas"][items]["properties"]
    for sub in field.nested.fields:
        assert sub.api in properties, "%s: %s.%s is not a field of %s" % (name, field.option, sub.api, items)
        assert not properties[sub.api].get("readOnly"), "%s: %s.%s is read-only" % (name, field.option, sub.api)
        if sub.nested:
            _nested_fields_are_writable(contract, name, sub, contract["components"]["schemas"][items])


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_nested_options_map_to_writable_fields(contract, name):
    resource = RESOURCES[name]
    if resource.whole_list:
        return  # the rows are the list itself: test_options_map_to_writable_fields checks their fields
    schema = schema_of(contract, operation(contract, concrete(resource, model_path(resource))[0], "get"))
    for field in resource.fields:
        if field.nested:
            _nested_fields_are_writable(contract, name, field, schema)
            for sub in field.nested.fields:
                if sub.ref:
                    assert sub.ref.resource in RESOURCES and sub.ref.key in RESOURCES[sub.ref.resource].key


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_member_sets_exist_in_the_contract(contract, name):
    members = MEMBERS[name]
    for method in ("get", members.add_method.lower(), (members.replace_method or "get").lower()):
        op = operation(contract, members.path, method)
        items = schema_of(contract, op)["properties"]
        assert members.value_field in items and not items[members.value_field].get("readOnly")
        if members.locked_field:
            assert members.locked_field in items
    assert members.parent.ref.resource in RESOURCES
