#!/usr/bin/env bash
# Runs ansible-test on a scratch copy of the collection: ansible-test only works when the physical
# working directory is .../ansible_collections/norce/commerce, and this repository's root is the
# collection root. Usage: tests/tools/ansible-test.sh sanity|units|integration [args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Outside the repository: inside it, ansible-test would ask git and skip every ignored (scratch) file.
# One scratch tree (and one TMPDIR, where the integration tests keep their emulator) per checkout, so
# that runs from two clones neither delete each other's files nor share an emulator.
checkout_id=$(printf '%s' "$root" | cksum | cut -d' ' -f1)
work="${NORCE_ANSIBLE_TEST_DIR:-${TMPDIR:-/tmp}/norce-commerce-ansible-test-$checkout_id}"
scratch="$work/ansible_collections/norce/commerce"
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
python=${PYTHON:-python}

# ansible-test bootstraps pip in its sanity venvs with a script it downloads from a host these machines
# cannot reach; a local stand-in that uses ensurepip does the same job.
pip_version=$("$python" - <<'PY'
import re, ansible_test, os
src = open(os.path.join(os.path.dirname(ansible_test.__file__), "_internal", "python_requirements.py")).read()
print(re.search(r"pip='([0-9.]+)'", src).group(1))
PY
)
stub="$HOME/.ansible/test/cache/get_pip_${pip_version//./_}.py"
mkdir -p "$(dirname "$stub")"
cat > "$stub" <<'PY'
import subprocess, sys
args = [a for a in sys.argv[1:] if a not in ("--no-setuptools", "--no-wheel")]
subprocess.check_call([sys.executable, "-m", "ensurepip", "--default-pip"])
subprocess.check_call([sys.executable, "-m", "pip", "install", "-q"] + args)
if "--no-setuptools" in sys.argv:
    subprocess.call([sys.executable, "-m", "pip", "uninstall", "-q", "-y", "setuptools"])
PY

rm -rf "$scratch"
mkdir -p "$scratch"
# The tracked files plus new ones not ignored: what a clean clone would have.
(cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - 2>/dev/null) | (cd "$scratch" && tar -xf -)
cd "$scratch"
if [ "$1" = integration ]; then
  # The targets start one emulator for the whole run (setup_emulator); stop it whatever the outcome.
  rc=0
  ansible-test "$@" || rc=$?
  PYTHON="$python" "$root/tests/tools/emulator.sh" stop "$TMPDIR/norce-commerce-integration/emulator.json"
  exit $rc
fi
exec ansible-test "$@"
