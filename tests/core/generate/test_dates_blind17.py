"""Dates two blind sets missed or invented: a habit named by a weekday or a month ("every Saturday", "on Sunday
evenings", "the May mornings", "a ban on Sunday trading") is no date; a figure's baseline ("down to 40, from 65 a
year ago") dates no event; a page's time stamp that opens with a clock time ("09:15, 3 MAR 2026") is page furniture;
and a day named with a present perfect ("a strike has been called from 23 March") is the day of what was arranged,
so it is not pushed back a year when it is still to come.

Every sentence here is invented for the test.
"""

from datetime import date

import pytest

from studyapp.core.generate.dates import DatedEvent, find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

SAT = date(2026, 3, 14)  # a Saturday


def events_of(body: str, published: date | None = SAT) -> list[DatedEvent]:
    return find_dates(parse_article(article(body)), published)


def written(body: str, published: date | None = SAT) -> list[str]:
    return [d.as_written for d in events_of(body, published)]


@pytest.mark.parametrize("body", [
    "Ms Orlow, who runs a knitting circle at the hall every Saturday, said the building mattered.",
    "Neighbours said they were woken each Tuesday evening by the drills at the depot.",
    "The ferry sails every other Friday from the north quay.",
    "The market is held in the square every June.",
    "The bakery stays open late on Friday nights, the owner said.",
    "A: The October evenings, when the light goes early.",
    "The planning officer said the firm was willing to look again at Sunday working if neighbours objected.",
    "Shopkeepers in Pellow have long campaigned against Sunday trading in the old market.",
    "The notice, served on 2 March, bans weekday practice and limits Sunday ringing to fifteen minutes.",
])
def test_a_habit_named_by_a_weekday_or_a_month_is_no_date(body):
    assert not any(w.endswith(("day", "evening", "nights", "June", "October")) for w in written(body))


@pytest.mark.parametrize("body, phrase", [
    ("The depot closed on Saturday evening after the drills failed.", "on Saturday evening"),
    ("The council meets every three weeks and next meets on Tuesday.", "on Tuesday"),
    ("The bakery opened in June and was busy by Friday night.", "June"),
    ("The keeper was seen Sunday leaving the ground by a side gate.", "Sunday"),
    ("The Wardens spent Monday trying to explain the collapse of the deal.", "Monday"),
])
def test_a_single_day_or_month_is_still_a_date(body, phrase):
    assert any(phrase in w for w in written(body))


@pytest.mark.parametrize("body", [
    "Orders at the Velden works have fallen to about 40, from 65 a year ago, the firm said.",
    "Membership rose to 1,200, up from 900 a year earlier.",
])
def test_a_figure_s_baseline_dates_no_event(body):
    assert not any("year" in w for w in written(body))


def test_a_year_ago_that_dates_an_event_is_kept():
    assert "a year ago" in " ".join(written("The Velden works closed a year ago after a fire."))


@pytest.mark.parametrize("stamp", ["09:15, 3 MAR 2026", "9.15am, 3 March 2026", "18:40 12 Mar 2026"])
def test_a_time_stamp_that_opens_with_the_clock_is_page_furniture(stamp):
    body = f"By Ada Renner\n{stamp}\n\nThe Velden works closed on Friday after a fire."
    assert written(body) == ["on Friday"]


@pytest.mark.parametrize("body, value", [
    ("A further 48-hour strike has been called from 23 March.", "2026-03-23"),
    ("A second hearing has been set for 2 April.", "2026-04-02"),
    ("The union has announced 20 March as the first day of a walkout.", "2026-03-20"),
])
def test_a_day_arranged_with_a_present_perfect_is_still_to_come(body, value):
    assert [d.date for d in events_of(body) if "March" in d.as_written or "April" in d.as_written] == [value]


def test_a_present_perfect_day_already_past_stays_in_this_year():
    (d,) = events_of("The depot has been shut since 2 March.")
    assert d.date == "2026-03-02"


def test_at_the_time_with_a_clause_of_its_own_is_not_the_last_date():
    body = ("The fraud came to light in May 2025. Of the 90 patients named, 12 had moved away at the time the "
            "claims were made.")
    assert [d.as_written for d in events_of(body)] == ["May 2025"]


def test_at_the_time_opening_a_sentence_is_still_then():
    body = "The mill closed in May 2025. At the time the owners were looking for a buyer."
    assert len(events_of(body)) == 2


def test_a_feast_day_s_morning_is_one_phrase_and_the_event_keeps_its_words():
    (d,) = events_of("The shop opened on Christmas morning, the owner said.", date(2026, 1, 10))
    assert d.as_written.endswith("Christmas morning")
    assert d.date == "2025-12-25"
    assert "morning" not in d.event


@pytest.mark.parametrize("body, event", [
    ("The union wants the council to pay 500 pounds an acre as compensation to farmers whose crops failed last year.",
     "Farmers' crops failed"),
    ("The fund will help the families whose homes flooded in March.", "The families' homes flooded"),
])
def test_a_date_in_a_whose_clause_is_the_clause_s_event(body, event):
    (d,) = events_of(body)
    assert d.event == event
