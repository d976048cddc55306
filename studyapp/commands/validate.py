"""`studyapp validate PATH...`: exit 0 when every bank is valid, else 1 with one line per problem."""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp.core.loader import validate_paths
from studyapp.core.printable import for_terminal


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="bank files (.toml)")


def run(args: argparse.Namespace) -> int:
    problems = validate_paths(args.paths)
    for problem in problems:
        print(for_terminal(str(problem)))  # one line each, whatever the bank's text holds
    if not problems:
        n = len(args.paths)
        print(f"{n} bank{'s' if n != 1 else ''} valid")
    return 1 if problems else 0
