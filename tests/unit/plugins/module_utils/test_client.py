# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import json
import os
import stat
import threading

import pytest
import requests

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceClient, NorceError
from ansible_collections.norce.commerce.plugins.module_utils._token_cache import TokenCache

API = "https://norce.test/commerce/management/1.0"
TOKEN_URL = "https://norce.test/identity/1.0/connect/token"
SECRET = "s3cr3t-value-never-shown"


class Reply(object):
    def __init__(self, status, body=None, headers=None):
        self.status_code = status
        self.headers = headers or {}
        self.content = b"" if body is None else json.dumps(body).encode()

    def json(self):
        return json.loads(self.content)


class Session(object):
    """Answers API calls from a script (a list of Reply or exceptions) and issues numbered tokens."""

    def __init__(self, script=(), token_replies=()):
        self.script = list(script)
        self.token_replies = list(token_replies)
        self.calls = []
        self.token_calls = 0
        self.verify = None

    def post(self, url, data=None, timeout=None, verify=None):
        assert url == TOKEN_URL and data["client_secret"] == SECRET
        self.token_calls += 1
        if self.token_replies:
            return self.token_replies.pop(0)
        return Reply(200, {"access_token": "token-%d" % self.token_calls, "expires_in": 3600})

    def request(self, method, url, headers=None, json=None, timeout=None, verify=None):
        self.calls.append((method, url[len(API):], headers["Authorization"]))
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


@pytest.fixture
def cache_dir(tmp_path):
    return str(tmp_path / "cache" / "tokens")


def client(session, cache_dir, sleeps=None, **kwargs):
    options = dict(api_url=API, application_id=1001, account_id=3001, token_url=TOKEN_URL, client_id="ansible",
                   client_secret=SECRET, scope="playground", token_cache_dir=cache_dir, session=session,
                   retries=3, sleep=(sleeps.append if sleeps is not None else (lambda s: None)))
    options.update(kwargs)
    return NorceClient(**options)


def test_headers_and_json(cache_dir):
    session = Session([Reply(200, [{"Id": 1}])])
    assert client(session, cache_dir).get("/api/product/flag") == [{"Id": 1}]
    assert session.calls == [("GET", "/api/product/flag", "Bearer token-1")]


def test_get_retries_and_honours_retry_after(cache_dir):
    sleeps = []
    session = Session([Reply(503), Reply(429, headers={"Retry-After": "7"}), requests.ConnectionError("reset"),
                       Reply(200, {"Id": 1})])
    warnings = []
    result = client(session, cache_dir, sleeps, warn=warnings.append).get("/api/product/flag/1")
    assert result == {"Id": 1}
    assert len(session.calls) == 4
    assert sleeps[1] == 7.0
    assert 0 < sleeps[0] < 1 and sleeps[2] > sleeps[0]
    assert len(warnings) == 3 and "answered 503" in warnings[0]


def test_retries_are_bounded_and_reported(cache_dir):
    session = Session([Reply(503, {"title": "Service Unavailable"})] * 4)
    with pytest.raises(NorceError) as err:
        client(session, cache_dir).put("/api/product/flag/1", {"Id": 1})
    message = str(err.value)
    assert message == "PUT /api/product/flag/1 failed with status 503 after 4 attempts: Service Unavailable"
    assert err.value.attempts == 4


@pytest.mark.parametrize("failure", [Reply(503), Reply(502), requests.ConnectionError("dropped")])
def test_post_is_never_retried(cache_dir, failure):
    session = Session([failure, Reply(200, {"Id": 5})])
    with pytest.raises(NorceError) as err:
        client(session, cache_dir).post("/api/product/flag", {"Code": "x"})
    assert err.value.unclear is True
    assert len(session.calls) == 1


def test_post_answered_429_is_sent_again_after_retry_after(cache_dir):
    # 429 says the server did not carry the request out, so repeating a POST cannot duplicate it.
    sleeps = []
    session = Session([Reply(429, headers={"Retry-After": "2"}), Reply(200, {"Id": 5})])
    assert client(session, cache_dir, sleeps).post("/api/product/flag", {"Code": "x"}) == {"Id": 5}
    assert len(session.calls) == 2 and sleeps == [2.0]


