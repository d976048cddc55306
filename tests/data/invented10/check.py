#!/usr/bin/env python3
"""Consistency check for this set's annotations: the checks of `../invented/check.py`, run here, with the
British single quote marks (‘ ’) counted as quote marks too, since one article quotes in them (its apostrophes
are straight, so every ’ closes a quotation).

python3 check.py   -> prints counts per article, then OK (exit 0), or the problems (exit 1).
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    shared = runpy.run_path(str(HERE.parent / "invented" / "check.py"))
    # the sets are shared with the functions' own globals, so adding to them widens the check itself
    shared["OPEN"].add("\u2018")
    shared["CLOSE"].add("\u2019")
    shared["MARKS"].update({"\u2018", "\u2019"})
    sys.exit(shared["main"](HERE))
