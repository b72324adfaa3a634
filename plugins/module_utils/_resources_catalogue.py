# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Catalogue metadata: flags, parametrics, categories, info types and the other product and customer metadata."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._resource import (
    DELETE_VERB,
    Derived,
    Field,
    Nested,
    Ref,
    Resource,
)

LOCALIZED = ("name", "description")

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
    localized=LOCALIZED,
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
    localized=LOCALIZED,
    create_required=("group", "name"),
    # Norce's own defaults for a new flag: a product-level flag that Admin users may edit.
    create_defaults={"TypeId": 1, "IsManuallyEditable": True},
)

CUSTOMER_FLAG_GROUP = Resource(
    name="customer_flag_group",
    title="customer flag group",
    path="/api/customer/group",
    item_path="/api/customer/group/{id}",
    deleted_path="/api/customer/group/deleted",
    # The model has no code: the default-culture name is the only natural key there is.
    key=("name",),
    fields=[Field("multiple_choice", "IsMultipleChoice", type="bool")],
    localized=LOCALIZED,
)

CUSTOMER_FLAG = Resource(
    name="customer_flag",
    title="customer flag",
    path="/api/customer/flag",
    item_path="/api/customer/flag/{id}",
    deleted_path="/api/customer/flag/deleted",
    fields=[
        Field("code", "Code"),
        Field("group", "GroupId", ref=Ref("customer_flag_group", key="name")),
        Field("available_on_customer", "AvailableOnCustomer", type="bool"),
        Field("available_on_company", "AvailableOnCompany", type="bool"),
        Field("default", "IsDefault", type="bool"),
        Field("sort_order", "SortOrder", type="int"),
    ],
    localized=LOCALIZED,
    create_required=("group", "name"),
)

PARAMETRIC_GROUP = Resource(
    name="parametric_group",
    title="parametric group",
    path="/api/parametricgroup",
    item_path="/api/parametricgroup/{id}",
    deleted_path="/api/parametricgroup/deleted",
    fields=[Field("code", "Code")],
    localized=LOCALIZED,
    create_required=("name",),
)

PARAMETRIC_TYPES = ("text", "html", "int", "decimal", "date", "boolean", "list", "multiple")

PARAMETRIC = Resource(
    name="parametric",
    title="parametric",
    path="/api/parametric",
    item_path="/api/parametric/{id}",
    deleted_path="/api/parametric/deleted",
    fields=[
        Field("code", "Code"),
        Field("group", "GroupId", ref=Ref("parametric_group")),
        Field("type", "Type", choices=PARAMETRIC_TYPES),
        Field("uom", "Uom"),
        Field("required", "IsRequired", type="bool"),
        Field("favorite", "IsFavorite", type="bool"),
        Field("read_only", "IsReadOnly", type="bool"),
        Field("hidden", "IsHidden", type="bool"),
        Field("global", "IsGlobal", type="bool"),
        Field("default_to_variant", "IsDefaultToVariant", type="bool"),
    ],
    localized=LOCALIZED,
    create_required=("type", "name"),
)

PARAMETRIC_VALUE = Resource(
    name="parametric_value",
    title="parametric value",
    # {kind} is "list" or "multiple": the parametric's type decides, the user never has to.
    path="/api/parametric/{parametricId}/{kind}",
    item_path="/api/parametric/{parametricId}/{kind}/{id}",
    key=("parametric", "code"),
    fields=[
        Field("parametric", "ParametricId", ref=Ref("parametric"), path_param="parametricId"),
        Field("code", "Code"),
        Field("sort_order", "SortOrder", type="int"),
    ],
    localized=("value", "description"),
    derived_params={"kind": Derived("parametric", "Type", allowed=("list", "multiple"))},
    create_required=("value",),
)

CATEGORY = Resource(
    name="category",
    title="category",
    path="/api/category",
    item_path="/api/category/{id}",
    fields=[
        Field("code", "Code"),
        Field("parent", "ParentId", ref=Ref("category")),
        Field("sort_order", "SortOrder", type="int"),
        Field("display_only", "IsDisplayOnly", type="bool"),
        Field("unspsc_code", "UnspcCode"),
        Field("business_area", "BusinessArea"),
        Field("commodity_code", "CommodityCode"),
        Field("integration_part_no", "IntegrationPartNo"),
        Field("freight_class_id", "FreightClassId", type="int"),
        Field("gross_weight", "GrossWeight", type="float"),
        Field("vat_code_id", "VatCodeId", type="int"),
        Field("unit_of_measurement_id", "UnitOfMeasurementId", type="int"),
        Field("recommended_sales_qty", "RecommendedSalesQty", type="float"),
        Field("recommended_qty_fixed", "IsRecommendedQtyFixed", type="bool"),
        Field("returnable", "IsReturnable", type="bool"),
        Field("drop_ship_only", "IsDropShipOnly", type="bool"),
        Field("recurring_orderable", "IsRecurringOrderable", type="bool"),
        Field("population_rule_id", "PopulationRuleId", type="int"),
        Field("tracking_code_type_id", "TrackingCodeTypeId", type="int"),
        Field("competitive_pricing_min_percentage", "CompetitivePricingMinPercentage", type="float"),
        Field("competitive_pricing_target_percentage", "CompetitivePricingTargetPercentage", type="float"),
        Field("hide_in_top_list", "HideInTopList", type="bool"),
        Field("stock_display_break_point", "StockDisplayBreakPoint", type="int"),
    ],
    localized=("name", "description", "synonyms"),
    create_required=("name",),
    # Norce appends a suffix to the code of a category it deactivates (format inferred; see the docs of
    # norce.commerce.category). Recognising it lets state=present give the same category its code back.
    deactivated_key="{key}_deleted_{id}",
)

