"""Every operation of the contract is reachable, answers 200 and its answer fits the contract."""

import os
import re

import pytest
import yaml

from factory import Factory, fill

CONTRACT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "contract", "openapi.yaml")
with open(CONTRACT) as _fh:
    _DOC = yaml.load(_fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

OPERATIONS = [
    (method.upper(), template, op["x-emulator"])
    for template, item in _DOC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "x-emulator" in op
]
# Collections without an insert operation: their seeded items are used.
SEEDED_IDS = {"application": 1001, "client_currency": 2, "price_list_type": 1,
              "client_price_list_type": 1}


def _params_of(template):
    return re.findall(r"\{([^}]+)\}", template)


def _existing(factory, coll):
    """An item of ``coll`` and the path parameters that reach it."""
    if coll in SEEDED_IDS:
        cfg = factory.colls[coll]
        return {cfg.get("id", "Id"): SEEDED_IDS[coll]}, {}
    if (coll, "insert", "POST") not in factory.ops:
        return None, factory.parent_params(coll)  # filled by custom operations only
    return factory.create(coll)


def _request_props(method, template):
    op = _DOC["paths"][template][method.lower()]
    body = op.get("requestBody")
    if not body:
        return None
    schema = body["content"]["application/json"]["schema"]
    while "$ref" in schema:
        schema = _DOC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return set(schema.get("properties", {}))


def _custom(emu, factory, method, template, handler):
    if handler == "application_copy":
        return emu.call(method, fill(template, {"id": 1001, "targetApplicationId": 1002}))
    if handler == "category_compact":
        factory.create("category")
        return emu.call(method, template)
    if handler == "category_parametric_copy_to_children":
        parent = factory.item("category")
        factory.create("category", extra={"ParentId": parent["Id"]})
        factory.create("category_parametric", {"categoryId": parent["Id"]})
        return emu.call(method, fill(template, {"categoryId": parent["Id"]}))
    if handler == "client_price_list_type_update_list":
        body = [{"Id": 2, "Code": "campaign", "DefaultName": "Campaign", "SortOrder": 2,
                 "Priority": 2, "IsActive": True}]
        return emu.call(method, template, body)
    if handler == "price_list_population_update":
        return emu.call(method, fill(template, {"priceListId": 1}),
                        {"Id": 0, "IsInclude": True, "IsChecked": True})
    if handler == "price_list_pricing_update":
        return emu.call(method, fill(template, {"priceListId": 1}),
                        [{"PriceRuleId": 1, "Value": 10.0}])
    promotion = factory.item("promotion")
    path = fill(template, {"id": promotion["Id"]})
    if handler in ("promotion_unique_codes_insert", "promotion_unique_codes_update"):
        return emu.call(method, path, [{"DiscountCode": "CODE-1"}, {"DiscountCode": "CODE-2"}])
    if handler == "promotion_statistics":
        return emu.call(method, path)
    raise AssertionError(f"no exercise for handler {handler}")


def _exercise(emu, factory, method, template, ext):
    action, coll = ext["action"], ext.get("collection")
    if action == "custom":
        return _custom(emu, factory, method, template, ext["handler"])
    cfg = factory.colls[coll]
    names = _params_of(template)
    if action == "insert":
        params = factory.parent_params(coll)
        return emu.call(method, fill(template, params), factory.body(coll, params))
    item, params = _existing(factory, coll)
    if action in ("list", "list-deleted"):
        if item is not None and action == "list-deleted" and cfg.get("soft_delete"):
            get_tpl = factory.ops.get((coll, "update", "PUT"))
            if get_tpl:
                key = item[cfg.get("id", "Id")]
                path = fill(get_tpl, dict(params, **{_params_of(get_tpl)[-1]: key}))
                props = _request_props("PUT", get_tpl)
                body = {k: v for k, v in item.items() if k in props}
                body[cfg["soft_delete"]] = False
                emu.call("PUT", path, body)  # may be refused for a primary: the list is empty then
        return emu.call(method, fill(template, params))
    key = item[cfg.get("id", "Id")]
    params = dict(params, **{names[-1]: key})
    path = fill(template, params)
    if action == "update":
        props = _request_props(method, template)
        current = emu.ok("GET", path) if (coll, "get", "GET") in factory.ops and \
            factory.ops[(coll, "get", "GET")] == template else item
        if isinstance(current, list):
            current = current[0]
        return emu.call(method, path, {k: v for k, v in current.items() if k in props})
    return emu.call(method, path)


@pytest.mark.parametrize("method, template, ext", OPERATIONS,
                         ids=[f"{m} {t}" for m, t, ext in OPERATIONS])
def test_operation_answers_per_contract(emu, contract, method, template, ext):
    factory = Factory(emu, contract)
    r = _exercise(emu, factory, method, template, ext)
    assert r.status_code == 200, f"{method} {template}: {r.status_code} {r.text[:500]}"
    body = contract.check(method, template, r)
    if isinstance(body, dict):
        assert body.get("$id") == "1"
    elif isinstance(body, list) and body and isinstance(body[0], dict):
        assert body[0].get("$id") == "1"
