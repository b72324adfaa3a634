# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment(object):
    # Connection options shared by every module of the collection.
    DOCUMENTATION = r"""
options:
  api_url:
    description:
      - Base URL of the Norce Commerce Management API, ending in C(/commerce/management/1.0), for example
        C(https://demo.api-se.stage.norce.tech/commerce/management/1.0).
      - Only C(https://) URLs are accepted.
      - If not set, the value of the E(NORCE_API_URL) environment variable is used.
    type: str
    required: true
  token_url:
    description:
      - OAuth2 token endpoint, ending in C(/identity/1.0/connect/token).
      - Needed unless O(access_token) is set.
      - If not set, the value of the E(NORCE_TOKEN_URL) environment variable is used.
    type: str
  client_id:
    description:
      - Client id of the OAuth2 account (Norce Admin, Settings, Users, OAUTH).
      - If not set, the value of the E(NORCE_CLIENT_ID) environment variable is used.
    type: str
  client_secret:
    description:
      - Client secret of the OAuth2 account. Never logged or shown in results.
      - If not set, the value of the E(NORCE_CLIENT_SECRET) environment variable is used.
    type: str
  scope:
    description:
      - OAuth2 scope, the name of the environment (V(playground), V(stage) or V(prod)).
      - If not set, the value of the E(NORCE_SCOPE) environment variable is used.
    type: str
  access_token:
    description:
      - A bearer token obtained elsewhere. When set, no token is requested and the token cache is not used.
      - If not set, the value of the E(NORCE_ACCESS_TOKEN) environment variable is used.
    type: str
  application_id:
    description:
      - Norce id of the application whose settings are read and changed (sent as the C(application-id) header).
      - If not set, the value of the E(NORCE_APPLICATION_ID) environment variable is used.
    type: int
    required: true
  account_id:
    description:
      - Id of the Norce account that changes are recorded under (sent as the C(account-id) header). It must be an
        active account of the application.
      - If not set, the value of the E(NORCE_ACCOUNT_ID) environment variable is used.
    type: int
    required: true
  validate_certs:
    description:
      - Whether to check the server's TLS certificate. Prefer O(ca_path) over V(false) for a private CA.
      - If not set, the value of the E(NORCE_VALIDATE_CERTS) environment variable is used.
    type: bool
    default: true
  ca_path:
    description:
      - PEM file of the CA certificates that the server's certificate is checked against.
      - If not set, the value of the E(NORCE_CA_PATH) environment variable is used.
    type: path
  timeout:
    description:
      - Seconds to wait for each answer from the API.
      - If not set, the value of the E(NORCE_TIMEOUT) environment variable is used.
    type: float
    default: 30
  retries:
    description:
      - How often a GET, PUT or DELETE is repeated after a connection error or a 429, 502, 503 or 504 answer, with
        exponential backoff that honours C(Retry-After).
      - A POST is never repeated blindly; after an unclear failure the item is looked up by its natural key first.
      - If not set, the value of the E(NORCE_RETRIES) environment variable is used.
    type: int
    default: 5
notes:
  - Tokens are cached per user in C(~/.cache/norce.commerce/tokens) (or E(NORCE_TOKEN_CACHE_DIR)), one file per token
    URL, client id, scope and secret, mode 0600 in a 0700 directory, and reused by later tasks and runs until 60 seconds
    before they expire. The client secret is never written there.
requirements:
  - requests
"""
