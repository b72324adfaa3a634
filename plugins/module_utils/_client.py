# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The one HTTP client of the collection: URLs, headers, OAuth2 token, retries and error text."""

from __future__ import annotations

import json
import os
import random
import threading
import time

try:
    import requests
    HAS_REQUESTS = True
    REQUESTS_IMPORT_ERROR = None
except ImportError as exc:  # pragma: no cover - reported by the module with missing_required_lib
    requests = None
    HAS_REQUESTS = False
    REQUESTS_IMPORT_ERROR = exc

from ansible_collections.norce.commerce.plugins.module_utils._token_cache import TokenCache, default_cache_dir

# Statuses that mean "not now" rather than "no": retried for idempotent requests.
RETRY_STATUSES = (429, 502, 503, 504)
# GET, PUT and DELETE leave the same state however often they are repeated, so they are retried.
# A POST never is: after an unclear POST the engine re-reads by natural key before deciding.
IDEMPOTENT_METHODS = ("GET", "PUT", "DELETE")
MAX_RETRY_AFTER = 60.0
MAX_BACKOFF = 8.0
TOKEN_WAIT_BUDGET = 120.0


class NorceError(Exception):
    """A failure the user has to read: says what was asked, what came back, and how often we tried."""

    def __init__(self, message, method=None, path=None, status=None, attempts=None, body=None, unclear=False):
        super(NorceError, self).__init__(message)
        self.method = method
        self.path = path
        self.status = status
        self.attempts = attempts
        self.body = body
        # True when the server may have carried out the request although we got no answer saying so.
        self.unclear = unclear

    def details(self):
        return dict((k, v) for k, v in (("method", self.method), ("path", self.path), ("status", self.status),
                                        ("attempts", self.attempts), ("response", self.body)) if v is not None)


def explain(body):
    """The server's own explanation, from an ASP.NET problem-details body or an OAuth error."""
    if isinstance(body, dict):
        parts = []
        for key in ("error", "title", "detail", "error_description"):
            if body.get(key):
                parts.append(str(body[key]))
        errors = body.get("errors")
        if isinstance(errors, dict):
            for field, messages in sorted(errors.items()):
                if not isinstance(messages, list):
                    messages = [messages]
                parts.append("%s: %s" % (field, " ".join(str(m) for m in messages)))
        if parts:
            return "; ".join(parts)
        return json.dumps(body, sort_keys=True)
    if body:
        return str(body)[:500]
    return "no explanation in the response"


class NotJson(str):
    """The text of an answer that does not parse as JSON."""


def _parse(response):
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return NotJson(response.text)


def _plural(n):
    return "attempt" if n == 1 else "attempts"


