"""Whole sittings through the real window and widgets, keyboard only; answers checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.core.records import CardKey
from studyapp.core.scheduling import Stage
from studyapp.core.session import SessionState
from tests.gui.helpers import answer_right, answer_wrong

TYPES = {"q-quote": "quote", "q-choice": "choice", "q-tf": "choice", "q-typed": "typed", "q-date": "date",
         "q-order": "order", "q-match": "match", "q-flash": "flash"}


def test_first_run_opens_on_the_library_with_the_bundled_bank(make_window):
    w = make_window(install_bundled=True)
    assert w.pages.currentWidget() is w.library_view
    assert [c.row.id for c in w.library_view.cards] == ["geneva-talks-2022"]
    card = w.library_view.cards[0]
    assert card.row.unseen == card.row.total > card.row.new == 20  # today's new questions, as Study shows
    assert w.library_view.focusWidget() is card.study_button  # so Enter starts studying


def test_enter_on_the_library_starts_studying(window, qtbot):
    window.library_view.focus_first()
    qtbot.keyClick(window.library_view.cards[0].study_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.study_view
    assert window.study.session.state == SessionState.ASKING


def test_a_whole_session_of_every_type_by_keyboard(window, qtbot, clock):
    # Every question of the mini bank in one sitting: siblings are not buried for this one.
    with qtbot.waitSignal(window.library.loaded, timeout=20000):
        window.apply_settings(window.settings.with_changes(bury_siblings=False))
    window.library_view.focus_first()
    qtbot.keyClick(window.library_view.cards[0].study_button, Qt.Key.Key_Return)
    seen = []
    while window.study.session.state == SessionState.ASKING:
        p = window.study.session.current
        assert window.study_view.question_widget.question is p.question
        seen.append(p.key.question_id)
        answer_right(qtbot, window)
        fb = window.study_view.feedback
        assert fb.isVisible()
        expected_words = "Answer shown" if p.question.type == "flash" else "Right"
        assert expected_words in fb.verdict.text()
        assert fb.rating_buttons[3].text().startswith("4  Easy\n")  # every rating shows its interval
        clock.advance(seconds=20)
        qtbot.keyClick(fb, Qt.Key.Key_4)  # Easy: graduates, so the sitting ends after each once
    assert sorted(seen) == sorted(TYPES)
    assert set(TYPES[q] for q in seen) == {"quote", "choice", "typed", "date", "order", "match", "flash"}
    # the end screen
    assert window.pages.currentWidget() is window.end_view
    assert "Answered: <b>8</b>" in window.end_view.lines.text()
    assert "Right: <b>8</b>" in window.end_view.lines.text()
    assert "Next question due in" in window.end_view.next_due.text()
    # every answer is in the database, as given
    progress = window.library.progress
    for qid in TYPES:
        history = progress.reviews(CardKey("mini", qid))
        assert len(history) == 1, qid
        assert int(history[0].rating) == 4
        assert history[0].correct is (None if qid == "q-flash" else True)
    assert progress.reviews(CardKey("mini", "q-date"))[0].answer == "3 March 2023"
    assert progress.reviews(CardKey("mini", "q-typed"))[0].answer == "bridge"


def test_wrong_answer_feedback_and_suggested_rating_with_space(window, qtbot):
    window.start_study("mini")
    while window.study.session.current.question.type not in ("quote", "choice"):
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    key = window.study.session.current.key
    answer_wrong(qtbot, window)
    fb = window.study_view.feedback
    assert "✘" in fb.verdict.text() and "Wrong" in fb.verdict.text()  # not colour alone
    assert "Right answer:" in fb.answer.text()
    assert fb.source.text() and fb.explanation.text()
    assert "★" in fb.rating_buttons[0].text()  # Again is suggested for a wrong answer
    qtbot.keyClick(fb, Qt.Key.Key_Space)
    history = window.library.progress.reviews(key)
    assert [int(r.rating) for r in history] == [1] and history[0].correct is False


def test_undo_takes_back_the_last_answer(window, qtbot):
    window.start_study("mini")
    first = window.study.session.current.key
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    assert len(window.library.progress.reviews(first)) == 1
    assert window.study.session.current.key != first
    window.actions["undo"].trigger()
    assert window.study.session.current.key == first
    assert window.study.session.state == SessionState.ASKING
    assert window.library.progress.reviews(first) == []
    assert window.library.progress.card_state(first).stage == Stage.NEW


def test_the_undo_note_goes_once_the_student_answers_again(window, qtbot):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    window.actions["undo"].trigger()
    assert window.status_text.text() == "Last answer taken back."
    answer_right(qtbot, window)
    assert window.status_text.text() == ""


def test_show_in_article_scrolls_to_the_source_and_highlights_it(window, qtbot):
    window.start_study("mini")
    answer_right(qtbot, window)
    source = window.study.session.feedback.source
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_A)
    assert window.pages.currentWidget() is window.article_view
    assert " ".join(window.article_view.highlighted_text().split()) == " ".join(source.split())
    window.actions["back"].trigger()  # Esc: back to the question, feedback still there
    assert window.pages.currentWidget() is window.study_view
    assert window.study.session.state == SessionState.ANSWERED


def test_esc_goes_back_to_the_library(window, qtbot):
    window.start_study("mini")
    window.actions["back"].trigger()
    assert window.pages.currentWidget() is window.library_view
    assert window.study is None


def test_practice_leaves_the_schedule_alone(window, qtbot):
    window.start_practice("mini", "dates")
    asked = []
    while window.study.session.state == SessionState.ASKING:
        asked.append(window.study.session.current.question.topic)
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    assert asked == ["dates", "dates"]
    progress = window.library.progress
    for qid in TYPES:
        assert progress.reviews(CardKey("mini", qid)) == []
        assert progress.card_state(CardKey("mini", qid)).stage == Stage.NEW
    assert window.pages.currentWidget() is window.end_view
    assert "Practice finished" in window.end_view.title.text()


def test_an_exam_without_feedback_then_its_score_page(window, qtbot, mini):
    window.start_exam("mini", 3)
    answered = 0
    while window.study.session.state == SessionState.ASKING:
        assert not window.study_view.feedback.isVisible()
        if answered == 0 and window.study.session.current.question.type in ("quote", "choice"):
            answer_wrong(qtbot, window)
        else:
            answer_right(qtbot, window)
        answered += 1
    assert answered == 3
    assert window.pages.currentWidget() is window.exam_view
    view = window.exam_view
    assert view.table.rowCount() == 3
    assert "Score:" in view.score.text() and "of 3 right" in view.score.text()
    for row, line in enumerate(view.lines):
        assert view.table.item(row, 1).text() == line.prompt
        assert view.table.item(row, 3).text() == line.expected
    exams = window.library.progress.exams()
    assert exams[0].answered == 3
    from studyapp.core.bank import answer_text, prompt_of

    asked = [mini.bank.question(qid) for _, qid, *_ in exams[0].answers]
    assert [line.prompt for line in view.lines] == [prompt_of(mini.bank, q) for q in asked]
    assert [line.expected for line in view.lines] == [answer_text(mini.bank, q) for q in asked]


def test_library_counts_follow_studying(window, qtbot, clock):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_1)  # Again: now learning
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.actions["back"].trigger()
    card = window.library_view.cards[0]
    # Left today: one of each of the mini bank's four families; the one answered is now learning.
    assert (card.row.new, card.row.learning, card.row.unseen) == (3, 1, 7)
    assert card.row.last_studied == clock.now


def test_waiting_for_a_learning_step_then_it_comes_back(make_window, mini_bank_path, data_dir, qtbot, clock):
    from studyapp.paths import AppDirs
    from studyapp.settings import Settings

    Settings().with_changes(learn_ahead_minutes=0, new_per_day=1).save(AppDirs.under(data_dir).settings_file)
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([mini_bank_path])
    w.start_study("mini")
    first = w.study.session.current.key
    answer_right(qtbot, w)
    qtbot.keyClick(w.study_view.feedback, Qt.Key.Key_1)  # Again: back in a minute
    assert w.study.session.state == SessionState.WAITING
    assert "Waiting" in w.study_view.topic.text()
    assert "Next question due in 1 min" in w.study_view.question_text.text()
    clock.advance(minutes=2)
    w.study._resume()  # what the poll timer does
    assert w.study.session.state == SessionState.ASKING
    assert w.study.session.current.key == first


def test_practice_and_exam_are_chosen_from_the_bank_card_menus(window, qtbot):
    card = window.library_view.cards[0]
    topics = [a.text() for a in card.practice_button.menu().actions()]
    assert topics == ["Who said what", "Context", "Dates", "Demands"]
    sizes = [a.text() for a in card.exam_button.menu().actions()]
    assert sizes == ["5 questions", "As many as possible"]
    card.exam_button.menu().actions()[0].trigger()
    assert window.study.session.mode.value == "exam"
    # The mini bank has four families of related questions: an exam asks one of each at most.
    assert window.study_view.progress.text().startswith("Question 1 of 4")
    window.actions["back"].trigger()
    card = window.library_view.cards[0]
    card.practice_button.menu().actions()[3].trigger()
    assert window.study.session.topics == ["demands"]
    assert window.study_view.mode.text() == "Practice · Demands"


def test_undo_before_rating_asks_the_same_question_again(window, qtbot):
    window.start_study("mini")
    key = window.study.session.current.key
    answer_wrong(qtbot, window) if window.study.session.current.question.type in ("quote", "choice") \
        else answer_right(qtbot, window)
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()
    assert window.study.session.state == SessionState.ASKING
    assert window.study.session.current.key == key
    assert not window.study_view.feedback.isVisible()
    assert window.library.progress.reviews(key) == []


def test_no_undo_in_an_exam(window, qtbot):
    window.start_exam("mini", 3)
    answer_right(qtbot, window)
    assert not window.actions["undo"].isEnabled()


def test_practice_feedback_says_the_schedule_is_left_alone(window, qtbot):
    window.start_practice("mini", None)
    answer_right(qtbot, window)
    fb = window.study_view.feedback
    assert "schedule is left alone" in fb.rate_label.text()
    assert "\n" not in fb.rating_buttons[0].text()  # no intervals outside study


def test_a_long_bank_title_wraps_instead_of_widening_the_window(make_window, qtbot, tmp_path, mini_bank_path):
    """The exam header ("Exam · <title>") once pushed the window wider than the library; the title now wraps."""
    import shutil

    folder = tmp_path / "long"
    shutil.copytree(mini_bank_path.parent / "sources", folder / "sources")
    long_title = "A very long title for a bank of questions about the talks " * 3
    text = mini_bank_path.read_text(encoding="utf-8").replace('title = "A small bank for tests"',
                                                             f'title = "{long_title.strip()}"')
    (folder / "mini.toml").write_text(text, encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([folder / "mini.toml"])
    window.start_exam("mini", 3)
    header = window.study_view
    assert long_title.strip() in header.mode.text()
    assert header.mode.minimumSizeHint().width() < 700


def test_left_today_reads_the_same_on_the_library_and_the_study_screen_and_moves(window, qtbot, clock):
    # Issue 20: "20 left today" stayed through 11 answers, and the library said "0 due today ·
    # 17 learning" while the study screen said "17 left today".
    card = window.library_view.cards[0]
    library_text = card.counts.text()
    assert library_text.startswith("Left today: 4 new · 0 learning · 0 to review")  # one of each family
    assert library_text.endswith("8 of 8 questions not studied yet")
    window.start_study("mini")
    header = window.study_view.progress.text
    assert header().startswith("Left today: 4 new · 0 learning · 0 to review · 0 answered today")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)  # Good: the question goes on to learning
    assert header() == "Left today: 3 new · 1 learning · 0 to review · 1 answered today"
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)  # Easy: it graduates, done for today
    assert header() == "Left today: 2 new · 1 learning · 0 to review · 2 answered today"
    with qtbot.waitSignal(window.library.loaded, timeout=20000):
        window.show_library()
    assert window.library_view.cards[0].counts.text().startswith("Left today: 2 new · 1 learning · 0 to review")


FAMILIES = [{"q-quote", "q-typed"}, {"q-date", "q-order"}, {"q-tf", "q-match", "q-flash"}, {"q-choice"}]


def family_of(qid: str) -> int:
    return next(i for i, f in enumerate(FAMILIES) if qid in f)


def test_a_days_study_on_screen_never_shows_two_related_questions(window, qtbot, clock):
    # Issue 20: a who-said-it followed by its cloze, a true/false on the sentence just asked.
    window.start_study("mini")
    shown = []
    while window.study.session.state == SessionState.ASKING:
        assert window.study_view.question_widget.question is window.study.session.current.question
        shown.append(window.study.session.current.key.question_id)
        answer_right(qtbot, window)
        clock.advance(minutes=11)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    new = list(dict.fromkeys(shown))
    assert sorted(family_of(q) for q in new) == [0, 1, 2, 3]  # the rest wait for tomorrow
    assert all(family_of(a) != family_of(b) for a, b in zip(shown, shown[1:]) if a != b)


def test_an_exam_from_the_menu_never_asks_the_same_thing_twice(window, qtbot):
    card = window.library_view.cards[0]
    card.exam_button.menu().actions()[-1].trigger()
    asked = []
    while window.study.session.state == SessionState.ASKING:
        asked.append(window.study.session.current.key.question_id)
        answer_right(qtbot, window)
    assert len(asked) == len({family_of(q) for q in asked}) == 4
    assert window.pages.currentWidget() is window.exam_view
