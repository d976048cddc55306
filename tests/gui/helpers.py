"""Answering the current question through its real widget, with key presses only."""

from __future__ import annotations

from studyapp.gui.selftest import answer_right_by_keys


def answer_right(qtbot, window) -> None:
    """Give the right answer to whatever question the study page shows (the selftest's recipe)."""
    answer_right_by_keys(window)


def answer_wrong(qtbot, window) -> None:
    """A wrong answer for a choice or quote question."""
    p = window.study.session.current
    q = p.question
    right = q.speaker if q.type == "quote" else q.answer
    wrong = next(i for i, c in enumerate(p.choices) if c != right)
    qtbot.keyClick(window.study_view.question_widget, str(wrong + 1))
