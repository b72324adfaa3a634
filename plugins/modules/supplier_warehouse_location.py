#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: supplier_warehouse_location
short_description: Manage the locations of a supplier warehouse in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates one location of a supplier warehouse, found by the codes of the
    supplier, the warehouse and the location.
  - A location code is unique within its warehouse only, so the same code in two warehouses names two locations.
  - Only the options you set are compared and changed; the rest of the location is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  supplier:
    description:
      - Code of the supplier (C(SupplierId), in the path), managed with M(norce.commerce.supplier).
      - The supplier must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  warehouse:
    description:
      - Code of the warehouse of O(supplier) that the location belongs to (C(WarehouseId), in the path), managed with
        M(norce.commerce.supplier_warehouse).
      - The warehouse is looked up among that supplier's warehouses; a code the supplier does not have fails before
        anything is written, as does a deactivated warehouse.
    type: str
    required: true
  code:
    description:
      - Code of the location (C(Code), at most 50 characters), unique within the warehouse and matched without regard
        to case.
    type: str
    required: true
  name:
    description:
      - Name of the location (C(Name), at most 50 characters).
    type: str
  lead_time:
    description:
      - Lead time of the location in days (C(LeadTimeDayCount)). A new location without it uses the lead time of its
        warehouse.
    type: int
  standard:
    description:
      - Whether this is the standard location of the warehouse (C(IsStandard)). A warehouse has at most one, so
        V(true) takes the flag from the location that had it; V(false) leaves the warehouse without one.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - Nothing but O(supplier), O(warehouse) and O(code) is needed to create a location.
  - Once set, the lead time cannot be given back to the warehouse through this module (the API stores no lead time
    as null, and the module has no way to send null).
  - A location can be deactivated (O(state=absent)) even when its warehouse or supplier has been deactivated.
seealso:
  - module: norce.commerce.supplier
  - module: norce.commerce.supplier_warehouse
"""

EXAMPLES = r"""
- name: The picking zone of the supplier's main warehouse is the standard location
  norce.commerce.supplier_warehouse_location:
    supplier: acme
    warehouse: acme-main
    code: pick
    name: Picking zone
    standard: true

- name: Bulky goods ship a day later
  norce.commerce.supplier_warehouse_location:
    supplier: acme
    warehouse: acme-main
    code: bulky
    name: Bulky goods
    lead_time: 3

- name: Remove the old zone
  norce.commerce.supplier_warehouse_location:
    supplier: acme
    warehouse: acme-main
    code: old
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
    - The location as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the location never existed.
  returned: always
  type: dict
  sample:
    Id: 8
    SupplierId: 4
    WarehouseId: 5
    Code: pick
    Name: Picking zone
    LeadTimeDayCount: null
    IsStandard: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("supplier_warehouse_location")


if __name__ == "__main__":
    main()
