"""Core benchmark: studyapp's storage and study session against Anki's own engine, same workload.

    python benchmarks/bench_core.py            # 100,000 questions, 1,000,000 review rows, both engines,
                                               # as 100 bank files of 1,000 and as 1,000 files of 100
    python benchmarks/bench_core.py --small    # 10,000 questions, 100,000 reviews: a quick look
    python benchmarks/bench_core.py --files 1000   # one shape only (--bank-size N: files of N questions)
    python benchmarks/bench_core.py --engines studyapp    # without the `anki` package

Anki comes from the `bench` extra (`pip install -e ".[bench]"`).

What is measured, per engine, each phase in a fresh subprocess so that peak memory (the
process's maximum resident set, from getrusage) is not mixed between engines or with the
synthetic setup:

- load:   the question files on disk -> committed rows in a fresh database. studyapp: the
          folder of bank files imported as a teacher does (`studyapp import folder/`, i.e.
          exchange.importing.import_path: each file read, validated and installed, copied
          into the data folder, one backup, one transaction and one commit for the folder). Anki: Collection.import_csv of one
          CSV with the same prompts and answers.
- history (setup, not measured): 1,000,000 review rows and the matching card states (60% of
          the questions studied, due dates spread from 3 days ago to 60 days ahead) written
          straight into each engine's SQLite file with executemany.
- study:  open the database as the app does, then answer `--answers` questions in a loop.
          studyapp: open Progress, take its bank shelf (banks read when a question of theirs
          is first needed, from the cache written at install), StudySession.start, then per
          question submit (grading) and rate; Anki: sched.get_queued_cards then
          sched.answer_card. Both use FSRS and the same sequence of ratings.
          "record an answer" is studyapp's rate() up to the committed review (the rating's state,
          worked out when the answer was shown, moved to the moment of rating; review row + card
          update in one transaction, synchronous=FULL) and Anki's answer_card with the state
          get_queued_cards gave the card (which commits and fsyncs each answer too, also
          synchronous=FULL in WAL); both engines work out a card's next states before the rating;
          "next question" is the rest of rate() (choose and present the next question) and
          Anki's get_queued_cards.

Each shape of the library (`--files`: how many bank files hold the questions) is a run of its
own, both engines, every phase, in a folder of its own; Anki imports the same CSV in each, so
every ratio compares numbers from the same few minutes.

Numbers are printed, never asserted: this is not part of the test suite.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 20220121
STUDIED = 0.6  # share of the questions with a review history

TARGETS = {
    "load": "ratio <= 1.0",
    "pick": "<=3x, <=0.1 ms",  # issue 18: and at 1,000 banks
    "answer": "ratio <= 1.2",  # issue 18: synchronous=FULL in both, the same fsync floor
    "memory": "<= 200 MB",
    "database": "ratio <= 1.3",  # issue 18: the same library and history
}


@dataclass(frozen=True)
class Workload:
    questions: int
    reviews: int
    answers: int
    bank_size: int
    seed: int = SEED

    @property
    def banks(self) -> int:
        return -(-self.questions // self.bank_size)


# -- the synthetic library, shared by both engines --------------------------------------------

KINDS = ("typed", "choice", "flash", "date", "typed", "choice", "order", "flash")
WORDS = ("treaty", "ceasefire", "summit", "sanctions", "minister", "border", "pipeline", "talks",
         "delegation", "security", "guarantee", "troops", "embassy", "statement", "proposal", "vote")


def question_fields(i: int, rng: random.Random) -> dict:
    """One question of the synthetic library: realistic lengths, every auto-graded shape."""
    kind = KINDS[i % len(KINDS)]
    w = [rng.choice(WORDS) for _ in range(6)]
    q = {
        "id": f"q{i:06d}",
        "type": kind,
        "topic": ("context", "dates", "demands", "who-said-what")[i % 4],
        "explanation": f"The article says the {w[0]} on the {w[1]} came after the {w[2]} ({i}).",
        "source": f"Officials said the {w[0]} and the {w[1]} would be discussed at the {w[2]} on day {i}.",
    }
    if kind == "typed":
        q.update(prompt=f"What was discussed with the {w[3]} at meeting {i}?", answer=f"the {w[4]} {i}")
    elif kind == "choice":
        q.update(prompt=f"Which {w[3]} was agreed at meeting {i}?",
                 choices=[f"the {w[k]} {i}" for k in range(3, 6)] if len({*w[3:6]}) == 3
                 else [f"option {k} {i}" for k in range(3)])
        q["answer"] = q["choices"][0]
    elif kind == "flash":
        q.update(prompt=f"What did the {w[3]} say about the {w[4]} ({i})?", answer=f"That the {w[5]} must wait.")
    elif kind == "date":
        q.update(prompt=f"When was the {w[3]} of meeting {i} signed?",
                 answer=f"{2000 + i % 24}-{1 + i % 12:02d}-{1 + i % 28:02d}")
    else:
        q.update(prompt=f"Put the events of meeting {i} in order.",
                 items=[f"The {w[3]} {i}", f"The {w[4]} {i}", f"The {w[5]} {i} ends"])
        if len(set(q["items"])) < 3:
            q["items"] = [f"First {i}", f"Second {i}", f"Third {i}"]
    return q


def front_back(q: dict) -> tuple[str, str]:
    """The same question as an Anki note: prompt (and options) in front, answer and notes behind."""
    front = q["prompt"]
    if q["type"] == "choice":
        front += "<br>" + " / ".join(q["choices"])
    if q["type"] == "order":
        front += "<br>" + " / ".join(sorted(q["items"]))
    answer = " → ".join(q["items"]) if q["type"] == "order" else q["answer"]
    return front, f"{answer}<br>{q['explanation']}<br>{q['source']}"


def library(w: Workload):
    """Yield (bank number, question fields) for every question, deterministically."""
    rng = random.Random(w.seed)
    for i in range(w.questions):
        yield i // w.bank_size, question_fields(i, rng)


def write_library(w: Workload, folder: Path) -> tuple[list[Path], Path]:
    """The studyapp bank files (TOML, in folder/banks) and the Anki CSV, with the same questions in
    the same order."""
    import tomli_w

    (folder / "banks").mkdir(parents=True, exist_ok=True)
    banks: list[list[dict]] = [[] for _ in range(w.banks)]
    csv_path = folder / "library.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter="\t")
        for b, q in library(w):
            banks[b].append(q)
            out.writerow(front_back(q))
    paths = []
    for b, questions in enumerate(banks):
        doc = {
            "bank": {"id": f"bench-{b:04d}", "version": 1, "title": f"Benchmark bank {b:04d}",
                     "source": {"title": f"Synthetic article {b}", "publisher": "Bench"}},
            "questions": questions,
        }
        path = folder / "banks" / f"bench-{b:04d}.toml"
        path.write_bytes(tomli_w.dumps(doc).encode("utf-8"))
        paths.append(path)
    return paths, csv_path


@dataclass(frozen=True)
class Studied:
    index: int          # question number in library order
    reviews: int        # history rows for it
    due_days: int       # next due, days from now (negative: overdue)
    stability: float
    difficulty: float
    last_days: int      # last reviewed, days ago


def history_plan(w: Workload):
    """Which questions have a history, how long, and their card state; the same for both engines."""
    rng = random.Random(w.seed + 1)
    studied = sorted(rng.sample(range(w.questions), int(w.questions * STUDIED)))
    base, extra = divmod(w.reviews, len(studied))
    for n, i in enumerate(studied):
        yield Studied(i, base + (1 if n < extra else 0), rng.randint(-3, 60), round(rng.uniform(1, 100), 2),
                      round(rng.uniform(1, 10), 2), rng.randint(1, 30))


def rating_sequence(w: Workload) -> list[int]:
    """The ratings given in the study loop: mostly Good, as a student's would be."""
    return random.Random(w.seed + 2).choices([1, 2, 3, 4], weights=[1, 1, 7, 1], k=w.answers)


