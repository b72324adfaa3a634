"""The emulator as one object: the token endpoint, the Management API pipeline (route, auth,
headers, access, validation, store) and the control API, plus faults and the request log.
"""

import base64
import copy
import json
import secrets
import threading
import time
from urllib.parse import parse_qs, unquote

from . import auth, hooks_all, hooks_promotion
from .faults import FaultError, Faults
from .store import ApiError, Store
from .transport import Dropped

API_PREFIX = "/commerce/management/1.0"
TOKEN_PATH = "/identity/1.0/connect/token"
CONTROL_PREFIX = "/_emulator"
# The rules that are not generic: importing these modules filled the registries in hooks.py.
HOOK_MODULES = hooks_all.MODULES

_PROBLEM_TYPES = {
    400: ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "Bad Request"),
    401: ("https://tools.ietf.org/html/rfc9110#section-15.5.2", "Unauthorized"),
    403: ("https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden"),
    404: ("https://tools.ietf.org/html/rfc9110#section-15.5.5", "Not Found"),
    405: ("https://tools.ietf.org/html/rfc9110#section-15.5.6", "Method Not Allowed"),
    409: ("https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict"),
    415: ("https://tools.ietf.org/html/rfc9110#section-15.5.16", "Unsupported Media Type"),
    429: ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
    500: ("https://tools.ietf.org/html/rfc9110#section-15.6.1", "An error occurred while processing your request."),
    501: ("https://tools.ietf.org/html/rfc9110#section-15.6.2", "Not Implemented"),
    502: ("https://tools.ietf.org/html/rfc9110#section-15.6.3", "Bad Gateway"),
    503: ("https://tools.ietf.org/html/rfc9110#section-15.6.4", "Service Unavailable"),
    504: ("https://tools.ietf.org/html/rfc9110#section-15.6.5", "Gateway Timeout"),
}


def problem(status, detail=None, errors=None, title=None, instance=None):
    type_, default_title = _PROBLEM_TYPES.get(status, (None, "Error"))
    body = {"type": type_}
    if errors:
        body["title"] = title or "One or more validation errors occurred."
    else:
        body["title"] = title or default_title
    body["status"] = status
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = errors
    body["traceId"] = f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00"
    return body


def number_objects(value):
    """Give every object of an answer a ``$id`` ("1", "2", ...) as Norce's serializer does."""
    counter = [0]

    def walk(v):
        if isinstance(v, dict):
            counter[0] += 1
            out = {"$id": str(counter[0])}
            for k, x in v.items():
                if k != "$id":
                    out[k] = walk(x)
            return out
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v
    return walk(value)


class Environment:
    """Who may call: applications, accounts and OAuth clients of this emulated environment."""

    def __init__(self, seed):
        env = seed.get("environment") or {}
        self.client = env.get("client") or {"Id": 1, "Name": "Emulated client"}
        self.applications = {int(a["Id"]): a for a in env.get("applications") or []}
        self.accounts = {int(a["id"]): a for a in env.get("accounts") or []}
        self.oauth_clients = {}
        for c in env.get("oauth_clients") or []:
            c = dict(c)
            if not c.get("secret"):
                c["secret"] = secrets.token_urlsafe(24)  # random per start unless seeded
            self.oauth_clients[c["client_id"]] = c


