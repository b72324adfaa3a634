"""The HTTP(S) plumbing: a threading server that does the TLS handshake in the connection's own
thread, and a handler that keeps connections alive and writes each answer in a single send.

One write per answer matters: http.server normally sends headers and body separately, and with
keep-alive that meets Nagle's algorithm and delayed ACKs (about 40 ms per request on Linux).
"""

import email.utils
import http.server
import json
import socket
import ssl
import time
from http import HTTPStatus

_REASONS = {s.value: s.phrase for s in HTTPStatus}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address, handler, app, ssl_context=None):
        self.app = app
        self.ssl_context = ssl_context
        super().__init__(address, handler)

    def finish_request(self, request, client_address):
        # Runs in the connection's thread, so a slow TLS client never blocks accept().
        try:
            request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self.ssl_context is not None:
                request.settimeout(15)
                request = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            try:
                request.close()
            except OSError:
                pass
            return
        try:
            self.RequestHandlerClass(request, client_address, self)
        finally:
            try:
                request.close()
            except OSError:
                pass

    def handle_error(self, request, client_address):
        # Clients that hang up mid-request are normal in fault tests: stay quiet about them.
        pass


class Dropped(Exception):
    """Raised by the application to close the connection without any answer."""


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "norce-emulator"
    timeout = 300  # idle keep-alive connections are closed after this many seconds

    def log_message(self, *args):
        pass  # the emulator keeps its own request log

    def _read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self):
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        try:
            status, headers, payload = self.server.app.handle(self, body)
        except Dropped:
            self.drop()
            return
        self.send(status, headers, payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def drop(self):
        """Close the connection abruptly: the client sees no status line at all."""
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def send(self, status, headers, payload):
        if payload is None:
            body = b""
        elif isinstance(payload, (bytes, bytearray)):
            body = bytes(payload)
        else:
            body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        lines = [
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}",
            f"Date: {_http_date()}",
            "Server: norce-emulator",
        ]
        content_type = None
        for name, value in headers or ():
            if name.lower() == "content-type":
                content_type = value
            else:
                lines.append(f"{name}: {value}")
        if body or payload is not None:
            lines.append(f"Content-Type: {content_type or 'application/json; charset=utf-8'}")
        lines.append(f"Content-Length: {len(body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if self.command == "HEAD":
            body = b""
        try:
            self.wfile.write(head + body)
        except OSError:
            self.close_connection = True


_date_cache = [0, ""]


def _http_date():
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache[1] = email.utils.formatdate(now, usegmt=True)
        _date_cache[0] = now
    return _date_cache[1]
