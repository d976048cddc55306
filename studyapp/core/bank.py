"""The question-bank format: validated models a teacher's TOML file is parsed into.

Every model forbids unknown fields, so a typo in a bank is reported instead of silently ignored.
Checks that need the whole bank (speakers among the people, ids unique) live here too, each type's
in its spec; checks that need the file system (the article text) live in `loader`. The question
models themselves live with their types in `core.question_types`; the names are kept here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Annotated, Union

from pydantic import Field, TypeAdapter, create_model, model_validator

from studyapp.core.question_types import QUESTION_TYPES, QuestionType, QuestionTypes
from studyapp.core.question_types.base import QuestionBase, ShortText, Slug, Strict, Text, Topic
from studyapp.core.question_types.choice import ChoiceQuestion
from studyapp.core.question_types.date import DATE_FORMS, MONTHS, DateQuestion, format_date
from studyapp.core.question_types.flash import FlashQuestion
from studyapp.core.question_types.match import MatchQuestion
from studyapp.core.question_types.order import OrderQuestion
from studyapp.core.question_types.quote import QuoteQuestion, quote_choices, who_said
from studyapp.core.question_types.typed import CLOZE, TypedQuestion

TOPICS: tuple[str, ...] = ("who-said-what", "demands", "dates", "context")
TOPIC_LABELS = {
    "who-said-what": "Who said what",
    "demands": "Demands",
    "dates": "Dates",
    "context": "Context",
}


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


def _question_union(models: tuple[type, ...]):
    return Annotated[Union[models], Field(discriminator="type")]


Question = _question_union(QUESTION_TYPES.models())


class Bank(Strict):
    bank: BankInfo
    people: list[Person] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1, max_length=10000)

    @model_validator(mode="after")
    def _cross_checks(self) -> "Bank":
        problems: list[tuple[tuple, str]] = []
        seen: set[str] = set()
        # Only the types with whole-bank checks of their own are asked (a third of this check's time
        # for a bank of 1,000 questions went into asking the others for nothing).
        checks: dict[str, Callable | None] = {}
        for i, q in enumerate(self.questions):
            qid, kind = q.id, q.type
            if qid in seen:
                problems.append((("questions", i, "id"), f"duplicate question id {qid!r}"))
            seen.add(qid)
            if kind not in checks:
                spec = QUESTION_TYPES.of(q)
                checks[kind] = spec.bank_problems if type(spec).bank_problems is not QuestionType.bank_problems else None
            check = checks[kind]
            if check is not None:
                problems.extend(check(self, i, q))
        if problems:
            raise CrossCheckError(problems)
        return self

    # -- display, shared by `show --json`, exports and the GUI ------------------------------

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def quote_choices(self, q: QuoteQuestion) -> list[str]:
        """The speaker and up to three others, in a stable order (the session shuffles)."""
        return quote_choices(self, q)

    def question(self, qid: str):
        return next((q for q in self.questions if q.id == qid), None)


class CrossCheckError(ValueError):
    """Raised by Bank's whole-bank checks, carrying a location for each problem."""

    def __init__(self, problems: list[tuple[tuple, str]]):
        self.problems = problems
        super().__init__("; ".join(m for _, m in problems))


def quoted(text: str) -> str:
    """`text` in quotation marks; quotes inside it become single ones, so a source ending in a
    quotation reads `quickly.’”`, not `quickly.””`."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def prompt_of(bank: Bank, q) -> str:
    """The question as the student sees it."""
    return QUESTION_TYPES.of(q).prompt(bank, q)


def answer_of(bank: Bank, q) -> str | list:
    """The right answer as `show --json` gives it (for order the items in order, for match the pairs)."""
    return QUESTION_TYPES.of(q).answer(bank, q)


def answer_text(bank: Bank, q) -> str:
    """The right answer as one line of display text, wherever it is shown (see QuestionType.answer_text)."""
    return QUESTION_TYPES.of(q).answer_text(bank, q)


def choices_of(bank: Bank, q) -> list:
    """The options shown, in a stable order; empty where the student types or recalls."""
    return QUESTION_TYPES.of(q).choices(bank, q)


@lru_cache(maxsize=8)
def _models_bank(models: tuple[type, ...]) -> type[Bank]:
    if models == _BUILT_IN:
        return Bank
    return create_model("Bank", __base__=Bank, __module__=__name__,
                        questions=(list[_question_union(models)], Field(min_length=1, max_length=10000)))


@lru_cache(maxsize=8)
def _models_adapter(models: tuple[type, ...]) -> TypeAdapter:
    return TypeAdapter(_question_union(models))


def bank_model(types: QuestionTypes = QUESTION_TYPES) -> type[Bank]:
    """The Bank model that takes every registered type: `Bank` itself for the built-in ones, a subclass
    when a type was registered since (ask this rather than `Bank` to read a bank)."""
    return _models_bank(types.models())


def question_adapter(types: QuestionTypes = QUESTION_TYPES) -> TypeAdapter:
    """Validates one question of any registered type (the installed banks' cache lines)."""
    return _models_adapter(types.models())


_BUILT_IN = QUESTION_TYPES.models()

__all__ = [
    "CLOZE", "DATE_FORMS", "MONTHS", "QUESTION_TYPES", "TOPICS", "TOPIC_LABELS", "Bank", "BankInfo",
    "ChoiceQuestion", "CrossCheckError", "DateQuestion", "FlashQuestion", "MatchQuestion", "OrderQuestion",
    "Person", "Question", "QuestionBase", "QuoteQuestion", "ShortText", "Slug", "Source", "Strict", "Text", "Topic",
    "TypedQuestion", "answer_of", "answer_text", "bank_model", "choices_of", "format_date", "prompt_of",
    "question_adapter", "quoted", "who_said",
]


# -- pydantic's errors in a teacher's words (a TOML bank and a CSV/GIFT table read alike) ----------

def error_location(loc: tuple) -> tuple:
    """Drop the type tag pydantic inserts in union locations: ('questions', 3, 'quote', 'speaker')."""
    return tuple(p for i, p in enumerate(loc)
                 if not (i == 2 and loc[:1] == ("questions",) and p in QUESTION_TYPES))


def unknown_type_message(err: dict) -> str:
    tag = (err.get("ctx") or {}).get("tag")
    return f"unknown question type {tag!r}; use one of {', '.join(QUESTION_TYPES)}"


def plain_message(err: dict) -> str:
    return err["msg"].removeprefix("Value error, ")
