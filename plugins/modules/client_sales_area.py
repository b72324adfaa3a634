#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: client_sales_area
short_description: Manage the sales areas of a Norce Commerce client and their VAT codes
version_added: 0.1.0
description:
  - Creates or updates a sales area (a VAT region) of the client, found by its code, with its VAT codes and its
    primary VAT code.
  - A client sales area is shared by every application of the client; a change shows in every application that has
    it enabled. M(norce.commerce.application_sales_area) enables it for an application.
  - The API lets you change every field of a client sales area (C(Code), C(Name), C(IsPrimary), C(VatCodes) and
    C(PrimaryVatCodeId)); this module sets all of them but C(Code), which identifies the sales area. A PUT replaces
    the whole model, so the module always sends the rest of the sales area as Norce holds it.
  - Only the options you set are compared and changed; the rest of the sales area is left as it is.
  - The API cannot remove a sales area, so O(state=absent) is refused.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the sales area, its identifier (C(Code), at most 50 characters), for example V(SE). Matched without
        regard to case.
    type: str
    required: true
  name:
    description:
      - Name of the sales area (C(Name), at most 255 characters).
    type: str
  primary:
    description:
      - Whether this is the client's primary (default) sales area (C(IsPrimary)).
      - Exactly one client sales area is primary. V(true) moves the flag here from the previous primary sales area.
      - V(false) on the primary sales area fails before anything is written; make another sales area primary instead.
      - A new sales area is not primary unless this is V(true).
    type: bool
  vat_codes:
    description:
      - The VAT codes of the sales area (C(VatCodes)); a sales area has at least one.
      - Compared as a set keyed by O(vat_codes[].name); the order of the list does not matter, and reordering it is no
        change.
      - A VAT code that the list no longer names is removed from the sales area (VAT codes have no soft delete).
      - A new VAT code gets the next free C(Id) within the sales area and needs O(vat_codes[].value); a listed one
        keeps its C(Id).
      - Within a listed VAT code, only the sub-options given are compared and changed.
    type: list
    elements: dict
    suboptions:
      name:
        description:
          - Name of the VAT code (C(Name), at most 255 characters), for example V(25%). Identifies it within the sales
            area.
        type: str
        required: true
      value:
        description:
          - VAT rate in percent (C(Value)), for example V(25).
        type: float
  primary_vat_code:
    description:
      - The name of the sales area's default VAT code, one of O(vat_codes[].name) (stored as its id,
        C(PrimaryVatCodeId)). Products use it unless a category or product sets another.
      - A name that is not one of the sales area's VAT codes (after O(vat_codes) is applied) fails before anything is
        written.
      - When O(vat_codes) drops the current primary VAT code, set this option too; the API refuses a sales area whose
        primary VAT code is not one of its VAT codes.
    type: str
  state:
    description:
      - V(present) creates the sales area or updates the options that differ.
      - V(absent) is refused for an existing sales area, because the API cannot remove one (the model has no active
        flag); remove it from applications with M(norce.commerce.application_sales_area) instead. For a code that
        names no sales area it changes nothing.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - O(name), O(vat_codes) and O(primary_vat_code) are needed to create a sales area.
seealso:
  - module: norce.commerce.application_sales_area
"""

EXAMPLES = r"""
- name: Denmark, with its standard rate as the default VAT code
  norce.commerce.client_sales_area:
    code: DK
    name: Denmark
    vat_codes:
      - name: 25%
        value: 25
      - name: 0%
        value: 0
    primary_vat_code: 25%

- name: Make the zero rate the default (the VAT codes are left as they are)
  norce.commerce.client_sales_area:
    code: DK
    primary_vat_code: 0%

- name: Make Denmark the client's primary sales area
  norce.commerce.client_sales_area:
    code: DK
    primary: true
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: create
object:
  description:
    - The client sales area as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the sales area does not exist.
  returned: always
  type: dict
  sample:
    Id: 26
    Code: DK
    Name: Denmark
    IsPrimary: false
    VatCodes:
      - Id: 1
        Name: 25%
        Value: 25.0
      - Id: 2
        Name: 0%
        Value: 0.0
    PrimaryVatCodeId: 1
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("client_sales_area")


if __name__ == "__main__":
    main()
