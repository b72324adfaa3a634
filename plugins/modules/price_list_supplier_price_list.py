#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: price_list_supplier_price_list
short_description: Manage the supplier price lists that a price list uses in Norce Commerce
version_added: 0.1.0
description:
  - Links a supplier price list to a client price list, or removes the link. The link is found by the codes of the
    price list, the supplier and the supplier price list.
  - A client price list takes supplier purchase prices from the supplier price lists linked to it, for example for
    cost-based price rules.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  price_list:
    description:
      - Code of the client price list (C(PriceListId), in the path), managed with M(norce.commerce.price_list).
      - The price list must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  supplier:
    description:
      - Code of the supplier whose price list is linked, managed with M(norce.commerce.supplier). Supplier price list
        codes are unique per supplier only, so the supplier tells which list O(supplier_price_list) names. Norce
        derives the link's C(SupplierId) from the supplier price list.
      - The supplier must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  supplier_price_list:
    description:
      - Code of the price list of O(supplier) to link, managed with M(norce.commerce.supplier_price_list). Norce
        addresses the link by the supplier price list's own id (C(Id) of the link).
      - A code the supplier does not have fails before anything is written, as does a deactivated list.
    type: str
    required: true
  state:
    description:
      - V(present) links the supplier price list to the price list.
      - V(absent) removes the link with the API's C(DELETE). Norce keeps nothing of a removed link, so V(present)
        afterwards creates a new one.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - The link has nothing to change besides its existence; a task on an existing link reports no change.
seealso:
  - module: norce.commerce.price_list
  - module: norce.commerce.supplier
  - module: norce.commerce.supplier_price_list
"""

EXAMPLES = r"""
- name: The Swedish list uses ACME's purchase prices
  norce.commerce.price_list_supplier_price_list:
    price_list: se-standard
    supplier: acme
    supplier_price_list: acme-2026

- name: And no longer last year's
  norce.commerce.price_list_supplier_price_list:
    price_list: se-standard
    supplier: acme
    supplier_price_list: acme-2025
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(create), V(deactivate) (the link was removed) or
    V(none).
  returned: always
  type: str
  sample: create
object:
  description:
    - The link as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
      C(Id) is the supplier price list's id.
    - Empty when O(state=absent).
  returned: always
  type: dict
  sample:
    Id: 9
    PriceListId: 12
    Code: acme-2026
    Name: ACME 2026
    SupplierId: 4
    SupplierCode: acme
    SupplierName: ACME Distribution
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("price_list_supplier_price_list")


if __name__ == "__main__":
    main()
