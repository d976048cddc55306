"""Browse benchmark: how long Browse takes to open, and to search, on a 100,000-question library.

    python benchmarks/bench_browse.py                 # 100,000 questions (100 banks of 1,000), 200,000 reviews
    python benchmarks/bench_browse.py --questions 10000 --reviews 20000
    python benchmarks/bench_browse.py --dir /tmp/bb    # keep (and reuse) the library and database there

The library is bench_core's synthetic one (same questions, same history writer), imported as a
teacher does. Then, in one process with Qt offscreen, as a student would meet it:

- search text: the first Browse after an import makes the prompt / key / search text of every
  new or changed question (`BrowseQuery.refresh_text`); kept in the database afterwards.
- open: View → Browse until the table has its first rows on screen: the window built, the empty
  search run over every question, and the visible rows read (`BrowseWindow` + `BrowseModel`).
- search: a query typed into the search box until its first rows are on screen, for each field.
- the same searches headless (`BrowseQuery.find` + the first 50 rows), what `studyapp find` runs.

Target: first rows within 0.5 s, for opening and for every search. Numbers are printed, never
asserted: this is not part of the test suite (tests/benchmarks/test_bench_browse.py only checks
that it runs on a tiny library).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_core  # noqa: E402  (the synthetic library and history, shared)

TARGET_S = 0.5
SEARCHES = (
    ("", "bank"),
    ("treaty", "bank"),
    ("treaty summit -border", "bank"),
    ('"the ceasefire"', "bank"),
    ("bank:bench-0042", "bank"),
    ("type:order topic:dates", "bank"),
    ("is:due", "due"),
    ("is:new", "bank"),
    ("is:suspended", "bank"),
    ("flag:1", "bank"),
    ("is:leech", "lapses"),
    ("", "prompt"),
    ("", "due"),
    ("", "last_answered"),
)


def build(w: bench_core.Workload, work: Path) -> dict:
    """The library on disk, imported, with its history: skipped when `work` has it already."""
    done = work / "studyapp" / "built.json"
    if done.exists():
        return json.loads(done.read_text())
    bench_core.write_library(w, work / "library")
    load = bench_core.studyapp_load(w, work)
    history = bench_core.studyapp_history(w, work)
    info = {"load_s": load["load_s"], "review_rows": history["review_rows"], "questions": w.questions}
    done.write_text(json.dumps(info))
    return info


def best(samples: list[float]) -> float:
    return statistics.median(samples)


def run(w: bench_core.Workload, work: Path, repeats: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from studyapp.core.records import CardKey
    from studyapp.core.search_query import parse
    from studyapp.storage.browse_query import BrowseQuery
    from studyapp.storage.marks import Marks
    from studyapp.storage.progress import Progress

    built = build(w, work)
    p = bench_core.studyapp_paths(work)
    now = datetime.now(timezone.utc)
    day_end = now + timedelta(hours=12)
    progress = Progress.open(p["db"], p["backups"], now, banks_dir=p["banks"])
    out: dict = {"questions": built["questions"], "review_rows": built["review_rows"]}
    try:
        browse = BrowseQuery(progress.engine)
        with progress.engine.begin() as conn:  # measure the first Browse after an import every time
            conn.exec_driver_sql("DELETE FROM question_text")
        t = time.perf_counter()
        made = browse.refresh_text(progress.bank_shelf())
        out["search_text_s"] = time.perf_counter() - t
        out["search_text_made"] = made
        t = time.perf_counter()
        browse.refresh_text(progress.bank_shelf())
        out["search_text_again_s"] = time.perf_counter() - t
        # Some marks, so those searches find something: 1% suspended, 1% flagged red.
        marks = Marks(progress.engine)
        some = browse.keys(browse.find(parse(""), now, day_end)[::100])
        marks.suspend(some, now)
        marks.flag([CardKey(k.bank_id, k.question_id) for k in some[::2]], 1, now)

        headless = {}
        for text, sort in SEARCHES:
            samples, found = [], 0
            for _ in range(repeats):
                t = time.perf_counter()
                ids = browse.find(parse(text), now, day_end, sort=sort)
                browse.rows(ids[:50])
                samples.append(time.perf_counter() - t)
                found = len(ids)
            headless[f"{text or '(all)'} · sort {sort}"] = {"s": best(samples), "found": found}
        out["headless"] = headless

        app = QApplication.instance() or QApplication([])
        from studyapp.gui.browse_window import BrowseWindow

        opens = []
        for _ in range(repeats):
            t = time.perf_counter()
            window = BrowseWindow(progress, lambda: now, lambda: day_end)
            window.show()
            window.first_rows_shown()  # the rows on screen have been read
            opens.append(time.perf_counter() - t)
            rows = window.model.rowCount()
            window.close()
            window.deleteLater()
            app.processEvents()
        out["open_s"] = best(opens)
        out["open_rows"] = rows
        window = BrowseWindow(progress, lambda: now, lambda: day_end)
        window.show()
        window.first_rows_shown()
        gui = {}
        for text, sort in SEARCHES:
            samples = []
            for _ in range(repeats):
                t = time.perf_counter()
                window.sort_by(sort)
                window.search(text)
                window.first_rows_shown()
                samples.append(time.perf_counter() - t)
            gui[f"{text or '(all)'} · sort {sort}"] = {"s": best(samples), "found": window.model.rowCount()}
        out["gui"] = gui
        window.close()
    finally:
        progress.close()
    return out


def report(out: dict) -> str:
    lines = [f"Browse on {out['questions']:,} questions, {out['review_rows']:,} review rows "
             f"(load average {os.getloadavg()[0]:.1f})", ""]
    lines.append(f"search text made on the first Browse after an import: {out['search_text_s']:.2f} s "
                 f"({out['search_text_made']:,} questions); afterwards: {out['search_text_again_s'] * 1000:.0f} ms")
    ok = "met" if out["open_s"] <= TARGET_S else "missed"
    lines.append(f"open Browse to first rows: {out['open_s'] * 1000:.0f} ms ({out['open_rows']:,} rows) "
                 f"target ≤ {TARGET_S * 1000:.0f} ms: {ok}")
    lines.append("")
    lines.append(f"{'search · sort':<40} {'found':>8} {'Browse':>9} {'headless':>9}")
    for name, g in out["gui"].items():
        h = out["headless"][name]
        flag = "" if g["s"] <= TARGET_S else "  (over target)"
        lines.append(f"{name:<40} {g['found']:>8,} {g['s'] * 1000:>6.0f} ms {h['s'] * 1000:>6.0f} ms{flag}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=100_000)
    ap.add_argument("--reviews", type=int, default=200_000)
    ap.add_argument("--bank-size", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3, help="each timing is the median of this many")
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--json", type=Path, default=None, help="also write the raw numbers here")
    args = ap.parse_args(argv)
    w = bench_core.Workload(args.questions, args.reviews, 0, args.bank_size)
    with tempfile.TemporaryDirectory(prefix="bench-browse-") as tmp:
        work = args.dir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        (work / "studyapp").mkdir(exist_ok=True)
        out = run(w, work, args.repeats)
    print(report(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
