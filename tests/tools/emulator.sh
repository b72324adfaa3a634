#!/usr/bin/env bash
# Starts or stops a local emulator for make targets: emulator.sh start READY_FILE [args] | stop READY_FILE
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-python}
cmd=$1 ready=$2
shift 2
case "$cmd" in
  start)
    rm -f "$ready"
    mkdir -p "$(dirname "$ready")"
    nohup "$python" "$root/tests/emulator/run.py" --port 0 --ready-file "$ready" "$@" \
      > "$ready.log" 2>&1 &
    for _ in $(seq 1 100); do
      [ -s "$ready" ] && exit 0
      kill -0 $! 2>/dev/null || { cat "$ready.log" >&2; exit 1; }
      sleep 0.1
    done
    echo "emulator did not start within 10 s" >&2; cat "$ready.log" >&2; exit 1 ;;
  stop)
    [ -s "$ready" ] || exit 0
    pid=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["pid"])' "$ready")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$ready" ;;
  env)
    # Shell exports of the connection options, the way AWX injects a credential.
    "$python" - "$ready" <<'PY'
import json, shlex, sys
r = json.load(open(sys.argv[1]))
for var, key in (("NORCE_API_URL", "api_url"), ("NORCE_TOKEN_URL", "token_url"), ("NORCE_CLIENT_ID", "client_id"),
                 ("NORCE_CLIENT_SECRET", "client_secret"), ("NORCE_SCOPE", "scope"),
                 ("NORCE_APPLICATION_ID", "application_id"), ("NORCE_ACCOUNT_ID", "account_id"),
                 ("NORCE_CA_PATH", "ca_path")):
    print("export %s=%s" % (var, shlex.quote(str(r[key]))))
PY
    ;;
  *) echo "usage: $0 start|stop|env READY_FILE" >&2; exit 2 ;;
esac
