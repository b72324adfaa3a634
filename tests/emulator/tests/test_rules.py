"""The special rules (hooks), custom handlers and collection keys beyond the generic ones."""

import pytest

from conftest import problem_fields
from factory import Factory


@pytest.fixture
def make(emu, contract):
    return Factory(emu, contract)


def _bad(r, field):
    assert r.status_code == 400, r.text
    assert field in problem_fields(r), r.json()


# ----- references and nesting -------------------------------------------------------------
def test_inactive_reference_refused_for_new_links(emu, make):
    group = make.item("product_flag_group")
    emu.ok("PUT", f"/api/product/flaggroup/{group['Id']}", dict(group, IsActive=False))
    r = emu.post("/api/product/flag", make.body("product_flag", {}, {"GroupId": group["Id"]}))
    _bad(r, "GroupId")


def test_item_pointing_at_inactive_target_can_still_be_soft_deleted(emu, make):
    flag = make.item("product_flag")
    group = emu.ok("GET", f"/api/product/flaggroup/{flag['GroupId']}")
    emu.ok("PUT", f"/api/product/flaggroup/{group['Id']}", dict(group, IsActive=False))
    emu.ok("PUT", f"/api/product/flag/{flag['Id']}", dict(flag, IsActive=False))


def test_unknown_parent_is_404(emu):
    assert emu.get("/api/parametric/4242/list").status_code == 404
    assert emu.get("/api/supplier/4242/warehouse/1/location").status_code == 404


def test_link_ids_repeat_across_parents(emu, make):
    warehouse = make.item("warehouse")
    other = make.item("price_list", extra={"Code": "other"})
    for pl in (1, other["Id"]):
        emu.ok("POST", f"/api/pricing/pricelist/{pl}/warehouse", {"Id": warehouse["Id"]})
    r = emu.post("/api/pricing/pricelist/1/warehouse", {"Id": warehouse["Id"]})
    _bad(r, "Id")
    emu.ok("DELETE", f"/api/pricing/pricelist/1/warehouse/{warehouse['Id']}")
    assert emu.ok("GET", "/api/pricing/pricelist/1/warehouse") == []
    assert len(emu.ok("GET", f"/api/pricing/pricelist/{other['Id']}/warehouse")) == 1


def test_parent_field_in_body_is_overwritten_by_path(emu, make):
    parametric = make.item("parametric", extra={"Type": "list"})
    value = emu.ok("POST", f"/api/parametric/{parametric['Id']}/list",
                   {"ParametricId": 999, "DefaultValue": "Red", "Code": "red", "IsActive": True})
    assert value["ParametricId"] == parametric["Id"]


def test_query_filter_is_required(emu, make):
    category = make.item("category")
    for required in (True, False):
        make.create("category_parametric", {"categoryId": category["Id"]},
                    {"IsRequired": required})
    path = f"/api/category/{category['Id']}/parametric"
    assert len(emu.ok("GET", path)) == 2
    only = emu.ok("GET", path + "?isRequired=true")
    assert [x["IsRequired"] for x in only] == [True]
    assert emu.get(path + "?isRequired=maybe").status_code == 400


def test_get_wrapped_in_array(emu, make):
    info, params = make.create("product_info_type")
    got = emu.ok("GET", f"/api/product/infotype/{params['groupId']}/item/{info['Id']}")
    assert isinstance(got, list) and got[0]["Id"] == info["Id"]


# ----- application and client settings ------------------------------------------------------
def test_application_settings_seeded_per_application(emu):
    assert [c["Code"] for c in emu.ok("GET", "/api/application/currency")] == ["SEK", "EUR"]
    assert [c["Code"] for c in emu.ok("GET", "/api/application/currency", app=1002)] == \
        ["NOK", "EUR"]
    sek = emu.ok("GET", "/api/application/currency/2")
    assert sek["IsPrimary"] and sek["ExchangeRate"] == 0.091 and sek["Name"] == "Swedish krona"
    assert emu.ok("GET", "/api/application/country")[0]["Name"] == "Sweden"
    assert emu.ok("GET", "/api/application/salesarea", app=1002)[0]["Code"] == "NO"


def test_application_sales_area_updatable_fields(emu):
    area = emu.ok("GET", "/api/application/salesarea/1")
    after = emu.ok("PUT", "/api/application/salesarea/1",
                   dict(area, Code="SE-1", Name="Ignored"))
    assert after["Code"] == "SE-1" and after["Name"] == "Sweden"
    emu.ok("POST", "/api/application/salesarea", {"Id": 25, "Code": "EU", "IsActive": True})
    emu.ok("PUT", "/api/application/salesarea/25",
           {"Id": 25, "Code": "EU", "IsActive": True, "IsPrimary": True})
    emu.ok("DELETE", "/api/application/salesarea/1")
    assert emu.ok("GET", "/api/application/salesarea/1")["IsActive"] is False


