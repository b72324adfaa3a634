# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The tables that drive the reliability targets must keep up with the modules.

A new module without a row in the idempotency table would escape the collection-wide check-mode and
second-run test; this test makes that a failure instead of a silent gap.
"""

from __future__ import annotations

import os

import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..")
TARGETS = os.path.join(ROOT, "tests", "integration", "targets")


def modules():
    folder = os.path.join(ROOT, "plugins", "modules")
    return sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and not f.startswith("_"))


def table(target, name):
    with open(os.path.join(TARGETS, target, "vars", "main.yml")) as f:
        return yaml.safe_load(f)[name]


def test_idempotency_table_covers_every_module():
    rows = table("idempotency", "idempotency_rows")
    covered = set(row["module"] for row in rows)
    missing = sorted(set(modules()) - covered)
    assert not missing, "add a row to tests/integration/targets/idempotency/vars/main.yml for: %s" % missing
    unknown = sorted(covered - set(modules()))
    assert not unknown, "rows for modules that do not exist: %s" % unknown


def test_idempotency_rows_are_plain_option_sets():
    for row in table("idempotency", "idempotency_rows"):
        assert set(row) - {"info"} == {"module", "options"}, row
        assert row.get("info", False) in (True, False), row
        assert isinstance(row["options"], dict) and row["options"], row
        assert "state" not in row["options"], "rows converge items to present: %s" % row


def test_bad_input_table_is_large_and_well_formed():
    rows = table("bad_input", "bad_input_rows")
    assert len(rows) >= 40
    allowed = {"name", "module", "options", "connection", "faults", "msg", "max_seconds", "defect"}
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)), "row names must be unique"
    for row in rows:
        assert set(row) <= allowed, row
        assert row["module"] in modules(), row
        assert row["msg"] and all(str(part) for part in row["msg"]), "a row must say what the message contains: %s" % row
