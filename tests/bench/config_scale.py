#!/usr/bin/env python
"""How long a configuration of N items takes, and how many requests it costs, four ways.

For each size and latency it starts a fresh emulator and measures, with ansible-playbook:
  a) norce.commerce.config on an empty environment (everything is created);
  b) norce.commerce.config again (nothing changes);
  c) the same items through a `loop:` over the single-item modules;
  d) a hand-written playbook with ansible.builtin.uri doing GET-then-POST/PUT per item.
Wall time, the emulator's request count (token requests apart) and the largest process's memory.

    python tests/bench/config_scale.py --sizes 100 1000 5000 --latency 20 0 [--skip-loops-above 1000]

Writes a Markdown table to stdout (and --json FILE). Not a test: nothing here fails on a number.
"""

import argparse
import json
import os
import resource
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN = os.path.join(ROOT, "tests", "emulator", "run.py")


def document(n):
    """N items over six resource types, in the proportions of a small catalogue."""
    groups = max(1, n // 50)
    parametrics = max(1, n // 50)
    flags = n * 30 // 100
    categories = n * 25 // 100
    manufacturers = n * 20 // 100
    values = n - groups - parametrics - flags - categories - manufacturers
    return {
        "product_flag_group": [{"code": "g%d" % i, "name": "Group %d" % i} for i in range(groups)],
        "product_flag": [{"code": "f%d" % i, "group": "g%d" % (i % groups), "name": "Flag %d" % i, "sort_order": i}
                         for i in range(flags)],
        "category": [{"code": "c%d" % i, "name": "Category %d" % i} for i in range(categories)],
        "manufacturer": [{"code": "m%d" % i, "name": "Maker %d" % i} for i in range(manufacturers)],
        "parametric": [{"code": "p%d" % i, "type": "list", "name": "Parametric %d" % i} for i in range(parametrics)],
        "parametric_value": [{"parametric": "p%d" % (i % parametrics), "code": "v%d" % i, "value": "Value %d" % i}
                             for i in range(values)],
    }


CONNECTION = """
    api_url: "{{ r.api_url }}"
    token_url: "{{ r.token_url }}"
    client_id: "{{ r.client_id }}"
    client_secret: "{{ r.client_secret }}"
    scope: "{{ r.scope }}"
    application_id: "{{ r.application_id }}"
    account_id: "{{ r.account_id }}"
    ca_path: "{{ r.ca_path }}"
"""

HEAD = """- hosts: localhost
  gather_facts: false
  vars:
    r: "{{ lookup('file', ready) | from_json }}"
    doc: "{{ lookup('file', doc_file) | from_json }}"
  module_defaults:
    group/norce.commerce.management:%s
  tasks:
""" % CONNECTION.replace("\n    ", "\n      ")

CONFIG_PLAY = HEAD + """
    - norce.commerce.config:
        config: "{{ doc }}"
        parallel: "{{ parallel | int }}"
"""

# One task per resource, looping over its items with the module of the same name.
LOOP_PLAY = HEAD + "".join("""
    - norce.commerce.%s:
%s      loop: "{{ doc.%s }}"
""" % (name, "".join("        %s: \"{{ item.%s }}\"\n" % (o, o) for o in options), name) for name, options in (
    ("product_flag_group", ("code", "name")),
    ("product_flag", ("code", "group", "name", "sort_order")),
    ("category", ("code", "name")),
    ("manufacturer", ("code", "name")),
    ("parametric", ("code", "type", "name")),
    ("parametric_value", ("parametric", "code", "value")),
))

# What a user writes without the collection: a token, then per item a GET of the list and a POST or PUT.
URI_HEAD = HEAD + """
    - name: Token
      ansible.builtin.uri:
        url: "{{ r.token_url }}"
        method: POST
        body_format: form-urlencoded
        body: {grant_type: client_credentials, client_id: "{{ r.client_id }}", client_secret: "{{ r.client_secret }}", scope: "{{ r.scope }}"}
        ca_path: "{{ r.ca_path }}"
      register: token
      no_log: true
    - ansible.builtin.set_fact:
        headers: {Authorization: "Bearer {{ token.json.access_token }}", application-id: "{{ r.application_id }}", account-id: "{{ r.account_id }}"}
      no_log: true
"""

URI_STEP = """
    - name: Look for each {name}
      ansible.builtin.uri:
        url: "{{{{ r.api_url }}}}{path}"
        headers: "{{{{ headers }}}}"
        ca_path: "{{{{ r.ca_path }}}}"
      loop: "{{{{ doc.{name} }}}}"
      register: found
    - name: Create or update each {name}
      vars:
        existing: "{{{{ item.json | selectattr('Code', 'equalto', item.item.code) | list }}}}"
        body: {body}
      ansible.builtin.uri:
        url: "{{{{ r.api_url }}}}{path}{{{{ '' if not existing else '/' ~ existing[0].Id }}}}"
        method: "{{{{ 'PUT' if existing else 'POST' }}}}"
        body: "{{{{ (existing[0] | combine(body)) if existing else body }}}}"
        body_format: json
        headers: "{{{{ headers }}}}"
        ca_path: "{{{{ r.ca_path }}}}"
      loop: "{{{{ found.results }}}}"
"""

IDS = """
    - name: Read the {name} ids
      ansible.builtin.uri:
        url: "{{{{ r.api_url }}}}{path}"
        headers: "{{{{ headers }}}}"
        ca_path: "{{{{ r.ca_path }}}}"
      register: listed
    - ansible.builtin.set_fact:
        {var}: "{{{{ dict(listed.json | map(attribute='Code') | zip(listed.json | map(attribute='Id'))) }}}}"
"""

URI_PLAY = URI_HEAD + URI_STEP.format(
    name="product_flag_group", path="/api/product/flaggroup",
    body="{Code: '{{ item.item.code }}', DefaultName: '{{ item.item.name }}', IsActive: true}") + IDS.format(
    name="flag group", path="/api/product/flaggroup", var="group_ids") + URI_STEP.format(
    name="product_flag", path="/api/product/flag",
    body="{Code: '{{ item.item.code }}', DefaultName: '{{ item.item.name }}', GroupId: '{{ group_ids[item.item.group] }}',"
         " TypeId: 1, SortOrder: '{{ item.item.sort_order }}', IsActive: true}") + URI_STEP.format(
    name="category", path="/api/category",
    body="{Code: '{{ item.item.code }}', DefaultName: '{{ item.item.name }}', IsActive: true}") + URI_STEP.format(
    name="manufacturer", path="/api/manufacturer",
    body="{Code: '{{ item.item.code }}', Name: '{{ item.item.name }}', IsActive: true}") + URI_STEP.format(
    name="parametric", path="/api/parametric",
    body="{Code: '{{ item.item.code }}', DefaultName: '{{ item.item.name }}', Type: list, IsActive: true}") + IDS.format(
    name="parametric", path="/api/parametric", var="parametric_ids") + """
    - name: Look for each parametric value
      ansible.builtin.uri:
        url: "{{ r.api_url }}/api/parametric/{{ parametric_ids[item.parametric] }}/list"
        headers: "{{ headers }}"
        ca_path: "{{ r.ca_path }}"
      loop: "{{ doc.parametric_value }}"
      register: found
    - name: Create or update each parametric value
      vars:
        existing: "{{ item.json | selectattr('Code', 'equalto', item.item.code) | list }}"
        body: {Code: "{{ item.item.code }}", DefaultValue: "{{ item.item.value }}", IsActive: true}
        base: "{{ r.api_url }}/api/parametric/{{ parametric_ids[item.item.parametric] }}/list"
      ansible.builtin.uri:
        url: "{{ base }}{{ '' if not existing else '/' ~ existing[0].Id }}"
        method: "{{ 'PUT' if existing else 'POST' }}"
        body: "{{ (existing[0] | combine(body)) if existing else body }}"
        body_format: json
        headers: "{{ headers }}"
        ca_path: "{{ r.ca_path }}"
      loop: "{{ found.results }}"
"""

PLAYS = {"config": CONFIG_PLAY, "loop": LOOP_PLAY, "uri": URI_PLAY}


class Emulator(object):
    def __init__(self, workdir, latency):
        self.ready = os.path.join(workdir, "ready-%d.json" % time.monotonic_ns())
        self.proc = subprocess.Popen([sys.executable, RUN, "--port", "0", "--ready-file", self.ready,
                                      "--latency-ms", str(latency)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        while not os.path.exists(self.ready) or not os.path.getsize(self.ready):
            time.sleep(0.05)
        time.sleep(0.1)
        with open(self.ready) as fh:
            self.info = json.load(fh)
        self.context = ssl.create_default_context(cafile=self.info["ca_path"])

    def requests(self):
        with urllib.request.urlopen(self.info["control_url"] + "/requests", context=self.context) as answer:
            log = json.load(answer)
        token = [r for r in log if r["path"].endswith("/connect/token")]
        api = [r for r in log if not r["path"].endswith("/connect/token")]
        return {"api": len(api), "writes": len([r for r in api if r["method"] != "GET"]), "tokens": len(token)}

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def playbook(workdir, way, ready, doc_file, parallel):
    play = os.path.join(workdir, "%s.yml" % way)
    with open(play, "w") as fh:
        fh.write(PLAYS[way])
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=os.path.join(workdir, "collections"),
               NORCE_TOKEN_CACHE_DIR=os.path.join(workdir, "tokens-%d" % time.monotonic_ns()),
               ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
    started = time.monotonic()
    done = subprocess.run(["ansible-playbook", play, "-e", "ready=%s" % ready, "-e", "doc_file=%s" % doc_file,
                           "-e", "parallel=%d" % parallel], env=env, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    if done.returncode:
        sys.exit("%s failed:\n%s" % (way, done.stdout[-3000:]))
    return elapsed


def measure(workdir, size, latency, ways, parallel):
    doc_file = os.path.join(workdir, "doc-%d.json" % size)
    with open(doc_file, "w") as fh:
        json.dump(document(size), fh)
    rows = []
    emulator = None
    try:
        for way in ways:
            name, fresh, _label = way
            if fresh or emulator is None:
                if emulator:
                    emulator.stop()
                emulator = Emulator(workdir, latency)
            before = emulator.requests()
            seconds = playbook(workdir, name, emulator.ready, doc_file, parallel)
            after = emulator.requests()
            counts = dict((k, after[k] - before[k]) for k in after)
            rows.append(dict(size=size, latency=latency, way=way[2], seconds=round(seconds, 1), **counts))
            cells = (size, latency, way[2], seconds, counts["api"], counts["writes"], counts["tokens"])
            print("| %d | %d | %s | %.1f | %d | %d | %d |" % cells, flush=True)
    finally:
        if emulator:
            emulator.stop()  # also when a playbook fails: no emulator is left behind
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--latency", type=float, nargs="+", default=[20, 0])
    parser.add_argument("--parallel", type=int, default=8)
    parser.add_argument("--skip-loops-above", type=int, default=1000,
                        help="run (c) and (d) only up to this size (they take minutes per thousand items)")
    parser.add_argument("--only", choices=["config", "loops"], help="run only these ways")
    parser.add_argument("--json", help="also write the rows here")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="norce-bench-")
    # A snapshot of the committed tree: edits made while the benchmark runs do not reach it.
    snapshot = os.path.join(workdir, "collections", "ansible_collections", "norce", "commerce")
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        os.makedirs(os.path.dirname(os.path.join(snapshot, name)), exist_ok=True)
        shutil.copy2(os.path.join(ROOT, name), os.path.join(snapshot, name))
    print("| items | latency ms | way | seconds | API requests | writes | token requests |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: |", flush=True)
    rows = []
    for size in args.sizes:
        for latency in args.latency:
            ways = []
            if args.only != "loops":
                ways += [("config", True, "a) config, empty"), ("config", False, "b) config, converged")]
            if args.only != "config" and size <= args.skip_loops_above:
                ways += [("loop", True, "c) loop over modules"), ("uri", True, "d) uri GET+POST/PUT")]
            rows += measure(workdir, size, latency, ways, args.parallel)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print("\nLargest process (controller or module): %d MB" % peak)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"rows": rows, "peak_rss_mb": peak}, fh, indent=1)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
