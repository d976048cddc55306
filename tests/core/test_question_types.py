"""The registry of question types: one table, asked by name, that a new type joins and leaves."""

from __future__ import annotations

from typing import Literal

import pytest

from studyapp.core.bank import Bank, answer_text, bank_model, question_adapter
from studyapp.core.loader import load_bank
from studyapp.core.question_types import QUESTION_TYPES, QuestionType
from studyapp.core.question_types.base import QuestionBase, Text
from studyapp.exchange.csv_format import COLUMNS


class EchoQuestion(QuestionBase):
    type: Literal["echo"]
    prompt: Text
    answer: Text


class EchoType(QuestionType):
    name, model, label = "echo", EchoQuestion, "Echo"


ECHO = {"id": "e", "type": "echo", "topic": "context", "prompt": "Say it", "answer": "it", "explanation": "x",
        "source": "y"}


def test_the_built_in_types_in_order():
    assert tuple(QUESTION_TYPES) == ("quote", "choice", "typed", "date", "order", "match", "flash")
    assert ", ".join(QUESTION_TYPES) == "quote, choice, typed, date, order, match, flash"
    for spec in QUESTION_TYPES.specs():
        assert set(spec.columns) <= set(COLUMNS), spec.name  # a built-in type writes the columns README lists
        assert spec.model.model_fields["type"].annotation == Literal[spec.name]


def test_a_name_is_registered_once_and_an_unknown_one_is_named():
    with pytest.raises(ValueError, match="'quote' is already registered"):
        QUESTION_TYPES.register(type("Again", (EchoType,), {"name": "quote"})())
    with pytest.raises(KeyError, match="unknown question type 'nope'; the types are quote, choice"):
        QUESTION_TYPES["nope"]


def test_a_registered_type_is_read_until_it_leaves(mini_bank_path):
    raw = load_bank(mini_bank_path).bank.model_dump(mode="json")
    raw["questions"].append(ECHO)
    assert bank_model() is Bank
    with pytest.raises(ValueError, match="echo"):
        bank_model().model_validate(raw)
    with QUESTION_TYPES.registered(EchoType()):
        bank = bank_model().model_validate(raw)
        assert isinstance(bank, Bank) and bank.questions[-1].type == "echo"
        assert answer_text(bank, bank.questions[-1]) == "it"
        assert question_adapter().validate_python(ECHO).prompt == "Say it"
    assert "echo" not in QUESTION_TYPES and bank_model() is Bank


def test_parts_of_an_answer_read_as_one_line(mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    q = {q.id: q for q in bank.questions}
    assert answer_text(bank, q["q-order"]) == "The council met → The article was published → The bridge is due"
    assert answer_text(bank, q["q-match"]).count(" → ") == len(q["q-match"].pairs)
    assert answer_text(bank, q["q-date"]) == "3 March 2023"
