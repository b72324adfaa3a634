# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment(object):
    # Attributes every resource module shares.
    DOCUMENTATION = r"""
options: {}
attributes:
  check_mode:
    description: Can run in check mode and return the changed status and the object Norce would hold, without writing.
    support: full
  diff_mode:
    description: Returns the managed options before and after, with references shown by their codes.
    support: full
  action_group:
    description: Use C(group/norce.commerce.management) in C(module_defaults) to set the connection options once.
    support: full
    membership:
      - norce.commerce.management
"""