# -- measuring --------------------------------------------------------------------------------

def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def ms(seconds: float) -> float:
    return seconds * 1000


def summary(samples: list[float]) -> dict:
    if not samples:
        raise SystemExit("nothing was left to study: run on a fresh --dir (a study phase uses up the due cards)")
    s = sorted(samples)
    return {"median_ms": ms(statistics.median(s)), "p95_ms": ms(s[int(0.95 * (len(s) - 1))]),
            "max_ms": ms(s[-1]), "n": len(s)}


class Turns:
    """Taking turns with the other engine's study process (`run_lockstep`): with BENCH_TURNS=N in the
    environment, `wait(n)` at answer n = 0, N, 2N, ... (and `wait(None)` before opening) says "ready" on
    stdout and blocks until the driver writes a line back, so the two engines answer in alternating
    stretches of N through the same minutes of a shared machine, instead of one engine's phase after the
    other's (their medians once came from a busy and a quiet moment: 6.3 against 0.2 ms). Without it,
    nothing waits. The other process is blocked on a pipe meanwhile: it uses no CPU."""

    def __init__(self):
        self.every = int(os.environ.get("BENCH_TURNS") or 0)

    def waits_at(self, n: int) -> bool:
        """Whether `wait(n)` blocks for the other engine's turn."""
        return bool(self.every) and n % self.every == 0

    def wait(self, n: int | None) -> None:
        if self.every and (n is None or n % self.every == 0):
            sys.stdout.write("ready\n")
            sys.stdout.flush()
            sys.stdin.readline()


def waits(answers: list[float], waited: list[float]) -> dict:
    """Each answer's wait for a CPU (RunQueue): its mean, the share of answers that waited at all, and the
    median of each answer's wall time less its wait (what the answer took on a core and on the disk)."""
    if not waited:
        return {}
    return {"answer_waited_mean_ms": ms(sum(waited) / len(waited)),
            "answer_waited_share": sum(1 for x in waited if x > 0) / len(waited),
            "answer_unwaited": summary([a - x for a, x in zip(answers, waited)])}


