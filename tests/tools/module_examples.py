#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every module's EXAMPLES, run as written against the emulator in check mode.

Each module's EXAMPLES become one play (check_mode: true, the connection from the NORCE_* environment variables,
as an AWX credential would set it). Before them, tests/tools/examples_world.yml creates, for real, the few items
that the examples refer to without creating them themselves (a flag group for the flag examples, and so on): the
world a reader of the examples has. Files an example reads (a configuration document) come from
tests/tools/examples_files/, laid out beside the examples. An example passes when it parses, every module and reference in it resolves
(no "does not exist yet" warning), and it does not fail.

Usage: module_examples.py [MODULE ...]   (default: every module). Prints one line per example and
"N passed, N failed"; exits 1 when any example failed.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOLS = os.path.join(ROOT, "tests", "tools")
# Warnings that mean an example names something that is not there.
UNRESOLVED = ("does not exist", "check mode assumes")


def examples(module):
    with open(os.path.join(ROOT, "plugins", "modules", module + ".py")) as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "EXAMPLES":
            return yaml.safe_load(node.value.value)
    raise SystemExit("%s: no EXAMPLES" % module)


def playbook(modules, work):
    """The world play, then one play in which every module's examples run on a host of their own, in parallel."""
    inventory = {"all": {"hosts": {}, "vars": {"ansible_connection": "local",
                                               "ansible_python_interpreter": sys.executable}}}
    for module in modules:
        tasks = examples(module)
        if not isinstance(tasks, list) or not tasks:
            raise SystemExit("%s: EXAMPLES is not a list of tasks" % module)
        path = os.path.join(work, "examples", module + ".yml")
        with open(path, "w") as f:
            yaml.safe_dump(tasks, f, sort_keys=False, allow_unicode=True)
        inventory["all"]["hosts"]["norce.commerce." + module] = {"examples_file": path}
    plays = [{"ansible.builtin.import_playbook": os.path.join(TOOLS, "examples_world.yml")},
             {"name": "EXAMPLES", "hosts": "all", "gather_facts": False, "check_mode": True, "strategy": "free",
              # One failing example must not keep the next ones from running.
              "ignore_errors": True,
              "tasks": [{"name": "Examples", "ansible.builtin.include_tasks": "{{ examples_file }}"}]}]
    return plays, inventory


def main(argv):
    modules = argv or sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, "plugins", "modules"))
                             if f.endswith(".py") and not f.startswith("_"))
    work = tempfile.mkdtemp(prefix="norce-examples-")
    ready = os.path.join(work, "emulator.json")
    env = dict(os.environ, PYTHON=os.environ.get("PYTHON", sys.executable))
    emulator = os.path.join(TOOLS, "emulator.sh")
    subprocess.check_call([emulator, "start", ready], env=env)
    try:
        with open(ready) as f:
            coordinates = json.load(f)
        for var, key in (("NORCE_API_URL", "api_url"), ("NORCE_TOKEN_URL", "token_url"),
                         ("NORCE_CLIENT_ID", "client_id"), ("NORCE_CLIENT_SECRET", "client_secret"),
                         ("NORCE_SCOPE", "scope"), ("NORCE_APPLICATION_ID", "application_id"),
                         ("NORCE_ACCOUNT_ID", "account_id"), ("NORCE_CA_PATH", "ca_path")):
            env[var] = str(coordinates[key])
        collections = os.path.join(work, "collections", "ansible_collections", "norce")
        os.makedirs(collections)
        os.symlink(ROOT, os.path.join(collections, "commerce"))
        report = os.path.join(work, "report.jsonl")
        env.update(ANSIBLE_COLLECTIONS_PATH=os.path.join(work, "collections"), NORCE_TOKEN_CACHE_DIR=os.path.join(work, "tokens"),
                   ANSIBLE_CALLBACK_PLUGINS=os.path.join(TOOLS, "callback_plugins"),
                   ANSIBLE_CALLBACKS_ENABLED="examples_report", EXAMPLES_REPORT=report,
                   ANSIBLE_DEPRECATION_WARNINGS="false", ANSIBLE_LOCALHOST_WARNING="false",
                   ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
        # Files the examples read (a configuration document for norce.commerce.config), beside the task files.
        shutil.copytree(os.path.join(TOOLS, "examples_files"), os.path.join(work, "examples"))
        plays, inventory = playbook(modules, work)
        path = os.path.join(work, "examples.yml")
        with open(path, "w") as f:
            yaml.safe_dump(plays, f, sort_keys=False)
        hosts = os.path.join(work, "inventory.yml")
        with open(hosts, "w") as f:
            yaml.safe_dump(inventory, f, sort_keys=False)
        # Parse and resolve every module name first: a typo fails here, before anything runs.
        check = os.path.join(work, "syntax.yml")
        with open(check, "w") as f:
            yaml.safe_dump([{"name": module, "hosts": "localhost", "gather_facts": False, "tasks": examples(module)}
                            for module in modules], f, sort_keys=False, allow_unicode=True)
        subprocess.check_call(["ansible-playbook", "--syntax-check", check], env=env, stdout=subprocess.DEVNULL)
        with open(os.path.join(work, "run.log"), "w") as log:
            rc = subprocess.call(["ansible-playbook", "-i", hosts, "--forks", "6", path,
                                  "-e", json.dumps({"norce_example_modules": modules})],
                                 env=env, stdout=log, stderr=subprocess.STDOUT, cwd=os.path.join(work, "examples"))
        results = []
        with open(report) as f:
            results = [json.loads(line) for line in f]
        passed = failed = 0
        for result in results:
            if result["play"] == "EXAMPLES" and result["task"] == "Examples":
                continue  # the include itself
            if result["play"] != "EXAMPLES":
                if result["status"] == "failed":
                    print("FAIL setup %s: %s" % (result["task"], result["msg"]))
                    failed += 1
                continue
            unresolved = [w for w in result["warnings"] if any(u in w for u in UNRESOLVED)]
            ok = result["status"] == "ok" and not unresolved
            passed += ok
            failed += not ok
            reason = "" if ok else ": " + (result["msg"] or "; ".join(unresolved))
            print("%s %s / %s%s" % ("ok  " if ok else "FAIL", result["host"], result["task"], reason))
        ran = set(r["host"] for r in results if r["play"] == "EXAMPLES" and r["task"] != "Examples")
        for module in modules:
            if "norce.commerce.%s" % module not in ran:
                print("FAIL %s: its examples did not run (see the log)" % module)
                failed += 1
        if rc and not failed:
            failed += 1
            print("FAIL ansible-playbook exited with %d" % rc)
        if failed:
            with open(os.path.join(work, "run.log")) as f:
                sys.stdout.write(f.read()[-6000:])
        print("module examples: %d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        subprocess.call([emulator, "stop", ready], env=env)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
