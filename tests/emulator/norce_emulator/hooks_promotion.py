"""Promotions: requirement and effect rules, derived counters, unique discount codes and the
(always empty) statistics."""

import datetime

from .hooks import derive, handler, register
from .store import ApiError, bad_request, key_of, not_found


# The filters of a product row and the collection each one names.
PRODUCT_FILTERS = {"ManufacturerId": "manufacturer", "CategoryId": "category", "FlagId": "product_flag",
                   "PriceListId": "price_list", "ProductTypeId": "product_type"}
# Read-only lookups of a product row: field -> (id field, field of the referenced item).
PRODUCT_LOOKUPS = {"ManufacturerCode": ("ManufacturerId", "Code"), "ManufacturerName": ("ManufacturerId", "Name"),
                   "CategoryCode": ("CategoryId", "Code"), "CategoryName": ("CategoryId", "DefaultName"),
                   "FlagCode": ("FlagId", "Code"), "FlagName": ("FlagId", "DefaultName"),
                   "PriceListCode": ("PriceListId", "Code"), "PriceListName": ("PriceListId", "Name"),
                   "ProductTypeCode": ("ProductTypeId", "Code")}
REQUIREMENT_REFERENCES = {"CustomerFlagId": "customer_flag", "CompanyFlagId": "customer_flag"}


def _old_ids(old, field, index, row_field, row_index, id_field):
    """The id ``id_field`` held at the same place before the update (None when new)."""
    try:
        row = (old or {}).get(field)[index]
        if row_field:
            row = row.get(row_field)[row_index]
        return row.get(id_field)
    except (TypeError, IndexError, AttributeError):
        return None


def _check_reference(store, ctx, where, value, target, before):
    """A reference in a requirement or effect names an existing item; a new or changed one an active
    item (as for references at the top of a model). 0 is C#'s "not set"."""
    if not value:
        return
    found = store.find(target, value, ctx.app_id)
    if found is None:
        raise bad_request(where, f"{where.rpartition('.')[2]} {value!r} does not exist.")
    coll = store.collections[target]
    if coll.soft_delete and not coll.is_active(found) and key_of(before) != key_of(value):
        raise bad_request(where, f"{where.rpartition('.')[2]} {value!r} is inactive.")


def _promotion_rules(store, coll, ctx, item, old):
    for i, req in enumerate(item.get("Requirements") or []):
        if req.get("RequirementType") == "DiscountCode" and \
                not (req.get("DiscountCode") or "").strip():
            raise ApiError(400, errors={f"Requirements[{i}].DiscountCode": [
                "A DiscountCode requirement needs a non-empty DiscountCode."]})
        for field, target in REQUIREMENT_REFERENCES.items():
            _check_reference(store, ctx, f"Requirements[{i}].{field}", req.get(field), target,
                             _old_ids(old, "Requirements", i, None, None, field))
    for field in ("Requirements", "Effects"):
        for i, row in enumerate(item.get(field) or []):
            for j, product in enumerate(row.get("ProductList") or []):
                for id_field, target in PRODUCT_FILTERS.items():
                    _check_reference(store, ctx, f"{field}[{i}].ProductList[{j}].{id_field}",
                                     product.get(id_field), target,
                                     _old_ids(old, field, i, "ProductList", j, id_field))
    # Rows without an id get one, as Norce's database would give them.
    for field in ("Requirements", "Effects"):
        rows = item.get(field) or []
        top = max([0] + [r.get("Id") or 0 for r in rows])
        for row in rows:
            if not row.get("Id"):
                top += 1
                row["Id"] = top
        for row in rows:
            products = row.get("ProductList") or []
            top = max([0] + [p.get("Id") or 0 for p in products])
            for product in products:
                if not product.get("Id"):
                    top += 1
                    product["Id"] = top


register("promotion_rules", before_insert=_promotion_rules, before_update=_promotion_rules)


def _codes(store, ctx, promotion_id):
    if "promotion_unique_code" not in store.collections:
        return []
    return [c for c in store.items("promotion_unique_code", ctx.app_id).values()
            if key_of(c.get("PromotionId")) == key_of(promotion_id)]


def _flag_name(store, ctx, flag_id):
    flag = store.find("customer_flag", flag_id, ctx.app_id) if flag_id else None
    return flag.get("DefaultName") if flag else None


