#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: rounding_rule
short_description: Manage the rules that round calculated prices in Norce Commerce
version_added: 0.1.0
description:
  - Creates, changes, removes (soft delete) or reactivates a rounding rule and its price ranges.
  - A rounding rule has no code. It is identified by what it applies to, the combination of O(type), O(currency),
    O(application) and O(field); Norce keeps one rule for each combination. An option of the four left out means
    that the rule applies to any (the API stores null), so it is part of the identity too. The rule with all four
    left out is the fallback rule. Where several rules match a price, the most specific one wins.
  - Only the options you set are compared and changed; the rest of the rule is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  type:
    description:
      - Code of the price list type the rule applies to (C(TypeId)), one the client has enabled with
        M(norce.commerce.client_price_list_type). Left out, the rule applies to any type.
      - An unknown or disabled type fails before anything is written.
    type: str
  currency:
    description:
      - ISO 4217 code of the currency the rule applies to (C(CurrencyId)), for example V(SEK). Left out, the rule
        applies to any currency.
      - A currency Norce does not know for the client fails before anything is written.
    type: str
  application:
    description:
      - Norce id of the application whose public price lists the rule applies to (C(ApplicationId)). Left out, the
        rule applies to any application.
    type: int
  field:
    description:
      - The price the rule rounds (C(FieldId)). Left out, the rule rounds any of them.
    type: str
    choices: [sale_price, recommended_price, catalog_price]
  name:
    description:
      - Name of the rule (C(DefaultName)). Needed to create a rule.
    type: str
  description:
    description:
      - Description of the rule (C(DefaultDescription)).
    type: str
  including_vat:
    description:
      - Whether prices are rounded with VAT included (C(IsIncludingVat)).
    type: bool
  minimum_margin_forced:
    description:
      - Whether rounding may not take a price below the minimum margin (C(IsMinimumMarginForced)).
    type: bool
  settings:
    description:
      - The price ranges of the rule and how prices in each are rounded (C(Settings)).
      - Compared as a set keyed by the range (O(settings[].price_from) and O(settings[].price_to)), so the order of
        the list does not matter. A range listed with other values changes that range; a range no longer listed is
        removed from the rule; a new range is added.
      - Within one range only the sub-options given are compared and written.
    type: list
    elements: dict
    suboptions:
      price_from:
        description:
          - Lowest price of the range (C(PriceFrom)); part of the range's identity. Left out, the range has no lower
            bound.
        type: float
      price_to:
        description:
          - Highest price of the range (C(PriceTo)); part of the range's identity. Left out, the range has no upper
            bound.
        type: float
      price_ends_from:
        description:
          - Lowest price ending the range applies to (C(PriceEndsFrom)).
        type: float
      price_ends_to:
        description:
          - Highest price ending the range applies to (C(PriceEndsTo)).
        type: float
      round_to_decimals:
        description:
          - Decimals to round to (C(RoundToDecimals)); V(-1) rounds to tens and V(-2) to hundreds. Needed for a new
            range.
        type: int
        choices: [2, 1, 0, -1, -2]
      direction:
        description:
          - Norce's number of the rounding direction (C(RoundingDirection)), up, down or to the closest value.
        type: int
      value:
        description:
          - Amount added after rounding (C(RoundingValue)); V(-0.01) turns 2.00 into 1.99.
        type: float
  state:
    description:
      - V(present) creates the rule or changes it, and reactivates it if it was removed.
      - V(absent) removes it (Norce's soft delete, C(IsActive=false)); Norce keeps it, and V(present) brings the same
        rule back.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.client_price_list_type
  - module: norce.commerce.price_list
"""

EXAMPLES = r"""
- name: Standard prices in SEK end in 9 kronor above 100 and are whole kronor below
  norce.commerce.rounding_rule:
    type: standard
    currency: SEK
    field: sale_price
    name: SEK standard
    including_vat: true
    settings:
      - {price_from: 0, price_to: 100, round_to_decimals: 0}
      - {price_from: 100, round_to_decimals: -1, value: -1}

- name: The fallback rule for every type, currency, application and price
  norce.commerce.rounding_rule:
    name: Fallback
    settings:
      - {round_to_decimals: 2}

- name: Remove the campaign rule for euro
  norce.commerce.rounding_rule:
    type: campaign
    currency: EUR
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
    - The rounding rule as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and no such rule exists.
  returned: always
  type: dict
  sample:
    Id: 3
    TypeId: 1
    CurrencyId: 2
    ApplicationId: null
    FieldId: 1
    DefaultName: SEK standard
    IsIncludingVat: true
    IsActive: true
    Settings:
      - {Id: 5, PriceFrom: 0.0, PriceTo: 100.0, RoundToDecimals: 0, RoundingValue: null}
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("rounding_rule")


if __name__ == "__main__":
    main()
