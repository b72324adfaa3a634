#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: application_country
short_description: Manage the countries of a Norce Commerce application
version_added: 0.1.0
description:
  - Adds a country to the application of O(application_id), makes it the primary country, or removes it.
  - The country is named by Norce's own country id, not by an ISO code. The API's application country holds only
    that id (C(Id), the same for every client and application) and a display name, and the Management API has no
    route that lists the countries Norce knows, so there is nothing to look an ISO code up in.
  - To find a country's id, open the application's countries in Norce Admin, or read the countries an application
    already has (C(GET /api/application/country) returns C(Id) and C(Name) for each).
  - Only C(IsPrimary) and C(IsActive) of an application country can be changed through the API.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  country_id:
    description:
      - Norce's id of the country (C(Id)), for example V(1); the id in the API's path as well.
      - An id Norce does not know is refused by the API when the country is added; nothing is stored then.
    type: int
    required: true
  primary:
    description:
      - Whether this is the application's primary country (C(IsPrimary)).
      - Exactly one active country is primary. V(true) moves the flag here from the previous primary country (the
        API clears it there).
      - V(false) on the primary country fails before anything is written; make another country primary instead.
    type: bool
  state:
    description:
      - V(present) adds the country to the application, or makes it active again after it was removed (the same
        application country, C(IsActive=true)).
      - V(absent) removes it from the application (Norce's soft delete, C(IsActive=false)). The primary country
        cannot be removed; make another country primary first.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.application_culture
  - module: norce.commerce.application_currency
"""

EXAMPLES = r"""
- name: Sell to the country Norce knows by id 4 in the application
  norce.commerce.application_country:
    country_id: 4

- name: Make country 1 the primary country (the previous primary country stays, no longer primary)
  norce.commerce.application_country:
    country_id: 1
    primary: true

- name: Stop selling to country 7
  norce.commerce.application_country:
    country_id: 7
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: create
object:
  description:
    - The application country as the API returned it (in check mode, as it would be), without the serializer's
      C($id) numbers. C(Name) tells which country the id is.
    - Empty when O(state=absent) and the application never had the country.
  returned: always
  type: dict
  sample:
    Id: 4
    Name: Finland
    IsPrimary: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("application_country")


if __name__ == "__main__":
    main()
