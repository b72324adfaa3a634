"""The generic behaviour, on product flag groups and product flags: insert, get, list, PUT
replacement, soft delete and reactivation, uniqueness, references, strictness, $id."""

import re

import pytest

from conftest import problem_fields

GROUPS = "/api/product/flaggroup"
FLAGS = "/api/product/flag"


def group(emu, code="colours", **extra):
    body = {"Code": code, "DefaultName": code.title(), "IsActive": True}
    body.update(extra)
    return emu.ok("POST", GROUPS, body)


def flag(emu, group_id, code="red", **extra):
    body = {"Code": code, "DefaultName": code.title(), "GroupId": group_id, "TypeId": 1,
            "IsActive": True}
    body.update(extra)
    return emu.ok("POST", FLAGS, body)


def test_insert_returns_model_with_id_and_stamps(emu, contract):
    r = emu.post(GROUPS, {"Code": "colours", "DefaultName": "Colours", "IsActive": True})
    g = contract.check("POST", GROUPS, r)
    assert isinstance(g["Id"], int) and g["Id"] > 0
    assert g["Name"] == "Colours" and g["IsNameInherited"] is False
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", g["Changed"])
    assert g["ChangedBy"] == "Ansible Automation"
    assert g["$id"] == "1"
    got = contract.check("GET", GROUPS + "/{id}", emu.get(f"{GROUPS}/{g['Id']}"))
    assert got == g


def test_ids_count_per_response_including_nested(emu):
    g = group(emu)
    f = flag(emu, g["Id"], Cultures=[{"CultureCode": "sv-SE", "Name": "Röd"},
                                     {"CultureCode": "en-US", "Name": "Red"}])
    assert [f["$id"]] + [c["$id"] for c in f["Cultures"]] == ["1", "2", "3"]
    flag(emu, g["Id"], code="blue")
    listed = emu.ok("GET", FLAGS)
    ids = [x["$id"] for x in listed]
    assert ids == ["1", "4"]  # the first flag's two cultures took 2 and 3


def test_put_sends_back_get_model_with_dollar_id(emu):
    g = group(emu)
    f = flag(emu, g["Id"], SortOrder=5)
    f["SortOrder"] = 6
    updated = emu.ok("PUT", f"{FLAGS}/{f['Id']}", f)
    assert updated["SortOrder"] == 6 and updated["Code"] == "red"


def test_put_replaces_every_field(emu):
    g = group(emu)
    f = flag(emu, g["Id"], SortOrder=5, DefaultDescription="Long text", IsManuallyEditable=False,
             Cultures=[{"CultureCode": "sv-SE", "Name": "Röd"}])
    partial = {"Code": "red", "GroupId": g["Id"], "TypeId": 1}
    after = emu.ok("PUT", f"{FLAGS}/{f['Id']}", partial)
    assert after["SortOrder"] == 0
    assert after["DefaultName"] is None and after["Name"] is None
    assert after["DefaultDescription"] is None
    assert after["IsManuallyEditable"] is True  # the contract's default, not C#'s false
    assert after["IsActive"] is False  # forgotten IsActive soft-deletes the flag
    assert after["Cultures"] is None
    assert emu.ok("GET", f"{FLAGS}/{f['Id']}") == after


def test_read_only_fields_are_ignored(emu):
    g = group(emu)
    body = dict(g, Id=999, Changed="01/01/2000 00:00", ChangedBy="Someone", Name="Other",
                IsNameInherited=True)
    after = emu.ok("PUT", f"{GROUPS}/{g['Id']}", body)
    assert after["Id"] == g["Id"] and after["Name"] == g["DefaultName"]
    assert after["ChangedBy"] == "Ansible Automation"


