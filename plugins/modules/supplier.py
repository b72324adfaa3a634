#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: supplier
short_description: Manage suppliers in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a supplier, found by its code.
  - A supplier keeps its own prices, price lists, warehouses and stock, which Norce maps to the client's products.
    Its price lists and warehouses are managed with M(norce.commerce.supplier_price_list) and
    M(norce.commerce.supplier_warehouse).
  - Only the options you set are compared and changed; the rest of the supplier is left as it is.
  - Fields that Norce marks deprecated or obsolete are not offered and are kept as Norce holds them on every update
    (C(IsPurchaseIntegrated), C(IsPurchaseManual), C(Email), C(AccountNo), C(SupplementChargePercentage),
    C(LastDocumentImported) and the error notification address and type).
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the supplier (C(Code), at most 50 characters). Norce keeps it unique among the client's suppliers; it
        is matched without regard to case.
    type: str
    required: true
  name:
    description:
      - Name of the supplier (C(Name), at most 50 characters).
    type: str
  country_id:
    description:
      - Norce's id of the country of the supplier (C(CountryId)). Countries are system data in Norce, the same ids in
        every environment.
      - This is an id and not an ISO code because the Management API offers no list of countries to look an ISO code
        up in. An id Norce does not know is refused by the API, and nothing is stored.
    type: int
  currency:
    description:
      - ISO 4217 code of the currency of the supplier (C(CurrencyId)), for example V(SEK) or V(EUR), matched without
        regard to case. Penalty charge amounts are in this currency.
      - It must be a currency Norce knows for the client; an unknown code fails before anything is written.
    type: str
  organization_no:
    description:
      - Organization number of the supplier (C(OrganizationNo)).
    type: str
  code_prefix:
    description:
      - Prefix of the codes Norce generates for the supplier (C(CodePrefix)).
    type: str
  care_of:
    description:
      - Care-of line of the address (C(CareOf)).
    type: str
  address_line1:
    description:
      - Street address (C(AddressLine1)).
    type: str
  address_line2:
    description:
      - Second address line (C(AddressLine2)).
    type: str
  zip_code:
    description:
      - Postal code (C(ZipCode)).
    type: str
  city:
    description:
      - City (C(City)).
    type: str
  region:
    description:
      - Region or state (C(Region)).
    type: str
  phone:
    description:
      - Phone number of the supplier (C(Phone)).
    type: str
  feed:
    description:
      - Whether the supplier sends a product feed (C(Feed)).
    type: bool
  penalty_charge_amount:
    description:
      - Amount, in the supplier's currency, added to the supplier's purchase cost when Norce compares suppliers to
        choose one (C(PenaltyChargeAmount)).
    type: float
  penalty_charge_percentage:
    description:
      - Percentage of the purchase cost added when Norce compares suppliers to choose one
        (C(PenaltyChargePercentage)).
    type: float
  purchase_cutoff_text:
    description:
      - Text about the supplier's cut-off time for orders (C(PurchaseCutoffText)).
    type: str
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name), O(country_id) and O(currency) are needed to create a supplier, as Norce requires them.
  - Texts set to V("") are stored empty; Norce returns empty texts as null, which is no change.
seealso:
  - module: norce.commerce.supplier_price_list
  - module: norce.commerce.supplier_warehouse
  - module: norce.commerce.client_currency
"""

EXAMPLES = r"""
- name: A Swedish supplier that sends a feed
  norce.commerce.supplier:
    code: acme
    name: ACME Distribution
    country_id: 1
    currency: SEK
    address_line1: Industrigatan 4
    zip_code: "211 20"
    city: Malmö
    feed: true

- name: Prefer other suppliers by adding 2 percent to ACME's costs
  norce.commerce.supplier:
    code: acme
    penalty_charge_percentage: 2.0

- name: Deactivate the supplier
  norce.commerce.supplier:
    code: acme
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(create), V(update), V(reactivate), V(deactivate) or
    V(none).
  returned: always
  type: str
  sample: create
object:
  description:
    - The supplier as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the supplier never existed.
  returned: always
  type: dict
  sample:
    Id: 4
    Code: acme
    Name: ACME Distribution
    CountryId: 1
    CountryName: Sweden
    CurrencyId: 2
    CurrencyCode: SEK
    City: Malmö
    Feed: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("supplier")


if __name__ == "__main__":
    main()
