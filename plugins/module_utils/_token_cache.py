# -*- coding: utf-8 -*-
# Copyright (c) 2026 norce.commerce contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""A per-user cache of OAuth2 access tokens, shared by every task of a run and by later runs.

Norce lets a client fetch only 3 tokens a minute (after a burst of 20), so a playbook must reuse one
token across its tasks, and forks must not race to fetch one each. One file per token URL + client id
+ scope + secret fingerprint holds the token; a lock file serialises fetching. The secret itself is
never written: only a one-way fingerprint enters the file name, so a wrong secret never finds the
token that a right one fetched.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import time

# A token is not used when it has less than this many seconds left: a long task must not start
# with a token that expires half-way.
EXPIRY_MARGIN = 60


def default_cache_dir():
    base = os.environ.get("NORCE_TOKEN_CACHE_DIR")
    if base:
        return base
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(xdg, "norce.commerce", "tokens")


class TokenCache(object):
    def __init__(self, directory, token_url, client_id, client_secret, scope, clock=time.time):
        self.directory = directory
        self.clock = clock
        secret_fingerprint = hashlib.sha256(("norce.commerce:" + (client_secret or "")).encode("utf-8")).hexdigest()
        identity = json.dumps([token_url, client_id, scope or "", secret_fingerprint])
        name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:40]
        self.path = os.path.join(directory, name + ".json")
        self.lock_path = os.path.join(directory, name + ".lock")

    def _ensure_dir(self):
        os.makedirs(self.directory, mode=0o700, exist_ok=True)
        # makedirs leaves an existing directory as it was; tighten it if we own it.
        st = os.stat(self.directory)
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            os.chmod(self.directory, 0o700)

    def _read(self):
        try:
            with open(self.path) as f:
                data = json.load(f)
            if data.get("expires_at", 0) - EXPIRY_MARGIN > self.clock() and data.get("access_token"):
                return data["access_token"]
        except (OSError, ValueError, AttributeError):
            pass
        return None

    def _write(self, token, expires_in):
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".token-")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w") as f:
                json.dump({"access_token": token, "expires_at": self.clock() + float(expires_in)}, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def _locked(self):
        fd = os.open(self.lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    @staticmethod
    def _unlock(fd):
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def get(self, fetch):
        """A valid token from the cache, or from ``fetch()`` (-> (token, expires_in)) under the lock."""
        token = self._read()
        if token:
            return token
        self._ensure_dir()
        fd = self._locked()
        try:
            # Another process may have fetched one while we waited for the lock.
            token = self._read()
            if token:
                return token
            token, expires_in = fetch()
            self._write(token, expires_in)
            return token
        finally:
            self._unlock(fd)

    def invalidate(self, token):
        """Forget ``token`` (the API refused it), unless another process already replaced it."""
        if not os.path.exists(self.path):
            return
        fd = self._locked()
        try:
            try:
                with open(self.path) as f:
                    current = json.load(f).get("access_token")
            except (OSError, ValueError, AttributeError):
                current = None
            if current in (None, token):
                try:
                    os.unlink(self.path)
                except OSError:
                    pass
        finally:
            self._unlock(fd)
