"""A typed answer, or a cloze: the prompt holds the answer in {{double braces}}."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator

from studyapp.core.answer_check import GradeResult, as_text, grade_text
from studyapp.core.question_types.base import GiftForm, QuestionBase, QuestionType, ShortText, Text

CLOZE = re.compile(r"\{\{(.+?)\}\}")


class TypedQuestion(QuestionBase):
    """A typed answer, or a cloze: the prompt holds the answer in {{double braces}}."""

    type: Literal["typed"]
    prompt: Text
    answer: str = Field("", validate_default=True)
    accept: list[ShortText] = Field(default_factory=list, description="other answers also counted right")

    @field_validator("prompt")
    @classmethod
    def _one_gap(cls, v: str) -> str:
        if len(CLOZE.findall(v)) > 1:
            raise ValueError("a cloze has one {{gap}}; split it into several questions")
        return v

    @field_validator("answer")
    @classmethod
    def _answer_or_cloze(cls, v: str, info: ValidationInfo) -> str:
        if "prompt" not in info.data:
            return v
        gaps = CLOZE.findall(info.data["prompt"])
        if gaps and v and v != gaps[0].strip():
            raise ValueError("give the answer either in the prompt's {{…}} or here, not both differently")
        if not gaps and not v:
            raise ValueError("required: an `answer`, or a {{gap}} in the prompt")
        return v

    @property
    def is_cloze(self) -> bool:
        return bool(CLOZE.search(self.prompt))

    @property
    def expected(self) -> str:
        gaps = CLOZE.findall(self.prompt)
        return gaps[0].strip() if gaps else self.answer

    @property
    def shown_prompt(self) -> str:
        return CLOZE.sub("_____", self.prompt)


class TypedType(QuestionType):
    name = "typed"
    model = TypedQuestion
    label = "Typed answer or cloze"
    instruction_text = "Type the answer"
    columns = ("prompt", "answer", "accept")
    editor_fields = ("topic", "prompt", "answer", "accept", "explanation")
    optional_fields = frozenset({"answer", "accept"})
    key_label = ("&Answer:", "The answer the student types")
    blank = {"prompt": ""}

    def prompt(self, bank: Any, q: TypedQuestion) -> str:
        return q.shown_prompt

    def answer(self, bank: Any, q: TypedQuestion) -> str:
        return q.expected

    def grade(self, bank: Any, q: TypedQuestion, answer: Any) -> GradeResult:
        return grade_text(as_text(answer), q.expected, list(q.accept))

    def gift(self, bank: Any, q: TypedQuestion) -> GiftForm:
        answers = (q.expected, *q.accept)
        if q.is_cloze:
            m = CLOZE.search(q.prompt)
            return GiftForm("short", q.prompt[: m.start()], answers, after=q.prompt[m.end():])
        return GiftForm("short", q.prompt, answers)


SPEC = TypedType()
