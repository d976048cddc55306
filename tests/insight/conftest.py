"""Insight fixtures: a real progress database with the mini bank, and a helper to answer questions."""

from __future__ import annotations

from datetime import datetime

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import Progress, open_progress


@pytest.fixture
def dirs(data_dir) -> AppDirs:
    return AppDirs.under(data_dir)


@pytest.fixture
def progress(dirs: AppDirs, now: datetime, mini_bank_path):
    p = open_progress(dirs, now, bundled=[])
    p.install_bank(load_bank(mini_bank_path), now)
    yield p
    p.close()


def answer(progress: Progress, qid: str, rating: int, when: datetime, duration_ms: int | None = 4000,
           bank_id: str = "mini") -> int:
    """Answer one question through the real scheduler and store, as the study session does."""
    key = CardKey(bank_id, qid)
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, Rating(rating), when)
    return progress.record_review(ReviewRecord(key, when, Rating(rating), before, after, answer="x",
                                               correct=rating > 1, duration_ms=duration_ms))
