# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every resource this collection manages, described once.

A module, the bulk ``config`` module and the export all look resources up here by module name.
"""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    Field,
    Ref,
    Resource,
)

PRODUCT_FLAG_GROUP = Resource(
    name="product_flag_group",
    title="product flag group",
    path="/api/product/flaggroup",
    item_path="/api/product/flaggroup/{id}",
    deleted_path="/api/product/flaggroup/deleted",
    fields=[
        Field("code", "Code"),
        Field("multiple_choice", "IsMultipleChoice", type="bool"),
        Field("favorite", "IsFavorite", type="bool"),
    ],
    localized=("name", "description"),
    create_required=("name",),
)

PRODUCT_FLAG = Resource(
    name="product_flag",
    title="product flag",
    path="/api/product/flag",
    item_path="/api/product/flag/{id}",
    deleted_path="/api/product/flag/deleted",
    fields=[
        Field("code", "Code"),
        Field("group", "GroupId", ref=Ref("product_flag_group")),
        Field("type", "TypeId", choices={"product": 1, "variant": 2}),
        Field("sort_order", "SortOrder", type="int"),
        Field("manually_editable", "IsManuallyEditable", type="bool"),
    ],
    localized=("name", "description"),
    create_required=("group", "name"),
    # Norce's own defaults for a new flag: a product-level flag that Admin users may edit.
    create_defaults={"TypeId": 1, "IsManuallyEditable": True},
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
)

RESOURCES = dict((r.name, r) for r in (PRODUCT_FLAG_GROUP, PRODUCT_FLAG, APPLICATION_CULTURE))
