# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A whole configuration in one run: the document is checked and every item planned before anything is
written; then the items are written in waves (what an item refers to comes in an earlier wave), each
wave with bounded parallelism. The plans and writes are the engine's, the same as a single module's."""

from __future__ import annotations

import difflib
from concurrent.futures import ThreadPoolExecutor

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator

from ansible_collections.norce.commerce.plugins.module_utils import _export
from ansible_collections.norce.commerce.plugins.module_utils._client import NorceError
from ansible_collections.norce.commerce.plugins.module_utils._engine import InvalidInput, Result, pending_key
from ansible_collections.norce.commerce.plugins.module_utils._normalize import key_value

COUNTS = {"create": "created", "update": "updated", "reactivate": "updated", "deactivate": "deactivated",
          "none": "unchanged"}


class DocumentError(InvalidInput):
    """The document cannot be applied as written; ``problems`` lists every reason, nothing was written."""

    def __init__(self, problems):
        super(DocumentError, self).__init__("The configuration cannot be applied; nothing was written:\n- "
                                            + "\n- ".join(problems))
        self.problems = problems


class Entry(object):
    """One item of the document: its resource, its validated options, and where it came from."""

    def __init__(self, resource, params, label):
        self.resource, self.params, self.label = resource, params, label
        self.key = resource.key_of_options(params)
        self.plan = None
        self.result = None
        self.error = None

    @property
    def present(self):
        return self.params.get("state", "present") != "absent"

    def name(self):
        key = ", ".join("%s=%s" % (o, v) for o, v in zip(self.resource.key, self.key))
        return "%s[%s]" % (self.resource.name, key) if key else self.resource.name


def references(resource):
    """The resources that items of ``resource`` may refer to (through options, paths, and sub-options of
    nested lists at any depth)."""
    targets = set()
    fields = list(resource.fields)
    while fields:
        field = fields.pop()
        if field.ref:
            targets.add(field.ref.resource)
        if field.nested:
            fields.extend(field.nested.fields)
    return targets


def levels(resources, names):
    """How many resources of the document each one waits for: 0 for those that refer to none of them."""
    found = {}

    def level(name, seen):
        if name not in found:
            if name in seen:
                raise InvalidInput("config: the resources %s refer to each other in a cycle" % ", ".join(sorted(seen)))
            deps = [d for d in references(resources[name]) if d in names and d != name]
            found[name] = 1 + max([level(d, seen | {name}) for d in deps] or [-1])
        return found[name]

    for name in names:
        level(name, set())
    return found


class Bulk(object):
    def __init__(self, engine, parallel=8):
        self.engine = engine
        self.resources = engine.resources
        self.parallel = max(1, parallel)
        engine.assume_earlier_tasks = False

    # -- the document --------------------------------------------------------------------------

    def read(self, config):
        """The document's items as entries; a list of documents is layered, later ones win per key."""
        layers = config if isinstance(config, list) else [config]
        problems, merged, order = [], {}, []
        self.names = set()
        for number, layer in enumerate(layers):
            where = "config" if len(layers) == 1 else "config[%d]" % number
            if not isinstance(layer, dict):
                problems.append("%s must be a dictionary of resource names to lists of items, got %s"
                                % (where, type(layer).__name__))
                continue
            seen = set()
            for name, items in layer.items():
                resource = self.resources.get(name)
                if resource is None:
                    close = difflib.get_close_matches(str(name), list(self.resources), 1)
                    problems.append("%s: unknown resource %r%s" % (where, name, "; did you mean %r?" % close[0] if close else ""))
                    continue
                if not isinstance(items, list):
                    problems.append("%s.%s must be a list of items, got %s" % (where, name, type(items).__name__))
                    continue
                self.names.add(name)
                for index, raw in enumerate(items):
                    label = "%s.%s[%d]" % (where, name, index)
                    if not isinstance(raw, dict):
                        problems.append("%s must be a dictionary of %s options, got %r" % (label, name, raw))
                        continue
                    ident = (name, tuple(key_value(raw.get(o)) for o in resource.key))
                    if ident in seen:
                        problems.append("%s: %s is listed twice in the same document (key %s)"
                                        % (label, name, ", ".join("%s=%s" % (o, raw.get(o)) for o in resource.key)))
                        continue
                    seen.add(ident)
                    if ident in merged:
                        merged[ident] = (dict(merged[ident][0], **raw), label)
                    else:
                        merged[ident] = (raw, label)
                        order.append(ident)
        entries = []
        for ident in order:
            raw, label = merged[ident]
            entry, problem = self._validated(self.resources[ident[0]], raw, label)
            if problem:
                problems.append(problem)
            else:
                entries.append(entry)
        if problems:
            raise DocumentError(problems)
        return entries

    def _validated(self, resource, raw, label):
        validator = ArgumentSpecValidator(resource.argument_spec(), mutually_exclusive=resource.mutually_exclusive)
        result = validator.validate(raw)
        if result.unsupported_parameters:
            unknown = sorted(set(p[0] if isinstance(p, tuple) else p for p in result.unsupported_parameters))
            return None, "%s: unknown option %s; %s takes %s" % (
                label, ", ".join(repr(u) for u in unknown), resource.name, ", ".join(sorted(resource.argument_spec())))
        errors = [e for e in result.errors.errors if type(e).__name__ != "UnsupportedError"]
        if errors:
            return None, "%s: %s" % (label, "; ".join(str(e) for e in errors))
        return Entry(resource, result.validated_parameters, label), None

    def purged(self, entries, purge):
        """Entries that deactivate what the document does not list, for the resources ``purge`` names."""
        listed = self.names
        if purge is True:
            names = sorted(listed)
        elif not purge:
            return []
        else:
            names = list(purge)
        problems, extra = [], []
        keys = set(pending_key(e.resource, e.key) for e in entries)
        for name in names:
            resource = self.resources.get(name)
            if resource is None or name not in listed:
                problems.append("purge: %r is not a resource of the document; list it (\"%s: []\" removes every "
                                "one) to purge it" % (name, name))
                continue
            if resource.singleton or not resource.has_state or resource.delete == "none":
                problems.append("purge: a %s cannot be removed through the API" % resource.title)
                continue
            for params, item in _export.each_item(self.engine, resource):
                options = dict(params)
                for option in resource.key:
                    if option not in options:
                        options[option] = self.engine.option_value(resource, item, option)
                if pending_key(resource, resource.key_of_options(options)) not in keys:
                    entry, problem = self._validated(resource, dict(options, state="absent"), "purge.%s" % name)
                    problems.extend([problem] if problem else [])
                    extra.extend([entry] if entry else [])
        if problems:
            raise DocumentError(problems)
        return extra

    # -- planning and writing ------------------------------------------------------------------

    def waves(self, entries):
        """Entries grouped so that an item comes after what it refers to (and removals in reverse)."""
        names = set(e.resource.name for e in entries)
        level = levels(self.resources, names)
        depth = self._depths(entries)
        top = max(level.values() or [0]) + 1
        groups = {}
        for entry in entries:
            if entry.present:
                order = (level[entry.resource.name], depth.get(id(entry), 0))
            else:
                order = (top + (top - level[entry.resource.name]), -depth.get(id(entry), 0))
            groups.setdefault(order, []).append(entry)
        return [groups[k] for k in sorted(groups)]

    @staticmethod
    def _depths(entries):
        """For items that refer to items of their own resource (a category's parent): how deep they are."""
        depths = {}
        by_key = {}
        for entry in entries:
            by_key[pending_key(entry.resource, entry.key)] = entry
        for entry in entries:
            chain, current = set(), entry
            while True:
                own = [f for f in current.resource.fields if f.ref and f.ref.resource == current.resource.name
                       and current.params.get(f.option) not in (None, "")]
                parent = by_key.get(pending_key(current.resource, (current.params[own[0].option],))) if own else None
                if parent is None or id(parent) in chain:
                    break
                chain.add(id(parent))
                current = parent
            depths[id(entry)] = len(chain)
        return depths

    def plan(self, entries):
        """Plans every entry; fails with every problem found before anything is written."""
        engine = self.engine
        engine.pending = set(pending_key(e.resource, e.key) for e in entries if e.present and e.resource.can_create)
        problems = []
        for wave in self.waves(entries):
            for entry in wave:
                try:
                    entry.plan = engine.plan(entry.resource, entry.params)
                except NorceError as exc:
                    if not isinstance(exc, InvalidInput):
                        raise
                    problems.append("%s (%s): %s" % (entry.name(), entry.label, exc))
        if problems:
            raise DocumentError(problems)

    def _write_one(self, entry):
        engine = self.engine
        try:
            plan = entry.plan
            if plan.action != "none" and None in plan.scope.values():
                # Planned under a parent this run created since: plan again, now that it has an id.
                plan = engine.plan(entry.resource, entry.params)
            entry.result = engine.execute(plan)
        except NorceError as exc:
            entry.error = exc
        finally:
            engine.notes = []

    def write(self, entries):
        engine = self.engine
        engine.client.allow_parallel(self.parallel)
        with ThreadPoolExecutor(max_workers=self.parallel) as pool:
            for wave in self.waves(entries):
                todo = [e for e in wave if e.plan.action != "none"]
                for entry in wave:
                    if entry.plan.action == "none":
                        entry.result = engine.execute(entry.plan)
                list(pool.map(self._write_one, todo))
                for entry in todo:
                    key = pending_key(entry.resource, entry.key)
                    engine.pending.discard(key)
                    if entry.error is not None:
                        engine.failed.add(key)

    def run(self, config, purge=False):
        entries = self.read(config)
        entries += self.purged(entries, purge)
        self.plan(entries)
        if self.engine.check_mode:
            # The plans are the answer: the write gate is closed, so executing them would only read more.
            for entry in entries:
                plan = entry.plan
                entry.result = Result(plan.action, plan.item, plan.before, plan.after)
        else:
            self.write(entries)
        return entries


def report(entries):
    """The module's result: counts per resource, one line per item, the diffs, and what failed."""
    summary, items, diff, failures, written = {}, [], [], [], []
    for entry in entries:
        counts = summary.setdefault(entry.resource.name, dict((c, 0) for c in sorted(set(COUNTS.values()))))
        row = {"resource": entry.resource.name, "key": dict(zip(entry.resource.key, entry.key))}
        if entry.error is not None:
            row.update(action=entry.plan.action, changed=False, failed=True, msg=str(entry.error))
            failures.append("%s: %s" % (entry.name(), entry.error))
        else:
            result = entry.result
            counts[COUNTS[result.action]] += 1
            row.update(action=result.action, changed=result.changed)
            if result.changed:
                written.append("%s %s" % (result.action, entry.name()))
                diff.append(dict(result.diff, before_header=entry.name(), after_header=entry.name()))
                row["diff"] = result.diff
        items.append(row)
    return {"summary": summary, "items": items, "diff": diff, "failures": failures, "written": written}
