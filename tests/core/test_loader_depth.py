"""The nesting limit: told for every document nested too deep, walked only when a valid bank could be."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from pydantic import BaseModel, field_validator

from studyapp.core.bank import QUESTION_TYPES, bank_model
from studyapp.core.loader import MAX_NESTING, _nests_deeper_than, _schema_depth, parse_bank
from studyapp.core.question_types import QuestionType
from studyapp.core.question_types.base import QuestionBase, Text
from studyapp.errors import BankError

HEAD = '[bank]\nid = "odd"\nversion = 1\ntitle = "Odd data"\n\n[bank.source]\ntitle = "An invented note"\n\n'


class NoteQuestion(QuestionBase):
    """A registered type whose `extra` takes any value at all, nested as deep as it likes."""

    type: Literal["note"]
    prompt: Text
    answer: str
    extra: Any = None


class NoteType(QuestionType):
    name = "note"
    model = NoteQuestion
    label = "A note"


class Flattened(BaseModel):
    """A field whose validator runs first and may turn nested arrays into text."""

    value: str

    @field_validator("value", mode="before")
    @classmethod
    def _flatten(cls, v):
        return str(v)


class Plain(BaseModel):
    title: str
    items: list[list[str]] = []
    maybe: int | None = None


def test_the_built_in_bank_nests_five_deep_so_a_valid_bank_is_not_walked():
    assert _schema_depth(bank_model().__pydantic_core_schema__) == 5
    assert not _nests_deeper_than(bank_model(), MAX_NESTING)


def test_depth_counts_tables_and_arrays_and_knows_no_bound_for_free_values():
    assert _schema_depth(Plain.__pydantic_core_schema__) == 3
    assert _schema_depth(NoteQuestion.__pydantic_core_schema__) is None
    assert _schema_depth(Flattened.__pydantic_core_schema__) is None


def _note_bank(extra: str) -> bytes:
    return (HEAD + '[[questions]]\nid = "q1"\ntype = "note"\ntopic = "context"\nprompt = "What?"\n'
            'answer = "This."\nexplanation = "Because."\nsource = "An invented line."\n'
            f"extra = {extra}\n").encode()


def test_a_valid_bank_of_a_type_that_takes_any_value_is_still_refused_when_nested_too_deep(tmp_path):
    with QUESTION_TYPES.registered(NoteType()):
        assert _nests_deeper_than(bank_model(), MAX_NESTING)
        shallow = parse_bank(_note_bank("[[1, 2], [3]]"), tmp_path / "b.toml")
        assert shallow.bank.questions[0].extra == [[1, 2], [3]]
        with pytest.raises(BankError) as exc:
            parse_bank(_note_bank("[" * 12 + "]" * 12), tmp_path / "b.toml")
    [problem] = exc.value.problems
    assert (problem.field, problem.message) == ("toml", f"values are nested more than {MAX_NESTING} levels deep; "
                                                        "a bank needs at most 5: check the [ ] and { }")


def test_an_invalid_bank_nested_too_deep_is_told_about_the_nesting_not_its_fields(tmp_path):
    deep = HEAD + "oops = " + "[" * 11 + "1" + "]" * 11 + "\n"  # and no questions at all
    with pytest.raises(BankError) as exc:
        parse_bank(deep.encode(), tmp_path / "b.toml")
    [problem] = exc.value.problems
    assert problem.field == "toml" and f"nested more than {MAX_NESTING} levels" in problem.message
