"""Choosing the next question from what the session already knows: no query per pick."""

from __future__ import annotations

import random
from datetime import timedelta, timezone

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating, Scheduler, Stage
from studyapp.core.session import SessionState, StudySession
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from tests.core.test_session import right, wrong

UTC = timezone.utc


@pytest.fixture
def store(data_dir, now, mini_bank_path):
    p = open_progress(AppDirs.under(data_dir), now, bundled=[])
    p.install_bank(load_bank(mini_bank_path), now)
    yield p
    p.close()


class CountingStore:
    """The real store, counting the learning-card queries the session makes."""

    def __init__(self, store):
        self._store = store
        self.learning_reads = 0

    def learning_cards(self, bank_ids, until):
        self.learning_reads += 1
        return self._store.learning_cards(bank_ids, until)

    def __getattr__(self, name):
        return getattr(self._store, name)


def _session(store, **settings):
    return StudySession(store, store.bank_shelf(), Scheduler(Settings(**settings), fuzz=False),
                        rng=random.Random(1), tz=UTC)


def _rate(s, when, ok):
    if s.current.self_graded:
        s.reveal(when)
        return s.rate(Rating.GOOD if ok else Rating.AGAIN, when)
    s.submit(right(s.current) if ok else wrong(s.current), when)
    return s.rate(None, when)


def test_picking_the_next_question_reads_no_learning_cards(store, now):
    counting = CountingStore(store)
    s = _session(counting, new_per_day=6, new_order="bank")
    s.start(now)
    at_start = counting.learning_reads  # the day's plan and tally
    seen, when = [], now
    for i in range(8):  # wrong answers make learning cards, which come back among the rest
        if s.state != SessionState.ASKING:
            break
        seen.append((s.current.key.question_id, s.current.stage))
        when += timedelta(seconds=50 + i)  # distinct times: no two learning cards due at once
        _rate(s, when, ok=i % 2 == 0)
    assert any(stage == Stage.LEARNING for _, stage in seen)  # the learning cards were picked
    # The session's own answers keep the day's tally current: no query after the start.
    assert counting.learning_reads == at_start <= 2


def test_learning_cards_due_at_the_same_moment_come_in_the_stores_order(store, now):
    counting = CountingStore(store)
    s = _session(counting, new_per_day=3, new_order="bank", learn_ahead_minutes=0)
    s.start(now)
    first = s.current.key.question_id
    _rate(s, now, ok=False)
    second = s.current.key.question_id
    _rate(s, now, ok=False)  # both due again at now + 1 minute
    third = s.current.key.question_id
    _rate(s, now, ok=True)
    later = now + timedelta(minutes=2)
    assert s.resume(later) == SessionState.ASKING
    expected = [c.key.question_id for c in store.learning_cards(["mini"], later)]
    assert expected[:2] == [first, second] and third not in expected
    assert s.current.key.question_id == expected[0]
