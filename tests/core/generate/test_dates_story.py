"""Dates counted from the story's own time rather than from publication (issue 14, invented11): "the following
month", "on the 14th", "18 months later", "that October", "the same month"; a story told in a long-past year
("On October 12, 1976, … On December 3 …") that goes on in that year; holidays that move (Easter, Thanksgiving)
and "the first Monday in January"; a date something is set for or moved from; "50 years ago this week"; decades
kept as written. Every article here is written for its test, with invented names."""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article


def dated(body: str, published: date) -> dict[str, list]:
    out: dict[str, list] = {}
    for d in find_dates(parse_article(article(body, "A test story")), published):
        out.setdefault(d.as_written, []).append(d)
    return out


def value(body: str, published: date, phrase: str, k: int = 0) -> str:
    return dated(body, published)[phrase][k].date


TRIAL = """
A ferry operator was fined £40,000 on Monday for failing to report a fault with a lifeboat winch.

The fault was found in May 2023, when an inspector, Carys Bellweather, watched a drill at Penmorrow harbour. She reported it the following month, and officials boarded the ferry on the 9th. The master was suspended the next day.

The company was charged 14 months later, after a review of its maintenance logs.
"""


def test_the_following_month_and_a_day_of_the_month_count_from_the_story_not_publication():
    pub = date(2026, 3, 4)
    assert value(TRIAL, pub, "the following month") == "2023-06"
    assert value(TRIAL, pub, "on the 9th") == "2023-06-09"
    assert value(TRIAL, pub, "the next day") == "2023-06-10"
    assert value(TRIAL, pub, "14 months later") == "2024-08"


MILL = """
The Harwick paper mill closed in 2019 after a century of work. Its owners had bought a second site in 2014, and they sold it the following year. The mill's last order was shipped in March 2019, and the site was cleared the same month.

A museum opened on the site in 2022. Work on it had begun three years earlier. The first visitors came that October.
"""


def test_that_month_the_same_month_and_the_following_year_take_the_story_s_date():
    pub = date(2026, 2, 2)
    assert value(MILL, pub, "the following year") == "2015"
    assert value(MILL, pub, "the same month") == "2019-03"
    assert value(MILL, pub, "three years earlier") == "2019"
    assert value(MILL, pub, "that October") == "2022-10"


def test_that_after_a_verb_of_saying_opens_a_clause_not_a_date():
    found = dated("The minister told MPs in 2024 that March was the wettest month on record.", date(2026, 1, 5))
    assert "that March" not in found


LONG_AGO = """
Sixty years ago this week, the dockers of Carrowby stopped work. On the morning of September 6, 1966, about 800 men walked off the quays, and the port stayed shut for nine weeks.

Elsie Marren, whose father was among them, said last week that the strike was still spoken of at family meals. Her father had joined the union in the spring of that year.

The employers made their first offer on October 20, which the men turned down two days later. On November 8 the two sides signed a deal, and the men went back on the first Monday in December.
"""


def test_a_story_told_in_a_long_past_year_goes_on_in_that_year():
    pub = date(2026, 9, 10)
    found = dated(LONG_AGO, pub)
    assert found["Sixty years ago this week"][0].date == "1966-09"
    assert found["October 20"][0].date == "1966-10-20"
    assert found["two days later"][0].date == "1966-10-22"
    assert found["November 8"][0].date == "1966-11-08"
    assert found["the first Monday in December"][0].date == "1966-12-05"
    # "said last week" is when she spoke, not the story's time: "that year" is the strike's
    assert found["that year"][0].date == "1966"


def test_a_day_and_month_of_this_year_stay_in_this_year_when_the_story_is_recent():
    body = "The council approved the plan on March 2, 2025. Work began on June 14, and the road reopened on July 1."
    pub = date(2026, 1, 20)
    assert value(body, pub, "June 14") == "2025-06-14"
    body = "The strike began on March 3, 2019. On November 3 the union met the board."
    # less than three years back: the old rule, the last such day before publication
    assert value(body, date(2021, 6, 1), "November 3") == "2020-11-03"


FIXTURES = """
The league has moved four games from the weekend of 11-12 April because of the cup quarter-finals. Every club plays on Good Friday and again on Easter Monday, and the Easter programme ends with the derby.

The board said on Tuesday that the revised timetable would be published before Thanksgiving.
"""


