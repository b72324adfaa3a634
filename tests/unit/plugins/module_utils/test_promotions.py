# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Promotions through the engine: a list model without requirements and effects, composite keys for
requirements and effects, and the set of unique discount codes (Members) that never loses a claimed code."""

from __future__ import annotations

import copy

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._engine import InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._members import ensure_members
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine
from ansible_collections.norce.commerce.plugins.module_utils._resources import MEMBERS, RESOURCES

from .fake_api import FakeApi

PROMOTION = RESOURCES["promotion"]
CODES = MEMBERS["promotion_discount_codes"]


def full_params(spec, options):
    params = {}
    for name, option in spec.items():
        params[name] = option.get("default")
    params.update(options)
    return params


def sub_params(nested, element):
    """An element as Ansible hands it over: every sub-option present, unset ones None."""
    out = dict((f.option, None) for f in nested.fields)
    for option, value in element.items():
        sub = nested.by_option[option]
        out[option] = [sub_params(sub.nested, v) for v in value] if sub.nested else value
    return out


class PromotionApi(FakeApi):
    """The list leaves requirements and effects out, as Norce's PromotionListModel does; unique codes
    live under /api/promotion/{id}/uniquecodes."""

    def __init__(self):
        FakeApi.__init__(self)
        self.codes = {}

    def request(self, method, path, body=None):
        if path.endswith("/uniquecodes"):
            self.log.append((method, path))
            codes = self.codes.setdefault(int(path.split("/")[3]), [])
            if method == "POST":
                have = set(c["DiscountCode"].lower() for c in codes)
                added = [dict(DiscountCode=b["DiscountCode"], IsClaimed=False) for b in body
                         if b["DiscountCode"].lower() not in have]
                codes.extend(added)
                return added
            if method == "PUT":
                wanted = set(b["DiscountCode"].lower() for b in body)
                codes[:] = [c for c in codes if c["IsClaimed"] or c["DiscountCode"].lower() in wanted]
                have = set(c["DiscountCode"].lower() for c in codes)
                codes.extend(dict(DiscountCode=b["DiscountCode"], IsClaimed=False) for b in body
                             if b["DiscountCode"].lower() not in have)
                return copy.deepcopy(codes)
            return [dict(c, **{"$id": "1"}) for c in codes]
        answer = FakeApi.request(self, method, path, body)
        if method == "GET" and path == "/api/promotion":
            for item in answer:
                item.pop("Requirements", None)
                item.pop("Effects", None)
        return answer


@pytest.fixture
def api():
    fake = PromotionApi()
    fake.register("/api/promotion")
    fake.register("/api/category")
    fake.register("/api/customer/flag", deleted=True)
    fake.add("/api/product/flag", {"Id": 11, "Code": "summer", "IsActive": True})
    fake.add("/api/product/flag", {"Id": 12, "Code": "beach", "IsActive": True})
    fake.add("/api/category", {"Id": 21, "Code": "sandals", "IsActive": True})
    fake.add("/api/promotion", {
        "Id": 4, "Code": "summer-sale", "DefaultName": "Summer sale", "Status": "Draft",
        "StartDate": "2026-12-01T00:00:00.0000000", "UsageCount": 12, "CountLeft": 88,
        "Requirements": [
            {"Id": 1, "RequirementType": "DiscountCode", "DiscountCode": "SUMMER26", "ProductList": None},
            {"Id": 2, "RequirementType": "ProductFlag", "ProductListOperator": "Or",
             "ProductList": [{"Id": 1, "FlagId": 11, "Qty": None}, {"Id": 2, "FlagId": 12, "Qty": 2.0}]}],
        "Effects": [
            {"Id": 1, "EffectType": "ProductFlag", "IsDiscount": True, "Value": 20.0,
             "ProductList": [{"Id": 1, "FlagId": 11}]},
            {"Id": 2, "EffectType": "DiscountFreight", "IsDiscount": True, "Value": 100.0, "ProductList": []}]})
    fake.codes[4] = [{"DiscountCode": "USED-1", "IsClaimed": True}, {"DiscountCode": "FREE-1", "IsClaimed": False}]
    fake.log = []
    return fake


def run(api, check_mode=False, **options):
    for name in ("requirements", "effects"):
        if options.get(name) is not None:
            nested = PROMOTION.by_option[name].nested
            options[name] = [sub_params(nested, e) for e in options[name]]
    params = full_params(PROMOTION.argument_spec(), options)
    return Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None).ensure(PROMOTION, params)


def codes(api, check_mode=False, **options):
    params = full_params(CODES.argument_spec(), options)
    return ensure_members(Engine(api, RESOURCES, check_mode=check_mode), CODES, params)


REQUIREMENTS = [{"type": "product_flag", "operator": "or", "products": [{"flag": "BEACH", "quantity": 2},
                                                                        {"flag": "summer"}]},
                {"type": "discount_code", "discount_code": "summer26"}]


def test_requirements_are_read_from_the_item_and_reordering_is_no_change(api):
    effects = [{"type": "discount_freight", "value": 100}, {"type": "product_flag", "products": [{"flag": "summer"}]}]
    result = run(api, code="summer-sale", requirements=REQUIREMENTS, effects=effects, start_date="2026-12-01")
    assert result.action == "none"
    assert ("GET", "/api/promotion/4") in api.log and api.writes() == []


def test_a_changed_effect_is_updated_in_place_and_shown_by_its_key(api):
    effects = [{"type": "discount_freight"}, {"type": "product_flag", "products": [{"flag": "summer"}], "value": 25}]
    result = run(api, code="summer-sale", effects=effects)
    assert result.action == "update"
    before = [e for e in result.diff["before"]["effects"] if e["type"] == "product_flag"]
    after = [e for e in result.diff["after"]["effects"] if e["type"] == "product_flag"]
    assert before[0]["products"][0]["flag"] == after[0]["products"][0]["flag"] == "summer"
    assert (before[0]["value"], after[0]["value"]) == (20.0, 25)
    stored = api.store["/api/promotion"][4]
    assert [(e["Id"], e["Value"]) for e in stored["Effects"]] == [(1, 25), (2, 100.0)]
    # The requirements were not mentioned: the full PUT keeps them as they were.
    assert [r["Id"] for r in stored["Requirements"]] == [1, 2]


def test_read_only_counters_are_never_options():
    mapped = [f.api for f in PROMOTION.fields]
    for counter in ("UsageCount", "CountLeft", "UniqueUserUsageCount", "UniqueDiscountCodeCount",
                    "UniqueDiscountCodeUsedCount", "TotalOrder", "TotalDiscount", "DiscountPercentage",
                    "MarginPercentage", "IsProductReq", "StoppedDate"):
        assert counter not in mapped


def test_an_unknown_flag_fails_before_any_write(api):
    requirements = REQUIREMENTS + [{"type": "product_category", "products": [{"category": "clogs"}]}]
    with pytest.raises(InvalidInput) as err:
        run(api, code="summer-sale", requirements=requirements)
    assert str(err.value) == "requirements[2].products[0].category: no category with code 'clogs' exists"
    assert api.writes() == []


def test_a_new_promotion_is_posted_with_ids_for_codes(api):
    result = run(api, code="winter", name="Winter", requirements=[
        {"type": "product_flag", "products": [{"flag": "beach"}]}], effects=[{"type": "discount_basket", "value": 5}])
    assert result.action == "create" and api.writes() == [("POST", "/api/promotion")]
    created = api.store["/api/promotion"][result.object["Id"]]
    assert created["Requirements"] == [{"RequirementType": "ProductFlag", "ProductList": [{"FlagId": 12}]}]
    assert created["Effects"] == [{"EffectType": "DiscountBasket", "Value": 5}]


def test_absent_is_refused_for_a_promotion(api):
    with pytest.raises(InvalidInput) as err:
        run(api, code="summer-sale", state="absent")
    assert "cannot be removed" in str(err.value) and api.writes() == []


def test_codes_are_added_once_and_reported(api):
    result = codes(api, promotion="summer-sale", codes=["NEW-1", "free-1"])
    assert result.added == ["NEW-1"] and result.removed == [] and api.writes() == [("POST", "/api/promotion/4/uniquecodes")]
    assert result.members == ["FREE-1", "NEW-1", "USED-1"]
    api.log = []
    assert codes(api, promotion="summer-sale", codes=["NEW-1"]).changed is False
    assert api.writes() == []


def test_purge_and_absent_never_remove_a_claimed_code(api):
    purged = codes(api, promotion="summer-sale", codes=["NEW-1"], purge=True)
    assert (purged.added, purged.removed, purged.kept) == (["NEW-1"], ["FREE-1"], ["USED-1"])
    assert sorted(c["DiscountCode"] for c in api.codes[4]) == ["NEW-1", "USED-1"]
    withdrawn = codes(api, promotion="summer-sale", codes=["used-1"], state="absent")
    assert withdrawn.changed is False and withdrawn.kept == ["USED-1"]
    assert any("USED-1" in n for n in withdrawn.notes)


def test_check_mode_reports_without_writing(api):
    result = codes(api, check_mode=True, promotion="summer-sale", codes=["NEW-1"], purge=True)
    assert result.changed and result.added == ["NEW-1"] and result.removed == ["FREE-1"]
    assert api.writes() == []


@pytest.mark.parametrize("values, message", [
    (["A", "a"], "codes[1]: 'a' is listed already, as codes[0]"),
    (["A", " "], "codes[1]: ' ' is empty"),
    (["X" * 51], "codes[0]: '%s' is longer than 50 characters" % ("X" * 51)),
])
def test_bad_codes_fail_before_any_request(api, values, message):
    with pytest.raises(InvalidInput) as err:
        codes(api, promotion="summer-sale", codes=values)
    assert str(err.value).startswith(message) and api.log == []


def test_codes_of_a_promotion_that_does_not_exist(api):
    with pytest.raises(InvalidInput) as err:
        codes(api, promotion="nope", codes=["A"])
    assert str(err.value) == "promotion: no promotion with code 'nope' exists" and api.writes() == []
    result = codes(api, check_mode=True, promotion="nope", codes=["A"])
    assert result.added == ["A"] and any("check mode assumes" in n for n in result.notes)


def test_check_mode_warns_once_about_a_customer_flag_not_created_yet(api):
    result = run(api, check_mode=True, code="summer-sale",
                 requirements=[{"type": "customer_flag", "customer_flag": "vip"}])
    assert result.action == "update" and api.writes() == []
    assert [n for n in result.notes if n.startswith("requirements[0].customer_flag: no customer flag")] == result.notes
    assert len(result.notes) == 1
