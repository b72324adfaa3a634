# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The bulk run: document checks, order, one read per resource, parallel writes, purge, failures, export."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._bulk import Bulk, DocumentError, levels, references, report
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._export import export
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi

GROUPS = "/api/product/flaggroup"
FLAGS = "/api/product/flag"


@pytest.fixture
def api():
    fake = FakeApi()
    fake.add(GROUPS, {"Id": 1, "Code": "campaign", "DefaultName": "Campaign", "IsActive": True, "Cultures": []})
    fake.add(GROUPS, {"Id": 2, "Code": "retired", "DefaultName": "Retired", "IsActive": False, "Cultures": []})
    fake.add(FLAGS, {"Id": 10, "Code": "news", "GroupId": 1, "TypeId": 1, "DefaultName": "News", "SortOrder": 0,
                     "IsManuallyEditable": True, "IsActive": True, "Cultures": []})
    fake.log = []
    return fake


def apply(api, config, check_mode=False, purge=False, parallel=4):
    engine = Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None)
    return report(Bulk(engine, parallel).run(config, purge))


def flags(*codes, **options):
    return [dict({"code": c, "group": "summer", "name": c.title()}, **options) for c in codes]


DOC = {"product_flag": flags("sun", "sea", "sand"), "product_flag_group": [{"code": "summer", "name": "Summer"}]}


def test_what_an_item_refers_to_is_written_first_whatever_the_document_order(api):
    result = apply(api, DOC)
    posts = [p for m, p in api.writes() if m == "POST"]
    assert posts == [GROUPS] + [FLAGS] * 3
    assert result["summary"]["product_flag"]["created"] == 3
    group_id = [g for g in api.store[GROUPS].values() if g["Code"] == "summer"][0]["Id"]
    assert sorted(f["GroupId"] for f in api.store[FLAGS].values() if f["Code"] != "news") == [group_id] * 3


def test_a_converged_run_reads_each_resource_once_and_writes_nothing(api):
    apply(api, DOC)
    api.log = []
    result = apply(api, DOC)
    assert api.log == [("GET", GROUPS), ("GET", FLAGS)] or sorted(api.log) == sorted([("GET", GROUPS), ("GET", FLAGS)])
    assert not any(row["changed"] for row in result["items"])
    assert result["summary"]["product_flag"] == {"created": 0, "updated": 0, "deactivated": 0, "unchanged": 3}


def test_check_mode_plans_everything_and_writes_nothing(api):
    result = apply(api, DOC, check_mode=True)
    assert api.writes() == []
    assert [row["action"] for row in result["items"]] == ["create"] * 4
    assert result["diff"][1]["after"]["group"] == "summer"


@pytest.mark.parametrize("config, message", [
    ({"product_flags": []}, "config: unknown resource 'product_flags'; did you mean 'product_flag'?"),
    ({"product_flag": {"code": "x"}}, "config.product_flag must be a list of items, got dict"),
    ({"product_flag": ["news"]}, "config.product_flag[0] must be a dictionary of product_flag options, got 'news'"),
    ({"product_flag": [{"code": "x", "colour": "red"}]}, "config.product_flag[0]: unknown option 'colour'"),
    ({"product_flag": [{"code": "x", "sort_order": "first"}]}, "config.product_flag[0]: argument 'sort_order' is of type str"),
    ({"product_flag": [{"name": "x"}]}, "config.product_flag[0]: missing required arguments: code"),
    ({"product_flag": [{"code": "x", "type": "shoe"}]}, "config.product_flag[0]: value of type must be one of: product, variant, got: shoe"),
    ({"product_flag": [{"code": "dup", "name": "A"}, {"code": "DUP", "name": "B"}]},
     "config.product_flag[1]: product_flag is listed twice in the same document (key code=DUP)"),
    ({"product_flag": [{"code": "x", "group": "nowhere", "name": "X"}]},
     "product_flag[code=x] (config.product_flag[0]): group: no product flag group with code 'nowhere' exists"),
])
@pytest.mark.parametrize("check_mode", [False, True])
def test_a_bad_document_fails_before_any_write_with_every_problem_named(api, config, message, check_mode):
    doc = dict(config, product_flag_group=[{"code": "fine", "name": "Fine"}])
    with pytest.raises(DocumentError) as error:
        apply(api, doc, check_mode=check_mode)
    assert message in str(error.value)
    assert "nothing was written" in str(error.value)
    assert api.writes() == []


def test_every_problem_is_listed_at_once(api):
    with pytest.raises(DocumentError) as error:
        apply(api, {"product_flag": [{"code": "a", "colour": 1}, {"code": "b", "sort_order": "x"}], "flags": []})
    assert len(error.value.problems) == 3


