"""Backups benchmark: closing the app, a day of sittings and the first start on a big progress file.

    python benchmarks/bench_backups.py            # 100,000 questions, 1,000,000 reviews (~550 MB)
    python benchmarks/bench_backups.py --small    # 10,000 questions, 100,000 reviews: a quick look

The progress file is built with bench_core's data builder (its bank files imported as a teacher
does, then the review history written straight into the file). Then the same day is played twice,
each on its own copy of the folder: "before" with `storage/backups.py` as it was at `--before`
(read from git), "after" with the working tree's. A day is 10 sittings, 50 minutes apart: open
the store as the app does (`open_progress`, the bundled bank included: the first sitting is the
first start), answer 5 questions in the 2nd, 5th and 9th sittings and none in the others, close the store
and make the close backup the way the app does:

- before: `AutoBackup.on_close` on the GUI thread (what the window's close waited for);
- after: the GUI thread only starts a thread running `AutoBackup.on_close` (gui.backups_dialog),
  which is joined to time the copy in the background.

Printed: the close on the GUI thread, the backup in the background, bytes in backups/ after the
10 sittings, and the first and later starts (`open_progress`, which the library waits for).
Numbers are printed, never asserted: this is not part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_core  # noqa: E402  (the shared data builder)

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "c842d9b"  # the commit before compressed, deduplicated, background backups
SITTINGS = 10
ANSWERED = (1, 4, 8)  # the sittings with answers


def old_backups(rev: str, work: Path):
    """storage/backups.py as it was at `rev`, loaded as a module of its own."""
    source = subprocess.run(["git", "show", f"{rev}:studyapp/storage/backups.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = work / "backups_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("backups_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def answer_some(progress, keys, when: datetime) -> None:
    from studyapp.core.records import ReviewRecord
    from studyapp.core.scheduling import Rating, Scheduler

    for i, key in enumerate(keys):
        before = progress.card_state(key)
        after, _ = Scheduler(fuzz=False).review(before, Rating.GOOD, when + timedelta(seconds=i))
        progress.record_review(ReviewRecord(key, when + timedelta(seconds=i), Rating.GOOD, before, after))


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0


def play_day(variant: str, backups_module, data: Path, log) -> dict:
    """Ten sittings on the folder `data`, backups made by `backups_module`."""
    from studyapp.core.records import CardKey
    from studyapp.paths import AppDirs
    from studyapp.storage import progress as progress_module

    dirs = AppDirs.under(data)
    old_import = backups_module.before_import
    # The backup before the bundled bank, as that module made it (the old one had no `bundled`).
    progress_module.before_import = (old_import if variant == "after" else
                                     lambda *a, bundled=False: old_import(*a))
    db = sqlite3.connect(dirs.database)
    rows = db.execute("SELECT bank_id, question_id FROM question ORDER BY id LIMIT 40").fetchall()
    db.close()
    keys = [CardKey(b, q) for b, q in rows]
    start = datetime.now(timezone.utc)
    opens, gui, background = [], [], []
    for sitting in range(SITTINGS):
        now = start + timedelta(minutes=50 * sitting)
        t = time.perf_counter()
        progress = progress_module.open_progress(dirs, now)
        opens.append(time.perf_counter() - t)
        if sitting in ANSWERED:
            answer_some(progress, keys[sitting * 4:sitting * 4 + 5], now + timedelta(minutes=5))
        closing = now + timedelta(minutes=45)
        t = time.perf_counter()
        progress.close()
        auto = backups_module.AutoBackup(dirs.database, dirs.backups)
        if variant == "before":
            auto.on_close(closing)
            gui.append(time.perf_counter() - t)
            background.append(0.0)
        else:
            thread = threading.Thread(target=auto.on_close, args=(closing,), daemon=False)
            thread.start()
            gui.append(time.perf_counter() - t)
            thread.join()
            background.append(time.perf_counter() - t)
        log(f"  {variant} sitting {sitting + 1}: open {opens[-1]:.2f} s, close on the GUI thread {gui[-1]:.3f} s, "
            f"background {background[-1]:.2f} s, backups/ {folder_bytes(dirs.backups) / 1e6:,.0f} MB")
    copies = [p for p in dirs.backups.iterdir() if p.is_file()] if dirs.backups.is_dir() else []
    return {"first_start_s": opens[0], "later_start_s": statistics.median(opens[1:]),
            "close_gui_s": max(gui), "close_gui_median_s": statistics.median(gui),
            "background_max_s": max(background), "background_median_s": statistics.median(background),
            "backups_bytes": folder_bytes(dirs.backups), "copies": len(copies),
            "database_bytes": dirs.database.stat().st_size}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="10,000 questions and 100,000 reviews")
    ap.add_argument("--before", default=BEFORE, help=f"git revision of the 'before' backups module ({BEFORE})")
    ap.add_argument("--only", choices=("before", "after"), help="play the day once, with this variant")
    ap.add_argument("--dir", type=Path, help="work folder (default: a temporary one, removed after)")
    args = ap.parse_args(argv)
    questions, reviews = (10_000, 100_000) if args.small else (100_000, 1_000_000)
    w = bench_core.Workload(questions, reviews, 0, 1000)
    work = args.dir or Path(tempfile.mkdtemp(prefix="studyapp-bench-backups-"))
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    results = {}
    try:
        t = time.perf_counter()
        built = work / "studyapp"
        if not (built / "progress.sqlite3").exists():
            bench_core.write_library(w, work / "library")
            bench_core.studyapp_load(w, work)
            bench_core.studyapp_history(w, work)
        log(f"progress file: {(built / 'progress.sqlite3').stat().st_size / 1e6:,.0f} MB "
            f"({time.perf_counter() - t:.0f} s to build)")
        load_before = os.getloadavg()
        from studyapp.storage import backups as backups_after

        for variant in ("before", "after") if args.only is None else (args.only,):
            data = work / f"day-{variant}"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(built, data, ignore=shutil.ignore_patterns("backups"))
            module = old_backups(args.before, work) if variant == "before" else backups_after
            results[variant] = play_day(variant, module, data, log)
            shutil.rmtree(data, ignore_errors=True)
        load_after = os.getloadavg()
    finally:
        if args.dir is None:
            shutil.rmtree(work, ignore_errors=True)
    db_mb = next(iter(results.values()))["database_bytes"] / 1e6
    print(f"\nbackups: {questions:,} questions, {reviews:,} reviews, progress file {db_mb:,.0f} MB, "
          f"{SITTINGS} sittings (answers in {len(ANSWERED)}), {os.cpu_count()} CPUs, "
          f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after\n")
    rows = [("close the app: on the GUI thread (slowest sitting)", "close_gui_s", "s", "<= 0.3 s"),
            ("backup in the background (slowest / median)", None, "s", "off the GUI thread"),
            ("backups/ after 10 sittings", "backups_bytes", "MB", "<= 1x the database"),
            ("copies kept", "copies", "", ""),
            ("first start (open_progress, bundled bank installed)", "first_start_s", "s", "<= 0.6 s"),
            ("later starts (median)", "later_start_s", "s", "<= 0.6 s")]
    names = list(results)
    print("| measure | " + " | ".join(names) + " | target |")
    print("|---|" + "---|" * len(names) + "---|")
    for label, key, unit, target in rows:
        cells = []
        for name in names:
            r = results[name]
            if key is None:
                cells.append(f"{r['background_max_s']:.2f} / {r['background_median_s']:.2f} s")
            elif unit == "MB":
                cells.append(f"{r[key] / 1e6:,.0f} MB ({r[key] / r['database_bytes']:.2f}x)")
            elif unit == "s":
                cells.append(f"{r[key]:.3f} s")
            else:
                cells.append(str(r[key]))
        print(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
