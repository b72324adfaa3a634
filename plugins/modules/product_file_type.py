#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: product_file_type
short_description: Manage product file types in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a product file type, found by its code.
  - A product file type is a kind of file or image that products can carry, such as a main image or a data sheet.
    Each is based on one of Norce's built-in file types.
  - Only the options you set are compared and changed; the rest of the file type is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the file type, its language-independent identifier (C(Code), at most 50 characters).
    type: str
    required: true
  type_id:
    description:
      - Norce's id of the built-in file type this one is based on (C(TypeId)). It decides the file extension and MIME
        type (C(TypeExtension), C(TypeMimeType)) and whether the files are images (C(IsImage)).
    type: int
  sort_order:
    description:
      - Position of the file type among the product file types (C(SortOrder)).
    type: int
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) and O(type_id) are needed to create a file type.
seealso:
  - module: norce.commerce.product_type
"""

EXAMPLES = r"""
- name: A file type for product data sheets
  norce.commerce.product_file_type:
    code: datasheet
    type_id: 2
    name: Data sheet
    sort_order: 20
    translations:
      sv-SE:
        name: Produktblad

- name: Rename it
  norce.commerce.product_file_type:
    code: datasheet
    name: Technical data sheet

- name: Deactivate it
  norce.commerce.product_file_type:
    code: datasheet
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
    - The file type as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the file type never existed.
  returned: always
  type: dict
  sample:
    Id: 9
    Code: datasheet
    TypeId: 2
    TypeExtension: pdf
    TypeMimeType: application/pdf
    IsImage: false
    DefaultName: Data sheet
    SortOrder: 20
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("product_file_type")


if __name__ == "__main__":
    main()
