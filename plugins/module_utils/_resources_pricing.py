# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Pricing: price lists."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import Field, Ref, Resource
from ansible_collections.norce.commerce.plugins.module_utils._resources_settings import (
    CLIENT_SALES_AREA_REF,
    CURRENCY_REF,
)

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
    ],
    create_required=("name", "currency"),
)

PRICING = (PRICE_LIST,)
