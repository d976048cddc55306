"""Suspend, bury and flag on the study page and from Browse in the main window: undo, questions
left out of study, marks kept through a bank update."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.records import CardKey
from studyapp.storage.marks import Marks
from tests.gui.helpers import answer_right
from tests.helpers.reviews import MINI_IDS
from tests.storage.conftest import make_variant


def marks(window) -> Marks:
    return Marks(window.library.progress.engine)


def test_suspend_on_the_study_page_shows_the_next_and_undo_brings_it_back(window, clock):
    window.start_study("mini")
    first = window.study.session.current.key
    window.actions["suspend"].trigger()
    assert window.study.session.current.key != first
    assert marks(window).excluded(clock()) == {first}
    assert "Suspended 1 question" in window.status_text.text()
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert window.study.session.current.key == first
    assert marks(window).excluded(clock()) == set()
    assert window.status_text.text() == "Undone: suspended 1 question."
    assert window.study_view.question_text.text() == window.study.session.current.prompt


def test_bury_lasts_until_the_next_study_day(window, clock):
    window.start_study("mini")
    first = window.study.session.current.key
    window.actions["bury"].trigger()
    [mark] = marks(window).get([first]).values()
    assert mark.buried(clock()) and not mark.buried(window._day_end() + timedelta(seconds=1))
    assert window.study.session.current.key != first


def test_flags_toggle_and_undo_in_order_with_answers(window, qtbot, clock):
    window.start_study("mini")
    first = window.study.session.current.key
    window.actions["flag_1"].trigger()
    assert marks(window).get([first])[first].flag == 1
    assert window.study.session.current.key == first  # a flag does not move on
    answer_right(qtbot, window)
    window.study.rate(None)
    second = window.study.session.current.key
    window.actions["flag_4"].trigger()
    window.actions["flag_4"].trigger()  # again: cleared
    assert marks(window).get([second])[second].flag == 0
    window.actions["undo"].trigger()  # the clearing
    assert marks(window).get([second])[second].flag == 4
    window.actions["undo"].trigger()  # the flag
    assert marks(window).get([second])[second].flag == 0
    window.actions["undo"].trigger()  # the answer to the first question
    assert window.study.session.current.key == first and window.library.progress.review_count() == 0
    window.actions["undo"].trigger()  # its flag
    assert marks(window).get([first])[first].flag == 0


def test_suspended_questions_are_skipped_in_study_practice_and_exams(window, qtbot, clock):
    keep = CardKey("mini", "q-choice")
    marks(window).suspend([CardKey("mini", q) for q in MINI_IDS if q != "q-choice"], clock())
    window.start_study("mini")
    assert window.study.session.current.key == keep
    answer_right(qtbot, window)
    window.study.rate(None)
    assert window.study.session.current is None or window.study.session.current.key == keep
    window.start_practice("mini", None)
    assert window.study.session.current.key == keep and window.study.session.progress(clock()).left_today == 1
    window.start_exam("mini", 5)
    assert window.study.session.exam_total == 1
    assert not window.actions["suspend"].isEnabled()  # an exam asks what it drew


def test_browse_from_the_menu_and_its_marks_reach_a_sitting(window, qtbot, clock):
    """Browse is its own window; a suspend there reaches the sitting's exclude set, and back."""
    window.start_study("mini")
    window.actions["browse"].trigger()
    browse = window.browse_window
    assert browse is not None and browse.isVisible() and browse.model.rowCount() == 8
    browse.search("type:flash")
    browse.actions_by_name["suspend"].trigger()
    assert CardKey("mini", "q-flash") in window.study.session.exclude
    browse.actions_by_name["undo"].trigger()
    assert CardKey("mini", "q-flash") not in window.study.session.exclude
    window.actions["suspend"].trigger()  # on the study page: Browse shows it at once
    browse.search("is:suspended")
    assert browse.model.rowCount() == 1


def test_marks_survive_a_bank_update(window, qtbot, mini_bank_path, tmp_path, clock):
    quote, tf = CardKey("mini", "q-quote"), CardKey("mini", "q-tf")
    marks(window).suspend([quote], clock())
    marks(window).flag([tf], 3, clock())
    window.actions["browse"].trigger()
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, {"Bob Jones thought": "Bob Jones said"})
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([v2])
    assert marks(window).get([quote, tf]) == {quote: marks(window).get([quote])[quote],
                                              tf: marks(window).get([tf])[tf]}
    assert marks(window).get([quote])[quote].suspended and marks(window).get([tf])[tf].flag == 3
    browse = window.browse_window
    with qtbot.waitSignal(browse.text_ready, timeout=20000):
        browse.reload()
    browse.search("is:suspended")
    assert [browse.model.key(r) for r in range(browse.model.rowCount())] == [quote]
    browse.search('"bob jones said" flag:3')
    assert [browse.model.key(r) for r in range(browse.model.rowCount())] == [tf]
    window.start_study("mini")
    seen = set()
    while window.study.session.current is not None and window.study.session.current.key not in seen:
        seen.add(window.study.session.current.key)
        window.actions["bury"].trigger()
    assert seen and quote not in seen


def test_the_library_leaves_suspended_questions_out_of_left_today(window, qtbot, clock):
    [card] = window.library_view.cards
    before = card.row.new + card.row.learning + card.row.due
    window.actions["browse"].trigger()
    browse = window.browse_window
    browse.search("is:new")
    browse.table.selectAll()
    with qtbot.waitSignal(window.ready, timeout=20000):
        browse.actions_by_name["suspend"].trigger()
    [card] = window.library_view.cards
    assert before > 0 and card.row.new + card.row.learning + card.row.due == 0
