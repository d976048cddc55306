"""Each bank's kept figures (schema v6's `bank_figure`) always equal a fresh count from the tables."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta

from studyapp.core.card import LEECH_THRESHOLD, Stage
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import Rating, day_bounds
from studyapp.storage.bank_figures import KEPT_LEECH_THRESHOLD
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer
from tests.storage.conftest import make_variant


def agree(progress, now) -> list:
    """The kept figures, after checking them against a fresh count and against the reads the
    library made before they were kept (cards grouped, leeches joined, each question's latest review)."""
    assert progress.figures.problems() == []
    kept = progress.figures.kept()
    counts = progress.counts(*day_bounds(now, 4, None), now, reviews=False)
    assert [(f.bank_id, f.title, f.live, f.unseen) for f in kept] == [(c.bank_id, c.title, c.total, c.new)
                                                                      for c in counts]
    ids = [f.bank_id for f in kept]
    leeches = {b: n for b, n in progress.history.leech_counts().items() if b in ids}
    assert {f.bank_id: f.leeches for f in kept if f.leeches} == leeches
    assert {f.bank_id: f.last_review for f in kept} == progress.last_reviewed(ids)
    assert progress.topics().keys() <= set(ids)
    return kept


def test_the_kept_figures_follow_every_kind_of_write(dirs, now, mini_bank_path, geneva_bank_path, tmp_path):
    progress = open_progress(dirs, now, bundled=[])
    try:
        assert agree(progress, now) == []
        progress.install_bank(load_bank(mini_bank_path), now)
        [mini] = agree(progress, now)
        assert (mini.live, mini.unseen, mini.leeches, mini.last_review) == (8, 8, 0, None)

        answer(progress, "q-quote", Rating.GOOD, now + timedelta(minutes=1))
        latest = answer(progress, "q-choice", Rating.AGAIN, now + timedelta(minutes=2))
        [mini] = agree(progress, now)
        assert (mini.unseen, mini.last_review) == (6, now + timedelta(minutes=2))

        # An answer dated earlier (the clock set back) does not move the latest review back.
        answer(progress, "q-typed", Rating.GOOD, now - timedelta(hours=3))
        [mini] = agree(progress, now)
        assert (mini.unseen, mini.last_review) == (5, now + timedelta(minutes=2))

        # A leech: the answer that lapses a card the threshold's time.
        key = CardKey("mini", "q-tf")
        before = progress.card_state(key)
        after = dataclasses.replace(before, stage=Stage.RELEARNING, step=0, stability=1.0, difficulty=9.0,
                                    due=now + timedelta(minutes=5), last_review=now, reps=12, lapses=LEECH_THRESHOLD)
        leech_review = progress.record_review(ReviewRecord(key, now + timedelta(minutes=3), Rating.AGAIN, before, after))
        [mini] = agree(progress, now)
        assert (mini.leeches, mini.last_review) == (1, now + timedelta(minutes=3))

        # Undoing the bank's latest review finds the one before it; undoing an older one changes nothing else.
        progress.undo_review(leech_review)
        [mini] = agree(progress, now)
        assert (mini.leeches, mini.unseen, mini.last_review) == (0, 5, now + timedelta(minutes=2))
        progress.record_review(ReviewRecord(key, now + timedelta(minutes=3), Rating.AGAIN, before, after))
        progress.undo_review(latest)
        [mini] = agree(progress, now)
        assert (mini.leeches, mini.unseen, mini.last_review) == (1, 5, now + timedelta(minutes=3))

        # Reset: the leech starts again as new.
        assert progress.reset_cards("mini", ["q-tf"]) == 1
        [mini] = agree(progress, now)
        assert (mini.leeches, mini.unseen) == (0, 6)

        # A bank update that drops two questions (one answered) and changes one: retired cards leave the counts.
        v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, drop=("q-quote", "q-date"))
        progress.install_bank(load_bank(v2), now)
        [mini] = agree(progress, now)
        assert (mini.live, mini.unseen) == (6, 5)
        assert mini.last_review == now + timedelta(minutes=3)  # a reset keeps the answers given

        progress.install_bank(load_bank(geneva_bank_path), now)
        answer_geneva = agree(progress, now)
        assert len(answer_geneva) == 2

        # Removed: out of the library, its figures kept for a reinstall; back: the same figures.
        progress.remove_bank("mini")
        assert [f.bank_id for f in agree(progress, now)] != [] and "mini" not in {f.bank_id for f in
                                                                                 progress.figures.kept()}
        progress.install_bank(load_bank(make_variant(mini_bank_path, tmp_path / "v3", 3)), now)
        figures = {f.bank_id: f for f in agree(progress, now)}
        assert (figures["mini"].live, figures["mini"].unseen) == (8, 6)  # q-quote and q-date back, q-quote seen

        # Purged: its rows and its figures go.
        geneva = next(b for b in figures if b != "mini")
        progress.remove_bank(geneva, purge=True)
        assert [f.bank_id for f in agree(progress, now)] == ["mini"]
        assert geneva not in {f.bank_id for f in progress.figures.every_kept()}
    finally:
        progress.close()


def test_a_figure_that_disagrees_with_the_tables_is_reported(studied, now):
    engine = studied.engine
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bank_figure SET unseen = unseen + 1 WHERE bank_id = 'mini'")
    [problem] = studied.figures.problems()
    assert "bank 'mini'" in problem and "unseen 6" in problem and "unseen 5" in problem


def test_a_bank_whose_figures_row_went_is_still_listed_with_counted_figures(studied, now):
    with studied.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM bank_figure WHERE bank_id = 'mini'")
    [mini] = studied.figures.kept()
    assert mini == studied.figures.counted()[0] and (mini.live, mini.unseen) == (8, 5)
    assert "kept figures missing" in studied.figures.problems()[0]


def test_the_kept_leech_threshold_is_the_apps():
    assert KEPT_LEECH_THRESHOLD == LEECH_THRESHOLD


def test_topics_walk_their_index(studied):
    """Issue 18: the library's topics read the partial index in its order, no sort of the questions."""
    with studied.engine.connect() as conn:
        raw = conn.connection.driver_connection
        from studyapp.storage.bank_figures import _TOPICS

        plan = " / ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + _TOPICS))
    assert "ix_question_topics" in plan and "GROUP BY" not in plan, plan
    assert isinstance(raw, sqlite3.Connection)
