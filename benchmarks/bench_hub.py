"""The class hub at a school's scale, on a throwaway local PostgreSQL. Prints numbers; asserts only
that nothing was lost or doubled.

    python benchmarks/bench_hub.py [--students 200] [--reviews 1000] [--report-students 3000]
                                   [--report-reviews 300000]

1. Push: N students' data folders, each holding R reviews of the Geneva bank, all sync at once
   (spread over P client processes, a thread each, each with its own SQLite file and hub
   connection, as N laptops would; on a small machine the clients' own CPU time counts too). Then
   the hub must hold exactly N x R reviews, R per student, and a second round must send nothing.
   Prints the p50/p95/max time of one student's sync and the wall time of the whole round.
2. Report: the teacher's report over S students and V reviews written straight into the hub
   (ratings and states spread over the bank's questions), the median of 3 runs.

Needs PostgreSQL's server programs (Debian's postgresql package) and the hub extra.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import text  # noqa: E402

from studyapp.core.loader import load_bank  # noqa: E402
from studyapp.core.scheduling import Scheduler  # noqa: E402
from studyapp.hub.connection import hub_engine  # noqa: E402
from studyapp.hub.credentials import HubCredentials  # noqa: E402
from studyapp.hub.report import class_report  # noqa: E402
from studyapp.hub.sync import sync  # noqa: E402
from studyapp.hub.teacher import add_student, init_hub, publish  # noqa: E402
from studyapp.paths import AppDirs  # noqa: E402
from studyapp.settings import Settings  # noqa: E402
from studyapp.storage.progress import open_progress  # noqa: E402
from tests.hub.helpers import GENEVA, fill_reviews  # noqa: E402
from tests.hub.pg_server import PgServer, find_bin  # noqa: E402

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _sync_group(jobs: list[tuple[int, str, HubCredentials]], barrier, results) -> None:
    """One process's share of the students: a thread each, all released together by the barrier."""
    scheduler = Scheduler(Settings(), fuzz=False)

    def one(i: int, folder: str, creds: HubCredentials) -> None:
        try:
            with open_progress(AppDirs.under(Path(folder)), T0, bundled=[]) as progress:
                barrier.wait()
                start = time.perf_counter()
                pushed = sync(progress, creds, scheduler, T0).pushed
                results.put((i, time.perf_counter() - start, pushed, None))
        except BaseException as exc:  # noqa: BLE001 - reported by the parent
            results.put((i, 0.0, 0, repr(exc)))
            barrier.abort()

    threads = [threading.Thread(target=one, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def push_round(folders: list[Path], students: list[HubCredentials], processes: int) -> tuple[list[float], float, int]:
    """Every student syncs at once: `processes` processes (as many laptops' CPUs as can be had
    here), each running its share of the students in threads."""
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(len(folders) + 1)
    results = ctx.Queue()
    groups = [[(i, str(folders[i]), students[i]) for i in range(p, len(folders), processes)] for p in range(processes)]
    workers = [ctx.Process(target=_sync_group, args=(g, barrier, results)) for g in groups if g]
    for w in workers:
        w.start()
    barrier.wait()
    wall = time.perf_counter()
    outcomes = [results.get() for _ in folders]
    wall = time.perf_counter() - wall
    for w in workers:
        w.join()
    failed = [o for o in outcomes if o[3]]
    unreachable = [o for o in failed if "HubUnreachable" in o[3]]
    if len(unreachable) < len(failed):
        raise SystemExit(f"a sync failed: {next(o for o in failed if o not in unreachable)[3]}")
    if unreachable:  # the server was too busy to answer in time: the app tries again at its next tick
        print(f"push: {len(unreachable)} of {len(folders)} syncs timed out connecting; run again, as the app would")
        retry_times, _, retried = push_round([folders[o[0]] for o in unreachable], [students[o[0]] for o in unreachable],
                                             processes)
        return [o[1] for o in outcomes if not o[3]] + retry_times, wall, \
            sum(o[2] for o in outcomes) + retried
    return [o[1] for o in outcomes], wall, sum(o[2] for o in outcomes)


def bench_push(server: PgServer, n_students: int, n_reviews: int, processes: int, scratch: Path) -> None:
    url, _ = server.new_class()
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    template = scratch / "template"
    fill_reviews(template, n_reviews, T0)
    students, folders = [], []
    for i in range(n_students):
        students.append(add_student(teacher, f"Student {i:04d}"))
        folder = scratch / f"s{i:04d}"
        shutil.copytree(template, folder)
        folders.append(folder)
    times, wall, pushed = push_round(folders, students, processes)
    engine = hub_engine(teacher)
    with engine.connect() as conn:
        total, distinct = conn.execute(text("SELECT count(*), count(DISTINCT uid) FROM hub.review")).one()
        per_student = conn.execute(text("SELECT min(n), max(n), count(*) FROM (SELECT count(*) AS n "
                                        "FROM hub.review GROUP BY student) t")).one()
    again_times, again_wall, again = push_round(folders, students, processes)
    with engine.connect() as conn:
        after = conn.execute(text("SELECT count(*) FROM hub.review")).scalar()
    engine.dispose()
    expected = n_students * n_reviews
    ok = total == distinct == after == pushed == expected and tuple(per_student) == (n_reviews, n_reviews, n_students) \
        and again == 0
    print(f"push: {n_students} students x {n_reviews} reviews at once ({processes} processes): hub holds {total} ({distinct} distinct), "
          f"per student {per_student[0]}..{per_student[1]}; second round sent {again}; "
          f"{'nothing lost or doubled' if ok else 'MISMATCH'}")
    print(f"push: one student's sync p50 {statistics.median(times):.2f} s, p95 {pct(times, 95):.2f} s, "
          f"max {max(times):.2f} s; whole round {wall:.1f} s ({expected / wall:,.0f} reviews/s)")
    print(f"push: a sync with nothing new p50 {statistics.median(again_times):.2f} s, "
          f"p95 {pct(again_times, 95):.2f} s")
    if not ok:
        raise SystemExit(1)


def bench_report(server: PgServer, n_students: int, n_reviews: int) -> None:
    url, _ = server.new_class()
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    bank = load_bank(GENEVA).bank
    scheduler = Scheduler(Settings(), fuzz=False)
    # A few real states after a Good and after an Again, so retrievability has work to do.
    from studyapp.core.scheduling import CardState, Rating

    good, _ = scheduler.review(CardState(), Rating.GOOD, T0)
    good, _ = scheduler.review(good, Rating.GOOD, T0 + timedelta(minutes=10))
    again, _ = scheduler.review(good, Rating.AGAIN, T0 + timedelta(days=3))
    engine = hub_engine(teacher)
    start = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO hub.student (role, name) SELECT 'student_' || i, 'Student ' || i "
                          "FROM generate_series(1, :n) AS i"), {"n": n_students})
        conn.execute(text("CREATE TEMP TABLE q (n int, qid text, topic text) ON COMMIT DROP"))
        conn.execute(text("INSERT INTO q VALUES (:n, :qid, :topic)"),
                     [{"n": i, "qid": q.id, "topic": q.topic} for i, q in enumerate(bank.questions)])
        conn.execute(text(
            "INSERT INTO hub.review (uid, student, bank_id, question_id, topic, reviewed_at, rating, answer, "
            "duration_ms, stage_before, state_before, state_after, stage_after, stability, last_review) "
            "SELECT gen_random_uuid(), 'student_' || (1 + i % :s), :bank, q.qid, q.topic, "
            ":t0 + (i || ' minutes')::interval, CASE WHEN i % 5 = 0 THEN 1 ELSE 3 END, '', 4000, "
            "CASE WHEN i % 3 = 0 THEN 2 ELSE 1 END, '{}', CASE WHEN i % 5 = 0 THEN :again ELSE :good END, "
            "CASE WHEN i % 5 = 0 THEN :again_stage ELSE :good_stage END, "
            "CASE WHEN i % 5 = 0 THEN :again_s ELSE :good_s END, :t0 + (i || ' minutes')::interval "
            "FROM generate_series(0, :v - 1) AS i JOIN q ON q.n = (i / :s) % :nq"),
            {"s": n_students, "bank": bank.bank.id, "t0": T0, "v": n_reviews, "nq": len(bank.questions),
             "again": again.to_json(), "good": good.to_json(), "again_stage": int(again.stage),
             "good_stage": int(good.stage), "again_s": again.stability, "good_s": good.stability})
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE hub.review")  # as autovacuum would: the index alone serves
        stored = conn.execute(text("SELECT count(*) FROM hub.review")).scalar()
    engine.dispose()
    print(f"report: {n_students} students, {stored} reviews written in {time.perf_counter() - start:.1f} s")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        report = class_report(teacher, scheduler, T0 + timedelta(days=10))
        runs.append(time.perf_counter() - start)
    seen = sum(s.reviews for s in report.students)
    print(f"report: {len(report.students)} students, {len(report.questions)} questions, {seen} reviews counted; "
          f"median {statistics.median(runs):.2f} s over 3 runs ({', '.join(f'{r:.2f}' for r in runs)})")
    if seen != stored or len(report.students) != n_students:
        raise SystemExit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=8, help="client processes the students are spread over")
    parser.add_argument("--report-students", type=int, default=3000)
    parser.add_argument("--report-reviews", type=int, default=300_000)
    args = parser.parse_args()
    bindir = find_bin()
    if bindir is None:
        print("PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql")
        return 1
    server = PgServer(bindir)
    scratch = Path(tempfile.mkdtemp(prefix="studyapp-bench-hub-"))
    try:
        server.start()
        bench_push(server, args.students, args.reviews, args.processes, scratch)
        bench_report(server, args.report_students, args.report_reviews)
    finally:
        server.destroy()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
