"""Fixtures: one emulator per test session (per xdist worker), reset before every test, and a
small client that knows the token, the headers and how to check answers against the contract."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
import requests
import yaml
from openapi_schema_validator import OAS30ReadValidator

HERE = os.path.dirname(os.path.abspath(__file__))
EMULATOR_DIR = os.path.dirname(HERE)
RUN = os.path.join(EMULATOR_DIR, "run.py")
CONTRACT = os.path.join(EMULATOR_DIR, "contract", "openapi.yaml")
API_PREFIX = "/commerce/management/1.0"

sys.path.insert(0, EMULATOR_DIR)


def start_emulator(directory, *args, timeout=10.0):
    """Start run.py as its own process; return (process, ready-file contents)."""
    ready = os.path.join(str(directory), f"ready-{time.monotonic_ns()}.json")
    proc = subprocess.Popen(
        [sys.executable, RUN, "--port", "0", "--ready-file", ready, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    while not os.path.exists(ready):
        if proc.poll() is not None:
            raise RuntimeError(f"emulator exited: {proc.stderr.read().decode()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("emulator did not become ready")
        time.sleep(0.02)
    with open(ready) as fh:
        return proc, json.load(fh)


def stop_emulator(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


class Emulator:
    """A client for one running emulator."""

    def __init__(self, info):
        self.info = info
        self.http = self.new_session()
        self._token = None

    def new_session(self):
        s = requests.Session()
        s.trust_env = False  # REQUESTS_CA_BUNDLE would otherwise override verify
        s.verify = self.info["ca_path"] or False
        return s

    # --- control API ---
    def control(self, method, path, body=None):
        r = self.http.request(method, self.info["control_url"] + path, json=body, timeout=10)
        assert r.status_code == 200, r.text
        return r.json()

    def reset(self):
        self.control("POST", "/reset")
        self._token = None

    def log(self, since=0):
        return self.control("GET", f"/requests?since={since}")

    def state(self, collection):
        return self.control("GET", f"/state?collection={collection}")[collection]

    def faults(self, rules, seed=None):
        body = {"rules": rules} if seed is None else {"seed": seed, "rules": rules}
        return self.control("POST", "/faults", body)

    # --- OAuth ---
    def token_request(self, session=None, **form):
        data = {"grant_type": "client_credentials", "client_id": self.info["client_id"],
                "client_secret": self.info["client_secret"], "scope": self.info["scope"]}
        data.update(form)
        data = {k: v for k, v in data.items() if v is not None}
        return (session or self.http).post(self.info["token_url"], data=data, timeout=10)

    @property
    def token(self):
        if self._token is None:
            r = self.token_request()
            assert r.status_code == 200, r.text
            self._token = r.json()["access_token"]
        return self._token

    # --- Management API ---
    def headers(self, app=None, account=None, token=None):
        h = {"Authorization": f"Bearer {token or self.token}",
             "application-id": str(app or self.info["application_id"]),
             "account-id": str(account or self.info["account_id"])}
        return h

    def call(self, method, path, body=None, app=None, account=None, headers=None, raw=None,
             session=None):
        h = self.headers(app, account) if headers is None else headers
        kwargs = {"json": body} if raw is None else {"data": raw}
        if raw is not None:
            h = dict(h, **{"Content-Type": "application/json"})
        return (session or self.http).request(
            method, self.info["api_url"] + path, headers=h, timeout=10, **kwargs)

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, body, **kw):
        return self.call("POST", path, body, **kw)

    def put(self, path, body, **kw):
        return self.call("PUT", path, body, **kw)

    def delete(self, path, **kw):
        return self.call("DELETE", path, **kw)

    def ok(self, method, path, body=None, **kw):
        r = self.call(method, path, body, **kw)
        assert r.status_code == 200, f"{method} {path}: {r.status_code} {r.text}"
        return r.json() if r.content else None


class ContractChecker:
    """Validates answers against the contract with jsonschema (independent of the emulator's
    own validator)."""

    def __init__(self):
        with open(CONTRACT) as fh:
            self.doc = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        self.components = self.doc.get("components", {})
        self._validators = {}

    def operation(self, method, template):
        return self.doc["paths"][template][method.lower()]

    def validator(self, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            self._validators[key] = OAS30ReadValidator(
                dict(schema, components=self.components))
        return self._validators[key]

    def response_schema(self, method, template, status):
        op = self.operation(method, template)
        resp = op["responses"].get(str(status))
        if resp is None:
            return None
        while "$ref" in resp:
            resp = self.components["responses"][resp["$ref"].rsplit("/", 1)[-1]]
        content = resp.get("content") or {}
        media = content.get("application/json")
        return media.get("schema") if media else None

    def check(self, method, template, response):
        """Assert the status is documented and the body fits its schema."""
        op = self.operation(method, template)
        assert str(response.status_code) in op["responses"], (
            f"{method} {template}: status {response.status_code} not in the contract")
        schema = self.response_schema(method, template, response.status_code)
        if schema is None:
            return None
        body = response.json()
        errors = sorted(self.validator(schema).iter_errors(body), key=str)
        assert not errors, f"{method} {template}: {errors[0].message} at {list(errors[0].path)}"
        return body


@pytest.fixture(scope="session")
def emulator_process(tmp_path_factory):
    proc, info = start_emulator(tmp_path_factory.mktemp("emulator"))
    yield proc, info
    stop_emulator(proc)


@pytest.fixture(scope="session")
def _emulator(emulator_process):
    return Emulator(emulator_process[1])


@pytest.fixture
def emu(_emulator):
    _emulator.reset()
    return _emulator


@pytest.fixture(scope="session")
def contract():
    return ContractChecker()


def problem_fields(response):
    body = response.json()
    assert body["status"] == response.status_code
    assert "title" in body and "type" in body
    return body.get("errors") or {}
