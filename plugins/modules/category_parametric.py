#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: category_parametric
short_description: Manage the parametrics linked to a category in Norce Commerce
version_added: 0.1.0
description:
  - Links a parametric to a category, changes the category-level settings of the link, removes the link or restores
    it. The link is found by the codes of the category and the parametric.
  - The settings of a link apply to the parametric in that category only; they override the parametric's own
    settings there.
  - Only the options you set are compared and changed; the rest of the link is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  category:
    description:
      - Code of the category (C(CategoryId)), managed by M(norce.commerce.category).
      - The category must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  parametric:
    description:
      - Code of the parametric to link (managed by M(norce.commerce.parametric)). Norce addresses the link by the
        parametric's own id (C(Id) of the link).
      - The parametric must exist and be active; the task fails before writing anything otherwise.
    type: str
    required: true
  group:
    description:
      - Code of the parametric group that the parametric belongs to in this category (C(GroupId)), managed by
        M(norce.commerce.parametric_group). It overrides the parametric's default group for this category.
      - The group must exist and be active; the task fails before writing anything otherwise.
    type: str
  filter_sort_order:
    description:
      - Position of the parametric among the filters of the category (C(FilterSortOrder)); set when the parametric
        is used as a filter.
    type: int
  secondary:
    description:
      - Marks the parametric as secondary in this category (C(IsSecondary)).
    type: bool
  required:
    description:
      - Whether products in this category must have a value for the parametric (C(IsRequired)). It overrides the
        parametric's own setting.
    type: bool
  hidden:
    description:
      - Whether the parametric is hidden in this category (C(IsHidden)).
    type: bool
  state:
    description:
      - V(present) links the parametric to the category, updates the settings that differ, or restores a removed link
        (never creating a second one).
      - V(absent) removes the link with the API's C(DELETE); Norce keeps the link as inactive (C(IsActive=false)),
        and V(present) restores it.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - Nothing but O(category) and O(parametric) is needed to create a link.
seealso:
  - module: norce.commerce.category
  - module: norce.commerce.parametric
  - module: norce.commerce.parametric_group
"""

EXAMPLES = r"""
- name: Make the shoe size a required filter of the shoes category
  norce.commerce.category_parametric:
    category: shoes
    parametric: shoe-size
    group: sizes
    required: true
    filter_sort_order: 1

- name: Hide the colour in the shoes category
  norce.commerce.category_parametric:
    category: shoes
    parametric: colour
    hidden: true

- name: Remove the link
  norce.commerce.category_parametric:
    category: shoes
    parametric: colour
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
    - The link as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
      C(Id) is the parametric's id.
    - Empty when O(state=absent) and the link never existed.
  returned: always
  type: dict
  sample:
    Id: 15
    CategoryId: 42
    Code: shoe-size
    Name: Shoe size
    Type: list
    GroupId: 5
    GroupName: Sizes
    FilterSortOrder: 1
    IsSecondary: false
    IsRequired: true
    IsHidden: false
    HasListValues: true
    HasMultipleValues: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("category_parametric")


if __name__ == "__main__":
    main()
