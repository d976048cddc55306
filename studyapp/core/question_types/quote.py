"""Who said it? The student picks (or types) the speaker of a quotation; distractors come from the
bank's people unless the question names its own."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from studyapp.core.answer_check import GradeResult, as_text, grade_choice_value, grade_text
from studyapp.core.question_types.base import GiftForm, QuestionBase, QuestionType, ShortText, Text


class QuoteQuestion(QuestionBase):
    """Who said it? Distractors come from the bank's people unless given."""

    type: Literal["quote"]
    quote: Text
    speaker: ShortText
    reported: bool = Field(False, description="the quote is reported speech in the article's words, not a direct quotation")
    distractors: list[ShortText] = Field(default_factory=list)
    prompt: str = ""

    @field_validator("quote")
    @classmethod
    def _no_outer_quote_marks(cls, v: str) -> str:
        # Until nothing changes: '"\r0' must not keep the line break the quote mark sheltered, or the
        # bank would read back differently from a file it wrote (the CSV/GIFT round trips).
        while (trimmed := v.strip().strip("\"“”")) != v:
            v = trimmed
        return v


def quote_choices(bank: Any, q: QuoteQuestion) -> list[str]:
    """The speaker and up to three others, in a stable order (the session shuffles)."""
    others = q.distractors or [p.name for p in bank.people if p.name != q.speaker]
    return sorted([q.speaker, *others[:3]])


def who_said(quote: str) -> str:
    """“Who said: “…”?” with the quote's own full stop dropped (not `quickly.”?`), and no second
    question mark after a quote that asks one."""
    words = quote.strip().strip("\"“”").strip()
    words = words.rstrip(".,;:").rstrip() if not words.endswith("...") else words
    return f"Who said: “{words}”" if words.endswith(("?", "!")) else f"Who said: “{words}”?"


class QuoteType(QuestionType):
    name = "quote"
    model = QuoteQuestion
    label = "Who said it? (quote)"
    instruction_text = "Who said it?"
    default_topic = "who-said-what"
    columns = ("quote", "speaker", "distractors", "prompt")
    editor_fields = ("topic", "prompt", "quote", "reported", "speaker", "distractors", "explanation")
    optional_fields = frozenset({"prompt", "distractors", "reported"})
    key_field = "speaker"
    key_label = ("Spe&aker:", "Who said it: one of the bank's people (or type a name)")
    options_field = "distractors"
    options_label = ("Distra&ctors:", "The wrong people to offer, one a line; empty: the bank's other people")
    blank = {"quote": "", "speaker": ""}

    def prompt(self, bank: Any, q: QuoteQuestion) -> str:
        if q.prompt:
            return q.prompt
        return f"Who said that {q.quote.rstrip('.')}?" if q.reported else who_said(q.quote)

    def answer(self, bank: Any, q: QuoteQuestion) -> str:
        return q.speaker

    def choices(self, bank: Any, q: QuoteQuestion) -> list[str]:
        return quote_choices(bank, q)

    def grade(self, bank: Any, q: QuoteQuestion, answer: Any) -> GradeResult:
        given = as_text(answer)
        options = quote_choices(bank, q)
        if given in options:
            return grade_choice_value(given, q.speaker, options)
        speaker = bank.person(q.speaker)
        aliases = list(speaker.aliases) if speaker else []
        others = [n for p in bank.people if p.name != q.speaker for n in (p.name, *p.aliases)]
        others += [d for d in q.distractors if d not in others]
        return grade_text(given, q.speaker, aliases, others)

    def bank_problems(self, bank: Any, i: int, q: QuoteQuestion) -> list[tuple[tuple, str]]:
        problems = []
        if q.speaker not in {p.name for p in bank.people}:
            problems.append((("questions", i, "speaker"),
                             f"{q.speaker!r} is not among the [[people]]; add them or fix the name"))
        for d in q.distractors:
            if d == q.speaker:
                problems.append((("questions", i, "distractors"), "the speaker is listed as a distractor"))
        if len(quote_choices(bank, q)) < 2:
            problems.append((("questions", i, "distractors"), "needs at least one other person to choose from"))
        return problems

    def gift(self, bank: Any, q: QuoteQuestion) -> GiftForm:
        answers = tuple((c == q.speaker, c) for c in quote_choices(bank, q))
        return GiftForm("choice", self.prompt(bank, q), answers,
                        warning="a quote question is exported as multiple choice; it comes back as a choice question")


SPEC = QuoteType()
