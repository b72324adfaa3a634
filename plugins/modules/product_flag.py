#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_flag
short_description: Manage product flags in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product flag, found by its code.
  - Only the options you set are compared and changed; the rest of the flag is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the flag, its language-independent identifier used by integrations (C(Code), at most 50 characters).
    type: str
    required: true
  group:
    description:
      - Code of the product flag group the flag belongs to (see M(norce.commerce.product_flag_group)).
      - The group must exist and be active; the task fails before writing anything otherwise.
    type: str
  type:
    description:
      - Whether the flag is set on products or on variants (C(TypeId) 1 or 2).
      - A new flag is a V(product) flag unless set.
    type: str
    choices: [product, variant]
  sort_order:
    description:
      - Position of the flag among the flags of its group (C(SortOrder)).
    type: int
  manually_editable:
    description:
      - Whether Norce Admin users may change the flag on products (C(IsManuallyEditable)). The APIs may change it
        either way. A new flag is editable unless set.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(group) and O(name) are needed to create a flag.
seealso:
  - module: norce.commerce.product_flag_group
"""

EXAMPLES = r"""
- name: A "news" flag in the campaign group
  norce.commerce.product_flag:
    code: news
    group: campaign
    name: News
    sort_order: 10
    translations:
      sv-SE:
        name: Nyhet

- name: Move the flag to another group
  norce.commerce.product_flag:
    code: news
    group: highlights

- name: Deactivate the flag
  norce.commerce.product_flag:
    code: news
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: update
object:
  description:
    - The flag as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the flag never existed.
  returned: always
  type: dict
  sample:
    Id: 31
    Code: news
    GroupId: 12
    TypeId: 1
    DefaultName: News
    SortOrder: 10
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_flag")


if __name__ == "__main__":
    main()