def test_soft_delete_deleted_list_and_reactivation(emu):
    g = group(emu)
    f = flag(emu, g["Id"])
    f["IsActive"] = False
    emu.ok("PUT", f"{FLAGS}/{f['Id']}", f)
    assert emu.ok("GET", FLAGS) == []
    deleted = emu.ok("GET", FLAGS + "/deleted")
    assert [x["Id"] for x in deleted] == [f["Id"]]
    assert emu.ok("GET", f"{FLAGS}/{f['Id']}")["IsActive"] is False  # still gettable
    f["IsActive"] = True
    emu.ok("PUT", f"{FLAGS}/{f['Id']}", f)
    assert [x["Id"] for x in emu.ok("GET", FLAGS)] == [f["Id"]]
    assert emu.ok("GET", FLAGS + "/deleted") == []


def test_duplicate_code_is_rejected_case_insensitively(emu):
    group(emu, "colours")
    r = emu.post(GROUPS, {"Code": "COLOURS", "DefaultName": "x", "IsActive": True})
    assert r.status_code == 400 and "Code" in problem_fields(r)


def test_duplicate_code_of_soft_deleted_item_is_rejected(emu):
    g = group(emu, "colours")
    emu.ok("PUT", f"{GROUPS}/{g['Id']}", dict(g, IsActive=False))
    r = emu.post(GROUPS, {"Code": "colours", "DefaultName": "x", "IsActive": True})
    assert r.status_code == 400


def test_update_to_a_taken_code_is_rejected(emu):
    group(emu, "a")
    b = group(emu, "b")
    r = emu.put(f"{GROUPS}/{b['Id']}", dict(b, Code="A"))
    assert r.status_code == 400 and "Code" in problem_fields(r)


def test_unknown_reference_is_400(emu):
    r = emu.post(FLAGS, {"Code": "x", "DefaultName": "X", "GroupId": 4242, "TypeId": 1})
    assert r.status_code == 400 and "GroupId" in problem_fields(r)


def test_lookup_name_follows_the_group(emu):
    g = group(emu, "colours")
    f = flag(emu, g["Id"])
    assert f["GroupName"] == "Colours"
    emu.ok("PUT", f"{GROUPS}/{g['Id']}", dict(g, DefaultName="Hues"))
    assert emu.ok("GET", f"{FLAGS}/{f['Id']}")["GroupName"] == "Hues"


def test_localized_cultures_inherit_missing_values(emu):
    g = group(emu, Cultures=[{"CultureCode": "sv-SE", "Name": "Färger"},
                             {"CultureCode": "en-US", "Name": ""}])
    sv, en = g["Cultures"]
    assert sv["Name"] == "Färger" and sv["IsNameInherited"] is False and sv["IsTranslated"]
    assert en["Name"] == "Colours" and en["IsNameInherited"] is True
    assert en["IsTranslated"] is False


@pytest.mark.parametrize("body, field", [
    ({"Code": "x", "DefaultName": "X", "Colour": "red"}, "Colour"),
    ({"code": "x", "DefaultName": "X"}, "code"),
    ({"Code": 12, "DefaultName": "X"}, "Code"),
    ({"Code": "x", "DefaultName": "X", "IsActive": "yes"}, "IsActive"),
    ({"Code": "x" * 51, "DefaultName": "X"}, "Code"),
    ({"Code": "x", "DefaultName": "X", "Cultures": [{"CultureCode": "sv-SE", "Nmae": "y"}]},
     "Cultures[0].Nmae"),
    ({"Code": "x", "DefaultName": "X", "Cultures": {"CultureCode": "sv-SE"}}, "Cultures"),
    ({"DefaultName": "X"}, "Code"),
    ({"Code": "x"}, "DefaultName"),
])
def test_strict_validation(emu, contract, body, field):
    r = emu.post(GROUPS, body)
    assert r.status_code == 400, r.text
    contract.check("POST", GROUPS, r)
    body = r.json()
    assert body["title"] == "One or more validation errors occurred."
    assert body["type"].startswith("https://tools.ietf.org/html/rfc9110")
    assert field in body["errors"], body["errors"]


