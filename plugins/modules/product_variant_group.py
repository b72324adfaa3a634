#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_variant_group
short_description: Manage product variant groups in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product variant group and its variant types, found by its code.
  - A variant group (called variant types in Norce Admin) names the parametrics that products of the group vary by,
    such as size and colour.
  - Only the options you set are compared and changed; the rest of the variant group is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the variant group, its language-independent identifier (C(Code), at most 50 characters).
    type: str
    required: true
  variant_types:
    description:
      - The variant types of the group (C(VariantTypes)), each the parametric that variants differ by.
      - Compared as a set keyed by O(variant_types[].code); the order of the list does not matter, and reordering it
        is no change.
      - A variant type that the list no longer names is deactivated (its C(IsActive) set to false); naming it again
        reactivates it.
      - Within a listed variant type, only the sub-options given are compared and changed.
    type: list
    elements: dict
    suboptions:
      code:
        description:
          - Code of the variant type (C(Code), at most 50 characters). Norce recommends the code of its parametric.
        type: str
        required: true
      parametric:
        description:
          - Code of the parametric the variant type stands for (C(ParametricId)), managed by
            M(norce.commerce.parametric).
          - The parametric must exist and be active; the task fails before writing anything otherwise.
        type: str
      name:
        description:
          - Name of the variant type in the client's default culture (C(DefaultName), at most 50 characters).
        type: str
      description:
        description:
          - Description of the variant type in the client's default culture (C(DefaultDescription), at most 500
            characters).
        type: str
      sort_order:
        description:
          - Position of the variant type within the group (C(SortOrder)).
        type: int
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a variant group.
  - Translations of the variant types themselves are not managed.
seealso:
  - module: norce.commerce.parametric
"""

EXAMPLES = r"""
- name: Shoes vary by size and colour
  norce.commerce.product_variant_group:
    code: shoes
    name: Shoes
    translations:
      sv-SE:
        name: Skor
    variant_types:
      - code: shoe-size
        parametric: shoe-size
        name: Size
        sort_order: 1
      - code: colour
        parametric: colour
        name: Colour
        sort_order: 2

- name: Colour is no longer a variant type (it is deactivated)
  norce.commerce.product_variant_group:
    code: shoes
    variant_types:
      - code: shoe-size
        parametric: shoe-size

- name: Deactivate the variant group
  norce.commerce.product_variant_group:
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
    - The variant group as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the variant group never existed.
  returned: always
  type: dict
  sample:
    Id: 6
    Code: shoes
    DefaultName: Shoes
    IsActive: true
    VariantTypes:
      - Id: 11
        Code: shoe-size
        ParametricId: 15
        DefaultName: Size
        SortOrder: 1
        IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_variant_group")


if __name__ == "__main__":
    main()
