# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Stores (Norce's divisions): physical shops with an address, visible in some applications."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import DELETE_VERB, Field, Nested, Ref, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources_pricing import LOCATION_REF

# The applications a store is visible in are part of the store's model, so they are a nested list of the store
# rather than a resource of their own: one PUT of the store adds and removes links. A link has no active flag,
# so an application the list no longer names is dropped; Norce needs at least one.
STORE_APPLICATIONS = Nested(
    key="application_id",
    fields=[Field("application_id", "ApplicationId", type="int")],
    active_field=None,
    min_items=1,
)

STORE = Resource(
    name="store",
    title="store",
    path="/api/store",
    item_path="/api/store/{id}",
    fields=[
        Field("code", "DivisionCode"),
        Field("address_line1", "AddressLine1"),
        Field("address_line2", "AddressLine2"),
        Field("zip_code", "ZipCode"),
        Field("city", "City"),
        Field("region", "Region"),
        # Norce's system-wide country id, as for application countries: no route lists countries by ISO code.
        Field("country_id", "CountryId", type="int"),
        Field("latitude", "Latitude", type="float"),
        Field("longitude", "Longitude", type="float"),
        Field("unique_url_name_manual", "IsUniqueUrlNameManuallyMaintained", type="bool"),
        Field("applications", "Applications", nested=STORE_APPLICATIONS),
    ],
    localized={
        "name": "Name",
        "group_name": "GroupName",
        "sub_group_name": "SubGroupName",
        "description": "Description",
        "unique_url_name": "UniqueUrlName",
    },
    create_required=("name", "applications"),
)

STORE_REF = Ref("store", unknown="the client has no store with code %r")

# A store's price lists and warehouses are not in the store's model: they have link routes of their own, so they
# are link resources under the store (as price list warehouses are under a price list), not nested lists. The API
# has no GET of one link: the current link is read from the store's list before it is replaced.
STORE_PRICE_LIST = Resource(
    name="store_price_list",
    title="store price list",
    path="/api/store/{storeId}/pricelist",
    item_path="/api/store/{storeId}/pricelist/{id}",
    key=("store", "price_list"),
    fields=[
        Field("store", "DivisionId", ref=STORE_REF, path_param="storeId"),
        # The link is addressed by the price list's own id.
        Field("price_list", "Id", ref=Ref("price_list")),
        Field("start", "Start", type="datetime"),
        Field("end", "End", type="datetime"),
    ],
    item_get=False,
    delete=DELETE_VERB,
    active_field=None,
)

STORE_WAREHOUSE = Resource(
    name="store_warehouse",
    title="store warehouse",
    path="/api/store/{storeId}/warehouse",
    item_path="/api/store/{storeId}/warehouse/{id}",
    key=("store", "warehouse"),
    fields=[
        Field("store", "DivisionId", ref=STORE_REF, path_param="storeId"),
        # The link is addressed by the warehouse's own id.
        Field("warehouse", "Id", ref=Ref("warehouse")),
        Field("location", "LocationId", ref=LOCATION_REF),
    ],
    item_get=False,
    delete=DELETE_VERB,
    active_field=None,
)

STORES = (STORE, STORE_PRICE_LIST, STORE_WAREHOUSE)
