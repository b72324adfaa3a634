# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Connection options, defined once for every module (documented in doc_fragments/connection.py)."""

from __future__ import annotations

from ansible.module_utils.basic import env_fallback

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceClient


def _env(*names):
    return (env_fallback, list(names))


CONNECTION_ARGUMENT_SPEC = {
    "api_url": {"type": "str", "required": True, "fallback": _env("NORCE_API_URL")},
    "token_url": {"type": "str", "no_log": False, "fallback": _env("NORCE_TOKEN_URL")},
    "client_id": {"type": "str", "fallback": _env("NORCE_CLIENT_ID")},
    "client_secret": {"type": "str", "no_log": True, "fallback": _env("NORCE_CLIENT_SECRET")},
    "scope": {"type": "str", "fallback": _env("NORCE_SCOPE")},
    "access_token": {"type": "str", "no_log": True, "fallback": _env("NORCE_ACCESS_TOKEN")},
    "application_id": {"type": "int", "required": True, "fallback": _env("NORCE_APPLICATION_ID")},
    "account_id": {"type": "int", "required": True, "fallback": _env("NORCE_ACCOUNT_ID")},
    "validate_certs": {"type": "bool", "default": True, "fallback": _env("NORCE_VALIDATE_CERTS")},
    "ca_path": {"type": "path", "fallback": _env("NORCE_CA_PATH")},
    "timeout": {"type": "float", "default": 30, "fallback": _env("NORCE_TIMEOUT")},
    "retries": {"type": "int", "default": 5, "fallback": _env("NORCE_RETRIES")},
}


def client_from_params(params, warn=None):
    """A client for the connection options in ``params`` (module params or lookup options)."""
    if params.get("validate_certs") is False and warn:
        warn("validate_certs=false: the server's TLS certificate is not checked. Use ca_path instead "
             "for a server whose certificate is signed by a private CA.")
    return NorceClient(
        api_url=params["api_url"],
        token_url=params.get("token_url"),
        client_id=params.get("client_id"),
        client_secret=params.get("client_secret"),
        scope=params.get("scope"),
        access_token=params.get("access_token"),
        application_id=params["application_id"],
        account_id=params["account_id"],
        validate_certs=params.get("validate_certs", True),
        ca_path=params.get("ca_path"),
        timeout=params.get("timeout") or 30,
        retries=params.get("retries") if params.get("retries") is not None else 5,
        warn=warn,
    )
