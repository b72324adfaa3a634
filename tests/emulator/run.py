#!/usr/bin/env python
"""Start the Norce Management API emulator: python3 tests/emulator/run.py --port 0 --ready-file F

See README.md beside this file for the options and what the emulator models."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    from norce_emulator.server import main
except ImportError as exc:  # the usual cause: requirements not installed in this Python
    sys.stderr.write(
        f"norce emulator: cannot start ({exc}).\n"
        f"Install its requirements: {sys.executable} -m pip install -r "
        f"{os.path.join(os.path.dirname(os.path.abspath(__file__)), 'requirements.txt')}\n")
    sys.exit(2)

if __name__ == "__main__":
    sys.exit(main())
