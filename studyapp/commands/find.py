"""`studyapp find QUERY [--json]`: the questions Browse shows for a search, for scripts and checks.

The same query engine as Browse (`core.search_query` parses, `storage.browse_query` runs it), so
a teacher's script and the window always agree. Bank text is printed through
`core.printable.for_terminal`, like every command's: an escape sequence in a crafted bank is
shown as an escape, never sent to the terminal.
"""

from __future__ import annotations

import argparse
import json
import re

from studyapp.commands import add_clock
from studyapp.core.printable import for_terminal, json_for_terminal
from studyapp.core.search_query import parse
from studyapp.storage.browse_query import COLUMN_NAMES, BrowseQuery  # BrowseQuery: the type search returns


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_query(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--sort", choices=COLUMN_NAMES, default="bank", help="sort by this column (default: bank order)")
    p.add_argument("--desc", action="store_true", help="sort in descending order")
    add_clock(p)


def add_query(p: argparse.ArgumentParser) -> None:
    # A search term may start with '-' (`-is:suspended`, `-lavrov`): argparse takes such words for
    # options it does not know, unless they "look like negative numbers". Every single-dash word
    # is made to look like one here (-h still asks for help: known options are matched first).
    p._negative_number_matcher = re.compile(r"^-(?!-)")
    p.add_argument("query", nargs="*", metavar="QUERY",
                   help='words and filters, as in Browse: bank:ID topic:T type:T id:ID is:due|new|learn|review|'
                        'suspended|buried|leech|flagged flag:0-4 "a phrase" -word (no QUERY: every question)')


def search(progress, args: argparse.Namespace, now, sort: str = "bank", descending: bool = False) -> tuple[BrowseQuery, list[int]]:
    """Row ids of what the query finds, the search text made first for questions that need it."""
    from studyapp.core.scheduling import day_bounds
    from studyapp.paths import AppDirs
    from studyapp.settings import Settings

    query = parse(" ".join(args.query))  # a bad query is reported before anything is opened
    settings = Settings.load(AppDirs.resolve(args.data_dir).settings_file)
    _start, end = day_bounds(now, settings.day_starts_at_hour, settings.tzinfo)
    browse = progress.browse
    browse.refresh_text(progress.bank_shelf())
    return browse, browse.find(query, now, end, sort=sort, descending=descending)


def run(args: argparse.Namespace) -> int:
    from studyapp.commands.banks import open_store

    parse(" ".join(args.query))
    progress, now = open_store(args)
    with progress:
        browse, ids = search(progress, args, now, args.sort, args.desc)
        rows = browse.rows(ids)
    found = [{"id": r.key.question_id, "bank": r.key.bank_id, "topic": r.topic, "type": r.type,
              "state": r.state(now), "flag": r.flag, "prompt": r.prompt, "answer": r.answer} for r in rows]
    if args.json:
        print(json_for_terminal(json.dumps(found, ensure_ascii=False, indent=2)))
        return 0
    if not found:
        print("No questions match.")
        return 0
    head = ("id", "bank", "topic", "type", "state")
    table = [head] + [tuple(for_terminal(q[c]) for c in head) for q in found]
    widths = [max(len(t[i]) for t in table) for i in range(len(head))]
    prompts = ["prompt"] + [for_terminal(q["prompt"]) for q in found]
    for cells, prompt in zip(table, prompts):
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)) + "  " + prompt)
    return 0
