"""The question-bank format: validated models a teacher's TOML file is parsed into.

Every model forbids unknown fields, so a typo in a bank is reported instead of silently ignored.
Checks that need the whole bank (speakers among the people, answers among the choices, unique
ids) live here too; checks that need the file system (the article text) live in `loader`.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

Topic = Literal["who-said-what", "demands", "dates", "context"]
TOPICS: tuple[str, ...] = ("who-said-what", "demands", "dates", "context")
TOPIC_LABELS = {
    "who-said-what": "Who said what",
    "demands": "Demands",
    "dates": "Dates",
    "context": "Context",
}

Slug = Annotated[
    str,
    Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$", description="lowercase letters, digits, '.', '_' or '-'"),
]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
ShortText = Annotated[str, Field(min_length=1, max_length=500)]

CLOZE = re.compile(r"\{\{(.+?)\}\}")
DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(Strict):
    """The article the bank was made from; `file` is its text, beside the bank."""

    title: Text
    publisher: str = ""
    published: date | None = None
    url: str = Field("", description="shown as text only; the app never opens it")
    file: str | None = Field(None, description="path of the article text, relative to the bank file")


class BankInfo(Strict):
    id: Slug = Field(description="stable id: progress is keyed by (bank id, question id)")
    version: int = Field(ge=1, description="raise it when you change the bank; students' progress is kept")
    title: ShortText
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    description: str = ""
    sides: list[ShortText] = Field(default_factory=list, description="the parties whose positions the bank covers")
    source: Source


class Person(Strict):
    name: ShortText
    role: str = ""
    side: str = ""
    aliases: list[ShortText] = Field(default_factory=list)


class QuestionBase(Strict):
    id: Slug
    topic: Topic
    explanation: Text = Field(description="why the answer is right; shown after answering")
    source: Text = Field(description="a verbatim excerpt of the article the answer comes from")
    tags: list[ShortText] = Field(default_factory=list)

    @property
    def self_graded(self) -> bool:
        return False

    def content_hash(self) -> str:
        """Changes whenever anything a student sees changes; progress is kept while it does not."""
        raw = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


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


class FlashQuestion(QuestionBase):
    """Recall the answer, then grade yourself."""

    type: Literal["flash"]
    prompt: Text
    answer: Text

    @property
    def self_graded(self) -> bool:
        return True


Question = Annotated[
    Union[QuoteQuestion, ChoiceQuestion, TypedQuestion, DateQuestion, OrderQuestion, MatchQuestion, FlashQuestion],
    Field(discriminator="type"),
]
QUESTION_TYPES = ("quote", "choice", "typed", "date", "order", "match", "flash")


class Bank(Strict):
    bank: BankInfo
    people: list[Person] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1, max_length=10000)

    @model_validator(mode="after")
    def _cross_checks(self) -> "Bank":
        problems: list[tuple[tuple, str]] = []
        seen: set[str] = set()
        names = {p.name for p in self.people}
        for i, q in enumerate(self.questions):
            if q.id in seen:
                problems.append((("questions", i, "id"), f"duplicate question id {q.id!r}"))
            seen.add(q.id)
            if isinstance(q, QuoteQuestion):
                if q.speaker not in names:
                    problems.append((("questions", i, "speaker"),
                                     f"{q.speaker!r} is not among the [[people]]; add them or fix the name"))
                for d in q.distractors:
                    if d == q.speaker:
                        problems.append((("questions", i, "distractors"), "the speaker is listed as a distractor"))
                if len(self.quote_choices(q)) < 2:
                    problems.append((("questions", i, "distractors"),
                                     "needs at least one other person to choose from"))
        if problems:
            raise CrossCheckError(problems)
        return self

    # -- display, shared by `show --json`, exports and the GUI ------------------------------

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def quote_choices(self, q: QuoteQuestion) -> list[str]:
        """The speaker and up to three others, in a stable order (the session shuffles)."""
        others = q.distractors or [p.name for p in self.people if p.name != q.speaker]
        return sorted([q.speaker, *others[:3]])

    def question(self, qid: str):
        return next((q for q in self.questions if q.id == qid), None)


class CrossCheckError(ValueError):
    """Raised by Bank's whole-bank checks, carrying a location for each problem."""

    def __init__(self, problems: list[tuple[tuple, str]]):
        self.problems = problems
        super().__init__("; ".join(m for _, m in problems))


def format_date(value: str) -> str:
    """'2022-01-21' -> '21 January 2022', '2022-02' -> 'February 2022', '2015' -> '2015'."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def quoted(text: str) -> str:
    """`text` in quotation marks; quotes inside it become single ones, so a source ending in a
    quotation reads `quickly.’”`, not `quickly.””`."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def who_said(quote: str) -> str:
    """“Who said: “…”?” with the quote's own full stop dropped (not `quickly.”?`), and no second
    question mark after a quote that asks one."""
    words = quote.strip().strip("\"“”").strip()
    words = words.rstrip(".,;:").rstrip() if not words.endswith("...") else words
    return f"Who said: “{words}”" if words.endswith(("?", "!")) else f"Who said: “{words}”?"


def prompt_of(bank: Bank, q) -> str:
    """The question as the student sees it."""
    if isinstance(q, QuoteQuestion):
        if q.prompt:
            return q.prompt
        return f"Who said that {q.quote.rstrip('.')}?" if q.reported else who_said(q.quote)
    if isinstance(q, TypedQuestion):
        return q.shown_prompt
    return q.prompt


def answer_of(bank: Bank, q) -> str | list:
    """The right answer as display text (for order the items in order, for match the pairs)."""
    if isinstance(q, QuoteQuestion):
        return q.speaker
    if isinstance(q, TypedQuestion):
        return q.expected
    if isinstance(q, DateQuestion):
        return q.display_answer
    if isinstance(q, OrderQuestion):
        return list(q.items)
    if isinstance(q, MatchQuestion):
        return [list(p) for p in q.pairs]
    return q.answer


def choices_of(bank: Bank, q) -> list:
    """The options shown, in a stable order; empty where the student types or recalls."""
    if isinstance(q, QuoteQuestion):
        return bank.quote_choices(q)
    if isinstance(q, ChoiceQuestion):
        return list(q.choices)
    if isinstance(q, OrderQuestion):
        return sorted(q.items)
    if isinstance(q, MatchQuestion):
        return q.rights
    return []
