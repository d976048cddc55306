"""`studyapp import PATH`: install a bank file (.toml, .csv, .gift) or every bank file in a folder.

A newer version of an installed bank updates it in place and keeps progress; the same version
changes nothing; an older one is refused. Exit 1 if any file could not be imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.commands import add_clock
from studyapp.commands.banks import open_store
from studyapp.exchange.importing import bank_files, format_report, import_path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", type=Path, metavar="PATH", help="a bank file (.toml, .csv, .gift) or a folder of them")
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
            print(f"warning: {warning}", file=sys.stderr)
        if outcome.ok:
            print(format_report(outcome.report))
        else:
            print(f"studyapp: {outcome.error}", file=sys.stderr)
    return 0 if all(o.ok for o in outcomes) else 1
