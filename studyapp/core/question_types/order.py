"""Put events in time order; `items` is the right order, shuffled for the student."""

from __future__ import annotations

import bisect
from typing import Any, Literal

from pydantic import Field, field_validator

from studyapp.core.answer_check import GradeResult
from studyapp.core.question_types.base import ARROW, QuestionBase, QuestionType, ShortText, Text


class OrderQuestion(QuestionBase):
    """Put events in time order; `items` is the right order, shuffled for the student."""

    type: Literal["order"]
    prompt: Text
    items: list[ShortText] = Field(min_length=2, max_length=8)

    @field_validator("items")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        seen = [x for i, x in enumerate(v) if x in v[:i]]
        if seen:
            raise ValueError(f"items repeat {seen[0]!r}; an order needs distinct items")
        return v


def _longest_increasing(seq: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


class OrderType(QuestionType):
    name = "order"
    model = OrderQuestion
    label = "Put in order"
    instruction_text = "Put in order"
    default_topic = "dates"
    columns = ("prompt", "items")
    editor_fields = ("topic", "prompt", "items", "explanation")
    key_field = None
    options_field = "items"
    options_label = ("&Items in order:", "The items in the right order, one a line")
    blank = {"prompt": "", "items": []}
    answer_separator = ARROW
    sequence = True

    def answer(self, bank: Any, q: OrderQuestion) -> list[str]:
        return list(q.items)

    def answer_lines(self, bank: Any, q: OrderQuestion) -> list[str]:
        return list(q.items)

    def choices(self, bank: Any, q: OrderQuestion) -> list[str]:
        return sorted(q.items)

    def arrange(self, bank, q: OrderQuestion, rng):
        choices = list(q.items)
        for _ in range(10):  # never hand out the answer already in order
            rng.shuffle(choices)
            if choices != list(q.items):
                break
        return tuple(choices), ()

    def grade(self, bank: Any, q: OrderQuestion, answer: Any) -> GradeResult:
        """Score by how many items must be moved to fix the order, against the worst case.

        Counting items in place punishes one early event put last as if everything were wrong
        (A B C D -> B C D A has none in place); the items already in the right relative order (the
        longest increasing run of their true positions) are the ones that need not move, so
        n - that run is the fewest moves to fix it, and a reversed list (n - 1 moves) scores 0.
        """
        if answer is not None and not isinstance(answer, (list, tuple)):
            raise TypeError(f"an order question takes a list of items, not {type(answer).__name__}")
        items = list(q.items)
        given = [str(x) for x in (answer or [])]
        expected = self.answer_text(bank, q)
        shown = ARROW.join(given)
        if given == items:
            return GradeResult(True, 1.0, shown, expected)
        pos = {item: i for i, item in enumerate(items)}
        seen: set[str] = set()
        ranks = []
        for x in given:
            if x in pos and x not in seen:
                seen.add(x)
                ranks.append(pos[x])
        n = len(items)
        extras = len(given) - len(ranks)  # unknown or repeated items: each one more thing to fix
        moves = n - _longest_increasing(ranks) + extras
        score = max(0.0, 1.0 - moves / (n - 1))
        in_place = sum(1 for i, x in enumerate(given[:n]) if x == items[i])
        note = f"{in_place} of {n} in the right place"
        note += f"; moving {moves} item{'s' if moves != 1 else ''} would fix it." if len(given) == n else "."
        return GradeResult(False, score, shown, expected, note)


SPEC = OrderType()
