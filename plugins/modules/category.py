#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: category
short_description: Manage product categories in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, moves, deactivates and reactivates a category of the product category tree, found by its code.
  - All categories of a client form one tree. Categories classify products internally, hold defaults that products
    inherit, and are what category rules are built on; they are not primarily storefront navigation.
  - Only the options you set are compared and changed; the rest of the category is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the category, its language-independent identifier used by integrations (C(Code), at most 50
        characters). Norce keeps codes unique in the whole tree.
    type: str
    required: true
  parent:
    description:
      - Code of the parent category (C(ParentId)), another category managed by this module.
      - The parent must exist and be active; the task fails before writing anything otherwise. Create a tree from
        the root down.
      - Leave it out when creating a root category. V("") (an empty string) moves an existing category to the
        root.
      - Changing it moves the category with all its children; this is an update of the same category. Norce refuses
        a move that would make a category its own ancestor.
    type: str
  sort_order:
    description:
      - Position of the category among the children of its parent (C(SortOrder)).
    type: int
  display_only:
    description:
      - Marks the category as display-only (C(IsDisplayOnly)).
    type: bool
  unspsc_code:
    description:
      - UNSPSC classification code of the category (C(UnspcCode), spelled this way in the API).
    type: str
  business_area:
    description:
      - Business-area code of the category (C(BusinessArea)).
    type: str
  commodity_code:
    description:
      - Commodity code of the category (C(CommodityCode)).
    type: str
  integration_part_no:
    description:
      - External id that integrations use for all products of the category (C(IntegrationPartNo)).
    type: str
  freight_class_id:
    description:
      - Norce id of the freight class that the category's products default to (C(FreightClassId)).
    type: int
  gross_weight:
    description:
      - Default gross weight of the category's products (C(GrossWeight)).
    type: float
  vat_code_id:
    description:
      - Norce id of the default VAT code of the category's products in the current sales area (C(VatCodeId)).
      - When it is not set, the category inherits the VAT code from the client setting or from Norce's defaults.
    type: int
  unit_of_measurement_id:
    description:
      - Norce id of the default unit of measurement of the category's products (C(UnitOfMeasurementId)).
    type: int
  recommended_sales_qty:
    description:
      - Recommended quantity to sell of the category's products (C(RecommendedSalesQty)).
    type: float
  recommended_qty_fixed:
    description:
      - Whether the recommended sales quantity is fixed (C(IsRecommendedQtyFixed)).
    type: bool
  returnable:
    description:
      - Whether the category's products can be returned (C(IsReturnable)).
    type: bool
  drop_ship_only:
    description:
      - Whether the category's products are delivered by drop shipment only (C(IsDropShipOnly)).
    type: bool
  recurring_orderable:
    description:
      - Whether the category's products can be ordered on a recurring basis (C(IsRecurringOrderable)).
    type: bool
  population_rule_id:
    description:
      - Norce id of the population rule of the category (C(PopulationRuleId)).
    type: int
  tracking_code_type_id:
    description:
      - Norce id of the tracking code type of the category's products (C(TrackingCodeTypeId)).
    type: int
  competitive_pricing_min_percentage:
    description:
      - Minimum percentage for competitive pricing of the category's products (C(CompetitivePricingMinPercentage)).
    type: float
  competitive_pricing_target_percentage:
    description:
      - Target percentage for competitive pricing of the category's products
        (C(CompetitivePricingTargetPercentage)).
    type: float
  hide_in_top_list:
    description:
      - Whether the category's products are kept out of top lists (C(HideInTopList)).
    type: bool
  stock_display_break_point:
    description:
      - Stock display break point of the category's products, the stock level that decides how their stock is shown
        (C(StockDisplayBreakPoint)).
    type: int
  name:
    description:
      - Name in the client's default culture (C(DefaultName) in the API, at most 50 characters).
      - Norce builds the category's C(FullName), V(root - branch - leaf), from the names of its ancestors.
    type: str
  description:
    description:
      - Description in the client's default culture (C(DefaultDescription) in the API).
    type: str
  synonyms:
    description:
      - Search terms for the category in the client's default culture, separated by commas (C(DefaultSynonyms) in
        the API, at most 500 characters).
    type: str
  translations:
    description:
      - Texts in other cultures, as a dictionary from culture code (for example C(sv-SE)) to a dictionary with the keys
        C(name), C(description) and C(synonyms) (C(Cultures) in the API).
      - Only the cultures and keys given are managed; others are left as they are.
      - An empty string or null makes the culture inherit the default text again.
    type: dict
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a category.
  - A parent must exist before its children. In one play, create the categories from the root down; a task whose
    O(parent) does not exist yet fails without writing anything.
  - Norce changes the code of a category when it deactivates it, so that the code can be used again. The collection
    recognises the form V(<code>_deleted_<id>) (for example V(shoes_deleted_42)); the form is inferred, because Norce
    does not document it. With that form, O(state=present) after O(state=absent) reactivates the same category
    (same id) and gives it its code back.
  - If Norce's altered code has another form, O(state=present) after O(state=absent) does not find the deactivated
    category. It creates a new category with the code instead (so O(name) is needed), and the deactivated one keeps
    its altered code and its id.
  - Products whose primary category is deactivated stop working; move them to another category first.
seealso:
  - module: norce.commerce.category_parametric
  - module: norce.commerce.parametric
"""

EXAMPLES = r"""
- name: A root category
  norce.commerce.category:
    code: clothing
    name: Clothing
    translations:
      sv-SE:
        name: Kläder

- name: A category under it, with a default VAT code and search terms
  norce.commerce.category:
    code: shoes
    parent: clothing
    name: Shoes
    synonyms: footwear,boots,sneakers
    sort_order: 10
    vat_code_id: 1
    translations:
      sv-SE:
        name: Skor
        synonyms: skodon,kängor

- name: Move the category to the root
  norce.commerce.category:
    code: shoes
    parent: ""

- name: Deactivate it (Norce alters its code)
  norce.commerce.category:
    code: shoes
    state: absent

- name: Reactivate it with its code
  norce.commerce.category:
    code: shoes
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: update
object:
  description:
    - The category as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the category never existed.
  returned: always
  type: dict
  sample:
    Id: 42
    Code: shoes
    ParentId: 41
    ParentCode: clothing
    DefaultName: Shoes
    FullName: Clothing - Shoes
    DefaultSynonyms: footwear,boots,sneakers
    SortOrder: 10
    VatCodeId: 1
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("category")


if __name__ == "__main__":
    main()
