"""A toy question type, whole in this one module: "how many?", answered with a number.

It is registered only through the public API (`QUESTION_TYPES.registered`, `registered_widget`),
so `tests/gui/test_toy_question_type.py` shows that a new type needs nothing else from the app:
if that test ever needs an edit elsewhere, the registry is no longer the one place a type lives.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget

from studyapp.core.answer_check import GradeResult
from studyapp.core.question_types import QuestionType
from studyapp.core.question_types.base import QuestionBase, Text
from studyapp.gui.question_widgets.base import QuestionWidget, press, type_text


class CountQuestion(QuestionBase):
    """How many? The answer is a whole number."""

    type: Literal["count"]
    prompt: Text
    answer: str = Field(pattern=r"^\d{1,6}$", description="a whole number, written in digits")


class CountType(QuestionType):
    name = "count"
    model = CountQuestion
    label = "How many? (a number)"
    instruction_text = "Give the number"

    def grade(self, bank: Any, q: CountQuestion, answer: Any) -> GradeResult:
        given = "" if answer is None else str(answer)
        right = given == q.answer
        return GradeResult(right, 1.0 if right else 0.0, given, q.answer, "" if right else "Count again.")


class CountWidget(QuestionWidget):
    """A spin box; Enter checks."""

    def __init__(self, question: Any, choices: list[str], bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.spin = QSpinBox()
        self.spin.setRange(0, 999_999)
        self.spin.setAccessibleName("Your number")
        self.spin.editingFinished.connect(lambda: self.submit(self.spin.value()))
        self.layout_.addWidget(self.spin)
        self.add_hint("Type the number; Enter checks.")

    def focus_first(self) -> None:
        self.spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_right_by_keys(self) -> None:
        self.spin.selectAll()
        type_text(self.spin, self.question.answer)
        press(self.spin, Qt.Key.Key_Return)


COUNT = CountType()

TOY_BANK = """\
[bank]
id = "toy"
version = 1
title = "Counting things"

[bank.source]
title = "A toy article"

[[questions]]
id = "q-bridges"
type = "count"
topic = "context"
prompt = "How many bridges does the plan build?"
answer = "3"
explanation = "Three bridges, one per district."
source = "The plan builds three bridges."
"""
