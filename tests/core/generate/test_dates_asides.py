"""Whose date is it: a date inside an aside between a subject and its verb, a comparison's date, a date of
something named only with "a", and an event cut at a subordinator. The lead's reading of invented banks found
"In what year was turnout 41 per cent, up from 29 per cent at the last election?" keyed with the last election's
year, and "In what year have the doors been on display … since 1931?" keyed with the year of an aside.

Every sentence here is invented for the test.
"""

from datetime import date

import pytest

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

THU = date(2025, 4, 17)  # a Thursday


def by_phrase(body: str) -> dict:
    return {d.as_written: d for d in find_dates(parse_article(article(body)), THU)}


@pytest.mark.parametrize("body, written", [
    ("Attendance was 61 per cent, up from 48 per cent at the previous show in 2019.", "2019"),
    ("Exports reached 3.1m tonnes, down from 3.6m tonnes in 2021.", "2021"),
    ("The orchestra sold more tickets than it did in 2018.", "2018"),
    ("Membership stood at 9,400, compared with 7,900 in 2020.", "2020"),
])
def test_a_comparisons_date_is_not_the_clauses(body, written):
    assert by_phrase(body)[written].own is False


@pytest.mark.parametrize("body, written", [
    ("The statues, carried off from the hill temple during a border war in 1871, have stood in the city hall "
     "since 1920.", "1871"),
    ("The lighthouse, built by convict labour in 1843, was sold on Tuesday.", "1843"),
    ("The fund, set up by a group of retired teachers in 2004, now pays for forty places.", "2004"),
])
def test_a_date_in_an_aside_before_the_verb_is_the_asides(body, written):
    assert by_phrase(body)[written].own is False


@pytest.mark.parametrize("body, written", [
    ("In 2016, the harbour trust bought the old pier.", "2016"),
    ("The trust, on Monday, bought the old pier.", "on Monday"),
    ("The harbour trust bought the old pier in 2016.", "2016"),
    ("Sales of the magazine rose to 80,000 in 2023.", "2023"),
])
def test_the_clauses_own_date_stays_its_own(body, written):
    assert by_phrase(body)[written].own is True


def test_a_date_of_something_named_with_a_is_not_asked():
    d = by_phrase("Lena Soto was declared the winner after a recount that ran into the early hours of Tuesday.")
    assert [x for x in d.values() if x.event.startswith("A recount")] and \
        all(not x.own for x in d.values() if x.event.startswith("A recount"))


def test_an_event_is_cut_before_unless_not_after_its_subject():
    d = by_phrase("The county's housing ombudsman said on Monday that tenants could not be charged for the repairs "
                  "unless a court agreed to it.")
    assert d["on Monday"].event == "The county's housing ombudsman said that tenants could not be charged for the repairs"


def test_no_date_question_is_keyed_with_a_comparisons_or_an_asides_year():
    text = article(
        "Turnout in the Rosslea council vote was 52 per cent, up from 37 per cent at the last vote in 2021, the "
        "returning officer, Amal Dorsey, said on Thursday.\n\n"
        "The town hall clock, taken down for repair during a storm in 1987, has kept time on the market square "
        "since 1990.\n\n"
        "\"We are delighted so many people turned out,\" Dorsey said. The new council meets on 2 May.")
    bank, _facts = generate_bank(text, published=THU)
    prompts = [q["prompt"] for q in bank["questions"]]
    assert not [p for p in prompts if "per cent" in p and p.startswith("In what year")]
    assert not [p for p in prompts if "since 1990" in p]
