"""Injected faults and the request log."""

import time

import pytest
import requests

FLAGGROUP = "/api/product/flaggroup"
PREFIX = "/commerce/management/1.0"


def _group(code="g1"):
    return {"Code": code, "DefaultName": code.upper(), "IsActive": True}


def test_status_fault_then_normal(emu):
    emu.faults([{"method": "GET", "path": "/api/product/flaggroup$", "action": "status",
                 "status": 502, "count": 2}])
    assert [emu.get(FLAGGROUP).status_code for attempt in range(3)] == [502, 502, 200]
    assert emu.control("GET", "/faults")[0]["count"] == 0


@pytest.mark.parametrize("status", [500, 503, 504])
def test_status_fault_statuses(emu, status):
    emu.faults([{"path": "flaggroup", "action": "status", "status": status}])
    assert emu.get(FLAGGROUP).status_code == status


def test_fault_rejects_bad_rules(emu):
    r = emu.http.post(emu.info["control_url"] + "/faults",
                      json=[{"action": "status", "status": 418}])
    assert r.status_code == 400
    r = emu.http.post(emu.info["control_url"] + "/faults", json=[{"action": "explode"}])
    assert r.status_code == 400


def test_throttle_fault_has_retry_after(emu):
    emu.faults([{"path": "flaggroup", "action": "throttle", "retry_after": 7}])
    r = emu.get(FLAGGROUP)
    assert r.status_code == 429 and r.headers["Retry-After"] == "7"


def test_raw_fault_answers_a_body_that_is_not_json(emu):
    emu.faults([{"method": "GET", "path": "flaggroup", "action": "raw", "body": "<html>Gateway</html>",
                 "status": 502, "count": 1},
                {"method": "GET", "path": "flaggroup", "action": "raw", "body": "{\"Id\": 1,",
                 "content_type": "application/json", "count": 1}])
    r = emu.get(FLAGGROUP)
    assert r.status_code == 502 and r.text == "<html>Gateway</html>"
    assert r.headers["Content-Type"].startswith("text/html")
    r = emu.get(FLAGGROUP)
    assert r.status_code == 200 and r.text == '{"Id": 1,' and r.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        r.json()
    assert emu.get(FLAGGROUP).status_code == 200 and emu.get(FLAGGROUP).json() == []
    assert [e["status"] for e in emu.log()[-4:]] == [502, 200, 200, 200]


@pytest.mark.parametrize("rule", [
    {"action": "raw", "status": 99},
    {"action": "raw", "body": 5},
    {"action": "status", "body": "<html/>"},
])
def test_raw_fault_rejects_bad_rules(emu, rule):
    r = emu.http.post(emu.info["control_url"] + "/faults", json=[rule])
    assert r.status_code == 400


def test_latency_fault(emu):
    emu.faults([{"path": "flaggroup", "action": "latency", "latency_ms": 200}])
    t = time.monotonic()
    assert emu.get(FLAGGROUP).status_code == 200
    assert time.monotonic() - t >= 0.2
    t = time.monotonic()
    emu.get(FLAGGROUP)
    assert time.monotonic() - t < 0.2  # count 1 is used up


def test_drop_fault_closes_without_answer(emu):
    emu.faults([{"method": "*", "path": "flaggroup", "action": "drop"}])
    with pytest.raises(requests.ConnectionError):
        emu.get(FLAGGROUP)
    assert emu.get(FLAGGROUP).status_code == 200
    entries = emu.log()
    assert entries[-2]["status"] is None and entries[-1]["status"] == 200


def test_commit_then_fail_applies_the_write(emu):
    emu.faults([{"method": "POST", "path": "flaggroup$", "action": "commit_then_fail",
                 "status": 503}])
    r = emu.post(FLAGGROUP, _group())
    assert r.status_code == 503
    codes = [g["Code"] for g in emu.ok("GET", FLAGGROUP)]
    assert codes == ["g1"]
    # The retry a client would make now meets the duplicate-code rule.
    assert emu.post(FLAGGROUP, _group()).status_code == 400


def test_commit_then_fail_with_drop(emu):
    emu.faults([{"method": "POST", "path": "flaggroup$", "action": "commit_then_fail",
                 "drop": True}])
    with pytest.raises(requests.ConnectionError):
        emu.post(FLAGGROUP, _group())
    assert len(emu.state("product_flag_group")) == 1
    assert emu.log()[-1]["status"] is None


def test_faults_apply_to_token_endpoint(emu):
    emu.faults([{"method": "POST", "path": "/identity/1.0/connect/token", "action": "status",
                 "status": 503}])
    assert emu.token_request().status_code == 503
    assert emu.token_request().status_code == 200


def test_probability_with_seed_is_repeatable(emu):
    def run():
        emu.faults([{"path": "flaggroup", "action": "status", "status": 500, "count": None,
                     "probability": 0.5}], seed=42)
        return [emu.get(FLAGGROUP).status_code for attempt in range(12)]
    first = run()
    assert run() == first
    assert 500 in first and 200 in first


def test_unlimited_count_and_delete_faults(emu):
    emu.faults([{"path": "flaggroup", "action": "status", "count": None}])
    assert [emu.get(FLAGGROUP).status_code for attempt in range(3)] == [503] * 3
    emu.control("DELETE", "/faults")
    assert emu.get(FLAGGROUP).status_code == 200


def test_method_filter(emu):
    emu.faults([{"method": "POST", "path": "flaggroup", "action": "status"}])
    assert emu.get(FLAGGROUP).status_code == 200
    assert emu.post(FLAGGROUP, _group()).status_code == 503


def test_request_log_entries(emu):
    assert emu.token  # the one token request of this test
    emu.get(FLAGGROUP)
    emu.get(FLAGGROUP + "/77")
    emu.get(FLAGGROUP, app=1002)
    h = emu.headers()
    h["account-id"] = "x"
    emu.get(FLAGGROUP, headers=h)
    emu.control("GET", "/state")  # control calls are never logged
    log = emu.log()
    assert log[0] == {"method": "POST", "path": "/identity/1.0/connect/token", "status": 200,
                      "application_id": None, "account_id": None}
    assert log[1:] == [
        {"method": "GET", "path": PREFIX + FLAGGROUP, "status": 200,
         "application_id": 1001, "account_id": 3001},
        {"method": "GET", "path": PREFIX + FLAGGROUP + "/77", "status": 404,
         "application_id": 1001, "account_id": 3001},
        {"method": "GET", "path": PREFIX + FLAGGROUP, "status": 200,
         "application_id": 1002, "account_id": 3001},
        {"method": "GET", "path": PREFIX + FLAGGROUP, "status": 400,
         "application_id": 1001, "account_id": None},
    ]
    assert emu.log(since=3) == log[3:]


def test_query_string_not_in_log_path(emu):
    emu.get(FLAGGROUP + "?x=1")
    assert emu.log()[-1]["path"] == PREFIX + FLAGGROUP


def test_reset_restores_seed_and_clears_log(emu):
    emu.ok("POST", FLAGGROUP, _group())
    emu.faults([{"path": "nothing-matches", "action": "drop"}])
    emu.reset()
    assert emu.log() == []
    assert emu.state("product_flag_group") == []
    assert emu.control("GET", "/faults") == []
