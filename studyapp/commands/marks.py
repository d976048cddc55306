"""`studyapp suspend|unsuspend QUERY` and `studyapp flag N QUERY`: act on what `studyapp find` finds.

They change the same marks as Browse (storage.marks), kept by (bank id, question id) so a bank
update keeps them, and hold the data folder's lock while they write, as every writer does.
"""

from __future__ import annotations

import argparse

from studyapp.commands import add_clock
from studyapp.commands.find import add_query, search
from studyapp.core.search_query import FLAGS, parse
from studyapp.errors import StudyAppError


def add_arguments(p: argparse.ArgumentParser) -> None:
    if p.prog.split()[-1] == "flag":
        p.add_argument("flag", type=_flag, metavar="N", help="1 red, 2 orange, 3 green, 4 blue; 0 clears the flag")
    add_query(p)
    add_clock(p)


def _flag(text: str) -> int:
    if text.isdigit() and int(text) in FLAGS:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a flag; use 1 (red), 2 (orange), 3 (green), 4 (blue) "
                                     "or 0 to clear")


def run(args: argparse.Namespace) -> int:
    from studyapp.commands.banks import open_store

    if not args.query:
        raise StudyAppError(f"{args.command}: give a search (as for `studyapp find`), for example "
                            f"`studyapp {args.command}{' 1' if args.command == 'flag' else ''} bank:my-bank is:leech`;"
                            " to act on every question, say so with `id:*`")
    parse(" ".join(args.query))
    # The store holds the folder as a command while it is open (storage.app_lock.FolderHold): it
    # waits for another command, saying so, and is refused at once while the app has the folder.
    progress, now = open_store(args)
    with progress:
        browse, ids = search(progress, args, now)
        keys = browse.keys(ids)
        marks = progress.marks
        if args.command == "suspend":
            change = marks.suspend(keys, now)
        elif args.command == "unsuspend":
            change = marks.unsuspend(keys, now)
        else:
            change = marks.flag(keys, args.flag, now)
    if not keys:
        print("No questions match; nothing changed.")
        return 0
    text = change.description
    if args.command == "flag" and args.flag:
        text += f" {FLAGS[args.flag]}"
    print(text)
    return 0
