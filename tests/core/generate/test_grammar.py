"""The grammar gate (grammar.py) on splices a swap or a cut leaves in a question: a name's "which"/"who" clause with no
comma, where the question's own verb should stand ("did the Federation of Northern Growers which staged …?"), and a
present verb joined on after a past event's frame ("In what year was the charity founded … and now employs 22
staff?"). Invented texts only."""

from __future__ import annotations

import pytest

from studyapp.core.generate import grammar


@pytest.mark.parametrize("text", [
    "In what month did the Federation of Upland Farmers which staged tractor protests outside the ministry?",
    "Who said Carrowmore Health Board which runs three hospitals was wrong?",
    "In what year was Harvest Share founded by a group of church volunteers and now employs 22 staff?",
    "On what date did the firm close the plant and cuts 30 jobs?",
    "True or false: Brightwater Energy offers to resign but that the board had asked him to stay.",
])
def test_a_clause_spliced_onto_the_question_fails(text):
    assert grammar.problem(text)


@pytest.mark.parametrize("text", [
    "Who said that the union, which represents nurses, would strike?",
    "Which side backs the people who lost their homes?",
    "In what year did the club win the cup and beat the champions?",
    "On what date did talks between unions and bosses break down?",
    "Who said: “Greywater Trust which I chair is broke”?",  # the speaker's own words
    "Who said that the plan was safe but that the union had doubts?",
    "Who insists the plan is safe and that the union agrees?",
])
def test_a_clause_attached_as_english_attaches_it_passes(text):
    assert grammar.problem(text) == ""
