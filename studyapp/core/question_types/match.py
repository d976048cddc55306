"""Pair each left item with its right item (several lefts may share one right, e.g. a side)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from studyapp.core.answer_check import GradeResult, normalize
from studyapp.core.question_types.base import ARROW, GiftForm, QuestionBase, QuestionType, Text


class MatchQuestion(QuestionBase):
    """Pair each left item with its right item (several lefts may share one right, e.g. a side)."""

    type: Literal["match"]
    prompt: Text
    pairs: list[list[str]] = Field(min_length=2, max_length=8, description='[["left", "right"], ...]')

    @field_validator("pairs")
    @classmethod
    def _paired(cls, v: list[list[str]]) -> list[list[str]]:
        for i, pair in enumerate(v, 1):
            if len(pair) != 2 or not all(s.strip() for s in pair):
                raise ValueError(f"pair {i} is {pair!r}: every item needs exactly one partner, as [left, right]")
        pairs = [[a.strip(), b.strip()] for a, b in v]  # before the check: '0' and '0\x1c' are one item
        lefts = [p[0] for p in pairs]
        dup = [x for i, x in enumerate(lefts) if x in lefts[:i]]
        if dup:
            raise ValueError(f"left item {dup[0]!r} appears twice")
        return pairs

    @property
    def rights(self) -> list[str]:
        return sorted({p[1] for p in self.pairs})


class MatchType(QuestionType):
    name = "match"
    model = MatchQuestion
    label = "Match pairs"
    instruction_text = "Match the pairs"
    default_topic = "demands"
    columns = ("prompt", "pairs")
    editor_fields = ("topic", "prompt", "pairs", "explanation")
    key_field = None
    options_field = "pairs"
    options_label = ("Pa&irs:", "One pair a line, written left -> right")
    blank = {"prompt": "", "pairs": []}
    answer_separator = "; "

    def answer(self, bank: Any, q: MatchQuestion) -> list[list[str]]:
        return [list(p) for p in q.pairs]

    def answer_lines(self, bank: Any, q: MatchQuestion) -> list[str]:
        return [f"{left}{ARROW}{right}" for left, right in q.pairs]

    def choices(self, bank: Any, q: MatchQuestion) -> list[str]:
        return q.rights

    def lefts(self, bank: Any, q: MatchQuestion) -> list[str]:
        return [p[0] for p in q.pairs]

    def arrange(self, bank, q: MatchQuestion, rng):
        lefts = self.lefts(bank, q)
        rng.shuffle(lefts)
        choices = list(q.rights)
        rng.shuffle(choices)
        return tuple(choices), tuple(lefts)

    def grade(self, bank: Any, q: MatchQuestion, answer: Any) -> GradeResult:
        if answer is not None and not isinstance(answer, dict):
            raise TypeError(f"a match question takes a dict of left -> right, not {type(answer).__name__}")
        answer = dict(answer or {})
        pairs = [(left, right) for left, right in q.pairs]
        right_count = sum(1 for left, right in pairs if normalize(answer.get(left, "")) == normalize(right))
        shown = "; ".join(f"{left}{ARROW}{answer.get(left, '?')}" for left, _ in pairs)
        ok = right_count == len(pairs)
        note = "" if ok else f"{right_count} of {len(pairs)} pairs right."
        return GradeResult(ok, right_count / len(pairs), shown, self.answer_text(bank, q), note)

    def gift(self, bank: Any, q: MatchQuestion) -> GiftForm:
        warning = None if len(q.pairs) >= 3 else "Moodle needs at least three pairs to import a matching question"
        return GiftForm("match", q.prompt, tuple((a, b) for a, b in q.pairs), warning=warning)


SPEC = MatchType()
