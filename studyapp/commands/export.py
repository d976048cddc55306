"""`studyapp export BANK --to FILE`: the extension of FILE picks the format (`exchange.registry.WRITABLE`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.core.printable import for_terminal
from studyapp.exchange.registry import READABLE_TEXT, WRITABLE_TEXT, write_bank


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("bank", metavar="BANK", help=f"a bank file ({READABLE_TEXT}) or an installed bank's id")
    p.add_argument("--to", required=True, type=Path, metavar="FILE",
                   help=f"where to write; its extension picks the format ({WRITABLE_TEXT})")


def run(args: argparse.Namespace) -> int:
    from studyapp.commands.banks import find_bank

    read = find_bank(args.bank, getattr(args, "data_dir", None))
    for warning in read.warnings:
        print(f"warning: {for_terminal(warning)}", file=sys.stderr)
    warnings = write_bank(read.loaded, args.to)
    for warning in warnings:
        print(f"warning: {for_terminal(warning)}", file=sys.stderr)
    n = len(read.loaded.bank.questions)
    note = f"; {len(warnings)} warning{'s' if len(warnings) != 1 else ''} above" if warnings else ""
    print(f"wrote {args.to} from bank {read.loaded.id!r} ({n} question{'s' if n != 1 else ''}{note})")
    return 0
