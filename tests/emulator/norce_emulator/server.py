"""Command line, start-up and shutdown: build the emulator, listen on 127.0.0.1, write the
ready file once connections are accepted, and stop cleanly on SIGTERM/SIGINT."""

import argparse
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading

from . import tls
from .app import API_PREFIX, CONTROL_PREFIX, TOKEN_PATH, Emulator
from .contract import DEFAULT_DOCUMENT, Contract, load_document
from .transport import Handler, Server

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = os.path.join(os.path.dirname(HERE), "seed.json")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Local emulator of the Norce Commerce Management API.")
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = pick a free one)")
    p.add_argument("--ready-file", help="write connection details here (JSON) once serving")
    p.add_argument("--seed", default=DEFAULT_SEED, help="seed data file (JSON)")
    p.add_argument("--contract", default=DEFAULT_DOCUMENT, help="contract document (OpenAPI YAML)")
    p.add_argument("--latency-ms", type=float, default=0.0,
                   help="added to every API and token answer (for benchmarks)")
    p.add_argument("--http", action="store_true", help="serve plain HTTP instead of HTTPS")
    p.add_argument("--token-lifetime", type=float, default=3600.0, help="token lifetime, seconds")
    p.add_argument("--no-token-rate-limit", action="store_true",
                   help="turn off the token endpoint's rate limit (3/min, burst 20)")
    p.add_argument("--state-dir", help="where the CA and certificate go (default: a temp dir "
                                       "removed on exit)")
    return p.parse_args(argv)


def _write_atomic(path, data):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".ready-", dir=directory)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, path)


def _wait_accepting(port):
    # The listening socket exists already; prove a client really gets through before saying so.
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


def ready_info(emulator, port, scheme, ca_path):
    base = f"{scheme}://127.0.0.1:{port}"
    env = emulator.env
    seed_env = emulator.seed.get("environment") or {}
    ready = seed_env.get("ready") or {}
    main_client = env.oauth_clients[ready.get("client_id") or next(iter(env.oauth_clients))]
    no_mgmt = env.oauth_clients.get(ready.get("no_management_client_id") or "", {})
    return {
        "base_url": base,
        "api_url": base + API_PREFIX,
        "token_url": base + TOKEN_PATH,
        "control_url": base + CONTROL_PREFIX,
        "port": port,
        "ca_path": ca_path,
        "client_id": main_client["client_id"],
        "client_secret": main_client["secret"],
        "scope": (main_client.get("scopes") or ["playground"])[0],
        "application_id": ready.get("application_id"),
        "second_application_id": ready.get("second_application_id"),
        "account_id": ready.get("account_id"),
        "locked_account_id": ready.get("locked_account_id"),
        "deleted_account_id": ready.get("deleted_account_id"),
        "other_application_account_id": ready.get("other_application_account_id"),
        "no_management_client_id": no_mgmt.get("client_id"),
        "no_management_client_secret": no_mgmt.get("secret"),
        "pid": os.getpid(),
    }


def main(argv=None):
    args = parse_args(argv)
    with open(args.seed, encoding="utf-8") as fh:
        seed = json.load(fh)
    contract = Contract(load_document(args.contract))
    emulator = Emulator(contract, seed, args)

    own_state_dir = args.state_dir is None
    state_dir = tempfile.mkdtemp(prefix="norce-emulator-") if own_state_dir else args.state_dir
    os.makedirs(state_dir, exist_ok=True)
    ssl_context = None
    ca_path = None
    if not args.http:
        paths = tls.generate(state_dir)
        ssl_context = tls.server_context(paths)
        ca_path = paths["ca"]

    server = Server(("127.0.0.1", args.port), Handler, emulator, ssl_context)
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              name="serve", daemon=True)
    thread.start()

    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    try:
        _wait_accepting(port)
        info = ready_info(emulator, port, "http" if args.http else "https", ca_path)
        if args.ready_file:
            _write_atomic(args.ready_file, info)
        else:
            print(json.dumps(info, indent=2), flush=True)
        while not stop.wait(1.0):
            pass
    finally:
        server.shutdown()
        server.server_close()
        if args.ready_file:
            try:
                os.unlink(args.ready_file)  # a stale file would point at a dead port
            except OSError:
                pass
        if own_state_dir:
            shutil.rmtree(state_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