def test_application_update_and_copy(emu):
    app = emu.ok("GET", "/api/application/1001")
    assert app["Name"] == "Emulated Sweden" and app["Key"]
    emu.ok("PUT", "/api/application/1001", dict(app, Description="Changed"))
    result = emu.ok("POST", "/api/application/1001/copy/1002")
    assert result["IsSuccess"] and result["CopiedCultureCount"] == 1  # sv-SE
    cultures = {c["CultureCode"]: c["IsPrimary"]
                for c in emu.ok("GET", "/api/application/culture", app=1002)}
    assert cultures == {"nb-NO": True, "en-US": False, "sv-SE": False}
    assert emu.call("POST", "/api/application/1001/copy/4242").status_code == 404


def test_sales_area_vat_codes(emu):
    body = {"Name": "Denmark", "Code": "DK", "IsPrimary": False, "PrimaryVatCodeId": 1,
            "VatCodes": []}
    _bad(emu.post("/api/client/salesarea", body), "VatCodes")
    body["VatCodes"] = [{"Id": 5, "Name": "25%", "Value": 25.0}]
    _bad(emu.post("/api/client/salesarea", body), "PrimaryVatCodeId")
    body["PrimaryVatCodeId"] = 5
    created = emu.ok("POST", "/api/client/salesarea", body)
    assert created["Id"] > 25
    emu.ok("PUT", f"/api/client/salesarea/{created['Id']}", dict(created, IsPrimary=True))
    primaries = [a["Code"] for a in emu.ok("GET", "/api/client/salesarea") if a["IsPrimary"]]
    assert primaries == ["DK"]


def test_client_currency_rate(emu):
    sek = emu.ok("PUT", "/api/client/currency/2", {"ExchangeRate": 0.1,
                                                   "IsExchangeRateInherited": True})
    assert sek["ExchangeRate"] == 0.1 and sek["IsExchangeRateInherited"] is False
    sek = emu.ok("PUT", "/api/client/currency/2", {"IsExchangeRateInherited": True})
    assert sek["ExchangeRate"] is None and sek["InheritedExchangeRate"] == 0.091
    _bad(emu.put("/api/client/currency/1", {"ExchangeRate": 1.2}), "ExchangeRate")
    _bad(emu.put("/api/client/currency/2", {"ExchangeRate": 0.1, "Code": "SEK",
                                            "Rate": 1}), "Rate")


def test_client_price_list_type_update_list(emu):
    out = emu.ok("PUT", "/api/pricing/clientpricelisttype",
                 [{"Id": 2, "Code": "campaign", "DefaultName": "Kampanj", "SortOrder": 2,
                   "Priority": 1, "IsActive": True}])
    by_id = {t["Id"]: t for t in out}
    assert by_id[2]["Name"] == "Kampanj" and by_id[2]["IsActive"]
    assert by_id[1]["IsActive"]  # absent from the body: unchanged
    r = emu.put("/api/pricing/clientpricelisttype", [{"Id": 99, "SortOrder": 1}])
    _bad(r, "[0].Id")


# ----- catalogue ----------------------------------------------------------------------------
def test_parametric_value_type(emu, make):
    text = make.item("parametric", extra={"Type": "text"})
    r = emu.post(f"/api/parametric/{text['Id']}/list", {"DefaultValue": "x", "IsActive": True})
    _bad(r, "ParametricId")
    listed = make.item("parametric", extra={"Type": "list"})
    assert listed["TypeName"] == "List"
    r = emu.post(f"/api/parametric/{listed['Id']}/multiple", {"DefaultValue": "x"})
    _bad(r, "ParametricId")
    category = make.item("category")
    link = emu.ok("POST", f"/api/category/{category['Id']}/parametric", {"Id": listed["Id"],
                                                                         "IsActive": True})
    assert link["HasListValues"] is False and link["Code"] == listed["Code"]
    emu.ok("POST", f"/api/parametric/{listed['Id']}/list", {"DefaultValue": "x",
                                                            "IsActive": True})
    link = emu.ok("GET", f"/api/category/{category['Id']}/parametric/{listed['Id']}")
    assert link["HasListValues"] is True and link["Type"] == "list"


