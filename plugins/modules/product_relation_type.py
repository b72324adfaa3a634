#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_relation_type
short_description: Manage product relation types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product relation type, found by its code.
  - A relation type is the kind of link between two products or variants, such as an accessory, a spare part or a
    replacement.
  - Only the options you set are compared and changed; the rest of the relation type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the relation type, its language-independent identifier (C(Code), at most 50 characters), unique among
        the relation types.
    type: str
    required: true
  bidirectional:
    description:
      - Whether a relation of this type goes both ways (C(IsBidirectional)), so that the related product is also
        related back to the first one.
    type: bool
  sort_order:
    description:
      - Position of the relation type in lists of relation types, lower first (C(SortOrder)).
    type: int
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a relation type.
seealso:
  - module: norce.commerce.product_type
  - module: norce.commerce.product_family
"""

EXAMPLES = r"""
- name: Accessories, named in two cultures
  norce.commerce.product_relation_type:
    code: accessories
    name: Accessories
    sort_order: 10
    translations:
      sv-SE:
        name: Tillbehör

- name: Alternatives apply both ways
  norce.commerce.product_relation_type:
    code: alternatives
    name: Alternatives
    bidirectional: true

- name: Deactivate the alternatives
  norce.commerce.product_relation_type:
    code: alternatives
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
    - The relation type as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the relation type never existed.
  returned: always
  type: dict
  sample:
    Id: 3
    Code: accessories
    DefaultName: Accessories
    IsBidirectional: false
    SortOrder: 10
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_relation_type")


if __name__ == "__main__":
    main()
