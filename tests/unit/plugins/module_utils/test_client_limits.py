# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A server's Retry-After is honoured, but never without bounds (integration: the faults target)."""

from __future__ import annotations

import pytest

from ansible_collections.norce.commerce.plugins.module_utils._client import (
    MAX_RETRY_AFTER,
    TOKEN_WAIT_BUDGET,
    NorceError,
)

from .test_client import Reply, Session, client


@pytest.fixture
def cache_dir(tmp_path):
    return str(tmp_path / "cache" / "tokens")


def test_a_token_retry_after_of_an_hour_waits_the_cap(cache_dir):
    sleeps = []
    session = Session([Reply(200, {})], token_replies=[Reply(429, {"error": "rate_limited"}, {"Retry-After": "3600"})])
    client(session, cache_dir, sleeps).get("/api/x")
    assert sleeps == [MAX_RETRY_AFTER] and session.token_calls == 2


def test_an_endless_token_429_stops_within_the_budget(cache_dir):
    sleeps = []
    throttled = [Reply(429, {"error": "rate_limited"}, {"Retry-After": "50"}) for attempt in range(10)]
    session = Session([], token_replies=throttled)
    with pytest.raises(NorceError) as err:
        client(session, cache_dir, sleeps, retries=5).get("/api/x")
    assert sum(sleeps) <= TOKEN_WAIT_BUDGET and sleeps == [50.0, 50.0]
    assert session.token_calls == 3 and err.value.attempts == 3 and err.value.status == 429
    assert "failed with status 429 after 3 attempts" in str(err.value)


def test_an_api_retry_after_of_an_hour_waits_the_cap(cache_dir):
    sleeps = []
    session = Session([Reply(503, None, {"Retry-After": "3600"}), Reply(200, [])])
    assert client(session, cache_dir, sleeps).get("/api/x") == []
    assert sleeps == [MAX_RETRY_AFTER] and len(session.calls) == 2
