"""Turning stored items into answers: localized fields, lookups, derived fields, and the
projection of every object onto its response schema (exact properties, schema order)."""

import copy


def default_for(schema):
    """The value a writable field takes when a body leaves it out (C# default unless the
    schema gives one; non-nullable strings get "" so answers stay valid)."""
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    if schema.get("nullable"):
        return None
    typ = schema.get("type")
    if typ == "array":
        return []
    if typ in ("integer", "number"):
        return 0
    if typ == "boolean":
        return False
    if typ == "string":
        return ""
    return None


def model_name(schema):
    """The component name a response schema refers to (directly or as array items)."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return model_name(schema.get("items"))
    return None


def inherit_flagged_texts(coll, item):
    """A culture entry written with ``Is<X>Inherited: true`` has no text of its own: what a GET showed
    there was the default text, and sending the GET model back must not freeze it (inferred: the flag
    is writable in Norce's culture models, and a full-model PUT is how clients are told to update)."""
    for entry in item.get("Cultures") or []:
        if isinstance(entry, dict):
            for field in coll.localized:
                if entry.get(f"Is{field}Inherited") is True:
                    entry[field] = None


def localize(coll, item, out):
    """Rendered X comes from DefaultX (the current culture is the client's default one);
    a culture entry without its own value shows the default and says it is inherited."""
    for field in coll.localized:
        default = item.get("Default" + field)
        if field in coll.props:
            out[field] = default
        flag = f"Is{field}Inherited"
        if flag in coll.props:
            out[flag] = default in (None, "")
    cultures = item.get("Cultures")
    if coll.localized and isinstance(cultures, list):
        rendered = []
        for entry in cultures:
            if not isinstance(entry, dict):
                rendered.append(entry)
                continue
            e = dict(entry)
            translated = False
            for field in coll.localized:
                value = entry.get(field)
                if value in (None, ""):
                    e[field] = item.get("Default" + field)
                    e[f"Is{field}Inherited"] = True
                else:
                    e[f"Is{field}Inherited"] = False
                    translated = True
            e["IsTranslated"] = translated
            rendered.append(e)
        out["Cultures"] = rendered


class Shaper:
    """Gives every output object exactly the properties of its schema, in schema order,
    filling missing ones with defaults and dropping fields the response model lacks."""

    def __init__(self, contract):
        self.contract = contract
        self._plans = {}

    def _plan(self, schema_name):
        plan = self._plans.get(schema_name)
        if plan is None:
            schema = self.contract.resolve(self.contract.schema(schema_name) or {})
            plan = []
            for prop, sub in (schema.get("properties") or {}).items():
                if prop == "$id":
                    continue  # numbered when the whole answer is serialized
                resolved = self.contract.resolve(sub)
                nested = None
                name = model_name(sub) if "$ref" in sub else None
                if name:
                    nested = ("object", name)
                elif resolved.get("type") == "array" and model_name(resolved.get("items")):
                    nested = ("array", model_name(resolved.get("items")))
                plan.append((prop, resolved, nested))
            self._plans[schema_name] = plan
        return plan

    def shape(self, schema_name, value):
        if not isinstance(value, dict) or not schema_name or \
                self.contract.schema(schema_name) is None:
            return value
        out = {}
        for prop, schema, nested in self._plan(schema_name):
            v = value[prop] if prop in value else default_for(schema)
            if v is None and not schema.get("nullable") and schema.get("type") in (
                    "integer", "number", "boolean", "string", "array"):
                v = default_for(dict(schema, nullable=False))  # never answer null for a non-null
            if nested is not None and v is not None:
                kind, name = nested
                if kind == "object":
                    v = self.shape(name, v)
                elif isinstance(v, list):
                    v = [self.shape(name, x) for x in v]
            out[prop] = v
        return out
