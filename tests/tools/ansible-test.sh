#!/usr/bin/env bash
# Runs ansible-test on a scratch copy of the collection: ansible-test only works when the physical
# working directory is .../ansible_collections/norce/commerce, and this repository's root is the
# collection root. Usage: tests/tools/ansible-test.sh sanity|units|integration [args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Outside the repository: inside it, ansible-test would ask git and skip every ignored (scratch) file.
# One scratch tree per checkout, so that runs from two clones do not delete each other's.
checkout_id=$(printf '%s' "$root" | cksum | cut -d' ' -f1)
scratch="${NORCE_ANSIBLE_TEST_DIR:-${TMPDIR:-/tmp}/norce-commerce-ansible-test-$checkout_id}/ansible_collections/norce/commerce"
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
exec ansible-test "$@"
