#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: client_price_list_type
short_description: Enable, disable and name the price list types of a Norce Commerce client
version_added: 0.1.0
description:
  - Enables or disables one of the price list types built into Norce for the client, and sets its names, priority and
    sort order. The type is found by its code.
  - Price list types cannot be created or deleted; Norce has a fixed set of them. With O(state=present), a code
    that names none of the client's types fails before anything is written.
  - The API lets you change C(DefaultName), C(DefaultDescription), the texts in C(Cultures), C(Priority),
    C(SortOrder), C(IsActive) and C(Code). The module finds the type by its code, so it changes the code at most in
    case.
  - The API reads and replaces the client's whole list of types at once. The module changes only the type it names;
    every other type is sent back as Norce holds it, so its settings stay as they are.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - The client's code of the price list type (C(Code)), for example V(campaign).
      - It is matched without regard to case; when it differs from the stored code only in case, the stored code is
        changed to the case given.
    type: str
    required: true
  priority:
    description:
      - Precedence of price lists of this type when several types apply (C(Priority)); the types with priority V(1)
        are evaluated first, and inside one priority the best price wins.
    type: int
  sort_order:
    description:
      - Position of the type in lists (C(SortOrder), lower first).
    type: int
  state:
    description:
      - V(present) enables the type for the client (C(IsActive=true)) and updates the options that differ.
      - V(absent) disables the type for the client (C(IsActive=false)); Norce keeps its names and settings, and
        V(present) enables the same type again.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.attributes
"""

EXAMPLES = r"""
- name: Enable campaign price lists and evaluate them first
  norce.commerce.client_price_list_type:
    code: campaign
    name: Campaign
    description: Time-limited campaign prices
    priority: 1
    translations:
      sv-SE:
        name: Kampanj

- name: Disable bid price lists
  norce.commerce.client_price_list_type:
    code: bid
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(update), V(reactivate), V(deactivate) or V(none).
  returned: always
  type: str
  sample: reactivate
object:
  description:
    - The client price list type as the API returned it (in check mode, as it would be), without the serializer's
      C($id) numbers.
  returned: always
  type: dict
  sample:
    Id: 2
    Code: campaign
    DefaultName: Campaign
    DefaultDescription: Time-limited campaign prices
    Priority: 1
    SortOrder: 2
    IsActive: true
    Cultures:
      - CultureCode: sv-SE
        Name: Kampanj
        IsNameInherited: false
        Description: Time-limited campaign prices
        IsDescriptionInherited: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("client_price_list_type")


if __name__ == "__main__":
    main()
