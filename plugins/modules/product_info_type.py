#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_info_type
short_description: Manage product info types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product info type, found by its group and code.
  - Product info types are extra fields that Norce keeps on a product's on-hand stock or on its prices in a price
    list.
  - Only the options you set are compared and changed; the rest of the info type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  group:
    description:
      - Group of the info type (C(GroupId)), that is, what the field belongs to. V(on_hand) is on-hand stock
        (C(GroupId) 2, SkuOnHand) and V(price) is prices in a price list (C(GroupId) 3, SkuPriceList).
      - The group is part of the key; the same code in two groups names two different info types.
    type: str
    required: true
    choices: [on_hand, price]
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.info_type
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.customer_info_type
  - module: norce.commerce.shopping_info_type
"""

EXAMPLES = r"""
- name: A field on on-hand stock for the shelf location
  norce.commerce.product_info_type:
    group: on_hand
    code: shelf
    name: Shelf
    sort_order: 1
    translations:
      sv-SE:
        name: Hylla

- name: A field on price list prices for the campaign reference
  norce.commerce.product_info_type:
    group: price
    code: campaign-ref
    name: Campaign reference

- name: Deactivate the on-hand field
  norce.commerce.product_info_type:
    group: on_hand
    code: shelf
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
    Id: 7
    GroupId: 2
    Code: shelf
    DefaultName: Shelf
    SortOrder: 1
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_info_type")


if __name__ == "__main__":
    main()
