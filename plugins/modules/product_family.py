#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_family
short_description: Manage product families in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product family, found by its code.
  - A product family is a named grouping of products in Norce, with its own texts per culture and an image.
  - Only the options you set are compared and changed; the rest of the family (such as its image) is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the family, its language-independent identifier (C(Code), at most 50 characters), unique among the
        families.
    type: str
    required: true
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a family.
seealso:
  - module: norce.commerce.product_type
  - module: norce.commerce.product_relation_type
"""

EXAMPLES = r"""
- name: A product family, named in two cultures
  norce.commerce.product_family:
    code: trail-runners
    name: Trail runners
    description: Running shoes for rough terrain
    translations:
      sv-SE:
        name: Terränglöpare

- name: Deactivate the family
  norce.commerce.product_family:
    code: trail-runners
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
    - The family as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the family never existed.
  returned: always
  type: dict
  sample:
    Id: 12
    Code: trail-runners
    DefaultName: Trail runners
    DefaultDescription: Running shoes for rough terrain
    ImageKey: null
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_family")


if __name__ == "__main__":
    main()
