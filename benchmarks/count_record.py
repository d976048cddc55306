"""Instructions per recorded answer, studyapp against Anki's engine: CPU work that a busy machine does not blur.

    python benchmarks/count_record.py prepare --dir D             # the bench's library and history, both engines
    python benchmarks/count_record.py count --dir D               # instructions per answer, each engine
    python benchmarks/count_record.py count --dir D --answers 200,1200 --engines studyapp

"Record an answer" is what `bench_core.py` times: studyapp's `StudySession.rate()` from its call up to
the committed review (the chosen state moved to the moment of rating, the review row and the card's
state written and committed, synchronous=FULL), and Anki's `answer_card` with the state
`get_queued_cards` gave the card. Each count runs the bench's study loop (grading, the next question,
everything as the bench does it) under `valgrind --tool=callgrind` with collection off, and turns
collection on only around that span of each answer (a callgrind client request through a tiny C
helper built with `cc` on first use), after a few answers of warm-up (statements prepared, caches
filled). The total over the answers, divided by their number, is the count per answer: instructions
run in user space by the process (Python, SQLite, Anki's Rust), not the kernel's (the writes and
the fsync), which `--syscalls` counts by kind with strace instead.

`prepare` builds the bench's synthetic library (default: 100,000 questions in 100 files, 1,000,000
reviews, as `bench_core.py`'s first shape) and each engine's database and history with bench_core's
own phases; every `count` studies a fresh copy of that, so runs before and after a change read the
same files. Anki runs in the interpreter given by `--anki-python` (one with `anki==26.9.3`, the `bench`
extra), since the project's own environment need not have it.

Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_core  # noqa: E402  (the workload, its phases and the study loop's pieces)

WARM_UP = 20  # answers before counting starts: each statement's first preparation, the first pages read
PLANNED = 2_000  # the bench's --answers for every run here: the day's limits (and so the queue) never change

_HELPER_C = r"""
#include <valgrind/callgrind.h>
void count_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""


class CpuClock:
    """Instead of the callgrind toggle (`--native`): adds up the process's user and system CPU time,
    and the wall time, between each pair of calls."""

    def __init__(self):
        self.on, self.user, self.system, self.wall, self.started = False, 0.0, 0.0, 0.0, None

    def __call__(self):
        r, t = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        if self.on:
            u, s, w = self.started
            self.user += r.ru_utime - u
            self.system += r.ru_stime - s
            self.wall += t - w
        else:
            self.started = (r.ru_utime, r.ru_stime, t)
        self.on = not self.on

    def totals(self) -> dict:
        return {"user_s": self.user, "system_s": self.system, "wall_s": self.wall}


def _toggle():
    """The callgrind client request that turns collection on or off (a no-op outside valgrind)."""
    if os.environ.get("COUNT_RECORD_NATIVE"):
        return CpuClock()
    build = Path(tempfile.gettempdir()) / f"studyapp-count-{os.getuid()}"
    lib = build / "count_toggle.so"
    if not lib.exists():
        build.mkdir(exist_ok=True)
        (build / "count_toggle.c").write_text(_HELPER_C)
        done = subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(lib), str(build / "count_toggle.c")],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit("cannot build the callgrind helper (needs cc and valgrind's headers):\n" + done.stderr)
    return ctypes.CDLL(str(lib)).count_toggle