def test_threads_share_one_token_fetch(cache_dir):
    session = Session([Reply(200, {"Id": n}) for n in range(8)])
    shared = client(session, cache_dir)
    threads = [threading.Thread(target=shared.get, args=("/api/product/flag",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert session.token_calls == 1 and len(session.calls) == 8


def test_validation_error_text_names_method_path_status_and_fields(cache_dir):
    problem = {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "status": 400,
               "title": "One or more validation errors occurred.",
               "errors": {"GroupId": ["No flag group with id 99."], "Code": ["Required."]}}
    session = Session([Reply(400, problem)])
    with pytest.raises(NorceError) as err:
        client(session, cache_dir).post("/api/product/flag", {"GroupId": 99})
    assert str(err.value) == ("POST /api/product/flag failed with status 400 after 1 attempt: One or more validation "
                              "errors occurred.; Code: Required.; GroupId: No flag group with id 99.")
    assert err.value.unclear is False


def test_401_fetches_a_new_token_once(cache_dir):
    session = Session([Reply(401), Reply(200, {"Id": 1}), Reply(401), Reply(401)])
    c = client(session, cache_dir)
    assert c.get("/api/x/1") == {"Id": 1}
    assert [call[2] for call in session.calls] == ["Bearer token-1", "Bearer token-2"]
    with pytest.raises(NorceError) as err:
        c.get("/api/x/1")
    assert err.value.status == 401
    assert session.token_calls == 3


def test_token_is_cached_across_clients_and_files_are_private(cache_dir):
    for dummy in range(3):
        session = Session([Reply(200, {})])
        client(session, cache_dir).get("/api/x")
    assert session.token_calls == 0  # the third client found the first one's token
    assert stat.S_IMODE(os.stat(cache_dir).st_mode) == 0o700
    files = [f for f in os.listdir(cache_dir) if f.endswith(".json")]
    assert len(files) == 1
    path = os.path.join(cache_dir, files[0])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path) as f:
        content = f.read()
    assert SECRET not in content and "token-1" in content


def test_a_wrong_secret_never_gets_a_cached_token(cache_dir):
    client(Session([Reply(200, {})]), cache_dir).get("/api/x")
    other = TokenCache(cache_dir, TOKEN_URL, "ansible", "wrong", "playground")
    assert other.get(lambda: ("fresh", 3600)) == "fresh"


def test_token_is_refetched_shortly_before_expiry(cache_dir):
    now = [1000.0]
    cache = TokenCache(cache_dir, TOKEN_URL, "ansible", SECRET, "playground", clock=lambda: now[0])
    fetched = []

    def fetch():
        fetched.append(1)
        return "t%d" % len(fetched), 3600
    assert cache.get(fetch) == "t1"
    now[0] += 3600 - 61
    assert cache.get(fetch) == "t1"
    now[0] += 2
    assert cache.get(fetch) == "t2"


def test_token_endpoint_429_is_waited_out(cache_dir):
    sleeps = []
    session = Session([Reply(200, {})], token_replies=[Reply(429, {"error": "rate_limited"}, {"Retry-After": "3"})])
    client(session, cache_dir, sleeps).get("/api/x")
    assert sleeps == [3.0] and session.token_calls == 2


def test_wrong_secret_error_hints_and_hides_the_secret(cache_dir):
    session = Session([], token_replies=[Reply(400, {"error": "invalid_client"})])
    with pytest.raises(NorceError) as err:
        client(session, cache_dir).get("/api/x")
    assert "invalid_client" in str(err.value) and "check client_id and client_secret" in str(err.value)
    assert SECRET not in str(err.value) and SECRET not in repr(err.value.details())


@pytest.mark.parametrize("field", ["api_url", "token_url"])
def test_plain_http_is_refused(cache_dir, field):
    with pytest.raises(NorceError) as err:
        client(Session(), cache_dir, **{field: "http://norce.test/x"})
    assert "%s must be an https:// URL" % field in str(err.value)


def test_access_token_bypasses_the_cache(cache_dir):
    session = Session([Reply(200, {})])
    client(session, cache_dir, access_token="given", client_secret=None).get("/api/x")
    assert session.calls[0][2] == "Bearer given" and session.token_calls == 0
    assert not os.path.exists(cache_dir)
