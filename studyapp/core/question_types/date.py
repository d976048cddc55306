"""A date answered at a precision: day (2022-01-21), month (2022-02) or year (2015)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator

from studyapp.core.answer_check import GradeResult, as_text
from studyapp.core.question_types.base import GiftForm, QuestionBase, QuestionType, Text

DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_PRECISIONS = ("year", "month", "day")


def format_date(value: str) -> str:
    """'2022-01-21' -> '21 January 2022', '2022-02' -> 'February 2022', '2015' -> '2015'."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


class DateQuestion(QuestionBase):
    """A date answered at a precision: day (2022-01-21), month (2022-02) or year (2015)."""

    type: Literal["date"]
    prompt: Text
    precision: Literal["day", "month", "year"] | None = Field(None, description="taken from the answer if not given")
    answer: str = Field(description="YYYY-MM-DD, YYYY-MM or YYYY")

    @field_validator("answer")
    @classmethod
    def _answer_is_date(cls, v: str, info: ValidationInfo) -> str:
        form = next((p for p, rx in DATE_FORMS.items() if rx.match(v)), None)
        if form is None:
            raise ValueError(f"{v!r} is not a date written as YYYY-MM-DD, YYYY-MM or YYYY")
        precision = info.data.get("precision")
        if precision and precision != form:
            raise ValueError(f"{v!r} does not have the precision {precision!r}")
        try:
            parts = [int(p) for p in v.split("-")]
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"{v!r} is not a real date ({exc})") from None
        return v

    @property
    def resolved_precision(self) -> str:
        return self.precision or next(p for p, rx in DATE_FORMS.items() if rx.match(self.answer))

    @property
    def display_answer(self) -> str:
        return format_date(self.answer)


def _parse_date(text: str) -> tuple[int, ...] | None:
    """'2022-01-21' -> (2022, 1, 21), '2022-01' -> (2022, 1), '2022' -> (2022,); None if not
    a real date in one of those forms."""
    text = text.strip()
    if not any(rx.match(text) for rx in DATE_FORMS.values()):
        return None
    parts = tuple(int(p) for p in text.split("-"))
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return parts


class DateType(QuestionType):
    name = "date"
    model = DateQuestion
    label = "Date"
    instruction_text = "Give the date"
    default_topic = "dates"
    columns = ("prompt", "answer", "precision")
    editor_fields = ("topic", "prompt", "answer", "precision", "explanation")
    optional_fields = frozenset({"precision"})
    key_label = ("&Answer:", "The date: YYYY-MM-DD, YYYY-MM or YYYY")

    def answer(self, bank: Any, q: DateQuestion) -> str:
        return q.display_answer

    def grade(self, bank: Any, q: DateQuestion, answer: Any) -> GradeResult:
        given = as_text(answer).strip()
        expected = q.display_answer
        need = _PRECISIONS.index(q.resolved_precision) + 1
        parts = _parse_date(given)
        if parts is None:
            note = "No answer given." if not given else f"“{given}” is not a date written as YYYY-MM-DD, YYYY-MM or YYYY."
            return GradeResult(False, 0.0, given, expected, note)
        shown = format_date(given)
        if len(parts) < need:
            return GradeResult(False, 0.0, shown, expected, f"The question asks for the {q.resolved_precision}.")
        want = _parse_date(q.answer)
        got = parts[:need]
        if got == want:
            return GradeResult(True, 1.0, shown, expected)
        right = next(i for i in range(need) if got[i] != want[i])
        note = {0: "", 1: "Right year, wrong month.", 2: "Right month, wrong day."}[right]
        return GradeResult(False, 0.0, shown, expected, note)

    def gift(self, bank: Any, q: DateQuestion) -> GiftForm:
        if q.resolved_precision == "year":
            warning = None if q.precision is None else "the year precision is implied by the answer in GIFT"
            return GiftForm("numeric", q.prompt, (q.answer,), warning=warning)
        return GiftForm("short", q.prompt, (format_date(q.answer), q.answer),
                        warning=f"a date to the {q.resolved_precision} has no GIFT form; exported as a short answer "
                                f"({format_date(q.answer)!r} or {q.answer!r}), it comes back as a typed question")


SPEC = DateType()