class RunQueue:
    """Time this thread spent runnable but waiting for a CPU (Linux's /proc/thread-self/schedstat, second
    field, ns): on a shared 2-core machine an answer that blocks on its fsync often waits for a core again
    when the disk is done, and that wait, not the answer's own work, is most of its wall time under load.
    `read()` is 0 where the file is missing."""

    def __init__(self):
        try:
            self._file = open("/proc/thread-self/schedstat", "rb", buffering=0)  # noqa: SIM115 (kept open)
        except OSError:
            self._file = None

    def read(self) -> float:
        if self._file is None:
            return 0.0
        self._file.seek(0)
        return int(self._file.read(100).split()[1]) / 1e9


def commit_floor(path: Path, n: int = 100) -> dict:
    """A bare one-row commit on a small WAL file with synchronous=FULL: the fsync this disk
    charges every durable answer at this moment, whatever the engine."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    samples = []
    for i in range(n):
        t = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (v) VALUES (?)", (f"answer {i}",))
        db.execute("COMMIT")
        samples.append(time.perf_counter() - t)
    db.close()
    return summary(samples)


# -- studyapp -----------------------------------------------------------------------------------

def table_mb(path: Path, table: str) -> float | None:
    """MiB that a table and its indexes fill in a closed database file (SQLite's dbstat)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        used = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name IN (SELECT name FROM sqlite_master "
                          "WHERE tbl_name = ?)", (table,)).fetchone()[0]
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        return None
    finally:
        db.close()
    return used / 2**20 if used else None


def studyapp_paths(work: Path) -> dict:
    return {"db": work / "studyapp" / "progress.sqlite3", "backups": work / "studyapp" / "backups",
            "banks": work / "studyapp" / "banks"}


def _timed(module, name: str, total: list[float]) -> None:
    """Wrap module.name so its time adds up in total[0] (timed, not changed)."""
    real = getattr(module, name)

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - t
    setattr(module, name, timed)


def studyapp_load(w: Workload, work: Path) -> dict:
    from studyapp.exchange import importing
    from studyapp.storage import progress as progress_module
    from studyapp.storage.progress import Progress

    backups, parse, commit, waited = [0.0], [0.0], [0.0], [0.0]
    _timed(progress_module, "before_import", backups)  # the backup the app takes before an import
    _timed(importing, "read_bank", parse)  # reading, parsing and validating a file in this process
    _timed(progress_module.BankInstalls, "commit", commit)  # the copies synced together, then one commit
    from studyapp.exchange import read_ahead as read_ahead_module

    read_here = [0]  # files this process read itself while the worker was behind (counted here only)
    real_prepared = read_ahead_module.prepared

    def prepared(*args, **kwargs):
        read_here[0] += 1  # in a worker this counts in the worker's copy of the list, not here
        return real_prepared(*args, **kwargs)
    read_ahead_module.prepared = prepared
    real_read_ahead = importing.read_ahead

    def read_ahead(*args, **kwargs):  # the time the store waited for the next file, or read files itself
        reads = real_read_ahead(*args, **kwargs)
        while True:
            t = time.perf_counter()
            try:
                got = next(reads)
            except StopIteration:
                return
            finally:
                waited[0] += time.perf_counter() - t
            yield got
    importing.read_ahead = read_ahead
    p = studyapp_paths(work)
    now = datetime.now(timezone.utc)
    progress = Progress.open(p["db"], p["backups"], now, banks_dir=p["banks"])
    t0, c0 = time.perf_counter(), time.process_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    outcomes = importing.import_path(progress, work / "library" / "banks", now)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the reading workers, joined by now
    workers_cpu = (children.ru_utime + children.ru_stime) - (children0.ru_utime + children0.ru_stime)
    progress.close()
    failed = [o.error for o in outcomes if not o.ok]
    if failed:
        raise SystemExit("\n".join(failed))
    return {"load_s": elapsed, "load_cpu_s": cpu + workers_cpu, "load_main_cpu_s": cpu, "load_workers_cpu_s": workers_cpu,
            "parse_s": parse[0], "waited_s": waited[0], "read_here": read_here[0], "backup_s": backups[0],
            "commit_s": commit[0],
            "banks": len(outcomes), "peak_mb": peak_mb(), "workers_peak_mb": children.ru_maxrss / 1024}


