#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: supplier_price_list
short_description: Manage the price lists of a supplier in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates one price list of a supplier, found by the supplier's code and the
    price list's code.
  - A supplier price list holds the supplier's purchase prices. Client price lists use them once linked with
    M(norce.commerce.price_list_supplier_price_list).
  - A price list code is unique within its supplier only, so the same code under two suppliers names two lists.
  - Only the options you set are compared and changed; the rest of the price list is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  supplier:
    description:
      - Code of the supplier the price list belongs to (C(SupplierId), in the path), managed with
        M(norce.commerce.supplier).
      - The supplier must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  code:
    description:
      - Code of the price list (C(Code), at most 50 characters), unique within the supplier and matched without
        regard to case.
    type: str
    required: true
  name:
    description:
      - Name of the price list (C(Name), at most 50 characters).
    type: str
  description:
    description:
      - Free-text description (C(Description)).
    type: str
  currency:
    description:
      - ISO 4217 code of the currency of the prices (C(CurrencyId)), for example V(SEK) or V(EUR), matched without
        regard to case.
      - It must be a currency Norce knows for the client; an unknown code fails before anything is written.
    type: str
  start_date:
    description:
      - First moment the list is valid (C(StartDate)), an ISO 8601 date or date-time such as V(2026-01-01) or
        V(2026-01-01T08:00:00+01:00).
      - Compared by the instant it names, so the same moment written another way (as the API renders it, for example)
        is no change. A date alone means its midnight UTC, and a date-time without an offset is UTC. The API receives
        the instant in UTC.
      - V("") (an empty string) removes the date; a list without dates is always valid.
      - A value that is not an ISO 8601 date or date-time fails before anything is written.
    type: str
  end_date:
    description:
      - Last moment the list is valid (C(EndDate)), an ISO 8601 date or date-time, compared and sent like
        O(start_date).
      - V("") (an empty string) removes the date, so the list has no end.
    type: str
  primary:
    description:
      - Whether this is the primary price list of the supplier (C(IsPrimary)). Norce allows one primary list per
        supplier, and the module treats the flag as one that always belongs to one active list of the supplier.
      - V(true) moves the flag here from the list that had it.
      - V(false) on the primary list fails before anything is written; make another list primary instead. The primary
        list cannot be deactivated either (O(state=absent)) until another list is primary.
    type: bool
  manufacturer:
    description:
      - Code of the manufacturer the list is limited to (C(ManufacturerId)), managed with
        M(norce.commerce.manufacturer).
      - The manufacturer must exist and be active; the task fails before writing anything otherwise.
      - V("") (an empty string) removes the limit.
    type: str
  contact:
    description:
      - Contact person for the price list (C(Contact)).
    type: str
  comment:
    description:
      - Free-text comment (C(Comment)).
    type: str
  end_customer:
    description:
      - End customer of a bid list (C(EndCustomer)); empty for an ordinary list.
    type: str
  manually_maintained:
    description:
      - Whether the prices may be edited in Norce Admin (C(IsManuallyMaintained)).
    type: bool
  special_terms:
    description:
      - Whether the list holds special terms (C(IsSpecialTerms)).
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) and O(currency) are needed to create a price list.
  - The warehouses of a supplier price list are not managed by this module.
seealso:
  - module: norce.commerce.supplier
  - module: norce.commerce.price_list_supplier_price_list
  - module: norce.commerce.client_currency
"""

EXAMPLES = r"""
- name: The supplier's standard purchase prices, valid from the new year
  norce.commerce.supplier_price_list:
    supplier: acme
    code: acme-2026
    name: ACME 2026
    currency: SEK
    start_date: "2026-01-01"
    primary: true

- name: A bid list for one customer, in euro, edited by hand
  norce.commerce.supplier_price_list:
    supplier: acme
    code: acme-bid-volvo
    name: ACME bid Volvo
    currency: EUR
    end_customer: Volvo Cars
    manually_maintained: true
    end_date: "2026-06-30T23:59:59+02:00"

- name: Retire the old list
  norce.commerce.supplier_price_list:
    supplier: acme
    code: acme-2025
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
    - The supplier price list as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the price list never existed.
  returned: always
  type: dict
  sample:
    Id: 9
    SupplierId: 4
    SupplierCode: acme
    Code: acme-2026
    Name: ACME 2026
    CurrencyId: 2
    CurrencyCode: SEK
    StartDate: "2026-01-01T00:00:00Z"
    EndDate: null
    IsPrimary: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("supplier_price_list")


if __name__ == "__main__":
    main()
