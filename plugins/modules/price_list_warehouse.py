#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: price_list_warehouse
short_description: Manage the warehouses whose stock a price list uses in Norce Commerce
version_added: 0.1.0
description:
  - Links a warehouse, and optionally one of its locations, to a price list, changes the location of the link, or
    removes the link. The link is found by the codes of the price list and the warehouse.
  - Norce counts the stock of the linked warehouses when it tells how much of a product is available for the price
    list.
  - Only the options you set are compared and changed; the rest of the link is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  price_list:
    description:
      - Code of the price list (C(PriceListId)), managed with M(norce.commerce.price_list).
      - The price list must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  warehouse:
    description:
      - Code of the warehouse to link (managed with M(norce.commerce.warehouse)). Norce addresses the link by the
        warehouse's own id (C(Id) of the link).
      - The warehouse must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  location:
    description:
      - Code of one location of O(warehouse) (C(LocationId)), managed with M(norce.commerce.warehouse_location), when
        the price list uses that location only.
      - V("") (an empty string) stores no location, so that the link covers all locations of the warehouse.
      - The location must belong to O(warehouse), exist and be active; the task fails before writing anything
        otherwise.
    type: str
  state:
    description:
      - V(present) links the warehouse to the price list or changes the location of the link.
      - V(absent) removes the link with the API's C(DELETE). Norce keeps nothing of a removed link, so V(present)
        afterwards creates a new one.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - Nothing but O(price_list) and O(warehouse) is needed to create a link.
seealso:
  - module: norce.commerce.price_list
  - module: norce.commerce.warehouse
  - module: norce.commerce.warehouse_location
"""

EXAMPLES = r"""
- name: The Swedish list sells what the central warehouse has in its picking zone
  norce.commerce.price_list_warehouse:
    price_list: se-standard
    warehouse: central
    location: pick-a

- name: The store list uses all locations of the store's stock room
  norce.commerce.price_list_warehouse:
    price_list: store-sthlm
    warehouse: store-sthlm
    location: ""

- name: The Swedish list no longer uses the old warehouse
  norce.commerce.price_list_warehouse:
    price_list: se-standard
    warehouse: old-central
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(create), V(update), V(deactivate) (the link was
    removed) or V(none).
  returned: always
  type: str
  sample: create
object:
  description:
    - The link as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
      C(Id) is the warehouse's id.
    - Empty when O(state=absent).
  returned: always
  type: dict
  sample:
    Id: 3
    Code: central
    Name: Central warehouse
    PriceListId: 12
    LocationId: 7
    LocationName: Picking zone A
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("price_list_warehouse")


if __name__ == "__main__":
    main()
