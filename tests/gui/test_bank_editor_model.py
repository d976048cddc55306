"""The bank editor's state without widgets: problems in the loader's words, adding, moving, what changed."""

from __future__ import annotations

from datetime import date

import pytest

from studyapp.core.loader import load_bank
from studyapp.errors import BankError
from studyapp.gui.bank_editor_model import (NEW_TYPES, BankEditorModel, new_question, parse_people, people_lines,
                                            published_value)


@pytest.fixture
def model(mini_bank_path):
    m = BankEditorModel.of_installed(load_bank(mini_bank_path))
    yield m
    m.close()


def test_an_installed_bank_opens_without_problems_and_unchanged(model):
    assert model.blocking() == [] and not model.unsaved()
    assert model.validated(version=2).bank.version == 2
    assert model.changed_ids(model.validated()) == []


def test_an_edit_is_judged_and_marks_only_that_question_changed(model):
    i = model.index_of("q-date")
    model.edit(i, {"answer": "2023-02-30"})
    assert model.problems[i] == ["answer: '2023-02-30' is not a real date (day is out of range for month)"]
    with pytest.raises(BankError) as err:
        model.validated()
    assert [p.field for p in err.value.problems] == ["q-date"]
    model.edit(i, {"answer": "2023-03"})
    assert model.problems[i] == [] and model.unsaved()
    assert model.changed_ids(model.validated(version=2)) == ["q-date"]


def test_adding_moving_and_removing_questions(model):
    at = model.add("truefalse", after=0)
    assert at == 1 and model.questions[1]["choices"] == ["True", "False"] and model.questions[1]["id"] == "question-9"
    assert "prompt: String should have at least 1 character" in model.problems[1]
    assert model.move(1, -1) == 0 and model.ids()[:2] == ["question-9", "q-quote"]
    assert model.move(0, -1) == 0  # already first
    model.remove(0)
    assert model.ids()[0] == "q-quote" and model.blocking() == []


def test_every_type_can_be_added_and_new_ids_never_repeat(model):
    ids = [model.questions[model.add(kind)]["id"] for kind, _label in NEW_TYPES]
    assert len(set(ids + ["q-quote"])) == len(ids) + 1
    assert {q["type"] for q in model.questions} == {"quote", "choice", "typed", "date", "order", "match", "flash"}


def test_people_lines_round_trip():
    text = "Alice Smith | Mayor | Council | Ms Smith, Alice\nBob Jones | | Opposition\nCarol"
    people = parse_people(text)
    assert people == [{"name": "Alice Smith", "role": "Mayor", "side": "Council", "aliases": ["Ms Smith", "Alice"]},
                      {"name": "Bob Jones", "side": "Opposition"}, {"name": "Carol"}]
    assert parse_people(people_lines(people)) == people


def test_a_published_date_is_a_date_only_when_it_is_one():
    assert published_value("2024-05-06") == date(2024, 5, 6)
    assert published_value("May 2024") == "May 2024"
    assert published_value(" ") is None


def test_a_new_bank_names_what_it_still_needs():
    m = BankEditorModel.empty()
    try:
        assert "bank.title: String should have at least 1 character" in m.blocking()
        m.set_info("title", "Ferry")
        m.set_info("id", "ferry")
        m.set_source("title", "Ferry article")
        m.set_article("Tom Reed said the fares were too high.")
        i = m.add("flash")
        m.edit(i, {"prompt": "What did Tom Reed object to?", "answer": "The fares", "explanation": "He said so.",
                   "source": "Tom Reed said the fares were too high"})
        assert m.blocking() == []
        bank = m.validated(article_file="sources/ferry.txt")
        assert bank.bank.source.file == "sources/ferry.txt" and bank.bank.version == 1
        m.edit(i, {"source": "Tom Reed said the fares were low."})
        assert m.problems[i] == ["source: question 'flash-1': the source is not a verbatim excerpt of "
                                 "sources/ferry.txt"]
    finally:
        m.close()


def test_new_question_shapes():
    assert new_question("truefalse", "x")["type"] == "choice"
    assert new_question("typed", "x") == {"id": "x", "type": "typed", "topic": "context", "prompt": "",
                                          "explanation": "", "source": ""}


def test_a_duplicate_id_follows_the_questions_when_they_move_or_go(model):
    i = model.index_of("q-date")
    model.edit(i, {"id": "q-tf"})  # q-tf comes first: the duplicate is reported on the second
    assert model.problems[i] == ["id: duplicate question id 'q-tf'"]
    to = model.move(i, -2)  # now before the first q-tf
    assert to == i - 2 and model.problems[to] == [] and model.problems[to + 1] == ["id: duplicate question id 'q-tf'"]
    model.remove(to)
    assert model.blocking() == []


def test_people_changes_judge_the_quotes_again_and_header_changes_leave_questions_alone(model):
    i = model.index_of("q-quote")
    model.set_people([p for p in model.bank["people"] if p["name"] != "Alice Smith"])
    assert model.problems[i] == ["speaker: 'Alice Smith' is not among the [[people]]; add them or fix the name"]
    model.set_info("title", "")
    assert model.bank_problems == ["bank.title: String should have at least 1 character"]
    assert model.problems[i] != [] and sum(1 for found in model.problems if found) == 1
    model.set_info("title", "Mini")
    assert model.bank_problems == []
