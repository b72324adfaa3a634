#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: price_list_pricing
short_description: Manage the pricing rules of a Norce Commerce price list
version_added: 0.1.0
description:
  - Sets the pricing rules of a price list, which turn the prices a list takes from its parent into its own prices
    (a discount, a margin, an uplift or a fixed price, per category, manufacturer or set of flags).
  - The API reads and replaces all rules of a price list at once, so O(rules) is the complete list. The rules are
    compared as a set keyed by what each applies to (O(rules[].category), O(rules[].manufacturer) and the set of
    O(rules[].flags)); the order of the list, and of the flags in a rule, does not matter.
  - A rule listed with other values is changed in place, a rule no longer listed is removed, a new one is added.
    Within a rule only the sub-options given are compared and written.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  price_list:
    description:
      - Code of the price list (the price list's id is in the API's path), managed with M(norce.commerce.price_list).
      - The price list must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  rules:
    description:
      - Every pricing rule of the price list (the API's list of C(PriceListPricingModel)).
      - V([]) removes all rules; left out, the rules are not looked at.
    type: list
    elements: dict
    suboptions:
      category:
        description:
          - Code of the category the rule applies to (C(CategoryId)); left out, any category. Part of the rule's
            identity.
        type: str
      manufacturer:
        description:
          - Code of the manufacturer the rule applies to (C(ManufacturerId)); left out, any manufacturer. Part of the
            rule's identity.
        type: str
      flags:
        description:
          - Product flags the rule applies to (C(Flags)), each by its code; left out or empty, no flags. The set of
            flags is part of the rule's identity.
        type: list
        elements: dict
        suboptions:
          flag:
            description:
              - Code of the product flag (C(Id) of the flag), managed with M(norce.commerce.product_flag).
            type: str
            required: true
      price_rule_id:
        description:
          - Norce's number of the built-in price rule (C(PriceRuleId)). Needed for a new rule.
        type: int
      value:
        description:
          - Discount, margin, uplift or fixed price, as the price rule reads it (C(Value)).
        type: float
      kickback_percentage:
        description:
          - Kickback in percent (C(KickbackPercentage)).
        type: float
      minimum_product_margin_percentage:
        description:
          - Lowest margin in percent (C(MinimumProductMarginPercentage)); needs costs, and has no effect on fixed
            prices.
        type: float
      preferred_position:
        description:
          - Wanted position compared with competitors (C(PreferredPosition)).
        type: int
      limit_to_price_recommended:
        description:
          - Whether the price may not exceed the recommended price (C(LimitToPriceRecommended)).
        type: bool
      supplement_charge_amount:
        description:
          - Fixed supplement charge (C(SupplementChargeAmount)); ignored by Norce when the percentage is set.
        type: float
      supplement_charge_percentage:
        description:
          - Supplement charge in percent (C(SupplementChargePercentage)), for cost-based rules.
        type: float
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.price_list
  - module: norce.commerce.price_list_population
"""

EXAMPLES = r"""
- name: Ten off everything on sale, five off shoes
  norce.commerce.price_list_pricing:
    price_list: se-outlet
    rules:
      - flags: [{flag: sale}]
        price_rule_id: 1
        value: 10
      - category: shoes
        price_rule_id: 1
        value: 5
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(update) or V(none).
  returned: always
  type: str
  sample: update
object:
  description:
    - The price list's id (C(PriceListId)) and its rules as the API returned them (C(Rules)), without the
      serializer's C($id) numbers.
  returned: always
  type: dict
  sample:
    PriceListId: 12
    Rules:
      - {Id: 3, CategoryId: null, ManufacturerId: null, Flags: [{Id: 1, Code: sale, Name: Sale}], PriceRuleId: 1,
         Value: 10.0}
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("price_list_pricing")


if __name__ == "__main__":
    main()
