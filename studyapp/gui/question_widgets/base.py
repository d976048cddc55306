"""What every question widget shares: it takes a question and its shown choices, and emits
`answered(answer)` in the shape grading expects; after grading, `reveal()` marks it read-only.
`answer_right_by_keys` is how the selftest (and the GUI tests) answer it with key presses only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.core.bank import Bank


def press(widget, key, modifier=None) -> None:
    """One key press (a character or a Qt.Key) sent to `widget`, as a student's keyboard would."""
    from PySide6.QtTest import QTest

    if isinstance(key, str):
        QTest.keyClick(widget, key)
    else:
        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)


def type_text(widget, text: str) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClicks(widget, text)


class QuestionWidget(QWidget):
    answered = Signal(object)

    def __init__(self, question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(parent)
        self.question = question
        self.choices = list(choices)
        self.lefts = list(lefts or [])
        self.bank = bank
        self.done = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

    def add_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.layout_.addWidget(self.hint)

    def submit(self, answer: Any) -> None:
        if self.done:
            return
        self.done = True
        self.answered.emit(answer)

    def focus_first(self) -> None:
        """Put keyboard focus on the first control, so the question can be answered by keys alone."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_right_by_keys(self) -> None:
        """Give the right answer with key presses only (each type's widget knows its own keys)."""
        raise AssertionError(f"no key recipe for {self.question.type!r} questions")

    def reveal(self, result: Any = None) -> None:
        """After grading: freeze the inputs (subclasses also mark what was right)."""
        self.done = True
        self.hint.hide()
        for child in self.findChildren(QWidget):
            if child is not self.hint and hasattr(child, "setEnabled") and child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.setEnabled(False)
