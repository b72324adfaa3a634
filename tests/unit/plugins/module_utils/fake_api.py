# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""An in-memory stand-in for the client, just enough of Norce's semantics for engine unit tests:
PUT replaces the whole model, soft delete hides items from the normal list, every answer has $id."""

from __future__ import annotations

import copy
import re
import threading

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError

COLLECTIONS = {
    "/api/product/flaggroup": {"deleted": True, "id": "Id"},
    "/api/product/flag": {"deleted": True, "id": "Id"},
    "/api/application/culture": {"deleted": False, "id": "CultureCode"},
}


def _with_ref_ids(value, counter):
    if isinstance(value, dict):
        counter[0] += 1
        out = {"$id": str(counter[0])}
        out.update((k, _with_ref_ids(v, counter)) for k, v in value.items())
        return out
    if isinstance(value, list):
        return [_with_ref_ids(v, counter) for v in value]
    return value


class FakeApi(object):
    backoff = 0.0
    application_id = 1001

    def __init__(self):
        self.collections = dict(COLLECTIONS)
        self.store = dict((path, {}) for path in COLLECTIONS)
        self.log = []
        self.next_id = 100
        self.fail_next_post = None   # None | "before" | "after": an unclear failure around the commit
        self.bodies = []             # the bodies of item PUTs, as sent
        self.refuse = {}             # Code -> status: a POST or PUT of that code fails clearly
        self.lock = threading.Lock()  # the bulk run calls from several threads

    def allow_parallel(self, workers):
        self.workers = workers

    def writes(self):
        return [(m, p) for m, p in self.log if m != "GET"]

    def register(self, path, deleted=False, id_field="Id"):
        """Another collection, e.g. the values under one parametric: /api/parametric/7/list."""
        self.collections[path] = {"deleted": deleted, "id": id_field}
        self.store.setdefault(path, {})

    def add(self, path, item):
        if path not in self.collections:
            self.register(path)
        spec = self.collections[path]
        if spec["id"] == "Id" and "Id" not in item:
            self.next_id += 1
            item["Id"] = self.next_id
        self.store[path][item[spec["id"]]] = copy.deepcopy(item)
        return item

    def _split(self, path):
        for base in sorted(self.collections, key=len, reverse=True):
            if path == base or path == base + "/deleted":
                return base, None, path.endswith("/deleted")
            match = re.match(re.escape(base) + r"/([^/]+)$", path)
            if match:
                key = match.group(1)
                return base, int(key) if key.isdigit() else key, False
        raise AssertionError("unexpected path %s" % path)

    def request(self, method, path, body=None):
        with self.lock:
            return self._request(method, path, body)

    def _request(self, method, path, body=None):
        self.log.append((method, path))
        if method in ("POST", "PUT") and isinstance(body, dict) and body.get("Code") in self.refuse:
            status = self.refuse[body["Code"]]
            raise NorceError("%s %s failed with status %d: refused" % (method, path, status), method, path, status)
        base, item_id, deleted = self._split(path)
        spec = self.collections[base]
        items = self.store[base]
        counter = [0]
        if method == "GET" and item_id is None:
            wanted = [i for i in items.values() if not spec["deleted"] or (i.get("IsActive") is False) == deleted]
            return _with_ref_ids(copy.deepcopy(wanted), counter)
        if method == "GET":
            if item_id not in items:
                raise NorceError("GET %s failed with status 404" % path, "GET", path, 404)
            return _with_ref_ids(copy.deepcopy(items[item_id]), counter)
        if method == "POST":
            if self.fail_next_post == "before":
                self.fail_next_post = None
                raise NorceError("POST %s: no answer" % path, "POST", path, unclear=True)
            created = self.add(base, dict((k, v) for k, v in body.items() if k != "$id"))
            if self.fail_next_post == "after":
                self.fail_next_post = None
                raise NorceError("POST %s failed with status 503" % path, "POST", path, 503, unclear=True)
            return _with_ref_ids(copy.deepcopy(created), counter)
        if method == "PUT" and item_id is None and isinstance(body, dict):
            # One item added (no Id) or replaced (its Id) on the list path (population rules).
            row = dict((k, v) for k, v in body.items() if k != "$id")
            if row.get(spec["id"]) in items:
                items[row[spec["id"]]] = row
                return _with_ref_ids(copy.deepcopy(row), counter)
            row.pop(spec["id"], None)
            return _with_ref_ids(copy.deepcopy(self.add(base, row)), counter)
        if method == "PUT" and item_id is None:
            # A whole-list update (client price list types).
            for row in body:
                items[row[spec["id"]]] = dict((k, v) for k, v in row.items() if k != "$id")
            return _with_ref_ids(copy.deepcopy(list(items.values())), counter)
        if method == "PUT":
            self.bodies.append(copy.deepcopy(body))
            replaced = dict((k, v) for k, v in body.items() if k != "$id")
            if spec.get("update_model"):
                # The PUT takes a smaller model: fields it does not carry keep their values.
                replaced = dict(items[item_id], **replaced)
            replaced[spec["id"]] = item_id
            items[item_id] = replaced
            return _with_ref_ids(copy.deepcopy(replaced), counter)
        if method == "DELETE":
            if spec.get("hard_delete"):
                del items[item_id]
            else:
                items[item_id]["IsActive"] = False
            return None
        raise AssertionError(method)

    def get(self, path):
        return self.request("GET", path)
