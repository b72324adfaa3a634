# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
name: resource
short_description: Read items of a Norce Commerce resource, in the terms the modules use
version_added: 0.1.0
description:
  - Reads one item, or all items, of a resource that a module of this collection manages, for playbooks and templates
    that need a value Norce holds (a price list's currency, the codes of the flags in a group, the primary culture).
  - A term is the name of a resource, which is the name of its module without the collection prefix, for example
    V(product_flag) or V(price_list). Several terms return the items of each, one after the other.
  - Items come back with the options of that module as keys, in the same terms the module takes (references by code,
    choices by name, texts of the default culture plus O(norce.commerce.product_flag#module:translations)), so that
    an item can be passed back to the module as it is. With O(output=api) the API's own model is returned instead.
  - Only reads; it never changes anything, and it works the same in check mode.
  - The connection options are the ones every module of the collection takes, with the same environment variables;
    an AWX credential or a CI secret that sets them serves the modules and this lookup alike. Tokens come from, and
    go to, the same token cache as the modules' tokens.
  - C(module_defaults) does not apply to lookups; pass the connection options as keyword arguments (for example
    C(**norce_connection) from a dictionary variable) or through the environment variables.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  _terms:
    description:
      - Names of the resources to read, such as V(product_flag), V(category) or V(application).
    type: list
    elements: str
    required: true
  key:
    description:
      - 'Which item to read. A dictionary of the key options of the resource and their values, for example
        V({"code": "news"}) for a product flag, V({"parametric": "color", "code": "red"}) for a parametric value, or
        V({"group": "price", "code": "rrp"}) for a product info type. For a resource found by one option, the value
        alone will do (V(news)).'
      - 'Without the key, or with only the options that name the parent (V({"parametric": "color"})), all items are
        returned as a list. A resource that lives under a parent needs the options of the parent to be listed.'
      - The application (V(application)) has no key; it is the application of O(application_id).
    type: raw
  include_inactive:
    description:
      - Whether deactivated (soft-deleted) items count. By default they are left out of lists, and a key that names
        only a deactivated item is treated as missing.
      - Every item of a resource that can be deactivated carries C(state), V(present) or V(absent).
    type: bool
    default: false
  missing:
    description:
      - What happens when O(key) names an item that does not exist.
      - V(error) fails the task, naming the resource and the key.
      - V(skip) returns no item for that term (an empty list with C(query())).
    type: str
    choices: [error, skip]
    default: error
  output:
    description:
      - V(options) returns each item as module options (codes, not ids; server-managed fields left out).
      - V(api) returns the API's model as Norce sends it (ids, C(Changed), C(ChangedBy) and all), for a tool that needs
        an id.
    type: str
    choices: [options, api]
    default: options
  api_url:
    description:
      - Base URL of the Norce Commerce Management API, ending in C(/commerce/management/1.0). Only C(https://) URLs are
        accepted.
    type: str
    required: true
    env:
      - name: NORCE_API_URL
  token_url:
    description:
      - OAuth2 token endpoint, ending in C(/identity/1.0/connect/token). Needed unless O(access_token) is set.
    type: str
    env:
      - name: NORCE_TOKEN_URL
  client_id:
    description:
      - Client id of the OAuth2 account.
    type: str
    env:
      - name: NORCE_CLIENT_ID
  client_secret:
    description:
      - Client secret of the OAuth2 account. It is never written to the token cache.
    type: str
    env:
      - name: NORCE_CLIENT_SECRET
  scope:
    description:
      - OAuth2 scope, the name of the environment (V(playground), V(stage) or V(prod)).
    type: str
    env:
      - name: NORCE_SCOPE
  access_token:
    description:
      - A bearer token obtained elsewhere; no token is requested and the token cache is not used.
    type: str
    env:
      - name: NORCE_ACCESS_TOKEN
  application_id:
    description:
      - Norce id of the application to read (the C(application-id) header). Application settings such as cultures
        and currencies are those of this application.
    type: int
    required: true
    env:
      - name: NORCE_APPLICATION_ID
  account_id:
    description:
      - Id of an active account of the application (the C(account-id) header; Norce wants it on reads too).
    type: int
    required: true
    env:
      - name: NORCE_ACCOUNT_ID
  validate_certs:
    description:
      - Whether to check the server's TLS certificate. Prefer O(ca_path) for a private CA.
    type: bool
    default: true
    env:
      - name: NORCE_VALIDATE_CERTS
  ca_path:
    description:
      - PEM file of the CA certificates that the server's certificate is checked against.
    type: path
    env:
      - name: NORCE_CA_PATH
  timeout:
    description:
      - Seconds to wait for each answer from the API.
    type: float
    default: 30
    env:
      - name: NORCE_TIMEOUT
  retries:
    description:
      - How often a read is repeated after a connection error or a 429, 502, 503 or 504 answer, with exponential
        backoff that honours C(Retry-After).
    type: int
    default: 5
    env:
      - name: NORCE_RETRIES
notes:
  - Each call reads the lists it needs once (a resource's list, and the lists of the resources its references name,
    to turn ids into codes); a template that calls the lookup in a loop reads them on every call. Read a whole list
    once with C(query()) and pick from it when you need many items.
  - Tokens are cached as the modules cache them (C(~/.cache/norce.commerce/tokens) or E(NORCE_TOKEN_CACHE_DIR)).
seealso:
  - module: norce.commerce.product_flag
  - module: norce.commerce.price_list
requirements:
  - requests
"""

EXAMPLES = r"""
# The connection comes from the NORCE_* environment variables (an AWX credential, a CI secret).
- name: Currency of the standard price list
  ansible.builtin.debug:
    msg: "{{ lookup('norce.commerce.resource', 'price_list', key='standard').currency }}"

- name: Codes of the active flags in the campaign group
  ansible.builtin.debug:
    msg: "{{ query('norce.commerce.resource', 'product_flag') | selectattr('group', 'equalto', 'campaign')
             | map(attribute='code') | list }}"

- name: Values of the color parametric, deactivated ones too
  ansible.builtin.set_fact:
    color_values: "{{ query('norce.commerce.resource', 'parametric_value', key={'parametric': 'color'},
                            include_inactive=true) }}"

