"""`studyapp report [BANK_ID...] --to FILE`: the teacher's progress report as .pdf or .csv.

Per bank: mastery by topic, retention, time spent and the questions still weak. Without bank
ids, every installed bank is in the report. Opens the progress database like the app does.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from studyapp.exchange.progress_report import FORMATS


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("banks", nargs="*", metavar="BANK_ID", help="installed bank ids (default: every installed bank)")
    p.add_argument("--to", required=True, type=Path, metavar="FILE",
                   help=f"where to write; its extension picks the form ({', '.join(FORMATS)})")
    # For tests and reproducible reports: as if it were this UTC time (ISO 8601).
    p.add_argument("--now", type=_parse_now, default=None, help=argparse.SUPPRESS)


def _parse_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time like 2022-01-21T12:00:00+00:00") from None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def run(args: argparse.Namespace) -> int:
    from studyapp.exchange.progress_report import collect_reports, write_progress_report
    from studyapp.paths import AppDirs
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress

    dirs = AppDirs.resolve(args.data_dir)
    now = args.now or datetime.now(timezone.utc)
    settings = Settings.load(dirs.settings_file)
    with open_progress(dirs, now) as progress:
        for problem in progress.sync_problems:
            print(f"studyapp: warning: a bundled bank was not loaded: {problem}", file=sys.stderr)
        reports = collect_reports(progress, args.banks or None, now, settings.day_starts_at_hour, settings.tzinfo)
    write_progress_report(reports, args.to)
    names = ", ".join(r.bank_id for r in reports) or "no banks"
    print(f"wrote {args.to}: progress report for {names}")
    return 0
