#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: warehouse_location
short_description: Manage the locations of a warehouse in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates one location of a warehouse (a shelf, zone or store room), found by
    the warehouse's code and the location's code.
  - A location code is unique within its warehouse only, so the same code in two warehouses names two locations.
  - Only the options you set are compared and changed; the rest of the location is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  warehouse:
    description:
      - Code of the warehouse the location belongs to (C(WarehouseId)), managed with M(norce.commerce.warehouse).
      - The warehouse must exist and be active; the task fails before writing anything otherwise.
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
  included_in_stock_calculation:
    description:
      - Whether the stock held in this location counts in Norce's central stock calculation
        (C(IsIncludedInStockCalculation)). A new location without this option is included.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - Nothing but O(warehouse) and O(code) is needed to create a location.
  - A location can be deactivated (O(state=absent)) even when its warehouse has been deactivated.
seealso:
  - module: norce.commerce.warehouse
  - module: norce.commerce.price_list_warehouse
"""

EXAMPLES = r"""
- name: The picking zone of the central warehouse
  norce.commerce.warehouse_location:
    warehouse: central
    code: pick-a
    name: Picking zone A

- name: Returns are kept apart and not sold from
  norce.commerce.warehouse_location:
    warehouse: central
    code: returns
    name: Returns
    included_in_stock_calculation: false

- name: Remove the old zone
  norce.commerce.warehouse_location:
    warehouse: central
    code: pick-old
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
    Id: 7
    WarehouseId: 3
    Code: pick-a
    Name: Picking zone A
    IsIncludedInStockCalculation: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("warehouse_location")


if __name__ == "__main__":
    main()