def test_category_tree(emu, make):
    root = make.item("category", extra={"DefaultName": "Root", "Code": "root"})
    branch = make.item("category", extra={"DefaultName": "Branch", "ParentId": root["Id"]})
    leaf = make.item("category", extra={"DefaultName": "Leaf", "ParentId": branch["Id"]})
    assert leaf["FullName"] == "Root - Branch - Leaf" and leaf["ParentName"] == "Branch"
    _bad(emu.put(f"/api/category/{root['Id']}", dict(root, ParentId=leaf["Id"])), "ParentId")
    _bad(emu.put(f"/api/category/{root['Id']}", dict(root, ParentId=root["Id"])), "ParentId")
    _bad(emu.post("/api/category", make.body("category", {}, {"ParentId": 4242})), "ParentId")
    gone = emu.ok("PUT", f"/api/category/{root['Id']}", dict(root, IsActive=False))
    assert gone["Code"] == f"root_deleted_{root['Id']}"
    make.create("category", extra={"Code": "root"})  # the code is free again
    compact = emu.ok("GET", "/api/category/compact")
    assert {c["Code"] for c in compact} >= {"root", branch["Code"]}
    assert gone["Code"] not in {c["Code"] for c in compact}


def test_category_parametric_copy_to_children(emu, make):
    root = make.item("category")
    child = make.item("category", extra={"ParentId": root["Id"]})
    grandchild = make.item("category", extra={"ParentId": child["Id"]})
    link = make.item("category_parametric", {"categoryId": root["Id"]})
    assert emu.call("POST", f"/api/category/{root['Id']}/parametric/copytochildren") \
        .status_code == 200
    for c in (child, grandchild):
        assert [x["Id"] for x in emu.ok("GET", f"/api/category/{c['Id']}/parametric")] == \
            [link["Id"]]


# ----- pricing ------------------------------------------------------------------------------
def test_price_list_rules(emu, make):
    _bad(emu.post("/api/pricing/pricelist", make.body("price_list", {}, {"IsVirtual": True})),
         "ParentPriceListId")
    child = make.item("price_list", extra={"ParentPriceListId": 1, "IsVirtual": True})
    assert child["ParentPriceListName"] == "Standard" and child["CurrencyCode"] == "SEK"
    _bad(emu.put(f"/api/pricing/pricelist/{child['Id']}",
                 dict(child, ParentPriceListId=child["Id"])), "ParentPriceListId")
    standard = emu.ok("GET", "/api/pricing/pricelist/1")
    _bad(emu.put("/api/pricing/pricelist/1", dict(standard, ParentPriceListId=child["Id"])),
         "ParentPriceListId")
    _bad(emu.put("/api/pricing/pricelist/1", dict(standard, IsActive=False)), "IsActive")
    _bad(emu.post("/api/pricing/pricelist", make.body("price_list", {}, {"CurrencyId": 99})),
         "CurrencyId")


def test_price_list_at_most_one_primary(emu, make):
    other = make.item("price_list", extra={"IsPrimary": True})
    assert emu.ok("GET", "/api/pricing/pricelist/1")["IsPrimary"] is False
    emu.ok("PUT", f"/api/pricing/pricelist/{other['Id']}", dict(other, IsPrimary=False))
    assert not any(p["IsPrimary"] for p in emu.ok("GET", "/api/pricing/pricelist"))


def test_rounding_settings(emu, make):
    body = make.body("rounding_rule", {})
    body["Settings"] = [{"RoundToDecimals": 3}]
    _bad(emu.post("/api/pricing/roundingrule", body), "Settings[0].RoundToDecimals")
    body["Settings"] = [{"RoundToDecimals": 0, "PriceFrom": 10, "PriceTo": 5}]
    _bad(emu.post("/api/pricing/roundingrule", body), "Settings[0].PriceFrom")
    body["Settings"] = [{"RoundToDecimals": -1, "PriceFrom": 0, "PriceTo": 5}]
    body["FieldId"] = 1
    rule = emu.ok("POST", "/api/pricing/roundingrule", body)
    assert rule["Settings"][0]["RuleId"] == rule["Id"] and rule["FieldName"] == "SalePrice"
    dup = dict(body, DefaultName="again")
    _bad(emu.post("/api/pricing/roundingrule", dup), "FieldId")


