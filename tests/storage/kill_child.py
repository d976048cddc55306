"""Kill-test helper: a zygote that forks workers doing one kind of risky work, to be SIGKILLed.

The zygote imports studyapp once and forks a fresh worker per run (the import costs more than
the work being interrupted); it never opens the database itself. Workers print a line only after
the work it names has returned, i.e. committed or renamed into place:

    import:   "RECORDED id"  after an answer;  "IMPORTED version"  after install_bank of mini v<version>
    backup:   "RECORDED id"  after an answer;  "BACKUP path n"     after make_backup (n = reviews before it)
    migrate:  "MIGRATED"     after open_progress upgraded the v1 file the test put in place

Usage: kill_child.py MODE DATA_DIR VARIANTS_DIR; stdin lines "run SEED"; stdout "PID n" / "EXIT n STATUS".
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.backups import make_backup
from studyapp.storage.progress import open_progress
from zygote_child import say, serve, warm_up

T0 = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)
QIDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def answer(progress, rng: random.Random, now: datetime) -> int:
    key = CardKey("mini", rng.choice(QIDS))
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, Rating.GOOD, now)
    return progress.record_review(ReviewRecord(key, now, Rating.GOOD, before, after, answer="x"))


def installed_version(progress) -> int:
    return next((b.version for b in progress.banks() if b.id == "mini"), 0)


def worker(mode: str, data_dir: Path, variants: Path, seed: int) -> None:
    rng = random.Random(seed)
    dirs = AppDirs.under(data_dir)
    progress = open_progress(dirs, T0, bundled=[])
    if mode == "migrate":
        say("MIGRATED")
        os.kill(os.getpid(), 19)  # SIGSTOP: wait to be killed
    now = T0 + timedelta(seconds=progress.review_count())
    if mode == "import":
        while True:
            version = installed_version(progress) + 1
            path = variants / f"v{version}" / "mini.toml"
            if path.exists():  # after the last variant, only answers
                progress.install_bank(load_bank(path), now)
                say(f"IMPORTED {version}")
            now += timedelta(seconds=1)
            say(f"RECORDED {answer(progress, rng, now)}")
    if mode == "backup":
        if installed_version(progress) == 0:
            progress.install_bank(load_bank(variants / "v1" / "mini.toml"), now)
        while True:
            for _ in range(rng.randint(1, 3)):
                now += timedelta(seconds=1)
                say(f"RECORDED {answer(progress, rng, now)}")
            count = progress.review_count()
            path = make_backup(dirs.database, dirs.backups, now, "auto")
            say(f"BACKUP {path} {count}")


def main() -> None:
    mode, data_dir, variants = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    warm_up(T0)
    serve(lambda seed: worker(mode, data_dir, variants, seed))


if __name__ == "__main__":
    main()
