#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_flag_group
short_description: Manage product flag groups in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product flag group, found by its code.
  - Only the options you set are compared and changed; the rest of the group is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the flag group, its language-independent identifier (C(Code), at most 50 characters).
    type: str
    required: true
  multiple_choice:
    description:
      - Whether a product can carry several flags of this group (C(IsMultipleChoice)). When V(false), setting one flag
        of the group on a product removes the others.
    type: bool
  favorite:
    description:
      - Whether the group is shown among the favorites in Norce Admin (C(IsFavorite)); no effect on the APIs.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a group.
seealso:
  - module: norce.commerce.product_flag
"""

EXAMPLES = r"""
- name: A flag group for campaign flags, named in two cultures
  norce.commerce.product_flag_group:
    code: campaign
    name: Campaign
    description: Flags that drive campaign pages
    multiple_choice: true
    translations:
      sv-SE:
        name: Kampanj

- name: Deactivate the group (it can be made present again later)
  norce.commerce.product_flag_group:
    code: campaign
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
    - The flag group as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the group never existed.
  returned: always
  type: dict
  sample:
    Id: 12
    Code: campaign
    DefaultName: Campaign
    IsMultipleChoice: true
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_flag_group")


if __name__ == "__main__":
    main()
