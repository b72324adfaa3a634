# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The engine on resources of other shapes: nested under a parent, grouped in the path, a path chosen by
the parent's type, a list of sub-items keyed by code, a key that Norce renames on deactivation."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi


def run(api, resource, check_mode=False, **options):
    spec = RESOURCES[resource].argument_spec()
    params = dict((name, option.get("default")) for name, option in spec.items())
    params.update(options)
    return Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None).ensure(RESOURCES[resource], params)


@pytest.fixture
def api():
    fake = FakeApi()
    for path in ("/api/parametric", "/api/category", "/api/product/variant-group", "/api/product/infotype/2",
                 "/api/product/infotype/3"):
        fake.register(path)
    fake.register("/api/parametric/deleted")
    fake.add("/api/parametric", {"Id": 7, "Code": "color", "Type": "list", "IsActive": True})
    fake.add("/api/parametric", {"Id": 8, "Code": "size", "Type": "multiple", "IsActive": True})
    fake.add("/api/parametric", {"Id": 9, "Code": "weight", "Type": "decimal", "IsActive": True})
    fake.add("/api/parametric/7/list", {"Id": 70, "ParametricId": 7, "Code": "red", "DefaultValue": "Red",
                                        "IsActive": True, "Cultures": []})
    fake.register("/api/parametric/8/multiple")
    fake.add("/api/category", {"Id": 1, "Code": "root", "ParentId": None, "DefaultName": "Root", "IsActive": True})
    fake.add("/api/category", {"Id": 2, "Code": "shoes_deleted_2", "ParentId": 1, "DefaultName": "Shoes",
                               "IsActive": False})
    fake.add("/api/product/variant-group", {"Id": 5, "Code": "apparel", "DefaultName": "Apparel", "IsActive": True,
                                            "VariantTypes": [
                                                {"Id": 51, "Code": "color", "ParametricId": 7, "DefaultName": "Color",
                                                 "SortOrder": 1, "IsActive": True},
                                                {"Id": 52, "Code": "size", "ParametricId": 8, "DefaultName": "Size",
                                                 "SortOrder": 2, "IsActive": True}]})
    fake.log = []
    return fake


def test_nested_item_is_read_and_written_under_its_parent(api):
    assert run(api, "parametric_value", parametric="color", code="red", value="Red").action == "none"
    # The deleted list is read only when the active one lacks the key.
    assert api.log == [("GET", "/api/parametric"), ("GET", "/api/parametric/7/list")]
    run(api, "parametric_value", parametric="color", code="red", value="Crimson")
    assert api.writes() == [("PUT", "/api/parametric/7/list/70")]


def test_the_parents_type_chooses_the_path(api):
    result = run(api, "parametric_value", parametric="size", code="xl", value="XL")
    assert result.action == "create"
    assert api.writes() == [("POST", "/api/parametric/8/multiple")]


def test_a_parent_of_the_wrong_type_is_refused_before_any_write(api):
    with pytest.raises(InvalidInput) as err:
        run(api, "parametric_value", parametric="weight", code="x", value="X")
    assert str(err.value) == ("parametric: the parametric 'weight' has Type 'decimal'; only list or multiple "
                              "ones can have a parametric value")
    assert api.writes() == []


@pytest.mark.parametrize("group, path", [("on_hand", "/api/product/infotype/2"), ("price", "/api/product/infotype/3")])
def test_a_group_in_the_path_is_part_of_the_key(api, group, path):
    run(api, "product_info_type", group=group, code="stock", name="Stock")
    assert api.writes() == [("POST", path)]
    assert api.store[path][max(api.store[path])]["Code"] == "stock"


def test_a_renamed_deactivated_key_is_recognised_and_given_back(api):
    result = run(api, "category", code="shoes", name="Shoes", parent="root")
    assert result.action == "reactivate"
    assert result.diff["before"]["code"] == "shoes_deleted_2" and result.diff["after"]["code"] == "shoes"
    assert api.store["/api/category"][2]["Code"] == "shoes" and api.store["/api/category"][2]["IsActive"] is True
    assert api.writes() == [("PUT", "/api/category/2")]


def test_an_empty_reference_means_none(api):
    api.add("/api/category", {"Id": 3, "Code": "boots", "ParentId": 1, "DefaultName": "Boots", "IsActive": True})
    result = run(api, "category", code="boots", parent="")
    assert result.diff["after"]["parent"] == "" and api.store["/api/category"][3]["ParentId"] is None
    assert run(api, "category", code="boots", parent="").action == "none"


def test_nested_list_order_is_no_change(api):
    types = [{"code": "size", "parametric": "size", "name": None, "description": None, "sort_order": None},
             {"code": "color", "parametric": "color", "name": "Color", "description": None, "sort_order": None}]
    assert run(api, "product_variant_group", code="apparel", variant_types=types).action == "none"
    assert api.writes() == []


