# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine, InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._normalize import equal
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from .fake_api import FakeApi

GROUPS = "/api/product/flaggroup"
FLAGS = "/api/product/flag"
CULTURES = "/api/application/culture"


def params(resource, **options):
    spec = RESOURCES[resource].argument_spec()
    values = dict((name, option.get("default")) for name, option in spec.items())
    values.update(options)
    return values


def run(api, resource, check_mode=False, **options):
    engine = Engine(api, RESOURCES, check_mode=check_mode, sleep=lambda s: None)
    return engine.ensure(RESOURCES[resource], params(resource, **options))


@pytest.fixture
def api():
    fake = FakeApi()
    fake.add(GROUPS, {"Id": 1, "Code": "campaign", "DefaultName": "Campaign", "DefaultDescription": None,
                      "IsMultipleChoice": False, "IsFavorite": False, "IsActive": True, "Changed": "01/02/2026 10:00",
                      "ChangedBy": "Someone", "Cultures": []})
    fake.add(GROUPS, {"Id": 2, "Code": "retired", "DefaultName": "Retired", "IsActive": False, "Cultures": []})
    fake.add(FLAGS, {"Id": 10, "Code": "news", "GroupId": 1, "TypeId": 1, "DefaultName": "News", "SortOrder": 5,
                     "IsManuallyEditable": True, "IsActive": True, "Cultures": [
                         {"CultureCode": "sv-SE", "Name": "Nyhet", "IsNameInherited": False,
                          "Description": None, "IsDescriptionInherited": True}]})
    fake.add(CULTURES, {"CultureCode": "sv-SE", "IsPrimary": True, "IsActive": True})
    fake.add(CULTURES, {"CultureCode": "de-DE", "IsPrimary": False, "IsActive": False})
    fake.add(CULTURES, {"CultureCode": "en-US", "IsPrimary": False, "IsActive": True})
    fake.log = []
    return fake


@pytest.mark.parametrize("type_name, a, b, same", [
    ("str", None, "", True),
    ("str", "News", "news", False),
    ("int", "5", 5, True),
    ("int", 5, 6, False),
    ("float", "1.50", 1.5, True),
    ("float", 1, 1.0, True),
    ("bool", "true", True, True),
    ("bool", False, None, False),
    ("list", [1, 2], [2, 1], False),
])
def test_normalisation(type_name, a, b, same):
    assert equal(a, b, type_name) is same


def test_unordered_lists_compare_as_sets():
    assert equal(["b", "a"], ["a", "b"], "list", ordered=False)


@pytest.mark.parametrize("resource, options, action, writes", [
    # create, then the same again, then change, soft delete, reactivate
    ("product_flag_group", {"code": "new", "name": "New"}, "create", [("POST", GROUPS)]),
    ("product_flag_group", {"code": "campaign", "name": "Campaign"}, "none", []),
    # the key matches without regard to case; the case itself is then corrected
    ("product_flag_group", {"code": "CAMPAIGN"}, "update", [("PUT", GROUPS + "/1")]),
    ("product_flag_group", {"code": "campaign", "multiple_choice": True}, "update", [("PUT", GROUPS + "/1")]),
    ("product_flag_group", {"code": "campaign", "state": "absent"}, "deactivate", [("PUT", GROUPS + "/1")]),
    ("product_flag_group", {"code": "retired", "state": "absent"}, "none", []),
    ("product_flag_group", {"code": "missing", "state": "absent"}, "none", []),
    ("product_flag_group", {"code": "retired"}, "reactivate", [("PUT", GROUPS + "/2")]),
    ("product_flag", {"code": "news", "group": "campaign", "type": "product", "sort_order": "5"}, "none", []),
    ("product_flag", {"code": "news", "translations": {"sv-SE": {"name": "Nyhet"}}}, "none", []),
    ("product_flag", {"code": "news", "translations": {"sv-se": {"name": "Nyheter"}}}, "update", [("PUT", FLAGS + "/10")]),
    ("product_flag", {"code": "news", "type": "variant"}, "update", [("PUT", FLAGS + "/10")]),
    ("application_culture", {"culture": "sv-SE", "primary": True}, "none", []),
    ("application_culture", {"culture": "de-DE"}, "reactivate", [("PUT", CULTURES + "/de-DE")]),
    ("application_culture", {"culture": "en-US", "state": "absent"}, "deactivate", [("DELETE", CULTURES + "/en-US")]),
    ("application_culture", {"culture": "en-GB"}, "create", [("POST", CULTURES)]),
])
def test_plan_and_writes(api, resource, options, action, writes):
    result = run(api, resource, **options)
    assert result.action == action
    assert result.changed is (action != "none")
    assert api.writes() == writes


