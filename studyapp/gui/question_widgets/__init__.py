"""One small widget per question type, registered by the type's name (`core.question_types` holds
the rest of the type, Qt-free); `widget_for` picks it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QWidget

from studyapp.core.bank import QUESTION_TYPES, Bank
from studyapp.gui.question_widgets.base import QuestionWidget
from studyapp.gui.question_widgets.choice import ChoiceWidget, QuoteWidget
from studyapp.gui.question_widgets.date import DateWidget
from studyapp.gui.question_widgets.flash import FlashWidget
from studyapp.gui.question_widgets.match import MatchWidget
from studyapp.gui.question_widgets.order import OrderWidget
from studyapp.gui.question_widgets.typed import TypedWidget

WIDGETS: dict[str, type[QuestionWidget]] = {
    "quote": QuoteWidget,
    "choice": ChoiceWidget,
    "typed": TypedWidget,
    "date": DateWidget,
    "order": OrderWidget,
    "match": MatchWidget,
    "flash": FlashWidget,
}


def register_widget(name: str, widget: type[QuestionWidget]) -> None:
    """The widget that asks questions of the type registered as `name` in `QUESTION_TYPES`."""
    if name not in QUESTION_TYPES:
        raise ValueError(f"register the question type {name!r} in QUESTION_TYPES before its widget")
    if name in WIDGETS:
        raise ValueError(f"a widget for {name!r} questions is already registered")
    WIDGETS[name] = widget


@contextmanager
def registered_widget(name: str, widget: type[QuestionWidget]) -> Iterator[None]:
    """`widget` registered for the `with` block only (a test's own type)."""
    register_widget(name, widget)
    try:
        yield
    finally:
        del WIDGETS[name]


def widget_for(question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
               lefts: list[str] | None = None) -> QuestionWidget:
    """The widget for `question`, showing `choices` (and a match's `lefts`) in the given order."""
    return WIDGETS[question.type](question, choices, bank, parent, lefts)


__all__ = ["QuestionWidget", "WIDGETS", "register_widget", "registered_widget", "widget_for"]
