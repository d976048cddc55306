"""Kill a studying process with SIGKILL at random moments; every answer it reported must survive.

One database is reused across all kills. After each kill the file must pass integrity_check,
hold every review the worker printed (it prints only after `rate` returned, i.e. committed), and
every card must match the state logged by its latest review: the review row and the card update
are one transaction, so a kill can never leave one without the other.
"""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from studyapp.storage import review_log
from studyapp.paths import AppDirs
from studyapp.storage.database import integrity_check
from studyapp.storage.progress import Progress
from tests.helpers.zygote import Zygote

HERE = Path(__file__).resolve().parent
KILLS = 50
# When to kill, decided without depending on the machine's speed: after the worker has reported
# a random number of answers (0 = while it is still opening the database), plus a random delay
# shorter than one answer (~20 ms: card read, FSRS, one fsynced transaction), so most kills land
# inside the next answer's work.
MAX_ANSWERS_BEFORE_KILL = 4
EXTRA_DELAY = (0.0, 0.03)

def start_zygote(data_dir: Path, bank: Path) -> Zygote:
    return Zygote(HERE / "crash_child.py", str(data_dir), str(bank))


def check_database(dirs: AppDirs, now: datetime, printed: dict[int, tuple[str, int]]) -> None:
    progress = Progress.open(dirs.database, dirs.backups, now)
    try:
        assert integrity_check(progress.engine) == []
        with progress.engine.connect() as conn:
            rows = {r[0]: (r[1], r[2]) for r in conn.execute(text(
                "SELECT review.id, question.question_id, review.rating FROM review "
                "JOIN question ON question.id = review.question"))}
            missing = {rid: v for rid, v in printed.items() if rows.get(rid) != v}
            assert not missing, f"reported answers lost: {missing}"
            # Every card equals the state logged by its latest review (or is new without one).
            cards = conn.execute(text(
                "SELECT card.stage, card.reps, card.due, (SELECT max(id) FROM review WHERE review.question = card.question) "
                "FROM card")).all()
            latest = {r[0]: r[1:] for r in conn.execute(text(f"SELECT id, {review_log.STATE_COLUMNS} FROM review"))}
        for stage, reps, due, last_id in cards:
            if last_id is None:
                assert (stage, reps, due) == (0, 0, None)
            else:
                state = review_log.state_after(latest[last_id])
                assert (stage, reps) == (int(state.stage), state.reps)
                assert due == state.due.strftime("%Y-%m-%d %H:%M:%S.%f")
    finally:
        progress.close()


@pytest.mark.slow
def test_sigkill_never_loses_a_reported_answer(data_dir, mini_bank_path, now):
    dirs = AppDirs.under(data_dir)
    rng = random.Random(20220121)
    zygote = start_zygote(data_dir, mini_bank_path)
    printed: dict[int, tuple[str, int]] = {}
    killed_mid_run = 0
    try:
        for run in range(KILLS):
            zygote.run(run)
            pid = None
            for line in zygote.lines(None):
                if line.startswith("PID "):
                    pid = int(line.split()[1])
                    break
            wanted, seen = rng.randint(0, MAX_ANSWERS_BEFORE_KILL), 0
            lines = zygote.lines(None)
            while seen < wanted:
                kind, *rest = next(lines).split()
                assert kind == "RECORDED", kind
                printed[int(rest[0])] = (rest[1], int(rest[2]))
                seen += 1
            for line in zygote.lines(time.monotonic() + rng.uniform(*EXTRA_DELAY)):
                kind, *rest = line.split()
                assert kind == "RECORDED", line
                printed[int(rest[0])] = (rest[1], int(rest[2]))
            os.kill(pid, signal.SIGKILL)
            for line in zygote.lines(None):
                kind, *rest = line.split()
                if kind == "EXIT":
                    assert os.WIFSIGNALED(int(rest[1])) and os.WTERMSIG(int(rest[1])) == signal.SIGKILL, \
                        f"worker ended on its own: {zygote.proc.stderr.read1().decode(errors='replace')}"
                    break
                assert kind == "RECORDED", line
                printed[int(rest[0])] = (rest[1], int(rest[2]))
            killed_mid_run += wanted > 0
            check_database(dirs, datetime.now(timezone.utc), printed)
    finally:
        zygote.close()
    print(f"\ncrash safety: {KILLS} kills, {len(printed)} answers reported and all present; "
          f"{killed_mid_run} kills while answering, {KILLS - killed_mid_run} while opening")
