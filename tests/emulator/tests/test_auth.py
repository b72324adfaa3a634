"""OAuth2 client credentials, tokens, the token rate limit, headers, applications, accounts."""

import base64
import json
import time

import pytest

from conftest import problem_fields

LIST = "/api/application/culture"


def _claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_token_success(emu):
    r = emu.token_request()
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["scope"] == "playground"
    claims = _claims(body["access_token"])
    assert claims["client_id"] == emu.info["client_id"]
    assert claims["exp"] - claims["iat"] == 3600
    assert {"scope", "jti"} <= set(claims)


@pytest.mark.parametrize("form, error", [
    ({"client_secret": "wrong"}, "invalid_client"),
    ({"client_id": "nobody"}, "invalid_client"),
    ({"scope": "prod"}, "invalid_scope"),
    ({"grant_type": "password"}, "unsupported_grant_type"),
    ({"grant_type": None}, "invalid_request"),
])
def test_token_errors(emu, form, error):
    r = emu.token_request(**form)
    assert r.status_code == 400
    assert r.json()["error"] == error


def test_token_needs_form_encoding(emu):
    r = emu.http.post(emu.info["token_url"], json={"grant_type": "client_credentials"})
    assert r.status_code == 400 and r.json()["error"] == "invalid_request"


def test_token_rate_limit_burst_then_429(emu):
    answers = [emu.token_request() for attempt in range(21)]
    assert [a.status_code for a in answers[:20]] == [200] * 20
    assert answers[20].status_code == 429
    r = emu.token_request()
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    # The log records the throttled token calls, never a token or a secret.
    log = emu.log()
    assert [e["status"] for e in log[-2:]] == [429, 429]
    text = json.dumps(log)
    assert emu.info["client_secret"] not in text
    assert all(a.json()["access_token"] not in text for a in answers[:20])


def test_token_rate_limit_configurable(emu):
    emu.control("POST", "/settings", {"token_rate_limit": {"per_minute": 60, "burst": 2}})
    assert [emu.token_request().status_code for attempt in range(3)] == [200, 200, 429]
    time.sleep(1.05)  # one token refills per second at 60/min
    assert emu.token_request().status_code == 200
    emu.control("POST", "/settings", {"token_rate_limit": None})
    assert all(emu.token_request().status_code == 200 for attempt in range(25))


def test_missing_token_is_401_with_challenge(emu):
    h = emu.headers()
    del h["Authorization"]
    r = emu.get(LIST, headers=h)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')
    problem_fields(r)


def test_forged_token_is_401(emu):
    header, payload, sig = emu.token.split(".")
    claims = _claims(emu.token)
    claims["exp"] += 10000
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    for token in (f"{header}.{forged}.{sig}", "not-a-jwt", f"{header}.{payload}.AAAA"):
        r = emu.get(LIST, headers=emu.headers(token=token))
        assert r.status_code == 401, token
        assert "invalid_token" in r.headers["WWW-Authenticate"]


def test_expired_token_is_401(emu):
    emu.control("POST", "/settings", {"token_lifetime": 1})
    r = emu.token_request()
    assert r.json()["expires_in"] == 1
    token = r.json()["access_token"]
    assert emu.get(LIST, headers=emu.headers(token=token)).status_code == 200
    time.sleep(1.1)
    r = emu.get(LIST, headers=emu.headers(token=token))
    assert r.status_code == 401 and "expired" in r.headers["WWW-Authenticate"]


def test_expire_tokens_control(emu):
    old = emu.token
    emu.control("POST", "/expire-tokens")
    assert emu.get(LIST, headers=emu.headers(token=old)).status_code == 401
    emu._token = None
    assert emu.get(LIST).status_code == 200  # a new token works


def test_auth_before_header_checks(emu):
    r = emu.get(LIST, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


@pytest.mark.parametrize("name, value", [
    ("application-id", None), ("account-id", None),
    ("application-id", "abc"), ("account-id", "1.5"), ("application-id", ""),
])
def test_bad_headers_are_400(emu, name, value):
    h = emu.headers()
    if value is None:
        del h[name]
    else:
        h[name] = value
    r = emu.get(LIST, headers=h)
    assert r.status_code == 400
    assert name in problem_fields(r)


def test_headers_are_case_insensitive(emu):
    h = {"AUTHORIZATION": f"Bearer {emu.token}", "Application-Id": "1001", "ACCOUNT-ID": "3001"}
    assert emu.get(LIST, headers=h).status_code == 200


def test_client_without_management_resource_is_403(emu):
    r = emu.token_request(client_id=emu.info["no_management_client_id"],
                          client_secret=emu.info["no_management_client_secret"])
    assert r.status_code == 200  # the token is issued; the Management API refuses it
    r = emu.get(LIST, headers=emu.headers(token=r.json()["access_token"]))
    assert r.status_code == 403
    assert "Norce Management" in r.json()["detail"]


@pytest.mark.parametrize("app, account, words", [
    (9999, None, ["Application 9999", "unknown"]),
    (None, "locked", ["locked"]),
    (None, "deleted", ["deleted"]),
    (None, 4242, ["Account 4242", "unknown"]),
    (1002, "other", ["not an account of application 1002"]),
])
def test_application_and_account_checks(emu, app, account, words):
    accounts = {"locked": emu.info["locked_account_id"], "deleted": emu.info["deleted_account_id"],
                "other": emu.info["other_application_account_id"]}
    r = emu.get(LIST, app=app, account=accounts.get(account, account))
    assert r.status_code == 403
    detail = r.json()["detail"]
    for w in words:
        assert w in detail


def test_account_works_on_both_applications(emu):
    for app in (emu.info["application_id"], emu.info["second_application_id"]):
        assert emu.get(LIST, app=app).status_code == 200
