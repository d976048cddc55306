"""Recall the answer, then grade yourself."""

from __future__ import annotations

from typing import Any, Literal

from studyapp.core.answer_check import GradeResult
from studyapp.core.question_types.base import QuestionBase, QuestionType, Text


class FlashQuestion(QuestionBase):
    """Recall the answer, then grade yourself."""

    type: Literal["flash"]
    prompt: Text
    answer: Text

    @property
    def self_graded(self) -> bool:
        return True


class FlashType(QuestionType):
    name = "flash"
    model = FlashQuestion
    label = "Flash card (self-graded)"
    instruction_text = "Recall, then rate yourself"
    key_label = ("&Answer:", "The answer revealed to the student")

    def grade(self, bank: Any, q: FlashQuestion, answer: Any) -> GradeResult:
        return GradeResult(None, 0.0, "", q.answer)


SPEC = FlashType()
