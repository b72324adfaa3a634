"""Suppliers, their price lists, warehouses and locations, and the links from client price lists:
the rules of business-rules.md section 8 and rules 28, 37 and 38."""

import pytest

from conftest import problem_fields
from factory import Factory


@pytest.fixture
def make(emu, contract):
    return Factory(emu, contract)


def _bad(r, field):
    assert r.status_code == 400, r.text
    assert field in problem_fields(r), r.json()


def _supplier(emu, code, **extra):
    body = {"Name": code, "Code": code, "CountryId": 1, "CurrencyId": 2, "IsActive": True}
    body.update(extra)
    return emu.ok("POST", "/api/supplier", body)


# ----- supplier -----------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["Name", "Code", "CountryId", "CurrencyId"])
def test_supplier_insert_requires_name_code_country_and_currency(emu, field):
    body = {"Name": "Acme", "Code": "acme", "CountryId": 1, "CurrencyId": 2, "IsActive": True}
    del body[field]
    _bad(emu.post("/api/supplier", body), field)
    assert emu.ok("GET", "/api/supplier") == []


def test_supplier_code_is_unique_without_regard_to_case(emu):
    _supplier(emu, "acme")
    _bad(emu.post("/api/supplier", {"Name": "Other", "Code": "ACME", "CountryId": 1, "CurrencyId": 2}), "Code")


def test_supplier_unknown_country_or_currency_is_400(emu):
    _bad(emu.post("/api/supplier", {"Name": "A", "Code": "a", "CountryId": 4242, "CurrencyId": 2}), "CountryId")
    _bad(emu.post("/api/supplier", {"Name": "A", "Code": "a", "CountryId": 1, "CurrencyId": 4242}), "CurrencyId")


def test_supplier_list_shows_deactivated_suppliers(emu):
    acme = _supplier(emu, "acme")
    emu.ok("PUT", f"/api/supplier/{acme['Id']}", dict(acme, IsActive=False))
    assert [(s["Code"], s["IsActive"]) for s in emu.ok("GET", "/api/supplier")] == [("acme", False)]


# ----- supplier price lists -------------------------------------------------------------------
def _price_list(emu, supplier, code, **extra):
    body = {"Name": code, "Code": code, "CurrencyId": 2, "IsActive": True}
    body.update(extra)
    return emu.ok("POST", f"/api/supplier/{supplier['Id']}/pricelist", body)


def test_supplier_price_list_code_is_unique_per_supplier_only(emu):
    acme, globex = _supplier(emu, "acme"), _supplier(emu, "globex")
    _price_list(emu, acme, "p2026")
    _bad(emu.post(f"/api/supplier/{acme['Id']}/pricelist", {"Name": "x", "Code": "P2026", "CurrencyId": 2}), "Code")
    assert _price_list(emu, globex, "p2026")["SupplierId"] == globex["Id"]


def test_supplier_price_list_is_not_reachable_under_another_supplier(emu):
    acme, globex = _supplier(emu, "acme"), _supplier(emu, "globex")
    plist = _price_list(emu, acme, "p2026")
    assert emu.get(f"/api/supplier/{globex['Id']}/pricelist/{plist['Id']}").status_code == 404
    assert emu.put(f"/api/supplier/{globex['Id']}/pricelist/{plist['Id']}", plist).status_code == 404


def test_supplier_price_list_one_primary_per_supplier(emu):
    acme, globex = _supplier(emu, "acme"), _supplier(emu, "globex")
    first = _price_list(emu, acme, "first")
    second = _price_list(emu, acme, "second")
    other = _price_list(emu, globex, "other")
    assert (first["IsPrimary"], second["IsPrimary"], other["IsPrimary"]) == (True, False, True)
    base = f"/api/supplier/{acme['Id']}/pricelist"
    # The primary list can neither be deactivated nor lose its flag while it is the only primary.
    _bad(emu.put(f"{base}/{first['Id']}", dict(first, IsActive=False)), "IsActive")
    _bad(emu.put(f"{base}/{first['Id']}", dict(first, IsPrimary=False)), "IsPrimary")
    emu.ok("PUT", f"{base}/{second['Id']}", dict(second, IsPrimary=True))
    lists = dict((p["Code"], p["IsPrimary"]) for p in emu.ok("GET", base))
    assert lists == {"first": False, "second": True}
    assert emu.ok("GET", f"/api/supplier/{globex['Id']}/pricelist/{other['Id']}")["IsPrimary"] is True
    emu.ok("PUT", f"{base}/{first['Id']}", dict(first, IsPrimary=False, IsActive=False))
    assert [p["Code"] for p in emu.ok("GET", f"{base}/deleted")] == ["first"]
    assert [p["Code"] for p in emu.ok("GET", base)] == ["second"]


