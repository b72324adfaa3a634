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
# and, per culture, to `Cultures[].Name`. A description may name other stems.
LOCALIZED_STEMS = {
    "name": "Name",
    "description": "Description",
    "synonyms": "Synonyms",
    "value": "Value",
}


class Ref(object):
    """An option that names another resource by its natural key; the API stores that item's id.

    ``unknown`` replaces the message for a key that names nothing (``%r`` is the key), for references
    whose targets the user cannot create, such as ISO currency codes Norce does not know."""

    def __init__(self, resource, key="code", unknown=None, within=None):
        self.resource = resource
        self.key = key
        self.unknown = unknown
        # For a target nested under a parent that another option of the same item names: (that option,
        # the target's path parameter). A price list's location is a location of its chosen warehouse.
        self.within = within


class Derived(object):
    """A path parameter taken from a field of the item another option refers to.

    Parametric values live under ``/list`` or ``/multiple`` according to the parametric's ``Type``:
    ``Derived("parametric", "Type", allowed=("list", "multiple"))``.
    """

    def __init__(self, option, api, allowed=None):
        self.option = option
        self.api = api
        self.allowed = tuple(allowed or ())


class Nested(object):
    """A list of sub-items inside the model (such as a variant group's variant types), compared as a
    set keyed by its key sub-options: reordering the list is no change, and a sub-item the list no
    longer names is deactivated (or dropped, when the sub-model has no active flag).

    ``key`` is one sub-option or a tuple of them (a composite key, such as a kind and a target). The
    first is required and orders the list; the others may be left out, which means "none". A
    sub-option may itself be a nested list (a ``Field`` with ``nested``): as part of a key it counts
    as the set of its own sub-items' keys, and its references are resolved like those one level up."""

    def __init__(self, key, fields, active_field="IsActive", new_ids=False, create_required=(), min_items=0,
                 required=None):
        self.keys = tuple(key) if isinstance(key, (tuple, list)) else (key,)
        # The first key sub-option: the one a single-key description names, and the one lists sort by.
        self.key = self.keys[0]
        # Sub-options every sub-item must give (by default the first key sub-option); a key whose
        # parts may each be left out, such as a row of optional filters, gives ().
        self.required = (self.key,) if required is None else tuple(required)
        self.fields = tuple(fields)
        self.active_field = active_field
        # Sub-options a new sub-item needs, and how many sub-items the list must keep.
        self.create_required = tuple(create_required)
        self.min_items = min_items
        # The API wants the client to number new sub-items (unique within the list): the engine gives
        # each new one the next free Id.
        self.new_ids = new_ids
        self.by_option = dict((f.option, f) for f in self.fields)
        unknown = [k for k in self.keys + self.create_required + self.required if k not in self.by_option]
        if unknown:
            raise ValueError("nested list: unknown key or required sub-options %s" % unknown)

    def argument_spec(self):
        spec = dict((f.option, f.argument_spec()) for f in self.fields)
        for option in self.required:
            spec[option]["required"] = True
        return spec