class NorceClient(object):
    """Calls the Management API for one application and account.

    ``warn`` receives one line per retry, so a slow run says why it is slow.
    """

    def __init__(self, api_url, application_id, account_id, token_url=None, client_id=None,
                 client_secret=None, scope=None, access_token=None, validate_certs=True, ca_path=None,
                 timeout=30, retries=5, backoff=0.5, token_cache_dir=None, warn=None, session=None,
                 sleep=time.sleep):
        for label, url in (("api_url", api_url), ("token_url", token_url)):
            if url and not url.lower().startswith("https://"):
                raise NorceError("%s must be an https:// URL (the Management API is served over HTTPS only), got %r"
                                 % (label, url))
        if not access_token and not (token_url and client_id and client_secret):
            raise NorceError("Either access_token, or token_url, client_id and client_secret are needed to "
                             "authenticate to the Norce Management API.")
        if validate_certs and ca_path and not os.path.isfile(ca_path):
            raise NorceError("ca_path: %r is not a readable file (a PEM bundle of the CA that signed the server's "
                             "certificate)" % (ca_path,))
        self.api_url = api_url.rstrip("/")
        self.application_id = application_id
        self.account_id = account_id
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.warn = warn or (lambda msg: None)
        self.sleep = sleep
        self.session = session or requests.Session()
        # Passed with every request: a session-wide setting would lose to REQUESTS_CA_BUNDLE in the environment.
        self.verify = ca_path if (validate_certs and ca_path) else bool(validate_certs)
        self.fixed_token = access_token
        self.token = access_token
        self.cache = None
        if not access_token:
            self.cache = TokenCache(token_cache_dir or default_cache_dir(), token_url, client_id, client_secret, scope)
        self.request_count = 0
        # The bulk run sends requests from several threads: one of them fetches a token, the others wait.
        self._token_lock = threading.Lock()

    def allow_parallel(self, workers):
        """Lets ``workers`` threads keep a connection each instead of queueing for the pool."""
        adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=max(10, workers))
        self.session.mount("https://", adapter)

    # -- authentication -------------------------------------------------------------------------

    def _fetch_token(self):
        """Client-credentials grant; waits out a 429 according to Retry-After, within a budget."""
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            data = {"grant_type": "client_credentials", "client_id": self.client_id,
                    "client_secret": self.client_secret}
            if self.scope:
                data["scope"] = self.scope
            try:
                response = self.session.post(self.token_url, data=data, timeout=self.timeout, verify=self.verify)
            except requests.exceptions.SSLError as exc:
                raise NorceError(self._tls_message(self.token_url, exc), "POST", self.token_url)
            except requests.exceptions.RequestException as exc:
                if attempt <= self.retries:
                    delay = self._backoff(attempt)
                    self.warn("Token request to %s failed (%s); retrying in %.1f s" % (self.token_url, type(exc).__name__, delay))
                    self.sleep(delay)
                    continue
                raise NorceError("POST %s failed after %d %s: %s" % (self.token_url, attempt, _plural(attempt), type(exc).__name__),
                                 "POST", self.token_url, attempts=attempt)
            body = _parse(response)
            if response.status_code == 200 and isinstance(body, dict) and body.get("access_token"):
                return body["access_token"], body.get("expires_in", 3600)
            if response.status_code in RETRY_STATUSES and attempt <= self.retries:
                delay = self._delay(response, attempt)
                if waited + delay <= TOKEN_WAIT_BUDGET:
                    waited += delay
                    self.warn("Token endpoint answered %d; waiting %.1f s before asking again" % (response.status_code, delay))
                    self.sleep(delay)
                    continue
            hint = ""
            if isinstance(body, dict) and body.get("error") == "invalid_client":
                hint = " (check client_id and client_secret)"
            elif isinstance(body, dict) and body.get("error") == "invalid_scope":
                hint = " (check scope: the environment name, e.g. playground, stage or prod)"
            elif response.status_code == 404:
                hint = " (check token_url: it ends in /identity/1.0/connect/token)"
            raise NorceError("Token request POST %s failed with status %d after %d %s: %s%s"
                             % (self.token_url, response.status_code, attempt, _plural(attempt), explain(body), hint),
                             "POST", self.token_url, response.status_code, attempt, body)

    def _get_token(self):
        if self.fixed_token:
            return self.fixed_token
        with self._token_lock:
            self.token = self.cache.get(self._fetch_token)
            return self.token

    # -- requests -------------------------------------------------------------------------------

    def _backoff(self, attempt):
        delay = min(MAX_BACKOFF, self.backoff * (2 ** (attempt - 1)))
        return delay * (0.75 + random.random() * 0.5)

    def _delay(self, response, attempt):
        retry_after = response.headers.get("Retry-After")
        if retry_after:
            try:
                return min(MAX_RETRY_AFTER, max(0.0, float(retry_after)))
            except ValueError:
                pass
        return self._backoff(attempt)

    @staticmethod
    def _tls_message(url, exc):
        return ("TLS verification of %s failed: %s. Set ca_path to the CA bundle that signed the server's "
                "certificate, or validate_certs=false for a test system you trust." % (url, exc))

    def headers(self, token):
        return {
            "Authorization": "Bearer %s" % token,
            "application-id": str(self.application_id),
            "account-id": str(self.account_id),
            "Accept": "application/json",
        }

    def request(self, method, path, body=None):
        """Sends one API request, retrying where that is safe; returns the parsed JSON answer."""
        url = self.api_url + path
        idempotent = method in IDEMPOTENT_METHODS
        attempt = 0
        reauthenticated = False
        while True:
            attempt += 1
            token = self._get_token()
            self.request_count += 1
            try:
                response = self.session.request(method, url, headers=self.headers(token), json=body,
                                                timeout=self.timeout, verify=self.verify)
            except requests.exceptions.SSLError as exc:
                raise NorceError(self._tls_message(url, exc), method, path, attempts=attempt)
            except requests.exceptions.RequestException as exc:
                if idempotent and attempt <= self.retries:
                    delay = self._backoff(attempt)
                    self.warn("%s %s: %s; retrying in %.1f s (attempt %d of %d)"
                              % (method, path, type(exc).__name__, delay, attempt + 1, self.retries + 1))
                    self.sleep(delay)
                    continue
                raise NorceError("%s %s failed after %d %s: no answer from the server (%s)"
                                 % (method, path, attempt, _plural(attempt), type(exc).__name__),
                                 method, path, attempts=attempt, unclear=True)
            status = response.status_code
            if status == 401 and self.cache and not reauthenticated:
                # The token expired or was revoked early: fetch one new token, once, and repeat. The
                # API refused the request, so even a POST is safe to send again.
                reauthenticated = True
                with self._token_lock:
                    self.cache.invalidate(token)
                attempt -= 1
                continue
            # 429 says the request was not carried out, so even a POST can be sent again.
            if status in RETRY_STATUSES and (idempotent or status == 429) and attempt <= self.retries:
                delay = self._delay(response, attempt)
                self.warn("%s %s answered %d; retrying in %.1f s (attempt %d of %d)"
                          % (method, path, status, delay, attempt + 1, self.retries + 1))
                self.sleep(delay)
                continue
            answer = _parse(response)
            if status >= 400:
                reason = explain(answer) if answer else response.headers.get("WWW-Authenticate") or explain(answer)
                if status == 404:
                    reason += " (if the item exists, check api_url: it ends in /commerce/management/1.0)"
                raise NorceError("%s %s failed with status %d after %d %s: %s"
                                 % (method, path, status, attempt, _plural(attempt), reason),
                                 method, path, status, attempt, answer, unclear=status >= 500 or status == 429)
            if isinstance(answer, NotJson):
                # A sign-in page of a proxy, or JSON cut short: not the Management API's answer.
                raise NorceError("%s %s answered %d with a body that is not JSON (%s): %r; check api_url"
                                 % (method, path, status, response.headers.get("Content-Type", "no content type"),
                                    answer[:200]), method, path, status, attempt, answer[:200],
                                 unclear=method not in IDEMPOTENT_METHODS)
            return answer

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, body):
        return self.request("POST", path, body)

    def put(self, path, body):
        return self.request("PUT", path, body)

    def delete(self, path):
        return self.request("DELETE", path)
