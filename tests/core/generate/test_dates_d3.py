"""Date forms: weeks counted back from publication, "before" a bound or a holiday, and "the same month last year".

Every sentence and the story here are invented for the test.
"""

from datetime import date

import pytest

from studyapp.core.generate.dates import DatedEvent, find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import ARTICLES, article

THU = date(2024, 5, 16)  # a Thursday


def by_phrase(body: str, published: date | None = THU) -> dict[str, DatedEvent]:
    return {d.as_written: d for d in find_dates(parse_article(article(body)), published)}


# -- weeks ago -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, written, value, precision", [
    ("The committee first met three weeks ago.", "three weeks ago", "2024-04-25", "month"),
    ("The tenants wrote to the landlord 2 weeks ago asking for repairs.", "2 weeks ago", "2024-05-02", "year"),
    ("The mill stopped taking orders six weeks ago.", "six weeks ago", "2024-04-04", "month"),
])
def test_counted_weeks_ago_give_the_day_asked_as_far_as_it_is_sure(body, written, value, precision):
    # the day for a timeline; a writer's "weeks ago" is loose, so a question asks its month when a few days either
    # way stay inside it (2 May could be late April), else its year
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, precision)


def test_a_week_ago_stays_loose():
    d = by_phrase("A week ago the river burst its banks.")["A week ago"]
    assert (d.date, d.precision) == ("2024-05", "month")


def test_weeks_ago_without_a_publication_date_keep_the_phrase():
    d = by_phrase("The committee first met three weeks ago.", None)["three weeks ago"]
    assert (d.date, d.precision) == ("three weeks ago", None)


# -- before a bound or a holiday ----------------------------------------------------------------------

@pytest.mark.parametrize("body, written, value, precision", [
    ("The firm wants to agree a deal before the end of June.", "the end of June", "2024-06", "month"),
    ("The firm wants to agree a deal by the end of June.", "the end of June", "2024-06-30", "month"),
    ("The board hopes to settle the claim before the end of the month.", "the end of the month", "2024-05",
     "month"),
    ("The board will settle the claim by the end of the month.", "the end of the month", "2024-05-31", "month"),
])
def test_before_the_end_of_gives_the_month_by_gives_its_last_day_asked_as_the_month(body, written, value, precision):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, precision)


def test_before_christmas_is_december():
    d = by_phrase("Asked whether the council would reopen the pool before Christmas, she said no.")["Christmas"]
    assert (d.date, d.precision) == ("2024-12", "month")


def test_the_run_up_to_christmas_is_december():
    d = by_phrase("Shops will hire extra staff in the run-up to Christmas.")["Christmas"]
    assert (d.date, d.precision) == ("2024-12", "month")


def test_on_christmas_day_keeps_the_day():
    d = by_phrase("The shelter will open on Christmas Day.")["Christmas Day"]
    assert (d.date, d.precision) == ("2024-12-25", "day")


# -- the same month last year -------------------------------------------------------------------------

def test_the_same_month_last_year_follows_the_month_just_named():
    got = by_phrase("Sales stood at 4,100 in March, up 6% on the same month last year.")
    assert (got["March"].date, got["March"].precision) == ("2024-03", "month")
    d = got["the same month last year"]
    assert (d.date, d.precision) == ("2023-03", "month")
    assert "last year" not in got  # one date, not a second "last year"


def test_the_same_month_last_year_alone_is_the_publication_month():
    d = by_phrase("Sales rose 6% on the same month last year.")["the same month last year"]
    assert (d.date, d.precision) == ("2023-05", "month")


# -- one invented story with the forms together -------------------------------------------------------

def test_an_invented_story_with_the_forms_together():
    text = (ARTICLES / "d3-kiln-closure.txt").read_text(encoding="utf-8")
    got = {d.as_written: d for d in find_dates(parse_article(text), THU)}
    assert (got["the end of August"].date, got["the end of August"].precision) == ("2024-08", "month")
    assert got["four weeks ago"].date == "2024-04-18"
    assert got["April"].date == "2024-04"
    assert got["the same month last year"].date == "2023-04"  # the April just named, a year back
    assert got["Christmas"].date == "2024-12"
    assert got["a week ago"].date == "2024-05"
    assert got["on Tuesday"].date == "2024-05-14"


def test_a_fortnight_ago_is_two_weeks_back():
    d = by_phrase("The plan was tabled a fortnight ago.")["a fortnight ago"]
    assert (d.date, d.precision) == ("2024-05-02", "year")


@pytest.mark.parametrize("body, written, value", [
    ("Unemployment rose in March, compared with the same month a year earlier.", "the same month a year earlier",
     "2023-03"),
    ("Sales rose in March, against the same month the year before.", "the same month the year before", "2023-03"),
    ("The bridge reopened on Monday, and closed on the same day last year.", "the same day last year", "2023-05-13"),
])
def test_the_same_month_or_day_a_year_back_in_other_words(body, written, value):
    assert by_phrase(body)[written].date == value


# -- a team's bare present looks ahead --------------------------------------------------------------------

@pytest.mark.parametrize("body, written, value", [
    ("The team play again on Tuesday.", "on Tuesday", "2024-05-21"),
    ("The club face the league leaders on Sunday.", "on Sunday", "2024-05-19"),
    ("The squad return home on Saturday.", "on Saturday", "2024-05-18"),
])
def test_the_team_s_bare_present_fixture_is_ahead(body, written, value):
    assert by_phrase(body)[written].date == value


def test_the_team_visit_as_a_noun_keeps_its_own_tense():
    assert by_phrase("The team visit was called off on Saturday.")["on Saturday"].date == "2024-05-11"


# -- counted on from publication --------------------------------------------------------------------------

@pytest.mark.parametrize("body, written, value", [
    ("Ten days from now the fund runs dry.", "Ten days from now", "2024-05-26"),
    ("A year from now the plant will close.", "A year from now", "2025"),
    ("The strike is set to begin three weeks from now.", "three weeks from now", "2024-06"),
    ("The vote is due in three weeks.", "in three weeks", "2024-06"),
    ("A ruling is expected in two months.", "in two months", "2024-07"),
])
def test_from_now_and_due_in_count_on_from_publication(body, written, value):
    assert by_phrase(body)[written].date == value


def test_a_present_span_without_a_due_word_stays_a_duration():
    assert by_phrase("Prices rise 5% in a year.") == {}
