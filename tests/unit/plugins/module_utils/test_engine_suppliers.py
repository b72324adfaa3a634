# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The supplier descriptions in the engine: items two parents deep, and codes that are unique per
supplier only, so that the supplier decides which item a code names."""

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
    fake.register("/api/supplier")
    fake.add("/api/supplier", {"Id": 1, "Code": "acme", "IsActive": True})
    fake.add("/api/supplier", {"Id": 2, "Code": "globex", "IsActive": True})
    for supplier in (1, 2):
        fake.register("/api/supplier/%d/pricelist" % supplier, deleted=True)
        fake.register("/api/supplier/%d/warehouse" % supplier)
    # Both suppliers have a price list and a warehouse with the same codes.
    fake.add("/api/supplier/1/pricelist", {"Id": 11, "SupplierId": 1, "Code": "p2026", "IsPrimary": True,
                                           "IsActive": True})
    fake.add("/api/supplier/2/pricelist", {"Id": 21, "SupplierId": 2, "Code": "p2026", "IsPrimary": True,
                                           "IsActive": True})
    fake.add("/api/supplier/1/warehouse", {"Id": 13, "SupplierId": 1, "Code": "main", "IsActive": True})
    fake.add("/api/supplier/2/warehouse", {"Id": 23, "SupplierId": 2, "Code": "main", "IsActive": True})
    fake.register("/api/supplier/1/warehouse/13/location")
    fake.register("/api/supplier/2/warehouse/23/location")
    fake.add("/api/supplier/2/warehouse/23/location", {"Id": 230, "WarehouseId": 23, "Code": "pick",
                                                       "IsActive": True})
    fake.register("/api/pricing/pricelist")
    fake.add("/api/pricing/pricelist", {"Id": 5, "Code": "se", "IsActive": True})
    fake.register("/api/pricing/pricelist/5/supplierpricelist")
    fake.collections["/api/pricing/pricelist/5/supplierpricelist"]["hard_delete"] = True
    fake.log = []
    return fake


def test_a_location_is_read_and_created_under_its_supplier_and_warehouse(api):
    result = run(api, "supplier_warehouse_location", supplier="acme", warehouse="main", code="pick", name="Pick")
    assert result.action == "create"
    # Globex's location with the same code in its own "main" warehouse is another location.
    assert api.writes() == [("POST", "/api/supplier/1/warehouse/13/location")]
    assert ("GET", "/api/supplier/2/warehouse/23/location") not in api.log


def test_a_warehouse_of_another_supplier_is_refused_before_any_write(api):
    api.add("/api/supplier/2/warehouse", {"Id": 24, "SupplierId": 2, "Code": "south", "IsActive": True})
    with pytest.raises(InvalidInput) as failure:
        run(api, "supplier_warehouse_location", supplier="acme", warehouse="south", code="pick")
    assert str(failure.value) == "warehouse: supplier 'acme' has no supplier warehouse with code 'south'"
    assert api.writes() == []


def test_check_mode_under_a_supplier_that_does_not_exist_yet_warns_and_writes_nothing(api):
    result = run(api, "supplier_warehouse_location", check_mode=True, supplier="initech", warehouse="main",
                 code="pick")
    assert result.action == "create"
    assert api.writes() == []
    assert any("no supplier with code 'initech'" in note for note in result.notes)


def test_the_supplier_decides_which_price_list_a_link_names(api):
    result = run(api, "price_list_supplier_price_list", price_list="se", supplier="globex", supplier_price_list="p2026")
    assert result.action == "create"
    assert api.writes() == [("POST", "/api/pricing/pricelist/5/supplierpricelist")]
    stored = api.store["/api/pricing/pricelist/5/supplierpricelist"][21]
    assert stored["Id"] == 21
    assert "SupplierId" not in stored  # derived by the API, never sent
    stored.update(PriceListId=5, SupplierId=2)  # Norce sets them from the path and the supplier price list
    again = run(api, "price_list_supplier_price_list", price_list="se", supplier="globex", supplier_price_list="P2026")
    assert again.action == "none", again.diff
    # ACME's list with the same code is not linked yet.
    acme = run(api, "price_list_supplier_price_list", check_mode=True, price_list="se", supplier="acme",
               supplier_price_list="p2026")
    assert acme.action == "create"


def test_a_removed_link_is_deleted_by_the_supplier_price_lists_id(api):
    api.add("/api/pricing/pricelist/5/supplierpricelist", {"Id": 11, "PriceListId": 5, "SupplierId": 1})
    api.log = []
    result = run(api, "price_list_supplier_price_list", price_list="se", supplier="acme", supplier_price_list="p2026",
                 state="absent")
    assert result.action == "deactivate"
    assert api.writes() == [("DELETE", "/api/pricing/pricelist/5/supplierpricelist/11")]


def test_the_primary_supplier_price_list_is_kept(api):
    with pytest.raises(InvalidInput) as failure:
        run(api, "supplier_price_list", supplier="acme", code="p2026", state="absent")
    assert "is the primary supplier price list" in str(failure.value)
    with pytest.raises(InvalidInput):
        run(api, "supplier_price_list", supplier="acme", code="p2026", primary=False)
    assert api.writes() == []