@pytest.mark.parametrize("body, field", [
    ({"Code": "x", "DefaultName": "X", "GroupId": 1}, "TypeId"),
    ({"Code": "x", "DefaultName": "X", "GroupId": 1, "TypeId": 3}, "TypeId"),
    ({"Code": "x", "DefaultName": "X", "GroupId": 1.5, "TypeId": 1}, "GroupId"),
    ({"Code": "x", "DefaultName": "X", "GroupId": True, "TypeId": 1}, "GroupId"),
    ({"Code": "x", "DefaultName": "X", "GroupId": 2 ** 31, "TypeId": 1}, "GroupId"),
    ({"Code": None, "DefaultName": "X", "GroupId": 1, "TypeId": 1}, "Code"),
])
def test_strict_validation_flags(emu, body, field):
    group(emu)
    r = emu.post(FLAGS, body)
    assert r.status_code == 400 and field in problem_fields(r), r.text


def test_invalid_json_and_empty_body(emu):
    r = emu.call("POST", GROUPS, raw=b"{not json")
    assert r.status_code == 400 and "$" in problem_fields(r)
    r = emu.call("POST", GROUPS, raw=b"")
    assert r.status_code == 400
    r = emu.call("POST", GROUPS, raw=b"[]")
    assert r.status_code == 400


def test_patch_is_405_with_allow(emu):
    g = group(emu)
    r = emu.call("PATCH", f"{GROUPS}/{g['Id']}", {"Code": "y"})
    assert r.status_code == 405
    assert set(r.headers["Allow"].split(", ")) == {"GET", "PUT"}


def test_delete_not_documented_for_flags(emu):
    g = group(emu)
    assert emu.delete(f"{GROUPS}/{g['Id']}").status_code == 405


def test_unknown_id_and_path(emu, contract):
    r = emu.get(f"{GROUPS}/4242")
    assert r.status_code == 404
    contract.check("GET", GROUPS + "/{id}", r)
    assert emu.get("/api/nothing/here").status_code == 404
    r = emu.get(f"{GROUPS}/abc")
    assert r.status_code == 400 and "id" in problem_fields(r)


def test_put_unknown_id_is_404(emu):
    r = emu.put(f"{GROUPS}/4242", {"Code": "x", "DefaultName": "X"})
    assert r.status_code == 404


def test_state_endpoint_shows_raw_items(emu):
    g = group(emu)
    raw = emu.state("product_flag_group")
    assert raw[0]["Id"] == g["Id"] and "$id" not in raw[0]


def test_concurrent_writes_are_serialized(emu):
    import concurrent.futures

    token = emu.token  # one token for every thread

    def insert(code):
        session = emu.new_session()
        try:
            r = emu.call("POST", GROUPS, {"Code": code, "DefaultName": code, "IsActive": True},
                         headers=emu.headers(token=token), session=session)
            return r.status_code, (r.json().get("Id") if r.status_code == 200 else None)
        finally:
            session.close()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        distinct = list(pool.map(insert, [f"c{i}" for i in range(40)]))
        same = list(pool.map(insert, ["same"] * 8))
    assert all(status == 200 for status, gid in distinct)
    assert len({gid for status, gid in distinct}) == 40
    assert sorted(status for status, gid in same) == [200] + [400] * 7


def test_a_get_model_sent_back_keeps_inherited_texts_inherited(emu):
    created = group(emu, "inherit", DefaultDescription="Default",
                    Cultures=[{"CultureCode": "sv-SE", "Name": "Grupp"}])
    path = "%s/%d" % (GROUPS, created["Id"])
    shown = emu.ok("GET", path)
    culture = shown["Cultures"][0]
    assert culture["Description"] == "Default" and culture["IsDescriptionInherited"] is True
    emu.ok("PUT", path, dict(shown, DefaultDescription="New default"))
    culture = emu.ok("GET", path)["Cultures"][0]
    assert culture["Description"] == "New default" and culture["IsDescriptionInherited"] is True
    assert culture["Name"] == "Grupp" and culture["IsNameInherited"] is False