def workload(args) -> bench_core.Workload:
    return bench_core.Workload(args.questions, args.reviews, PLANNED, -(-args.questions // args.files))


# -- the counted loops (run under valgrind) ---------------------------------------------------

def studyapp_loop(w: bench_core.Workload, work: Path, answers: int) -> dict:
    from studyapp.core.scheduling import Scheduler
    from studyapp.core.session import SessionState, StudySession
    from studyapp.settings import Settings
    from studyapp.storage.progress import Progress

    toggle = _toggle()
    p = bench_core.studyapp_paths(work)
    progress = Progress.open(p["db"], p["backups"], datetime.now(timezone.utc), banks_dir=p["banks"])
    store = progress
    real_record = progress.record_review
    counting = [False]

    def record_review(rec):  # collection goes off the moment the review has committed
        review_id = real_record(rec)
        if counting[0]:
            toggle()
        return review_id
    progress.record_review = record_review
    settings = Settings().with_changes(reviews_per_day=max(200, 2 * w.answers))
    session = StudySession(store, progress.bank_shelf(), Scheduler(settings), rng=random.Random(w.seed))
    state = session.start(datetime.now(timezone.utc))
    done = 0
    cpu = []
    for n, rating in enumerate(bench_core.rating_sequence(w)):
        if state != SessionState.ASKING or done == answers:
            break
        q = session.current.question
        if q.self_graded:
            session.reveal(datetime.now(timezone.utc))
        else:
            session.submit(bench_core.right_answer(q), datetime.now(timezone.utc))
        counting[0] = n >= WARM_UP
        now = datetime.now(timezone.utc)
        if counting[0]:
            toggle()
        state = session.rate(rating, now)
        done += counting[0]
    reviews = progress.review_count()
    progress.close()
    return {"answers": done, "review_rows": reviews, **(toggle.totals() if isinstance(toggle, CpuClock) else {})}


def anki_loop(w: bench_core.Workload, work: Path, answers: int) -> dict:
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    toggle = _toggle()
    col = Collection(str(bench_core.anki_path(work)))
    states = {1: "again", 2: "hard", 3: "good", 4: "easy"}
    done = 0
    for n, rating in enumerate(bench_core.rating_sequence(w)):
        if done == answers:
            break
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            break
        card = queued.cards[0]
        counting = n >= WARM_UP
        if counting:
            toggle()
        answer = CardAnswer(card_id=card.card.id, current_state=card.states.current,
                            new_state=getattr(card.states, states[rating]), rating=rating,
                            answered_at_millis=int(time.time() * 1000), milliseconds_taken=4000)
        col.sched.answer_card(answer)
        if counting:
            toggle()
        done += counting
    reviews = col.db.scalar("SELECT count(*) FROM revlog")
    col.close()
    return {"answers": done, "review_rows": reviews, **(toggle.totals() if isinstance(toggle, CpuClock) else {})}


LOOPS = {"studyapp": studyapp_loop, "anki": anki_loop}


# -- driver -------------------------------------------------------------------------------------

def python_of(engine: str, args) -> str:
    return args.anki_python if engine == "anki" else sys.executable


def common_args(args) -> list[str]:
    return ["--questions", str(args.questions), "--reviews", str(args.reviews), "--files", str(args.files)]


def prepare(args) -> None:
    w = workload(args)
    d = args.dir
    d.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    bench_core.write_library(w, d / "library")
    print(f"library: {w.questions:,} questions in {w.banks} files ({time.perf_counter() - t:.1f} s)", file=sys.stderr)
    for engine in args.engines:
        for phase in ("load", "history"):
            cmd = [python_of(engine, args), str(HERE / "bench_core.py"), "--worker", f"{engine}:{phase}",
                   "--dir", str(d), "--questions", str(w.questions), "--reviews", str(w.reviews),
                   "--answers", str(w.answers), "--bank-size", str(w.bank_size)]
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            print(f"{engine} {phase}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    (d / "prepared.json").write_text(json.dumps({"questions": w.questions, "reviews": w.reviews, "files": args.files}))


def fresh_copy(args, engine: str) -> Path:
    """A copy of the prepared engine folder to study in (each count starts from the same files)."""
    run = args.dir / "run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir()
    shutil.copytree(args.dir / engine, run / engine)
    if hasattr(os, "sync"):
        os.sync()  # the copy's writeback would slow the first answers' fsyncs (--native)
    return run


def count(args) -> None:
    prepared = json.loads((args.dir / "prepared.json").read_text())
    args.questions, args.reviews, args.files = prepared["questions"], prepared["reviews"], prepared["files"]
    results = {}
    for engine in args.engines:
        for n in args.answers_list:
            run = fresh_copy(args, engine)
            out = args.dir / f"callgrind.{engine}.{n}.out"
            cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}",
                   python_of(engine, args), str(Path(__file__).resolve()), "worker", "--engine", engine,
                   "--dir", str(run), "--answers", str(n), *common_args(args)]
            if args.syscalls:
                cmd = ["strace", "-f", "-c", "-o", str(args.dir / f"strace.{engine}.{n}.txt"), *cmd[4:]]
            elif args.native:
                cmd = cmd[4:]
            t = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True,
                                  env={**os.environ, "PYTHONHASHSEED": "0", "COUNT_RECORD_NATIVE": "1" if args.native else ""})
            if done.returncode != 0:
                sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
                raise SystemExit(f"{engine} failed (exit {done.returncode})")
            info = json.loads(done.stdout.strip().splitlines()[-1])
            if args.native:
                a = max(1, info["answers"])
                print(f"  {engine:<9} {info['answers']} answers: user {1000 * info['user_s'] / a:.3f} ms, system "
                      f"{1000 * info['system_s'] / a:.3f} ms, wall {1000 * info['wall_s'] / a:.3f} ms an answer "
                      f"(load average {os.getloadavg()[0]:.1f})")
                continue
            if args.syscalls:
                results[(engine, n)] = {**info, "syscalls": (args.dir / f"strace.{engine}.{n}.txt").read_text()}
                print(f"{engine}, {info['answers']} answers: syscalls of the whole run in "
                      f"{args.dir / f'strace.{engine}.{n}.txt'}", file=sys.stderr)
                continue
            total = totals(out)
            results[(engine, n)] = {**info, "instructions": total}
            print(f"{engine}, {info['answers']} answers: {total:,} instructions, "
                  f"{total / max(1, info['answers']):,.0f} an answer ({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    if args.syscalls or args.native:
        return
    print(f"\nrecord an answer, instructions (user space; {args.questions:,} questions in {args.files} files, "
          f"{args.reviews:,} reviews, {WARM_UP} answers of warm-up not counted):")
    for engine in args.engines:
        runs = [(n, results[(engine, n)]) for n in args.answers_list]
        line = ", ".join(f"{r['instructions'] / r['answers']:,.0f} over {r['answers']}" for n, r in runs)
        if len(runs) > 1:
            (_, a), (_, b) = runs[0], runs[-1]
            line += (f"; the {b['answers'] - a['answers']} answers between: "
                     f"{(b['instructions'] - a['instructions']) / max(1, b['answers'] - a['answers']):,.0f}")
        print(f"  {engine:<9} {line}")


def totals(path: Path) -> int:
    for line in path.read_text().splitlines():
        m = re.match(r"(?:totals|summary): (\d+)", line)
        if m:
            return int(m.group(1))
    raise SystemExit(f"no totals in {path}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("prepare", "count", "worker"))
    ap.add_argument("--dir", type=Path, required=True, help="work folder (prepare once, count many times)")
    ap.add_argument("--questions", type=int, default=100_000)
    ap.add_argument("--reviews", type=int, default=1_000_000)
    ap.add_argument("--files", type=int, default=100, help="bank files the questions are split into")
    ap.add_argument("--answers", default="200",
                    help=f"answers counted, comma-separated for several runs (at most {PLANNED - WARM_UP})")
    ap.add_argument("--engines", default="studyapp,anki")
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    ap.add_argument("--anki-python", default=os.environ.get("ANKI_PYTHON", sys.executable),
                    help="a Python with anki==26.9.3 (default: $ANKI_PYTHON, else this one)")
    ap.add_argument("--syscalls", action="store_true", help="count system calls with strace instead")
    ap.add_argument("--native", action="store_true",
                    help="no valgrind: user and system CPU time and wall time an answer (getrusage; blurred by load)")
    args = ap.parse_args(argv)
    args.answers_list = [int(n) for n in args.answers.split(",")]
    args.engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if args.action == "worker":
        print(json.dumps(LOOPS[args.engine](workload(args), args.dir, args.answers_list[0])))
    elif args.action == "prepare":
        prepare(args)
    else:
        count(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
