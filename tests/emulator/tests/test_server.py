"""Start-up, the ready file, TLS, plain HTTP, keep-alive, shutdown, a second environment."""

import http.client
import os
import signal
import socket
import ssl
import time

import requests

from conftest import Emulator, start_emulator, stop_emulator

READY_KEYS = {
    "api_url", "token_url", "base_url", "port", "ca_path", "client_id", "client_secret", "scope",
    "application_id", "second_application_id", "account_id", "locked_account_id",
    "deleted_account_id", "no_management_client_id", "no_management_client_secret",
    "control_url", "pid",
}


def test_ready_file_keys(_emulator):
    info = _emulator.info
    assert READY_KEYS <= set(info)
    port = info["port"]
    assert info["api_url"] == f"https://127.0.0.1:{port}/commerce/management/1.0"
    assert info["token_url"] == f"https://127.0.0.1:{port}/identity/1.0/connect/token"
    assert info["control_url"] == f"https://127.0.0.1:{port}/_emulator"
    assert info["scope"] == "playground"
    assert info["application_id"] == 1001 and info["second_application_id"] == 1002
    assert os.path.exists(info["ca_path"])


def test_tls_verifies_for_ip_and_localhost(_emulator):
    ctx = ssl.create_default_context(cafile=_emulator.info["ca_path"])
    for host in ("127.0.0.1", "localhost"):
        with socket.create_connection(("127.0.0.1", _emulator.info["port"]), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                assert tls.version() in ("TLSv1.2", "TLSv1.3")


def test_untrusted_client_fails_handshake(_emulator):
    ctx = ssl.create_default_context()  # system CAs only: the emulator's CA is not among them
    try:
        with socket.create_connection(("127.0.0.1", _emulator.info["port"]), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname="127.0.0.1"):
                pass
        raise AssertionError("handshake should fail")
    except ssl.SSLCertVerificationError:
        pass
    # The server survives a failed handshake.
    assert _emulator.control("GET", "/faults") == []


def test_keep_alive_reuses_one_connection(emu):
    ctx = ssl.create_default_context(cafile=emu.info["ca_path"])
    conn = http.client.HTTPSConnection("127.0.0.1", emu.info["port"], context=ctx, timeout=5)
    headers = emu.headers()
    conn.request("GET", "/commerce/management/1.0/api/application/culture", headers=headers)
    first = conn.getresponse()
    first.read()
    sock = conn.sock
    for repeat in range(3):
        conn.request("GET", "/commerce/management/1.0/api/application/culture", headers=headers)
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 200
        assert conn.sock is sock  # no reconnect happened
    conn.close()


def test_http_mode_second_environment_and_sigterm(tmp_path):
    start = time.monotonic()
    proc, info = start_emulator(tmp_path, "--http", "--seed",
                                os.path.join(os.path.dirname(os.path.dirname(__file__)),
                                             "seed.json"))
    started = time.monotonic() - start
    try:
        assert started < 2.0, f"start-up took {started:.2f}s"
        assert info["api_url"].startswith("http://127.0.0.1:")
        assert info["ca_path"] is None
        other = Emulator(info)
        assert other.token_request().status_code == 200
        # The secret is random per start, so this environment's client differs from others.
        r = other.get("/api/application/culture")
        assert r.status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        stop_emulator(proc)


def test_token_of_one_environment_is_refused_by_another(_emulator, tmp_path):
    proc, info = start_emulator(tmp_path, "--http")
    try:
        other = Emulator(info)
        foreign = other.token
        r = _emulator.get("/api/application/culture",
                          headers=_emulator.headers(token=foreign))
        assert r.status_code == 401
    finally:
        stop_emulator(proc)


def test_sigint_stops_cleanly_and_removes_state(tmp_path):
    state = tmp_path / "state"
    proc, info = start_emulator(tmp_path, "--state-dir", str(state))
    assert (state / "ca.pem").exists()
    proc.send_signal(signal.SIGINT)
    assert proc.wait(10) == 0
    stop_emulator(proc)
    assert (state / "ca.pem").exists()  # an explicit state dir is the caller's to keep
    try:
        requests.get(info["control_url"] + "/faults", verify=False, timeout=2)
        raise AssertionError("the emulator should be gone")
    except requests.ConnectionError:
        pass


def test_latency_option_and_setting(emu):
    emu.control("POST", "/settings", {"latency_ms": 150})
    t = time.monotonic()
    assert emu.get("/api/application/culture").status_code == 200
    assert time.monotonic() - t >= 0.15
    emu.control("POST", "/settings", {"latency_ms": 0})
