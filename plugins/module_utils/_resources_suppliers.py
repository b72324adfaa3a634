# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Suppliers: the suppliers themselves, their price lists, warehouses and warehouse locations, and the
links that let a client price list use supplier price lists."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import DELETE_VERB, Field, Ref, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources_settings import CURRENCY_REF

# Left out on purpose, because Norce marks them deprecated or obsolete: IsPurchaseIntegrated,
# IsPurchaseManual, LastDocumentImported, Email, AccountNo, SupplementChargePercentage and the
# ErrorNotificationCommunication* pair. A full PUT keeps whatever Norce holds in them.
SUPPLIER = Resource(
    name="supplier",
    title="supplier",
    path="/api/supplier",
    item_path="/api/supplier/{id}",
    fields=[
        Field("code", "Code"),
        Field("name", "Name"),
        # Norce's own country id: the Management API lists no countries by ISO code to resolve one from.
        Field("country_id", "CountryId", type="int"),
        Field("currency", "CurrencyId", ref=CURRENCY_REF),
        Field("organization_no", "OrganizationNo"),
        Field("code_prefix", "CodePrefix"),
        Field("care_of", "CareOf"),
        Field("address_line1", "AddressLine1"),
        Field("address_line2", "AddressLine2"),
        Field("zip_code", "ZipCode"),
        Field("city", "City"),
        Field("region", "Region"),
        Field("phone", "Phone"),
        Field("feed", "Feed", type="bool"),
        Field("penalty_charge_amount", "PenaltyChargeAmount", type="float"),
        Field("penalty_charge_percentage", "PenaltyChargePercentage", type="float"),
        Field("purchase_cutoff_text", "PurchaseCutoffText"),
    ],
    create_required=("name", "country_id", "currency"),
)

# A supplier's own items live under the supplier in the path.
SUPPLIER_PARENT = Field("supplier", "SupplierId", ref=Ref("supplier"), path_param="supplierId")

SUPPLIER_PRICE_LIST = Resource(
    name="supplier_price_list",
    title="supplier price list",
    path="/api/supplier/{supplierId}/pricelist",
    item_path="/api/supplier/{supplierId}/pricelist/{id}",
    deleted_path="/api/supplier/{supplierId}/pricelist/deleted",
    key=("supplier", "code"),
    fields=[
        SUPPLIER_PARENT,
        Field("code", "Code"),
        Field("name", "Name"),
        Field("description", "Description"),
        Field("currency", "CurrencyId", ref=CURRENCY_REF),
        Field("start_date", "StartDate", type="datetime"),
        Field("end_date", "EndDate", type="datetime"),
        Field("primary", "IsPrimary", type="bool"),
        Field("manufacturer", "ManufacturerId", ref=Ref("manufacturer")),
        Field("contact", "Contact"),
        Field("comment", "Comment"),
        Field("end_customer", "EndCustomer"),
        Field("manually_maintained", "IsManuallyMaintained", type="bool"),
        Field("special_terms", "IsSpecialTerms", type="bool"),
    ],
    create_required=("name", "currency"),
    # One price list of each supplier is its primary one.
    primary="primary",
)

# Left out as deprecated or obsolete: CostBlock, FreightCost, MinimumOrderValue, MinimumOrderValueCost,
# TransferMethodValue, NextExpectedDate, LastImported.
SUPPLIER_WAREHOUSE = Resource(
    name="supplier_warehouse",
    title="supplier warehouse",
    path="/api/supplier/{supplierId}/warehouse",
    item_path="/api/supplier/{supplierId}/warehouse/{id}",
    key=("supplier", "code"),
    fields=[
        SUPPLIER_PARENT,
        Field("code", "Code"),
        Field("name", "Name"),
        Field("lead_time", "StandardLeadTimeDayCount", type="int"),
        Field("ignore_stock", "IgnoreStock", type="bool"),
        Field("standard", "IsStandard", type="bool"),
    ],
    create_required=("name",),
)

SUPPLIER_WAREHOUSE_LOCATION = Resource(
    name="supplier_warehouse_location",
    title="supplier warehouse location",
    path="/api/supplier/{supplierId}/warehouse/{warehouseId}/location",
    item_path="/api/supplier/{supplierId}/warehouse/{warehouseId}/location/{id}",
    key=("supplier", "warehouse", "code"),
    fields=[
        SUPPLIER_PARENT,
        Field("warehouse", "WarehouseId", path_param="warehouseId",
              ref=Ref("supplier_warehouse", within=("supplier", "supplierId"))),
        Field("code", "Code"),
        Field("name", "Name"),
        Field("lead_time", "LeadTimeDayCount", type="int"),
        Field("standard", "IsStandard", type="bool"),
    ],
)

PRICE_LIST_SUPPLIER_PRICE_LIST = Resource(
    name="price_list_supplier_price_list",
    title="price list supplier price list",
    path="/api/pricing/pricelist/{priceListId}/supplierpricelist",
    item_path="/api/pricing/pricelist/{priceListId}/supplierpricelist/{id}",
    key=("price_list", "supplier", "supplier_price_list"),
    fields=[
        Field("price_list", "PriceListId", ref=Ref("price_list"), path_param="priceListId"),
        # Only locates the supplier price list, whose code is unique per supplier; the link stores the
        # supplier price list's id and the API derives the supplier from it.
        Field("supplier", "SupplierId", ref=Ref("supplier"), write=False),
        Field("supplier_price_list", "Id", ref=Ref("supplier_price_list", within=("supplier", "supplierId"))),
    ],
    # The link has no active flag: absent removes it with the API's DELETE.
    delete=DELETE_VERB,
    active_field=None,
)

SUPPLIERS = (SUPPLIER, SUPPLIER_PRICE_LIST, SUPPLIER_WAREHOUSE, SUPPLIER_WAREHOUSE_LOCATION,
             PRICE_LIST_SUPPLIER_PRICE_LIST)
