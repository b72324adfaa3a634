#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: parametric
short_description: Manage parametrics (product attributes) in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a parametric, found by its code.
  - A parametric is an attribute that products carry, such as a color, a weight or a release date. Its type decides
    which values it takes; the selectable values of V(list) and V(multiple) parametrics are managed with
    M(norce.commerce.parametric_value).
  - Only the options you set are compared and changed; the rest of the parametric is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the parametric, its language-independent identifier (C(Code), at most 50 characters), unique among the
        parametrics of the client.
    type: str
    required: true
  group:
    description:
      - Code of the parametric's default parametric group (C(GroupId)), managed with
        M(norce.commerce.parametric_group). A category can show the parametric in another group
        (see M(norce.commerce.category_parametric)).
      - The group must exist and be active; the task fails before writing anything otherwise.
      - An empty string takes the parametric out of its default group.
    type: str
  type:
    description:
      - Kind of value the parametric holds (C(Type)) - V(text), V(html), V(int) (integer), V(decimal), V(date),
        V(boolean), V(list) (one value picked from a list) or V(multiple) (several values picked from a list).
    type: str
    choices: [text, html, int, decimal, date, boolean, list, multiple]
  uom:
    description:
      - Unit of measurement shown with the value, free text such as C(mm) or C(kg) (C(Uom)).
    type: str
  required:
    description:
      - Whether products must have a value for the parametric (C(IsRequired)). A category can override this for its
        products.
    type: bool
  favorite:
    description:
      - Whether the parametric is shown among the favorites in Norce Admin (C(IsFavorite)); no effect on the APIs.
    type: bool
  read_only:
    description:
      - Whether the value is read-only in Norce Admin (C(IsReadOnly)). The APIs and Excel import can still change it.
    type: bool
  hidden:
    description:
      - Whether the parametric is hidden in front-end models (C(IsHidden)).
    type: bool
  global:
    description:
      - Whether the parametric is available on all categories by default (C(IsGlobal)).
    type: bool
  default_to_variant:
    description:
      - Whether the value belongs to the variant level when products are merged (C(IsDefaultToVariant)).
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(type) and O(name) are needed to create a parametric.
seealso:
  - module: norce.commerce.parametric_group
  - module: norce.commerce.parametric_value
  - module: norce.commerce.category_parametric
"""

EXAMPLES = r"""
- name: A color parametric whose values are picked from a list
  norce.commerce.parametric:
    code: color
    type: list
    group: characteristics
    name: Color
    translations:
      sv-SE:
        name: Färg

- name: A weight in kilograms, required on every product
  norce.commerce.parametric:
    code: weight
    type: decimal
    uom: kg
    name: Weight
    required: true

- name: Deactivate the weight parametric
  norce.commerce.parametric:
    code: weight
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
    - The parametric as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the parametric never existed.
  returned: always
  type: dict
  sample:
    Id: 8
    Code: color
    Type: list
    TypeName: List
    GroupId: 5
    DefaultName: Color
    Uom: null
    IsRequired: false
    IsFavorite: false
    IsReadOnly: false
    IsHidden: false
    IsGlobal: false
    IsDefaultToVariant: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("parametric")


if __name__ == "__main__":
    main()
