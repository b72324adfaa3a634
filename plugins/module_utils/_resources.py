# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every resource this collection manages, by module name.

A module, the bulk ``config`` module and the export all look resources up here. The descriptions
themselves live in one file per family (``_resources_<family>.py``).
"""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resources_catalogue import CATALOGUE
from ansible_collections.norce.commerce.plugins.module_utils._resources_pricing import PRICING
from ansible_collections.norce.commerce.plugins.module_utils._resources_promotions import (
    PROMOTION_MEMBERS,
    PROMOTIONS,
)
from ansible_collections.norce.commerce.plugins.module_utils._resources_settings import SETTINGS
from ansible_collections.norce.commerce.plugins.module_utils._resources_stores import STORES
from ansible_collections.norce.commerce.plugins.module_utils._resources_suppliers import SUPPLIERS

RESOURCES = dict((r.name, r) for r in CATALOGUE + SETTINGS + PRICING + STORES + SUPPLIERS + PROMOTIONS)
# Sets of plain values kept under an item of a resource (``_resource.Members``), by module name.
MEMBERS = dict((m.name, m) for m in PROMOTION_MEMBERS)
