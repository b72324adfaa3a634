# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Application and client settings."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    NO_DELETE,
    Field,
    Nested,
    Ref,
    Resource,
)

APPLICATION = Resource(
    name="application",
    title="application",
    path="/api/application",
    item_path="/api/application/{id}",
    key=(),
    singleton=True,
    fields=[
        Field("name", "Name"),
        Field("description", "Description"),
        Field("url", "Url"),
        Field("product_url", "ProductUrl"),
        Field("active", "IsActive", type="bool"),
    ],
    # Norce creates applications; the API reads and updates them.
    can_create=False,
    delete=NO_DELETE,
    active_field=None,
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

APPLICATION_COUNTRY = Resource(
    name="application_country",
    title="application country",
    path="/api/application/country",
    item_path="/api/application/country/{id}",
    # The model carries no ISO code, and no route lists Norce's countries, so the country is named by Norce's
    # own (system-wide) id, which is also the id in the path.
    key=("country_id",),
    fields=[
        Field("country_id", "Id", type="int"),
        Field("primary", "IsPrimary", type="bool"),
    ],
    scope="application",
    primary="primary",
)

CLIENT_CURRENCY = Resource(
    name="client_currency",
    title="client currency",
    path="/api/client/currency",
    item_path="/api/client/currency/{id}",
    key=("currency",),
    fields=[
        Field("currency", "Code"),
        Field("exchange_rate", "ExchangeRate", type="float"),
        Field("inherit_exchange_rate", "IsExchangeRateInherited", type="bool", clears=("ExchangeRate",)),
    ],
    can_create=False,
    not_found="currency: Norce knows no currency {currency!r} for this client (an ISO 4217 code such as SEK)",
    delete=NO_DELETE,
    active_field=None,
    update_fields=("Id", "IsExchangeRateInherited", "ExchangeRate"),
    mutually_exclusive=[("exchange_rate", "inherit_exchange_rate")],
)

# A currency by its ISO 4217 code, resolved through the client's currencies.
CURRENCY_REF = Ref("client_currency", key="currency", unknown="Norce knows no currency %r (an ISO 4217 code such as SEK)")

APPLICATION_CURRENCY = Resource(
    name="application_currency",
    title="application currency",
    path="/api/application/currency",
    item_path="/api/application/currency/{id}",
    key=("currency",),
    fields=[
        # The application currency is the system currency's id; the client's currencies know its ISO code.
        Field("currency", "Id", ref=CURRENCY_REF),
        Field("primary", "IsPrimary", type="bool"),
    ],
    scope="application",
    primary="primary",
)

VAT_CODES = Nested(
    key="name",
    fields=[Field("name", "Name"), Field("value", "Value", type="float")],
    active_field=None,
    new_ids=True,
    create_required=("value",),
    min_items=1,
)

CLIENT_SALES_AREA = Resource(
    name="client_sales_area",
    title="client sales area",
    path="/api/client/salesarea",
    item_path="/api/client/salesarea/{id}",
    fields=[
        Field("code", "Code"),
        Field("name", "Name"),
        Field("primary", "IsPrimary", type="bool"),
        # VAT codes are compared as a set keyed by name; the API has no soft delete for them, so a VAT
        # code the list no longer names is removed from the sales area.
        Field("vat_codes", "VatCodes", nested=VAT_CODES),
        Field("primary_vat_code", "PrimaryVatCodeId", nested_ref="vat_codes"),
    ],
    create_required=("name", "vat_codes", "primary_vat_code"),
    # A new sales area is not the client's primary one unless asked.
    create_defaults={"IsPrimary": False},
    # Sales areas cannot be removed through the API (the model has no active flag).
    delete=NO_DELETE,
    active_field=None,
    primary="primary",
)

CLIENT_SALES_AREA_REF = Ref("client_sales_area", unknown="the client has no sales area with code %r")

APPLICATION_SALES_AREA = Resource(
    name="application_sales_area",
    title="application sales area",
    path="/api/application/salesarea",
    item_path="/api/application/salesarea/{id}",
    key=("sales_area",),
    fields=[
        Field("sales_area", "Id", ref=CLIENT_SALES_AREA_REF),
        Field("code", "Code"),
        Field("primary", "IsPrimary", type="bool"),
    ],
    delete=DELETE_VERB,
    scope="application",
    primary="primary",
)

CLIENT_PRICE_LIST_TYPE = Resource(
    name="client_price_list_type",
    title="client price list type",
    path="/api/pricing/clientpricelisttype",
    # No item GET or PUT: the API reads and replaces the client's whole list at once.
    item_path="/api/pricing/clientpricelisttype",
    update_list=True,
    fields=[
        Field("code", "Code"),
        Field("priority", "Priority", type="int"),
        Field("sort_order", "SortOrder", type="int"),
    ],
    localized=("name", "description"),
    # The types are built into Norce; a client enables (present) or disables (absent) them.
    can_create=False,
    not_found="code: the client has no price list type with code {code!r}",
)

SETTINGS = (APPLICATION, APPLICATION_CULTURE, APPLICATION_COUNTRY, CLIENT_CURRENCY, APPLICATION_CURRENCY, CLIENT_SALES_AREA,
            APPLICATION_SALES_AREA, CLIENT_PRICE_LIST_TYPE)
