"""`studyapp selftest`: a headless end-to-end check of the app (real widgets, offscreen).

Exit 0 when the bundled bank installs, questions answered through the widgets are found in the
database after reopening it; else 1 with what failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="use DIR as the data folder and keep it afterwards (default: a temporary folder)")


def run(args: argparse.Namespace) -> int:
    from studyapp.gui.selftest import run_selftest

    ok, summary = run_selftest(args.keep)
    print(summary)
    return 0 if ok else 1
