"""One small widget per question type; `widget_for` picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from studyapp.core.bank import Bank
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


def widget_for(question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
               lefts: list[str] | None = None) -> QuestionWidget:
    """The widget for `question`, showing `choices` (and a match's `lefts`) in the given order."""
    return WIDGETS[question.type](question, choices, bank, parent, lefts)


__all__ = ["QuestionWidget", "WIDGETS", "widget_for"]
