"""The day plan's two reads on a real database: today's reviewed questions and new ones by topic."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import CardState, Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress


def test_new_cards_by_topic_and_reviewed_since(data_dir, now, mini_bank_path):
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        p.install_bank(load_bank(mini_bank_path), now)
        by_topic = p.new_cards_by_topic(["mini"], 1)
        assert [(c.key.question_id, t) for c, t in by_topic] == \
            [("q-quote", "who-said-what"), ("q-choice", "context"), ("q-date", "dates"), ("q-match", "demands")]
        assert len(p.new_cards_by_topic(["mini"], 10)) == 8 and p.new_cards_by_topic(["mini"], 0) == []
        key = CardKey("mini", "q-choice")
        after, _ = Scheduler(fuzz=False).review(CardState(), Rating.GOOD, now - timedelta(days=1))
        p.record_review(ReviewRecord(key, now - timedelta(days=1), Rating.GOOD, CardState(), after))
        assert p.reviewed_since(["mini"], now - timedelta(days=2)) == {key}
        assert p.reviewed_since(["mini"], now) == set()
        assert "q-choice" not in [c.key.question_id for c, _ in p.new_cards_by_topic(["mini"], 10)]


def test_an_answer_dated_after_the_days_end_is_not_one_of_todays(data_dir, now, mini_bank_path):
    """An answer made while the clock was a year ahead is not 'reviewed today' once the clock is right:
    its siblings are not buried and a learning question is not taken for one of today's."""
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        p.install_bank(load_bank(mini_bank_path), now)
        today, future = CardKey("mini", "q-choice"), CardKey("mini", "q-tf")
        for key, when in ((today, now), (future, now + timedelta(days=365))):
            after, _ = Scheduler(fuzz=False).review(CardState(), Rating.GOOD, when)
            p.record_review(ReviewRecord(key, when, Rating.GOOD, CardState(), after))
        start, end = now - timedelta(hours=1), now + timedelta(hours=11)
        assert p.reviewed_since(["mini"], start, end) == {today}
        assert p.reviewed_since(["mini"], start) == {today, future}  # unbounded: every later answer