- name: The primary culture of the application
  ansible.builtin.set_fact:
    primary_culture: "{{ (query('norce.commerce.resource', 'application_culture')
                          | selectattr('primary') | first).culture }}"

- name: An item that may not exist yet
  ansible.builtin.debug:
    msg: "{{ lookup('norce.commerce.resource', 'warehouse', key='central', missing='skip') or 'no warehouse central' }}"

# Connection options as keyword arguments, from one dictionary variable.
- name: Name of the application, with explicit connection options
  vars:
    norce_connection:
      api_url: https://demo.api-se.stage.norce.tech/commerce/management/1.0
      token_url: https://demo.api-se.stage.norce.tech/identity/1.0/connect/token
      client_id: "{{ vault_norce_client_id }}"
      client_secret: "{{ vault_norce_client_secret }}"
      scope: stage
      application_id: 1001
      account_id: 3001
  ansible.builtin.debug:
    msg: "{{ lookup('norce.commerce.resource', 'application', **norce_connection).name }}"
"""

RETURN = r"""
_raw:
  description:
    - The items read. With O(key) naming one item, that item; otherwise every item of the resource (under the parent
      that O(key) names). C(lookup()) returns a single item as a dictionary, so use
      C(query()) for lists.
    - With O(output=options), each item has the options of the resource's module, and C(state) for a resource that can
      be deactivated.
  type: list
  elements: dict
