"""Pricing: price list rules, rounding rule settings, population and pricing rule updates,
and the fields Norce derives for them."""

import datetime

from .hooks import derive, handler, register
from .store import ApiError, bad_request, key_of

STANDARD_PRICE_LIST = 1
ROUNDING_FIELDS = {1: "SalePrice", 2: "RecommendedPrice", 3: "CatalogPrice"}


def _price_list_rules(store, coll, ctx, item, old):
    parent_id = item.get("ParentPriceListId") or None
    if item.get("IsVirtual") and not parent_id:
        raise bad_request("ParentPriceListId", "A virtual price list needs a parent price list.")
    if parent_id and old is not None:
        if parent_id == old.get("Id"):
            raise bad_request("ParentPriceListId", "A price list cannot be its own parent.")
        node = store.find("price_list", parent_id, ctx.app_id)
        seen = set()
        while node is not None and node.get("ParentPriceListId") and node["Id"] not in seen:
            seen.add(node["Id"])
            if node["ParentPriceListId"] == old.get("Id"):
                raise bad_request("ParentPriceListId",
                                  "The parent inherits from this price list; that is a cycle.")
            node = store.find("price_list", node["ParentPriceListId"], ctx.app_id)
    if old is not None and old.get("Id") == STANDARD_PRICE_LIST and not item.get("IsActive"):
        raise bad_request("IsActive", "Price list 1 is the standard price list and cannot be "
                          "deactivated.")


register("price_list_rules", before_insert=_price_list_rules, before_update=_price_list_rules)


def _parse_date(text):
    if not text:
        return None
    try:
        value = datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)


@derive("price_list")
def _price_list_fields(store, coll, ctx, item, out):
    now = datetime.datetime.now(datetime.timezone.utc)
    start, end = _parse_date(item.get("StartDate")), _parse_date(item.get("EndDate"))
    out["IsNotStarted"] = bool(start and start > now)
    out["IsEnded"] = bool(end and end < now)
    inherited = not item.get("SalesAreaId")
    out["SalesAreaIdIsInherited"] = inherited
    if inherited:
        primary = next((s for s in store.items("client_sales_area", ctx.app_id).values()
                        if s.get("IsPrimary")), None) if "client_sales_area" in store.collections \
            else None
        out["InheritedSalesAreaName"] = primary.get("Name") if primary else None


def _rounding_settings(store, coll, ctx, item, old):
    used = {s.get("Id") for s in (old or {}).get("Settings") or [] if s.get("Id")}
    for other in store.items(coll.name, ctx.app_id).values():
        if other is not old:
            used.update(s.get("Id") for s in other.get("Settings") or [] if s.get("Id"))
    next_id = max([0] + [i for i in used if isinstance(i, int)]) + 1
    for i, setting in enumerate(item.get("Settings") or []):
        low, high = setting.get("PriceFrom"), setting.get("PriceTo")
        if low is not None and high is not None and low > high:
            raise ApiError(400, errors={f"Settings[{i}].PriceFrom": [
                "PriceFrom must not be greater than PriceTo."]})
        if not setting.get("Id"):
            setting["Id"] = next_id
            next_id += 1


register("rounding_settings", before_insert=_rounding_settings,
         before_update=_rounding_settings)


@derive("rounding_rule")
def _rounding_fields(store, coll, ctx, item, out):
    out["FieldName"] = ROUNDING_FIELDS.get(item.get("FieldId"))
    settings = [dict(s, RuleId=item.get("Id")) for s in item.get("Settings") or []]
    out["Settings"] = settings if item.get("Settings") is not None else None
    out["RoundingRuleSetting"] = [dict(s) for s in settings]


def _population_tree(store, ctx, nodes, level=0):
    out = []
    for node in nodes or []:
        node = dict(node)
        category = store.find("category", node.get("CategoryId"), ctx.app_id)
        node["Name"] = category.get("DefaultName") if category else None
        node["Level"] = level
        node["Categories"] = _population_tree(store, ctx, node.get("Categories"), level + 1) \
            if node.get("Categories") is not None else None
        out.append(node)
    return out


@derive("price_list_population")
def _population_fields(store, coll, ctx, item, out):
    if item.get("Categories") is not None:
        out["Categories"] = _population_tree(store, ctx, item.get("Categories"))


@derive("price_list_pricing")
def _pricing_fields(store, coll, ctx, item, out):
    names = []
    flags = []
    for f in item.get("Flags") or []:
        found = store.find("product_flag", f.get("Id"), ctx.app_id) \
            if "product_flag" in store.collections else None
        f = dict(f)
        if found:
            f["Name"], f["Code"] = found.get("DefaultName"), found.get("Code")
            names.append(found.get("DefaultName") or "")
        flags.append(f)
    if item.get("Flags") is not None:
        out["Flags"] = flags
    out["FlagNames"] = ", ".join(names) if names else None
    out["IsMinimumProductMarginInherited"] = item.get("MinimumProductMarginPercentage") is None


def _children_of(store, coll, ctx, parent):
    return {k: i for k, i in store.items(coll.name, ctx.app_id).items()
            if key_of(i.get(coll.parent_field)) == key_of(parent)}


@handler("price_list_population_update")
def price_list_population_update(store, op, ctx):
    coll = store.collections[op.collection]
    parent = store.parent_value(coll, ctx)
    body = ctx.body if isinstance(ctx.body, dict) else {}
    old = store.find(coll.name, body.get("Id") or None, ctx.app_id, parent)
    if old is None:  # Id 0, absent or unknown: a new rule
        item = coll.blank()
        item.update(body)
        item[coll.parent_field] = parent
        item["Id"] = store._next_id(coll)
        store.check(coll, ctx, item, None)
        store.items(coll.name, ctx.app_id)[coll.item_key(item)] = item
        return store.render(coll, item, ctx, op)
    store.commit_update(coll, ctx, store.replaced(coll, old, body), old)
    return store.render(coll, old, ctx, op)


@handler("price_list_pricing_update")
def price_list_pricing_update(store, op, ctx):
    coll = store.collections[op.collection]
    parent = store.parent_value(coll, ctx)
    rows = ctx.body if isinstance(ctx.body, list) else []
    existing = _children_of(store, coll, ctx, parent)
    kept_ids = {i.get("Id") for i in existing.values()}
    new_items = []
    for i, row in enumerate(rows):
        item = coll.blank()
        item.update(row)
        item[coll.parent_field] = parent
        if not item.get("Id") or item["Id"] not in kept_ids:
            item["Id"] = None
        try:
            store.check(coll, ctx, item, None)
        except ApiError as exc:
            raise ApiError(400, errors={f"[{i}].{k}": v for k, v in (exc.errors or {}).items()})
        new_items.append(item)
    items = store.items(coll.name, ctx.app_id)
    for key in existing:  # the body replaces every pricing rule of the price list
        del items[key]
    for item in new_items:
        if item["Id"] is None:
            item["Id"] = store._next_id(coll)
        store.stamp(coll, item, ctx)
        items[coll.item_key(item)] = item
    return [store.render(coll, item, ctx, op) for item in new_items]