def studyapp_history(w: Workload, work: Path) -> dict:
    """Write the review history and card states straight into the file (setup, not the app's path)."""
    from studyapp.core.scheduling import CardState, Stage
    from studyapp.storage.tables import utc_text

    try:
        from studyapp.storage.review_log import row_values
    except ImportError:  # a checkout from before schema v5, for before/after runs
        row_values = None

    p = studyapp_paths(work)
    now = datetime.now(timezone.utc)
    ratings = [1, 2, 3, 3, 3, 3, 3, 4]
    db = sqlite3.connect(p["db"])
    db.execute("PRAGMA synchronous=OFF")
    pks = [pk for (pk,) in db.execute("SELECT id FROM question ORDER BY bank_id, position")]
    plan = list(history_plan(w))
    t0 = time.perf_counter()

    narrow = "state_after" not in {r[1] for r in db.execute("PRAGMA table_info(review)")}  # schema v5 on

    def reviews():
        start = now - timedelta(days=400)
        step = timedelta(days=365) / max(1, w.reviews)
        k = 0
        for st in plan:
            pk, bank = pks[st.index], f"bench-{st.index // w.bank_size:04d}"
            state = CardState(stage=Stage.REVIEW, stability=st.stability, difficulty=st.difficulty,
                              due=now + timedelta(days=st.due_days), last_review=now - timedelta(days=st.last_days),
                              reps=st.reviews)
            text = None if narrow else state.to_json()
            for r in range(st.reviews):
                k += 1
                stage_before = 0 if r == 0 else 2
                at = start + step * k
                if narrow:  # as the app writes it: the state after as columns (last_review is the answer's time)
                    yield (pk, bank, *row_values(at, ratings[k % 8], True, 1.0, "", 4000, stage_before,
                                                 replace(state, last_review=at)))
                else:
                    yield (pk, bank, utc_text(at), ratings[k % 8], 1, 1.0, "", 4000, stage_before, text, text)

    with db:
        if narrow:
            from studyapp.storage.review_log import INSERT_BY_PK as insert
        else:
            insert = ("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms,"
                      " stage_before, state_before, state_after) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        db.executemany(insert, reviews())
        db.executemany(
            "UPDATE card SET stage=2, stability=?, difficulty=?, due=?, last_review=?, scheduled_days=?, reps=?"
            " WHERE question=?",
            ((st.stability, st.difficulty, utc_text(now + timedelta(days=st.due_days)),
              utc_text(now - timedelta(days=st.last_days)), max(1, st.due_days + st.last_days), st.reviews, pks[st.index])
             for st in plan))
    rows = db.execute("SELECT count(*) FROM review").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"history_s": time.perf_counter() - t0, "review_rows": rows}


class TimedStore:
    """Passes everything to the real Progress; notes when record_review has committed."""

    def __init__(self, store, run_queue: RunQueue | None = None):
        self._store = store
        self._run_queue = run_queue
        self.recorded_at = 0.0
        self.recorded_cpu = 0.0
        self.recorded_waited = 0.0

    def record_review(self, rec):
        review_id = self._store.record_review(rec)
        self.recorded_at = time.perf_counter()
        self.recorded_cpu = time.process_time()
        if self._run_queue is not None:
            self.recorded_waited = self._run_queue.read()
        return review_id

    def __getattr__(self, name):
        return getattr(self._store, name)


def right_answer(q):
    return {"typed": lambda: q.expected, "choice": lambda: q.answer, "date": lambda: q.answer,
            "order": lambda: list(q.items), "quote": lambda: q.speaker,
            "match": lambda: {a: b for a, b in q.pairs}}[q.type]()


def studyapp_study(w: Workload, work: Path) -> dict:
    from studyapp.core.scheduling import Scheduler
    from studyapp.core.session import SessionState, StudySession
    from studyapp.settings import Settings
    from studyapp.storage.progress import Progress

    p = studyapp_paths(work)
    turns = Turns()
    turns.wait(None)
    now = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    progress = Progress.open(p["db"], p["backups"], now, banks_dir=p["banks"])
    shelf = getattr(progress, "bank_shelf", None)
    if shelf is not None:  # banks read when first needed (storage.bank_shelf)
        banks = shelf()
    else:  # before the shelf: every bank parsed at open
        loaded, problems = progress.load_banks()
        if problems:
            raise SystemExit("\n".join(problems))
        banks = {k: v.bank for k, v in loaded.items()}
    opened = time.perf_counter() - t0
    run_queue = RunQueue()
    store = TimedStore(progress, run_queue)
    settings = Settings().with_changes(reviews_per_day=max(200, 2 * w.answers))
    session = StudySession(store, banks, Scheduler(settings), rng=random.Random(w.seed))
    t = time.perf_counter()
    state = session.start(datetime.now(timezone.utc))
    first_pick = time.perf_counter() - t
    picks, answers, grades, pick_cpu, answer_cpu, waited, between = [], [], [], [], [], [], []
    for n, rating in enumerate(rating_sequence(w)):
        if state != SessionState.ASKING:
            break
        turns.wait(n)
        committed = store.recorded_at if n and not turns.waits_at(n) else None
        q = session.current.question
        t = time.perf_counter()
        if q.self_graded:
            session.reveal(datetime.now(timezone.utc))
        else:
            session.submit(right_answer(q), datetime.now(timezone.utc))
        grades.append(time.perf_counter() - t)
        q = run_queue.read()
        t, c = time.perf_counter(), time.process_time()
        if committed is not None:
            between.append(t - committed)
        state = session.rate(rating, datetime.now(timezone.utc))
        end, end_cpu = time.perf_counter(), time.process_time()
        answers.append(store.recorded_at - t)
        picks.append(end - store.recorded_at)
        answer_cpu.append(store.recorded_cpu - c)
        pick_cpu.append(end_cpu - store.recorded_cpu)
        waited.append(store.recorded_waited - q)
    sync = progress.engine.connect()
    synchronous = sync.exec_driver_sql("PRAGMA synchronous").scalar()
    sync.close()
    reviews = progress.review_count()
    progress.close()
    if getattr(banks, "problems", None):
        raise SystemExit("\n".join(banks.problems))
    floor = commit_floor(work / "studyapp" / "floor.sqlite3")
    return {"open_s": opened, "first_pick_ms": ms(first_pick), "pick": summary(picks), "answer": summary(answers),
            "pick_cpu": summary(pick_cpu), "answer_cpu": summary(answer_cpu), "grade": summary(grades), "answered": len(answers), "review_rows": reviews,
            "between": summary(between) if between else None,
            **waits(answers, waited),
            "synchronous": synchronous, "db_mb": p["db"].stat().st_size / 2**20,
            "log_mb": table_mb(p["db"], "review"), "floor": floor,
            "peak_mb": peak_mb()}


