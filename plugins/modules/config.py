#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: config
short_description: Apply a whole Norce Commerce configuration in one task
version_added: 0.1.0
description:
  - Brings every item of a configuration document to the state it describes, in one task. The document's keys
    are resource names (the names of this collection's modules, such as C(product_flag)); each value is a list
    of items with exactly the options of that module, including O(ignore:state).
  - Items are compared and written the way the single-item modules do it, with the same messages. Only the
    options an item sets are compared; what it leaves out is left as it is in Norce.
  - Before anything is written, the whole document is checked and every item planned. An unknown resource or
    option, a wrong type, the same key twice in one document, or a reference to an item that is neither in the
    document nor in Norce fails the task with every problem listed, and nothing is written.
  - Resources are written in the order their references need (flag groups before flags, a parent category
    before its children, a warehouse before its locations); removals go in the reverse order.
  - Each resource is read once (once per parent for nested resources, such as the values of a parametric), and
    the items of one step are written in parallel (O(parallel)).
  - An item whose write fails does not stop the others. The task then fails at the end, listing every failure
    and every item that was already written.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  config:
    description:
      - The configuration document, as returned by M(norce.commerce.config_info) in its RV(norce.commerce.config_info#module:config) key.
      - A dictionary of resource names to lists of items. Each item is a dictionary of the options of the module of
        the same name (connection options excluded).
      - A list of such documents is applied as layers, first to last. An item of a later layer with the same key
        as one of an earlier layer is merged into it, the later layer's options winning (a shared base and
        per-environment overrides). Within one layer, a key may appear only once.
    type: raw
    required: true
  purge:
    description:
      - Removes (deactivates, or deletes where the API only deletes) every item of the named resources that the
        document does not list.
      - V(true) purges every resource the document lists; a list names the resources to purge. A resource to
        purge must be a key of the document; an empty list there (for example C(product_flag) with V([]))
        purges all its items.
      - Without it, nothing the document does not list is touched.
      - A primary item (a primary culture, currency or sales area) cannot be purged; list it, or make another
        item primary.
    type: raw
    default: false
  parallel:
    description:
      - How many requests are sent at the same time while writing. Reading is one request per resource.
      - The default was chosen from the benchmark in C(docs/performance.md).
    type: int
    default: 8
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - In check mode the task plans every item and reports what it would change, with diffs, and writes nothing.
  - An item that refers to an item created earlier in the same document is planned as a change in check mode;
    its reference has no id yet.
seealso:
  - module: norce.commerce.config_info
"""

EXAMPLES = r"""
- name: Flags, a parametric with values and two categories, in one task
  norce.commerce.config:
    config:
      product_flag_group:
        - code: campaign
          name: Campaign
      product_flag:
        - code: news
          group: campaign
          name: News
        - code: outlet
          group: campaign
          name: Outlet
          translations:
            sv-SE:
              name: Fynd
      parametric:
        - code: color
          type: list
          name: Color
      parametric_value:
        - parametric: color
          code: red
          value: Red
      category:
        - code: clothes
          name: Clothes
        - code: shirts
          name: Shirts
          parent: clothes

- name: Keep exactly these flags (and no others) in the campaign group's resource
  norce.commerce.config:
    config:
      product_flag:
        - code: news
          group: campaign
          name: News
    purge: [product_flag]

- name: A shared base with overrides for production
  norce.commerce.config:
    config:
      - "{{ lookup('ansible.builtin.file', 'config/base.yml') | from_yaml }}"
      - "{{ lookup('ansible.builtin.file', 'config/prod.yml') | from_yaml }}"
"""

RETURN = r"""
summary:
  description: For each resource of the document, how many items were created, updated, deactivated and left unchanged.
  returned: always
  type: dict
  sample:
    product_flag: {created: 2, updated: 1, deactivated: 0, unchanged: 40}
items:
  description:
    - One entry per item, in the order written, with C(diff) for the items that changed.
  returned: always
  type: list
  elements: dict
  sample:
    - resource: product_flag
      key: {code: news}
      action: create
      changed: true
      diff: {before: {state: absent}, after: {code: news, group: campaign, name: News, state: present}}
written:
  description: The items written (or, in check mode, that would be), as C(<action> <resource>[<key>]).
  returned: always
  type: list
  elements: str
  sample: ["create product_flag[code=news]"]
failures:
  description: The items that could not be written, with the reason. When any, the task fails after the others.
  returned: always
  type: list
  elements: str
  sample: []
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_bulk_module


def main():
    run_bulk_module("config")


if __name__ == "__main__":
    main()
