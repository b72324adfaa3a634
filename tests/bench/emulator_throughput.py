#!/usr/bin/env python
"""Measure how many simple GETs per second the Norce emulator serves on loopback.

Starts its own emulator (or uses a running one via --ready-file), fetches one token and sends a
bounded number of GET requests over keep-alive HTTPS connections from a few threads, then prints
start-up time, requests per second and latency percentiles. Loopback only, bounded in count.

    python3 tests/bench/emulator_throughput.py [--requests 3000] [--threads 4] [--http]
"""

import argparse
import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN = os.path.join(ROOT, "tests", "emulator", "run.py")
MAX_REQUESTS = 100000  # a hard bound, whatever the command line says


def start(extra):
    ready = os.path.join(tempfile.mkdtemp(prefix="emu-bench-"), "ready.json")
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, RUN, "--port", "0", "--ready-file", ready,
                             "--no-token-rate-limit", *extra])
    while not os.path.exists(ready):
        if proc.poll() is not None or time.monotonic() - t0 > 20:
            proc.kill()
            sys.exit("emulator did not start")
        time.sleep(0.005)
    startup = time.monotonic() - t0
    with open(ready) as fh:
        return proc, json.load(fh), startup


def connect(info):
    url = urllib.parse.urlsplit(info["api_url"])
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("refusing to benchmark anything but loopback")
    if url.scheme == "https":
        ctx = ssl.create_default_context(cafile=info["ca_path"])
        return http.client.HTTPSConnection(url.hostname, url.port, context=ctx, timeout=30)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def token(info):
    conn = connect(info)
    body = urllib.parse.urlencode({"grant_type": "client_credentials",
                                   "client_id": info["client_id"],
                                   "client_secret": info["client_secret"],
                                   "scope": info["scope"]})
    conn.request("POST", urllib.parse.urlsplit(info["token_url"]).path, body,
                 {"Content-Type": "application/x-www-form-urlencoded"})
    resp = conn.getresponse()
    data = json.loads(resp.read())
    conn.close()
    return data["access_token"]


def worker(info, headers, path, count, latencies, errors):
    conn = connect(info)
    for request_index in range(count):
        t = time.perf_counter()
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        resp.read()
        latencies.append(time.perf_counter() - t)
        if resp.status != 200:
            errors.append(resp.status)
    conn.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--path", default="/api/application/culture")
    p.add_argument("--http", action="store_true", help="plain HTTP instead of HTTPS")
    p.add_argument("--ready-file", help="use a running emulator instead of starting one")
    args = p.parse_args()
    total = min(args.requests, MAX_REQUESTS)

    proc, startup = None, None
    if args.ready_file:
        with open(args.ready_file) as fh:
            info = json.load(fh)
    else:
        proc, info, startup = start(["--http"] if args.http else [])
    try:
        headers = {"Authorization": f"Bearer {token(info)}",
                   "application-id": str(info["application_id"]),
                   "account-id": str(info["account_id"])}
        path = urllib.parse.urlsplit(info["api_url"]).path + args.path
        per_thread = [total // args.threads + (1 if i < total % args.threads else 0)
                      for i in range(args.threads)]
        latencies, errors = [], []
        threads = [threading.Thread(target=worker,
                                    args=(info, headers, path, n, latencies, errors))
                   for n in per_thread]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(10)
    latencies.sort()
    result = {
        "scheme": urllib.parse.urlsplit(info["api_url"]).scheme,
        "startup_seconds": round(startup, 3) if startup is not None else None,
        "requests": len(latencies),
        "threads": args.threads,
        "errors": len(errors),
        "seconds": round(elapsed, 3),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2),
    }
    print(json.dumps(result, indent=2))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
