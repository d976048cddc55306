"""Who did the story's main thing (mainact.py): the lead's main clause asked with its doer as the key, a named
body ("Which organisation has blocked …?") or a person the article describes ("Who has survived …?"), the options
the article's other bodies or people. Never a report of saying, two doers joined by "and", a name that owns the
subject, or a day counted from the article's date. Every article here is invented for its test
(tests/data/main_act)."""

from datetime import date
from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.mainact import _verb_and_object
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates

HERE = Path(__file__).resolve().parents[2] / "data" / "main_act"


def leads(name: str) -> list[dict]:
    bank, _ = generate_bank((HERE / name).read_text(encoding="utf-8"), published="2026-05-04")
    return [q for q in bank["questions"] if q["id"].startswith("lead-")]


def drafted(name: str) -> list[dict]:
    ex = extract((HERE / name).read_text(encoding="utf-8"), date(2026, 5, 4))
    return [c.question for c in draft_candidates(ex, build_people(ex)) if c.question["id"].startswith("lead-")]


def test_a_regulator_that_blocked_a_merger_is_asked_among_the_other_bodies():
    (q,) = leads("merger_blocked.txt")
    assert q["prompt"] == ("Which organisation has blocked the proposed £1.1 billion merger of Pellworth Coaches and "
                           "Danecourt Buses?")
    assert q["answer"] == "Transport Competition Board" and len(q["choices"]) >= 3
    assert not {"Pellworth Coaches", "Danecourt Buses"} & set(q["choices"])  # the prompt's own names are no guess


def test_a_club_that_sacked_its_manager_is_asked():
    (q,) = leads("manager_sacked.txt")
    assert q["prompt"] == "Which organisation has sacked manager Rory Pembridge?" and q["answer"] == "Ashvale Rovers"


def test_a_court_after_its_day_in_brackets_and_a_dateline():
    (q,) = leads("dam_stay.txt")
    assert q["prompt"] == "Which organisation stayed construction of the Kesari irrigation dam in Tamra district?"
    assert q["answer"] == "High Court of Varunachal"
    assert not any(c.isupper() for c in q["choices"])  # no dateline's capitals offered as a body


def test_its_is_the_asked_bodys_own_and_the_day_is_left_out():
    (q,) = leads("rate_hold.txt")
    assert q["prompt"] == "Which organisation left the benchmark lending rate unchanged at 4.75 per cent?"
    assert q["answer"] == "Reserve Bank of Ostrania"


def test_a_person_the_article_describes_is_asked_among_people():
    (q,) = leads("confidence.txt")
    assert q["prompt"] == "Who has survived a vote of no confidence in the People's Chamber by 212 votes to 198?"
    assert q["answer"] == "Jonas Halvorsen" and "Katrin Vollmer" in q["choices"]
    assert "Greta Simms" not in q["choices"]  # the byline's writer is no one in the story


def test_the_body_lead_is_asked_not_the_standfirst():
    (q,) = drafted("museum_return.txt")  # (the bank may ask its figure instead: "How many … is X to return …?")
    assert q["prompt"] == "Which organisation is to return 60 carved wooden panels to Tessaly?"
    assert q["answer"] == "Carrow Institute of Art"


def test_two_doers_are_asked_as_neither():
    assert leads("no_lead_act.txt") == []


def test_reports_of_saying_and_states_are_no_act():
    assert _verb_and_object("said the plan would cost £4m.") is None
    assert _verb_and_object("are locked in a dispute over pay.") is None
    assert _verb_and_object("has been fined £2m by the regulator, the largest fine it has imposed.") == (
        "has been fined", "£2m by the regulator")
    assert _verb_and_object("voted 7-2 on Tuesday night to close the library.") == (
        "voted", "7-2 to close the library")
