"""Answering the current question through its real widget, with key presses only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.core.bank import MONTHS


def answer_right(qtbot, window) -> None:
    """Give the right answer to whatever question the study page shows."""
    p = window.study.session.current
    w = window.study_view.question_widget
    q = p.question
    if q.type in ("quote", "choice"):
        right = q.speaker if q.type == "quote" else q.answer
        qtbot.keyClick(w, str(list(p.choices).index(right) + 1))
    elif q.type == "typed":
        qtbot.keyClicks(w.edit, q.expected)
        qtbot.keyClick(w.edit, Qt.Key.Key_Return)
    elif q.type == "date":
        parts = q.answer.split("-")
        if w.day is not None:
            qtbot.keyClicks(w.day, str(int(parts[2])))
        if w.month is not None:
            w.month.setFocus()
            while w.month.currentText() != MONTHS[int(parts[1]) - 1]:
                qtbot.keyClick(w.month, Qt.Key.Key_Down)
        qtbot.keyClicks(w.year, parts[0])
        qtbot.keyClick(w.year, Qt.Key.Key_Return)
    elif q.type == "order":
        target = list(q.items)
        for i, item in enumerate(target):
            row = w.list.items().index(item)
            w.list.setCurrentRow(row)
            for _ in range(row - i):
                qtbot.keyClick(w.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(w.list, Qt.Key.Key_Return)
    elif q.type == "match":
        for left, right in q.pairs:
            combo = w.combos[left]
            while combo.currentText() != right:
                qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(w, Qt.Key.Key_Return)
    elif q.type == "flash":
        qtbot.keyClick(w, Qt.Key.Key_Space)
    else:  # pragma: no cover
        raise AssertionError(q.type)


def answer_wrong(qtbot, window) -> None:
    """A wrong answer for a choice or quote question."""
    p = window.study.session.current
    q = p.question
    right = q.speaker if q.type == "quote" else q.answer
    wrong = next(i for i, c in enumerate(p.choices) if c != right)
    qtbot.keyClick(window.study_view.question_widget, str(wrong + 1))
