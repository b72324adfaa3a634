#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: customer_info_type
short_description: Manage customer, store and company info types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a customer info type, found by its group and code.
  - Customer info types are extension fields that Norce keeps on customers, stores or companies.
  - Only the options you set are compared and changed; the rest of the info type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  group:
    description:
      - Group of the info type (C(GroupId)), that is, what the field extends. V(customer) is customers (C(GroupId) 1),
        V(store) is stores (C(GroupId) 4) and V(company) is companies (C(GroupId) 6).
      - The group is part of the key; the same code in two groups names two different info types.
    type: str
    required: true
    choices: [customer, store, company]
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.info_type
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.product_info_type
  - module: norce.commerce.shopping_info_type
"""

EXAMPLES = r"""
- name: A loyalty number on customers
  norce.commerce.customer_info_type:
    group: customer
    code: loyalty-no
    name: Loyalty number
    sort_order: 1
    translations:
      sv-SE:
        name: Kundklubbsnummer

- name: A field for a company's purchasing contact
  norce.commerce.customer_info_type:
    group: company
    code: purchasing-contact
    name: Purchasing contact
    description: Who approves the company's orders

- name: Deactivate the customer field
  norce.commerce.customer_info_type:
    group: customer
    code: loyalty-no
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
    - The info type as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the info type never existed.
  returned: always
  type: dict
  sample:
    Id: 12
    GroupId: 1
    Code: loyalty-no
    DefaultName: Loyalty number
    SortOrder: 1
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("customer_info_type")


if __name__ == "__main__":
    main()
