# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pricing: price lists, the warehouses they check stock in, and the rules that round prices."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    NO_DELETE,
    Field,
    Nested,
    Ref,
    Resource,
)
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


# Lists of other items by code, stored as lists of {Id}: the sub-item is the code alone.
def _codes(option, resource):
    return Nested(key=option, fields=[Field(option, "Id", ref=Ref(resource))], active_field=None)


PRICE_LIST_REF_IN_PATH = Field("price_list", "PriceListId", ref=Ref("price_list"), path_param="priceListId")

# The category nodes of a population rule. A node the list no longer names is unchecked, not removed: Norce keeps
# the tree. Nodes are listed flat (no children), each with its own manufacturers and flags.
POPULATION_CATEGORIES = Nested(
    key="category",
    fields=[
        Field("category", "CategoryId", ref=Ref("category")),
        Field("supplier_required", "IsSupplierRequired", type="bool"),
        Field("manufacturers", "Manufacturers", nested=_codes("manufacturer", "manufacturer")),
        Field("flags", "Flags", nested=_codes("flag", "product_flag")),
    ],
    active_field="IsChecked",
)

PRICE_LIST_POPULATION = Resource(
    name="price_list_population",
    title="price list population rule",
    path="/api/pricing/pricelist/{priceListId}/population",
    item_path="/api/pricing/pricelist/{priceListId}/population",
    # One rule that adds products and one that removes them, per price list.
    key=("price_list", "include"),
    fields=[
        PRICE_LIST_REF_IN_PATH,
        Field("include", "IsInclude", type="bool"),
        Field("supplier_required", "IsSupplierRequired", type="bool"),
        Field("categories", "Categories", nested=POPULATION_CATEGORIES),
        Field("manufacturers", "Manufacturers", nested=_codes("manufacturer", "manufacturer")),
        Field("flags", "Flags", nested=_codes("flag", "product_flag")),
    ],
    # The API adds a rule and replaces one with a PUT on the list path (an Id of 0 adds), and cannot read one rule.
    create_verb="PUT",
    put_path="/api/pricing/pricelist/{priceListId}/population",
    item_get=False,
    # A rule is switched off (unchecked), never removed.
    active_field="IsChecked",
)

# The pricing rules of a price list, compared as a set keyed by what each applies to: its category, its manufacturer
# and its set of flags. The API replaces all rules of the price list with one PUT.
PRICING_RULES = Nested(
    key=("category", "manufacturer", "flags"),
    fields=[
        Field("category", "CategoryId", ref=Ref("category")),
        Field("manufacturer", "ManufacturerId", ref=Ref("manufacturer")),
        Field("flags", "Flags", nested=_codes("flag", "product_flag")),
        Field("price_rule_id", "PriceRuleId", type="int"),
        Field("value", "Value", type="float"),
        Field("kickback_percentage", "KickbackPercentage", type="float"),
        Field("minimum_product_margin_percentage", "MinimumProductMarginPercentage", type="float"),
        Field("preferred_position", "PreferredPosition", type="int"),
        Field("limit_to_price_recommended", "LimitToPriceRecommended", type="bool"),
        Field("supplement_charge_amount", "SupplementChargeAmount", type="float"),
        Field("supplement_charge_percentage", "SupplementChargePercentage", type="float"),
    ],
    active_field=None,
    create_required=("price_rule_id",),
    # A rule may name any of the three, or none (the price list's default rule).
    required=(),
)

PRICE_LIST_PRICING = Resource(
    name="price_list_pricing",
    title="price list pricing rules",
    path="/api/pricing/pricelist/{priceListId}/pricing",
    item_path="/api/pricing/pricelist/{priceListId}/pricing",
    key=("price_list",),
    fields=[PRICE_LIST_REF_IN_PATH, Field("rules", "Rules", nested=PRICING_RULES)],
    whole_list="rules",
    can_create=False,
    delete=NO_DELETE,
    active_field=None,
)

PRICING = (WAREHOUSE, WAREHOUSE_LOCATION, PRICE_LIST, PRICE_LIST_WAREHOUSE, ROUNDING_RULE, PRICE_LIST_POPULATION,
           PRICE_LIST_PRICING)
