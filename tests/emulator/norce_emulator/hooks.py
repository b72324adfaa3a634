"""Rules that are not generic, named by the contract (``hooks:`` on a collection, ``handler:`` on
a custom operation). Each hook is a set of functions keyed by the moment they run:

- ``before_insert(store, coll, ctx, item, None)`` / ``before_update(store, coll, ctx, item, old)``:
  check or adjust the item about to be stored; raise ApiError to refuse it.
- ``before_delete(store, coll, ctx, item, item)``: a hard delete is about to happen.
- ``after_write(store, coll, ctx, item, None)``: the item was stored.
- ``render(store, coll, ctx, item, out)``: fill derived read-only fields of the answer.
- ``filter(store, coll, item, ctx) -> bool``: whether the item is visible to this request.

Custom handlers are ``handler(store, op, ctx) -> answer`` for operations whose action is
``custom``. Both registries are filled by the hooks_*.py modules that hooks_all.py imports (the
app imports hooks_all).
"""

HOOKS = {}
HANDLERS = {}


def hook(name, event):
    return HOOKS.get(name, {}).get(event)


def register(name, **events):
    HOOKS.setdefault(name, {}).update(events)


def handler(name):
    def wrap(fn):
        HANDLERS[name] = fn
        return fn
    return wrap


DERIVED = {}


def derive(collection):
    """Register ``fn(store, coll, ctx, item, out)`` that fills fields Norce derives for every
    item of ``collection`` (e.g. a type name from a type id), whether or not the contract
    names a hook for it."""
    def wrap(fn):
        DERIVED.setdefault(collection, []).append(fn)
        return fn
    return wrap
