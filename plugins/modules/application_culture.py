#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: application_culture
short_description: Manage the cultures of a Norce Commerce application
version_added: 0.1.0
description:
  - Adds a culture to the application of O(application_id), makes it the primary culture, or removes it.
  - Only C(IsPrimary) and C(IsActive) of an application culture can be changed through the API.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  culture:
    description:
      - Culture code, for example V(sv-SE) or V(en-US). It must be a culture Norce knows.
    type: str
    required: true
  primary:
    description:
      - Whether this is the application's primary culture. Exactly one active culture is primary; making this one
        primary moves the flag from the previous one.
    type: bool
  state:
    description:
      - V(present) adds the culture to the application, or adds it again after it was removed.
      - V(absent) removes it from the application (Norce keeps it as an inactive application culture). The primary
        culture cannot be removed; make another culture primary first.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.product_flag
"""

EXAMPLES = r"""
- name: Offer English (United Kingdom) in the application
  norce.commerce.application_culture:
    culture: en-GB

- name: Make Swedish the primary culture
  norce.commerce.application_culture:
    culture: sv-SE
    primary: true

- name: Remove German from the application
  norce.commerce.application_culture:
    culture: de-DE
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
    - The application culture as the API returned it (in check mode, as it would be).
  returned: always
  type: dict
  sample:
    CultureCode: en-GB
    IsPrimary: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("application_culture")


if __name__ == "__main__":
    main()
