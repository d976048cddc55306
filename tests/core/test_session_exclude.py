"""Suspended and buried questions in a session: left out of every mode, skipped while shown, undone."""

from __future__ import annotations

import random
from datetime import timezone

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Scheduler
from studyapp.core.session import Mode, SessionError, SessionState, StudySession
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import MINI_IDS


@pytest.fixture
def store(data_dir, now, mini_bank_path):
    p = open_progress(AppDirs.under(data_dir), now, bundled=[])
    p.install_bank(load_bank(mini_bank_path), now)
    yield p
    p.close()


def make(store, exclude, mode=Mode.STUDY):
    # Siblings are not buried here, so that every question not excluded comes up on the first day.
    return StudySession(store, store.bank_shelf(), Scheduler(Settings(bury_siblings=False), fuzz=False),
                        rng=random.Random(3),
                        mode=mode, tz=timezone.utc, exclude=exclude)


def shown(session, now) -> list[str]:
    seen = []
    while session.state == SessionState.ASKING:
        seen.append(session.current.key.question_id)
        session.skip(now)
    return seen


@pytest.mark.parametrize("mode", [Mode.STUDY, Mode.PRACTICE])
def test_excluded_questions_are_never_shown(store, now, mode):
    out = {CardKey("mini", "q-quote"), CardKey("mini", "q-flash")}
    session = make(store, out, mode)
    session.start(now)
    assert sorted(shown(session, now)) == sorted(set(MINI_IDS) - {"q-quote", "q-flash"})


def test_an_exam_draws_from_the_rest(store, now):
    session = make(store, {CardKey("mini", q) for q in MINI_IDS if q != "q-date"}, Mode.EXAM)
    session.start(now)
    assert session.exam_total == 1 and session.current.key.question_id == "q-date"
    with pytest.raises(SessionError, match="finish it first"):
        session.skip(now)


def test_skip_records_nothing_and_undo_brings_the_question_back(store, now):
    exclude: set[CardKey] = set()
    session = make(store, exclude)
    session.start(now)
    first = session.current.key
    exclude.add(first)  # what the study page does when the student presses @
    session.skip(now)
    assert session.current.key != first and session.last_skipped == first
    assert store.review_count() == 0 and session.summary(now).answered == 0
    exclude.discard(first)
    session.undo(now)
    assert session.current.key == first and session.state == SessionState.ASKING
    assert session.last_skipped is None
