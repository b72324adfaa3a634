"""Stores, suppliers and warehouses: a store's application links, supplier requirements,
warehouse type and location rules."""

from .hooks import derive, register
from .store import ApiError, bad_request, key_of

WAREHOUSE_TYPES = {1: "Warehouse", 2: "Store", 3: "Transport", 4: "Other"}


@derive("warehouse")
def _warehouse_type_name(store, coll, ctx, item, out):
    out["TypeName"] = WAREHOUSE_TYPES.get(item.get("TypeId"))


def _warehouse_rules(store, coll, ctx, item, old):
    if coll.name == "warehouse" and item.get("TypeId") not in WAREHOUSE_TYPES:
        raise bad_request("TypeId", "TypeId must be 1 (warehouse), 2 (store), 3 (transport) "
                          "or 4 (other).")
    if coll.name == "warehouse_location":
        code = key_of(item.get("Code"))
        for other in store.siblings(coll, ctx, item, old):
            if code and key_of(other.get("Code")) == code:
                raise bad_request("Code", f"Location code '{item.get('Code')}' is already used "
                                  "in this warehouse.")


register("warehouse_rules", before_insert=_warehouse_rules, before_update=_warehouse_rules)


def _supplier_rules(store, coll, ctx, item, old):
    for field in ("CountryId", "CurrencyId"):
        if not item.get(field):
            raise bad_request(field, f"A supplier needs {field}.")


register("supplier_rules", before_insert=_supplier_rules, before_update=_supplier_rules)


# A store's Applications field is kept as store_application items, so the link operations
# (/api/store/{id}/application) and the store model always agree.
def _store_links(store, store_id, ctx):
    links = store.collections.get("store_application")
    if links is None:
        return None, {}
    return links, {k: i for k, i in store.items(links.name, ctx.app_id).items()
                   if key_of(i.get("DivisionId")) == key_of(store_id)}


def _store_before(store, coll, ctx, item, old):
    if coll.name == "store_application":
        return
    apps = item.get("Applications") or []
    if not apps:
        raise bad_request("Applications", "A store needs at least one application.")
    seen = []
    for i, link in enumerate(apps):
        app_id = link.get("ApplicationId") if isinstance(link, dict) else None
        if store.find("application", app_id, ctx.app_id) is None:
            raise ApiError(400, errors={f"Applications[{i}].ApplicationId": [
                f"Application {app_id} does not exist."]})
        if app_id not in seen:
            seen.append(app_id)
    item["Applications"] = [{"ApplicationId": a} for a in seen]


def _store_after(store, coll, ctx, item, old):
    if coll.name == "store_application":
        return
    wanted = [a["ApplicationId"] for a in item.pop("Applications", None) or []]
    links, current = _store_links(store, item["Id"], ctx)
    if links is None:
        return
    items = store.items(links.name, ctx.app_id)
    for key, link in current.items():
        if link.get("ApplicationId") not in wanted:
            del items[key]
    for app_id in wanted:
        link = {"DivisionId": item["Id"], "ApplicationId": app_id}
        key = links.item_key(link)
        if key not in items:
            store.stamp(links, link, ctx)
            items[key] = link


def _store_render(store, coll, ctx, item, out):
    if coll.name == "store_application":
        return
    links, current = _store_links(store, item.get("Id"), ctx)
    if links is not None:
        out["Applications"] = [store.rendered_fields(links, link, ctx) for link in sorted(
            current.values(), key=lambda link: link.get("ApplicationId") or 0)]


def _store_link_delete(store, coll, ctx, item, old):
    if coll.name != "store_application":
        return
    current = _store_links(store, item.get("DivisionId"), ctx)[1]
    if len(current) <= 1:
        raise bad_request("ApplicationId", "A store needs at least one application; this is "
                          "its last one.")


register("store_rules", before_insert=_store_before, before_update=_store_before,
         after_write=_store_after, render=_store_render, before_delete=_store_link_delete)
