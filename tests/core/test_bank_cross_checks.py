"""Whole-bank checks: each type's own, asked only of the types that have one."""

from __future__ import annotations

from typing import Any, Literal

import pytest

from studyapp.core.bank import QUESTION_TYPES
from studyapp.core.loader import parse_bank
from studyapp.core.question_types import QuestionType
from studyapp.core.question_types.base import QuestionBase, Text
from studyapp.errors import BankError


class EchoQuestion(QuestionBase):
    type: Literal["echo"]
    prompt: Text
    answer: str


class EchoType(QuestionType):
    """A registered type whose whole-bank check wants its answer to be another question's id."""

    name = "echo"
    model = EchoQuestion
    label = "Echo"

    def bank_problems(self, bank: Any, index: int, q: EchoQuestion) -> list[tuple[tuple, str]]:
        if q.answer not in {other.id for other in bank.questions}:
            return [(("questions", index, "answer"), f"{q.answer!r} is no question of this bank")]
        return []


BANK = """[bank]
id = "echoes"
version = 1
title = "Echoes"

[bank.source]
title = "An invented note"

[[questions]]
id = "e1"
type = "echo"
topic = "context"
prompt = "Which?"
answer = "{answer}"
explanation = "Because."
source = "An invented line."

[[questions]]
id = "{second}"
type = "flash"
topic = "context"
prompt = "What?"
answer = "This."
explanation = "Because."
source = "Another invented line."
"""


def test_a_registered_types_own_check_runs_and_duplicates_are_still_found(tmp_path):
    with QUESTION_TYPES.registered(EchoType()):
        assert parse_bank(BANK.format(answer="f1", second="f1").encode(), tmp_path / "b.toml").bank.questions
        with pytest.raises(BankError) as exc:
            parse_bank(BANK.format(answer="nowhere", second="e1").encode(), tmp_path / "b.toml")
    assert sorted((p.line, p.field, p.message) for p in exc.value.problems) == [
        (14, "questions[0].answer", "'nowhere' is no question of this bank"),
        (19, "questions[1].id", "duplicate question id 'e1'")]


def test_the_built_in_types_check_only_quotes():
    overriding = sorted(name for name in QUESTION_TYPES
                        if type(QUESTION_TYPES[name]).bank_problems is not QuestionType.bank_problems)
    assert overriding == ["quote"]
