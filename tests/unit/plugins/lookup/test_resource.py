# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The resource lookup: items in module terms, key handling, deactivated items, errors, connection options."""

from __future__ import annotations

import pytest
import yaml

from ansible import constants as C
from ansible.errors import AnsibleLookupError

from ansible_collections.norce.commerce.plugins.lookup import resource as lookup_resource
from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

from ..module_utils.fake_api import FakeApi

GROUPS = "/api/product/flaggroup"
FLAGS = "/api/product/flag"
CULTURES = "/api/application/culture"
PARAMETRICS = "/api/parametric"

CONNECTION_ENV = ("NORCE_API_URL", "NORCE_TOKEN_URL", "NORCE_CLIENT_ID", "NORCE_CLIENT_SECRET", "NORCE_SCOPE",
                  "NORCE_ACCESS_TOKEN", "NORCE_APPLICATION_ID", "NORCE_ACCOUNT_ID", "NORCE_VALIDATE_CERTS",
                  "NORCE_CA_PATH", "NORCE_TIMEOUT", "NORCE_RETRIES")


@pytest.fixture
def api():
    fake = FakeApi()
    fake.add(GROUPS, {"Id": 1, "Code": "campaign", "DefaultName": "Campaign", "DefaultDescription": None,
                      "IsMultipleChoice": True, "IsFavorite": False, "IsActive": True, "Cultures": [
                          {"CultureCode": "sv-SE", "Name": "Kampanj", "IsNameInherited": False,
                           "Description": None, "IsDescriptionInherited": True}]})
    fake.add(GROUPS, {"Id": 2, "Code": "retired", "DefaultName": "Retired", "IsActive": False, "Cultures": []})
    fake.add(FLAGS, {"Id": 10, "Code": "news", "GroupId": 1, "TypeId": 2, "DefaultName": "News", "SortOrder": 5,
                     "IsManuallyEditable": True, "IsActive": True, "Cultures": []})
    fake.add(FLAGS, {"Id": 11, "Code": "old", "GroupId": 1, "TypeId": 1, "DefaultName": "Old", "SortOrder": 9,
                     "IsManuallyEditable": False, "IsActive": False, "Cultures": []})
    fake.add(CULTURES, {"CultureCode": "sv-SE", "IsPrimary": True, "IsActive": True})
    fake.add(CULTURES, {"CultureCode": "de-DE", "IsPrimary": False, "IsActive": False})
    fake.add(PARAMETRICS, {"Id": 7, "Code": "color", "Type": "list", "DefaultName": "Color", "IsActive": True,
                           "Cultures": []})
    fake.add(PARAMETRICS, {"Id": 8, "Code": "weight", "Type": "decimal", "DefaultName": "Weight", "IsActive": True,
                           "Cultures": []})
    fake.add("/api/parametric/7/list", {"Id": 70, "Code": "red", "DefaultValue": "Red", "SortOrder": 1,
                                        "IsActive": True, "Cultures": []})
    fake.add("/api/parametric/7/list", {"Id": 71, "Code": "blue", "DefaultValue": "Blue", "SortOrder": 2,
                                        "IsActive": True, "Cultures": []})
    fake.log = []
    return fake


def items(api, name, key=None, **kwargs):
    engine = Engine(api, RESOURCES)
    resource = RESOURCES[name]
    found, given = lookup_resource.read(engine, resource, key, **kwargs)
    return [lookup_resource.item_options(engine, resource, item, given) for item in found]


def test_one_item_in_module_terms(api):
    assert items(api, "product_flag", "news") == [{
        "code": "news", "group": "campaign", "type": "variant", "sort_order": 5, "manually_editable": True,
        "name": "News", "description": None, "translations": {}, "state": "present"}]


def test_key_as_dictionary_and_translations(api):
    [group] = items(api, "product_flag_group", {"code": "CAMPAIGN"})
    assert group["code"] == "campaign" and group["multiple_choice"] is True
    assert group["translations"] == {"sv-SE": {"name": "Kampanj"}}


def test_list_leaves_out_deactivated_items_unless_asked(api):
    assert [f["code"] for f in items(api, "product_flag")] == ["news"]
    everything = items(api, "product_flag", include_inactive=True)
    assert sorted((f["code"], f["state"]) for f in everything) == [("news", "present"), ("old", "absent")]


def test_deactivated_item_by_key_is_missing_unless_asked(api):
    with pytest.raises(AnsibleLookupError, match="product flag old does not exist.*include_inactive=true"):
        items(api, "product_flag", "old")
    assert items(api, "product_flag", "old", include_inactive=True)[0]["state"] == "absent"
    assert items(api, "product_flag", "old", missing="skip") == []


def test_missing_item_fails_or_is_skipped(api):
    with pytest.raises(AnsibleLookupError, match="product flag nothing does not exist$"):
        items(api, "product_flag", {"code": "nothing"})
    assert items(api, "product_flag", {"code": "nothing"}, missing="skip") == []


def test_nested_resource_is_read_under_its_parent(api):
    values = items(api, "parametric_value", {"parametric": "color"})
    assert sorted((v["parametric"], v["code"], v["value"]) for v in values) == [
        ("color", "blue", "Blue"), ("color", "red", "Red")]
    [red] = items(api, "parametric_value", {"parametric": "color", "code": "red"})
    assert red["sort_order"] == 1
    assert ("GET", "/api/parametric/7/list") in api.log


