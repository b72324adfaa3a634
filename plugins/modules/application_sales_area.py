#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: application_sales_area
short_description: Manage the sales areas of a Norce Commerce application
version_added: 0.1.0
description:
  - Enables a client sales area (a VAT region) for the application of O(application_id), sets the application's own
    code for it, makes it the primary sales area, or removes it from the application.
  - Only C(Code), C(IsPrimary) and C(IsActive) of an application sales area can be changed through the API; its name
    and VAT codes belong to the client sales area, managed by M(norce.commerce.client_sales_area).
  - The application's primary sales area gives products their VAT rate when a price list names no sales area.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  sales_area:
    description:
      - Code of the client sales area to enable, for example V(SE) (the client sales area's C(Code)), matched without
        regard to case.
      - Stored as the client sales area's id (C(Id)). The client sales area must exist; an unknown code fails before
        anything is written.
    type: str
    required: true
  code:
    description:
      - The application's own external code for the sales area (C(Code), at most 50 characters), for example V(SE) or
        V(44). It may differ from the client sales area's code, and is unique within the application.
    type: str
  primary:
    description:
      - Whether this is the application's primary sales area (C(IsPrimary)).
      - Exactly one active sales area is primary. V(true) moves the flag here from the previous primary sales area
        (the API clears it there).
      - V(false) on the primary sales area fails before anything is written; make another sales area primary instead.
    type: bool
  state:
    description:
      - V(present) enables the sales area for the application, or enables it again after it was removed (the same
        application sales area, C(IsActive=true)).
      - V(absent) removes it from the application with the API's DELETE, which Norce carries out as a soft delete
        (C(IsActive=false)); the client sales area itself stays. The primary sales area cannot be removed; make
        another sales area primary first.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.client_sales_area
  - module: norce.commerce.application_currency
"""

EXAMPLES = r"""
- name: Sell to Norway from this application, known there as 47
  norce.commerce.application_sales_area:
    sales_area: "NO"
    code: "47"

- name: Make Europe the application's primary sales area
  norce.commerce.application_sales_area:
    sales_area: EU
    primary: true

- name: Stop selling to Norway from this application
  norce.commerce.application_sales_area:
    sales_area: "NO"
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
    - The application sales area as the API returned it (in check mode, as it would be), without the serializer's
      C($id) numbers.
    - Empty when O(state=absent) and the application never had the sales area.
  returned: always
  type: dict
  sample:
    Id: 2
    Code: "47"
    Name: Norway
    IsPrimary: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("application_sales_area")


if __name__ == "__main__":
    main()