CATEGORY_PARAMETRIC = Resource(
    name="category_parametric",
    title="category parametric",
    path="/api/category/{categoryId}/parametric",
    item_path="/api/category/{categoryId}/parametric/{id}",
    key=("category", "parametric"),
    fields=[
        Field("category", "CategoryId", ref=Ref("category"), path_param="categoryId"),
        # The link is addressed by the parametric's own id.
        Field("parametric", "Id", ref=Ref("parametric")),
        Field("group", "GroupId", ref=Ref("parametric_group")),
        Field("filter_sort_order", "FilterSortOrder", type="int"),
        Field("secondary", "IsSecondary", type="bool"),
        Field("required", "IsRequired", type="bool"),
        Field("hidden", "IsHidden", type="bool"),
    ],
    delete=DELETE_VERB,
)


def _info_type(name, title, path, item_path, groups, deleted=True):
    return Resource(
        name=name,
        title=title,
        path=path,
        item_path=item_path,
        deleted_path=(path + "/deleted") if deleted else None,
        key=("group", "code"),
        fields=[
            Field("group", "GroupId", choices=groups, path_param="groupId"),
            Field("code", "Code"),
            Field("sort_order", "SortOrder", type="int"),
        ],
        localized=LOCALIZED,
        create_required=("name",),
    )


PRODUCT_INFO_TYPE = _info_type("product_info_type", "product info type", "/api/product/infotype/{groupId}",
                               "/api/product/infotype/{groupId}/item/{id}", {"on_hand": 2, "price": 3})
CUSTOMER_INFO_TYPE = _info_type("customer_info_type", "customer info type", "/api/customer/infotype/{groupId}",
                                "/api/customer/infotype/{groupId}/item/{id}",
                                {"customer": 1, "store": 4, "company": 6})
SHOPPING_INFO_TYPE = _info_type("shopping_info_type", "shopping info type", "/api/order/infotype/shopping/{groupId}",
                                "/api/order/infotype/shopping/{groupId}/{id}", {"order": 1, "order_item": 2},
                                deleted=False)


def _coded(name, title, path, *fields, **kwargs):
    """A localized resource found by its code, the most common shape in the catalogue."""
    return Resource(name=name, title=title, path=path, item_path=path + "/{id}",
                    fields=[Field("code", "Code")] + list(fields), localized=kwargs.pop("localized", LOCALIZED),
                    create_required=kwargs.pop("create_required", ("name",)), **kwargs)


PRODUCT_TYPE = _coded("product_type", "product type", "/api/product/type")
PRODUCT_FAMILY = _coded("product_family", "product family", "/api/product/family")
PRODUCT_RELATION_TYPE = _coded("product_relation_type", "product relation type", "/api/product/relationtype",
                               Field("bidirectional", "IsBidirectional", type="bool"),
                               Field("sort_order", "SortOrder", type="int"))
PRODUCT_FILE_TYPE = _coded("product_file_type", "product file type", "/api/product/file",
                           Field("type_id", "TypeId", type="int"),
                           Field("sort_order", "SortOrder", type="int"),
                           create_required=("name", "type_id"))
MANUFACTURER = _coded(
    "manufacturer", "manufacturer", "/api/manufacturer",
    # A manufacturer's name is one text for all cultures; its support texts are localized.
    Field("name", "Name"),
    Field("organization_no", "OrganizationNo"),
    Field("unique_url_name", "UniqueUrlName"),
    Field("prefix", "Prefix"),
    Field("website", "Website"),
    localized={"support_url": "SupportUrl", "support_email": "SupportEmailAddress",
               "support_phone": "SupportPhoneNumber", "support_hours": "SupportAvailableHours",
               "support_policy": "SupportPolicy", "support_description": "SupportDescription"},
)
PRODUCT_VARIANT_GROUP = _coded(
    "product_variant_group", "product variant group", "/api/product/variant-group",
    Field("variant_types", "VariantTypes", nested=Nested(key="code", fields=[
        Field("code", "Code"),
        Field("parametric", "ParametricId", ref=Ref("parametric")),
        Field("name", "DefaultName"),
        Field("description", "DefaultDescription"),
        Field("sort_order", "SortOrder", type="int"),
    ])),
)

CATALOGUE = (PRODUCT_FLAG_GROUP, PRODUCT_FLAG, CUSTOMER_FLAG_GROUP, CUSTOMER_FLAG, PARAMETRIC_GROUP, PARAMETRIC,
             PARAMETRIC_VALUE, CATEGORY, CATEGORY_PARAMETRIC, PRODUCT_INFO_TYPE, CUSTOMER_INFO_TYPE,
             SHOPPING_INFO_TYPE, PRODUCT_TYPE, PRODUCT_FAMILY, PRODUCT_RELATION_TYPE, PRODUCT_FILE_TYPE,
             MANUFACTURER, PRODUCT_VARIANT_GROUP)
