#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: promotion
short_description: Manage basket promotions in Norce Commerce
version_added: 0.1.0
description:
  - Creates and updates a basket promotion with its requirements and effects, found by its code.
  - Requirements say when the promotion applies to a basket (a basket total, products with a flag or in a category,
    a discount code, a customer flag); effects say what happens (a discount on the basket, on products, on freight).
  - Only the options you set are compared and changed; the rest of the promotion is left as it is. Usage figures and
    statistics (C(UsageCount), C(CountLeft), C(UniqueDiscountCodeCount), C(TotalOrder) and the like) are Norce's own;
    they are never compared, changed or offered as options.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the promotion (C(Code), at most 50 characters), the key this module finds it by. Norce lets a promotion
        have no code; such promotions cannot be managed with this module.
    type: str
    required: true
  sub_header:
    description:
      - Sub header in the client's default culture (C(DefaultSubHeader) in the API).
    type: str
  sub_description:
    description:
      - Sub description in the client's default culture (C(DefaultSubDescription) in the API).
    type: str
  description_header:
    description:
      - Header of the description in the client's default culture (C(DefaultDescriptionHeader) in the API).
    type: str
  translations:
    description:
      - Texts in other cultures, as a dictionary from culture code (for example C(sv-SE)) to a dictionary with any of
        the keys C(name), C(sub_header), C(sub_description), C(description_header) and C(description)
        (C(Cultures) in the API).
      - Only the cultures and keys given are managed; others are left as they are.
      - An empty string or null makes the culture inherit the default text again.
    type: dict
  status:
    description:
      - Stored status of the promotion (C(Status)). V(draft) is not live and safe to edit, V(active) is evaluated on
        every basket, V(inactive) is stopped.
      - Norce shows an active promotion as coming or ended from its dates; those are not statuses of their own.
      - A new promotion is a draft unless this option says otherwise.
    type: str
    choices: [draft, active, inactive]
  start_date:
    description:
      - First moment the promotion applies (C(StartDate)), an ISO 8601 date or date-time such as V(2026-12-01) or
        V(2026-12-01T08:00:00+01:00).
      - Compared by the instant it names, so the same moment written another way (such as the API's own
        V(2026-12-01T00:00:00Z)) is no change.
      - Time zones. A date alone means its midnight in UTC, and a date-time without an offset is UTC too; give an
        offset for a local time (V(2026-12-01T00:00:00+01:00) is midnight in Stockholm in winter). The API receives
        the instant in UTC.
      - V("") (an empty string) removes the date, so the promotion applies at once.
      - A value that is not an ISO 8601 date or date-time fails before anything is written.
    type: str
  end_date:
    description:
      - Last moment the promotion applies (C(EndDate)), an ISO 8601 date or date-time, compared and sent like
        O(start_date) (the same time zone rule).
      - V("") (an empty string) removes the date, so the promotion has no end.
    type: str
  exclusivity:
    description:
      - How the promotion combines with others (C(ExclusivityType)). V(exclusive) stops other promotions from applying
        to the same basket, V(ignore_exclusivity) applies even next to an exclusive one.
      - A new promotion is V(not_exclusive) unless this option says otherwise.
    type: str
    choices: [not_exclusive, exclusive, ignore_exclusivity]
  stackable:
    description:
      - Whether the effects are multiplied by the number of times the basket meets the requirements (C(IsStackable)).
    type: bool
  allowed_usage_count:
    description:
      - How many times the promotion may be used in all, across customers (C(AllowedUsageCount)).
    type: int
  exclude_from_price_calculation:
    description:
      - Whether the promotion is left out of Norce's price calculation (C(ExcludeFromPriceCalculation)).
    type: bool
  currency:
    description:
      - ISO 4217 code of the currency the promotion's amounts are in (C(CurrencyCode)), for example V(SEK).
    type: str
  image:
    description:
      - The promotion's image, by its key (a UUID) in Norce's image store (C(ImageKey)).
    type: str
  requirements:
    description:
      - The requirements of the promotion (C(Requirements)); a basket must meet all of them.
      - Compared as a set keyed by each requirement's O(requirements[].type) and target (its O(requirements[].products),
        O(requirements[].discount_code), O(requirements[].customer_flag) and O(requirements[].company_flag)); the
        order of the list, and of the product rows, does not matter, and reordering them is no change.
      - Within a listed requirement, only the sub-options given are compared and changed. A requirement with another
        target is another requirement.
      - A requirement that the list no longer names is removed from the promotion.
      - Every code must name an existing item; otherwise the task fails before writing anything, naming the place,
        for example C(requirements[0].products[1].flag).
    type: list
    elements: dict
    suboptions:
      type:
        description:
          - Kind of requirement (C(RequirementType)).
        type: str
        required: true
        choices: [basket_total, product_filter, product_manufacturer, product_category, product_flag,
                  product_price_list, product_type, discount_code, unique_discount_code, external_discount_code,
                  customer_flag, company_flag]
      products:
        description:
          - The product rows of the requirement (C(ProductList)), each a combination of product filters by code.
            Part of the requirement's key.
          - A row is known by the filters it sets; the order of the rows does not matter.
        type: list
        elements: dict
        suboptions:
          flag:
            description:
              - Code of a product flag (C(FlagId)), managed by M(norce.commerce.product_flag).
            type: str
          category:
            description:
              - Code of a category (C(CategoryId)), managed by M(norce.commerce.category).
            type: str
          manufacturer:
            description:
              - Code of a manufacturer (C(ManufacturerId)), managed by M(norce.commerce.manufacturer).
            type: str
          price_list:
            description:
              - Code of a price list (C(PriceListId)), managed by M(norce.commerce.price_list).
            type: str
          product_type:
            description:
              - Code of a product type (C(ProductTypeId)), managed by M(norce.commerce.product_type).
            type: str
          quantity:
            description:
              - Quantity for this row (C(Qty)); without it the quantity of the requirement or effect counts.
            type: float
      discount_code:
        description:
          - The code a shopper enters (C(DiscountCode)), for a V(discount_code) requirement, which needs one. Part of the
            requirement's key.
        type: str
      customer_flag:
        description:
          - Code of the customer flag the customer must have (C(CustomerFlagId)), for a V(customer_flag) requirement.
            Part of the requirement's key.
        type: str
      company_flag:
        description:
          - Code of the customer flag the customer's company must have (C(CompanyFlagId)), for a V(company_flag)
            requirement. Part of the requirement's key.
        type: str
      operator:
        description:
          - How the product rows combine (C(ProductListOperator)); Norce's default is V(and).
        type: str
        choices: [and, or, not]
      order_sum:
        description:
          - The order sum, or the quantity, the basket must reach (C(OrderSum)).
        type: float
      max_order_sum:
        description:
          - Upper bound of the order sum, for a basket total between two sums (C(MaxOrderSum)).
        type: float
      inc_vat:
        description:
          - Whether the sums include VAT (C(IsIncVat)).
        type: bool
  effects:
    description:
      - The effects of the promotion (C(Effects)).
      - Compared as a set keyed by each effect's O(effects[].type) and O(effects[].products); reordering is no change,
        and a changed effect shows in the diff under its type and products.
      - Within a listed effect, only the sub-options given are compared and changed. An effect that the list no longer
        names is removed from the promotion.
    type: list
    elements: dict
    suboptions:
      type:
        description:
          - Kind of effect (C(EffectType)).
        type: str
        required: true
        choices: [discount_basket, product_filter, product_manufacturer, product_category, product_flag,
                  product_price_list, product_type, discount_freight, add_product, select_product]
      products:
        description:
          - The product rows the effect applies to (C(ProductList)), like O(requirements[].products). Part of the
            effect's key.
        type: list
        elements: dict
        suboptions:
          flag:
            description:
              - Code of a product flag (C(FlagId)), managed by M(norce.commerce.product_flag).
            type: str
          category:
            description:
              - Code of a category (C(CategoryId)), managed by M(norce.commerce.category).
            type: str
          manufacturer:
            description:
              - Code of a manufacturer (C(ManufacturerId)), managed by M(norce.commerce.manufacturer).
            type: str
          price_list:
            description:
              - Code of a price list (C(PriceListId)), managed by M(norce.commerce.price_list).
            type: str
          product_type:
            description:
              - Code of a product type (C(ProductTypeId)), managed by M(norce.commerce.product_type).
            type: str
          quantity:
            description:
              - Quantity for this row (C(Qty)); without it the quantity of the requirement or effect counts.
            type: float
      discount:
        description:
          - Whether O(effects[].value) is a discount (C(IsDiscount)).
        type: bool
      fixed_price:
        description:
          - Whether O(effects[].value) is a fixed price (C(IsFixedPrice)).
        type: bool
      value:
        description:
          - The discount (a percentage or an amount) or the fixed price (C(Value)).
        type: float
      inc_vat:
        description:
          - Whether O(effects[].value) includes VAT (C(IsIncVat)).
        type: bool
      ignore_non_discountable:
        description:
          - Whether items marked as not discountable are left out (C(IgnoreNonDiscountable)).
        type: bool
      discount_most_expensive_items:
        description:
          - Whether the most expensive items are discounted first (C(DiscountMostExpensiveItems)).
        type: bool
      use_requirement_products:
        description:
          - Whether the effect applies to the products of the requirements (C(UseRequirementProducts)).
        type: bool
      quantity:
        description:
          - How many items the effect applies to (C(GenericQty)).
        type: float
      sort_order:
        description:
          - Order in which the effects are applied (C(SortOrder)).
        type: int
  state:
    description:
      - V(present) creates the promotion or updates the options that differ.
      - The API cannot delete a promotion, so V(absent) fails for an existing one (and does nothing for one that does
        not exist). Stop a promotion with O(status=inactive) instead.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.localized
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a promotion.
  - Unique (single-use) discount codes are managed by M(norce.commerce.promotion_discount_codes).
