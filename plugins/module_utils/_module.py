# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What every resource module does: options from the description, the engine, the result."""

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
from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES


def run_resource_module(name):
    resource = RESOURCES[name]
    argument_spec = dict(CONNECTION_ARGUMENT_SPEC)
    argument_spec.update(resource.argument_spec())
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=resource.mutually_exclusive)
    if not HAS_REQUESTS:
        module.fail_json(msg=missing_required_lib("requests"),
                         exception="".join(traceback.format_exception_only(type(REQUESTS_IMPORT_ERROR), REQUESTS_IMPORT_ERROR)))
    try:
        client = client_from_params(module.params, warn=module.warn)
        engine = Engine(client, RESOURCES, check_mode=module.check_mode)
        result = engine.ensure(resource, module.params)
    except NorceError as exc:
        module.fail_json(msg=str(exc), **exc.details())
    for note in result.notes:
        module.warn(note)
    module.exit_json(changed=result.changed, action=result.action, object=result.object, diff=result.diff)
