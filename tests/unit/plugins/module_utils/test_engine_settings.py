# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The engine on settings: the connection's own application, items the API cannot create, smaller PUT
models, whole-list PUTs, options that clear a value, sub-items the client numbers."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi

TYPES = "/api/pricing/clientpricelisttype"


def run(api, resource, check_mode=False, **options):
    spec = RESOURCES[resource].argument_spec()
    params = dict((name, option.get("default")) for name, option in spec.items())
    params.update(options)
    return Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None).ensure(RESOURCES[resource], params)


@pytest.fixture
def api():
    fake = FakeApi()
    fake.add("/api/application", {"Id": 1001, "Key": "k", "Name": "Sweden", "Url": None, "IsActive": True})
    fake.add("/api/application", {"Id": 1002, "Key": "j", "Name": "Norway", "Url": None, "IsActive": True})
    fake.add("/api/client/currency", {"Id": 1, "Code": "EUR", "Name": "Euro", "IsExchangeRateInherited": True,
                                      "ExchangeRate": None, "InheritedExchangeRate": 1.0})
    fake.add("/api/client/currency", {"Id": 3, "Code": "NOK", "Name": "Krone", "IsExchangeRateInherited": False,
                                      "ExchangeRate": 0.09, "InheritedExchangeRate": 0.086})
    for row in ({"Id": 1, "Code": "standard", "DefaultName": "Standard", "Priority": 1, "IsActive": True},
                {"Id": 2, "Code": "campaign", "DefaultName": "Campaign", "Priority": 2, "IsActive": False}):
        fake.add(TYPES, dict(row, Cultures=[]))
    fake.register("/api/client/salesarea")
    fake.collections["/api/client/currency"]["update_model"] = True
    fake.log = []
    return fake


def test_the_application_is_the_one_of_the_connection(api):
    assert "state" not in RESOURCES["application"].argument_spec()
    result = run(api, "application", name="Sverige")
    assert result.diff == {"before": {"name": "Sweden"}, "after": {"name": "Sverige"}}
    assert api.writes() == [("PUT", "/api/application/1001")]
    assert api.store["/api/application"][1002]["Name"] == "Norway"


def test_an_item_the_api_cannot_create_is_refused_by_its_code(api):
    with pytest.raises(InvalidInput) as err:
        run(api, "client_currency", currency="XXX", exchange_rate=1.0)
    assert "Norce knows no currency 'XXX'" in str(err.value)
    assert api.writes() == []


def test_put_sends_only_the_update_model(api):
    run(api, "client_currency", currency="nok", exchange_rate=0.1)
    assert api.bodies == [{"Id": 3, "IsExchangeRateInherited": False, "ExchangeRate": 0.1}]


def test_going_back_to_the_inherited_value_clears_the_own_one(api):
    result = run(api, "client_currency", currency="NOK", inherit_exchange_rate=True)
    assert api.bodies == [{"Id": 3, "IsExchangeRateInherited": True, "ExchangeRate": None}]
    assert result.diff["after"] == {"currency": "NOK", "inherit_exchange_rate": True}


def test_a_whole_list_put_changes_only_the_named_item(api):
    before = dict((k, dict(v)) for k, v in api.store[TYPES].items())
    result = run(api, "client_price_list_type", code="campaign", priority=5)
    assert result.action == "reactivate"
    assert api.writes() == [("PUT", TYPES)]
    assert api.store[TYPES][1] == before[1]
    assert api.store[TYPES][2]["Priority"] == 5 and api.store[TYPES][2]["IsActive"] is True


def test_sub_items_are_numbered_and_named_by_an_option(api):
    run(api, "client_sales_area", code="NO", name="Norway", primary_vat_code="15%",
        vat_codes=[{"name": "25%", "value": 25}, {"name": "15%", "value": 15}])
    stored = list(api.store["/api/client/salesarea"].values())[0]
    assert [(v["Id"], v["Name"]) for v in stored["VatCodes"]] == [(1, "25%"), (2, "15%")]
    assert stored["PrimaryVatCodeId"] == 2 and stored["IsPrimary"] is False
    again = run(api, "client_sales_area", code="NO", primary_vat_code="15%",
                vat_codes=[{"name": "15%", "value": "15.0"}, {"name": "25%", "value": 25}])
    assert again.action == "none"


def test_a_sub_item_name_that_is_not_listed_is_refused(api):
    with pytest.raises(InvalidInput) as err:
        run(api, "client_sales_area", code="NO", name="Norway", primary_vat_code="99%",
            vat_codes=[{"name": "25%", "value": 25}])
    assert str(err.value) == "primary_vat_code: '99%' is not one of vat_codes"
    assert api.writes() == []


@pytest.mark.parametrize("options, message", [
    ({"vat_codes": [{"name": "0%", "value": 0}]}, "primary_vat_code: the current one is no longer in vat_codes"),
    ({"vat_codes": [], "primary_vat_code": "25%"}, "vat_codes: list at least 1"),
    ({"vat_codes": [{"name": "25%", "value": None}, {"name": "6%", "value": None}]},
     "vat_codes: the new name '6%' needs value"),
])
def test_vat_code_lists_the_api_would_refuse_are_refused_first(api, options, message):
    run(api, "client_sales_area", code="NO", name="Norway", primary_vat_code="25%",
        vat_codes=[{"name": "25%", "value": 25}])
    api.log = []
    with pytest.raises(InvalidInput) as err:
        run(api, "client_sales_area", code="NO", **options)
    assert message in str(err.value)
    assert api.writes() == []


def test_check_mode_never_assumes_an_item_the_api_cannot_create(api):
    with pytest.raises(InvalidInput) as err:
        run(api, "application_currency", check_mode=True, currency="XXX")
    assert "Norce knows no currency 'XXX'" in str(err.value)


def test_a_key_the_api_cannot_write_matches_in_any_case(api):
    run(api, "client_currency", currency="nok", exchange_rate=0.1)
    assert run(api, "client_currency", currency="nok", exchange_rate=0.1).action == "none"


def test_removing_an_unknown_built_in_item_is_an_error_not_a_no_op(api):
    with pytest.raises(InvalidInput) as err:
        run(api, "client_price_list_type", code="nosuch", state="absent")
    assert "no price list type with code 'nosuch'" in str(err.value)