seealso:
  - module: norce.commerce.promotion_discount_codes
  - module: norce.commerce.product_flag
  - module: norce.commerce.category
"""

EXAMPLES = r"""
- name: Twenty percent off summer products with a code, in December
  norce.commerce.promotion:
    code: summer-sale
    name: Summer sale
    description: Twenty percent off everything flagged summer.
    translations:
      sv-SE:
        name: Sommarrea
    status: active
    start_date: "2026-12-01"
    end_date: "2026-12-31T23:59:59+01:00"
    exclusivity: exclusive
    allowed_usage_count: 1000
    currency: SEK
    requirements:
      - type: discount_code
        discount_code: SUMMER26
      - type: product_flag
        operator: or
        products:
          - flag: summer
          - flag: beach
    effects:
      - type: product_flag
        products:
          - flag: summer
        discount: true
        value: 20

- name: Raise the discount; the effect is found by its type and products
  norce.commerce.promotion:
    code: summer-sale
    effects:
      - type: product_flag
        products:
          - flag: summer
        value: 25

- name: Stop the promotion
  norce.commerce.promotion:
    code: summer-sale
    status: inactive
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(create), V(update) or V(none).
  returned: always
  type: str
  sample: create
object:
  description:
    - The promotion as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
  returned: always
  type: dict
  sample:
    Id: 4
    Code: summer-sale
    DefaultName: Summer sale
    Status: Active
    StartDate: "2026-12-01T00:00:00Z"
    EndDate: "2026-12-31T22:59:59Z"
    ExclusivityType: Exclusive
    Requirements:
      - Id: 1
        RequirementType: DiscountCode
        DiscountCode: SUMMER26
    Effects:
      - Id: 1
        EffectType: ProductFlag
        IsDiscount: true
        Value: 20.0
        ProductList:
          - Id: 1
            FlagId: 7
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("promotion")


if __name__ == "__main__":
    main()
