"""One-writer test helper: a studyapp process that imports and answers through the Qt-free API.

Each round opens the store (holding the data folder), imports the next version of mini.toml,
answers a few questions and closes it. A line "ACK text" is printed only after the answer whose
`answer` column is `text` has been committed, i.e. acknowledged to the student.

Usage: writer_child.py DATA_DIR VARIANTS_DIR ROUNDS NAME
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress

T0 = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)
QIDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date")
ANSWERS_PER_ROUND = 5


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def main(data_dir: Path, variants: Path, rounds: int, name: str) -> None:
    dirs = AppDirs.under(data_dir)
    scheduler = Scheduler(Settings(), fuzz=False)
    for r in range(rounds):
        now = T0 + timedelta(minutes=r)
        progress = open_progress(dirs, now, bundled=[])
        try:
            version = next((b.version for b in progress.banks() if b.id == "mini"), 0) + 1
            progress.install_bank(load_bank(variants / f"v{version}" / "mini.toml"), now)
            for i, qid in enumerate(QIDS[:ANSWERS_PER_ROUND]):
                key = CardKey("mini", qid)
                before = progress.card_state(key)
                after, _ = scheduler.review(before, Rating.GOOD, now)
                text = f"{name}-r{r}-{i}"
                progress.record_review(ReviewRecord(key, now, Rating.GOOD, before, after, answer=text))
                say(f"ACK {text}")
        finally:
            progress.close()
    say("DONE")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
