"""Request-body validation compiled once from the contract's schemas.

A small validator of our own rather than jsonschema, for two reasons: the errors must read like
ASP.NET's model validation (one list of messages per field, keyed by the field's path), and it
also strips read-only properties and ``$id`` so the store only ever sees writable fields.
The test suite checks responses with jsonschema, an independent implementation.
"""

import re
import uuid

INT32 = (-(2 ** 31), 2 ** 31 - 1)
INT64 = (-(2 ** 63), 2 ** 63 - 1)
_NET_TYPES = {
    ("integer", "int32"): "System.Int32", ("integer", "int64"): "System.Int64",
    ("integer", None): "System.Int32", ("number", None): "System.Decimal",
    ("number", "double"): "System.Decimal", ("number", "float"): "System.Single",
    ("number", "decimal"): "System.Decimal", ("boolean", None): "System.Boolean",
    ("string", None): "System.String", ("string", "date-time"): "System.DateTime",
    ("string", "uuid"): "System.Guid", ("string", "date"): "System.DateTime",
}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
SKIP = object()  # marker: drop this property from the cleaned value


def _join(path, name):
    return f"{path}.{name}" if path else name


def _accept_any(value, path, errors):
    """The check of a schema without a type: anything goes."""
    return value


def _label(path):
    return path or "$"


