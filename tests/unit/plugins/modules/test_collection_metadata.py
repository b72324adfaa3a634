# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The module list, the action group and the resource descriptions must not drift apart."""

from __future__ import annotations

import os

import yaml

from ansible_collections.norce.commerce.plugins.module_utils._resources import RESOURCES

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..")


def modules():
    folder = os.path.join(ROOT, "plugins", "modules")
    return sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and not f.startswith("_"))


def test_action_group_lists_every_module():
    with open(os.path.join(ROOT, "meta", "runtime.yml")) as f:
        runtime = yaml.safe_load(f)
    assert sorted(runtime["action_groups"]["management"]) == modules()


def test_every_resource_has_a_module_and_every_module_a_test_target():
    for name in RESOURCES:
        assert name in modules()
        assert os.path.isdir(os.path.join(ROOT, "tests", "integration", "targets", name)), name