# -- Anki -------------------------------------------------------------------------------------

def anki_path(work: Path) -> Path:
    return work / "anki" / "collection.anki2"


def anki_load(w: Workload, work: Path) -> dict:
    from anki import import_export_pb2
    from anki.collection import Collection, ImportCsvRequest

    path = anki_path(work)
    path.parent.mkdir(parents=True, exist_ok=True)
    col = Collection(str(path))
    col.set_config("fsrs", True)
    csv_path = str((work / "library" / "library.csv").resolve())
    t0, c0 = time.perf_counter(), time.process_time()
    metadata = col.get_csv_metadata(csv_path, import_export_pb2.CsvMetadata.Delimiter.TAB)
    metadata.deck_name = "Bench"
    log = col.import_csv(ImportCsvRequest(path=csv_path, metadata=metadata))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    added = len(log.log.new)
    did = col.decks.id("Bench", create=False)
    col.decks.select(did)
    conf = col.decks.config_dict_for_deck_id(did)
    conf["new"]["perDay"] = 20
    conf["rev"]["perDay"] = max(200, 2 * w.answers)
    col.decks.save(conf)
    col.close()
    return {"load_s": elapsed, "load_cpu_s": cpu, "added": added, "peak_mb": peak_mb()}


def anki_history(w: Workload, work: Path) -> dict:
    """Card states and revlog rows written with sqlite3 into the closed collection (setup only)."""
    from anki.collection import Collection

    path = anki_path(work)
    col = Collection(str(path))
    today = col.sched.today
    col.close()
    now_s = int(time.time())
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    cids = [cid for (cid,) in db.execute("SELECT id FROM cards ORDER BY nid, ord")]
    plan = list(history_plan(w))
    t0 = time.perf_counter()
    ratings = [1, 2, 3, 3, 3, 3, 3, 4]

    def revlog():
        start_ms = (now_s - 400 * 86400) * 1000
        step_ms = max(1, 365 * 86400 * 1000 // max(1, w.reviews))
        k = 0
        for st in plan:
            cid = cids[st.index]
            for r in range(st.reviews):
                k += 1
                yield (start_ms + k * step_ms, cid, -1, ratings[k % 8], 10, 5, 0, 4000, 0 if r == 0 else 1)

    with db:
        db.executemany("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
                       " VALUES (?,?,?,?,?,?,?,?,?)", revlog())
        db.executemany(
            "UPDATE cards SET type=2, queue=2, due=?, ivl=?, reps=?, data=? WHERE id=?",
            ((today + st.due_days, max(1, st.due_days + st.last_days), st.reviews,
              json.dumps({"s": st.stability, "d": st.difficulty, "lrt": now_s - st.last_days * 86400}),
              cids[st.index]) for st in plan))
    rows = db.execute("SELECT count(*) FROM revlog").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"history_s": time.perf_counter() - t0, "review_rows": rows}


