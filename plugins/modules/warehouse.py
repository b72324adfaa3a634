#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: warehouse
short_description: Manage the client's warehouses in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a warehouse of the client, found by its code.
  - A warehouse is a source of stock, an online warehouse or the stock room of a physical store. Its locations are
    managed with M(norce.commerce.warehouse_location); price lists name the warehouses whose stock they use with
    M(norce.commerce.price_list) and M(norce.commerce.price_list_warehouse).
  - Only the options you set are compared and changed; the rest of the warehouse is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the warehouse (C(Code), at most 50 characters), usually the code the ERP or WMS uses for it. Norce
        keeps it unique among the client's warehouses; it is matched without regard to case.
    type: str
    required: true
  name:
    description:
      - Name of the warehouse (C(Name), at most 50 characters). Warehouse names are not translated.
    type: str
  description:
    description:
      - Free-text description of the warehouse (C(Description), at most 500 characters).
    type: str
  type:
    description:
      - Kind of warehouse (C(TypeId)). V(warehouse) (1) is an online warehouse, V(store) (2) the stock of a physical
        store; V(transport) (3) and V(other) (4) are kept by Norce for older setups.
      - A new warehouse without this option is a V(warehouse).
    type: str
    choices: [warehouse, store, transport, other]
  lead_time:
    description:
      - Standard lead time of the warehouse (C(LeadTime)), how long delivery from it usually takes, counted in
        O(lead_time_unit).
    type: int
  lead_time_unit:
    description:
      - Unit of O(lead_time) (C(LeadTimeUnit)), spelled as the API does. Norce uses V(Days) when a new warehouse has
        none.
    type: str
    choices: [Hours, Days, Weeks]
  address_line1:
    description:
      - Street address of the warehouse (C(AddressLine1)).
    type: str
  zip_code:
    description:
      - Postal code of the warehouse (C(ZipCode)).
    type: str
  city:
    description:
      - City of the warehouse (C(City)).
    type: str
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a warehouse.
  - Not managed yet, and kept as Norce holds it on every update, is the country of the warehouse (C(CountryId)).
    Norce publishes no way to map ISO country codes to its own country ids, so the module cannot name a country by
    its code.
  - A deactivated warehouse (O(state=absent)) keeps its locations; reactivating it with O(state=present) brings back
    the same warehouse rather than creating a second one.
seealso:
  - module: norce.commerce.warehouse_location
  - module: norce.commerce.price_list_warehouse
  - module: norce.commerce.price_list
"""

EXAMPLES = r"""
- name: The central online warehouse
  norce.commerce.warehouse:
    code: central
    name: Central warehouse
    description: Main warehouse for web orders
    type: warehouse
    lead_time: 2
    lead_time_unit: Days
    address_line1: Lagergatan 1
    zip_code: "603 61"
    city: Norrköping

- name: The stock room of the Stockholm store
  norce.commerce.warehouse:
    code: store-sthlm
    name: Store Stockholm
    type: store
    city: Stockholm

- name: Close the old warehouse
  norce.commerce.warehouse:
    code: old-central
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
    - The warehouse as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the warehouse never existed.
  returned: always
  type: dict
  sample:
    Id: 3
    Code: central
    Name: Central warehouse
    Description: Main warehouse for web orders
    TypeId: 1
    TypeName: Warehouse
    LeadTime: 2
    LeadTimeUnit: Days
    AddressLine1: Lagergatan 1
    ZipCode: "603 61"
    City: Norrköping
    CountryId: null
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("warehouse")


if __name__ == "__main__":
    main()
