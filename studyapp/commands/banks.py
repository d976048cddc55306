"""`studyapp banks [--json]`: the installed banks with their version and question counts.

Opens the progress database as the app does (bundled banks are installed on first use), so the
list is the library page's list.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from studyapp.commands import add_clock, now_of, say_waiting
from studyapp.core.printable import for_terminal, json_for_terminal
from studyapp.errors import BankError, StudyAppError
from studyapp.exchange.registry import Read, is_bank_file, read_bank
from studyapp.paths import AppDirs


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_clock(p)


def open_store(args: argparse.Namespace):
    """The progress store for this run, warning (not failing) about bundled banks that did not load."""
    from studyapp.storage.progress import open_progress

    now = now_of(args)
    progress = open_progress(AppDirs.resolve(args.data_dir), now, on_wait=say_waiting)
    for problem in progress.sync_problems:
        print(f"studyapp: warning: a bundled bank was not loaded: {problem}", file=sys.stderr)
    return progress, now


def find_bank(spec: str, data_dir: Path | None) -> Read:
    """A bank file if `spec` names one, else the installed bank with that id."""
    path = Path(spec)
    if path.exists() or is_bank_file(path):
        return read_bank(path)
    from studyapp.storage.progress import open_progress

    with open_progress(AppDirs.resolve(data_dir), datetime.now(timezone.utc), on_wait=say_waiting) as progress:
        shelf = progress.bank_shelf()
    if spec in shelf:
        loaded = shelf.loaded(spec)
        if loaded is None:  # its stored copy no longer reads: the shelf says why
            raise StudyAppError(shelf.problems[-1])
        return Read(loaded)
    known = ", ".join(sorted(shelf)) or "none"
    raise BankError.single(spec, "BANK", f"no such file, and no installed bank has this id (installed: {known})")


def run(args: argparse.Namespace) -> int:
    from studyapp.core.scheduling import day_bounds
    from studyapp.settings import Settings

    progress, now = open_store(args)
    with progress:
        dirs = AppDirs.resolve(args.data_dir)
        settings = Settings.load(dirs.settings_file)
        start, end = day_bounds(now, settings.day_starts_at_hour, settings.tzinfo)
        installed = progress.banks()

        # new / learning / due as study and the library count them: without suspended or buried questions
        counts = {c.bank_id: c for c in progress.marks.without_set_aside(progress.counts(start, end, now), end, now)}
    rows = []
    for b in installed:
        c = counts.get(b.id)
        rows.append({"id": b.id, "title": b.title, "version": b.version, "questions": b.questions,
                     "new": c.new if c else 0, "learning": c.learning if c else 0,
                     "due_today": c.due_today if c else 0, "bundled": b.bundled})
    if args.json:
        print(json_for_terminal(json.dumps(rows, ensure_ascii=False, indent=2)))
        return 0
    if not rows:
        print("No banks installed. Add one with `studyapp import PATH`.")
        return 0
    head = ("bank", "version", "questions", "new", "learning", "due today", "title")
    table = [head] + [(r["id"], str(r["version"]), str(r["questions"]), str(r["new"]), str(r["learning"]),
                       str(r["due_today"]), for_terminal(r["title"])) for r in rows]  # no ESC from a bank
    widths = [max(len(t[i]) for t in table) for i in range(len(head))]
    for t in table:
        cells = [cell.ljust(w) if i in (0, 6) else cell.rjust(w) for i, (cell, w) in enumerate(zip(t, widths))]
        print("  ".join(cells).rstrip())
    return 0
