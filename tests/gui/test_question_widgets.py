"""Each question widget, driven by keys alone, emits its answer in the shape grading takes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.core.bank import choices_of
from studyapp.core.grading import grade
from studyapp.gui.question_widgets import widget_for
from studyapp.gui.question_widgets.typed import diff_html


def make(qtbot, mini, qid, choices=None):
    q = mini.bank.question(qid)
    w = widget_for(q, choices if choices is not None else choices_of(mini.bank, q), mini.bank)
    qtbot.addWidget(w)
    w.show()
    answers = []
    w.answered.connect(answers.append)
    return q, w, answers


def test_quote_shows_name_and_role_and_number_keys_answer(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-quote", ["Bob Jones", "Alice Smith"])
    assert "Alice Smith — Mayor" in w.buttons[1].text()
    qtbot.keyClick(w, Qt.Key.Key_2)
    assert answers == ["Alice Smith"]
    assert grade(mini.bank, q, answers[0]).correct is True
    qtbot.keyClick(w, Qt.Key.Key_1)  # a second key after answering does nothing
    assert answers == ["Alice Smith"]


def test_a_long_choice_wraps_inside_the_window_and_keeps_an_ampersand(qtbot, mini):
    long = "That the US missile defence systems in Poland & Romania be removed " * 4
    q, w, answers = make(qtbot, mini, "q-choice", ["Short", long])
    w.resize(420, 600)
    qtbot.waitUntil(lambda: w.buttons[1].width() <= 420)
    short, wrapped = w.buttons
    assert wrapped.height() > 2 * short.height()  # the long answer took several lines, not a scroll bar
    assert wrapped.label.geometry().right() < wrapped.width()
    assert "Poland & Romania" in wrapped.text()
    qtbot.mouseClick(wrapped, Qt.MouseButton.LeftButton)  # the label does not swallow the click
    assert answers == [long]


def test_true_false_by_key(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-tf", ["True", "False"])
    qtbot.keyClick(w, Qt.Key.Key_1)
    assert answers == ["True"]
    assert grade(mini.bank, q, "True").correct is False


def test_typed_enter_submits_and_reveal_marks_differences(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-typed")
    w.focus_first()
    qtbot.keyClicks(w.edit, "brigde")
    qtbot.keyClick(w.edit, Qt.Key.Key_Return)
    assert answers == ["brigde"]
    result = grade(mini.bank, q, answers[0])
    w.reveal(result)
    assert w.comparison.isVisible()
    assert "brigde" in w.comparison.text()
    assert not w.edit.isEnabled()


def test_typed_empty_answer_is_not_submitted(qtbot, mini):
    _, w, answers = make(qtbot, mini, "q-typed")
    qtbot.keyClick(w.edit, Qt.Key.Key_Return)
    assert answers == []


def test_diff_html_marks_missing_and_extra():
    html = diff_html("", "", (("equal", "bri"), ("replace", "x"), ("insert", "d"), ("delete", "!")))
    assert html == "bri<s>x</s><u><b>d</b></u><s>!</s>"
    assert "<u><b>d</b></u>" in diff_html("brige", "bridge")


def test_date_at_day_precision_by_keyboard(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-date")
    assert w.day is not None and w.month is not None
    qtbot.keyClicks(w.day, "3")
    w.month.setFocus()
    qtbot.keyClick(w.month, Qt.Key.Key_Down)
    qtbot.keyClick(w.month, Qt.Key.Key_Down)
    qtbot.keyClick(w.month, Qt.Key.Key_Down)
    qtbot.keyClicks(w.year, "2023")
    qtbot.keyClick(w.year, Qt.Key.Key_Return)
    assert answers == ["2023-03-03"]
    assert grade(mini.bank, q, answers[0]).correct is True


def test_date_fields_fit_their_placeholders_in_large_text(qtbot, mini):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.font()
    large = app.font()
    large.setPointSize(20)
    app.setFont(large)
    try:
        _, w, _ = make(qtbot, mini, "q-date")
        for field in (w.day, w.year):
            assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())
    finally:
        app.setFont(before)


def test_date_incomplete_is_not_submitted(qtbot, mini):
    _, w, answers = make(qtbot, mini, "q-date")
    qtbot.keyClicks(w.year, "2023")
    qtbot.keyClick(w.year, Qt.Key.Key_Return)
    assert answers == []
    assert "Fill in" in w.missing.text()


def test_order_moves_with_alt_arrows_and_enter_submits(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-order",
                         ["The bridge is due", "The council met", "The article was published"])
    w.list.setFocus()
    w.list.setCurrentRow(0)
    qtbot.keyClick(w.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(w.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert w.list.items() == ["The council met", "The article was published", "The bridge is due"]
    qtbot.keyClick(w.list, Qt.Key.Key_Return)
    assert answers == [list(q.items)]
    assert grade(mini.bank, q, answers[0]).correct is True


def test_order_is_draggable(qtbot, mini):
    _, w, _ = make(qtbot, mini, "q-order")
    assert w.list.dragDropMode() == w.list.DragDropMode.InternalMove


def test_match_by_combo_boxes(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-match")
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert answers == []  # every left item needs a partner first
    for left, right in q.pairs:
        combo = w.combos[left]
        combo.setFocus()
        while combo.currentText() != right:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert answers == [{left: right for left, right in q.pairs}]
    assert grade(mini.bank, q, answers[0]).correct is True


def test_flash_space_shows_answer(qtbot, mini):
    q, w, answers = make(qtbot, mini, "q-flash")
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert answers == [None]
    assert grade(mini.bank, q, None).correct is None
