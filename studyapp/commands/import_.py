"""`studyapp import PATH`: install a bank file or every bank file in a folder (formats: `exchange.registry`).

A newer version of an installed bank updates it in place and keeps progress; the same version
changes nothing; an older one is refused. Exit 1 if any file could not be imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.commands import add_clock
from studyapp.commands.banks import open_store
from studyapp.core.printable import for_terminal
from studyapp.exchange.import_summary import terminal_lines
from studyapp.exchange.importing import bank_files, import_path
from studyapp.exchange.registry import READABLE_TEXT


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", type=Path, metavar="PATH", help=f"a bank file ({READABLE_TEXT}) or a folder of them")
    p.add_argument("--replace", action="store_true",
                   help="install over an installed bank with the same id even if its title and article differ")
    add_clock(p)


def run(args: argparse.Namespace) -> int:
    bank_files(args.path)  # a missing or empty folder is reported before the database is touched
    progress, now = open_store(args)
    with progress:
        outcomes = import_path(progress, args.path, now, replace=args.replace)
    for outcome in outcomes:
        for warning in outcome.warnings:
            print(f"warning: {for_terminal(warning)}", file=sys.stderr)
        if outcome.ok:
            print("\n".join(terminal_lines(outcome)))
        else:
            print(f"studyapp: {for_terminal(outcome.refused or outcome.error, keep_newlines=True)}", file=sys.stderr)
    return 0 if all(o.ok for o in outcomes) else 1
