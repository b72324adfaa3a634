#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_type
short_description: Manage product types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product type, found by its code.
  - Only the options you set are compared and changed; the rest of the product type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the product type, its language-independent identifier (C(Code), at most 50 characters).
    type: str
    required: true
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a product type.
seealso:
  - module: norce.commerce.product_family
"""

EXAMPLES = r"""
- name: A product type for shoes, named in two cultures
  norce.commerce.product_type:
    code: shoes
    name: Shoes
    translations:
      sv-SE:
        name: Skor

- name: Deactivate it
  norce.commerce.product_type:
    code: shoes
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: create
object:
  description:
    - The product type as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the product type never existed.
  returned: always
  type: dict
  sample:
    Id: 4
    Code: shoes
    DefaultName: Shoes
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_type")


if __name__ == "__main__":
    main()
