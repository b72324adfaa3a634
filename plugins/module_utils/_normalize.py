# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Normalisation before comparison: a value the user wrote and the value the API returns are equal
when they mean the same, whatever their JSON type, case of a key, or list order."""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation


def strip_reference_ids(value):
    """Drops the serializer's ``$id`` reference numbers, which carry no meaning for a client."""
    if isinstance(value, dict):
        return dict((k, strip_reference_ids(v)) for k, v in value.items() if k != "$id")
    if isinstance(value, list):
        return [strip_reference_ids(v) for v in value]
    return value


def key_value(value):
    """Natural keys (codes, culture codes) are matched without regard to case, as Norce does."""
    if value is None:
        return None
    return str(value).casefold()


def _number(value):
    try:
        return Decimal(str(value)).normalize()
    except (InvalidOperation, ValueError):
        return value


def instant(value):
    """An ISO 8601 date or date-time as an aware UTC datetime; a value without an offset is UTC, and a
    date alone is its midnight. Norce and users write the same instant in many ways."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        parsed = value
    elif isinstance(value, datetime.date):
        parsed = datetime.datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace("Z", "+00:00").replace("z", "+00:00")
        if " " in text and "T" not in text:
            text = text.replace(" ", "T", 1)
        # Python before 3.11 accepts at most 6 fractional digits; .NET writes 7.
        head, dot, rest = text.partition(".")
        if dot:
            digits = "".join(c for c in rest if c.isdigit())
            text = head + "." + (digits[:6].ljust(6, "0")) + rest[len(digits):]
        parsed = datetime.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.astimezone(datetime.timezone.utc)


def normalize(value, type_name, ordered=True):
    """The comparable form of one option value of Ansible type ``type_name``."""
    if type_name == "datetime":
        try:
            return instant(value)
        except ValueError:
            return str(value)
    if type_name == "str":
        # The API returns null and "" interchangeably for an empty text.
        return "" if value is None else str(value)
    if value is None:
        return None
    if type_name == "bool":
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)
    if type_name in ("int", "float"):
        return _number(value)
    if type_name == "list":
        items = [normalize(v, "raw") for v in value]
        if not ordered:
            items.sort(key=repr)
        return items
    if type_name == "dict":
        return dict((k, normalize(v, "raw")) for k, v in value.items())
    if isinstance(value, float) or isinstance(value, int) and not isinstance(value, bool):
        return _number(value)
    return value


def equal(a, b, type_name, ordered=True):
    return normalize(a, type_name, ordered) == normalize(b, type_name, ordered)
