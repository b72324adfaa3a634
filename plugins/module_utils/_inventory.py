# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What Norce holds of one resource: read once per run (per parent for nested resources), searched by
natural key, and kept up to date with what the engine writes, so one task or one bulk run never reads
the same list twice."""

from __future__ import annotations

import threading

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError
from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, strip_reference_ids


class Inventory(object):
    """All items of one resource under one parent, read once and kept up to date.

    The active list is read first; the list of soft-deleted items only when a key or id is not among
    the active ones, so a converged run reads one list per resource. Lookups by key use an index, so a
    bulk run over thousands of items stays linear. Threads of a bulk run share one inventory."""

    def __init__(self, client, resource, scope, engine):
        self.client = client
        self.resource = resource
        self.scope = scope
        self.engine = engine
        self._by_id = None   # id -> item, in the order read
        self.deleted_loaded = False
        self._index = None   # key -> ids, built on the first lookup
        self._written = {}   # id -> item, what this run wrote (a re-read in another thread may race it)
        self._full = set()   # ids of items read in full, where the list answers with a smaller model
        self._lock = threading.RLock()

    def load(self):
        """(Re-)reads the active items; the deleted ones are read again when next needed."""
        resource = self.resource
        items = [strip_reference_ids(i) for i in self.client.get(resource.url(resource.path, self.scope)) or []]
        with self._lock:
            self._by_id = dict((item.get(resource.id_field), item) for item in items)
            for item_id, item in self._written.items():
                self._by_id.setdefault(item_id, item)
            self._index = None
            self.deleted_loaded = not resource.deleted_path
        return self

    @property
    def items(self):
        return None if self._by_id is None else list(self._by_id.values())

    def _load_deleted(self):
        resource = self.resource
        deleted = self.client.get(resource.url(resource.deleted_path, self.scope)) or []
        with self._lock:
            for item in deleted:
                if item.get(resource.id_field) not in self._by_id:
                    item = strip_reference_ids(item)
                    self._by_id[item.get(resource.id_field)] = item
                    self._add_to_index(item)
            self.deleted_loaded = True

    def active(self):
        """The items the active list holds (and any the engine has written since)."""
        with self._lock:
            if self._by_id is None:
                self.load()
            return list(self._by_id.values())

    def all(self):
        """Active and soft-deleted items."""
        with self._lock:
            if self._by_id is None:
                self.load()
            if not self.deleted_loaded:
                self._load_deleted()
            return list(self._by_id.values())

    def _key_options(self):
        # Options that fill the path (a parent) are matched by reading under that parent.
        return [o for o in self.resource.key if o not in [f.option for f in self.resource.path_fields]]

    def _api_key(self, item):
        return tuple(key_value(self.engine.option_value(self.resource, item, option))
                     for option in self._key_options())

    def _add_to_index(self, item):
        if self._index is not None:
            self._index.setdefault(self._api_key(item), set()).add(item.get(self.resource.id_field))

    def _drop_from_index(self, item_id):
        old = self._by_id.get(item_id)
        if self._index is not None and old is not None:
            self._index.get(self._api_key(old), set()).discard(item_id)

    def _matches(self, wanted):
        with self._lock:
            if self._by_id is None:
                self.load()
            if self._index is None:
                self._index = {}
                for item in self._by_id.values():
                    self._add_to_index(item)
            return [self._by_id[i] for i in sorted(self._index.get(wanted, ()), key=str)]

    def find(self, key, engine=None):
        """The item with natural key ``key`` (values of all key options, in order)."""
        engine = engine or self.engine
        by_option = dict(zip(self.resource.key, key))
        wanted = tuple(key_value(by_option[o]) for o in self._key_options())
        matches = self._matches(wanted)
        active = [m for m in matches if engine.is_active(self.resource, m)]
        if not active and not self.deleted_loaded:
            self.all()
            matches = self._matches(wanted)
        if len(active) > 1:
            raise NorceError("%d active %s items have the key %s; resolve the duplicates in Norce first"
                             % (len(active), self.resource.title, "/".join(str(k) for k in key)))
        if not matches and self.resource.deactivated_key:
            matches = self._renamed_on_deactivation(wanted, engine)
        return self.full_item((active or matches or [None])[0])

    def full_item(self, item):
        """The item with every field: read by its own GET where the list leaves some out (a promotion's
        requirements), once per run."""
        resource = self.resource
        if item is None or not resource.partial_list or item.get(resource.id_field) in self._full:
            return item
        full = self.engine.read_item(resource.url(resource.item_path, self.scope, item[resource.id_field])) or item
        self.remember(full)
        return full

    def _renamed_on_deactivation(self, wanted, engine):
        """Deactivated items whose key Norce altered, recognised by the description's format."""
        resource = self.resource
        found = []
        for item in self.all():
            if engine.is_active(resource, item):
                continue
            altered = key_value(resource.deactivated_key.format(key=wanted[-1], id=item.get(resource.id_field)))
            api_key = self._api_key(item)
            if api_key[:-1] == wanted[:-1] and api_key[-1] == altered:
                found.append(item)
        if len(found) > 1:
            raise NorceError("%d deactivated %s items were once %r (ids %s); reactivate one by its altered key first"
                             % (len(found), resource.title, wanted[-1],
                                ", ".join(str(i.get(resource.id_field)) for i in found)))
        return found

    def by_id(self, item_id):
        with self._lock:
            if self._by_id is None:
                self.load()
            if item_id not in self._by_id and not self.deleted_loaded:
                self._load_deleted()
            return self._by_id.get(item_id)

    def remember(self, item):
        if not isinstance(item, dict):
            return
        item = strip_reference_ids(item)
        item_id = item.get(self.resource.id_field)
        with self._lock:
            self._full.add(item_id)  # what the engine writes back is the API's full answer
            self._written[item_id] = item
            if self._by_id is None:
                return
            self._drop_from_index(item_id)
            self._by_id.pop(item_id, None)
            self._by_id[item_id] = item
            self._add_to_index(item)

    def forget(self, item_id):
        with self._lock:
            self._written.pop(item_id, None)
            if self._by_id is not None:
                self._drop_from_index(item_id)
                self._by_id.pop(item_id, None)
