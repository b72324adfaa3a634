"""OAuth2 client credentials, bearer tokens, the token rate limit and account checks.

Tokens are real HS256 JWTs signed with a key made at start-up, so a token from another emulator
(another "environment") or a hand-made one fails the signature check, as it would on Norce.
"""

import base64
import hashlib
import hmac
import json
import math
import secrets
import threading
import time

MANAGEMENT_RESOURCE = "Norce Management"


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class AuthError(Exception):
    """A refused request; ``kind`` picks the HTTP answer (401 token, 403 access)."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


class TokenIssuer:
    def __init__(self, lifetime):
        self.key = secrets.token_bytes(32)
        self.lifetime = lifetime
        # A per-start prefix plus a counter: /expire-tokens only has to remember one number.
        self._prefix = secrets.token_hex(4)
        self._seq = 0
        self._expired_upto = 0
        self._lock = threading.Lock()
        self._cache = {}

    def issue(self, client_id, scope):
        with self._lock:
            self._seq += 1
            seq = self._seq
        now = int(time.time())
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        claims = {
            "client_id": client_id,
            "scope": scope,
            "iat": now,
            "exp": now + int(self.lifetime),
            "jti": f"{self._prefix}-{seq}",
        }
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{header}.{payload}".encode("ascii")
        sig = _b64(hmac.new(self.key, signing_input, hashlib.sha256).digest())
        return f"{header}.{payload}.{sig}", claims

    def expire_all(self):
        with self._lock:
            self._expired_upto = self._seq
            self._cache.clear()

    def verify(self, token):
        """Return the claims of a valid token, or raise AuthError('token', why)."""
        claims = self._cache.get(token)
        if claims is None:
            claims = self._decode(token)
            if len(self._cache) > 10000:
                self._cache.clear()
            self._cache[token] = claims
        if claims["exp"] <= time.time():
            raise AuthError("token", "The token has expired.")
        if claims["_seq"] <= self._expired_upto:
            raise AuthError("token", "The token has expired.")
        return claims

    def _decode(self, token):
        parts = token.split(".")
        if len(parts) != 3:
            raise AuthError("token", "The token is malformed.")
        signing_input = f"{parts[0]}.{parts[1]}".encode("ascii", "replace")
        expected = _b64(hmac.new(self.key, signing_input, hashlib.sha256).digest())
        if not hmac.compare_digest(expected, parts[2]):
            raise AuthError("token", "The token signature is invalid.")
        try:
            header = json.loads(_unb64(parts[0]))
            claims = json.loads(_unb64(parts[1]))
        except ValueError:
            raise AuthError("token", "The token is malformed.") from None
        if header.get("alg") != "HS256":
            raise AuthError("token", "The token algorithm is not accepted.")
        prefix, dash, seq = str(claims.get("jti", "")).rpartition("-")
        if prefix != self._prefix or not seq.isdigit():
            raise AuthError("token", "The token was not issued by this environment.")
        claims["_seq"] = int(seq)
        return claims


class RateLimiter:
    """Token bucket per client address: ``per_minute`` refill, ``burst`` capacity."""

    def __init__(self, settings):
        self._lock = threading.Lock()
        self._buckets = {}
        self.configure(settings)

    def configure(self, settings):
        with self._lock:
            self.settings = dict(settings) if settings else None
            self._buckets.clear()

    def take(self, address):
        """Return 0 when allowed, else the whole seconds to wait (for Retry-After)."""
        with self._lock:
            if not self.settings:
                return 0
            rate = float(self.settings.get("per_minute", 3)) / 60.0
            burst = float(self.settings.get("burst", 20))
            now = time.monotonic()
            tokens, last = self._buckets.get(address, (burst, now))
            tokens = min(burst, tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[address] = (tokens - 1.0, now)
                return 0
            self._buckets[address] = (tokens, now)
            if rate <= 0:
                return 60
            return max(1, math.ceil((1.0 - tokens) / rate))


def token_request(env, issuer, form, basic):
    """Answer a client-credentials request: (status, body dict)."""
    def error(code, description):
        return 400, {"error": code, "error_description": description}

    if form.get("grant_type") is None:
        return error("invalid_request", "grant_type is missing.")
    if form.get("grant_type") != "client_credentials":
        return error("unsupported_grant_type", "Only client_credentials is supported.")
    client_id = form.get("client_id")
    secret = form.get("client_secret")
    if basic and not client_id:
        client_id, secret = basic
    if not client_id or secret is None:
        return error("invalid_client", "Client credentials are missing.")
    client = env.oauth_clients.get(client_id)
    if client is None or not hmac.compare_digest(str(client["secret"]), str(secret)):
        return error("invalid_client", "Unknown client or wrong secret.")
    allowed = list(client.get("scopes", []))
    requested = (form.get("scope") or "").split()
    if not requested:
        requested = allowed
    if not requested or any(s not in allowed for s in requested):
        return error("invalid_scope", "The requested scope is not allowed for this client.")
    scope = " ".join(requested)
    token, claims = issuer.issue(client_id, scope)
    return 200, {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": claims["exp"] - claims["iat"],
        "scope": scope,
    }


def check_access(env, claims, application_id, account_id):
    """Raise AuthError('forbidden', why) unless the client, application and account fit."""
    client = env.oauth_clients.get(claims.get("client_id"))
    if client is None:
        raise AuthError("token", "The token's client no longer exists.")
    if MANAGEMENT_RESOURCE not in client.get("resources", []):
        raise AuthError(
            "forbidden",
            f"The OAuth client '{client['client_id']}' lacks the \"{MANAGEMENT_RESOURCE}\" resource.",
        )
    if application_id not in env.applications:
        raise AuthError("forbidden", f"Application {application_id} is unknown.")
    if application_id not in client.get("applications", []):
        raise AuthError(
            "forbidden", f"Application {application_id} is not allowed for this OAuth client."
        )
    account = env.accounts.get(account_id)
    if account is None:
        raise AuthError("forbidden", f"Account {account_id} is unknown.")
    if account_id is not None and application_id not in account.get("applications", []):
        raise AuthError(
            "forbidden", f"Account {account_id} is not an account of application {application_id}."
        )
    status = account.get("status", "active")
    if status == "locked":
        raise AuthError("forbidden", f"Account {account_id} is locked.")
    if status == "deleted":
        raise AuthError("forbidden", f"Account {account_id} is deleted.")
    if status != "active":
        raise AuthError("forbidden", f"Account {account_id} is not active.")
    return account
