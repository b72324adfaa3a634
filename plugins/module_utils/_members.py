# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Sets of plain values under an item of another resource (see ``_resource.Members``): compare, plan and
write once for every such set. Writes go through the engine's single check-mode gate."""

from __future__ import annotations

from ansible_collections.norce.commerce.plugins.module_utils._engine import InvalidInput
from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value, strip_reference_ids


class MembersResult(object):
    def __init__(self, option, before, after, added, removed, kept, notes):
        self.changed = bool(added or removed)
        self.action = "update" if self.changed else "none"
        self.added, self.removed, self.kept = added, removed, kept
        self.members = after
        self.diff = {"before": {option: before}, "after": {option: after}} if self.changed else {"before": {}, "after": {}}
        self.notes = list(notes)


def _checked_values(members, values):
    seen = {}
    for index, value in enumerate(values or []):
        where = "%s[%d]" % (members.option, index)
        if value is None or not str(value).strip():
            raise InvalidInput("%s: %r is empty; a %s needs at least one character" % (where, value, members.title))
        if members.max_length and len(str(value)) > members.max_length:
            raise InvalidInput("%s: %r is longer than %d characters" % (where, value, members.max_length))
        if key_value(value) in seen:
            raise InvalidInput("%s: %r is listed already, as %s[%d] (%s values are matched without regard to case)"
                               % (where, value, members.option, seen[key_value(value)], members.title))
        seen[key_value(value)] = index
    return [str(v) for v in values or []]


def ensure_members(engine, members, params):
    """Adds the listed values that are missing (``state=present``), and removes the unlocked values that are
    not listed (``purge``) or that are listed (``state=absent``). Locked values are never removed."""
    values = _checked_values(members, params[members.option])
    state = params.get("state") or "present"
    parent_id = engine.resolve(members.parent, params[members.parent.option])
    path = members.path.replace("{id}", str(parent_id))
    current = (strip_reference_ids(engine.client.get(path)) or []) if parent_id is not None else []
    field, locked_field = members.value_field, members.locked_field

    def locked(member):
        return bool(locked_field and member.get(locked_field))

    wanted = set(key_value(v) for v in values)
    have = set(key_value(m.get(field)) for m in current)
    if state == "present":
        added = [v for v in values if key_value(v) not in have]
        unlisted = [m for m in current if key_value(m.get(field)) not in wanted] if params.get("purge") else []
    else:
        added = []
        unlisted = [m for m in current if key_value(m.get(field)) in wanted]
    removed = [m.get(field) for m in unlisted if not locked(m)]
    kept = [m.get(field) for m in unlisted if locked(m)]
    gone = set(key_value(v) for v in removed)
    remaining = [m for m in current if key_value(m.get(field)) not in gone]
    if removed:
        # One replace call does both: it keeps what remains, adds the new values and drops the rest.
        body = [{field: m.get(field)} for m in remaining] + [{field: v} for v in added]
        engine._write(members.replace_method, path, body, body)
    elif added:
        engine._write(members.add_method, path, [{field: v} for v in added], [])
    before = sorted((m.get(field) for m in current), key=key_value)
    after = sorted([m.get(field) for m in remaining] + added, key=key_value)
    notes = list(engine.notes)
    if kept and state == "absent":
        notes.append("%s: %s %s already used and cannot be removed: %s"
                     % (members.option, len(kept), members.title + ("s are" if len(kept) > 1 else " is"),
                        ", ".join(kept)))
    engine.notes = []
    return MembersResult(members.option, before, after, added, removed, kept, notes)