def anki_study(w: Workload, work: Path) -> dict:
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    path = anki_path(work)
    turns = Turns()
    turns.wait(None)
    t0 = time.perf_counter()
    col = Collection(str(path))
    opened = time.perf_counter() - t0
    t = time.perf_counter()
    queued = col.sched.get_queued_cards()
    first_pick = time.perf_counter() - t
    picks, answers, pick_cpu, answer_cpu, waited, between = [], [], [], [], [], []
    run_queue = RunQueue()
    done = None
    states = {1: "again", 2: "hard", 3: "good", 4: "easy"}
    for n, rating in enumerate(rating_sequence(w)):
        turns.wait(n)
        committed = done if n and not turns.waits_at(n) else None
        t, c = time.perf_counter(), time.process_time()
        queued = col.sched.get_queued_cards()
        q = run_queue.read()
        picked, picked_cpu = time.perf_counter(), time.process_time()
        if not queued.cards:
            break
        if committed is not None:
            between.append(picked - committed)
        card = queued.cards[0]
        answer = CardAnswer(card_id=card.card.id, current_state=card.states.current,
                            new_state=getattr(card.states, states[rating]), rating=rating,
                            answered_at_millis=int(time.time() * 1000), milliseconds_taken=4000)
        col.sched.answer_card(answer)
        done, done_cpu = time.perf_counter(), time.process_time()
        waited.append(run_queue.read() - q)
        picks.append(picked - t)
        answers.append(done - picked)
        pick_cpu.append(picked_cpu - c)
        answer_cpu.append(done_cpu - picked_cpu)
    synchronous = col.db.scalar("PRAGMA synchronous")
    reviews = col.db.scalar("SELECT count(*) FROM revlog")
    col.close()
    floor = commit_floor(work / "anki" / "floor.sqlite3")
    return {"open_s": opened, "first_pick_ms": ms(first_pick), "pick": summary(picks), "answer": summary(answers),
            "pick_cpu": summary(pick_cpu), "answer_cpu": summary(answer_cpu), "answered": len(answers), "review_rows": reviews, "synchronous": synchronous,
            "between": summary(between) if between else None,
            **waits(answers, waited),
            "db_mb": path.stat().st_size / 2**20, "log_mb": table_mb(path, "revlog"), "floor": floor,
            "peak_mb": peak_mb()}


PHASES = {
    "studyapp": {"load": studyapp_load, "history": studyapp_history, "study": studyapp_study},
    "anki": {"load": anki_load, "history": anki_history, "study": anki_study},
}


# -- driver -----------------------------------------------------------------------------------

def run_phase(engine: str, phase: str, w: Workload, work: Path) -> dict:
    """Run one phase in a fresh interpreter; its last stdout line is the JSON result."""
    done = subprocess.run(worker_cmd(engine, phase, w, work), capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"{engine} {phase} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def worker_cmd(engine: str, phase: str, w: Workload, work: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--worker", f"{engine}:{phase}", "--dir", str(work),
            "--questions", str(w.questions), "--reviews", str(w.reviews), "--answers", str(w.answers),
            "--bank-size", str(w.bank_size)]


def run_lockstep(engines: list[str], w: Workload, work: Path, every: int) -> dict:
    """The study phase of every engine at once, each in its own process, taking turns (`Turns`): one opens,
    then the next; then each answers `every` questions while the others wait on their pipe, round after round."""
    procs = {e: subprocess.Popen(worker_cmd(e, "study", w, work), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env={**os.environ, "BENCH_TURNS": str(every)})
             for e in engines}
    results: dict[str, dict] = {}

    def until_ready(engine: str) -> None:
        """Read the engine's lines up to its next "ready", or its result (the last line) when it ends."""
        proc = procs[engine]
        for line in proc.stdout:
            if line.strip() == "ready":
                return
            if line.startswith("{"):
                results[engine] = json.loads(line)
        proc.wait()
        if proc.returncode != 0:
            for p in procs.values():
                if p.poll() is None:
                    p.kill()
            raise SystemExit(f"{engine} study failed (exit {proc.returncode}):\n{proc.stderr.read()}")

    for e in engines:  # each at its first gate: imports done, nothing opened
        until_ready(e)
    while any(p.poll() is None and e not in results for e, p in procs.items()):
        for e, proc in procs.items():
            if e in results or proc.poll() is not None:
                continue
            proc.stdin.write("go\n")
            proc.stdin.flush()
            until_ready(e)
    for e, proc in procs.items():
        proc.wait()
        if e not in results:
            raise SystemExit(f"{e} study gave no result:\n{proc.stderr.read()}")
    return results


def run_all(engines: list[str], w: Workload, work: Path, log, turns: int = 100) -> dict:
    """Phase by phase, engine after engine, so both engines' numbers of one phase come from the
    same few seconds of a shared machine rather than minutes apart."""
    results: dict[str, dict] = {e: {} for e in engines}
    for phase in ("load", "history", "study"):
        if phase == "study" and turns and len(engines) > 1:
            if hasattr(os, "sync"):
                os.sync()
            t = time.perf_counter()
            for engine, r in run_lockstep(engines, w, work, turns).items():
                results[engine][phase] = r
            log(f"  {' and '.join(engines)} study, taking turns of {turns} answers: {time.perf_counter() - t:.1f} s")
            continue
        for engine in engines:
            # The history phases write hundreds of MB unsynced: without this, the kernel's
            # writeback of the previous phase's file slows the next phase's every fsync (the
            # first study phase paid 2.5 ms per answer for it, the second 0.7 ms).
            if hasattr(os, "sync"):
                os.sync()
            t = time.perf_counter()
            results[engine][phase] = run_phase(engine, phase, w, work)
            log(f"  {engine} {phase}: {time.perf_counter() - t:.1f} s")
    for r in results.values():
        r["peak_mb"] = max(r["load"]["peak_mb"], r["study"]["peak_mb"])
    return results


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.3f} ms"
    return f"{value:.0f} MB"


