#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: application_currency
short_description: Manage the currencies of a Norce Commerce application
version_added: 0.1.0
description:
  - Adds a currency to the application of O(application_id), makes it the primary currency, or removes it.
  - The currency is named by its ISO 4217 code and found among the client's currencies, which give Norce's id for it
    (C(Id), the currency's system-wide id).
  - Only C(IsPrimary) and C(IsActive) of an application currency can be changed through the API. The exchange rate
    shown with it is the client's and is not managed here.
  - Adding a currency to an application also makes it available to the client (for price lists, rules and
    promotions).
author:
  - norce.commerce contributors (@norce-commerce)
options:
  currency:
    description:
      - ISO 4217 code of the currency, for example V(SEK) or V(EUR), matched without regard to case.
      - It must be a currency Norce knows for the client; an unknown code fails before anything is written.
      - Stored as the currency's Norce id (C(Id)).
    type: str
    required: true
  primary:
    description:
      - Whether this is the application's primary currency (C(IsPrimary)).
      - Exactly one active currency is primary. V(true) moves the flag here from the previous primary currency (the
        API clears it there).
      - V(false) on the primary currency fails before anything is written; make another currency primary instead.
    type: bool
  state:
    description:
      - V(present) adds the currency to the application, or makes it active again after it was removed (the same
        application currency, C(IsActive=true)).
      - V(absent) removes it from the application (Norce's soft delete, C(IsActive=false); Norce keeps it as an
        inactive application currency). The primary currency cannot be removed; make another currency primary
        first.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.application_culture
  - module: norce.commerce.application_sales_area
"""

EXAMPLES = r"""
- name: Offer Danish kroner in the application
  norce.commerce.application_currency:
    currency: DKK

- name: Make euro the primary currency (the previous primary currency stays, no longer primary)
  norce.commerce.application_currency:
    currency: EUR
    primary: true

- name: Stop offering US dollars in the application
  norce.commerce.application_currency:
    currency: USD
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
    - The application currency as the API returned it (in check mode, as it would be), without the serializer's
      C($id) numbers.
    - Empty when O(state=absent) and the application never had the currency.
  returned: always
  type: dict
  sample:
    Id: 4
    Code: DKK
    Name: Danish krone
    IsPrimary: false
    IsActive: true
    ExchangeRate: 0.134
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("application_currency")


if __name__ == "__main__":
    main()
