#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: supplier_warehouse
short_description: Manage the warehouses of a supplier in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates one warehouse of a supplier, found by the supplier's code and the
    warehouse's code.
  - A supplier warehouse holds the supplier's stock, which Norce uses for availability and for choosing a supplier.
  - A warehouse code is unique within its supplier only, so the same code under two suppliers names two warehouses.
  - Only the options you set are compared and changed; the rest of the warehouse is left as it is.
  - Fields that Norce marks deprecated or obsolete are not offered and are kept as Norce holds them on every update
    (C(CostBlock), C(FreightCost), C(MinimumOrderValue), C(MinimumOrderValueCost), C(TransferMethodValue),
    C(NextExpectedDate), C(LastImported)).
author:
  - norce.commerce contributors (@norce-commerce)
options:
  supplier:
    description:
      - Code of the supplier the warehouse belongs to (C(SupplierId), in the path), managed with
        M(norce.commerce.supplier).
      - The supplier must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  code:
    description:
      - Code of the warehouse (C(Code), at most 50 characters), unique within the supplier and matched without regard
        to case.
    type: str
    required: true
  name:
    description:
      - Name of the warehouse (C(Name), at most 50 characters). Norce's setup guide treats the name and the code as
        one identifier that is unique per supplier, so keep the name unique within the supplier too.
    type: str
  lead_time:
    description:
      - Standard lead time in days (C(StandardLeadTimeDayCount)). Norce counts 0 when it is not set. Locations of the
        warehouse without a lead time of their own use this one.
    type: int
  ignore_stock:
    description:
      - Whether the warehouse is left out of stock-based rules (C(IgnoreStock)).
    type: bool
  standard:
    description:
      - Whether this is the standard warehouse of the supplier (C(IsStandard)). A supplier has at most one, so
        V(true) takes the flag from the warehouse that had it; V(false) leaves the supplier without one.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a warehouse.
  - Give O(standard=true) to one warehouse per supplier only; two tasks that each make a different warehouse standard
    move the flag back and forth on every run.
  - A warehouse can be deactivated (O(state=absent)) even when its supplier has been deactivated.
seealso:
  - module: norce.commerce.supplier
  - module: norce.commerce.supplier_warehouse_location
"""

EXAMPLES = r"""
- name: The supplier's main warehouse, two days away
  norce.commerce.supplier_warehouse:
    supplier: acme
    code: acme-main
    name: ACME main warehouse
    lead_time: 2
    standard: true

- name: A drop-ship warehouse whose stock figures are not to be trusted
  norce.commerce.supplier_warehouse:
    supplier: acme
    code: acme-dropship
    name: ACME drop-ship
    ignore_stock: true

- name: Deactivate the drop-ship warehouse
  norce.commerce.supplier_warehouse:
    supplier: acme
    code: acme-dropship
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
    - The supplier warehouse as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the warehouse never existed.
  returned: always
  type: dict
  sample:
    Id: 5
    SupplierId: 4
    Code: acme-main
    Name: ACME main warehouse
    StandardLeadTimeDayCount: 2
    IgnoreStock: false
    IsStandard: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("supplier_warehouse")


if __name__ == "__main__":
    main()
