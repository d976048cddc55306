"""Schema v7: an answer writes no `bank_figure` row unless a count moves; its time is folded in when the store closes.

The library's figures must read exactly as before (each bank's latest review included) before the fold,
after it, across an undo of the folded last review, and when SQLite hands out an id again.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating
from studyapp.storage.damage import content_problems
from studyapp.storage.database import SCHEMA_VERSION
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer


def _raw(dirs, sql: str, params=()):
    db = sqlite3.connect(dirs.database)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def _latest(progress) -> dict:
    """Each bank's latest review as the library reads it, checked against a fresh count from the log."""
    assert progress.figures.problems() == []
    kept = {f.bank_id: f.last_review for f in progress.figures.kept()}
    assert kept == progress.last_reviewed(list(kept))
    return kept


def _spy(dirs) -> None:
    """Note every write of a `bank_figure` row, whoever makes it."""
    db = sqlite3.connect(dirs.database)
    db.execute("CREATE TABLE spy (bank_id TEXT)")
    db.execute("CREATE TRIGGER spy_figure AFTER UPDATE ON bank_figure BEGIN INSERT INTO spy VALUES (NEW.bank_id); END")
    db.commit()
    db.close()


def test_answers_that_move_no_count_write_no_figures_row_and_are_folded_in_at_close(dirs, now, mini_bank_path):
    progress = open_progress(dirs, now, bundled=[])
    try:
        progress.install_bank(load_bank(mini_bank_path), now)
        answer(progress, "q-tf", Rating.EASY, now)  # a new card's first answer: one fewer unseen, its row written
        answer(progress, "q-quote", Rating.GOOD, now + timedelta(minutes=1))
        _spy(dirs)
        # A learning card answered again and a review card forgotten (stage and lapses change, no count does).
        answer(progress, "q-quote", Rating.GOOD, now + timedelta(minutes=12))
        last = now + timedelta(days=3)
        answer(progress, "q-tf", Rating.AGAIN, last)
        assert _raw(dirs, "SELECT * FROM spy") == []
        assert _latest(progress) == {"mini": last}
        # Nothing folded in yet: the row has no latest review, the log's end is read beside it.
        assert _raw(dirs, "SELECT last_review FROM bank_figure WHERE bank_id = 'mini'") == [(None,)]
    finally:
        progress.close()
    # Closing folded the answers in: the row has the latest time, the mark is at the log's last row.
    assert _raw(dirs, "SELECT last_review FROM bank_figure WHERE bank_id = 'mini'") == [(int(last.timestamp() * 1000),)]
    assert _raw(dirs, "SELECT folded FROM bank_figure_log") == _raw(dirs, "SELECT max(id) FROM review")
    progress = open_progress(dirs, now, bundled=[])
    try:
        assert _latest(progress) == {"mini": last}
    finally:
        progress.close()


def test_an_id_handed_out_again_after_an_undo_of_folded_answers_is_read(dirs, now, mini_bank_path):
    """SQLite gives a new review the highest id + 1: when undos remove the folded last rows, the mark comes
    down to the highest id left (not one under the removed id: the log can have gaps), and the next answer,
    which gets a removed id again, is read from the log."""
    progress = open_progress(dirs, now, bundled=[])
    try:
        progress.install_bank(load_bank(mini_bank_path), now)
        ids = [answer(progress, qid, Rating.GOOD, now + timedelta(minutes=m))
               for m, qid in enumerate(("q-quote", "q-choice", "q-typed"), start=1)]
    finally:
        progress.close()
    assert _raw(dirs, "SELECT folded FROM bank_figure_log") == [(ids[2],)]
    progress = open_progress(dirs, now, bundled=[])
    try:
        progress.undo_review(ids[1])  # a gap: the mark stays, the latest review is still the third
        assert _raw(dirs, "SELECT folded FROM bank_figure_log") == [(ids[2],)]
        assert _latest(progress) == {"mini": now + timedelta(minutes=3)}
        progress.undo_review(ids[2])
        assert _raw(dirs, "SELECT folded FROM bank_figure_log") == [(ids[0],)]
        assert _latest(progress) == {"mini": now + timedelta(minutes=1)}
        again = answer(progress, "q-date", Rating.GOOD, now + timedelta(minutes=5))
        assert again == ids[1]  # the removed id, handed out again
        assert _latest(progress) == {"mini": now + timedelta(minutes=5)}
        # Dated before the bank's latest (the clock set back): the latest stays.
        answer(progress, "q-order", Rating.GOOD, now - timedelta(hours=2))
        assert _latest(progress) == {"mini": now + timedelta(minutes=5)}
    finally:
        progress.close()
    progress = open_progress(dirs, now, bundled=[])
    try:
        assert _latest(progress) == {"mini": now + timedelta(minutes=5)}
    finally:
        progress.close()


def test_a_v7_file_without_the_folds_mark_or_its_trigger_is_damaged(dirs, now):
    open_progress(dirs, now, bundled=[]).close()
    assert content_problems(dirs.database, newest_version=SCHEMA_VERSION) == []
    db = sqlite3.connect(dirs.database)
    db.execute("DROP TRIGGER bank_figure_log_review_gone")
    db.commit()
    [problem] = content_problems(dirs.database, newest_version=SCHEMA_VERSION)
    assert "bank_figure_log_review_gone" in problem
    db.execute("DROP TABLE bank_figure_log")
    db.commit()
    db.close()
    assert content_problems(dirs.database, newest_version=SCHEMA_VERSION) == ["the bank_figure_log table is missing"]
