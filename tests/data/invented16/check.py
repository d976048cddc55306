#!/usr/bin/env python3
"""Consistency check for this set's annotations: the same checks as `../invented/check.py`, run here.

python3 check.py   -> prints counts per article, then OK (exit 0), or the problems (exit 1).
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(runpy.run_path(str(HERE.parent / "invented" / "check.py"))["main"](HERE))
