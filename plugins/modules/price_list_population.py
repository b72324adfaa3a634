#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: price_list_population
short_description: Manage which products a Norce Commerce price list takes from its parent
version_added: 0.1.0
description:
  - A price list with a parent holds the products its population rules select from the parent. A rule adds
    products (O(include=true)) or removes them (O(include=false)) by category, manufacturer and product flag.
  - This module manages one adding rule and one removing rule per price list, found by O(price_list) and
    O(include).
  - Categories, manufacturers and flags are lists of codes, compared as sets; the order does not matter. A
    category the list no longer names is unchecked (Norce keeps the node); a manufacturer or flag no longer named is
    removed from the rule.
  - Only the options you set are compared and changed; the rest of the rule is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  price_list:
    description:
      - Code of the price list (its id is in the API's path), managed with M(norce.commerce.price_list).
      - The price list must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  include:
    description:
      - V(true) for the rule that adds products (C(IsInclude)), V(false) for the rule that removes them.
    type: bool
    required: true
  supplier_required:
    description:
      - Whether products need a supplier to be selected (C(IsSupplierRequired)).
    type: bool
  categories:
    description:
      - The categories the rule selects (C(Categories)), each a node of the rule by the category's code.
    type: list
    elements: dict
    suboptions:
      category:
        description:
          - Code of the category (C(CategoryId)), managed with M(norce.commerce.category).
        type: str
        required: true
      supplier_required:
        description:
          - Whether products in this category need a supplier (C(IsSupplierRequired) of the node).
        type: bool
      manufacturers:
        description:
          - Manufacturers selected within the category (C(Manufacturers) of the node), by code.
        type: list
        elements: dict
        suboptions:
          manufacturer:
            description:
              - Code of the manufacturer (C(Id)), managed with M(norce.commerce.manufacturer).
            type: str
            required: true
      flags:
        description:
          - Product flags selected within the category (C(Flags) of the node), by code.
        type: list
        elements: dict
        suboptions:
          flag:
            description:
              - Code of the product flag (C(Id)), managed with M(norce.commerce.product_flag).
            type: str
            required: true
  manufacturers:
    description:
      - Manufacturers the rule selects in any category (C(Manufacturers)), by code.
    type: list
    elements: dict
    suboptions:
      manufacturer:
        description:
          - Code of the manufacturer (C(Id)), managed with M(norce.commerce.manufacturer).
        type: str
        required: true
  flags:
    description:
      - Product flags the rule selects in any category (C(Flags)), by code.
    type: list
    elements: dict
    suboptions:
      flag:
        description:
          - Code of the product flag (C(Id)), managed with M(norce.commerce.product_flag).
        type: str
        required: true
  state:
    description:
      - V(present) creates the rule or changes it, and switches it on again if it was switched off.
      - V(absent) switches the rule off (C(IsChecked=false)); the API cannot remove a rule, and V(present) brings the
        same rule back.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.price_list
  - module: norce.commerce.price_list_pricing
"""

EXAMPLES = r"""
- name: The outlet list takes shoes and everything Acme makes from its parent
  norce.commerce.price_list_population:
    price_list: se-outlet
    include: true
    categories:
      - category: shoes
    manufacturers:
      - manufacturer: acme

- name: But nothing flagged as new
  norce.commerce.price_list_population:
    price_list: se-outlet
    include: false
    flags:
      - flag: new
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: create
object:
  description:
    - The rule as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
  returned: always
  type: dict
  sample:
    Id: 4
    IsInclude: true
    IsChecked: true
    Categories: [{CategoryId: 7, IsChecked: true, Name: Shoes}]
    Manufacturers: [{Id: 3}]
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("price_list_population")


if __name__ == "__main__":
    main()
