#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: parametric_group
short_description: Manage parametric groups in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a parametric group, found by its code.
  - A parametric group gathers parametrics (product attributes) for display. It is a parametric's default group, and
    a category can place a parametric in another group.
  - Only the options you set are compared and changed; the rest of the group is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the parametric group, its language-independent identifier (C(Code), at most 50 characters), unique
        across all parametric groups.
    type: str
    required: true
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a parametric group.
seealso:
  - module: norce.commerce.parametric
  - module: norce.commerce.category_parametric
"""

EXAMPLES = r"""
- name: A group for technical characteristics, named in two cultures
  norce.commerce.parametric_group:
    code: characteristics
    name: Characteristics
    description: Common characteristics
    translations:
      sv-SE:
        name: Egenskaper

- name: Deactivate the group (it can be made present again later)
  norce.commerce.parametric_group:
    code: characteristics
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
    - The parametric group as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the group never existed.
  returned: always
  type: dict
  sample:
    Id: 5
    Code: characteristics
    DefaultName: Characteristics
    DefaultDescription: Common characteristics
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("parametric_group")


if __name__ == "__main__":
    main()
