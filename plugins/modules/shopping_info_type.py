#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: shopping_info_type
short_description: Manage shopping info types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a shopping info type, found by its group and code.
  - Shopping info types are extra fields that Norce keeps on quotations and orders, or on their items.
  - Only the options you set are compared and changed; the rest of the info type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  group:
    description:
      - Group of the info type (C(GroupId)), that is, what the field belongs to. V(order) is quotations and orders
        (C(GroupId) 1) and V(order_item) is quotation items and order items (C(GroupId) 2).
      - The group is part of the key; the same code in two groups names two different info types.
    type: str
    required: true
    choices: [order, order_item]
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.info_type
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - The values are always free text; Norce's C(DataType) field is deprecated and not managed.
seealso:
  - module: norce.commerce.product_info_type
  - module: norce.commerce.customer_info_type
"""

EXAMPLES = r"""
- name: A gift message on orders
  norce.commerce.shopping_info_type:
    group: order
    code: gift-message
    name: Gift message
    sort_order: 1
    translations:
      sv-SE:
        name: Presenthälsning

- name: An engraving text on order items
  norce.commerce.shopping_info_type:
    group: order_item
    code: engraving
    name: Engraving

- name: Deactivate the gift message
  norce.commerce.shopping_info_type:
    group: order
    code: gift-message
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
    Id: 3
    GroupId: 1
    Code: gift-message
    DefaultName: Gift message
    DataType: nvarchar(max)
    SortOrder: 1
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("shopping_info_type")


if __name__ == "__main__":
    main()
