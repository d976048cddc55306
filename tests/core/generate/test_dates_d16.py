"""Date forms a careful reader resolves from the page around them: a weekday with a day number but no month
("on Monday the 12th"), "the following Tuesday" after a named day, "the following June" after a named month,
"6 December that year" in a story about an earlier year and "days later" after it, the last weekend of a month,
the end of a calendar quarter, a bulleted timetable, a past form that is also a noun ("it forecast in
September"), "since the weekend".

Every sentence here is invented for the test.
"""

from datetime import date

import pytest

from studyapp.core.generate.dates import DatedEvent, find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

THU = date(2026, 9, 3)  # a Thursday


def events_of(body: str, published: date | None = THU) -> list[DatedEvent]:
    return find_dates(parse_article(article(body)), published)


def values(body: str, published: date | None = THU) -> dict[str, str]:
    return {d.as_written: d.date for d in events_of(body, published)}


@pytest.mark.parametrize("body, published, written, value", [
    # the only near month whose 12th is a Monday
    ("The list of candidates follows on Monday the 12th.", THU, "on Monday the 12th", "2026-10-12"),
    ("Replacement coaches start running on Tuesday the 20th.", date(2026, 1, 19), "on Tuesday the 20th",
     "2026-01-20"),
    ("Their cup tie is on Tuesday the 11th.", date(2026, 8, 7), "on Tuesday the 11th", "2026-08-11"),
    ("The mill was sold on Friday the 14th.", date(2026, 9, 3), "on Friday the 14th", "2026-08-14"),
])
def test_a_weekday_with_a_day_number_is_the_near_month_where_that_day_falls_on_it(body, published, written, value):
    assert values(body, published)[written] == value


def test_the_following_weekday_counts_from_the_day_just_named():
    got = values("The side visit Ormesby on Saturday 12 September and host Halden the following Tuesday.",
                 date(2026, 8, 7))
    assert got["the following Tuesday"] == "2026-09-15"


def test_the_following_month_counts_from_the_month_just_named():
    got = values("The first full season will run from September to the following June.", date(2026, 2, 20))
    assert got["the following June"] == "2027-06"


def test_a_day_and_month_that_year_take_the_year_last_written_and_days_later_its_month():
    body = ("The river last flooded the lower town in 2015.\n\n"
            "That time the water peaked on 6 December that year; days later, soldiers were still filling sandbags.\n\n"
            "The shops did not reopen until the following March.")
    got = values(body, date(2026, 1, 19))
    assert got["6 December"] == "2015-12-06"
    assert got["days later"] == "2015-12"
    assert got["the following March"] == "2016-03"


def test_the_last_weekend_of_a_month_is_its_saturday_not_the_last_week():
    got = values("An opening for donors is planned for the last weekend of June.", date(2026, 2, 20))
    assert got["the last weekend of June"] == "2026-06-27"
    assert "for the last week" not in got


def test_the_end_of_a_calendar_quarter_is_its_last_day():
    got = values("The new lift should be working by the end of the second quarter.", date(2026, 2, 20))
    assert got["the end of the second quarter"] == "2026-06-30"


def test_a_bulleted_timetable_takes_the_nearest_year_for_each_line():
    body = ("The trust has set out its timetable:\n\n- 9 March: proposals published\n\n"
            "- week of 13 April: responses shared with governors\n\n- 23 April: board decides")
    got = values(body, date(2026, 3, 12))
    assert got["13 April"] == "2026-04-13"
    assert got["9 March"] == "2026-03-09"


def test_a_past_form_that_is_also_a_noun_dates_its_own_relative_clause():
    got = values("The chain now expects profit of £84m, down from the £95m it forecast in September.",
                 date(2026, 11, 25))
    assert got["September"] == "2026-09"


def test_since_the_weekend_is_the_weekend_just_gone():
    got = values("She said she had seen dozens of worried posts since the weekend.", date(2026, 6, 23))
    assert got["the weekend"] == "2026-06-20"


def test_a_bare_month_after_then_goes_on_from_the_year_just_written():
    got = values("It was first listed for the spring of 2017, then moved to October, then to January 2018.",
                 date(2026, 5, 14))
    assert got["October"] == "2017-10"
    # a month after an aside's year is still the story's own
    assert values("The plant, built in 1998, closed in March.", date(2026, 5, 14))["March"] == "2026-03"


def test_by_the_end_of_the_day_is_the_day_just_named():
    body = ("By Sunday lunchtime more than 40,000 homes had lost power. The grid operator said all but 3,000 had been "
            "reconnected by the end of the day, and the rest would be back by Wednesday.")
    got = values(body, date(2026, 1, 19))
    assert got["the end of the day"] == "2026-01-18"
    assert got["By Sunday lunchtime"] == "2026-01-18"
    assert values("At the end of the day, it is about money.", date(2026, 1, 19)) == {}


def test_through_may_is_the_month():
    assert values("The ceiling will be repainted through May.", date(2026, 2, 20))["May"] == "2026-05"


def test_a_quarter_of_a_fiscal_year_is_no_calendar_quarter():
    body = ("The group's financial year starts in April.\n\n"
            "A decision is expected by the end of the third quarter, which for the group means by the end of December.")
    got = values(body, date(2026, 5, 21))
    assert "the end of the third quarter" not in got


def test_the_new_year_is_the_year_after_a_late_publication():
    got = values("The union says it will ballot its members in the new year if the offer does not improve.",
                 date(2026, 11, 18))
    assert got["in the new year"] == "2027"
    assert values("Fireworks lit the sky on New Year's Eve.", date(2026, 11, 18))["New Year's Eve"] == "2025-12-31"
    assert "into the new year" not in values("Talks may drag on into the new year.", date(2026, 11, 18))


def test_a_plural_subject_expecting_something_looks_ahead():
    got = values("Legal analysts expect the regulator to issue its final notice in January.", date(2026, 11, 26))
    assert got["January"] == "2027-01"


def test_then_a_bare_month_wins_over_a_story_told_in_an_earlier_year():
    body = ("He was convicted on 9 February 2018 after a trial lasting 11 days.\n\n"
            "The trial itself had been put back twice. It was first listed for the spring of 2017, then moved to "
            "October, then to January 2018.")
    assert values(body, date(2026, 5, 14))["October"] == "2017-10"


def test_a_warning_that_covers_a_weekday_looks_ahead():
    got = values("A yellow warning for wind covers Friday.", date(2026, 1, 19))
    assert got["Friday"] == "2026-01-23"


@pytest.mark.parametrize("body, written, value", [
    ("The bridge should reopen by the summer.", "by the summer", "2026"),
    ("The pool will be closed over the summer.", "over the summer", "2026"),
    ("The orchard was replanted during the autumn.", "during the autumn", "2025"),
])
def test_by_over_and_during_a_season_are_that_season(body, written, value):
    assert values(body, date(2026, 3, 12))[written] == value


def test_a_timetables_present_looks_ahead_to_a_bare_day_number():
    assert values("Voting closes at noon on the 28th.", date(2026, 3, 12))["on the 28th"] == "2026-03-28"