def verdict(metric: str, ours: float, ratio: float | None) -> str:
    if metric == "pick":
        return "met" if ours <= 0.1 and (ratio is None or ratio <= 3.0) else "MISSED"
    ratio_limit = {"load": 1.0, "answer": 1.2, "database": 1.3}.get(metric)
    if ratio_limit is not None:
        return "-" if ratio is None else ("met" if ratio <= ratio_limit else "MISSED")
    limit = {"memory": 200.0}[metric]
    return "met" if ours <= limit else "MISSED"


def table(w: Workload, results: dict) -> str:
    s, a = results.get("studyapp"), results.get("anki")
    rows = [
        ("load", f"load {w.questions:,} questions", "s", lambda r: r["load"]["load_s"]),
        ("pick", "next question (median)", "ms", lambda r: r["study"]["pick"]["median_ms"]),
        ("answer", "record answer, committed (median)", "ms", lambda r: r["study"]["answer"]["median_ms"]),
        ("memory", "peak memory (max RSS)", "MB", lambda r: r["peak_mb"]),
        ("database", "database file (same data)", "MB", lambda r: r["study"]["db_mb"]),
    ]
    head = f"{'metric':<36}{'studyapp':>14}{'Anki':>14}{'ratio':>9}   {'target':<15}{'':>6}"
    lines = [head, "-" * len(head)]
    for metric, label, unit, get in rows:
        ours = get(s) if s else None
        theirs = get(a) if a else None
        ratio = ours / theirs if ours is not None and theirs else None
        lines.append(f"{label:<36}{fmt(ours, unit):>14}{fmt(theirs, unit):>14}"
                     f"{(f'{ratio:.2f}' if ratio is not None else '-'):>9}   {TARGETS[metric]:<15}"
                     f"{verdict(metric, ours, ratio) if ours is not None else '':>6}")
    lines.append("")
    extras = [
        # CPU time moves little with the load of a shared machine; the wall time does.
        ("load, CPU time (all threads, workers)", "s", lambda r: r["load"].get("load_cpu_s")),
        ("first pick (builds the day's queue)", "ms", lambda r: r["study"]["first_pick_ms"]),
        ("next question p95", "ms", lambda r: r["study"]["pick"]["p95_ms"]),
        ("record answer p95", "ms", lambda r: r["study"]["answer"]["p95_ms"]),
        ("bare SQLite commit, FULL (median)", "ms", lambda r: r["study"]["floor"]["median_ms"]),
        ("next question, CPU time (median)", "ms", lambda r: r["study"]["pick_cpu"]["median_ms"]),
        ("record answer, CPU time (median)", "ms", lambda r: r["study"]["answer_cpu"]["median_ms"]),
        # Runnable but waiting for a core (after the fsync, mostly): the machine's load, not the engine's work.
        ("record answer, waiting for a CPU (mean)", "ms", lambda r: r["study"].get("answer_waited_mean_ms")),
        ("record answer, less that wait (median)", "ms",
         lambda r: r["study"]["answer_unwaited"]["median_ms"] if "answer_unwaited" in r["study"] else None),
        # From one answer's commit to the start of the next rating (studyapp: the next question chosen and shown,
        # the answer graded, the ratings' next states worked out; Anki: get_queued_cards, which works them out
        # too). With an idle machine, how long the disk's interrupt CPU has been idle when the commit's write
        # completes (see benchmarks/README.md, issue 18, the cadence of the loop).
        ("from a commit to the next rating (median)", "ms",
         lambda r: r["study"]["between"]["median_ms"] if r["study"].get("between") else None),
        ("open for study (incl. loading banks)", "s", lambda r: r["study"]["open_s"]),
        ("peak memory, load phase", "MB", lambda r: r["load"]["peak_mb"]),
        ("peak memory, study phase", "MB", lambda r: r["study"]["peak_mb"]),
        ("review log + its indexes", "MB", lambda r: r["study"].get("log_mb")),
    ]
    for label, unit, get in extras:
        ours = get(s) if s else None
        theirs = get(a) if a else None
        lines.append(f"{label:<36}{fmt(ours, unit):>14}{fmt(theirs, unit):>14}")
    shares = [r["study"].get("answer_waited_share") if r else None for r in (s, a)]
    if any(x is not None for x in shares):
        lines.append(f"{'answers that waited for a CPU':<36}"
                     + "".join(f"{('-' if x is None else f'{100 * x:.0f}%'):>14}" for x in shares))
    if s:
        lines.append(f"{'studyapp: grading an answer (median)':<36}{fmt(s['study']['grade']['median_ms'], 'ms'):>14}")
        load = s['load']
        if "load_workers_cpu_s" in load:
            lines.append(f"{'studyapp load: CPU here / in worker':<36}"
                         f"{fmt(load['load_main_cpu_s'], 's') + ' / ' + fmt(load['load_workers_cpu_s'], 's'):>14}")
            lines.append(f"{'studyapp load: worker peak memory':<36}{fmt(load['workers_peak_mb'], 'MB'):>14}"
                         "   (a process of its own, beside the load phase's)")
        lines.append(f"{'studyapp load: parsing + validating':<36}{fmt(load['parse_s'], 's'):>14}"
                     "   in the importing process")
        waited = load.get('waited_s', load['parse_s'])
        lines.append(f"{'studyapp load: waiting for reads':<36}{fmt(waited, 's'):>14}"
                     f"   (for the worker, or reading files here: {load.get('read_here', 0)} of {load['banks']})")
        commit = load.get('commit_s', 0.0)
        install = load['load_s'] - waited - load['backup_s'] - commit
        lines.append(f"{'studyapp load: installing (rows, copies)':<36}{fmt(install, 's'):>14}"
                     f"   {1000 * install / max(1, s['load']['banks']):.2f} ms a file")
        lines.append(f"{'studyapp load: copies synced + commit':<36}{fmt(commit, 's'):>14}")
        lines.append(f"{'studyapp load: backups before imports':<36}{fmt(s['load']['backup_s'], 's'):>14}")
    for name, r in results.items():
        lines.append(f"{name}: {r['study']['answered']} answers timed, {r['study']['review_rows']:,} review rows, "
                     f"PRAGMA synchronous={r['study']['synchronous']} (2 = FULL)")
    return "\n".join(lines)


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="10,000 questions and 100,000 reviews")
    ap.add_argument("--questions", type=int)
    ap.add_argument("--reviews", type=int)
    ap.add_argument("--answers", type=int, default=200, help="questions answered in the timed loop")
    ap.add_argument("--files", default="100,1000",
                    help="the library's shapes: comma-separated counts of bank files the questions are split into")
    ap.add_argument("--bank-size", type=int, help="questions per studyapp bank file (one shape; instead of --files)")
    ap.add_argument("--engines", default="studyapp,anki", help="comma-separated: studyapp, anki")
    ap.add_argument("--dir", type=Path, help="work folder (default: a temporary one, removed after)")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--turns", type=int, default=100,
                    help="the engines' study phases take turns of this many answers (0: one engine's after the other's)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.questions = args.questions or (10_000 if args.small else 100_000)
    args.reviews = args.reviews if args.reviews is not None else (100_000 if args.small else 1_000_000)
    if args.bank_size:
        args.shapes = [args.bank_size]
    else:
        args.shapes = [max(1, -(-args.questions // int(n))) for n in args.files.split(",") if n.strip()]
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.worker:
        w = Workload(args.questions, args.reviews, args.answers, args.shapes[0])
        engine, phase = args.worker.split(":")
        print(json.dumps(PHASES[engine][phase](w, args.dir)))
        return 0
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(engines) - set(PHASES)
    if unknown:
        raise SystemExit(f"unknown engine(s) {', '.join(sorted(unknown))}; choose from studyapp, anki")
    if "anki" in engines:
        try:
            import anki  # noqa: F401
        except ImportError:
            raise SystemExit('Anki is not installed: pip install -e ".[bench]", or run with --engines studyapp')
    work = args.dir or Path(tempfile.mkdtemp(prefix="studyapp-bench-"))
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    runs = []
    try:
        for bank_size in args.shapes:
            w = Workload(args.questions, args.reviews, args.answers, bank_size)
            # One shape keeps the folder layout of earlier runs; several get a folder each.
            folder = work if len(args.shapes) == 1 else work / f"files-{w.banks}"
            t = time.perf_counter()
            write_library(w, folder / "library")
            log(f"library: {w.questions:,} questions in {w.banks} bank files + CSV, "
                f"{w.reviews:,} review rows planned ({time.perf_counter() - t:.1f} s)")
            load_before = os.getloadavg()
            results = run_all(engines, w, folder, log, args.turns)
            runs.append((w, results, (load_before, os.getloadavg())))
    finally:
        if args.dir is None:
            shutil.rmtree(work, ignore_errors=True)
    for w, results, (load_before, load_after) in runs:
        print(f"\nstudyapp vs Anki {_anki_version() if 'anki' in engines else ''}: {w.questions:,} questions in "
              f"{w.banks:,} bank files of {w.bank_size:,}, {w.reviews:,} review rows, {w.answers} answers, "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
              f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after\n")
        print(table(w, results))
    if args.json:
        shaped = [{"workload": asdict(w), "load_average": list(load), "results": results} for w, results, load in runs]
        # One shape: its record at the top, as before; several: a list of them.
        args.json.write_text(json.dumps(shaped[0] if len(shaped) == 1 else {"shapes": shaped}, indent=2))
    return 0


def _anki_version() -> str:
    try:
        from importlib.metadata import version

        return version("anki")
    except Exception:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
