"""Catalogue metadata: parametric value types, the category tree, category parametric links,
and fields Norce derives (parametric TypeId/TypeName, category FullName)."""

from .hooks import derive, handler, register
from .store import bad_request, key_of, not_found

# [inferred] Norce's numeric ids for parametric types; TypeId is obsolete in the API.
PARAMETRIC_TYPES = {
    "text": (1, "Text"), "html": (2, "HTML"), "int": (3, "Integer"), "decimal": (4, "Decimal"),
    "date": (5, "Date"), "boolean": (6, "Boolean"), "list": (7, "List"),
    "multiple": (8, "Multiple list"),
}
VALUE_TYPE = {"parametric_list": "list", "parametric_multiple": "multiple"}


def _parametric_value_type(store, coll, ctx, item, old):
    wanted = VALUE_TYPE.get(coll.name)
    if wanted is None:
        return
    parametric = store.find("parametric", item.get("ParametricId"), ctx.app_id)
    if parametric is not None and parametric.get("Type") != wanted:
        raise bad_request("ParametricId", f"Parametric {parametric.get('Id')} has Type "
                          f"'{parametric.get('Type')}'; {wanted} values need Type '{wanted}'.")


def _has_values(store, ctx, parametric_id, collection):
    return any(v.get("ParametricId") == parametric_id and v.get("IsActive", True)
               for v in store.items(collection, ctx.app_id).values()) \
        if collection in store.collections else False


def _category_parametric_render(store, coll, ctx, item, out):
    if coll.name != "category_parametric":
        return
    parametric = store.find("parametric", item.get("Id"), ctx.app_id) or {}
    kind = parametric.get("Type")
    out["HasListValues"] = kind == "list" and _has_values(store, ctx, item.get("Id"),
                                                          "parametric_list")
    out["HasMultipleValues"] = kind == "multiple" and _has_values(store, ctx, item.get("Id"),
                                                                  "parametric_multiple")


register("parametric_value_type", before_insert=_parametric_value_type,
         before_update=_parametric_value_type, render=_category_parametric_render)


@derive("parametric")
def _parametric_type_fields(store, coll, ctx, item, out):
    type_id, type_name = PARAMETRIC_TYPES.get(item.get("Type"), (0, None))
    out["TypeId"] = type_id
    out["TypeName"] = type_name


@derive("category_parametric")
def _category_parametric_type(store, coll, ctx, item, out):
    out["TypeId"] = PARAMETRIC_TYPES.get(out.get("Type"), (0, None))[0]


def _ancestors(store, ctx, category):
    """The chain from the root down to ``category``; stops on a broken or cyclic chain."""
    chain = [category]
    seen = {category.get("Id")}
    while chain[0].get("ParentId"):
        parent = store.find("category", chain[0]["ParentId"], ctx.app_id)
        if parent is None or parent.get("Id") in seen:
            break
        seen.add(parent.get("Id"))
        chain.insert(0, parent)
    return chain


def _category_check(store, coll, ctx, item, old):
    parent_id = item.get("ParentId")
    if parent_id and old is not None:
        if parent_id == old.get("Id"):
            raise bad_request("ParentId", "A category cannot be its own parent.")
        node = store.find("category", parent_id, ctx.app_id)
        while node is not None and node.get("ParentId"):
            if node["ParentId"] == old.get("Id"):
                raise bad_request("ParentId", "The new parent is a descendant of the category; "
                                  "that would make a cycle.")
            node = store.find("category", node["ParentId"], ctx.app_id)
    if old is not None and old.get("IsActive") and not item.get("IsActive"):
        # Norce renames the code of an inactivated category so the code can be used again.
        suffix = f"_deleted_{old.get('Id')}"
        code = item.get("Code") or ""
        if not code.endswith(suffix):
            item["Code"] = code + suffix


def _category_render(store, coll, ctx, item, out):
    names = [c.get("DefaultName") or "" for c in _ancestors(store, ctx, item)]
    out["FullName"] = out["DefaultFullName"] = " - ".join(names)
    out["IsFullNameInherited"] = False


register("category_tree", before_insert=_category_check, before_update=_category_check,
         render=_category_render)


@handler("category_compact")
def category_compact(store, op, ctx):
    coll = store.collections["category"]
    out = []
    for item in store.items("category", ctx.app_id).values():
        if coll.is_active(item):
            rendered = store.rendered_fields(coll, item, ctx)
            out.append(store.shaper.shape("IdNameCodeModel", rendered))
    return out


@handler("category_parametric_copy_to_children")
def category_parametric_copy_to_children(store, op, ctx):
    links = store.collections["category_parametric"]
    category_id = ctx.params.get("categoryId")
    if store.find("category", category_id, ctx.app_id) is None:
        raise not_found(f"Category {category_id} was not found.")
    categories = store.items("category", ctx.app_id)
    children = {}
    for c in categories.values():
        children.setdefault(c.get("ParentId"), []).append(c.get("Id"))
    descendants, todo = [], list(children.get(category_id, []))
    while todo:
        cid = todo.pop()
        if cid in descendants or cid == category_id:
            continue
        descendants.append(cid)
        todo.extend(children.get(cid, []))
    items = store.items(links.name, ctx.app_id)
    sources = [i for i in items.values()
               if key_of(i.get("CategoryId")) == key_of(category_id) and links.is_active(i)]
    for cid in descendants:
        for link in sources:
            copy_ = dict(link, CategoryId=cid)
            key = links.item_key(copy_)
            if key not in items:  # links that already exist are left as they are
                store.stamp(links, copy_, ctx)
                items[key] = copy_
    return None