"""

import os

from ansible.errors import AnsibleLookupError
from ansible.module_utils.common.text.converters import to_native
from ansible.plugins.lookup import LookupBase
from ansible.utils.display import Display

from ansible_collections.norce.commerce.plugins.module_utils._client import HAS_REQUESTS, NorceError
from ansible_collections.norce.commerce.plugins.module_utils._connection import (
    CONNECTION_ARGUMENT_SPEC,
    client_from_params,
)
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

display = Display()


def key_options(resource, key):
    """The key the user gave, as {option: value}; a plain value stands for a one-option key."""
    if key is None:
        return {}
    if not isinstance(key, dict):
        if len(resource.key) != 1:
            raise AnsibleLookupError("key: a %s is found by %s; give key as a dictionary of them, got %r"
                                     % (resource.title, " and ".join(resource.key) or "nothing", key))
        return {resource.key[0]: key}
    unknown = sorted(set(key) - set(resource.key))
    if unknown:
        raise AnsibleLookupError("key: %s is not a key option of %s; the key options are: %s"
                                 % (", ".join(unknown), resource.name, ", ".join(resource.key) or "none"))
    return dict((option, value) for option, value in key.items() if value is not None)


def item_options(engine, resource, item, given):
    """One API item as the options of the resource's module (codes, choice names, texts, translations)."""
    result = {}
    for option in list(resource.key) + [f.option for f in resource.fields if f.option not in resource.key]:
        value = engine.option_value(resource, item, option)
        if value is None and option in given:
            # A parent's option is in the path, not always in the model.
            value = given[option]
        result[option] = value
    for option in resource.localized:
        result[option] = engine.option_value(resource, item, option)
    if resource.localized:
        result["translations"] = engine.option_value(resource, item, "translations")
    if resource.has_state and resource.active_field:
        result["state"] = "present" if engine.is_active(resource, item) else "absent"
    return result


def read(engine, resource, key, include_inactive=False, missing="error"):
    """The API items of ``resource`` that ``key`` selects: one item for a full key, a list otherwise."""
    given = key_options(resource, key)
    if resource.singleton:
        return [engine.read_singleton(resource)], given
    parents = [f.option for f in resource.path_fields]
    absent = [option for option in parents if option not in given]
    if absent:
        raise AnsibleLookupError("key: a %s belongs to a %s; set %s in key to read %s items"
                                 % (resource.title, " and ".join(absent), " and ".join(absent), resource.name))
    engine.siblings, engine.siblings_resource = given, resource
    scope = engine.scope_of(resource, given, allow_inactive=include_inactive)
    if resource.whole_list:
        # The rows under the parent are one value (a price list's pricing rules), as the module sees them.
        return [engine.whole_list(resource, scope)], given
    inventory = engine.inventory(resource, scope)
    if all(option in given for option in resource.key):
        item = inventory.find(resource.key_of_options(given), engine)
        if item is not None and (include_inactive or engine.is_active(resource, item)):
            return [item], given
        if missing == "skip":
            return [], given
        raise AnsibleLookupError("%s %s does not exist%s" % (
            resource.title, "/".join(str(given[o]) for o in resource.key),
            " (it is deactivated; include_inactive=true reads it)" if item is not None else ""))
    # Where the list leaves fields out (a promotion's requirements), each item is read in full.
    return [inventory.full_item(i) for i in inventory.all() if include_inactive or engine.is_active(resource, i)], given


class LookupModule(LookupBase):

    def run(self, terms, variables=None, **kwargs):
        self.set_options(var_options=variables, direct=kwargs)
        if not HAS_REQUESTS:
            raise AnsibleLookupError("the norce.commerce.resource lookup needs the Python library requests on the "
                                     "controller")
        names = [to_native(t) for t in terms]
        unknown = [n for n in names if n not in RESOURCES]
        if unknown or not names:
            raise AnsibleLookupError("unknown resource %s; the resources are: %s"
                                     % (", ".join(repr(n) for n in unknown) or "(none given)",
                                        ", ".join(sorted(RESOURCES))))
        params = {}
        for option in CONNECTION_ARGUMENT_SPEC:
            value, origin = self.get_option_and_origin(option)
            # An environment variable set to "" (an AWX credential field left empty) counts as not set, as it
            # does for the modules; Ansible would turn an empty path into the current directory.
            if str(origin).startswith("env:") and os.environ.get(str(origin)[4:].strip()) == "":
                value = CONNECTION_ARGUMENT_SPEC[option].get("default")
            params[option] = value
        try:
            client = client_from_params(params, warn=display.warning)
            engine = Engine(client, RESOURCES, check_mode=False)
            results = []
            for name in names:
                resource = RESOURCES[name]
                items, given = read(engine, resource, self.get_option("key"),
                                    include_inactive=self.get_option("include_inactive"),
                                    missing=self.get_option("missing"))
                if self.get_option("output") == "api":
                    results.extend(items)
                else:
                    results.extend(item_options(engine, resource, item, given) for item in items)
        except NorceError as exc:
            raise AnsibleLookupError(to_native(exc))
        return results