def test_holidays_that_move_fall_on_their_own_day_of_the_year():
    found = dated(FIXTURES, date(2026, 3, 27))
    assert found["Good Friday"][0].date == "2026-04-03"
    assert found["Easter Monday"][0].date == "2026-04-06"
    assert "Easter" not in found  # "the Easter programme" names a programme
    assert found["Thanksgiving"][0].date == "2026-11"  # before it: some day in the run-up, so the month


def test_a_date_something_is_moved_from_or_set_for_is_the_nearest_one():
    found = dated(FIXTURES, date(2026, 3, 27))
    assert found["11-12 April"][0].date == "2026-04-11/2026-04-12"
    body = "The judge ordered a report and set a hearing for April 17 to decide the sum."
    assert value(body, date(2026, 2, 11), "April 17") == "2026-04-17"


def test_a_decade_is_kept_as_written_and_never_asked():
    body = ("Rents in Lowmarsh doubled in the eighties, tenants' leader Ines Carbery said on Monday. \"We marched in "
            "the nineties and we will march again,\" she said.")
    found = dated(body, date(2026, 5, 6))
    assert found["the eighties"][0].precision is None and found["the nineties"][0].precision is None
    bank, _ = generate_bank(article(body, "Lowmarsh tenants"), published=date(2026, 5, 6))
    assert not any("eighties" in q["prompt"] or "nineties" in q["prompt"] for q in bank["questions"]
                   if q["topic"] == "dates")


def test_this_month_is_this_year_s_whatever_the_tense():
    body = "Heads said more schools were expected to follow from this September."
    assert value(body, date(2026, 1, 29), "this September") == "2026-09"


def test_the_end_of_the_week_is_its_month_when_the_week_lies_in_one():
    body = "The college said its rest centre would remain open until the end of the week."
    assert value(body, date(2026, 11, 23), "the end of the week") == "2026-11"
    found = dated(body, date(2026, 11, 30))  # Monday 30 November: the week runs into December
    assert found["the end of the week"][0].precision is None


def test_next_saturday_said_on_a_friday_is_not_tomorrow():
    body = "The season opens tomorrow, and the first derby is next Saturday."
    found = dated(body, date(2026, 3, 27))  # a Friday
    assert found["tomorrow"][0].date == "2026-03-28"
    assert found["next Saturday"][0].date == "2026-04-04"
    assert value("The derby is next Sunday.", date(2026, 3, 27), "next Sunday") == "2026-03-29"


def test_a_night_from_one_day_into_the_next_is_one_date():
    found = dated("The worst of the rain came overnight on Sunday into Monday, when 70mm fell.", date(2026, 11, 23))
    assert [d.date for v in found.values() for d in v] == ["2026-11-22"]


def test_weeks_before_a_clause_are_not_counted_from_the_last_date():
    body = "The board approved the deal on March 28, 2024, about two weeks before it was announced."
    found = dated(body, date(2025, 11, 7))
    assert found["two weeks before"][0].precision is None
    assert found["March 28, 2024"][0].date == "2024-03-28"


def test_one_event_on_two_dates_is_not_asked_when():
    found = dated("Every club plays on Good Friday and again on Easter Monday.", date(2026, 3, 27))
    assert not found["Good Friday"][0].own and not found["Easter Monday"][0].own
    body = "The company will pay a final dividend of 8.4p a share on July 24 to shareholders on the register on June 19."
    found = dated(body, date(2026, 5, 21))
    assert found["July 24"][0].own and not found["June 19"][0].own


def test_the_start_of_a_year_fixes_the_year_not_january():
    d = dated("The two homes were taken over by a charity at the start of 2025.", date(2026, 2, 11))
    assert (d["the start of 2025"][0].date, d["the start of 2025"][0].precision) == ("2025", "year")


def test_half_of_a_year_and_a_financial_year_s_end_give_the_year():
    body = ("A new plan will be set out in the second half of the year. The group has hedged its needs until the end "
            "of the 2027 financial year. The team led at half-time and scored twice in the second half.")
    found = dated(body, date(2026, 5, 21))
    assert found["in the second half of the year"][0].date == "2026"
    assert found["the end of the 2027 financial year"][0].date == "2027"
    assert "the second half" not in found  # a match's half is no date


