"""Injected faults: rules matched by method and a path regex, each good for ``count`` hits.

Latency rules add up and let the request go on; the first other rule that fires decides the
answer. A rule's count only goes down when it fires (a lost probability draw does not use it up).
"""

import random
import re
import threading

ACTIONS = {"latency", "status", "throttle", "drop", "commit_then_fail", "raw"}
FAIL_STATUSES = {500, 502, 503, 504}


class FaultError(ValueError):
    pass


def _rule(raw, index):
    if not isinstance(raw, dict):
        raise FaultError(f"rules[{index}] must be an object")
    known = {"method", "path", "action", "status", "retry_after", "latency_ms", "count",
             "probability", "drop", "body", "content_type"}
    unknown = set(raw) - known
    if unknown:
        raise FaultError(f"rules[{index}]: unknown keys {sorted(unknown)}")
    action = raw.get("action")
    if action not in ACTIONS:
        raise FaultError(f"rules[{index}].action must be one of {sorted(ACTIONS)}")
    try:
        pattern = re.compile(raw.get("path") or "")
    except re.error as exc:
        raise FaultError(f"rules[{index}].path is not a regex: {exc}") from None
    count = raw.get("count", 1)
    if count is not None and (not isinstance(count, int) or count < 0):
        raise FaultError(f"rules[{index}].count must be a non-negative integer or null")
    status = raw.get("status")
    if action == "status":
        status = 503 if status is None else status
        if status not in FAIL_STATUSES:
            raise FaultError(f"rules[{index}].status must be one of {sorted(FAIL_STATUSES)}")
    elif action == "commit_then_fail":
        status = 500 if status is None else status
        if not isinstance(status, int) or not 500 <= status <= 599:
            raise FaultError(f"rules[{index}].status must be a 5xx status")
    elif action == "throttle":
        status = 429
    elif action == "raw":
        # What a proxy, a load balancer or a misrouted URL answers: any status, a body that is not JSON.
        status = 200 if status is None else status
        if not isinstance(status, int) or not 200 <= status <= 599:
            raise FaultError(f"rules[{index}].status must be an HTTP status from 200 to 599")
    body = raw.get("body", "")
    content_type = raw.get("content_type", "text/html; charset=utf-8")
    if not isinstance(body, str) or not isinstance(content_type, str):
        raise FaultError(f"rules[{index}].body and content_type must be strings")
    if action != "raw" and ("body" in raw or "content_type" in raw):
        raise FaultError(f"rules[{index}]: body and content_type are for the raw action only")
    probability = raw.get("probability", 1.0)
    if not isinstance(probability, (int, float)) or not 0 <= probability <= 1:
        raise FaultError(f"rules[{index}].probability must be between 0 and 1")
    latency = raw.get("latency_ms", 0 if action != "latency" else 200)
    if not isinstance(latency, (int, float)) or latency < 0:
        raise FaultError(f"rules[{index}].latency_ms must be a non-negative number")
    retry_after = raw.get("retry_after", 1)
    if not isinstance(retry_after, int) or retry_after < 0:
        raise FaultError(f"rules[{index}].retry_after must be a non-negative integer")
    return {
        "method": (raw.get("method") or "*").upper(),
        "path": raw.get("path") or "",
        "_re": pattern,
        "action": action,
        "status": status,
        "retry_after": retry_after,
        "latency_ms": latency,
        "count": count,
        "probability": float(probability),
        "drop": bool(raw.get("drop", False)),
        "body": body,
        "content_type": content_type,
        "hits": 0,
    }


class Faults:
    def __init__(self):
        self._lock = threading.Lock()
        self._rules = []
        self._rng = random.Random()

    def set(self, body):
        """Replace the rules from ``{"seed": n, "rules": [...]}`` or a bare list."""
        seed = None
        if isinstance(body, list):
            raw_rules = body
        elif isinstance(body, dict):
            raw_rules = body.get("rules", [])
            seed = body.get("seed")
            if not isinstance(raw_rules, list):
                raise FaultError("rules must be a list")
        else:
            raise FaultError("body must be a list of rules or {seed, rules}")
        rules = [_rule(r, i) for i, r in enumerate(raw_rules)]
        with self._lock:
            self._rules = rules
            self._rng = random.Random(seed)
        return self.describe()

    def clear(self):
        with self._lock:
            self._rules = []

    def describe(self):
        with self._lock:
            return [{k: v for k, v in r.items() if not k.startswith("_")} for r in self._rules]

    def match(self, method, path):
        """Return (extra latency in ms, the deciding rule or None)."""
        if not self._rules:
            return 0, None
        latency = 0
        with self._lock:
            for rule in self._rules:
                if rule["count"] is not None and rule["count"] <= 0:
                    continue
                if rule["method"] not in ("*", method):
                    continue
                if not rule["_re"].search(path):
                    continue
                if rule["probability"] < 1.0 and self._rng.random() >= rule["probability"]:
                    continue
                if rule["count"] is not None:
                    rule["count"] -= 1
                rule["hits"] += 1
                latency += rule["latency_ms"]
                if rule["action"] != "latency":
                    return latency, dict(rule)
        return latency, None