@pytest.mark.parametrize("options", [
    {"code": "new", "name": "New"},
    {"code": "campaign", "multiple_choice": True},
    {"code": "campaign", "state": "absent"},
    {"code": "retired"},
])
def test_check_mode_never_writes_and_predicts(api, options):
    predicted = run(api, "product_flag_group", check_mode=True, **options)
    assert api.writes() == []
    assert predicted.changed
    real = run(api, "product_flag_group", **options)
    assert real.action == predicted.action
    assert real.diff == predicted.diff
    for field in ("Code", "IsMultipleChoice", "IsActive"):
        assert predicted.object.get(field) == real.object.get(field)


def test_put_sends_the_full_model_and_keeps_unmanaged_fields(api):
    run(api, "product_flag", code="news", sort_order=7)
    stored = api.store[FLAGS][10]
    assert stored["SortOrder"] == 7
    assert stored["DefaultName"] == "News"
    assert stored["GroupId"] == 1
    assert stored["Cultures"][0]["Name"] == "Nyhet"
    assert "$id" not in stored


def test_diff_is_in_user_terms(api):
    api.add(GROUPS, {"Id": 3, "Code": "highlights", "DefaultName": "Highlights", "IsActive": True, "Cultures": []})
    result = run(api, "product_flag", code="news", group="highlights", name="News")
    assert result.diff == {"before": {"code": "news", "group": "campaign", "state": "present"},
                           "after": {"code": "news", "group": "highlights", "state": "present"}}
    assert api.store[FLAGS][10]["GroupId"] == 3


def test_diff_on_create_and_soft_delete(api):
    created = run(api, "product_flag_group", code="new", name="New", favorite=True)
    assert created.diff == {"before": {"state": "absent"},
                            "after": {"code": "new", "name": "New", "favorite": True, "state": "present"}}
    removed = run(api, "product_flag_group", code="new", state="absent")
    assert removed.diff == {"before": {"code": "new", "state": "present"}, "after": {"code": "new", "state": "absent"}}


def test_create_sends_defaults_and_active(api):
    result = run(api, "product_flag", code="sale", group="campaign", name="Sale")
    body = api.store[FLAGS][result.object["Id"]]
    assert body["TypeId"] == 1 and body["IsManuallyEditable"] is True and body["IsActive"] is True
    assert body["GroupId"] == 1


@pytest.mark.parametrize("options, message", [
    ({"code": "x", "group": "nope", "name": "X"}, "group: no product flag group with code 'nope' exists"),
    ({"code": "x", "group": "retired", "name": "X"}, "group: the product flag group 'retired' is deactivated"),
    ({"code": "x", "group": "campaign"}, "product flag x does not exist yet; to create it, set name"),
    ({"code": "news", "translations": {"sv_SE!": {"name": "x"}}}, "translations: 'sv_SE!' is not a culture code"),
    ({"code": "news", "translations": {"sv-SE": {"nmae": "x"}}}, "translations['sv-SE'] has unknown keys nmae"),
])
def test_bad_input_is_refused_before_any_write(api, options, message):
    with pytest.raises(InvalidInput) as err:
        run(api, "product_flag", **options)
    assert message in str(err.value)
    assert api.writes() == []


def test_translation_added_keeps_other_cultures(api):
    run(api, "product_flag", code="news", translations={"en-GB": {"name": "News (UK)"}})
    cultures = dict((c["CultureCode"], c) for c in api.store[FLAGS][10]["Cultures"])
    assert cultures["sv-SE"]["Name"] == "Nyhet"
    assert cultures["en-GB"]["Name"] == "News (UK)" and cultures["en-GB"]["IsNameInherited"] is False
    assert cultures["en-GB"]["IsDescriptionInherited"] is True


