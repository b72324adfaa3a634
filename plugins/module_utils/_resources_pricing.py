# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pricing: price lists, the warehouses they check stock in, and the rules that round prices."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import DELETE_VERB, Field, Nested, Ref, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources_settings import (
    CLIENT_SALES_AREA_REF,
    CURRENCY_REF,
)

WAREHOUSE = Resource(
    name="warehouse",
    title="warehouse",
    path="/api/warehouse",
    item_path="/api/warehouse/{id}",
    fields=[
        Field("code", "Code"),
        Field("name", "Name"),
        Field("description", "Description"),
        Field("type", "TypeId", choices={"warehouse": 1, "store": 2, "transport": 3, "other": 4}),
        Field("lead_time", "LeadTime", type="int"),
        Field("lead_time_unit", "LeadTimeUnit", choices=["Hours", "Days", "Weeks"]),
        Field("address_line1", "AddressLine1"),
        Field("zip_code", "ZipCode"),
        Field("city", "City"),
    ],
    create_required=("name",),
    create_defaults={"TypeId": 1},
)

WAREHOUSE_LOCATION = Resource(
    name="warehouse_location",
    title="warehouse location",
    path="/api/warehouse/{warehouseId}/location",
    item_path="/api/warehouse/{warehouseId}/location/{id}",
    key=("warehouse", "code"),
    fields=[
        Field("warehouse", "WarehouseId", ref=Ref("warehouse"), path_param="warehouseId"),
        Field("code", "Code"),
        Field("name", "Name"),
        Field("included_in_stock_calculation", "IsIncludedInStockCalculation", type="bool"),
    ],
    create_defaults={"IsIncludedInStockCalculation": True},
)

# A location of the warehouse that the same item's `warehouse` option names.
LOCATION_REF = Ref("warehouse_location", within=("warehouse", "warehouseId"))

PRICE_LIST = Resource(
    name="price_list",
    title="price list",
    path="/api/pricing/pricelist",
    item_path="/api/pricing/pricelist/{id}",
    fields=[
        Field("code", "Code"),
        Field("name", "Name"),
        Field("description", "Description"),
        Field("type", "TypeId", ref=Ref("client_price_list_type",
                                        unknown="the client has no price list type with code %r")),
        Field("currency", "CurrencyId", ref=CURRENCY_REF),
        Field("sales_area", "SalesAreaId", ref=CLIENT_SALES_AREA_REF),
        Field("parent", "ParentPriceListId", ref=Ref("price_list")),
        Field("start_date", "StartDate", type="datetime"),
        Field("end_date", "EndDate", type="datetime"),
        Field("primary", "IsPrimary", type="bool"),
        Field("public", "IsPublic", type="bool"),
        Field("virtual", "IsVirtual", type="bool"),
        Field("favorite", "IsFavorite", type="bool"),
        Field("limited_to_stock", "IsLimitedToStock", type="bool"),
        Field("default_price_rule_id", "DefaultPriceRuleId", type="int"),
        Field("default_price_rule_value", "DefaultPriceRuleValue", type="float"),
        Field("default_supplement_charge", "DefaultSupplementCharge", type="float"),
        Field("default_supplement_charge_percentage", "DefaultSupplementChargePercentage", type="float"),
        Field("default_minimum_product_margin_percentage", "DefaultMinimumProductMarginPercentage", type="float"),
        Field("default_limit_to_price_recommended", "DefaultLimitToPriceRecommended", type="bool"),
        Field("inherit_structure_calculation_rule", "InheritStructureCalculationRule", type="int"),
        Field("population_rule_id", "PopulationRuleId", type="int"),
        Field("warehouse", "ChosenWarehouseId", ref=Ref("warehouse")),
        Field("location", "ChosenLocationId", ref=LOCATION_REF),
    ],
    create_required=("name", "currency"),
)

PRICE_LIST_WAREHOUSE = Resource(
    name="price_list_warehouse",
    title="price list warehouse",
    path="/api/pricing/pricelist/{priceListId}/warehouse",
    item_path="/api/pricing/pricelist/{priceListId}/warehouse/{id}",
    key=("price_list", "warehouse"),
    fields=[
        Field("price_list", "PriceListId", ref=Ref("price_list"), path_param="priceListId"),
        # The link is addressed by the warehouse's own id.
        Field("warehouse", "Id", ref=Ref("warehouse")),
        Field("location", "LocationId", ref=LOCATION_REF),
    ],
    # The link has no active flag: absent removes it with the API's DELETE.
    delete=DELETE_VERB,
    active_field=None,
)

PRICE_LIST_TYPE_REF = Ref("client_price_list_type", unknown="the client has no price list type with code %r")

# The price ranges of a rounding rule, compared as a set keyed by the range: the same range with other rounding
# is a change of that setting, a range the list no longer names is dropped (settings have no active flag).
ROUNDING_SETTINGS = Nested(
    key=("price_from", "price_to"),
    fields=[
        Field("price_from", "PriceFrom", type="float"),
        Field("price_to", "PriceTo", type="float"),
        Field("price_ends_from", "PriceEndsFrom", type="float"),
        Field("price_ends_to", "PriceEndsTo", type="float"),
        Field("round_to_decimals", "RoundToDecimals", type="int", choices=[2, 1, 0, -1, -2]),
        Field("direction", "RoundingDirection", type="int"),
        Field("value", "RoundingValue", type="float"),
    ],
    active_field=None,
    create_required=("round_to_decimals",),
    # Either end of a range may be open (null).
    required=(),
)

ROUNDING_RULE = Resource(
    name="rounding_rule",
    title="rounding rule",
    path="/api/pricing/roundingrule",
    item_path="/api/pricing/roundingrule/{id}",
    # A rule has no code: what it applies to identifies it, and Norce keeps one rule per such scope. A scope
    # option left out means "any" (null), so the rule with every option left out is the fallback rule.
    key=("type", "currency", "application", "field"),
    optional_key=("type", "currency", "application", "field"),
    fields=[
        Field("type", "TypeId", ref=PRICE_LIST_TYPE_REF),
        Field("currency", "CurrencyId", ref=CURRENCY_REF),
        Field("application", "ApplicationId", type="int"),
        Field("field", "FieldId", choices={"sale_price": 1, "recommended_price": 2, "catalog_price": 3}),
        Field("name", "DefaultName"),
        Field("description", "DefaultDescription"),
        Field("including_vat", "IsIncludingVat", type="bool"),
        Field("minimum_margin_forced", "IsMinimumMarginForced", type="bool"),
        Field("settings", "Settings", nested=ROUNDING_SETTINGS),
    ],
    create_required=("name",),
)

PRICING = (WAREHOUSE, WAREHOUSE_LOCATION, PRICE_LIST, PRICE_LIST_WAREHOUSE, ROUNDING_RULE)
