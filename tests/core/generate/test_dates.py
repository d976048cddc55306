from datetime import date

import pytest

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

WED = date(2023, 3, 8)  # a Wednesday


def dates_of(body: str, published: date | None = None) -> list[tuple[str, str]]:
    return [(d.date, d.as_written) for d in find_dates(parse_article(article(body)), published)]


@pytest.mark.parametrize("body, expected", [
    ("The bridge opened on 18 January 2022.", ("2022-01-18", "18 January 2022")),
    ("The bridge opened on January 18, 2022.", ("2022-01-18", "January 18, 2022")),
    ("He was arrested in September 2003.", ("2003-09", "September 2003")),
    ("The rebate was agreed in 1984.", ("1984", "1984")),
    ("Budget plans for the period 2007-2013 were agreed.", ("2007/2013", "2007-2013")),
])
def test_absolute_dates_need_no_publication_date(body, expected):
    assert dates_of(body) == [expected]


def test_weekdays_resolve_by_tense_against_the_publication_date():
    body = ("On Tuesday, the minister warned of cuts. The ministers will meet on Thursday. "
            "The union said on Monday that it would strike.")
    assert dates_of(body, WED) == [("2023-03-07", "On Tuesday"), ("2023-03-09", "on Thursday"),
                                   ("2023-03-06", "on Monday")]


def test_relative_phrases_resolve_against_the_publication_date():
    body = ("Last month the watchdog approved the deal. Come mid-April, the timetable ends. "
            "The council met yesterday. Prices rose last year.")
    assert dates_of(body, WED) == [("2023-02", "Last month"), ("2023-04", "mid-April"),
                                   ("2023-03-07", "yesterday"), ("2022", "last year")]


def test_without_a_publication_date_phrases_are_kept_as_written():
    body = ("The strike was on Friday. Last month the watchdog approved the deal. "
            "A meeting is planned for 6 or 7 January. His deal expires next summer. "
            "A bid could emerge in the next one to two weeks. They should have made an offer six months before.")
    assert dates_of(body) == [("Friday", "on Friday"), ("Last month", "Last month"),
                              ("6 or 7 January", "6 or 7 January"), ("next summer", "next summer"),
                              ("the next one to two weeks", "in the next one to two weeks"),
                              ("six months before", "six months before")]


def test_may_the_verb_is_not_a_month_and_numbers_are_not_years():
    assert dates_of("Prices may rise. The firm cut 2,000 jobs and 1,500 more in May.") == [("May", "May")]


def test_furniture_dates_are_skipped_but_captions_count():
    body = ("Passengers board the ferry, 3 March 2023. Picture taken 3 March 2023.\n"
            "The ferry has run every day since 1998")
    assert dates_of(body) == [("2023-03-03", "3 March 2023"), ("1998", "1998")]


def test_each_date_carries_its_event_and_verbatim_evidence():
    a = parse_article(article("The ministers will hold talks in Geneva on Friday."))
    (d,) = find_dates(a, WED)
    assert d.evidence == "The ministers will hold talks in Geneva on Friday."
    assert d.event == "The ministers will hold talks in Geneva"
    assert d.precision == "day"


def test_last_and_next_before_a_month():
    assert dates_of("She won the title last August and will defend it next August.", WED) == [
        ("2022-08", "last August"), ("2023-08", "next August")]
    assert dates_of("She won the title last August.") == [("last August", "last August")]


def test_an_unresolved_month_keeps_its_modifier():
    assert dates_of("Come mid-February the ground will be too soft.") == [("mid-February", "mid-February")]
