#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: application
short_description: Manage the settings of a Norce Commerce application
version_added: 0.1.0
description:
  - Updates the name, description, addresses and active flag of the application of O(application_id), the
    storefront or market that the connection works in.
  - Norce creates applications; the API only reads and updates them. The module therefore has no O(ignore:state)
    option, cannot create an application and cannot remove one; use O(active=false) to deactivate it.
  - The API lets you change C(Name), C(Description), C(Url), C(ProductUrl) and C(IsActive). C(Id), C(Key) and
    C(HostClientId) are read-only.
  - Only the options you set are compared and changed; the rest of the application is left as it is. Other
    applications of the client are never read or changed.
author:
  - norce.commerce contributors (@norce-commerce)
options:
  name:
    description:
      - Friendly name of the application (C(Name), at most 50 characters).
    type: str
  description:
    description:
      - Free-text description of the application (C(Description), at most 500 characters).
    type: str
  url:
    description:
      - Base address of the storefront, for example V(https://www.example.com) (C(Url), at most 255 characters).
    type: str
  product_url:
    description:
      - Template of the addresses of product pages (C(ProductUrl), at most 255 characters). It may contain the
        wildcards C({uniqueurl}), C({productid}) and C({partno}), which Norce fills in per product.
    type: str
  active:
    description:
      - Whether the application is active (C(IsActive)). V(false) deactivates the application in Norce.
    type: bool
extends_documentation_fragment:
  - norce.commerce.connection
  - norce.commerce.attributes
seealso:
  - module: norce.commerce.application_culture
"""

EXAMPLES = r"""
- name: Name the Swedish storefront and set its addresses
  norce.commerce.application:
    application_id: 1001
    name: Demo Sweden
    description: Consumer storefront for the Swedish market
    url: https://www.example.se
    product_url: https://www.example.se/p/{uniqueurl}

- name: Point product pages at the product id instead
  norce.commerce.application:
    product_url: https://www.example.se/product/{productid}
"""

RETURN = r"""
action:
  description: What was done (or would be done in check mode), V(update) or V(none).
  returned: always
  type: str
  sample: update
object:
  description:
    - The application as the API returned it (in check mode, as it would be), without the serializer's C($id)
      numbers.
  returned: always
  type: dict
  contains:
    Id:
      description: Norce id of the application, unique in the whole environment (the O(application_id)).
      type: int
      sample: 1001
    Key:
      description: Unique key (a GUID) of the application, assigned by Norce.
      type: str
      sample: 3b0c7d8e-5f2a-4e61-9c1d-1001aa000001
    HostClientId:
      description: Id of the Norce client that owns the application.
      type: int
      sample: 1
  sample:
    Id: 1001
    Key: 3b0c7d8e-5f2a-4e61-9c1d-1001aa000001
    HostClientId: 1
    Name: Demo Sweden
    Description: Consumer storefront for the Swedish market
    Url: https://www.example.se
    ProductUrl: https://www.example.se/p/{uniqueurl}
    IsActive: true
    Changed: 06/08/2026 14:40
    ChangedBy: Ansible Automation
"""

from ansible_collections.norce.commerce.plugins.module_utils._module import run_resource_module


def main():
    run_resource_module("application")


if __name__ == "__main__":
    main()
