"""Every question type in one table that every layer asks (`QUESTION_TYPES`).

A type is one module here: its pydantic model and a `QuestionType` spec (prompt, answer as text,
choices, grader, CSV columns, GIFT form, editor fields). The widget that asks it is registered by
the same name in `gui.question_widgets`, so this package stays free of Qt. Adding a type:

    class ToyType(QuestionType):
        name, model, label = "toy", ToyQuestion, "Toy"
        def grade(self, bank, q, answer): ...
    QUESTION_TYPES.register(ToyType())          # or `with QUESTION_TYPES.registered(ToyType()):`
    register_widget("toy", ToyWidget)           # gui.question_widgets

As py-fsrs keeps one enum per concept and Anki one `consts.py`, the table is the one list: the
loader's messages, the CSV columns, the search language's `type:` and the editors read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from studyapp.core.question_types import choice, date, flash, match, order, quote, typed
from studyapp.core.question_types.base import QuestionType


class QuestionTypes:
    """The registered question types by name, in the order they were registered (the order menus and
    messages list them). Iterating gives the names, so `", ".join(QUESTION_TYPES)` reads as before."""

    def __init__(self, specs: list[QuestionType]):
        self._specs: dict[str, QuestionType] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: QuestionType) -> None:
        if spec.name in self._specs:
            raise ValueError(f"a question type named {spec.name!r} is already registered")
        self._specs[spec.name] = spec

    def unregister(self, name: str) -> None:
        del self._specs[name]

    @contextmanager
    def registered(self, spec: QuestionType) -> Iterator[QuestionType]:
        """`spec` registered for the `with` block only (a test's own type)."""
        self.register(spec)
        try:
            yield spec
        finally:
            self.unregister(spec.name)

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._specs))

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __len__(self) -> int:
        return len(self._specs)

    def __getitem__(self, name: str) -> QuestionType:
        try:
            return self._specs[name]
        except KeyError:
            raise KeyError(f"unknown question type {name!r}; the types are {', '.join(self._specs)}") from None

    def of(self, question: Any) -> QuestionType:
        """The spec of a question model (anything with a `type`)."""
        return self[question.type]

    def specs(self) -> tuple[QuestionType, ...]:
        return tuple(self._specs.values())

    def models(self) -> tuple[type, ...]:
        return tuple(spec.model for spec in self._specs.values())


QUESTION_TYPES = QuestionTypes([quote.SPEC, choice.SPEC, typed.SPEC, date.SPEC, order.SPEC, match.SPEC, flash.SPEC])

__all__ = ["QUESTION_TYPES", "QuestionType", "QuestionTypes"]
