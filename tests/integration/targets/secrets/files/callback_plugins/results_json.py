# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Test helper: writes every task result, as callbacks receive it, to a JSON-lines file."""

from __future__ import annotations

DOCUMENTATION = r"""
name: results_json
type: notification
short_description: Writes every task result to a JSON-lines file (tests only)
description:
  - Appends one JSON object per task result to the file named by E(RESULTS_JSON_PATH).
requirements:
  - enable in configuration
"""

import json
import os

from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "notification"
    CALLBACK_NAME = "results_json"
    CALLBACK_NEEDS_ENABLED = True

    def _write(self, status, result):
        record = {"status": status, "task": result.task_name, "result": result._result}
        with open(os.environ["RESULTS_JSON_PATH"], "a") as f:
            f.write(json.dumps(record, default=str) + "\n")

    def v2_runner_on_ok(self, result):
        self._write("ok", result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._write("failed", result)

    def v2_runner_item_on_ok(self, result):
        self._write("item_ok", result)

    def v2_runner_item_on_failed(self, result):
        self._write("item_failed", result)