def test_population_and_pricing_updates(emu):
    rule = emu.ok("PUT", "/api/pricing/pricelist/1/population",
                  {"Id": 0, "IsInclude": True, "IsChecked": True})
    same = emu.ok("PUT", "/api/pricing/pricelist/1/population",
                  dict(rule, IsInclude=False))
    assert same["Id"] == rule["Id"] and same["IsInclude"] is False
    assert len(emu.ok("GET", "/api/pricing/pricelist/1/population")) == 1
    rows = emu.ok("PUT", "/api/pricing/pricelist/1/pricing",
                  [{"PriceRuleId": 1, "Value": 5.0}, {"PriceRuleId": 2, "Value": 7.0}])
    assert len(rows) == 2
    rows = emu.ok("PUT", "/api/pricing/pricelist/1/pricing", [dict(rows[1], Value=8.0)])
    assert [(r["Id"], r["Value"]) for r in emu.ok("GET", "/api/pricing/pricelist/1/pricing")] \
        == [(rows[0]["Id"], 8.0)]
    r = emu.put("/api/pricing/pricelist/1/pricing", [{"PriceRuleId": 1, "CategoryId": 4242}])
    _bad(r, "[0].CategoryId")


# ----- promotions ---------------------------------------------------------------------------
def test_promotion_rules_and_codes(emu, make):
    body = make.body("promotion", {})
    body["Requirements"] = [{"RequirementType": "DiscountCode", "DiscountCode": " "}]
    _bad(emu.post("/api/promotion", body), "Requirements[0].DiscountCode")
    body["Requirements"] = [{"RequirementType": "Coupon"}]
    _bad(emu.post("/api/promotion", body), "Requirements[0].RequirementType")
    promo = make.item("promotion")
    assert promo["Status"] == "Draft" and promo["Requirements"][0]["Id"] == 1
    codes = f"/api/promotion/{promo['Id']}/uniquecodes"
    added = emu.ok("POST", codes, [{"DiscountCode": "A"}, {"DiscountCode": "B"},
                                   {"DiscountCode": "a"}])
    assert [c["DiscountCode"] for c in added] == ["A", "B"]
    assert emu.ok("POST", codes, [{"DiscountCode": "A"}, {"DiscountCode": "C"}])[0][
        "DiscountCode"] == "C"
    synced = emu.ok("PUT", codes, [{"DiscountCode": "C"}, {"DiscountCode": "D"}])
    assert sorted(c["DiscountCode"] for c in synced) == ["C", "D"]
    assert emu.ok("GET", f"/api/promotion/{promo['Id']}")["UniqueDiscountCodeCount"] == 2
    stats = emu.ok("GET", f"/api/promotion/{promo['Id']}/statistics")
    assert stats["Id"] == promo["Id"] and stats["TotalOrder"] == 0
    assert emu.get("/api/promotion/4242/statistics").status_code == 404
    listed = emu.ok("GET", "/api/promotion")
    assert "Requirements" not in listed[0]  # the list model has no requirements


def test_promotion_references_inside_requirements_and_effects(emu, make):
    flag = make.item("product_flag")
    category = make.item("category")
    body = make.body("promotion", {})
    rows = [{"FlagId": flag["Id"]}, {"FlagId": 4242}]
    body["Requirements"] = [{"RequirementType": "ProductFlag", "ProductList": rows}]
    _bad(emu.post("/api/promotion", body), "Requirements[0].ProductList[1].FlagId")
    body["Requirements"] = [{"RequirementType": "CustomerFlag", "CustomerFlagId": 4242}]
    _bad(emu.post("/api/promotion", body), "Requirements[0].CustomerFlagId")
    body["Requirements"] = [{"RequirementType": "ProductFlag", "ProductList": [{"FlagId": flag["Id"], "Qty": 2}]}]
    body["Effects"] = [{"EffectType": "ProductCategory", "Value": 10, "ProductList": [{"CategoryId": 4242}]}]
    _bad(emu.post("/api/promotion", body), "Effects[0].ProductList[0].CategoryId")
    body["Effects"] = [{"EffectType": "ProductCategory", "Value": 10, "ProductList": [{"CategoryId": category["Id"]}]}]
    promo = emu.ok("POST", "/api/promotion", body)
    row = promo["Requirements"][0]["ProductList"][0]
    assert row["Id"] == 1 and row["FlagCode"] == flag["Code"] and row["FlagName"] == flag["DefaultName"]
    assert promo["Effects"][0]["ProductList"][0]["CategoryCode"] == category["Code"]
    # A flag deactivated later keeps an existing row valid, but cannot be newly chosen.
    emu.ok("PUT", f"/api/product/flag/{flag['Id']}", dict(flag, IsActive=False))
    emu.ok("PUT", f"/api/promotion/{promo['Id']}", promo)
    other = make.body("promotion", {})
    other["Requirements"] = [{"RequirementType": "ProductFlag", "ProductList": [{"FlagId": flag["Id"]}]}]
    _bad(emu.post("/api/promotion", other), "Requirements[0].ProductList[0].FlagId")


