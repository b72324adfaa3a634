# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Promotions: basket promotions with their requirements and effects, and their unique discount codes."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import NO_DELETE, Field, Members, Nested, Ref, Resource

# The product filters of a requirement or effect (its ProductList rows), by code. A row combines the
# filters it sets; a filter it leaves out is null. A row is known by the filters it sets.
PRODUCT_FILTERS = ("flag", "category", "manufacturer", "price_list", "product_type")


def _products():
    return Field("products", "ProductList", nested=Nested(
        key=PRODUCT_FILTERS,
        fields=[
            Field("flag", "FlagId", ref=Ref("product_flag")),
            Field("category", "CategoryId", ref=Ref("category")),
            Field("manufacturer", "ManufacturerId", ref=Ref("manufacturer")),
            Field("price_list", "PriceListId", ref=Ref("price_list")),
            Field("product_type", "ProductTypeId", ref=Ref("product_type")),
            Field("quantity", "Qty", type="float"),
        ],
        active_field=None,
        required=(),
    ))


def _types(*names):
    """Choices in snake_case for the API's PascalCase enumeration values."""
    return dict(("".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_"), name) for name in names)


REQUIREMENT_TYPES = _types("BasketTotal", "ProductFilter", "ProductManufacturer", "ProductCategory", "ProductFlag",
                           "ProductPriceList", "ProductType", "DiscountCode", "UniqueDiscountCode",
                           "ExternalDiscountCode", "CustomerFlag", "CompanyFlag")
EFFECT_TYPES = _types("DiscountBasket", "ProductFilter", "ProductManufacturer", "ProductCategory", "ProductFlag",
                      "ProductPriceList", "ProductType", "DiscountFreight", "AddProduct", "SelectProduct")

# A requirement is known by its type and its target: the product rows, the discount code or the flag.
REQUIREMENTS = Nested(
    key=("type", "products", "discount_code", "customer_flag", "company_flag"),
    fields=[
        Field("type", "RequirementType", choices=REQUIREMENT_TYPES),
        _products(),
        Field("discount_code", "DiscountCode"),
        Field("customer_flag", "CustomerFlagId", ref=Ref("customer_flag")),
        Field("company_flag", "CompanyFlagId", ref=Ref("customer_flag")),
        Field("operator", "ProductListOperator", choices={"and": "And", "or": "Or", "not": "Not"}),
        Field("order_sum", "OrderSum", type="float"),
        Field("max_order_sum", "MaxOrderSum", type="float"),
        Field("inc_vat", "IsIncVat", type="bool"),
    ],
    active_field=None,
)

# An effect is known by its type and its product rows.
EFFECTS = Nested(
    key=("type", "products"),
    fields=[
        Field("type", "EffectType", choices=EFFECT_TYPES),
        _products(),
        Field("discount", "IsDiscount", type="bool"),
        Field("fixed_price", "IsFixedPrice", type="bool"),
        Field("value", "Value", type="float"),
        Field("inc_vat", "IsIncVat", type="bool"),
        Field("ignore_non_discountable", "IgnoreNonDiscountable", type="bool"),
        Field("discount_most_expensive_items", "DiscountMostExpensiveItems", type="bool"),
        Field("use_requirement_products", "UseRequirementProducts", type="bool"),
        Field("quantity", "GenericQty", type="float"),
        Field("sort_order", "SortOrder", type="int"),
    ],
    active_field=None,
)

PROMOTION = Resource(
    name="promotion",
    title="promotion",
    path="/api/promotion",
    item_path="/api/promotion/{id}",
    fields=[
        Field("code", "Code"),
        Field("status", "Status", choices={"draft": "Draft", "active": "Active", "inactive": "Inactive"}),
        Field("start_date", "StartDate", type="datetime"),
        Field("end_date", "EndDate", type="datetime"),
        Field("exclusivity", "ExclusivityType", choices={"not_exclusive": "NotExclusive", "exclusive": "Exclusive",
                                                         "ignore_exclusivity": "IgnoreExclusivity"}),
        Field("stackable", "IsStackable", type="bool"),
        Field("allowed_usage_count", "AllowedUsageCount", type="int"),
        Field("exclude_from_price_calculation", "ExcludeFromPriceCalculation", type="bool"),
        Field("currency", "CurrencyCode"),
        Field("image", "ImageKey"),
        Field("requirements", "Requirements", nested=REQUIREMENTS),
        Field("effects", "Effects", nested=EFFECTS),
    ],
    localized={"name": "Name", "sub_header": "SubHeader", "sub_description": "SubDescription",
               "description_header": "DescriptionHeader", "description": "Description"},
    # The API has no delete and the model no active flag: a promotion is stopped through its status.
    delete=NO_DELETE,
    active_field=None,
    create_required=("name",),
    # The list model has no requirements and effects.
    partial_list=True,
)

# The single-use codes of a promotion: added in bulk; a replace keeps the claimed (used) ones.
PROMOTION_DISCOUNT_CODES = Members(
    name="promotion_discount_codes",
    title="unique discount code",
    parent=Field("promotion", "PromotionId", ref=Ref("promotion")),
    path="/api/promotion/{id}/uniquecodes",
    option="codes",
    value_field="DiscountCode",
    locked_field="IsClaimed",
    max_length=50,
)

PROMOTIONS = (PROMOTION,)
PROMOTION_MEMBERS = (PROMOTION_DISCOUNT_CODES,)
