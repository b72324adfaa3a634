# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment(object):
    # The state option of resources that Norce soft-deletes.
    DOCUMENTATION = r"""
options:
  state:
    description:
      - V(present) creates the item, updates the options that differ, or reactivates a deactivated item (never creating
        a second one).
      - V(absent) deactivates the item (Norce's soft delete, C(IsActive=false)); it keeps its id and can be made
        present again.
    type: str
    choices: [present, absent]
    default: present
"""