class Context:
    __slots__ = ("app_id", "account_id", "account_name", "params", "query", "body", "id_value",
                 "op", "emulator")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class Emulator:
    def __init__(self, contract, seed, options):
        self.contract = contract
        self.seed = seed
        self.options = options
        self.env = Environment(seed)
        self.lock = threading.RLock()  # the one lock on the state
        self.store = Store(contract, seed, self.env)
        self.issuer = auth.TokenIssuer(options.token_lifetime)
        self.rate = auth.RateLimiter(self._startup_rate())
        self.faults = Faults()
        self.latency_ms = options.latency_ms
        self._log = []
        self._log_lock = threading.Lock()
        self._parent_fields = {name: c.parent_field for name, c in self.store.collections.items()
                               if c.parent_field}

    def _startup_rate(self):
        return None if self.options.no_token_rate_limit else {"per_minute": 3, "burst": 20}

    # ----- entry point -------------------------------------------------------------------
    def handle(self, h, body):
        method = h.command
        raw_path, question_mark, query = h.path.partition("?")
        path = raw_path
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            return self.control(method, path[len(CONTROL_PREFIX):], query, body)
        entry = {"method": method, "path": path, "status": None,
                 "application_id": _int_header(h.headers.get("application-id")),
                 "account_id": _int_header(h.headers.get("account-id"))}
        latency, rule = self.faults.match(method, path)
        if latency:
            time.sleep(latency / 1000.0)
        if rule is not None and rule["action"] in ("status", "throttle", "drop", "raw"):
            return self._fault_answer(rule, entry, path)
        if path == TOKEN_PATH:
            status, headers, payload = self.token(h, method, body)
        elif path == API_PREFIX or path.startswith(API_PREFIX + "/"):
            status, headers, payload = self.api(h, method, path[len(API_PREFIX):], query, body)
        else:
            status, headers, payload = 404, [], problem(404, detail="No such endpoint.")
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000.0)
        if rule is not None and rule["action"] == "commit_then_fail":
            # The work above is done and kept; only the answer is lost.
            if rule["drop"]:
                self._record(entry, None)
                raise Dropped()
            self._record(entry, rule["status"])
            return rule["status"], [], problem(rule["status"])
        self._record(entry, status)
        return status, headers, payload

    def _fault_answer(self, rule, entry, path):
        if rule["action"] == "drop":
            self._record(entry, None)
            raise Dropped()
        if rule["action"] == "raw":
            self._record(entry, rule["status"])
            return rule["status"], [("Content-Type", rule["content_type"])], rule["body"].encode("utf-8")
        if rule["action"] == "throttle":
            self._record(entry, 429)
            return 429, [("Retry-After", str(rule["retry_after"]))], problem(
                429, detail="Rate limit exceeded.")
        self._record(entry, rule["status"])
        headers = []
        if rule["status"] == 503 and rule.get("retry_after"):
            headers.append(("Retry-After", str(rule["retry_after"])))
        return rule["status"], headers, problem(rule["status"])

    def _record(self, entry, status):
        entry["status"] = status
        with self._log_lock:
            self._log.append(entry)

    # ----- OAuth -------------------------------------------------------------------------
    def token(self, h, method, body):
        if method != "POST":
            return 405, [("Allow", "POST")], {"error": "invalid_request",
                                              "error_description": "Use POST."}
        wait = self.rate.take(h.client_address[0])
        if wait:
            return 429, [("Retry-After", str(wait))], {
                "error": "too_many_requests",
                "error_description": "Token rate limit exceeded; cache and reuse tokens."}
        ctype = (h.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            return 400, [], {"error": "invalid_request",
                             "error_description": "Send the request form-encoded."}
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        form = {k: v[0] for k, v in fields.items()}
        basic = _basic_credentials(h.headers.get("Authorization"))
        status, payload = auth.token_request(self.env, self.issuer, form, basic)
        return status, [("Cache-Control", "no-store"), ("Pragma", "no-cache")], payload

    # ----- Management API ----------------------------------------------------------------
    def api(self, h, method, subpath, query, body):
        op, found = self.contract.router.match(method, subpath)
        if op is None:
            if found:
                return 405, [("Allow", ", ".join(found))], problem(405)
            return 404, [], problem(404, detail="No such endpoint.")
        params = found
        # 1. The bearer token (401 comes before any other check).
        header = h.headers.get("Authorization") or ""
        scheme, space, token = header.partition(" ")
        try:
            if scheme.lower() != "bearer" or not token.strip():
                raise auth.AuthError("token", "No bearer token was sent.")
            claims = self.issuer.verify(token.strip())
            client = self.env.oauth_clients.get(claims.get("client_id"))
            if client is None:
                raise auth.AuthError("token", "The token's client is unknown.")
            if auth.MANAGEMENT_RESOURCE not in client.get("resources", []):
                raise auth.AuthError("forbidden", (
                    f"The OAuth client '{client['client_id']}' lacks the "
                    f"\"{auth.MANAGEMENT_RESOURCE}\" resource."))
        except auth.AuthError as exc:
            return self._auth_answer(exc)
        # 2. The application-id and account-id headers.
        errors = {}
        ids = {}
        for name in ("application-id", "account-id"):
            raw = h.headers.get(name)
            value = _int_header(raw)
            if raw is None or raw.strip() == "":
                errors[name] = [f"The {name} header is required."]
            elif value is None:
                errors[name] = [f"The value '{raw}' is not valid for the {name} header."]
            ids[name] = value
        if errors:
            return 400, [], problem(400, errors=errors)
        app_id, account_id = ids["application-id"], ids["account-id"]
        # 3. Which application and account the client may act as.
        try:
            account = auth.check_access(self.env, claims, app_id, account_id)
        except auth.AuthError as exc:
            return self._auth_answer(exc)
        # 4. Path and query parameters, then the body.
        typed, errors = _typed_params(op, params, query)
        if errors:
            return 400, [], problem(400, errors=errors)
        payload = None
        if op.validate_body is not None:
            if not body.strip():
                if op.body_required:
                    return 400, [], problem(400, errors={"$": ["A non-empty request body is required."]})
            else:
                ctype = (h.headers.get("Content-Type") or "application/json").lower()
                if "json" not in ctype:
                    return 415, [], problem(415)
                try:
                    raw = json.loads(body)
                except ValueError as exc:
                    return 400, [], problem(400, errors={"$": [f"The JSON is invalid: {exc}"]})
                errors = {}
                payload = op.validate_body(raw, "", errors)
                parent_field = self._parent_fields.get(op.collection)
                if parent_field and parent_field in errors and isinstance(raw, dict) \
                        and parent_field not in raw:
                    del errors[parent_field]  # the path names the parent; the body need not
                if errors:
                    return 400, [], problem(400, errors=errors)
        names = list(op.path_params)
        id_value = typed.get(names[-1]) if names else None
        ctx = Context(app_id=app_id, account_id=account_id, account_name=account.get("name"),
                      params=typed, query=typed, body=payload, id_value=id_value, op=op,
                      emulator=self)
        try:
            with self.lock:
                result = self.store.execute(op, ctx)
                # Render under the lock so the answer is a consistent snapshot.
                result = number_objects(result) if result is not None else None
        except ApiError as exc:
            return exc.status, [], problem(exc.status, detail=exc.detail, errors=exc.errors,
                                           title=exc.title)
        return 200, [], result

    def _auth_answer(self, exc):
        if exc.kind == "token":
            desc = exc.message.replace('"', "'")
            return 401, [("WWW-Authenticate",
                          f'Bearer error="invalid_token", error_description="{desc}"')], \
                problem(401, detail=exc.message)
        return 403, [], problem(403, detail=exc.message)

    # ----- control API -------------------------------------------------------------------
    def control(self, method, path, query, body):
        qs = {k: v[0] for k, v in parse_qs(query).items()}
        try:
            data = json.loads(body) if body.strip() else None
        except ValueError:
            return 400, [], {"error": "body is not JSON"}
        route = (method, path.rstrip("/"))
        if route == ("GET", "/requests"):
            since = int(qs.get("since", 0) or 0)
            with self._log_lock:
                return 200, [], copy.deepcopy(self._log[since:])
        if route == ("POST", "/reset"):
            with self.lock:
                self.store.reset()
                self.faults.clear()
                self.rate.configure(self._startup_rate())
                self.latency_ms = self.options.latency_ms
                self.issuer.lifetime = self.options.token_lifetime
            with self._log_lock:
                self._log.clear()
            return 200, [], {"reset": True}
        if route == ("GET", "/faults"):
            return 200, [], self.faults.describe()
        if route == ("POST", "/faults"):
            try:
                return 200, [], self.faults.set(data if data is not None else [])
            except FaultError as exc:
                return 400, [], {"error": str(exc)}
        if route == ("DELETE", "/faults"):
            self.faults.clear()
            return 200, [], []
        if route == ("POST", "/settings"):
            return self._settings(data or {})
        if route == ("GET", "/settings"):
            return 200, [], self._settings_view()
        if route == ("POST", "/expire-tokens"):
            self.issuer.expire_all()
            return 200, [], {"expired": True}
        if route == ("POST", "/claim-unique-code"):
            data = data if isinstance(data, dict) else {}
            if not isinstance(data.get("promotion_id"), int) or not isinstance(data.get("code"), str):
                return 400, [], {"error": "body must be {\"promotion_id\": <int>, \"code\": <str>}"}
            with self.lock:
                claimed = hooks_promotion.claim_unique_code(self.store, data["promotion_id"], data["code"],
                                                            data.get("quotation_id"))
            if claimed is None:
                return 404, [], {"error": f"promotion {data['promotion_id']} has no unique code {data['code']!r}"}
            return 200, [], claimed
        if route == ("POST", "/empty-application"):
            app_id = (data or {}).get("application_id") if isinstance(data, dict) else None
            if app_id not in self.store.env.applications:
                return 400, [], {"error": f"no application {app_id!r}; give application_id of a known one"}
            with self.lock:
                return 200, [], {"emptied": app_id, "dropped": self.store.empty_application(app_id)}
        if route == ("GET", "/state"):
            with self.lock:
                return 200, [], self.store.dump(qs.get("collection"))
        return 404, [], {"error": f"no control route {method} {path}"}

    def _settings(self, data):
        if not isinstance(data, dict):
            return 400, [], {"error": "body must be an object"}
        unknown = set(data) - {"token_lifetime", "token_rate_limit", "latency_ms"}
        if unknown:
            return 400, [], {"error": f"unknown settings {sorted(unknown)}"}
        if "token_lifetime" in data:
            if not isinstance(data["token_lifetime"], (int, float)) or data["token_lifetime"] <= 0:
                return 400, [], {"error": "token_lifetime must be a positive number"}
            self.issuer.lifetime = data["token_lifetime"]
        if "token_rate_limit" in data:
            rl = data["token_rate_limit"]
            if rl is not None and not isinstance(rl, dict):
                return 400, [], {"error": "token_rate_limit must be an object or null"}
            self.rate.configure(rl)
        if "latency_ms" in data:
            if not isinstance(data["latency_ms"], (int, float)) or data["latency_ms"] < 0:
                return 400, [], {"error": "latency_ms must be a non-negative number"}
            self.latency_ms = data["latency_ms"]
        return 200, [], self._settings_view()

    def _settings_view(self):
        return {"token_lifetime": self.issuer.lifetime,
                "token_rate_limit": self.rate.settings, "latency_ms": self.latency_ms}


def _int_header(raw):
    if raw is None:
        return None
    raw = raw.strip()
    if raw.lstrip("-").isdigit():
        value = int(raw)
        if -(2 ** 31) <= value < 2 ** 31:
            return value
    return None


def _basic_credentials(header):
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip()).decode("utf-8")
    except ValueError:
        return None
    user, colon, password = decoded.partition(":")
    return unquote(user), unquote(password)


def _convert(schema, raw, name, errors):
    typ = schema.get("type")
    if typ == "integer":
        if raw.lstrip("-").isdigit() and -(2 ** 31) <= int(raw) < 2 ** 31:
            return int(raw)
        errors.setdefault(name, []).append(f"The value '{raw}' is not valid.")
        return None
    if typ == "boolean":
        if raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        errors.setdefault(name, []).append(f"The value '{raw}' is not valid.")
        return None
    if typ == "number":
        try:
            return float(raw)
        except ValueError:
            errors.setdefault(name, []).append(f"The value '{raw}' is not valid.")
            return None
    return raw


def _typed_params(op, params, query):
    errors = {}
    typed = {}
    for name, raw in params.items():
        schema = op.path_params.get(name) or {}
        typed[name] = _convert(schema, unquote(raw), name, errors)
    if op.query_params:
        qs = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        for name, (schema, required) in op.query_params.items():
            if name in qs:
                typed[name] = _convert(schema, qs[name], name, errors)
            elif required:
                errors.setdefault(name, []).append(f"The {name} field is required.")
            else:
                typed[name] = schema.get("default")
    return typed, errors
