#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: customer_flag_group
short_description: Manage customer flag groups in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a customer flag group, the group that customer and company flags
    belong to.
  - Norce's customer flag group has no code, so the group is found by its name in the client's default culture
    (O(name)). Giving a different name does not rename a group; it finds, or creates, a different group.
  - Only the options you set are compared and changed; the rest of the group is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  name:
    description:
      - Name of the group in the client's default culture (C(DefaultName), at most 50 characters).
      - This name identifies the group, matched without regard to case. To rename a group, change its name in Norce
        Admin (or deactivate this one and create the new one).
    type: str
    required: true
  multiple_choice:
    description:
      - Whether a customer or company can carry several flags of this group at once (C(IsMultipleChoice)). When
        V(false), selecting one flag of the group unsets the others.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed in every task, to create the group and to find it.
  - When two active groups have the same name, the task fails and asks you to resolve the duplicates in Norce first.
seealso:
  - module: norce.commerce.customer_flag
"""

EXAMPLES = r"""
- name: A customer flag group for loyalty levels, named in two cultures
  norce.commerce.customer_flag_group:
    name: Loyalty
    description: Loyalty programme levels
    multiple_choice: false
    translations:
      sv-SE:
        name: Lojalitet
        description: Nivåer i lojalitetsprogrammet

- name: Deactivate the group (it can be made present again later)
  norce.commerce.customer_flag_group:
    name: Loyalty
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
    - The customer flag group as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the group never existed.
  returned: always
  type: dict
  sample:
    Id: 7
    ClientId: 1
    DefaultName: Loyalty
    DefaultDescription: Loyalty programme levels
    IsMultipleChoice: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("customer_flag_group")


if __name__ == "__main__":
    main()