def test_a_bound_set_now_looks_ahead():
    body = "The ferry stays in dock until the end of March."
    assert value(body, date(2026, 5, 21), "the end of March") == "2027-03-31"
    body = "A decision on the sale of the unit is expected by the end of December."
    assert value(body, date(2026, 5, 21), "the end of December") == "2026-12-31"
    body = "The ferry was closed until the end of March while the ramp was rebuilt."
    assert value(body, date(2026, 5, 21), "the end of March") == "2026-03-31"


def test_that_may_and_that_fall_are_words_not_dates():
    body = ("The council signed the lease in 2021. Rooms that may be scarce next winter and fees that fall on "
            "tenants were discussed that year.")
    found = dated(body, date(2026, 2, 2))
    assert "that may" not in found and "that fall" not in found and found["that year"][0].date == "2021"


def test_over_easter_is_its_month_and_easter_monday_its_day():
    found = dated("The fixture list is kind to nobody over Easter. The cup final is on Easter Monday.", date(2026, 3, 27))
    assert (found["Easter"][0].date, found["Easter"][0].precision) == ("2026-04", "month")
    assert found["Easter Monday"][0].date == "2026-04-06"


def test_a_date_something_is_pushed_into_is_not_asked_when():
    body = ("Talks on a fishing pact between Varne and Ostland stalled in October, and a first deal could now be pushed "
            "into next year, officials said.")
    found = dated(body, date(2025, 11, 20))
    assert found["next year"][0].date == "2026" and not found["next year"][0].own
    bank, _ = generate_bank(article(body, "Fishing pact delayed"), published=date(2025, 11, 20))
    assert not any("pushed" in q["prompt"] for q in bank["questions"] if q["topic"] == "dates"), \
        [q["prompt"] for q in bank["questions"]]


def test_a_habit_s_bound_is_the_nearest_not_the_next():
    body = "The health agency recommends everyone over 65 gets a flu jab by the end of October each season."
    assert value(body, date(2025, 11, 19), "the end of October") == "2025-10-31"


def test_part_of_a_day_goes_with_it_and_a_subhead_s_day_is_not_asked():
    found = dated("The champions open at home to Selby Forge tomorrow afternoon.", date(2026, 3, 27))
    assert found["tomorrow afternoon"][0].date == "2026-03-28"
    assert "afternoon" not in found["tomorrow afternoon"][0].event
    found = dated("Monday: the clean-up begins, and the rain stops", date(2026, 11, 23))
    assert not found["Monday"][0].own


def test_an_event_that_carries_a_later_date_is_not_asked_when():
    body = "The two railroads announced the deal in April 2024 to close it in the first half of 2026."
    found = dated(body, date(2025, 11, 7))
    assert not found["April 2024"][0].own


def test_a_participle_with_its_agent_after_an_infinitive_is_its_own_event():
    body = "The union said it would fight any plan to shrink the grant approved by Edith Varro in 1986."
    d = dated(body, date(2025, 11, 3))["1986"][0]
    assert (d.event, d.own) == ("Edith Varro approved the grant", True)


def test_a_since_date_inside_an_event_is_part_of_it():
    body = "Sales volumes returned to growth in November for the first time since the spring of 2024."
    assert dated(body, date(2026, 5, 21))["November"][0].own


def test_a_timetable_s_present_is_asked_in_the_present():
    from studyapp.core.generate.realise import when_question
    assert when_question("The summer term begins, after the Easter holidays", "day", "present") == \
        "On what date does the summer term begin, after the Easter holidays?"
    assert when_question("The regular season ends", "day", "present") == "On what date does the regular season end?"
    assert when_question("Television coverage begins", "day", "present") == \
        "On what date does television coverage begin?"
    assert when_question("Talks between the sides collapsed", "day", "past") == \
        "On what date did talks between the sides collapse?"


def test_a_counted_noun_is_not_read_as_a_verb():
    from studyapp.core.generate.realise import when_question
    q = when_question("About 340 dockers at Carrowby stopped work on the quays", "day", "past")
    assert q == "What was the date when about 340 dockers at Carrowby stopped work on the quays?", q


def test_an_event_about_someone_it_never_names_is_not_asked_when():
    body = ("Garvin Holt ran three care homes. A jury convicted him of fraud in December. A plaque in her memory was "
            "unveiled on Saturday. Holt was arrested at his home in April 2024.")
    found = dated(body, date(2026, 2, 11))
    assert not found["December"][0].own and not found["on Saturday"][0].own
    assert found["April 2024"][0].own  # his own home: the subject's
