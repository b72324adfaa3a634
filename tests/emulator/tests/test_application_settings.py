"""Application-scoped settings: per application-id, only documented fields change, exactly one
active primary, DELETE as soft delete."""

import pytest

from conftest import problem_fields

CULTURES = "/api/application/culture"


def codes(emu, app=None):
    return {c["CultureCode"]: (c["IsPrimary"], c["IsActive"])
            for c in emu.ok("GET", CULTURES, app=app)}


def test_seeded_cultures_per_application(emu, contract):
    contract.check("GET", CULTURES, emu.get(CULTURES))
    assert codes(emu) == {"sv-SE": (True, True), "en-US": (False, True)}
    assert codes(emu, app=1002) == {"nb-NO": (True, True), "en-US": (False, True)}
    sv = contract.check("GET", CULTURES + "/{cultureCode}", emu.get(CULTURES + "/sv-SE"))
    assert sv["Name"] == "Swedish (Sweden)"


def test_insert_culture_only_in_that_application(emu, contract):
    r = emu.post(CULTURES, {"CultureCode": "de-DE", "IsActive": True})
    added = contract.check("POST", CULTURES, r)
    assert added["Name"] == "German (Germany)" and added["IsPrimary"] is False
    assert "de-DE" in codes(emu)
    assert "de-DE" not in codes(emu, app=1002)


def test_insert_unknown_or_duplicate_culture(emu):
    r = emu.post(CULTURES, {"CultureCode": "xx-XX", "IsActive": True})
    assert r.status_code == 400 and "CultureCode" in problem_fields(r)
    r = emu.post(CULTURES, {"CultureCode": "en-us", "IsActive": True})
    assert r.status_code == 400 and "CultureCode" in problem_fields(r)


def test_insert_normalizes_code_case(emu):
    added = emu.ok("POST", CULTURES, {"CultureCode": "DE-de", "IsActive": True})
    assert added["CultureCode"] == "de-DE"
    assert emu.ok("GET", CULTURES + "/de-de")["CultureCode"] == "de-DE"


def test_new_primary_clears_the_old_one(emu, contract):
    r = emu.put(CULTURES + "/en-US", {"CultureCode": "en-US", "IsPrimary": True,
                                      "IsActive": True})
    contract.check("PUT", CULTURES + "/{cultureCode}", r)
    assert codes(emu) == {"sv-SE": (False, True), "en-US": (True, True)}
    assert codes(emu, app=1002)["nb-NO"] == (True, True)  # other application untouched


def test_primary_cannot_be_removed_without_successor(emu):
    r = emu.put(CULTURES + "/sv-SE", {"CultureCode": "sv-SE", "IsPrimary": False,
                                      "IsActive": True})
    assert r.status_code == 400 and "IsPrimary" in problem_fields(r)
    r = emu.put(CULTURES + "/sv-SE", {"CultureCode": "sv-SE", "IsPrimary": True,
                                      "IsActive": False})
    assert r.status_code == 400 and "IsActive" in problem_fields(r)
    r = emu.delete(CULTURES + "/sv-SE")
    assert r.status_code == 400
    r = emu.put(CULTURES + "/en-US", {"CultureCode": "en-US", "IsPrimary": True,
                                      "IsActive": False})
    assert r.status_code == 400 and "IsPrimary" in problem_fields(r)


def test_only_documented_fields_change(emu):
    r = emu.put(CULTURES + "/en-US", {"CultureCode": "de-DE", "IsPrimary": False,
                                      "IsActive": True, "Name": "Klingon"})
    assert r.status_code == 200
    got = r.json()
    assert got["CultureCode"] == "en-US" and got["Name"] == "English (United States)"


def test_update_body_is_strict(emu):
    r = emu.put(CULTURES + "/en-US", {"CultureCode": "en-US", "IsDefault": True})
    assert r.status_code == 400 and "IsDefault" in problem_fields(r)
    r = emu.put(CULTURES + "/en-US", {"IsActive": True})
    assert r.status_code == 400 and "CultureCode" in problem_fields(r)


def test_delete_is_soft_and_put_reactivates(emu, contract):
    r = emu.delete(CULTURES + "/en-US")
    contract.check("DELETE", CULTURES + "/{cultureCode}", r)
    assert r.status_code == 200 and r.content == b""
    assert codes(emu)["en-US"] == (False, False)  # no deleted list: the list shows it
    emu.ok("PUT", CULTURES + "/en-US", {"CultureCode": "en-US", "IsActive": True})
    assert codes(emu)["en-US"] == (False, True)


def test_unknown_culture_is_404(emu):
    assert emu.get(CULTURES + "/fr-FR").status_code == 404
    assert emu.delete(CULTURES + "/fr-FR").status_code == 404


@pytest.mark.parametrize("app", [1001, 1002])
def test_changed_by_stamped(emu, app):
    got = emu.ok("PUT", CULTURES + "/en-US", {"CultureCode": "en-US", "IsActive": True},
                 app=app)
    assert got["ChangedBy"] == "Ansible Automation" and got["Changed"]


def test_empty_application_drops_only_that_applications_settings(emu):
    """The control call that stands for a newly made application: no cultures, countries,
    currencies or sales areas; the first of each added becomes primary by itself."""
    result = emu.control("POST", "/empty-application", {"application_id": 1002})
    assert result["dropped"]["application_culture"] == 2
    for path in (CULTURES, "/api/application/country", "/api/application/currency",
                 "/api/application/salesarea"):
        assert emu.ok("GET", path, app=1002) == []
        assert emu.ok("GET", path) != []  # the first application keeps its settings
    added = emu.ok("POST", "/api/application/country", {"Id": 4, "IsActive": True}, app=1002)
    assert added["IsPrimary"] is True
    emu.control("POST", "/reset")
    assert codes(emu, app=1002) == {"nb-NO": (True, True), "en-US": (False, True)}


def test_empty_application_refuses_an_unknown_application(emu):
    r = emu.http.post(emu.info["control_url"] + "/empty-application", json={"application_id": 999})
    assert r.status_code == 400 and "999" in r.json()["error"]
