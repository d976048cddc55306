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


# Round 11 (garble): a verb cut from its infinitive, an adverb of sequence pointing to another sentence, a plural head
# with a singular verb, and a second fact in the present joined on after a past event. Invented texts only.
@pytest.mark.parametrize("text", [
    "Which side wants to?",
    "Which side is prepared to?",
    "True or false: The Brackley Tenants Group later said it was ready to talk.",
    "True or false: The union's members wants a rise of 7%.",
    "In what year was Ostrel Air founded and flies to 60 destinations?",
    "On what date has the river gone down, and replacement coaches start running?",
    "In what month do peat extraction needs large amounts of water?",
    "In what year did the sit-in at Harlsey follows similar action at two other colleges?",
])
def test_garbled_prompt_fails(text):
    assert grammar.problem(text)


@pytest.mark.parametrize("text", [
    "What did Nell Oakes object to?",
    "Which side said that it will continue the protests, and will then decide?",
    "True or false: The news says the plan is dead.",
    "True or false: Two years later prices fell sharply.",
    "True or false: Nurses want the board to hire more staff.",
    "True or false: Greyline Coaches wants to keep talking.",
    "On what date did the union meet the board, and rejected the offer?",
    "On what date does the committee meet at the town hall?",
    "On what date do the champions open at home to Selby Forge?",
])
def test_grammatical_prompt_passes(text):
    assert grammar.problem(text) == ""


@pytest.mark.parametrize("event, tense, expected", [
    ("The walkout begins at the depot", "present", "On what date does the walkout begin at the depot?"),
    ("The walkout begins at the depot and will last 24 hours", "future",
     "On what date does the walkout begin at the depot?"),
    ("Tenants meet the board", "present", "On what date do tenants meet the board?"),
    ("Members of the vestry discovered the losses, the court heard", "past",
     "On what date did members of the vestry discover the losses?"),
    ("Nurses later staged a rally outside the town hall", "past",
     "On what date did nurses stage a rally outside the town hall?"),
    ("Ostrel Air was founded and flies to 60 destinations", "past", "On what date was Ostrel Air founded?"),
    ("The tenants plan to return to the estate", "future", "On what date do the tenants plan to return to the estate?"),
    ("The mill closed the plant and cuts 30 jobs", "past", "On what date did the mill close the plant?"),
])
def test_date_question_is_worded_from_the_event_alone(event, tense, expected):
    from studyapp.core.generate.realise import when_question
    assert when_question(event, "day", tense) == expected


def test_a_common_plural_side_loses_the_capital_of_its_sentence():
    from studyapp.core.generate.realise import common_subject
    assert common_subject("Residents") == "residents"
    assert common_subject("Campaigners from Save Wexley Baths") == "campaigners from Save Wexley Baths"
    assert common_subject("Ostrel Rovers", frozenset({"Ostrel", "Rovers"})) == "Ostrel Rovers"


def test_an_upcoming_strike_is_never_asked_as_done(tmp_path):
    from datetime import date
    from studyapp.core.generate.pipeline import generate_bank
    text = ("Tram drivers in Quellbury to strike\n\nTram drivers in Quellbury will strike next week, their union said.\n\n"
            "The strike begins at the Harlow depot on May 12. The Quellbury Tram Workers Union wants a rise of 8%.\n")
    bank, _facts = generate_bank(text, published=date(2026, 5, 4))
    prompts = [q.get("prompt", "") for q in bank["questions"]]
    assert prompts and not any(p.startswith(("On what date did", "What was the date when")) and "strike" in p for p in prompts)