@pytest.mark.parametrize("when", ["after", "before"])
def test_unclear_post_never_duplicates(api, when):
    api.fail_next_post = when
    result = run(api, "product_flag_group", code="promo", name="Promo")
    assert result.action == "create"
    matching = [g for g in api.store[GROUPS].values() if g["Code"] == "promo"]
    assert len(matching) == 1
    posts = [w for w in api.writes() if w[0] == "POST"]
    assert len(posts) == (1 if when == "after" else 2)


def test_clear_post_failure_is_not_retried(api):
    def refuse(method, path, body=None):
        if method == "POST":
            raise NorceError("POST %s failed with status 400" % path, method, path, 400)
        return FakeApi.request(api, method, path, body)
    api.request = refuse
    with pytest.raises(NorceError):
        run(api, "product_flag_group", code="promo", name="Promo")


@pytest.mark.parametrize("options, message", [
    ({"culture": "sv-SE", "state": "absent"}, "make another application culture primary first"),
    ({"culture": "sv-SE", "primary": False}, "make another application culture primary instead"),
])
def test_the_only_primary_is_never_taken_away(api, options, message):
    with pytest.raises(InvalidInput) as err:
        run(api, "application_culture", **options)
    assert message in str(err.value)
    assert api.writes() == []


def test_moving_the_primary_writes_only_the_new_primary(api):
    run(api, "application_culture", culture="en-GB", primary=True)
    assert api.writes() == [("POST", CULTURES)]


def test_a_reference_in_another_case_is_no_change(api):
    assert run(api, "product_flag", code="news", group="CAMPAIGN").action == "none"
    assert api.writes() == []


def test_a_child_of_a_deactivated_parent_can_still_be_removed(api):
    api.add(FLAGS, {"Id": 11, "Code": "old", "GroupId": 2, "TypeId": 1, "DefaultName": "Old", "IsActive": True})
    assert run(api, "product_flag", code="old", group="retired", state="absent").action == "deactivate"


def test_absent_for_an_item_that_never_existed_returns_an_empty_object(api):
    assert run(api, "product_flag_group", code="never", state="absent").object == {}


def test_a_localized_key_is_a_required_option():
    assert RESOURCES["customer_flag_group"].argument_spec()["name"]["required"] is True


def test_inherited_culture_texts_go_back_as_null(api):
    api.store[FLAGS][10]["Cultures"][0]["Description"] = "News (shown from the default)"
    run(api, "product_flag", code="news", sort_order=9)
    culture = api.store[FLAGS][10]["Cultures"][0]
    assert culture["Description"] is None and culture["IsDescriptionInherited"] is True
    assert culture["Name"] == "Nyhet"


def test_translation_diff_shows_only_the_keys_given(api):
    api.store[FLAGS][10]["Cultures"][0].update({"Description": "Nytt", "IsDescriptionInherited": False})
    result = run(api, "product_flag", code="news", translations={"sv-SE": {"name": "Nyheter"}})
    assert result.diff["before"]["translations"] == {"sv-SE": {"name": "Nyhet"}}
    assert result.diff["after"]["translations"] == {"sv-SE": {"name": "Nyheter"}}


def test_check_mode_assumes_a_reference_an_earlier_task_creates(api):
    result = run(api, "product_flag", check_mode=True, code="fresh", group="not-yet", name="Fresh")
    assert result.action == "create" and result.diff["after"]["group"] == "not-yet"
    assert "group: no product flag group with code 'not-yet' exists yet; check mode assumes" in result.notes[0]
    with pytest.raises(InvalidInput):
        run(api, "product_flag", code="fresh", group="not-yet", name="Fresh")
    assert api.writes() == []


@pytest.mark.parametrize("a, b, same", [
    ("2026-12-01", "2026-12-01T00:00:00", True),
    ("2026-12-01T01:00:00+01:00", "2026-12-01T00:00:00Z", True),
    ("2026-12-01T00:00:00.0000000", "2026-12-01T00:00:00Z", True),
    ("2026-12-01 08:00", "2026-12-01T08:00:00+00:00", True),
    ("2026-12-01", "2026-12-02", False),
    (None, "", True),
])
def test_dates_compare_by_instant(a, b, same):
    assert equal(a, b, "datetime") is same
