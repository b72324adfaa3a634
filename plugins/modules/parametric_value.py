#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: parametric_value
short_description: Manage the selectable values of list and multiple parametrics in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates one selectable value of a parametric, found by the parametric's
    code and the value's code.
  - Only parametrics of type V(list) (one value per product) and V(multiple) (several values per product) have
    selectable values. The module reads the parametric's type and uses Norce's list values
    (C(/parametric/{id}/list)) or multiple values (C(/parametric/{id}/multiple)) accordingly; you never say which.
  - A value code is unique within its parametric only, so the same code under two parametrics names two values.
  - Only the options you set are compared and changed; the rest of the value is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  parametric:
    description:
      - Code of the parametric the value belongs to (C(ParametricId)), managed with M(norce.commerce.parametric).
      - The parametric must exist, be active and be of type V(list) or V(multiple); the task fails before writing
        anything otherwise.
    type: str
    required: true
  code:
    description:
      - Code of the value, its language-independent identifier (C(Code)), unique within the parametric.
    type: str
    required: true
  sort_order:
    description:
      - Position of the value in the parametric's selection list (C(SortOrder)). Values without one have no particular
        order.
    type: int
  value:
    description:
      - The value as shown in the client's default culture (C(DefaultValue), at most 255 characters), for example
        C(Red).
    type: str
  description:
    description:
      - Description of the value in the client's default culture (C(DefaultDescription)).
    type: str
  translations:
    description:
      - Texts in other cultures, as a dictionary from culture code (for example C(sv-SE)) to a dictionary with the keys
        C(value) and C(description).
      - Only the cultures and keys given are managed; others are left as they are.
      - An empty string or null makes the culture inherit the default text again.
    type: dict
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(value) is needed to create a value.
  - A deactivated value (O(state=absent)) is no longer offered in the parametric's selection list.
  - The parametric must be active for its values to be changed or deactivated, so deactivate the values before the
    parametric.
seealso:
  - module: norce.commerce.parametric
"""

EXAMPLES = r"""
- name: The value "Red" of the color parametric, in two cultures
  norce.commerce.parametric_value:
    parametric: color
    code: red
    value: Red
    sort_order: 10
    translations:
      sv-SE:
        value: Röd

- name: A care instruction of a multiple parametric (the module finds the right endpoint)
  norce.commerce.parametric_value:
    parametric: care
    code: donotdryclean
    value: Do not dry clean

- name: Take "Red" out of the selection list
  norce.commerce.parametric_value:
    parametric: color
    code: red
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
    - The value as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the value never existed.
  returned: always
  type: dict
  sample:
    Id: 20
    ParametricId: 8
    Code: red
    DefaultValue: Red
    DefaultDescription: null
    SortOrder: 10
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("parametric_value")


if __name__ == "__main__":
    main()
