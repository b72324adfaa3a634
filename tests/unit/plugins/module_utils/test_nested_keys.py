# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Sub-item lists keyed by more than one sub-option (a rounding rule's price ranges), and resources whose key
options may be left out to mean null (a rounding rule for any currency)."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils import _nested
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._resource import Field, Nested, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi

RULES = "/api/pricing/roundingrule"
SETTING_OPTIONS = ("price_from", "price_to", "price_ends_from", "price_ends_to", "round_to_decimals", "direction",
                   "value")


def setting(**options):
    return dict((name, options.get(name)) for name in SETTING_OPTIONS)


def run(api, check_mode=False, **options):
    resource = RESOURCES["rounding_rule"]
    params = dict((name, option.get("default")) for name, option in resource.argument_spec().items())
    params.update(options)
    return Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None).ensure(resource, params)


@pytest.fixture
def api():
    fake = FakeApi()
    fake.register("/api/pricing/clientpricelisttype")
    fake.add("/api/pricing/clientpricelisttype", {"Id": 1, "Code": "standard", "IsActive": True})
    fake.register("/api/client/currency")
    fake.add("/api/client/currency", {"Id": 2, "Code": "SEK"})
    fake.register(RULES)
    fake.add(RULES, {"Id": 10, "TypeId": 1, "CurrencyId": 2, "ApplicationId": None, "FieldId": 1,
                     "DefaultName": "SEK", "IsActive": True, "Settings": [
                         {"Id": 1, "PriceFrom": 0.0, "PriceTo": 100.0, "RoundToDecimals": 0, "RoundingValue": None},
                         {"Id": 2, "PriceFrom": 100.0, "PriceTo": None, "RoundToDecimals": -1, "RoundingValue": -1.0}]})
    fake.add(RULES, {"Id": 11, "TypeId": None, "CurrencyId": None, "ApplicationId": None, "FieldId": None,
                     "DefaultName": "Fallback", "IsActive": True, "Settings": []})
    fake.log = []
    return fake


def sek(**options):
    return dict(type="standard", currency="SEK", field="sale_price", **options)


def test_reordered_ranges_with_numbers_written_otherwise_are_no_change(api):
    settings = [setting(price_from="100.00", round_to_decimals=-1, value=-1),
                setting(price_from=0, price_to=100, round_to_decimals=0)]
    assert run(api, **sek(settings=settings)).action == "none"
    assert api.writes() == []


def test_a_changed_range_is_updated_in_place_and_shown_by_its_range(api):
    settings = [setting(price_from=0, price_to=100, round_to_decimals=0),
                setting(price_from=100, round_to_decimals=-2)]
    result = run(api, **sek(settings=settings))
    assert result.action == "update"
    before = dict((s["price_from"], s) for s in result.diff["before"]["settings"])
    after = dict((s["price_from"], s) for s in result.diff["after"]["settings"])
    assert before[100.0]["round_to_decimals"] == -1 and after[100]["round_to_decimals"] == -2
    stored = api.store[RULES][10]["Settings"]
    assert [(s["Id"], s["RoundToDecimals"]) for s in stored] == [(1, 0), (2, -2)]


def test_an_unlisted_range_is_dropped_and_a_new_one_added_without_an_id(api):
    settings = [setting(price_from=100, round_to_decimals=-1), setting(price_from=50, price_to=100, round_to_decimals=1)]
    run(api, **sek(settings=settings))
    stored = api.store[RULES][10]["Settings"]
    assert [s.get("Id") for s in stored] == [2, None]
    assert stored[1] == {"PriceFrom": 50, "PriceTo": 100, "RoundToDecimals": 1}


def test_the_same_range_twice_is_refused_before_any_write(api):
    settings = [setting(price_from=100, round_to_decimals=-1), setting(price_from=100.0, round_to_decimals=0)]
    with pytest.raises(InvalidInput) as err:
        run(api, **sek(settings=settings))
    assert str(err.value) == ("settings: two items have price_from/price_to price_from=100.0, price_to=None; "
                              "each must have its own")
    assert api.writes() == []


def test_a_new_range_without_a_required_sub_option_is_refused(api):
    with pytest.raises(InvalidInput) as err:
        run(api, **sek(settings=[setting(price_from=5, price_to=6)]))
    assert str(err.value) == "settings: the new price_from/price_to price_from=5, price_to=6 needs round_to_decimals"
    assert api.writes() == []


def test_key_options_left_out_name_the_rule_whose_fields_are_null(api):
    assert run(api, name="Fallback").action == "none"
    result = run(api, name="Any SEK rule", currency="SEK")
    assert result.action == "create"
    created = api.store[RULES][max(api.store[RULES])]
    assert created["CurrencyId"] == 2 and "TypeId" not in created and created["DefaultName"] == "Any SEK rule"
    assert run(api, currency="sek", name="Any SEK rule").action == "none"


def test_optional_key_options_and_multi_key_sub_options_are_not_required():
    spec = RESOURCES["rounding_rule"].argument_spec()
    assert not any(spec[k].get("required") for k in ("type", "currency", "application", "field"))
    assert not any(o.get("required") for o in spec["settings"]["options"].values())
    # A single key sub-option stays required.
    assert RESOURCES["client_sales_area"].argument_spec()["vat_codes"]["options"]["name"]["required"]


def test_a_list_key_sub_option_is_compared_as_a_set_without_regard_to_case():
    nested = Nested(key=("flags", "level"), fields=[Field("flags", "Flags", type="list", elements="str"),
                                                    Field("level", "Level", type="int")])
    assert _nested.element_key(nested, {"flags": ["b", "A"], "level": "2"}) == \
        _nested.element_key(nested, {"flags": ["a", "B", "a"], "level": 2.0})
    assert _nested.element_key(nested, {"flags": [], "level": None}) != _nested.element_key(nested, {"flags": ["a"]})
    assert _nested.element_key(nested, {"flags": []}) == _nested.element_key(nested, {"flags": None})


def test_descriptions_refuse_unknown_key_options():
    with pytest.raises(ValueError):
        Nested(key=("a", "b"), fields=[Field("a", "A")])
    with pytest.raises(ValueError):
        Resource("x", "x", "/x", "/x/{id}", fields=[Field("code", "Code")], optional_key=("other",))
