# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Test-only callback for tests/tools/module_examples.py: one JSON line per task result (play, task, status,
warnings, message) in the file EXAMPLES_REPORT names. Warnings are captured where the display shows them."""

from __future__ import annotations

DOCUMENTATION = r"""
name: examples_report
type: aggregate
short_description: Writes one JSON line per task result for the module examples test
description:
  - Test-only; enabled by tests/tools/module_examples.py.
options: {}
"""

import json
import os

from ansible.plugins.callback import CallbackBase
from ansible.utils.display import Display


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "examples_report"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super(CallbackModule, self).__init__()
        self.path = os.environ["EXAMPLES_REPORT"]
        self.play = None
        self.warnings = []
        display = Display()
        original = display.warning
        collected = self.warnings

        def warning(msg, *args, **kwargs):
            collected.append(str(msg))
            return original(msg, *args, **kwargs)

        display.warning = warning

    def v2_playbook_on_play_start(self, play):
        self.play = play.get_name()

    def _record(self, result, status):
        res = result._result
        warnings = list(res.get("warnings") or []) + self.warnings
        del self.warnings[:]
        with open(self.path, "a") as f:
            f.write(json.dumps({"play": self.play, "task": result._task.get_name(), "host": result._host.get_name(), "status": status,
                                "warnings": [str(w) for w in warnings], "msg": str(res.get("msg") or ""),
                                "action": res.get("action")}) + "\n")

    def v2_runner_on_ok(self, result):
        self._record(result, "ok")

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._record(result, "failed")

    def v2_runner_on_skipped(self, result):
        self._record(result, "skipped")

    def v2_runner_on_unreachable(self, result):
        self._record(result, "unreachable")
