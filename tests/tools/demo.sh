#!/usr/bin/env bash
# The README's demo: start the emulator, apply the demo playbook twice (the first run changes things, the
# second must change nothing), stop the emulator.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
ready="$work/emulator.json"
trap '"$root/tests/tools/emulator.sh" stop "$ready"; rm -rf "$work"' EXIT
"$root/tests/tools/emulator.sh" start "$ready"
eval "$("$root/tests/tools/emulator.sh" env "$ready")"
export NORCE_TOKEN_CACHE_DIR="$work/tokens"
# The collection as Ansible finds it: this repository is the collection root.
mkdir -p "$work/collections/ansible_collections/norce"
ln -s "$root" "$work/collections/ansible_collections/norce/commerce"
export ANSIBLE_COLLECTIONS_PATH="$work/collections"
for run in first second; do
  echo "== $run run"
  ansible-playbook "$root/playbooks/demo.yml" | tee "$work/$run.log"
done
grep -Eq 'localhost +: ok=[0-9]+ +changed=[1-9]' "$work/first.log" || { echo "FAIL: the first run changed nothing" >&2; exit 1; }
grep -Eq 'localhost +: ok=[0-9]+ +changed=0 ' "$work/second.log" || { echo "FAIL: the second run reported changes" >&2; exit 1; }
echo "demo: first run changed the emulator, second run changed nothing"
