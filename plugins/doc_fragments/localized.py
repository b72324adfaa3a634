# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations


class ModuleDocFragment(object):
    # Options of resources whose texts are localized (DefaultName, DefaultDescription and Cultures in the API).
    DOCUMENTATION = r"""
options:
  name:
    description:
      - Name in the client's default culture (C(DefaultName) in the API).
    type: str
  description:
    description:
      - Description in the client's default culture (C(DefaultDescription) in the API).
    type: str
  translations:
    description:
      - Texts in other cultures, as a dictionary from culture code (for example C(sv-SE)) to a dictionary with the keys
        C(name) and C(description).
      - Only the cultures and keys given are managed; others are left as they are.
      - An empty string or null makes the culture inherit the default text again.
    type: dict
"""