def test_promotion_code_is_unique_when_set(emu, make):
    emu.ok("POST", "/api/promotion", make.body("promotion", {}, {"Code": "summer"}))
    _bad(emu.post("/api/promotion", make.body("promotion", {}, {"Code": "SUMMER"})), "Code")
    emu.ok("POST", "/api/promotion", make.body("promotion", {}, {"Code": None}))
    emu.ok("POST", "/api/promotion", make.body("promotion", {}, {"Code": None}))


def test_claimed_unique_codes_stay_when_the_codes_are_replaced(emu, make):
    promo = make.item("promotion")
    codes = f"/api/promotion/{promo['Id']}/uniquecodes"
    emu.ok("POST", codes, [{"DiscountCode": "A"}, {"DiscountCode": "B"}])
    claimed = emu.control("POST", "/claim-unique-code", {"promotion_id": promo["Id"], "code": "a",
                                                         "quotation_id": 77})
    assert claimed["IsClaimed"] is True and claimed["QuotationId"] == 77
    synced = emu.ok("PUT", codes, [{"DiscountCode": "C"}])
    assert sorted((c["DiscountCode"], c["IsClaimed"]) for c in synced) == [("A", True), ("C", False)]
    assert emu.ok("GET", f"/api/promotion/{promo['Id']}")["UniqueDiscountCodeUsedCount"] == 1
    r = emu.http.post(emu.info["control_url"] + "/claim-unique-code", json={"promotion_id": promo["Id"], "code": "Z"},
                      timeout=10)
    assert r.status_code == 404


# ----- stores, suppliers, warehouses --------------------------------------------------------
def test_store_applications(emu, make):
    body = make.body("store", {})
    body["Applications"] = []
    _bad(emu.post("/api/store", body), "Applications")
    body["Applications"] = [{"ApplicationId": 4242}]
    _bad(emu.post("/api/store", body), "Applications[0].ApplicationId")
    store = make.item("store")
    assert [a["ApplicationId"] for a in store["Applications"]] == [1001]
    links = f"/api/store/{store['Id']}/application"
    emu.ok("POST", links, {"ApplicationId": 1002})
    got = emu.ok("GET", f"/api/store/{store['Id']}")
    assert [a["ApplicationId"] for a in got["Applications"]] == [1001, 1002]
    emu.ok("DELETE", f"{links}/1001")
    _bad(emu.delete(f"{links}/1002"), "ApplicationId")
    _bad(emu.put(f"/api/store/{store['Id']}", dict(got, Applications=None)), "Applications")
    after = emu.ok("PUT", f"/api/store/{store['Id']}", got)  # links follow the body
    assert [a["ApplicationId"] for a in after["Applications"]] == [1001, 1002]


def test_supplier_rules(emu, make):
    _bad(emu.post("/api/supplier", make.body("supplier", {}, {"CountryId": 0})), "CountryId")
    supplier = make.item("supplier")
    assert supplier["CountryName"] == "Sweden" and supplier["CurrencyCode"] == "SEK"
    a = make.item("supplier_price_list", {"supplierId": supplier["Id"]})
    b = make.item("supplier_price_list", {"supplierId": supplier["Id"]}, {"IsPrimary": True})
    lists = emu.ok("GET", f"/api/supplier/{supplier['Id']}/pricelist")
    assert [p["IsPrimary"] for p in lists] == [False, True]
    assert a["IsPrimary"] is True and b["SupplierCountryName"] == "Sweden"


def test_supplier_standard_warehouse_at_most_one(emu, make):
    supplier = make.item("supplier")
    base = f"/api/supplier/{supplier['Id']}/warehouse"
    one = emu.ok("POST", base, {"Name": "One", "Code": "one", "IsStandard": True,
                                "IsActive": True})
    emu.ok("POST", base, {"Name": "Two", "Code": "two", "IsStandard": True, "IsActive": True})
    assert emu.ok("GET", f"{base}/{one['Id']}")["IsStandard"] is False
    _bad(emu.post(base, {"Name": "Three", "Code": "ONE"}), "Code")


def test_warehouse_rules(emu, make):
    _bad(emu.post("/api/warehouse", make.body("warehouse", {}, {"TypeId": 5})), "TypeId")
    w1 = make.item("warehouse")
    w2 = make.item("warehouse")
    assert w1["TypeName"] == "Warehouse"
    emu.ok("POST", f"/api/warehouse/{w1['Id']}/location", {"Code": "A1", "IsActive": True})
    _bad(emu.post(f"/api/warehouse/{w1['Id']}/location", {"Code": "a1"}), "Code")
    emu.ok("POST", f"/api/warehouse/{w2['Id']}/location", {"Code": "A1", "IsActive": True})