# ----- supplier warehouses and locations --------------------------------------------------------
def test_supplier_warehouse_lead_time_defaults_to_zero(emu):
    acme = _supplier(emu, "acme")
    base = f"/api/supplier/{acme['Id']}/warehouse"
    main = emu.ok("POST", base, {"Name": "Main", "Code": "main", "IsActive": True})
    assert main["StandardLeadTimeDayCount"] == 0
    changed = emu.ok("PUT", f"{base}/{main['Id']}", {"Name": "Main", "Code": "main", "IsActive": True,
                                                     "StandardLeadTimeDayCount": 3})
    assert changed["StandardLeadTimeDayCount"] == 3


def test_supplier_warehouse_code_is_unique_per_supplier_only(emu):
    acme, globex = _supplier(emu, "acme"), _supplier(emu, "globex")
    emu.ok("POST", f"/api/supplier/{acme['Id']}/warehouse", {"Name": "Main", "Code": "main", "IsActive": True})
    _bad(emu.post(f"/api/supplier/{acme['Id']}/warehouse", {"Name": "Main 2", "Code": "MAIN"}), "Code")
    _bad(emu.post(f"/api/supplier/{acme['Id']}/warehouse", {"Name": "MAIN", "Code": "main-2"}), "Name")
    emu.ok("POST", f"/api/supplier/{globex['Id']}/warehouse", {"Name": "Main", "Code": "main", "IsActive": True})


def test_supplier_location_rules(emu):
    acme, globex = _supplier(emu, "acme"), _supplier(emu, "globex")
    main = emu.ok("POST", f"/api/supplier/{acme['Id']}/warehouse", {"Name": "Main", "Code": "main", "IsActive": True})
    north = emu.ok("POST", f"/api/supplier/{acme['Id']}/warehouse", {"Name": "N", "Code": "north", "IsActive": True})
    locations = f"/api/supplier/{acme['Id']}/warehouse/{main['Id']}/location"
    pick = emu.ok("POST", locations, {"Code": "pick", "IsStandard": True, "IsActive": True})
    assert pick["SupplierId"] == acme["Id"] and pick["LeadTimeDayCount"] is None
    # Unique per warehouse, case-insensitively; the same code in another warehouse is another location.
    _bad(emu.post(locations, {"Code": "PICK"}), "Code")
    emu.ok("POST", f"/api/supplier/{acme['Id']}/warehouse/{north['Id']}/location",
           {"Code": "pick", "IsStandard": True, "IsActive": True})
    # At most one standard location per warehouse: a new standard one takes the flag.
    emu.ok("POST", locations, {"Code": "bulky", "IsStandard": True, "IsActive": True})
    standard = [(x["Code"], x["IsStandard"]) for x in emu.ok("GET", locations)]
    assert standard == [("pick", False), ("bulky", True)]
    # A warehouse is addressed under its own supplier only.
    assert emu.get(f"/api/supplier/{globex['Id']}/warehouse/{main['Id']}/location").status_code == 404
    assert emu.post(f"/api/supplier/{globex['Id']}/warehouse/{main['Id']}/location",
                    {"Code": "x"}).status_code == 404


# ----- client price list links ------------------------------------------------------------------
def test_price_list_supplier_price_list_links(emu):
    acme = _supplier(emu, "acme")
    current = _price_list(emu, acme, "p2026")
    old = _price_list(emu, acme, "p2025")
    price_list = emu.ok("POST", "/api/pricing/pricelist", {"Code": "se", "Name": "Sweden", "CurrencyId": 2,
                                                           "IsActive": True})
    links = f"/api/pricing/pricelist/{price_list['Id']}/supplierpricelist"
    link = emu.ok("POST", links, {"Id": current["Id"]})
    assert (link["Code"], link["SupplierId"], link["SupplierCode"]) == ("p2026", acme["Id"], "acme")
    _bad(emu.post(links, {"Id": current["Id"]}), "Id")  # linked already
    _bad(emu.post(links, {"Id": 4242}), "Id")  # no such supplier price list
    emu.ok("PUT", f"/api/supplier/{acme['Id']}/pricelist/{old['Id']}", dict(old, IsActive=False))
    _bad(emu.post(links, {"Id": old["Id"]}), "Id")  # deactivated
    assert emu.post("/api/pricing/pricelist/4242/supplierpricelist", {"Id": current["Id"]}).status_code == 404
    emu.ok("DELETE", f"{links}/{current['Id']}")
    assert emu.ok("GET", links) == []
    assert emu.delete(f"{links}/{current['Id']}").status_code == 404
