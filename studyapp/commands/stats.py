"""`studyapp stats [--json]`: per bank, new / learning / due today / mature, today's reviews, retention,
and the questions the student suspended, buried (until the next day) or flagged.

Opens (and if needed creates) the progress database like the app does, so the bundled banks are
installed on first use. Retention is over the last 30 days, of reviews of already-learned cards.
"""

from __future__ import annotations

import argparse
import json
import sys

from studyapp.commands import add_clock, now_of, say_waiting
from studyapp.core.insight import insight_from_totals
from studyapp.core.printable import for_terminal, json_for_terminal
from studyapp.core.records import BankCounts
from studyapp.core.scheduling import day_bounds
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.marks import MarkCounts
from studyapp.storage.progress import open_progress

FIELDS = ("total", "new", "learning", "due_today", "mature", "reviews_today", "retention_30d", "reviews_30d")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_clock(p)


def run(args: argparse.Namespace) -> int:
    dirs = AppDirs.resolve(args.data_dir)
    now = now_of(args)
    settings = Settings.load(dirs.settings_file)
    start, end = day_bounds(now, settings.day_starts_at_hour, settings.tzinfo)
    with open_progress(dirs, now, on_wait=say_waiting) as progress:
        for problem in progress.sync_problems:
            print(f"studyapp: warning: a bundled bank was not loaded: {for_terminal(problem)}", file=sys.stderr)
        # new / learning / due today as study and the library's "left today" count them: a suspended
        # or still-buried question is not today's work (it is in its own column)
        counts = progress.marks.without_set_aside(progress.counts(start, end, now), end, now)
        marks = progress.marks.counts(now)
        # The statistics page's figures, summed in SQL (storage.insight_totals): a million answers
        # are never read into Python, which took seconds.
        hour, tz = settings.day_starts_at_hour, settings.tzinfo
        figures = insight_from_totals(progress.totals.everything(now, hour, tz), now, hour, tz) if args.json else None
    if args.json:
        print(json_for_terminal(json.dumps({  # bank text: no ESC, C1 or bidi character reaches the terminal
            "now": now.isoformat(), "day_start": start.isoformat(), "day_end": end.isoformat(),
            "banks": [as_dict(c, marks.get(c.bank_id)) for c in counts],
            "insight": figures.to_dict(),  # the statistics page's figures (studyapp.core.insight)
        }, ensure_ascii=False, indent=2)))
        return 0
    print(table(counts, marks))
    return 0


def as_dict(c: BankCounts, marks: MarkCounts | None = None) -> dict:
    d = {"id": c.bank_id, "title": c.title}
    d.update({f: getattr(c, f) for f in FIELDS})
    d["retention_30d"] = None if c.retention_30d is None else round(c.retention_30d, 4)
    m = marks or MarkCounts()
    d.update(suspended=m.suspended, buried=m.buried, flagged=m.flagged)
    return d


def table(counts: list[BankCounts], marks: dict[str, MarkCounts] | None = None) -> str:
    if not counts:
        return "No banks installed. Import one in the app, or put it in the data folder's banks."
    head = ("bank", "total", "new", "learning", "due today", "mature", "reviews today", "retention 30d",
            "suspended", "buried", "flagged")
    rows = [head]
    for c in counts:
        retention = "-" if c.retention_30d is None else f"{c.retention_30d:.0%} of {c.reviews_30d}"
        m = (marks or {}).get(c.bank_id) or MarkCounts()
        rows.append((for_terminal(c.bank_id), str(c.total), str(c.new), str(c.learning), str(c.due_today),
                     str(c.mature), str(c.reviews_today), retention, str(m.suspended), str(m.buried), str(m.flagged)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths)))
             for r in rows]
    return "\n".join(lines)