class Field(object):
    """One module option and the API field it is stored in.

    ``choices`` maps the option's values to the API's values (``{"product": 1}``) when they differ,
    or lists the allowed values when they are the same. ``ordered=False`` compares lists as sets.
    ``path_param`` names the placeholder in the resource's paths that this option's API value fills
    (the parent of a nested resource, or a group that the API puts in the path).
    """

    def __init__(self, option, api, type="str", choices=None, ref=None, elements=None,
                 ordered=True, path_param=None, nested=None, clears=(), nested_ref=None, write=True):
        self.option = option
        self.api = api
        # False for a key option that only says whose child another key option names (the supplier of a
        # supplier price list): the API derives it, so it is read and matched, never sent.
        self.write = write
        # A "datetime" option is a string for Ansible, compared by the instant it names.
        self.compare = type
        type = "str" if type == "datetime" else type
        self.type = "list" if nested else type
        self.ref = ref
        self.elements = "dict" if nested else elements
        self.ordered = ordered
        self.path_param = path_param
        self.nested = nested
        # API fields sent as null when this (boolean) option is true: going back to an inherited value.
        self.clears = tuple(clears)
        # The option names a sub-item of another option's nested list by its key; the API stores its Id.
        self.nested_ref = nested_ref
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
        if self.nested:
            spec["options"] = self.nested.argument_spec()
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
                 create_required=(), create_defaults=None, scope="client", derived_params=None,
                 deactivated_key=None, primary=None, singleton=False, can_create=True, update_fields=None,
                 update_list=False, not_found=None, mutually_exclusive=(), partial_list=False,
                 optional_key=(), whole_list=None, create_verb="POST", put_path=None, item_get=True):
        self.name = name
        self.title = title
        self.path = path
        self.item_path = item_path
        self.deleted_path = deleted_path
        self.fields = tuple(fields)
        self.key = tuple(key)
        self.id_field = id_field
        if not isinstance(localized, dict):
            localized = dict((option, LOCALIZED_STEMS[option]) for option in localized)
        self.localized = localized
        self.derived_params = dict(derived_params or {})
        # Norce renames some items when it deactivates them (a category's code gets a suffix). This
        # format, with {key} and {id}, lets the engine recognise such an item and give its key back.
        self.deactivated_key = deactivated_key
        # The option that marks the one primary item of its kind (an application's primary culture).
        self.primary = primary
        # The one item of the connection's application (the application itself): no key, no state.
        self.singleton = singleton
        # Items the API cannot create (built-in types, the client's currencies) are only updated;
        # ``not_found`` is the message for a key that names none, formatted with the key options.
        self.can_create = can_create
        self.not_found = not_found
        # PUT takes a smaller model than GET returns (these fields only) ...
        self.update_fields = tuple(update_fields) if update_fields else None
        # ... or the whole list at once, on the list path.
        self.update_list = update_list
        # The list answers with a smaller model than the item GET (a promotion's list leaves out its
        # requirements and effects): an item found in the list is read in full before it is compared.
        self.partial_list = partial_list
        # The option (a Nested field) that holds every row under ``path``: the rows are one value, read with one
        # GET and written with one PUT of the whole list on ``path`` (a price list's pricing rules).
        self.whole_list = whole_list
        # How the API takes a new item and a changed one, when not POST on ``path`` and PUT on ``item_path``
        # (population rules: PUT on the list path, an Id of 0 adds), and whether it can GET one item.
        self.create_verb = create_verb
        self.put_path = put_path
        self.item_get = item_get
        self.has_state = (can_create or delete != NO_DELETE) and not whole_list
        # Options that contradict each other, refused by Ansible before the module runs.
        self.mutually_exclusive = [list(group) for group in mutually_exclusive]
        self.path_fields = tuple(f for f in self.fields if f.path_param)
        self.delete = delete
        self.active_field = active_field
        self.create_required = tuple(create_required)
        self.create_defaults = dict(create_defaults or {})
        self.scope = scope
        self.by_option = dict((f.option, f) for f in self.fields)
        # Key options that may be left out: an item whose key field is null (a rounding rule for any currency)
        # is named by leaving the option out.
        self.optional_key = tuple(optional_key)
        unknown = [k for k in self.key + self.create_required
                   if k not in self.by_option and k not in self.localized]
        unknown += [f.option for f in self.path_fields if f.option not in self.key]
        unknown += [k for k in self.optional_key if k not in self.key]
        if unknown:
            raise ValueError("resource %s: unknown options, or path options outside the key: %s" % (name, unknown))

    def key_of_options(self, params):
        return tuple(params.get(k) for k in self.key)

    def argument_spec(self):
        """The module options of this resource (connection options are added elsewhere)."""
        spec = {}
        for field in self.fields:
            spec[field.option] = field.argument_spec()
            if field.option in self.key and field.option not in self.optional_key:
                spec[field.option]["required"] = True
        for option in self.localized:
            spec[option] = {"type": "str"}
            if option in self.key:
                spec[option]["required"] = True
        if self.localized:
            spec["translations"] = {"type": "dict"}
        if self.has_state:
            spec["state"] = {"type": "str", "default": "present", "choices": ["present", "absent"]}
        return spec

    def url(self, template, scope, item_id=None):
        """A path with its placeholders filled: ``scope`` maps path parameters to values."""
        for name, value in scope.items():
            template = template.replace("{%s}" % name, str(value))
        if item_id is not None:
            template = template.replace("{id}", str(item_id))
        return template


class Members(object):
    """A set of plain values kept under one item of another resource, which the API adds to in bulk
    and replaces in bulk, such as the unique discount codes of a promotion.

    ``parent`` is the ``Field`` (with a ``Ref``) of the option that names the item; its id fills
    ``{id}`` in ``path``. ``path`` lists the members (GET), adds the members a POST body lists
    (``add_method``), and, with ``replace_method``, makes the unlocked members equal to the body.
    Each member is an object whose ``value_field`` holds the value; a member whose ``locked_field``
    is true (a claimed code) is never removed. ``option`` is the list option of values, ``title``
    names one member in messages, and ``max_length`` is the longest value the API takes."""

    def __init__(self, name, title, parent, path, option, value_field, locked_field=None, add_method="POST",
                 replace_method="PUT", max_length=None):
        self.name = name
        self.title = title
        self.parent = parent
        self.path = path
        self.option = option
        self.value_field = value_field
        self.locked_field = locked_field
        self.add_method = add_method
        self.replace_method = replace_method
        self.max_length = max_length

    def argument_spec(self):
        spec = {
            self.parent.option: {"type": "str", "required": True},
            self.option: {"type": "list", "elements": "str", "required": True},
            "state": {"type": "str", "default": "present", "choices": ["present", "absent"]},
        }
        if self.replace_method:
            spec["purge"] = {"type": "bool", "default": False}
        return spec