class Compiler:
    """Turns OpenAPI 3.0 schema objects into functions ``f(value, path, errors) -> cleaned``."""

    def __init__(self, components):
        self.components = components or {}
        self._by_ref = {}

    def resolve(self, schema):
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.components[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def compile(self, schema):
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref not in self._by_ref:
                # Recursive models (category trees): refer through a list filled in below.
                holder = []

                def forward(value, path, errors):
                    return holder[0](value, path, errors)

                self._by_ref[ref] = forward
                holder.append(self._compile(self.resolve(schema), ref.rsplit("/", 1)[-1]))
                self._by_ref[ref] = holder[0]
            target = self._by_ref[ref]
            if schema.get("nullable"):  # a common (if non-standard) sibling of $ref
                return lambda v, p, e: None if v is None else target(v, p, e)
            return target
        return self._compile(schema or {})

    def _merge_all_of(self, schema):
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        props = dict(merged.get("properties", {}))
        required = list(merged.get("required", []))
        for part in schema["allOf"]:
            part = self.resolve(part)
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    props.update(value)
                elif key == "required":
                    required += value
                else:
                    merged.setdefault(key, value)
        merged["properties"] = props
        merged["required"] = required
        return merged

    def _compile(self, schema, name=None):
        if "allOf" in schema:
            schema = self._merge_all_of(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._compile_any(schema, [self.compile(s) for s in schema[key]])
        typ = schema.get("type")
        if typ is None and "properties" in schema:
            typ = "object"
        nullable = bool(schema.get("nullable"))
        if typ == "object":
            inner = self._compile_object(schema, name)
        elif typ == "array":
            inner = self._compile_array(schema)
        elif typ in ("integer", "number", "boolean", "string"):
            inner = self._compile_scalar(schema, typ)
        else:
            inner = _accept_any

        net = _NET_TYPES.get((typ, schema.get("format")), _NET_TYPES.get((typ, None), "object"))

        def check(value, path, errors):
            if value is None:
                if nullable or typ is None:
                    return None
                if typ == "string":
                    errors.setdefault(_label(path), []).append(
                        f"The {path.rsplit('.', 1)[-1] or 'value'} field is required.")
                else:
                    errors.setdefault(_label(path), []).append(
                        f"The JSON value could not be converted to {net}. Path: $.{path}.")
                return None
            return inner(value, path, errors)
        return check

    def _compile_any(self, schema, options):
        def check(value, path, errors):
            if value is None and schema.get("nullable"):
                return None
            first = None
            for option in options:
                errs = {}
                out = option(value, path, errs)
                if not errs:
                    return out
                first = first or errs
            for key, msgs in (first or {}).items():
                errors.setdefault(key, []).extend(msgs)
            return None
        return check

    def _compile_scalar(self, schema, typ):
        fmt = schema.get("format")
        net = _NET_TYPES.get((typ, fmt), _NET_TYPES[(typ, None)])
        enum = schema.get("enum")
        max_len = schema.get("maxLength")
        min_len = schema.get("minLength")
        minimum = schema.get("minimum")
        maximum = schema.get("maximum")
        pattern = re.compile(schema["pattern"]) if schema.get("pattern") else None
        int_range = INT64 if fmt == "int64" else INT32

        def bad(path, errors):
            errors.setdefault(_label(path), []).append(
                f"The JSON value could not be converted to {net}. Path: $.{path}.")

        def check(value, path, errors):
            name = path.rsplit(".", 1)[-1]
            if typ == "integer":
                if isinstance(value, bool) or not isinstance(value, int) or not (
                        int_range[0] <= value <= int_range[1]):
                    bad(path, errors)
                    return SKIP
            elif typ == "number":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    bad(path, errors)
                    return SKIP
            elif typ == "boolean":
                if not isinstance(value, bool):
                    bad(path, errors)
                    return SKIP
            else:
                if not isinstance(value, str):
                    bad(path, errors)
                    return SKIP
                if fmt == "date-time" and not _DATE_RE.match(value):
                    bad(path, errors)
                    return SKIP
                if fmt == "uuid":
                    try:
                        uuid.UUID(value)
                    except ValueError:
                        bad(path, errors)
                        return SKIP
                if max_len is not None and len(value) > max_len:
                    if min_len:
                        msg = (f"The field {name} must be a string with a minimum length of "
                               f"{min_len} and a maximum length of {max_len}.")
                    else:
                        msg = f"The field {name} must be a string with a maximum length of {max_len}."
                    errors.setdefault(_label(path), []).append(msg)
                elif min_len is not None and len(value) < min_len:
                    errors.setdefault(_label(path), []).append(
                        f"The field {name} must be a string with a minimum length of {min_len}.")
                if pattern is not None and not pattern.search(value):
                    errors.setdefault(_label(path), []).append(
                        f"The field {name} must match the regular expression '{pattern.pattern}'.")
            if enum is not None and value not in enum:
                errors.setdefault(_label(path), []).append(
                    f"The field {name} must be one of: {', '.join(str(x) for x in enum)}.")
            if minimum is not None or maximum is not None:
                if (minimum is not None and value < minimum) or (
                        maximum is not None and value > maximum):
                    errors.setdefault(_label(path), []).append(
                        f"The field {name} must be between {minimum} and {maximum}.")
            return value
        return check

    def _compile_array(self, schema):
        item = self.compile(schema.get("items", {}))
        max_items = schema.get("maxItems")
        min_items = schema.get("minItems")

        def check(value, path, errors):
            if not isinstance(value, list):
                errors.setdefault(_label(path), []).append(
                    f"The JSON value could not be converted to a list. Path: $.{path}.")
                return SKIP
            out = []
            for i, v in enumerate(value):
                cleaned = item(v, f"{path}[{i}]", errors)
                out.append(None if cleaned is SKIP else cleaned)
            if max_items is not None and len(value) > max_items:
                errors.setdefault(_label(path), []).append(
                    f"The field {path} must have at most {max_items} items.")
            if min_items is not None and len(value) < min_items:
                errors.setdefault(_label(path), []).append(
                    f"The field {path} must have at least {min_items} items.")
            return out
        return check

    def _compile_object(self, schema, name=None):
        props = {}
        read_only = set()
        for prop, sub in (schema.get("properties") or {}).items():
            resolved = self.resolve(sub)
            if sub.get("readOnly") or resolved.get("readOnly"):
                read_only.add(prop)
            else:
                props[prop] = self.compile(sub)
        required = [r for r in schema.get("required", []) if r not in read_only]
        extra = schema.get("additionalProperties", True)
        extra_check = self.compile(extra) if isinstance(extra, dict) else None
        title = name or schema.get("title") or "the model"

        def check(value, path, errors):
            if not isinstance(value, dict):
                errors.setdefault(_label(path), []).append(
                    f"The JSON value could not be converted to {title}. Path: $.{path}.")
                return SKIP
            out = {}
            for key, v in value.items():
                if key == "$id" or key in read_only:
                    continue  # Norce's serializer metadata and server fields: accepted, ignored
                fn = props.get(key)
                sub_path = _join(path, key)
                if fn is None:
                    if extra is False:
                        errors.setdefault(_label(sub_path), []).append(
                            f"The JSON property '{key}' could not be mapped to any .NET member "
                            f"contained in type '{title}'.")
                        continue
                    out[key] = extra_check(v, sub_path, errors) if extra_check else v
                    continue
                cleaned = fn(v, sub_path, errors)
                if cleaned is not SKIP:
                    out[key] = cleaned
            for prop in required:
                if prop not in value:
                    errors.setdefault(_label(_join(path, prop)), []).append(
                        f"The {prop} field is required.")
            return out
        return check