@derive("promotion")
def _promotion_fields(store, coll, ctx, item, out):
    codes = _codes(store, ctx, item.get("Id"))
    out["UniqueDiscountCodeCount"] = len(codes)
    out["UniqueDiscountCodeUsedCount"] = sum(1 for c in codes if c.get("IsClaimed"))
    allowed = item.get("AllowedUsageCount")
    out["CountLeft"] = None if allowed is None else max(0, allowed - (item.get("UsageCount") or 0))
    requirements = []
    for req in item.get("Requirements") or []:
        req = dict(req)
        req["OrderSumType"] = "OrderSum" if req.get("OrderSum") is not None else "Quantity"
        req["CustomerFlagName"] = _flag_name(store, ctx, req.get("CustomerFlagId"))
        req["CompanyFlagName"] = _flag_name(store, ctx, req.get("CompanyFlagId"))
        requirements.append(req)
    if item.get("Requirements") is not None:
        out["Requirements"] = requirements
    for field in ("Requirements", "Effects"):
        if out.get(field) is None and item.get(field) is None:
            continue
        rows = []
        for row in out.get(field) or item.get(field) or []:
            row = dict(row)
            if row.get("ProductList") is not None:
                row["ProductList"] = [_product_lookups(store, ctx, p) for p in row["ProductList"]]
            rows.append(row)
        out[field] = rows
    out["IsProductReq"] = any(r.get("ProductList") for r in requirements)


def _product_lookups(store, ctx, product):
    product = dict(product)
    for lookup, (id_field, source) in PRODUCT_LOOKUPS.items():
        target = store.find(PRODUCT_FILTERS[id_field], product.get(id_field), ctx.app_id) \
            if product.get(id_field) else None
        product[lookup] = target.get(source) if target else None
    return product


def _now():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _promotion(store, op, ctx):
    promotion_id = ctx.params.get("id")
    if store.find("promotion", promotion_id, ctx.app_id) is None:
        raise not_found(f"Promotion {promotion_id} was not found.")
    return promotion_id


def _body_codes(ctx):
    codes, seen = [], set()
    for row in ctx.body if isinstance(ctx.body, list) else []:
        code = (row.get("DiscountCode") or "").strip()
        if code and key_of(code) not in seen:
            seen.add(key_of(code))
            codes.append(code)
    return codes


def _add_code(store, coll, ctx, promotion_id, code):
    item = {"DiscountCode": code, "PromotionId": promotion_id, "Created": _now(),
            "IsClaimed": False, "DateClaimed": None, "QuotationId": None,
            "ClaimedFromSource": None}
    store.items(coll.name, ctx.app_id)[coll.item_key(item)] = item
    return item


@handler("promotion_unique_codes_insert")
def promotion_unique_codes_insert(store, op, ctx):
    coll = store.collections[op.collection]
    promotion_id = _promotion(store, op, ctx)
    have = {key_of(c["DiscountCode"]) for c in _codes(store, ctx, promotion_id)}
    added = [_add_code(store, coll, ctx, promotion_id, code)
             for code in _body_codes(ctx) if key_of(code) not in have]
    return [store.render(coll, item, ctx, op) for item in added]


@handler("promotion_unique_codes_update")
def promotion_unique_codes_update(store, op, ctx):
    coll = store.collections[op.collection]
    promotion_id = _promotion(store, op, ctx)
    wanted = _body_codes(ctx)
    wanted_keys = {key_of(c) for c in wanted}
    items = store.items(coll.name, ctx.app_id)
    existing = _codes(store, ctx, promotion_id)
    for code in existing:  # claimed codes stay; unclaimed ones follow the body
        if not code.get("IsClaimed") and key_of(code["DiscountCode"]) not in wanted_keys:
            del items[coll.item_key(code)]
    have = {key_of(c["DiscountCode"]) for c in _codes(store, ctx, promotion_id)}
    for code in wanted:
        if key_of(code) not in have:
            _add_code(store, coll, ctx, promotion_id, code)
    return [store.render(coll, item, ctx, op) for item in _codes(store, ctx, promotion_id)]


@handler("promotion_statistics")
def promotion_statistics(store, op, ctx):
    promotion_id = _promotion(store, op, ctx)
    codes = _codes(store, ctx, promotion_id)
    return store.shaper.shape("PromotionStatisticsModel", {
        "Id": promotion_id, "UsageCount": 0,
        "UniqueDiscountCodeUsedCount": sum(1 for c in codes if c.get("IsClaimed")),
        "TotalOrder": 0.0, "TotalDiscount": 0.0, "DiscountPercentage": 0.0,
        "MarginPercentage": 0.0})


def claim_unique_code(store, promotion_id, code, quotation_id=None, source="Checkout"):
    """A shopper used a unique code at checkout (control API, for tests): it becomes claimed. Returns the
    stored code, or None when the promotion has no such code."""
    if "promotion_unique_code" not in store.collections:
        return None
    for item in store.items("promotion_unique_code", 0).values():
        if key_of(item.get("PromotionId")) == key_of(promotion_id) and key_of(item["DiscountCode"]) == key_of(code):
            item.update(IsClaimed=True, DateClaimed=_now(), QuotationId=quotation_id, ClaimedFromSource=source)
            return dict(item)
    return None
