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
from ansible_collections.norce.commerce.plugins.module_utils._resource import Field, Nested, Ref, Resource
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
    assert str(err.value) == "settings[1]: the same item as settings[0] (price_from=100.0); list each one once"
    assert api.writes() == []


def test_a_new_range_without_a_required_sub_option_is_refused(api):
    with pytest.raises(InvalidInput) as err:
        run(api, **sek(settings=[setting(price_from=5, price_to=6)]))
    assert str(err.value) == "settings: the new price_from=5, price_to=6 needs round_to_decimals"
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


# A list of rules keyed by a set of flags, each flag a sub-item that names a product flag by code (as a price
# list's pricing rules are): a nested list inside a nested list.
FLAGS = Nested(key="flag", fields=[Field("flag", "Id", ref=Ref("product_flag"))], active_field=None)
RULE_LIST = Nested(key=("category", "flags"), active_field=None, fields=[
    Field("category", "CategoryId", type="int"),
    Field("flags", "Flags", nested=FLAGS),
    Field("value", "Value", type="float"),
])
HOLDER = Resource("rule_holder", "rule holder", "/api/holder", "/api/holder/{id}",
                  fields=[Field("code", "Code"), Field("rules", "Rules", nested=RULE_LIST)], active_field=None)


@pytest.fixture
def holder():
    fake = FakeApi()
    fake.add("/api/product/flag", {"Id": 1, "Code": "sale", "IsActive": True})
    fake.add("/api/product/flag", {"Id": 2, "Code": "new", "IsActive": True})
    fake.register("/api/holder")
    fake.add("/api/holder", {"Id": 5, "Code": "h", "Rules": [
        {"Id": 50, "CategoryId": None, "Flags": [{"Id": 1, "Code": "sale"}, {"Id": 2, "Code": "new"}], "Value": 10.0},
        {"Id": 51, "CategoryId": 7, "Flags": [], "Value": 5.0}]})
    fake.log = []
    return fake


def run_holder(api, **options):
    resources = dict(RESOURCES, rule_holder=HOLDER)
    params = dict((name, option.get("default")) for name, option in HOLDER.argument_spec().items())
    params.update(options)
    return Engine(api, resources, sleep=lambda s: None).ensure(HOLDER, params)


def rule(category=None, flags=(), value=None):
    return {"category": category, "flags": [{"flag": f} for f in flags] if flags is not None else None, "value": value}


def test_rules_keyed_by_a_set_of_flags_ignore_the_order_of_flags_and_rules(holder):
    rules = [rule(category=7, flags=None, value=5), rule(flags=("NEW", "sale"), value=10)]
    assert run_holder(holder, code="h", rules=rules).action == "none"
    assert holder.writes() == []


def test_a_rule_named_by_its_flags_is_updated_in_place(holder):
    result = run_holder(holder, code="h", rules=[rule(flags=("new", "sale"), value=12), rule(category=7, value=5)])
    assert result.action == "update"
    assert [r["flags"] for r in result.diff["after"]["rules"] if r["value"] == 12] == [[{"flag": "new"}, {"flag": "sale"}]]
    stored = holder.store["/api/holder"][5]["Rules"]
    assert [(r["Id"], r["Value"]) for r in stored] == [(50, 12), (51, 5.0)]
    assert sorted(f["Id"] for f in stored[0]["Flags"]) == [1, 2]


def test_another_set_of_flags_is_another_rule(holder):
    run_holder(holder, code="h", rules=[rule(flags=("sale",), value=3)])
    stored = holder.store["/api/holder"][5]["Rules"]
    assert len(stored) == 1 and "Id" not in stored[0]
    assert stored[0]["Flags"] == [{"Id": 1}] and stored[0]["Value"] == 3


def test_an_unknown_flag_in_a_rule_is_refused_before_any_write(holder):
    with pytest.raises(InvalidInput) as err:
        run_holder(holder, code="h", rules=[rule(flags=("nope",), value=3)])
    assert "'nope'" in str(err.value) and "flag" in str(err.value)
    assert holder.writes() == []


# Engine shapes these descriptions need: rows read and written as one list, and rules added and replaced with a
# PUT on the list path.
@pytest.fixture
def pricing():
    fake = FakeApi()
    fake.add("/api/product/flag", {"Id": 1, "Code": "sale", "IsActive": True})
    fake.register("/api/pricing/pricelist")
    fake.add("/api/pricing/pricelist", {"Id": 4, "Code": "outlet", "IsActive": True})
    fake.register("/api/pricing/pricelist/deleted")
    fake.register("/api/category")
    fake.register("/api/manufacturer")
    fake.register("/api/pricing/pricelist/4/pricing")
    fake.add("/api/pricing/pricelist/4/pricing", {
        "Id": 40, "PriceListId": 4, "CategoryId": None, "ManufacturerId": None, "Flags": [{"Id": 1}], "PriceRuleId": 1,
        "Value": 10.0})
    fake.log = []
    return fake


def run_pricing(api, check_mode=False, **options):
    resource = RESOURCES["price_list_pricing"]
    params = dict((name, option.get("default")) for name, option in resource.argument_spec().items())
    params.update(options)
    return Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None).ensure(resource, params)


def test_a_whole_list_is_read_once_and_written_with_one_put_of_the_list(pricing):
    same = [{"category": None, "manufacturer": None, "flags": [{"flag": "SALE"}], "price_rule_id": 1, "value": 10}]
    assert run_pricing(pricing, price_list="outlet", rules=same).action == "none"
    assert pricing.writes() == []
    result = run_pricing(pricing, price_list="outlet", rules=[dict(same[0], value=12)])
    assert result.action == "update" and "state" not in result.diff["after"]
    assert pricing.writes() == [("PUT", "/api/pricing/pricelist/4/pricing")]
    assert [(r["Id"], r["Value"]) for r in pricing.store["/api/pricing/pricelist/4/pricing"].values()] == [(40, 12)]


def test_a_whole_list_in_check_mode_writes_nothing(pricing):
    result = run_pricing(pricing, check_mode=True, price_list="outlet", rules=[])
    assert result.changed and pricing.writes() == []


def test_a_resource_without_item_get_is_added_and_replaced_on_its_list_path(pricing):
    pricing.register("/api/pricing/pricelist/4/population")
    resource = RESOURCES["price_list_population"]
    params = dict((name, option.get("default")) for name, option in resource.argument_spec().items())
    params.update(price_list="outlet", include=True, flags=[{"flag": "sale"}])
    engine = Engine(pricing, RESOURCES, sleep=lambda s: None)
    assert engine.ensure(resource, params).action == "create"
    params.update(state="absent")
    assert Engine(pricing, RESOURCES, sleep=lambda s: None).ensure(resource, params).action == "deactivate"
    assert pricing.writes() == [("PUT", "/api/pricing/pricelist/4/population")] * 2
    assert [m for m, p in pricing.log if p.endswith("/population/%d" % 101)] == []
