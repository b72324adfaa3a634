#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: client_currency
short_description: Manage the exchange rates of the currencies of a Norce Commerce client
version_added: 0.1.0
description:
  - Sets the client's own exchange rate of a currency, or makes the currency follow the rate that Norce maintains
    again. Client currencies belong to the whole client, not to one application.
  - Norce holds every currency it knows for the client; the API cannot add or remove one, so the module has no
    O(ignore:state) option. To offer a currency in an application, see M(norce.commerce.application_currency).
  - The API lets you change only C(ExchangeRate) and C(IsExchangeRateInherited). C(Code), C(Name) and
    C(InheritedExchangeRate) (the rate Norce maintains) are read-only.
  - Rates are against EUR, the base currency, whose rate is fixed at 1; Norce refuses any other rate for EUR.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  currency:
    description:
      - ISO 4217 code of the currency in capitals, as Norce stores it (C(Code)), for example V(SEK).
      - A code that Norce does not know for the client fails before anything is written.
    type: str
    required: true
  exchange_rate:
    description:
      - The client's own rate of the currency against EUR (C(ExchangeRate)), for example V(0.0875) for SEK.
      - Setting it stops Norce's automatic updates of the rate for this client (Norce sets
        C(IsExchangeRateInherited=false)); the client then maintains the rate itself.
      - Do not combine with O(inherit_exchange_rate=true), which clears the rate.
    type: float
  inherit_exchange_rate:
    description:
      - V(true) goes back to the rate that Norce maintains (C(IsExchangeRateInherited)); the client's own rate is
        cleared (C(ExchangeRate) is sent as null).
      - Mutually exclusive with O(exchange_rate). Setting a rate is what stops Norce's updates, so V(false) is not
        needed with it, and on its own V(false) leaves the currency with neither rate.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.application_currency
"""

EXAMPLES = r"""
- name: Keep our own rate for Swedish krona
  norce.commerce.client_currency:
    currency: SEK
    exchange_rate: 0.0875

- name: Let Norce maintain the rate of Norwegian krone again
  norce.commerce.client_currency:
    currency: NOK
    inherit_exchange_rate: true
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(update) or V(none).
  returned: always
  type: str
  sample: update
object:
  description:
    - The client currency as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers. C(InheritedExchangeRate) is the rate Norce maintains, C(ExchangeRate) the client's own rate (null when
      the currency follows Norce's rate).
  returned: always
  type: dict
  sample:
    Id: 2
    Code: SEK
    Name: Swedish krona
    IsExchangeRateInherited: false
    ExchangeRate: 0.0875
    InheritedExchangeRate: 0.091
    Changed: 06/08/2026 14:40
    ChangedBy: Ansible Automation
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("client_currency")


if __name__ == "__main__":
    main()
