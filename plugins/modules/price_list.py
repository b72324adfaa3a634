#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: price_list
short_description: Manage price lists in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a price list, found by its code.
  - A price list holds prices and also defines an assortment. Its currency, sales area, type and parent are named by
    their codes; the module looks up the Norce ids and fails before writing anything when a code names nothing.
  - Only the options you set are compared and changed; the rest of the price list is left as it is.
  - Not managed yet, and kept as Norce holds it on every update, is the image (C(ImageKey), C(ImageUrl)). Pricing
    rules and population rules of a list are not managed by this module.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the price list (C(Code), at most 50 characters), the "agreement code" that imports use to name the
        list. Norce keeps it unique among the client's price lists; it is matched without regard to case.
    type: str
    required: true
  name:
    description:
      - Name of the price list (C(Name), at most 50 characters). Price list names are not translated.
    type: str
  description:
    description:
      - Free-text description of the price list (C(Description)).
    type: str
  type:
    description:
      - Code of the price list type (C(TypeId)), one of the client's price list types such as V(standard) or
        V(campaign) (see M(norce.commerce.client_price_list_type)). The type decides the list's priority when
        several lists apply.
      - The type must be enabled for the client; an unknown or disabled type fails before anything is written.
      - V("") (an empty string) removes the type from the list.
    type: str
  currency:
    description:
      - ISO 4217 code of the currency of the list (C(CurrencyId)), for example V(SEK) or V(EUR), matched without
        regard to case. A price list has exactly one currency.
      - It must be a currency Norce knows for the client; an unknown code fails before anything is written.
      - When it differs from the parent's currency, Norce converts the parent's prices at the current exchange rate.
    type: str
  sales_area:
    description:
      - Code of the client sales area of the list (C(SalesAreaId)), for example V(SE) (see
        M(norce.commerce.client_sales_area)). Its VAT rate is used when prices including VAT are rounded.
      - V("") (an empty string) stores no sales area, so that the list inherits it from the application it is public
        in or from the client's primary sales area.
      - An unknown code fails before anything is written.
    type: str
  parent:
    description:
      - Code of the parent price list (C(ParentPriceListId)), another price list managed by this module. A child list
        can only contain products of its parent, and its pricing rules apply to the parent's prices; some price rules
        work only with a parent, and a virtual list needs one.
      - The parent must exist and be active; the task fails before writing anything otherwise. Norce refuses a parent
        that would make the list its own ancestor.
      - V("") (an empty string) removes the parent.
    type: str
  start_date:
    description:
      - First moment the list is valid (C(StartDate)), an ISO 8601 date or date-time such as V(2026-12-01) or
        V(2026-12-01T08:00:00+01:00).
      - Compared by the instant it names, so the same moment written another way is no change. A date alone means its
        midnight UTC, and a date-time without an offset is UTC. The API receives the instant in UTC.
      - V("") (an empty string) removes the date. A list without dates is always valid.
      - A value that is not an ISO 8601 date or date-time fails before anything is written.
    type: str
  end_date:
    description:
      - Last moment the list is valid (C(EndDate)), an ISO 8601 date or date-time, compared and sent like
        O(start_date).
      - V("") (an empty string) removes the date, so the list has no end.
    type: str
  primary:
    description:
      - Whether this is the application's default price list (C(IsPrimary)). Norce allows one primary list, so
        V(true) takes the flag from the list that had it.
    type: bool
  public:
    description:
      - Whether the list takes part in the best-price calculation in the application (C(IsPublic)). A list applies
        in an application only when it is public there; a private list must be named explicitly in API calls.
    type: bool
  virtual:
    description:
      - Whether the prices are calculated in real time and not stored (C(IsVirtual)). A virtual list needs a parent;
        Norce refuses one without.
    type: bool
  favorite:
    description:
      - Whether Norce Admin shows the list as a tab (C(IsFavorite)); public lists are shown as tabs anyway. No effect
        in the APIs.
    type: bool
  limited_to_stock:
    description:
      - Whether the list is limited to products in stock (C(IsLimitedToStock)). Norce documents this setting as not
        functional at present.
    type: bool
  default_price_rule_id:
    description:
      - Norce id of the built-in price rule applied to products that no pricing rule of the list matches
        (C(DefaultPriceRuleId)), such as a fixed price, cost plus, margin, or a discount on the parent's price.
    type: int
  default_price_rule_value:
    description:
      - Value of the default price rule (C(DefaultPriceRuleValue)); a discount, margin, uplift or price depending on
        the rule.
    type: float
  default_supplement_charge:
    description:
      - Default fixed supplement charge (C(DefaultSupplementCharge)), added by cost-based rules. Ignored when
        O(default_supplement_charge_percentage) is set.
    type: float
  default_supplement_charge_percentage:
    description:
      - Default supplement charge in percent (C(DefaultSupplementChargePercentage)), added by cost-based rules.
    type: float
  default_minimum_product_margin_percentage:
    description:
      - Lowest product margin allowed, in percent (C(DefaultMinimumProductMarginPercentage)); it overrides the price
        rule. It needs product costs and has no effect on fixed prices.
    type: float
  default_limit_to_price_recommended:
    description:
      - Whether prices may not exceed the recommended price (C(DefaultLimitToPriceRecommended)).
    type: bool
  inherit_structure_calculation_rule:
    description:
      - Norce's number for how the structure of the parent list is inherited (C(InheritStructureCalculationRule)).
    type: int
  population_rule_id:
    description:
      - Norce id of the population rule of the list (C(PopulationRuleId)), which picks the products a child list
        takes from its parent.
    type: int
  warehouse:
    description:
      - Code of the warehouse whose stock the price list checks (C(ChosenWarehouseId)), managed with
        M(norce.commerce.warehouse).
      - The warehouse must exist and be active; the task fails before writing anything otherwise.
      - V("") (an empty string) removes the warehouse from the list.
      - Changing or removing the warehouse while the list has a location of the old one fails before writing
        anything; set O(location) in the same task (V("") for none).
    type: str
  location:
    description:
      - Code of the location of O(warehouse) where stock is reserved for orders on the list (C(ChosenLocationId)),
        managed with M(norce.commerce.warehouse_location).
      - Set O(warehouse) in the same task; the location is looked up among that warehouse's locations, and a code the
        warehouse does not have fails before anything is written.
      - V("") (an empty string) removes the location from the list.
    type: str
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) and O(currency) are needed to create a price list.
  - Price list 1 is the standard price list every client starts with; it always exists and cannot be deactivated.
    O(state=absent) on it fails with Norce's answer, and the list stays active.
  - Price lists are not localized; their name and description have no translations.
