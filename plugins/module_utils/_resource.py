# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The vocabulary of resource descriptions.

A resource description says, once, everything the engine needs to manage one kind of Norce object:
where it lives in the API, what identifies it, which module options map to which API fields, which
options refer to other resources, and how it is deleted. No description contains control flow.
"""

from __future__ import annotations

SOFT_DELETE = "soft"      # PUT the full model with IsActive=false
DELETE_VERB = "delete"    # the API's own DELETE (which is itself a soft delete on Norce's side)
NO_DELETE = "none"        # the API cannot remove the item; state=absent is refused

# Localized options and the API field stem they map to: option `name` is written to `DefaultName`
# and, per culture, to `Cultures[].Name`.
LOCALIZED_STEMS = {
    "name": "Name",
    "description": "Description",
}


class Ref(object):
    """An option that names another resource by its natural key; the API stores that item's id."""

    def __init__(self, resource, key="code"):
        self.resource = resource
        self.key = key


class Field(object):
    """One module option and the API field it is stored in.

    ``choices`` maps the option's values to the API's values (``{"product": 1}``) when they differ,
    or lists the allowed values when they are the same. ``ordered=False`` compares lists as sets.
    """

    def __init__(self, option, api, type="str", choices=None, ref=None, elements=None,
                 ordered=True, description=None):
        self.option = option
        self.api = api
        self.type = type
        self.ref = ref
        self.elements = elements
        self.ordered = ordered
        self.description = description
        if isinstance(choices, dict):
            self.to_api_values = dict(choices)
        elif choices:
            self.to_api_values = dict((c, c) for c in choices)
        else:
            self.to_api_values = None

    @property
    def choices(self):
        return list(self.to_api_values) if self.to_api_values else None

    def argument_spec(self):
        spec = {"type": "str" if self.ref else self.type}
        if self.choices:
            spec["choices"] = self.choices
        if self.elements:
            spec["elements"] = self.elements
        return spec


class Resource(object):
    """A declarative description of one Norce Management API resource.

    ``path`` lists and inserts, ``item_path`` (with ``{id}``) gets, replaces and deletes,
    ``deleted_path`` lists soft-deleted items where the API has such a list. ``key`` names the
    options that identify an item (its natural key). ``id_field`` is the API field that ``{id}``
    addresses. ``localized`` names the options that have a default-culture value and translations.
    ``create_required`` are options the API needs to create an item; ``create_defaults`` are API
    values sent on create when the user did not set the option.
    """

    def __init__(self, name, title, path, item_path, fields, key=("code",), deleted_path=None,
                 id_field="Id", localized=(), delete=SOFT_DELETE, active_field="IsActive",
                 create_required=(), create_defaults=None, scope="client"):
        self.name = name
        self.title = title
        self.path = path
        self.item_path = item_path
        self.deleted_path = deleted_path
        self.fields = tuple(fields)
        self.key = tuple(key)
        self.id_field = id_field
        self.localized = tuple(localized)
        self.delete = delete
        self.active_field = active_field
        self.create_required = tuple(create_required)
        self.create_defaults = dict(create_defaults or {})
        self.scope = scope
        self.by_option = dict((f.option, f) for f in self.fields)
        unknown = [k for k in self.key + self.create_required
                   if k not in self.by_option and k not in self.localized]
        if unknown:
            raise ValueError("resource %s: unknown options %s" % (name, unknown))

    def key_of_options(self, params):
        return tuple(params.get(k) for k in self.key)

    def argument_spec(self):
        """The module options of this resource (connection options are added elsewhere)."""
        spec = {}
        for field in self.fields:
            spec[field.option] = field.argument_spec()
            if field.option in self.key:
                spec[field.option]["required"] = True
        for option in self.localized:
            spec[option] = {"type": "str"}
        if self.localized:
            spec["translations"] = {"type": "dict"}
        spec["state"] = {"type": "str", "default": "present", "choices": ["present", "absent"]}
        return spec

    def item_url(self, item_id):
        return self.item_path.replace("{id}", str(item_id))
