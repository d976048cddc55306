"""One right answer among choices; a true/false question is a choice of True and False."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator

from studyapp.core.answer_check import GradeResult, as_text, grade_choice_value
from studyapp.core.question_types.base import GiftForm, QuestionBase, QuestionType, ShortText, Template, Text


class ChoiceQuestion(QuestionBase):
    """One right answer among choices; true/false is a choice of two."""

    type: Literal["choice"]
    prompt: Text
    choices: list[ShortText] = Field(min_length=2, max_length=9)
    answer: ShortText

    @field_validator("choices")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("choices repeat an option")
        return v

    @field_validator("answer")
    @classmethod
    def _answer_among_choices(cls, v: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices is not None and v not in choices:
            raise ValueError(f"{v!r} is not among the choices")
        return v

    @property
    def true_false(self) -> bool:
        return sorted(c.lower() for c in self.choices) == ["false", "true"]


class ChoiceType(QuestionType):
    name = "choice"
    model = ChoiceQuestion
    label = "Multiple choice or true/false"
    columns = ("prompt", "choices", "answer")
    editor_fields = ("topic", "prompt", "answer", "choices", "explanation")
    key_label = ("&Answer:", "The right choice, written exactly as it is among the choices")
    options_field = "choices"
    options_label = ("&Choices:", "The choices, one a line")
    blank = {"prompt": "", "choices": [], "answer": ""}

    def instruction(self, q: ChoiceQuestion) -> str:
        return "True or false?" if q.true_false else "Choose one"

    def choices(self, bank: Any, q: ChoiceQuestion) -> list[str]:
        return list(q.choices)

    def arrange(self, bank, q: ChoiceQuestion, rng):
        if q.true_false:  # a true/false pair keeps its written order
            return tuple(q.choices), ()
        return super().arrange(bank, q, rng)

    def grade(self, bank: Any, q: ChoiceQuestion, answer: Any) -> GradeResult:
        return grade_choice_value(as_text(answer), q.answer, list(q.choices))

    def gift(self, bank: Any, q: ChoiceQuestion) -> GiftForm:
        if q.choices == ["True", "False"]:
            return GiftForm("truefalse", q.prompt, ("T" if q.answer == "True" else "F",))
        return GiftForm("choice", q.prompt, tuple((c == q.answer, c) for c in q.choices))

    def templates(self) -> tuple[Template, ...]:
        return (Template("choice", "Multiple choice", dict(self.blank)),
                Template("truefalse", "True or false", {"prompt": "", "choices": ["True", "False"], "answer": "True"}))


SPEC = ChoiceType()
