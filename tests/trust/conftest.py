"""Trust fixtures: a data folder with a studied bank, and helpers to answer and to damage files."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import Progress, open_progress

MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def answer(progress: Progress, qid: str, rating: Rating, now: datetime) -> int:
    """One committed review of a mini.toml question, as the study session records it."""
    key = CardKey("mini", qid)
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, rating, now)
    return progress.record_review(ReviewRecord(key, now, rating, before, after, answer="x"))


def review_ids(database: Path) -> set[int]:
    import sqlite3

    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM review")}
    finally:
        conn.close()


def damage_page(database: Path, page: int = 2, page_size: int = 4096) -> None:
    """Overwrite one whole b-tree page with garbage, as a failing disk or a stray write would."""
    with open(database, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


@pytest.fixture
def dirs(data_dir: Path) -> AppDirs:
    return AppDirs.under(data_dir)


@pytest.fixture
def studied(dirs: AppDirs, mini_bank_path: Path, now: datetime):
    """A progress store with mini.toml installed and three answers committed; closed after the test."""
    progress = open_progress(dirs, now, bundled=[])
    progress.install_bank(load_bank(mini_bank_path), now)
    for i, qid in enumerate(("q-quote", "q-choice", "q-tf")):
        answer(progress, qid, Rating.GOOD, now + timedelta(minutes=i))
    yield progress
    progress.close()