@pytest.mark.parametrize("name, key, message", [
    ("parametric_value", None, "a parametric value belongs to a parametric; set parametric in key"),
    ("parametric_value", {"parametric": "nothing"}, "parametric: no parametric with code 'nothing' exists"),
    ("parametric_value", {"parametric": "weight"}, "parametric: the parametric 'weight' has Type 'decimal'"),
    ("product_flag", {"name": "News"}, "key: name is not a key option of product_flag; the key options are: code"),
    ("parametric_value", "red", "key: a parametric value is found by parametric and code; give key as a dictionary"),
])
def test_bad_keys_name_the_option_and_the_value(api, name, key, message):
    with pytest.raises((AnsibleLookupError, NorceError), match=message):
        items(api, name, key)
    assert api.writes() == []


def test_application_scoped_list(api):
    assert items(api, "application_culture") == [{"culture": "sv-SE", "primary": True, "state": "present"}]


def test_key_option_set_to_null_lists_the_items(api):
    values = items(api, "parametric_value", {"parametric": "color", "code": None})
    assert sorted(v["code"] for v in values) == ["blue", "red"]


# -- the plugin as Ansible runs it ---------------------------------------------------------------------------------

@pytest.fixture
def plugin(monkeypatch, api):
    for name in CONNECTION_ENV:
        monkeypatch.delenv(name, raising=False)
    doc = yaml.safe_load(lookup_resource.DOCUMENTATION)
    C.config.initialize_plugin_configuration_definitions("lookup", "norce.commerce.resource", doc["options"])
    seen = {}

    def fake_client(params, warn=None):
        seen.update(params)
        return api

    monkeypatch.setattr(lookup_resource, "client_from_params", fake_client)
    instance = lookup_resource.LookupModule()
    instance._load_name = "norce.commerce.resource"
    instance.seen = seen
    return instance


def test_connection_options_fall_back_to_the_environment(plugin, monkeypatch):
    monkeypatch.setenv("NORCE_API_URL", "https://env.example.test/commerce/management/1.0")
    monkeypatch.setenv("NORCE_APPLICATION_ID", "1001")
    monkeypatch.setenv("NORCE_ACCOUNT_ID", "3001")
    monkeypatch.setenv("NORCE_CLIENT_SECRET", "s3cret")
    monkeypatch.setenv("NORCE_VALIDATE_CERTS", "false")
    result = plugin.run(["product_flag"], variables={}, key="news")
    assert [r["code"] for r in result] == ["news"]
    assert plugin.seen["api_url"] == "https://env.example.test/commerce/management/1.0"
    assert plugin.seen["application_id"] == 1001 and plugin.seen["account_id"] == 3001
    assert plugin.seen["client_secret"] == "s3cret" and plugin.seen["validate_certs"] is False
    assert plugin.seen["timeout"] == 30 and plugin.seen["retries"] == 5


def test_empty_environment_variables_count_as_unset(plugin, monkeypatch):
    # An AWX credential injects "" for a field left empty, such as the CA certificate.
    monkeypatch.setenv("NORCE_CA_PATH", "")
    monkeypatch.setenv("NORCE_RETRIES", "")
    monkeypatch.setenv("NORCE_SCOPE", "")
    plugin.run(["product_flag"], variables={}, api_url="https://x.example.test", application_id=1, account_id=2)
    assert plugin.seen["ca_path"] is None and plugin.seen["retries"] == 5 and plugin.seen["scope"] is None


def test_keyword_arguments_win_over_the_environment(plugin, monkeypatch):
    monkeypatch.setenv("NORCE_API_URL", "https://env.example.test/commerce/management/1.0")
    monkeypatch.setenv("NORCE_APPLICATION_ID", "1001")
    plugin.run(["application_culture"], variables={}, api_url="https://kw.example.test/commerce/management/1.0",
               account_id=3004)
    assert plugin.seen["api_url"].startswith("https://kw.") and plugin.seen["account_id"] == 3004


def test_several_terms_and_api_output(plugin):
    result = plugin.run(["product_flag_group", "product_flag"], variables={}, output="api",
                        api_url="https://x.example.test", application_id=1, account_id=2)
    assert [(r["Id"], r["Code"]) for r in result] == [(1, "campaign"), (10, "news")]
    assert all("$id" not in r for r in result)


def test_unknown_resource_lists_the_known_ones(plugin):
    with pytest.raises(AnsibleLookupError, match="unknown resource 'flags'; the resources are: application, "):
        plugin.run(["flags"], variables={}, api_url="https://x.example.test", application_id=1, account_id=2)


def test_api_errors_become_lookup_errors(plugin, api, monkeypatch):
    def broken(path):
        raise NorceError("GET %s failed with status 503" % path, "GET", path, 503)

    monkeypatch.setattr(api, "get", broken)
    with pytest.raises(AnsibleLookupError, match="GET /api/product/flag failed with status 503"):
        plugin.run(["product_flag"], variables={}, api_url="https://x.example.test", application_id=1, account_id=2)
