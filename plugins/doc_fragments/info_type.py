# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment(object):
    # Options the three kinds of info type (product, customer, shopping) share; each module documents its own group.
    DOCUMENTATION = r"""
options:
  code:
    description:
      - Code of the info type within its group, its language-independent identifier (C(Code), at most 50 characters).
        Integrations such as Connect API imports address the info type by this code.
    type: str
    required: true
  sort_order:
    description:
      - Position of the info type among the info types of its group (C(SortOrder)).
    type: int
notes:
  - O(name) is needed to create an info type.
"""
