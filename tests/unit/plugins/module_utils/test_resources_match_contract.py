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

from ansible_collections.norce.commerce.plugins.module_utils._resource import DELETE_VERB, LOCALIZED_STEMS, SOFT_DELETE
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

CONTRACT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "emulator", "contract", "openapi.yaml")


@pytest.fixture(scope="module")
def contract():
    with open(CONTRACT) as f:
        return yaml.safe_load(f)


def operation(contract, path, method):
    # The contract names path parameters as Norce does ({id}, {cultureCode}); descriptions use {id}.
    pattern = re.compile("^" + re.escape(path).replace(r"\{id\}", r"\{[^}]+\}") + "$")
    for candidate, operations in contract["paths"].items():
        if pattern.match(candidate) and method in operations:
            return operations[method]
    raise AssertionError("the contract has no %s %s" % (method.upper(), path))


def schema_of(contract, op):
    content = op["responses"]["200"]["content"]["application/json"]["schema"]
    ref = content.get("$ref") or content["items"]["$ref"]
    return contract["components"]["schemas"][ref.split("/")[-1]]


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_paths_and_methods_exist(contract, name):
    resource = RESOURCES[name]
    operation(contract, resource.path, "get")
    operation(contract, resource.path, "post")
    operation(contract, resource.item_path, "get")
    operation(contract, resource.item_path, "put")
    if resource.deleted_path:
        operation(contract, resource.deleted_path, "get")
    if resource.delete == DELETE_VERB:
        operation(contract, resource.item_path, "delete")


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_options_map_to_writable_fields(contract, name):
    resource = RESOURCES[name]
    properties = schema_of(contract, operation(contract, resource.item_path, "get"))["properties"]
    api_fields = [f.api for f in resource.fields] + [resource.id_field]
    api_fields += ["Default" + LOCALIZED_STEMS[o] for o in resource.localized]
    api_fields += list(resource.create_defaults)
    if resource.localized:
        api_fields.append("Cultures")
    if resource.delete in (SOFT_DELETE, DELETE_VERB):
        api_fields.append(resource.active_field)
    for api in api_fields:
        assert api in properties, "%s: %s is not a field of the model" % (name, api)
        if api != resource.id_field:
            assert not properties[api].get("readOnly"), "%s: %s is read-only in the contract" % (name, api)


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_references_name_known_resources(name):
    for field in RESOURCES[name].fields:
        if field.ref:
            assert field.ref.resource in RESOURCES
            assert field.ref.key in RESOURCES[field.ref.resource].key
