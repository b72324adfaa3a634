# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The module runner for descriptions that ``_module.run_resource_module`` does not serve yet: sets of plain
values under an item (``_resource.Members``) and resources whose list answers with a partial model
(``Resource.partial_list``). Both are general; they belong in ``_module.py``, ``_engine.py`` and
``_inventory.py`` and live here only until those files take them."""

from __future__ import annotations

import traceback

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.norce.commerce.plugins.module_utils._client import (
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
    NorceError,
)
from ansible_collections.norce.commerce.plugins.module_utils._connection import (
    CONNECTION_ARGUMENT_SPEC,
    client_from_params,
)
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine
from ansible_collections.norce.commerce.plugins.module_utils._inventory import Inventory
from ansible_collections.norce.commerce.plugins.module_utils._members import ensure_members
from ansible_collections.norce.commerce.plugins.module_utils._resources import MEMBERS, RESOURCES


class FullItemInventory(Inventory):
    """An inventory whose found items are read in full by their own GET, for lists with a partial model."""

    def __init__(self, client, resource, scope):
        Inventory.__init__(self, client, resource, scope)
        self.full = set()

    def find(self, key, engine):
        item = Inventory.find(self, key, engine)
        if item is None or item.get(self.resource.id_field) in self.full:
            return item
        item_id = item[self.resource.id_field]
        full = engine._read_item(self.resource.url(self.resource.item_path, self.scope, item_id)) or item
        self.remember(full)
        return full

    def remember(self, item):
        Inventory.remember(self, item)
        if isinstance(item, dict) and item.get(self.resource.id_field) is not None:
            # What the engine writes back is the API's full answer to a POST or PUT.
            self.full.add(item.get(self.resource.id_field))


class PartialListEngine(Engine):
    def inventory(self, resource, scope=None):
        scope = scope or {}
        index = (resource.name, tuple(sorted(scope.items())))
        if index not in self.inventories and resource.partial_list:
            self.inventories[index] = FullItemInventory(self.client, resource, scope)
        return Engine.inventory(self, resource, scope)


def run_module(name):
    """Runs the module ``name``: a ``Members`` set or a resource, through one engine."""
    members = MEMBERS.get(name)
    description = members or RESOURCES[name]
    argument_spec = dict(CONNECTION_ARGUMENT_SPEC)
    argument_spec.update(description.argument_spec())
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=getattr(description, "mutually_exclusive", None))
    if not HAS_REQUESTS:
        module.fail_json(msg=missing_required_lib("requests"),
                         exception="".join(traceback.format_exception_only(type(REQUESTS_IMPORT_ERROR), REQUESTS_IMPORT_ERROR)))
    try:
        client = client_from_params(module.params, warn=module.warn)
        engine = PartialListEngine(client, RESOURCES, check_mode=module.check_mode)
        if members:
            result = ensure_members(engine, members, module.params)
        else:
            result = engine.ensure(description, module.params)
    except NorceError as exc:
        module.fail_json(msg=str(exc), **exc.details())
    for note in result.notes:
        module.warn(note)
    if members:
        module.exit_json(changed=result.changed, action=result.action, added=result.added, removed=result.removed,
                         kept=result.kept, diff=result.diff, **{members.option: result.members})
    module.exit_json(changed=result.changed, action=result.action, object=result.object, diff=result.diff)
