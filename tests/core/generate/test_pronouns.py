"""The speaker's own "he" or "she" is no clue to who the speaker is (issue 14, point 3)."""

import re
from datetime import date

import pytest

from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.pronouns import neutral

from tests.core.generate.conftest import article

VOTE = article("\n\n".join([
    'The Elmbridge council voted on Tuesday to build bus lanes on three main roads, after a debate that '
    'lasted most of the night.',
    'Council leader Tomas Richter said the lanes would cut journey times for about 9,000 passengers a '
    'day. "This is a good day for people who take the bus," he said.',
    'Hannah Ferris, who runs a bakery on the high street, said she and more than 30 other traders feared '
    'they would lose customers who come by car.',
    'Cyclist group spokesman Oskar Lind said the council had ignored riders. "We asked for a safe lane '
    'and got nothing," he said.',
    'Transport officer Daniel Moss said work would start in the spring and take about eight months.',
]), "Council backs new bus lanes after long debate")


@pytest.mark.parametrize(("said", "asked"), [
    ("she and more than 30 other traders left at dawn", "they and more than 30 other traders left at dawn"),
    ("he thought the plan was meant to shock", "they thought the plan was meant to shock"),
    ("he is waiting for a report he ordered in May", "they are waiting for a report they ordered in May"),
    ("she expects to save as much as $3 million", "they expect to save as much as $3 million"),
    ("she has already said she does not want to stand", "they have already said they do not want to stand"),
    ("he also hopes his team wins", "they also hope their team wins"),
    ("she watches every match", "they watch every match"),
    ("he tries to relax", "they try to relax"),
    ("she goes home early", "they go home early"),
    ("he’s been to the capital twice", "they’ve been to the capital twice"),
    ("she will ask her sister to call her later", "they will ask their sister to call them later"),
    ("he was told the decision was his.", "they were told the decision was theirs."),
    ("the lanes would cut journey times", "the lanes would cut journey times"),
])
def test_the_speakers_pronoun_becomes_they_with_its_verb_agreeing(said, asked):
    assert neutral(said) == asked


def test_a_pronoun_that_cannot_be_rewritten_cleanly_drops_the_claim():
    assert neutral("he's sure of it") is None


def test_no_who_question_in_a_bank_gives_the_speakers_gender_away():
    bank, _ = generate_bank(VOTE, published=date(2025, 3, 10))
    asked = [q.get("quote", "") if q["type"] == "quote" else q.get("prompt", "") for q in bank["questions"]
             if q["type"] == "quote" and q.get("reported") or re.match(r"Who\s", q.get("prompt", ""))]
    assert any(a.startswith("they and more than 30 other traders") for a in asked)
    assert not any(re.search(r"\b(?:he|she|his|her|him)\b", a, re.IGNORECASE) for a in asked)
