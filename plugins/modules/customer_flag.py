#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: customer_flag
short_description: Manage customer flags in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a customer flag, found by its code.
  - A customer flag marks customers and companies (for example a loyalty level); promotions can require it.
  - Only the options you set are compared and changed; the rest of the flag is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the flag, its language-independent identifier used by integrations (C(Code), at most 50 characters).
    type: str
    required: true
  group:
    description:
      - Name, in the client's default culture, of the customer flag group the flag belongs to (C(GroupId)). Customer
        flag groups have no code; see M(norce.commerce.customer_flag_group).
      - The group must exist and be active; the task fails before writing anything otherwise.
    type: str
  available_on_customer:
    description:
      - Whether the flag can be set on customers (C(AvailableOnCustomer)).
    type: bool
  available_on_company:
    description:
      - Whether the flag can be set on companies (C(AvailableOnCompany)). A flag can be available on both.
    type: bool
  default:
    description:
      - Whether the flag is set by default (C(IsDefault)).
    type: bool
  sort_order:
    description:
      - Position of the flag among the flags of its group (C(SortOrder)).
    type: int
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(group) and O(name) are needed to create a flag.
seealso:
  - module: norce.commerce.customer_flag_group
"""

EXAMPLES = r"""
- name: A "gold" flag for customers and companies in the Loyalty group
  norce.commerce.customer_flag:
    code: gold
    group: Loyalty
    name: Gold
    available_on_customer: true
    available_on_company: true
    sort_order: 10
    translations:
      sv-SE:
        name: Guld

- name: Make it a flag for companies only
  norce.commerce.customer_flag:
    code: gold
    available_on_customer: false

- name: Deactivate the flag
  norce.commerce.customer_flag:
    code: gold
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: update
object:
  description:
    - The flag as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the flag never existed.
  returned: always
  type: dict
  sample:
    Id: 23
    Code: gold
    GroupId: 7
    GroupName: Loyalty
    DefaultName: Gold
    AvailableOnCustomer: true
    AvailableOnCompany: true
    IsDefault: false
    SortOrder: 10
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("customer_flag")


if __name__ == "__main__":
    main()
