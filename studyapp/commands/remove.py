"""`studyapp remove BANK_ID [--purge [--yes]]`: take a bank out of the library.

By default its history is kept, so importing it again brings the progress back. `--purge`
deletes the history too, after a y/N question (or `--yes` for scripts); without a terminal to
ask, a purge needs `--yes`.
"""

from __future__ import annotations

import argparse
import sys

from studyapp.commands import add_clock
from studyapp.commands.banks import open_store
from studyapp.errors import StudyAppError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("bank_id", metavar="BANK_ID", help="the id `studyapp banks` shows")
    p.add_argument("--purge", action="store_true", help="also delete its history (asks first)")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask before purging")
    add_clock(p)


def confirm(question: str) -> bool:
    """y/N on the terminal; anything but y or yes (or no input at all) means no."""
    print(question, end=" ", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    progress, _now = open_store(args)
    with progress:
        installed = {b.id: b for b in progress.banks()}
        known = args.bank_id in installed or (args.purge and args.bank_id in progress.removed_bank_ids())
        if not known:
            names = ", ".join(sorted(installed)) or "none"
            raise StudyAppError(f"no bank {args.bank_id!r} is installed (installed: {names}); "
                                "`studyapp banks` lists them")
        if args.purge and not args.yes:
            if not confirm(f"Delete bank {args.bank_id!r} and all its review history? This cannot be undone. [y/N]"):
                print("Nothing deleted.")
                return 1
        progress.remove_bank(args.bank_id, purge=args.purge)
    if args.purge:
        print(f"deleted bank {args.bank_id!r} and its history")
    else:
        print(f"removed bank {args.bank_id!r}; its history is kept: importing it again brings the progress back")
    return 0
