# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""What Norce holds of one resource: read once per run (per parent for nested resources), searched by
natural key, and kept up to date with what the engine writes, so one task or one bulk run never reads
the same list twice."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError
from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, strip_reference_ids


class Inventory(object):
    """All items of one resource (active and soft-deleted) under one parent, read once and kept up to date."""

    def __init__(self, client, resource, scope):
        self.client = client
        self.resource = resource
        self.scope = scope
        self.items = None

    def load(self):
        resource = self.resource
        items = list(self.client.get(resource.url(resource.path, self.scope)) or [])
        if resource.deleted_path:
            known = set(item.get(resource.id_field) for item in items)
            items.extend(i for i in (self.client.get(resource.url(resource.deleted_path, self.scope)) or [])
                         if i.get(resource.id_field) not in known)
        self.items = [strip_reference_ids(item) for item in items]
        return self

    def all(self):
        if self.items is None:
            self.load()
        return self.items

    def _key_options(self):
        # Options that fill the path (a parent) are matched by reading under that parent.
        return [o for o in self.resource.key if o not in [f.option for f in self.resource.path_fields]]

    def _api_key(self, item, engine):
        return tuple(key_value(engine.option_value(self.resource, item, option)) for option in self._key_options())

    def find(self, key, engine):
        """The item with natural key ``key`` (values of all key options, in order)."""
        by_option = dict(zip(self.resource.key, key))
        wanted = tuple(key_value(by_option[o]) for o in self._key_options())
        matches = [item for item in self.all() if self._api_key(item, engine) == wanted]
        active = [m for m in matches if engine.is_active(self.resource, m)]
        if len(active) > 1:
            raise NorceError("%d active %s items have the key %s; resolve the duplicates in Norce first"
                             % (len(active), self.resource.title, "/".join(str(k) for k in key)))
        if not matches and self.resource.deactivated_key:
            matches = self._renamed_on_deactivation(wanted, engine)
        return (active or matches or [None])[0]

    def _renamed_on_deactivation(self, wanted, engine):
        """Deactivated items whose key Norce altered, recognised by the description's format."""
        resource = self.resource
        found = []
        for item in self.all():
            if engine.is_active(resource, item):
                continue
            altered = key_value(resource.deactivated_key.format(key=wanted[-1], id=item.get(resource.id_field)))
            api_key = self._api_key(item, engine)
            if api_key[:-1] == wanted[:-1] and api_key[-1] == altered:
                found.append(item)
        if len(found) > 1:
            raise NorceError("%d deactivated %s items were once %r (ids %s); reactivate one by its altered key first"
                             % (len(found), resource.title, wanted[-1],
                                ", ".join(str(i.get(resource.id_field)) for i in found)))
        return found

    def by_id(self, item_id):
        for item in self.all():
            if item.get(self.resource.id_field) == item_id:
                return item
        return None

    def remember(self, item):
        if self.items is None or not isinstance(item, dict):
            return
        item = strip_reference_ids(item)
        item_id = item.get(self.resource.id_field)
        self.items = [i for i in self.items if i.get(self.resource.id_field) != item_id] + [item]

    def forget(self, item_id):
        if self.items is not None:
            self.items = [i for i in self.items if i.get(self.resource.id_field) != item_id]
