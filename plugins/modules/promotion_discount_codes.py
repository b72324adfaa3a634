#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: promotion_discount_codes
short_description: Add unique discount codes to a promotion in Norce Commerce
version_added: 0.1.0
description:
  - Adds unique (single-use) discount codes to a promotion, and reports which ones it added.
  - A code the promotion already has is left as it is, so running the task again changes nothing.
  - A code that a shopper has used (claimed, C(IsClaimed)) is never removed, whatever the options say.
  - Codes are matched without regard to case, as Norce matches them.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  promotion:
    description:
      - Code of the promotion (C(Code) of the promotion; the codes live under its id), managed by
        M(norce.commerce.promotion).
      - The promotion must exist; the task fails before writing anything otherwise.
    type: str
    required: true
  codes:
    description:
      - The unique discount codes (C(DiscountCode) of each, 1 to 50 characters).
      - Each code may be listed once; an empty code, a longer one, or a code listed twice fails before anything is
        written, naming its place in the list.
    type: list
    elements: str
    required: true
  purge:
    description:
      - Also remove the unused codes of the promotion that O(codes) does not list. Used (claimed) codes stay.
      - Without it, codes are only added.
    type: bool
    default: false
  state:
    description:
      - V(present) adds the codes the promotion does not have yet.
      - V(absent) removes the listed codes that are unused; a listed code that is already used stays and is reported
        in RV(kept) with a warning.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
notes:
  - Adding uses the API's insert of unique codes (C(POST /api/promotion/{id}/uniquecodes)), which skips codes the
    promotion has. Removing uses its update (C(PUT) on the same path), which keeps used codes; the module sends every
    code that should stay, used ones included.
  - A promotion with unique codes also needs a requirement of type C(unique_discount_code) to use them (see
    M(norce.commerce.promotion)).
seealso:
  - module: norce.commerce.promotion
"""

EXAMPLES = r"""
- name: Codes for the newsletter
  norce.commerce.promotion_discount_codes:
    promotion: summer-sale
    codes:
      - NEWS-7F3K
      - NEWS-Q9PL
  register: codes

- name: Show what was added
  ansible.builtin.debug:
    msg: "{{ codes.added }}"

- name: Exactly these unused codes (used ones always stay)
  norce.commerce.promotion_discount_codes:
    promotion: summer-sale
    codes: "{{ lookup('ansible.builtin.file', 'codes.txt').splitlines() }}"
    purge: true

- name: Withdraw a code that leaked
  norce.commerce.promotion_discount_codes:
    promotion: summer-sale
    codes: [NEWS-Q9PL]
    state: absent
"""

RETURN = r"""
action:
  description: V(update) when codes were added or removed (or would be in check mode), otherwise V(none).
  returned: always
  type: str
  sample: update
added:
  description: The codes added (or that would be added in check mode), as given.
  returned: always
  type: list
  elements: str
  sample: [NEWS-7F3K, NEWS-Q9PL]
removed:
  description: The unused codes removed (or that would be removed in check mode).
  returned: always
  type: list
  elements: str
  sample: []
kept:
  description: Used (claimed) codes that O(purge) or O(state=absent) would have removed, and that stay.
  returned: always
  type: list
  elements: str
  sample: [NEWS-A1B2]
codes:
  description: Every code of the promotion afterwards (used ones included), sorted.
  returned: always
  type: list
  elements: str
  sample: [NEWS-7F3K, NEWS-A1B2, NEWS-Q9PL]
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("promotion_discount_codes")


if __name__ == "__main__":
    main()