seealso:
  - module: norce.commerce.client_price_list_type
  - module: norce.commerce.client_currency
  - module: norce.commerce.client_sales_area
  - module: norce.commerce.warehouse
  - module: norce.commerce.warehouse_location
"""

EXAMPLES = r"""
- name: Enable the campaign price list type
  norce.commerce.client_price_list_type:
    code: campaign

- name: A public campaign list for December, inheriting from the standard list
  norce.commerce.price_list:
    code: se-christmas
    name: Christmas campaign
    description: December prices for the Swedish store
    type: campaign
    currency: SEK
    sales_area: SE
    parent: standard
    public: true
    start_date: "2026-12-01T00:00:00+01:00"
    end_date: "2026-12-24T23:59:59+01:00"

- name: A private B2B list in euro for agreement customers, without dates
  norce.commerce.price_list:
    code: b2b-eu
    name: B2B Europe
    type: agreement
    currency: EUR
    sales_area: ""
    parent: standard
    public: false
    default_minimum_product_margin_percentage: 12.5
    default_limit_to_price_recommended: true

- name: End the campaign early and let the list follow the application's sales area
  norce.commerce.price_list:
    code: se-christmas
    end_date: "2026-12-20"
    sales_area: ""

- name: Deactivate the campaign list
  norce.commerce.price_list:
    code: se-christmas
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(create), V(update), V(reactivate), V(deactivate) or
    V(none).
  returned: always
  type: str
  sample: create
object:
  description:
    - The price list as the API returned it (in check mode, as it would be), without the serializer's C($id) numbers.
    - Empty when O(state=absent) and the price list never existed.
  returned: always
  type: dict
  sample:
    Id: 12
    Code: se-christmas
    Name: Christmas campaign
    TypeId: 2
    CurrencyId: 2
    CurrencyCode: SEK
    SalesAreaId: 1
    ParentPriceListId: 1
    StartDate: "2026-11-30T23:00:00Z"
    EndDate: "2026-12-24T22:59:59Z"
    IsPrimary: false
    IsPublic: true
    IsVirtual: false
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("price_list")


if __name__ == "__main__":
    main()
