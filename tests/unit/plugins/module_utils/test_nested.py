# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Nested lists with a composite key, and nested lists inside nested lists, on a made-up resource: a
"bundle" whose rules are keyed by kind and target rows, each row naming a flag and a category by code."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils import _nested
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._resource import Field, Nested, Ref, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi

ROWS = Nested(key=("flag", "category"), active_field=None, required=(), fields=[
    Field("flag", "FlagId", ref=Ref("product_flag")),
    Field("category", "CategoryId", ref=Ref("category")),
    Field("amount", "Amount", type="float"),
])
RULES = Nested(key=("kind", "rows", "note"), active_field=None, fields=[
    Field("kind", "Kind", choices={"first": "First", "second": "Second"}),
    Field("rows", "Rows", nested=ROWS),
    Field("note", "Note"),
    Field("weight", "Weight", type="int"),
])
BUNDLE = Resource(name="bundle", title="bundle", path="/api/bundle", item_path="/api/bundle/{id}",
                  fields=[Field("code", "Code"), Field("rules", "Rules", nested=RULES)])
ALL = dict(RESOURCES, bundle=BUNDLE)


def rule(kind, rows=None, note=None, weight=None):
    return {"kind": kind, "rows": rows, "note": note, "weight": weight}


def row(flag=None, category=None, amount=None):
    return {"flag": flag, "category": category, "amount": amount}


def run(api, check_mode=False, **options):
    params = dict((name, None) for name in BUNDLE.argument_spec())
    params.update(state="present", **options)
    return Engine(api, ALL, check_mode=check_mode, sleep=lambda s: None).ensure(BUNDLE, params)


@pytest.fixture
def api():
    fake = FakeApi()
    fake.register("/api/bundle")
    fake.register("/api/category")
    fake.add("/api/product/flag", {"Id": 11, "Code": "news", "IsActive": True})
    fake.add("/api/product/flag", {"Id": 12, "Code": "sale", "IsActive": True})
    fake.add("/api/category", {"Id": 21, "Code": "shoes", "IsActive": True})
    fake.add("/api/bundle", {"Id": 5, "Code": "b", "Rules": [
        {"Id": 1, "Kind": "First", "Note": None, "Weight": 1,
         "Rows": [{"Id": 1, "FlagId": 11, "CategoryId": None, "Amount": 1.0},
                  {"Id": 2, "FlagId": 12, "CategoryId": 21, "Amount": None}]},
        {"Id": 2, "Kind": "Second", "Note": "x", "Weight": 2, "Rows": []}]})
    fake.log = []
    return fake


def stored(api):
    return api.store["/api/bundle"][5]["Rules"]


def test_a_composite_key_names_its_first_part_as_the_key():
    assert RULES.keys == ("kind", "rows", "note") and RULES.key == "kind"
    assert RULES.argument_spec()["kind"]["required"] is True
    assert "required" not in RULES.argument_spec()["note"]
    assert RULES.argument_spec()["rows"]["options"]["flag"] == {"type": "str"}
    with pytest.raises(ValueError):
        Nested(key=("kind", "nope"), fields=[Field("kind", "Kind")])


def test_reordering_at_both_levels_is_no_change(api):
    rules = [rule("second", note="X"), rule("first", rows=[row(category="SHOES", flag="sale"), row(flag="news")])]
    assert run(api, code="b", rules=rules).action == "none"
    assert api.writes() == []


def test_a_sub_option_outside_the_key_changes_the_element_in_place(api):
    rules = [rule("first", rows=[row(flag="news", amount=3), row(flag="sale", category="shoes")], weight=9),
             rule("second", note="x")]
    result = run(api, code="b", rules=rules)
    assert result.action == "update"
    first = [r for r in stored(api) if r["Kind"] == "First"][0]
    assert first["Id"] == 1 and first["Weight"] == 9
    assert [(r["Id"], r["FlagId"], r["Amount"]) for r in first["Rows"]] == [(1, 11, 3), (2, 12, None)]
    # The diff shows the elements by key; the changed one carries its new value.
    before = [r for r in result.diff["before"]["rules"] if r["kind"] == "first"][0]
    after = [r for r in result.diff["after"]["rules"] if r["kind"] == "first"][0]
    assert (before["weight"], after["weight"]) == (1, 9)
    assert [r["kind"] for r in result.diff["after"]["rules"]] == ["first", "second"]


def test_a_different_key_part_is_another_element(api):
    rules = [rule("first", rows=[row(flag="news")]), rule("second", note="x")]
    run(api, code="b", rules=rules)
    kinds = sorted((r["Kind"], r.get("Id"), len(r["Rows"])) for r in stored(api))
    # The rule with other rows is new (no id); the old one, no longer listed, is dropped.
    assert kinds == [("First", None, 1), ("Second", 2, 0)]


def test_an_unset_key_part_means_none(api):
    assert run(api, code="b", rules=[rule("first", rows=[row(flag="news"), row(flag="sale", category="shoes")]),
                                     rule("second")]).action == "update"
    notes = sorted((r["Kind"], r.get("Note")) for r in stored(api))
    assert notes == [("First", None), ("Second", None)]


def test_an_unknown_code_two_levels_down_names_its_place(api):
    rules = [rule("second", note="x"), rule("first", rows=[row(flag="news"), row(flag="nope")])]
    with pytest.raises(InvalidInput) as err:
        run(api, code="b", rules=rules)
    assert str(err.value) == "rules[1].rows[1].flag: no product flag with code 'nope' exists"
    assert api.writes() == []


def test_an_unknown_code_fails_a_create_before_the_post(api):
    with pytest.raises(InvalidInput) as err:
        run(api, code="new", rules=[rule("first", rows=[row(category="boots")])])
    assert str(err.value).startswith("rules[0].rows[0].category: no category with code 'boots' exists")
    assert api.writes() == []


def test_check_mode_warns_about_a_code_two_levels_down(api):
    result = run(api, check_mode=True, code="b", rules=[rule("first", rows=[row(flag="later")])])
    assert result.action == "update" and api.writes() == []
    assert [n for n in result.notes if n.startswith("rules[0].rows[0].flag: no product flag with code 'later' exists yet")]
    assert len(result.notes) == len(set(result.notes))


def test_the_same_element_twice_is_refused(api):
    with pytest.raises(InvalidInput) as err:
        run(api, code="b", rules=[rule("second", note="x"), rule("SECOND", note="X")])
    assert str(err.value).startswith("rules[1]: the same item as rules[0]")


def test_user_value_and_keys_in_user_terms(api):
    engine = Engine(api, ALL)
    value = engine.option_value(BUNDLE, api.store["/api/bundle"][5], "rules")
    assert value[0] == {"kind": "first", "note": None, "weight": 1, "rows": [
        {"flag": "news", "category": None, "amount": 1.0}, {"flag": "sale", "category": "shoes", "amount": None}]}
    assert _nested.element_key(RULES, value[0]) == ("first", (("news", ""), ("sale", "shoes")), "")
