#!/usr/bin/env bash
# Runs the integration targets in SHARDS parallel ansible-test runs (default 2), each with its own scratch
# tree and so its own emulator, and fails if any shard fails. The targets are dealt out longest first,
# by the rough durations below, so that the shards finish close together.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shards=${SHARDS:-2}
base=${NORCE_ANSIBLE_TEST_DIR:-${TMPDIR:-/tmp}/norce-commerce-shards-$(printf '%s' "$root" | cksum | cut -d' ' -f1)}

# Seconds a target takes on a 2-CPU machine; any target not listed counts as 15.
declare -A weight=([bad_input]=90 [faults]=90 [config_faults]=85 [idempotency]=80 [connection]=60
                   [config_promote]=35 [config]=35 [secrets]=25 [promotion]=25 [price_list]=25)

targets=()
for dir in "$root"/tests/integration/targets/*/; do
  name=$(basename "$dir")
  grep -qx hidden "$dir/aliases" 2>/dev/null && continue
  targets+=("${weight[$name]:-15} $name")
done
mapfile -t ordered < <(printf '%s\n' "${targets[@]}" | sort -rn)

declare -a load names
for ((i = 0; i < shards; i++)); do load[i]=0; names[i]=""; done
for entry in "${ordered[@]}"; do
  seconds=${entry%% *} name=${entry#* }
  best=0
  for ((i = 1; i < shards; i++)); do (( load[i] < load[best] )) && best=$i; done
  load[best]=$(( load[best] + seconds ))
  names[best]="${names[best]} $name"
done

pids=()
for ((i = 0; i < shards; i++)); do
  mkdir -p "$base"
  echo "shard $i (about ${load[i]} s):${names[i]}"
  # shellcheck disable=SC2086
  NORCE_ANSIBLE_TEST_DIR="$base/shard-$i" "$root/tests/tools/ansible-test.sh" integration --local --python 3.11 \
    ${names[i]} > "$base/shard-$i.log" 2>&1 &
  pids+=($!)
done
rc=0
for ((i = 0; i < shards; i++)); do
  if wait "${pids[i]}"; then
    echo "shard $i passed"
  else
    rc=1
    echo "shard $i FAILED; its log:"
    cat "$base/shard-$i.log"
  fi
done
exit $rc
