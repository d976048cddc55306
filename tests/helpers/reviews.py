"""Answering mini.toml questions through the real scheduler and store, as the study session does."""

from __future__ import annotations

from datetime import datetime

from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, Scheduler
from studyapp.settings import Settings
from studyapp.storage.progress import Progress

MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def answer(progress: Progress, qid: str, rating: Rating, now: datetime) -> int:
    """One committed review of a mini.toml question, as the study session records it."""
    key = CardKey("mini", qid)
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, rating, now)
    return progress.record_review(ReviewRecord(key, now, rating, before, after, answer="x"))


def answer_timed(progress: Progress, qid: str, rating: int, when: datetime, duration_ms: int | None = 4000,
                 bank_id: str = "mini") -> int:
    """One committed review that also records right/wrong and the time taken, which the statistics read."""
    key = CardKey(bank_id, qid)
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, Rating(rating), when)
    return progress.record_review(ReviewRecord(key, when, Rating(rating), before, after, answer="x",
                                               correct=rating > 1, duration_ms=duration_ms))
