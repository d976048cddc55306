"""Crash-safety helper: a zygote that forks study workers for tests/storage/test_crash_safety.py.

Importing studyapp, SQLAlchemy and fsrs takes longer than the work we want to interrupt, so this
process imports once and forks a fresh worker per run; the test SIGKILLs the worker at a random
moment. The zygote itself never opens the database, so no connection is shared across a fork.

Protocol on stdin/stdout (one line each):
    test -> "run SEED"             zygote -> "PID n", later "EXIT n STATUS" once the worker is gone
    worker -> "RECORDED review_id question_id rating"   printed only after `rate` returned,
                                                        i.e. after the transaction committed
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.bank import DateQuestion, FlashQuestion, MatchQuestion, OrderQuestion, TypedQuestion
from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.core.session import SessionState, StudySession
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from zygote_child import say, serve

T0 = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)


def answer_for(p, right: bool):
    q = p.question
    if isinstance(q, FlashQuestion):
        return None
    if isinstance(q, OrderQuestion):
        return list(q.items) if right else list(reversed(q.items))
    if isinstance(q, MatchQuestion):
        return {a: (b if right else "?") for a, b in q.pairs}
    if isinstance(q, TypedQuestion):
        return q.expected if right else "xxxxxxxx"
    if isinstance(q, DateQuestion):
        return q.answer if right else "1900"
    good = q.speaker if q.type == "quote" else q.answer
    return good if right else next(c for c in p.choices if c != good)


def worker(data_dir: Path, bank_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    dirs = AppDirs.under(data_dir)
    progress = open_progress(dirs, T0, bundled=[])
    progress.install_bank(load_bank(bank_path), T0)
    banks = {k: v.bank for k, v in progress.load_banks()[0].items()}
    settings = Settings(new_per_day=9999, learn_ahead_minutes=60, timezone="UTC")
    scheduler = Scheduler(settings, fuzz=False)
    # The clock moves on with every review ever logged, so runs after a kill stay in order.
    now = T0 + timedelta(hours=progress.review_count())
    while True:
        session = StudySession(progress, banks, scheduler, rng=rng)
        session.start(now)
        while session.state == SessionState.ASKING:
            p = session.current
            right = rng.random() < 0.7
            if p.self_graded:
                session.reveal(now)
                rating = Rating.GOOD if right else Rating.AGAIN
            else:
                rating = session.submit(answer_for(p, right), now).suggested_rating
            now += timedelta(minutes=rng.randint(1, 30))
            session.rate(rating, now)
            say(f"RECORDED {session.last_review_id} {p.key.question_id} {int(rating)}")
        now += timedelta(days=rng.randint(1, 20))


def main() -> None:
    data_dir, bank_path = Path(sys.argv[1]), Path(sys.argv[2])
    serve(lambda seed: worker(data_dir, bank_path, seed))


if __name__ == "__main__":
    main()
