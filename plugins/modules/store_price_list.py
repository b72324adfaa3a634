#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: store_price_list
short_description: Link price lists to a store in Norce Commerce
version_added: 0.1.0
description:
  - Links a price list to a store, sets the period of the link, or removes the link. The link is found by the codes of
    the store and the price list.
  - A store's price lists give the store its own assortment and prices.
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
  price_list:
    description:
      - Code of the price list to link, managed with M(norce.commerce.price_list). Norce addresses the link by the price list's own id
        (C(Id) of the link).
      - The price list must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  start:
    description:
      - When the store starts using the price list (C(Start)), an ISO 8601 date or date-time such as V(2026-12-01)
        or V(2026-12-01T08:00:00+01:00); without an offset it is UTC. Compared by the instant it names.
      - V("") (an empty string) stores no start, so that the link applies from now.
    type: str
  end:
    description:
      - When the store stops using the price list (C(End)), written as O(start) is.
      - V("") (an empty string) stores no end.
    type: str
  state:
    description:
      - V(present) links the price list to the store, or changes the period of the link.
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
  - module: norce.commerce.price_list
"""

EXAMPLES = r"""
- name: Link the price list se-standard to the Stockholm store
  norce.commerce.store_price_list:
    store: sthlm-01
    price_list: se-standard

- name: The Stockholm store uses the Christmas prices in December
  norce.commerce.store_price_list:
    store: sthlm-01
    price_list: christmas
    start: "2026-12-01T00:00:00+01:00"
    end: "2026-12-24T23:59:59+01:00"

- name: The Stockholm store no longer uses se-outlet
  norce.commerce.store_price_list:
    store: sthlm-01
    price_list: se-outlet
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
      C(Id) is the price list's id, C(DivisionId) the store's.
    - Empty when O(state=absent).
  returned: always
  type: dict
  sample:
    Id: 3
    DivisionId: 12
    Name: Stockholm prices
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("store_price_list")


if __name__ == "__main__":
    main()
