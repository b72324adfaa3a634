#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: config_info
short_description: Export a Norce Commerce configuration as a document that norce.commerce.config applies
version_added: 0.1.0
description:
  - Reads the active items of the resources asked for and returns them in the document format of
    M(norce.commerce.config); applying the export back changes nothing.
  - Items name what they refer to by code, not by id, so an export of one environment, application or client
    can be applied to another.
  - Fields Norce manages (ids, change dates, computed names) are left out, and so are options that hold their
    default (an empty text, V(false), no translations). Items are sorted by their key, so a YAML dump of the
    result changes only where the configuration does, and diffs cleanly in version control.
  - Each resource is read once, once per parent for nested resources.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  resources:
    description:
      - The resources to export, by module name (for example V(product_flag)). All of them if not set.
    type: list
    elements: str
  include_defaults:
    description:
      - Also list the options that hold their default value (an empty text as V(""), a false flag, no parent
        category as V("")), so that applying the export to another environment resets them there too.
      - The M(norce.commerce.config) module leaves options an item does not set as they are; to make a target
        equal to the source (as the C(norce.commerce.promote) role does), the export must spell them out.
      - Numbers without a value and translations are not spelled out; a culture text removed in the source
        stays in the target.
    type: bool
    default: false
extends_documentation_fragment:
  - norce.commerce.connection
attributes:
  check_mode:
    description: Reads only, so it runs the same in check mode.
    support: full
  diff_mode:
    description: Changes nothing, so there is no diff.
    support: N/A
  action_group:
    description: Use C(group/norce.commerce.management) in C(module_defaults) to set the connection options once.
    support: full
    membership:
      - norce.commerce.management
notes:
  - Deactivated items are not exported.
seealso:
  - module: norce.commerce.config
"""

EXAMPLES = r"""
- name: Export the flags and categories
  norce.commerce.config_info:
    resources: [product_flag_group, product_flag, category]
  register: export

- name: Keep it in version control
  ansible.builtin.copy:
    content: "{{ export.config | to_nice_yaml(indent=2) }}"
    dest: config/catalogue.yml
    mode: "0644"
  delegate_to: localhost
"""

RETURN = r"""
config:
  description: The configuration, a dictionary of resource names to lists of items with the options of that module.
  returned: always
  type: dict
  sample:
    product_flag:
      - code: news
        group: campaign
        name: News
        translations: {sv-SE: {name: Nyhet}}
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_bulk_module


def main():
    run_bulk_module("config_info")


if __name__ == "__main__":
    main()
