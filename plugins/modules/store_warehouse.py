#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: store_warehouse
short_description: Link warehouses to a store in Norce Commerce
version_added: 0.1.0
description:
  - Links a warehouse, and optionally one of its locations, to a store, changes the location of the link, or removes
    the link. The link is found by the codes of the store and the warehouse.
  - Norce counts the stock of a store's warehouses when it tells how much of a product the store has.
  - Only the options you set are compared and changed; the rest of the link is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  store:
    description:
      - Code of the store (C(DivisionCode) of the store; the store's id is in the link's path), managed with
        M(norce.commerce.store).
      - The store must exist; the task fails before writing anything otherwise.
    type: str
    required: true
  warehouse:
    description:
      - Code of the warehouse to link, managed with M(norce.commerce.warehouse). Norce addresses the link by the warehouse's own id
        (C(Id) of the link).
      - The warehouse must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  location:
    description:
      - Code of one location of O(warehouse) (C(LocationId)), managed with M(norce.commerce.warehouse_location), when
        the store uses that location only.
      - V("") (an empty string) stores no location, so that the link covers all locations of the warehouse.
      - The location must belong to O(warehouse), exist and be active; the task fails before writing anything
        otherwise.
    type: str
  state:
    description:
      - V(present) links the warehouse to the store, or changes the location of the link.
      - V(absent) removes the link with the API's C(DELETE). Norce keeps nothing of a removed link, so V(present)
        afterwards creates a new one.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.store
  - module: norce.commerce.warehouse
"""

EXAMPLES = r"""
- name: Link the warehouse sthlm-stockroom to the Stockholm store
  norce.commerce.store_warehouse:
    store: sthlm-01
    warehouse: sthlm-stockroom

- name: The Stockholm store no longer uses central
  norce.commerce.store_warehouse:
    store: sthlm-01
    warehouse: central
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
      C(Id) is the warehouse's id, C(DivisionId) the store's.
    - Empty when O(state=absent).
  returned: always
  type: dict
  sample:
    Id: 3
    DivisionId: 12
    Name: Stockholm stock room
    LocationId: null
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("store_warehouse")


if __name__ == "__main__":
    main()
