"""Reads the contract document once and turns it into a router, request validators, output
shapers and per-collection settings. Nothing here touches state.
"""

import os
import re

import yaml

from .validate import Compiler

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DOCUMENT = os.path.join(os.path.dirname(HERE), "contract", "openapi.yaml")
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")


def load_document(path=DEFAULT_DOCUMENT):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml keeps start-up fast
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


class Operation:
    """One method on one path template, with what the emulator must do for it."""

    def __init__(self, contract, method, template, op, path_params):
        self.method = method
        self.template = template
        self.operation_id = op.get("operationId") or f"{method} {template}"
        self.tags = op.get("tags") or []
        ext = op.get("x-emulator") or {}
        self.action = ext.get("action", "custom")
        self.collection = ext.get("collection")
        self.handler = ext.get("handler")
        self.ext = ext
        params = list(path_params) + list(op.get("parameters") or [])
        self.path_params = {}
        self.query_params = {}
        for p in params:
            p = contract.resolve(p)
            schema = contract.resolve(p.get("schema") or {})
            if p.get("in") == "path":
                self.path_params[p["name"]] = schema
            elif p.get("in") == "query":
                self.query_params[p["name"]] = (schema, bool(p.get("required")))
        self.body_schema = None
        self.body_required = False
        self.validate_body = None
        body = contract.resolve(op.get("requestBody") or {})
        content = body.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if media and media.get("schema") is not None:
            self.body_schema = media["schema"]
            self.body_required = bool(body.get("required", True))
            self.validate_body = contract.compiler.compile(media["schema"])
        self.response_schema = None
        for code in ("200", "201", 200, 201):
            resp = (op.get("responses") or {}).get(code)
            if resp:
                resp = contract.resolve(resp)
                media = (resp.get("content") or {}).get("application/json") or next(
                    iter((resp.get("content") or {}).values()), None)
                if media:
                    self.response_schema = media.get("schema")
                break


class _Node:
    __slots__ = ("literal", "param", "ops")

    def __init__(self):
        self.literal = {}
        self.param = None
        self.ops = None  # method -> Operation, set on nodes that end a template


class Router:
    """Segment trie. Literal segments win over parameters, as in ASP.NET routing, and a
    method that the literal route lacks falls through to a parameter route that has it."""

    def __init__(self):
        self.root = _Node()

    def add(self, template, method, operation):
        node = self.root
        for seg in [s for s in template.split("/") if s]:
            m = re.fullmatch(r"\{([^}]+)\}", seg)
            if m:
                if node.param is None:
                    node.param = _Node()
                # Templates may name the same position differently ({id}, {supplierId});
                # match() reads the names from the matched operation's own template.
                node = node.param
            else:
                node = node.literal.setdefault(seg, _Node())
        if node.ops is None:
            node.ops = {}
        node.ops[method] = operation

    def _walk(self, node, segs, i, values, out):
        if i == len(segs):
            if node.ops:
                out.append((node.ops, list(values)))
            return
        nxt = node.literal.get(segs[i])
        if nxt is not None:
            self._walk(nxt, segs, i + 1, values, out)
        if node.param is not None:
            values.append(segs[i])
            self._walk(node.param, segs, i + 1, values, out)
            values.pop()

    def match(self, method, path):
        """Return (operation, {name: raw value}) or (None, allowed methods); allowed is
        empty when no template fits the path at all."""
        segs = [s for s in path.split("/") if s]
        found = []
        self._walk(self.root, segs, 0, [], found)
        allowed = set()
        for ops, values in found:
            op = ops.get(method)
            if op is not None:
                names = re.findall(r"\{([^}]+)\}", op.template)
                return op, dict(zip(names, values))
            allowed.update(ops)
        return None, sorted(allowed)


class Contract:
    def __init__(self, document):
        self.doc = document
        self.schemas = (document.get("components") or {}).get("schemas") or {}
        self.compiler = Compiler(self.schemas)
        self.router = Router()
        self.operations = []
        for template, item in (document.get("paths") or {}).items():
            path_params = item.get("parameters") or []
            for method, op in item.items():
                if method.upper() not in METHODS or not isinstance(op, dict):
                    continue
                operation = Operation(self, method.upper(), template, op, path_params)
                self.operations.append(operation)
                self.router.add(template, method.upper(), operation)
        self.collections = dict(document.get("x-emulator-collections") or {})
        # Collections that have a list-deleted operation hide inactive items from the list.
        self.has_deleted_list = {
            op.collection for op in self.operations if op.action == "list-deleted"}

    def resolve(self, obj):
        """Follow local ``$ref``s (``#/components/...``) to the object they name."""
        while isinstance(obj, dict) and "$ref" in obj:
            target = self.doc
            for part in obj["$ref"].lstrip("#/").split("/"):
                target = target[part]
            obj = target
        return obj

    def schema(self, name):
        return self.schemas.get(name)
