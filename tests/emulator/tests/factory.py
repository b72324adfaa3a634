"""Builds valid items of any collection through the API, from the contract: required fields get
sample values, references and parents are created first. A few collections need values the
schema cannot tell (which system id to add, a parametric's Type, VAT codes): see OVERRIDES."""

import itertools
import re

_counter = itertools.count(1)

# Values for the insert body of a collection, beyond what the schema makes up.
OVERRIDES = {
    "application_culture": {"CultureCode": "da-DK"},
    "application_country": {"Id": 3},
    "application_currency": {"Id": 4},
    "application_sales_area": {"Id": 25, "Code": "EU"},
    "client_sales_area": {"VatCodes": [{"Id": 1, "Name": "25%", "Value": 25.0}],
                          "PrimaryVatCodeId": 1},
    "warehouse": {"TypeId": 1},
    "store": {"Applications": [{"ApplicationId": 1001}]},
    "store_application": {"ApplicationId": 1002},
    "rounding_rule": {"Settings": [{"RoundToDecimals": 0, "PriceFrom": 0, "PriceTo": 100}]},
    "promotion": {"Requirements": [{"RequirementType": "DiscountCode", "DiscountCode": "SAVE"}],
                  "Effects": [{"EffectType": "DiscountBasket", "Value": 10}]},
}
# What a parent must look like for its children to be valid.
PARENT_OVERRIDES = {
    "parametric_list": {"Type": "list"},
    "parametric_multiple": {"Type": "multiple"},
}
# System collections whose items exist from the seed: use one of them as a reference target.
SEEDED = {"system_culture": "en-US", "system_country": 1, "system_currency": 2,
          "client_currency": 2, "price_list_type": 1, "application": 1001,
          "customer_info_type_group": 1, "product_info_type_group": 2,
          "shopping_info_type_group": 1, "client_sales_area": 1}


def sample(schema, name):
    """A valid value for a property schema."""
    if "enum" in schema:
        return schema["enum"][0]
    typ = schema.get("type")
    if typ == "integer":
        return 1
    if typ == "number":
        return 1.5
    if typ == "boolean":
        return name in ("IsActive",)
    if typ == "array":
        return []
    if typ == "string":
        if schema.get("format") == "date-time":
            return "2030-01-01T00:00:00"
        if schema.get("format") == "uuid":
            return "6f1c2a4e-0b7d-4c1e-9a53-1d2e3f405162"
        value = f"{name.lower()}-{next(_counter)}"
        return value[: schema.get("maxLength", 50)]
    return None


class Factory:
    def __init__(self, emu, contract):
        self.emu = emu
        self.doc = contract.doc
        self.schemas = self.doc["components"]["schemas"]
        self.colls = self.doc["x-emulator-collections"]
        self.ops = {}
        for template, item in self.doc["paths"].items():
            for method, op in item.items():
                ext = op.get("x-emulator") if isinstance(op, dict) else None
                if ext:
                    self.ops[(ext.get("collection"), ext["action"], method.upper())] = template

    def schema(self, name):
        s = self.schemas[name]
        while "$ref" in s:
            s = self.schemas[s["$ref"].rsplit("/", 1)[-1]]
        return s

    def props(self, coll):
        return self.schema(self.colls[coll]["schema"]).get("properties", {})

    def resolve(self, sub):
        while "$ref" in sub:
            sub = self.schemas[sub["$ref"].rsplit("/", 1)[-1]]
        return sub

    def body(self, coll, params, extra=None):
        cfg = self.colls[coll]
        schema = self.schema(cfg["schema"])
        props = schema.get("properties", {})
        needed = set(schema.get("required", [])) | set(cfg.get("required_on_insert", []))
        needed |= {p for p in ("IsActive", "Code", "DefaultName", "Name") if p in props}
        body = {}
        for name in needed:
            sub = self.resolve(props.get(name, {}))
            if sub.get("readOnly") or name == (cfg.get("parent") or {}).get("field"):
                continue
            target = (cfg.get("references") or {}).get(name)
            if target:
                body[name] = self.reference(target, params)
            elif sub.get("type") == "array":
                item_schema = self.resolve(sub.get("items", {}))
                body[name] = [{k: sample(self.resolve(v), k) for k, v in item_schema.get(
                    "properties", {}).items() if k in item_schema.get("required", [])}]
            else:
                body[name] = sample(sub, name)
        body.update(OVERRIDES.get(coll, {}))
        body.update(extra or {})
        return body

    def reference(self, target, params):
        name, dot, field = target.partition(".")
        if name in SEEDED:
            return SEEDED[name]
        item = self.item(name, params)
        return item[field or self.colls[name].get("id", "Id")]

    def parent_params(self, coll, params=None):
        """Path parameters naming a (new) parent chain of ``coll``."""
        params = dict(params or {})
        parent = self.colls[coll].get("parent")
        if parent and parent["param"] not in params:
            pcoll = parent["collection"]
            if pcoll in SEEDED:
                params[parent["param"]] = SEEDED[pcoll]
            else:
                pitem, pparams = self.create(pcoll, params, PARENT_OVERRIDES.get(coll))
                params.update(pparams)
                params[parent["param"]] = pitem[self.colls[pcoll].get("id", "Id")]
        return params

    def create(self, coll, params=None, extra=None):
        """Insert an item (and its parents); return (answer, path parameters)."""
        params = self.parent_params(coll, params)
        template = self.ops[(coll, "insert", "POST")]
        body = self.body(coll, params, extra)
        answer = self.emu.ok("POST", fill(template, params), body)
        return answer, params

    def item(self, coll, params=None, extra=None):
        """Insert an item (and its parents); return the answer alone."""
        return self.create(coll, params, extra)[0]


def fill(template, params):
    return re.sub(r"\{([^}]+)\}", lambda m: str(params[m.group(1)]), template)
