#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: manufacturer
short_description: Manage manufacturers in Norce Commerce
version_added: 0.1.0
description:
  - Creates, updates, deactivates and reactivates a manufacturer, found by its code.
  - Together with a manufacturer part number, the manufacturer is how Norce maps supplier products to the client's
    products. Its support information can be given per culture.
  - Only the options you set are compared and changed; the rest of the manufacturer is left as it is.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  code:
    description:
      - Code of the manufacturer, its identifier used by integrations (C(Code), at most 50 characters).
    type: str
    required: true
  name:
    description:
      - Name of the manufacturer (C(Name), at most 100 characters). It is one text for all cultures, not translated.
    type: str
  organization_no:
    description:
      - Organisation number of the manufacturer (C(OrganizationNo), at most 50 characters).
    type: str
  unique_url_name:
    description:
      - Name of the manufacturer in URLs, used to find its landing page (C(UniqueUrlName)). Norce can generate one;
        setting it marks it as maintained by hand (C(IsUniqueUrlNameManuallyMaintained)).
    type: str
  prefix:
    description:
      - Prefix used when Norce generates part numbers for the manufacturer's products (C(Prefix), at most 50
        characters).
    type: str
  website:
    description:
      - Website of the manufacturer (C(Website), at most 255 characters).
    type: str
  support_url:
    description:
      - Address of the manufacturer's support pages in the client's default culture (C(DefaultSupportUrl) in the
        API, at most 255 characters).
    type: str
  support_email:
    description:
      - Support e-mail address in the client's default culture (C(DefaultSupportEmailAddress) in the API, at most
        255 characters).
    type: str
  support_phone:
    description:
      - Support phone number in the client's default culture (C(DefaultSupportPhoneNumber) in the API, at most 500
        characters).
    type: str
  support_hours:
    description:
      - When support is available, in the client's default culture (C(DefaultSupportAvailableHours) in the API).
    type: str
  support_policy:
    description:
      - Support policy in the client's default culture (C(DefaultSupportPolicy) in the API).
    type: str
  support_description:
    description:
      - Description of the support in the client's default culture (C(DefaultSupportDescription) in the API).
    type: str
  translations:
    description:
      - Support texts in other cultures, as a dictionary from culture code (for example C(sv-SE)) to a dictionary with
        any of the keys C(support_url), C(support_email), C(support_phone), C(support_hours), C(support_policy) and
        C(support_description) (C(Cultures) in the API). O(name) is not translated.
      - Only the cultures and keys given are managed; others are left as they are.
      - An empty string or null makes the culture inherit the default text again.
    type: dict
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.state
  - norce.commerce.attributes
notes:
  - O(name) is needed to create a manufacturer.
seealso:
  - module: norce.commerce.product_type
"""

EXAMPLES = r"""
- name: A manufacturer with support information in two cultures
  norce.commerce.manufacturer:
    code: acme
    name: ACME Footwear Ltd
    organization_no: "556677-8899"
    website: https://www.acme.example
    prefix: ACM
    support_url: https://www.acme.example/support
    support_email: support@acme.example
    support_phone: +44 20 7946 0000
    support_hours: Monday to Friday 9-17
    translations:
      sv-SE:
        support_url: https://www.acme.example/se/support
        support_phone: +46 8 123 456 00
        support_hours: Måndag till fredag 9-17

- name: Change the Swedish support hours only
  norce.commerce.manufacturer:
    code: acme
    translations:
      sv-SE:
        support_hours: Vardagar 8-18

- name: Deactivate the manufacturer
  norce.commerce.manufacturer:
    code: acme
    state: absent
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode).
  returned: always
  type: str
  sample: create
object:
  description:
    - The manufacturer as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
    - Empty when O(state=absent) and the manufacturer never existed.
  returned: always
  type: dict
  sample:
    Id: 17
    Code: acme
    Name: ACME Footwear Ltd
    OrganizationNo: "556677-8899"
    Website: https://www.acme.example
    Prefix: ACM
    DefaultSupportUrl: https://www.acme.example/support
    DefaultSupportEmailAddress: support@acme.example
    IsActive: true
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("manufacturer")


if __name__ == "__main__":
    main()