def test_nested_item_not_listed_is_deactivated_and_new_one_added(api):
    types = [{"code": "color", "parametric": None, "name": "Colour", "description": None, "sort_order": None},
             {"code": "fit", "parametric": "size", "name": "Fit", "description": None, "sort_order": 3}]
    result = run(api, "product_variant_group", code="apparel", variant_types=types)
    assert result.action == "update"
    stored = dict((t["Code"], t) for t in api.store["/api/product/variant-group"][5]["VariantTypes"])
    assert stored["color"]["DefaultName"] == "Colour" and stored["color"]["ParametricId"] == 7
    assert stored["size"]["IsActive"] is False
    assert stored["fit"] == {"IsActive": True, "Code": "fit", "ParametricId": 8, "DefaultName": "Fit", "SortOrder": 3}


def test_nested_reference_to_nothing_is_refused(api):
    types = [{"code": "x", "parametric": "nope", "name": None, "description": None, "sort_order": None}]
    with pytest.raises(InvalidInput) as err:
        run(api, "product_variant_group", code="apparel", variant_types=types)
    assert "parametric: no parametric with code 'nope' exists" in str(err.value)
    assert api.writes() == []


def test_a_nested_reference_error_says_where(api):
    types = [{"code": "color", "parametric": "color", "name": None, "description": None, "sort_order": None},
             {"code": "x", "parametric": "nope", "name": None, "description": None, "sort_order": None}]
    with pytest.raises(InvalidInput) as err:
        run(api, "product_variant_group", code="apparel", variant_types=types)
    assert str(err.value).startswith("variant_types[1].parametric: no parametric with code 'nope' exists")


def test_check_mode_child_of_a_parent_not_created_yet(api):
    result = run(api, "parametric_value", check_mode=True, parametric="not-yet", code="a", value="A")
    assert result.action == "create"
    assert api.writes() == [] and not any("not-yet" in path for method, path in api.log)


@pytest.fixture
def stock(api):
    api.register("/api/warehouse")
    api.register("/api/pricing/pricelist")
    api.add("/api/warehouse", {"Id": 20, "Code": "main", "Name": "Main", "IsActive": True})
    api.add("/api/warehouse", {"Id": 21, "Code": "north", "Name": "North", "IsActive": True})
    api.add("/api/warehouse/20/location", {"Id": 200, "WarehouseId": 20, "Code": "A1", "IsActive": True})
    api.add("/api/warehouse/21/location", {"Id": 210, "WarehouseId": 21, "Code": "A1", "IsActive": True})
    api.add("/api/pricing/pricelist", {"Id": 1, "Code": "standard", "Name": "Standard", "IsActive": True,
                                       "ChosenWarehouseId": 20, "ChosenLocationId": 200})
    api.register("/api/pricing/pricelist/1/warehouse")
    api.collections["/api/pricing/pricelist/1/warehouse"]["hard_delete"] = True
    api.add("/api/pricing/pricelist/1/warehouse", {"Id": 20, "LocationId": 200})
    api.log = []
    return api


def test_a_location_is_found_under_the_warehouse_the_same_item_names(stock):
    assert run(stock, "price_list", code="standard", warehouse="main", location="A1").action == "none"
    result = run(stock, "price_list", code="standard", warehouse="north", location="A1")
    assert result.diff["before"] == {"code": "standard", "warehouse": "main", "state": "present"}
    assert stock.store["/api/pricing/pricelist"][1]["ChosenLocationId"] == 210


def test_a_location_without_its_warehouse_is_refused(stock):
    with pytest.raises(InvalidInput) as err:
        run(stock, "price_list", code="standard", location="A1")
    assert str(err.value) == "location: set warehouse too; a warehouse location belongs to one"


def test_a_link_without_an_active_flag_is_deleted_and_created_anew(stock):
    removed = run(stock, "price_list_warehouse", price_list="standard", warehouse="main", state="absent")
    assert removed.action == "deactivate" and removed.object == {}
    assert stock.writes() == [("DELETE", "/api/pricing/pricelist/1/warehouse/20")]
    assert run(stock, "price_list_warehouse", price_list="standard", warehouse="main", state="absent").action == "none"
    assert run(stock, "price_list_warehouse", price_list="standard", warehouse="main").action == "create"


def test_moving_the_warehouse_alone_cannot_leave_a_location_of_the_old_one(stock):
    with pytest.raises(InvalidInput) as err:
        run(stock, "price_list", code="standard", warehouse="north")
    assert "location: the current warehouse location is not one of warehouse 'north'" in str(err.value)
    assert stock.writes() == []


def test_check_mode_location_under_a_warehouse_not_created_yet(stock):
    result = run(stock, "price_list_warehouse", check_mode=True, price_list="standard", warehouse="new", location="B")
    assert result.action == "create" and stock.writes() == []
    assert "warehouse: no warehouse with code 'new' exists yet" in result.notes[0]
