"""Suspend, bury and flag: kept by (bank id, question id), undone exactly, through bank updates."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.storage.marks import Mark, MarkCounts, Marks
from tests.storage.conftest import make_variant

QUOTE, CHOICE, TF = CardKey("mini", "q-quote"), CardKey("mini", "q-choice"), CardKey("mini", "q-tf")


def test_suspend_bury_flag_and_what_study_leaves_out(mini_installed, now):
    marks = Marks(mini_installed.engine)
    marks.suspend([QUOTE], now)
    marks.bury([CHOICE], now + timedelta(hours=6), now)
    marks.flag([TF], 3, now)
    got = marks.get([QUOTE, CHOICE, TF])
    assert got[QUOTE] == Mark(QUOTE, suspended=True)
    assert got[CHOICE].buried(now) and not got[CHOICE].buried(now + timedelta(hours=6))
    assert got[TF].flag == 3
    assert marks.excluded(now) == {QUOTE, CHOICE}
    assert marks.excluded(now + timedelta(hours=7)) == {QUOTE}  # the bury ends with the day
    assert marks.counts(now) == {"mini": MarkCounts(suspended=1, buried=1, flagged=1)}


def test_restore_undoes_exactly_and_clearing_deletes_the_row(mini_installed, now):
    marks = Marks(mini_installed.engine)
    marks.flag([QUOTE], 2, now)
    change = marks.toggle_suspend([QUOTE, CHOICE], now)
    assert all(m.suspended for m in marks.get([QUOTE, CHOICE]).values())
    marks.restore(change, now)
    assert marks.get([QUOTE, CHOICE]) == {QUOTE: Mark(QUOTE, flag=2), CHOICE: Mark(CHOICE)}
    marks.toggle_flag([QUOTE], 2, now)  # the same flag again clears it
    with mini_installed.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM mark").scalar() == 0


def test_toggle_suspend_unsuspends_when_all_are_suspended(mini_installed, now):
    marks = Marks(mini_installed.engine)
    marks.suspend([QUOTE], now)
    assert marks.toggle_suspend([QUOTE, CHOICE], now).description == "Suspended 2 questions"
    assert marks.toggle_suspend([QUOTE, CHOICE], now).description == "Unsuspended 2 questions"
    assert marks.excluded(now) == set()


def test_marks_survive_a_bank_update_and_a_retired_question_is_not_counted(mini_installed, mini_bank_path,
                                                                           tmp_path, now):
    marks = Marks(mini_installed.engine)
    marks.suspend([QUOTE, TF], now)
    marks.flag([CHOICE], 1, now)
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, {"What is Alice Smith's office?": "Which office?"},
                      drop=("q-tf",))
    report = mini_installed.install_bank(load_bank(v2), now)
    assert report.changed == ("q-choice",) and report.retired == ("q-tf",)
    assert marks.get([QUOTE, CHOICE]) == {QUOTE: Mark(QUOTE, suspended=True), CHOICE: Mark(CHOICE, flag=1)}
    assert marks.counts(now) == {"mini": MarkCounts(suspended=1, buried=0, flagged=1)}
    v3 = make_variant(mini_bank_path, tmp_path / "v3", 3)  # q-tf comes back, still suspended
    mini_installed.install_bank(load_bank(v3), now)
    assert marks.excluded(now) == {QUOTE, TF}
