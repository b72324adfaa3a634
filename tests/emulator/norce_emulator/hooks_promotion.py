"""Promotions: requirement and effect rules, derived counters, unique discount codes and the
(always empty) statistics."""

import datetime

from .hooks import derive, handler, register
from .store import ApiError, key_of, not_found


def _promotion_rules(store, coll, ctx, item, old):
    for i, req in enumerate(item.get("Requirements") or []):
        if req.get("RequirementType") == "DiscountCode" and \
                not (req.get("DiscountCode") or "").strip():
            raise ApiError(400, errors={f"Requirements[{i}].DiscountCode": [
                "A DiscountCode requirement needs a non-empty DiscountCode."]})
    # Rows without an id get one, as Norce's database would give them.
    for field in ("Requirements", "Effects"):
        rows = item.get(field) or []
        top = max([0] + [r.get("Id") or 0 for r in rows])
        for row in rows:
            if not row.get("Id"):
                top += 1
                row["Id"] = top


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
    out["IsProductReq"] = any(r.get("ProductList") for r in requirements)


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
