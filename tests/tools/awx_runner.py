#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The demo playbook run the way AWX runs a job template, against the emulator.

AWX renders the credential type's injectors (extensions/awx/credential_type_norce_commerce.yml) into environment
variables and files, lays out a private data directory (project, inventory, env/envvars) and runs the playbook
through ansible-runner, with the collection installed in the execution environment. This script does the same:
the injectors are rendered with a Jinja2 sandbox as AWX renders them, the collection comes from the installed
tarball (COLLECTIONS_PATH, argument 1), and the playbook has no connection or collection settings of its own.

Checks: the first run succeeds and changes things, the second changes nothing, the client secret appears in no
job event, and a follow-up playbook reads the result back through the norce.commerce.resource lookup with only
the injected variables. Usage: awx_runner.py COLLECTIONS_PATH
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile

import ansible_runner
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CREDENTIAL_TYPE = os.path.join(ROOT, "extensions", "awx", "credential_type_norce_commerce.yml")

VERIFY = """
- name: Read back what the demo applied, with only the injected credential
  hosts: localhost
  gather_facts: false
  tasks:
    - name: The campaign flags
      ansible.builtin.assert:
        that:
          - flags | map(attribute='code') | sort == ['news', 'outlet', 'sale']
          - flags | map(attribute='group') | unique == ['campaign']
      vars:
        flags: "{{ query('norce.commerce.resource', 'product_flag') }}"
"""


def inject(credential_type, inputs, private_data_dir):
    """Environment variables and files of a credential, rendered as AWX renders them."""
    sandbox = ImmutableSandboxedEnvironment()
    files = {}
    for label, template in (credential_type["injectors"].get("file") or {}).items():
        path = os.path.join(private_data_dir, "env", "credential_" + label.split(".", 1)[1])
        with open(path, "w") as f:
            f.write(sandbox.from_string(template).render(**inputs))
        os.chmod(path, 0o600)
        files[label.split(".", 1)[1]] = path
    namespace = dict(inputs, tower={"filename": files})
    return dict((var, sandbox.from_string(template).render(**namespace))
                for var, template in credential_type["injectors"]["env"].items())


def run(private_data_dir, playbook):
    result = ansible_runner.run(private_data_dir=private_data_dir, playbook=playbook, quiet=True)
    events = list(result.events)
    return result, events


def main(collections_path):
    with open(CREDENTIAL_TYPE) as f:
        credential_type = yaml.safe_load(f)
    work = tempfile.mkdtemp(prefix="norce-awx-")
    ready = os.path.join(work, "emulator.json")
    emulator = os.path.join(ROOT, "tests", "tools", "emulator.sh")
    env = dict(os.environ, PYTHON=os.environ.get("PYTHON", sys.executable))
    subprocess.check_call([emulator, "start", ready], env=env)
    failures = []
    try:
        with open(ready) as f:
            emu = json.load(f)
        with open(emu["ca_path"]) as f:
            ca = f.read()
        pdd = os.path.join(work, "job")
        for sub in ("project", "inventory", "env"):
            os.makedirs(os.path.join(pdd, sub))
        shutil.copy(os.path.join(ROOT, "playbooks", "demo.yml"), os.path.join(pdd, "project", "demo.yml"))
        with open(os.path.join(pdd, "project", "verify.yml"), "w") as f:
            f.write(VERIFY)
        with open(os.path.join(pdd, "inventory", "hosts"), "w") as f:
            f.write("localhost ansible_connection=local ansible_python_interpreter=%s\n" % sys.executable)
        # What a user types into the credential form: here the URLs, since the emulator has no Norce slug.
        inputs = dict(api_url=emu["api_url"], token_url=emu["token_url"], client_id=emu["client_id"],
                      client_secret=emu["client_secret"], scope=emu["scope"], environment="playground",
                      application_id=str(emu["application_id"]), account_id=str(emu["account_id"]),
                      ca_certificate=ca)
        injected = inject(credential_type, inputs, pdd)
        # The execution environment has the collection installed; AWX adds nothing else.
        envvars = dict(injected, ANSIBLE_COLLECTIONS_PATH=collections_path,
                       ANSIBLE_COLLECTIONS_SCAN_SYS_PATH="false",
                       NORCE_TOKEN_CACHE_DIR=os.path.join(work, "tokens"))
        with open(os.path.join(pdd, "env", "envvars"), "w") as f:
            yaml.safe_dump(envvars, f)
        missing = [v for v in ("NORCE_API_URL", "NORCE_TOKEN_URL", "NORCE_CLIENT_ID", "NORCE_CLIENT_SECRET",
                               "NORCE_SCOPE", "NORCE_APPLICATION_ID", "NORCE_ACCOUNT_ID", "NORCE_CA_PATH")
                   if not injected.get(v)]
        if missing:
            failures.append("the credential type injected no value for %s" % ", ".join(missing))
        for attempt, expect_changes in (("first", True), ("second", False)):
            result, events = run(pdd, "demo.yml")
            stats = result.stats or {}
            changed = sum((stats.get("changed") or {}).values())
            print("awx-runner: %s run of demo.yml: status %s, rc %s, changed %d"
                  % (attempt, result.status, result.rc, changed))
            if result.status != "successful":
                failures.append("%s run: status %s" % (attempt, result.status))
                sys.stdout.write(result.stdout.read()[-4000:])
            elif expect_changes and not changed:
                failures.append("first run changed nothing")
            elif not expect_changes and changed:
                failures.append("second run changed %d things" % changed)
            if any(emu["client_secret"] in json.dumps(event) for event in events):
                failures.append("%s run: the client secret appears in a job event" % attempt)
        result, events = run(pdd, "verify.yml")
        print("awx-runner: verify.yml (lookup with the injected variables): status %s" % result.status)
        if result.status != "successful":
            failures.append("verify run: status %s" % result.status)
            sys.stdout.write(result.stdout.read()[-4000:])
    finally:
        subprocess.call([emulator, "stop", ready], env=env)
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL " + failure)
    print("awx-runner: %d passed, %d failed" % (4 - min(len(failures), 4), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(os.path.abspath(sys.argv[1])))
