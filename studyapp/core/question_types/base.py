"""What every question type shares: the fields all questions have, and `QuestionType`, the spec a
type's module fills in so that every layer (loading, grading, the session, exports, printing, the
editors) asks the type instead of keeping its own `if q.type == ...` list.

A spec is plain Python (no Qt, no file formats): it says what a question of its type means, and the
layers above render that (`gift` returns a `GiftForm` that `exchange.gift_format` writes; the widget
is registered by the same name in `gui.question_widgets`).
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

Topic = Literal["who-said-what", "demands", "dates", "context"]

Slug = Annotated[
    str,
    Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$", description="lowercase letters, digits, '.', '_' or '-'"),
]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
ShortText = Annotated[str, Field(min_length=1, max_length=500)]

ARROW = " → "  # between the items of an order and the two sides of a match pair, wherever they are shown


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


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


@dataclass(frozen=True)
class GiftForm:
    """A question as one of GIFT's own kinds, for `exchange.gift_format` to write.

    kind: "choice" (`answers` are (right, text) pairs), "truefalse" (`answers` is ("T",) or ("F",)),
    "short" (accepted texts; `after` is the prompt's text after a cloze gap), "numeric" (one number)
    or "match" (`answers` are (left, right) pairs). `warning` says what the form loses.
    """

    kind: str
    prompt: str
    answers: tuple = ()
    after: str | None = None
    warning: str | None = None


@dataclass(frozen=True)
class Template:
    """A new, empty question the bank editor offers (`kind` is what its menu calls it: a true/false
    question is a choice), its required fields blank so the loader names each one to fill."""

    kind: str
    label: str
    fields: dict = field(default_factory=dict)


class QuestionType:
    """One question type: subclass it in one module, fill in the class attributes and override what
    differs from a question with a `prompt` and a one-line `answer`, then register an instance in
    `QUESTION_TYPES` (and its widget in `gui.question_widgets`)."""

    name: ClassVar[str]
    model: ClassVar[type[QuestionBase]]
    label: ClassVar[str]  # the editors' type menu
    instruction_text: ClassVar[str] = ""  # above the question while studying
    default_topic: ClassVar[str] = "context"
    # The CSV columns this type uses beyond id, type, topic, explanation, source and tags, read and
    # written as the question's own fields of those names (lists one item a line, pairs `left -> right`).
    columns: ClassVar[tuple[str, ...]] = ("prompt", "answer")
    # The question editor: the fields a teacher edits, those that may be left empty, which field the
    # one-line key editor holds (None: the options are the answer) and which the options editor holds.
    editor_fields: ClassVar[tuple[str, ...]] = ("topic", "prompt", "answer", "explanation")
    optional_fields: ClassVar[frozenset[str]] = frozenset()
    key_field: ClassVar[str | None] = "answer"
    key_label: ClassVar[tuple[str, str]] = ("&Answer:", "")
    options_field: ClassVar[str | None] = None
    options_label: ClassVar[tuple[str, str]] = ("", "")
    blank: ClassVar[dict] = {"prompt": "", "answer": ""}
    answer_separator: ClassVar[str] = ""  # joins `answer_lines` into the one-line answer text
    sequence: ClassVar[bool] = False  # the answer is the choices put in order (numbered where printed)

    # -- what the student sees ---------------------------------------------------------------

    def instruction(self, question: Any) -> str:
        return self.instruction_text

    def prompt(self, bank: Any, question: Any) -> str:
        """The question as the student sees it."""
        return question.prompt

    def answer(self, bank: Any, question: Any) -> str | list:
        """The right answer as `studyapp show --json` gives it (a list where it has parts)."""
        return question.answer

    def answer_lines(self, bank: Any, question: Any) -> list[str]:
        """The right answer as lines of display text (one per item or pair where it has parts)."""
        return [str(self.answer(bank, question))]

    def answer_text(self, bank: Any, question: Any) -> str:
        """The right answer as one line of display text: feedback, exam lines, Browse, exports, `show`."""
        return self.answer_separator.join(self.answer_lines(bank, question))

    def choices(self, bank: Any, question: Any) -> list[str]:
        """The options shown, in a stable order; empty where the student types or recalls."""
        return []

    def lefts(self, bank: Any, question: Any) -> list[str]:
        """The items the student pairs with the choices (a match's left side), in the bank's order."""
        return []

    def arrange(self, bank: Any, question: Any, rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The choices (and a match's left items) in the order this sitting shows them."""
        choices = list(self.choices(bank, question))
        rng.shuffle(choices)
        return tuple(choices), ()

    # -- grading and checking ----------------------------------------------------------------

    def grade(self, bank: Any, question: Any, answer: Any):
        """A `GradeResult` for `answer`, in the shape the type's widget emits."""
        raise NotImplementedError

    def bank_problems(self, bank: Any, index: int, question: Any) -> list[tuple[tuple, str]]:
        """Problems only the whole bank shows (a speaker not among the people), as (location, message)."""
        return []

    # -- other formats -----------------------------------------------------------------------

    def gift(self, bank: Any, question: Any) -> GiftForm | None:
        """The question in GIFT terms, or None when GIFT has no form for it (it is left out)."""
        return None

    def templates(self) -> tuple[Template, ...]:
        return (Template(self.name, self.label, dict(self.blank)),)
