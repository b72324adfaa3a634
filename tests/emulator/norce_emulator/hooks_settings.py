"""Application and client settings: VAT codes of client sales areas, client exchange rates,
copying settings between applications, and the list update of client price list types."""

from .hooks import handler, register
from .store import ApiError, bad_request, key_of, not_found

APPLICATION_SETTINGS = ("application_culture", "application_currency", "application_country",
                        "application_sales_area")


def _sales_area_vat(store, coll, ctx, item, old):
    codes = item.get("VatCodes") or []
    if not codes:
        raise bad_request("VatCodes", "A sales area needs at least one VAT code.")
    ids = [c.get("Id") for c in codes]
    if len(set(ids)) != len(ids):
        raise bad_request("VatCodes", "VAT code ids must be unique within the sales area.")
    if item.get("PrimaryVatCodeId") not in ids:
        raise bad_request("PrimaryVatCodeId",
                          "PrimaryVatCodeId must be the Id of one of the sales area's VatCodes.")


register("sales_area_vat", before_insert=_sales_area_vat, before_update=_sales_area_vat)


def _client_currency_rate(store, coll, ctx, item, old):
    if item.get("ExchangeRate") is not None:
        item["IsExchangeRateInherited"] = False  # an own rate stops Norce's automatic updates
    elif item.get("IsExchangeRateInherited"):
        item["ExchangeRate"] = None
    system = store.find("system_currency", item.get("Id"), ctx.app_id)
    if system and system.get("Code") == "EUR":
        rate = item.get("ExchangeRate")
        if rate is not None and float(rate) != 1.0:
            raise bad_request("ExchangeRate", "EUR is the base currency; its rate is fixed at 1.")


register("client_currency_rate", before_update=_client_currency_rate,
         before_insert=_client_currency_rate)


@handler("application_copy")
def application_copy(store, op, ctx):
    source = ctx.params.get("id")
    target = ctx.params.get("targetApplicationId")
    for app in (source, target):
        if app not in store.env.applications:
            raise not_found(f"Application {app} was not found.")
    if source == target:
        raise bad_request("targetApplicationId", "Source and target application are the same.")
    counts = {}
    for name in APPLICATION_SETTINGS:
        coll = store.collections.get(name)
        if coll is None:
            continue
        src = store.items(name, source)
        dst = store.items(name, target)
        has_primary = coll.primary and any(
            i.get(coll.primary) and coll.is_active(i) for i in dst.values())
        added = 0
        for key, item in src.items():
            if key in dst:
                continue  # existing settings of the target are left as they are
            copy_ = dict(item)
            if coll.primary:
                copy_[coll.primary] = bool(item.get(coll.primary)) and not has_primary \
                    and coll.is_active(item)
                has_primary = has_primary or copy_[coll.primary]
            store.stamp(coll, copy_, ctx)
            dst[key] = copy_
            added += 1
        counts[name] = added
    return store.shaper.shape("CopyToApplicationResult", {
        "SourceApplicationId": source,
        "TargetApplicationId": target,
        "IsSuccess": True,
        "CopiedCultureCount": counts.get("application_culture", 0),
        "CopiedCurrencyCount": counts.get("application_currency", 0),
        "CopiedCountryCount": counts.get("application_country", 0),
        "CopiedSalesAreaCount": counts.get("application_sales_area", 0),
        "Messages": [],
    })


@handler("client_price_list_type_update_list")
def client_price_list_type_update_list(store, op, ctx):
    coll = store.collections[op.collection]
    body = ctx.body if isinstance(ctx.body, list) else []
    seen = set()
    for i, row in enumerate(body):
        type_id = row.get("Id")
        if store.find("price_list_type", type_id, ctx.app_id) is None:
            raise ApiError(400, errors={f"[{i}].Id": [f"Price list type {type_id} does not exist."]})
        if type_id in seen:
            raise ApiError(400, errors={f"[{i}].Id": [f"Price list type {type_id} is listed twice."]})
        seen.add(type_id)
    items = store.items(coll.name, ctx.app_id)
    for row in body:
        old = items.get(key_of(row["Id"]))
        if old is None:  # enabling a built-in type the client did not have yet
            old = coll.blank()
            old[coll.id_field] = row["Id"]
            items[coll.item_key(old)] = old
        store.commit_update(coll, ctx, store.replaced(coll, old, row), old)
    return [store.render(coll, item, ctx, op) for item in items.values()]
