# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What every resource module does: options from the description, the engine, the result."""

from __future__ import annotations

import traceback

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible.module_utils.parsing.convert_bool import BOOLEANS, boolean

from ansible_collections.norce.commerce.plugins.module_utils._client import (
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
    NorceError,
)
from ansible_collections.norce.commerce.plugins.module_utils._connection import (
    CONNECTION_ARGUMENT_SPEC,
    client_from_params,
)
from ansible_collections.norce.commerce.plugins.module_utils._bulk import Bulk, report
from ansible_collections.norce.commerce.plugins.module_utils._engine import Engine
from ansible_collections.norce.commerce.plugins.module_utils._export import export
from ansible_collections.norce.commerce.plugins.module_utils._members import ensure_members
from ansible_collections.norce.commerce.plugins.module_utils._resources import MEMBERS, RESOURCES


def _failed_requirement(module):
    if not HAS_REQUESTS:
        module.fail_json(msg=missing_required_lib("requests"),
                         exception="".join(traceback.format_exception_only(type(REQUESTS_IMPORT_ERROR), REQUESTS_IMPORT_ERROR)))


def run_resource_module(name):
    """A module for one resource (or one set of plain values under an item, ``_resource.Members``)."""
    members = MEMBERS.get(name)
    description = members or RESOURCES[name]
    argument_spec = dict(CONNECTION_ARGUMENT_SPEC)
    argument_spec.update(description.argument_spec())
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=getattr(description, "mutually_exclusive", None))
    _failed_requirement(module)
    try:
        client = client_from_params(module.params, warn=module.warn)
        engine = Engine(client, RESOURCES, check_mode=module.check_mode)
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


BULK_ARGUMENT_SPECS = {
    "config": {
        "config": {"type": "raw", "required": True},
        "purge": {"type": "raw", "default": False},
        "parallel": {"type": "int", "default": 8},
    },
    "config_info": {
        "resources": {"type": "list", "elements": "str"},
        "include_defaults": {"type": "bool", "default": False},
    },
}


def run_bulk_module(name):
    """The ``config`` module (apply a document) and the ``config_info`` module (export one)."""
    argument_spec = dict(CONNECTION_ARGUMENT_SPEC)
    argument_spec.update(BULK_ARGUMENT_SPECS[name])
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    _failed_requirement(module)
    params = module.params
    try:
        client = client_from_params(params, warn=module.warn)
        engine = Engine(client, RESOURCES, check_mode=module.check_mode)
        if name == "config_info":
            names = params["resources"] or sorted(RESOURCES)
            unknown = [n for n in names if n not in RESOURCES]
            if unknown:
                module.fail_json(msg="resources: unknown resource %s; known: %s"
                                 % (", ".join(repr(u) for u in unknown), ", ".join(sorted(RESOURCES))))
            module.exit_json(changed=False, config=export(engine, names, params["include_defaults"]))
        purge = params["purge"]
        if isinstance(purge, str):
            purge = boolean(purge) if purge.lower() in BOOLEANS else [purge]
        if not isinstance(purge, (bool, list)):
            module.fail_json(msg="purge: must be true, false or a list of resource names, got %r" % (purge,))
        if not 1 <= params["parallel"] <= 32:
            module.fail_json(msg="parallel: must be between 1 and 32, got %r" % (params["parallel"],))
        entries = Bulk(engine, params["parallel"]).run(params["config"], purge)
    except NorceError as exc:
        module.fail_json(msg=str(exc), **exc.details())
    result = report(entries)
    if not module._diff:
        result.pop("diff")
    changed = any(row["changed"] for row in result["items"])
    if result["failures"]:
        module.fail_json(msg="%d of %d items could not be written:\n- %s\nAlready written: %s"
                         % (len(result["failures"]), len(entries), "\n- ".join(result["failures"]),
                            ", ".join(result["written"]) or "nothing"), changed=changed, **result)
    module.exit_json(changed=changed, **result)
