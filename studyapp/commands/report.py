"""`studyapp report [BANK_ID...] --to FILE`: the teacher's progress report as .pdf or .csv.

Per bank: mastery by topic, retention, time spent and the questions still weak. Without bank
ids, every installed bank is in the report. Opens the progress database like the app does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.commands import add_clock, now_of, say_waiting
from studyapp.core.printable import for_terminal
from studyapp.exchange.progress_report import FORMATS


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("banks", nargs="*", metavar="BANK_ID", help="installed bank ids (default: every installed bank)")
    p.add_argument("--to", required=True, type=Path, metavar="FILE",
                   help=f"where to write; its extension picks the form ({', '.join(FORMATS)})")
    add_clock(p)


def run(args: argparse.Namespace) -> int:
    from studyapp.exchange.progress_report import collect_reports, write_progress_report
    from studyapp.paths import AppDirs
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress

    dirs = AppDirs.resolve(args.data_dir)
    now = now_of(args)
    settings = Settings.load(dirs.settings_file)
    with open_progress(dirs, now, on_wait=say_waiting) as progress:
        for problem in progress.sync_problems:
            print(f"studyapp: warning: a bundled bank was not loaded: {for_terminal(problem)}", file=sys.stderr)
        reports = collect_reports(progress, args.banks or None, now, settings.day_starts_at_hour, settings.tzinfo)
    write_progress_report(reports, args.to)
    names = ", ".join(for_terminal(r.bank_id) for r in reports) or "no banks"
    print(f"wrote {for_terminal(str(args.to))}: progress report for {names}")
    return 0
