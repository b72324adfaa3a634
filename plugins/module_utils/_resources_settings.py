# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Application and client settings."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    Field,
    Resource,
)

APPLICATION_CULTURE = Resource(
    name="application_culture",
    title="application culture",
    path="/api/application/culture",
    item_path="/api/application/culture/{id}",
    id_field="CultureCode",
    key=("culture",),
    fields=[
        Field("culture", "CultureCode"),
        Field("primary", "IsPrimary", type="bool"),
    ],
    delete=DELETE_VERB,
    scope="application",
    primary="primary",
)

SETTINGS = (APPLICATION_CULTURE,)