def test_layers_merge_by_key_and_later_layers_win(api):
    base = {"product_flag": [{"code": "news", "group": "campaign", "name": "News", "sort_order": 1}]}
    prod = {"product_flag": [{"code": "NEWS", "name": "Nyheter"}]}
    apply(api, [base, prod])
    assert api.store[FLAGS][10]["DefaultName"] == "Nyheter"
    assert api.store[FLAGS][10]["SortOrder"] == 1


def test_a_deactivated_item_the_document_brings_back_can_be_referred_to(api):
    result = apply(api, {"product_flag_group": [{"code": "retired"}],
                         "product_flag": [{"code": "old", "group": "retired", "name": "Old"}]})
    assert [row["action"] for row in result["items"]] == ["reactivate", "create"]
    assert api.store[GROUPS][2]["IsActive"] is True


def test_purge_deactivates_only_unlisted_items_of_the_named_resources(api):
    apply(api, DOC)
    api.log = []
    result = apply(api, {"product_flag": flags("sun"), "product_flag_group": [{"code": "summer"}]},
                   purge=["product_flag"])
    gone = sorted(f["Code"] for f in api.store[FLAGS].values() if f["IsActive"] is False)
    assert gone == ["news", "sand", "sea"]
    assert result["summary"]["product_flag"]["deactivated"] == 3
    assert all(g["IsActive"] for g in api.store[GROUPS].values() if g["Code"] != "retired")


def test_purge_in_check_mode_shows_what_would_go(api):
    result = apply(api, {"product_flag": []}, purge=True, check_mode=True)
    assert [(r["key"], r["action"]) for r in result["items"]] == [({"code": "news"}, "deactivate")]
    assert api.writes() == []


def test_purge_of_a_resource_the_document_does_not_list_is_refused(api):
    with pytest.raises(DocumentError) as error:
        apply(api, {"product_flag_group": []}, purge=["product_flag"])
    assert "purge: 'product_flag' is not a resource of the document" in str(error.value)
    assert api.writes() == []


def test_one_failing_item_does_not_hide_the_others(api):
    api.refuse = {"summer": 400, "sea": 409}
    doc = {"product_flag_group": [{"code": "summer", "name": "S"}, {"code": "winter", "name": "W"}],
           "product_flag": flags("sea", group="winter") + flags("sun", group="summer") + flags("snow", group="winter")}
    result = apply(api, doc)
    assert sorted(result["failures"])[0].startswith("product_flag[code=sea]: POST /api/product/flag failed with status 409")
    assert "product_flag[code=sun]: group: the product flag group 'summer' could not be written" in " ".join(result["failures"])
    assert len(result["failures"]) == 3
    assert sorted(result["written"]) == ["create product_flag[code=snow]", "create product_flag_group[code=winter]"]


def test_an_export_applied_back_changes_nothing(api):
    apply(api, dict(DOC, product_flag=flags("sun", "sea", sort_order=4, translations={"sv-SE": {"name": "Sol"}})))
    engine = Engine(api, RESOURCES)
    document = export(engine, ["product_flag_group", "product_flag"])
    assert document["product_flag"][0] == {"code": "news", "group": "campaign", "name": "News"}
    assert document["product_flag"][2] == {"code": "sun", "group": "summer", "name": "Sun", "sort_order": 4,
                                           "translations": {"sv-SE": {"name": "Sol"}}}
    api.log = []
    result = apply(api, document)
    assert api.writes() == [] and not any(row["changed"] for row in result["items"])


def test_references_inside_nested_lists_at_any_depth_order_the_waves():
    # A promotion's effects hold product rows, and the rows name flags and categories.
    assert {"product_flag", "category", "manufacturer"} <= references(RESOURCES["promotion"])
    order = levels(RESOURCES, {"promotion", "product_flag", "product_flag_group"})
    assert order["product_flag_group"] < order["product_flag"] < order["promotion"]


def test_a_write_never_goes_out_with_a_reference_to_an_item_not_written_yet(api):
    engine = Engine(api, RESOURCES, sleep=lambda s: None)
    engine.pending = {("product_flag_group", ("later",))}
    plan = engine.plan(RESOURCES["product_flag"], dict(code="early", group="later", name="Early", state="present"))
    with pytest.raises(InvalidInput) as error:
        engine.execute(plan)
    assert "group: the product flag group 'later' is not written yet" in str(error.value)
    assert api.writes() == []


def test_an_empty_key_is_refused_before_anything_is_read(api):
    with pytest.raises(DocumentError) as error:
        apply(api, {"product_flag_group": [{"code": "", "name": "Nameless"}]})
    assert "code: must not be empty; it is what identifies the product flag group" in str(error.value)
    assert api.log == []
