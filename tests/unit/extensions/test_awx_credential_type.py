# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The AWX credential type: its injectors, rendered as AWX renders them (a Jinja2 sandbox), set the environment
variables the modules read."""

from __future__ import annotations

import os

import pytest
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ansible_collections.norce.commerce.plugins.module_utils._connection import CONNECTION_ARGUMENT_SPEC

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..")
PATH = os.path.join(ROOT, "extensions", "awx", "credential_type_norce_commerce.yml")


@pytest.fixture(scope="module")
def credential_type():
    with open(PATH) as f:
        return yaml.safe_load(f)


def render(credential_type, **inputs):
    sandbox = ImmutableSandboxedEnvironment()
    namespace = dict(inputs, tower={"filename": {"ca": "/runner/env/tmpXYZ"}})
    return dict((var, sandbox.from_string(template).render(**namespace))
                for var, template in credential_type["injectors"]["env"].items())


BASE = dict(client_id="automation", client_secret="s3cret", application_id="1001", account_id="3001")


def test_every_injected_variable_is_one_the_modules_read(credential_type):
    read = set(name for spec in CONNECTION_ARGUMENT_SPEC.values() for name in spec["fallback"][1])
    assert set(credential_type["injectors"]["env"]) <= read
    for needed in ("NORCE_API_URL", "NORCE_TOKEN_URL", "NORCE_CLIENT_ID", "NORCE_CLIENT_SECRET", "NORCE_SCOPE",
                   "NORCE_APPLICATION_ID", "NORCE_ACCOUNT_ID"):
        assert needed in credential_type["injectors"]["env"]


def test_the_secret_is_a_secret_input(credential_type):
    fields = dict((f["id"], f) for f in credential_type["inputs"]["fields"])
    assert fields["client_secret"].get("secret") is True
    assert not any(f.get("secret") for name, f in fields.items() if name != "client_secret")
    assert set(credential_type["inputs"]["required"]) <= set(fields)


@pytest.mark.parametrize("environment, host", [
    ("stage", "demo.api-se.stage.norce.tech"),
    ("playground", "demo.api-se.playground.norce.tech"),
    ("prod", "demo.api-se.norce.tech"),
])
def test_slug_and_environment_derive_both_urls_and_the_scope(credential_type, environment, host):
    env = render(credential_type, slug="demo", environment=environment, **BASE)
    assert env["NORCE_API_URL"] == "https://%s/commerce/management/1.0" % host
    assert env["NORCE_TOKEN_URL"] == "https://%s/identity/1.0/connect/token" % host
    assert env["NORCE_SCOPE"] == environment
    assert (env["NORCE_CLIENT_ID"], env["NORCE_CLIENT_SECRET"]) == ("automation", "s3cret")
    assert (env["NORCE_APPLICATION_ID"], env["NORCE_ACCOUNT_ID"]) == ("1001", "3001")
    assert env["NORCE_CA_PATH"] == ""


def test_explicit_urls_scope_and_ca_win(credential_type):
    env = render(credential_type, slug="demo", environment="stage", scope="custom",
                 api_url="https://127.0.0.1:8443/commerce/management/1.0",
                 token_url="https://127.0.0.1:8443/identity/1.0/connect/token", ca_certificate="-----BEGIN", **BASE)
    assert env["NORCE_API_URL"] == "https://127.0.0.1:8443/commerce/management/1.0"
    assert env["NORCE_TOKEN_URL"] == "https://127.0.0.1:8443/identity/1.0/connect/token"
    assert env["NORCE_SCOPE"] == "custom"
    assert env["NORCE_CA_PATH"] == "/runner/env/tmpXYZ"
