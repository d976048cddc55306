"""Dates resolved to the right day by the tense and aspect of their clause, and a date keyed with its own event
(issue 14, round 11; blind readers' defects in general terms). Every sentence here is invented for its test:

- a present passive ("her memoir is published on 20 November") is a timetable, not a past: the nearest such day;
- "was due to open on 3 March" tells of a timetable in the past: the nearest 3 March, not next year's, while a
  weekday after it ("was expected to peak on Tuesday", said on Monday) is a reported forecast, still the coming one;
- "two years later than planned", "a year earlier than required" compare; they are no dates;
- a date inside "before/after + -ing" is the gerund's: "spent eleven years at City Hall before losing her seat in
  2019" asks when she lost her seat, or nothing, never when she spent eleven years;
- a reported clause without its "that" ("X said Calder Press would announce on 1 December whether …") dates the
  announcement, as "X said that Calder Press would …" does;
- a relative cut off after its preposition ("signed a deal in March 2004 under which …") leaves no "under" behind.
"""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

NOVEMBER = date(2026, 11, 14)
MAY = date(2026, 5, 4)  # a Monday


def dates_of(sentence: str, published: date):
    return find_dates(parse_article(article(sentence)), published)


def test_a_present_passive_is_a_timetable_so_a_coming_day_stays_this_year():
    got = dates_of("Her memoir is published on 20 November by Calder Press.", NOVEMBER)
    assert [(d.date, d.own) for d in got] == [("2026-11-20", True)]
    got = dates_of("The new album by the Tollard Quartet is released on 3 December.", NOVEMBER)
    assert [d.date for d in got] == ["2026-12-03"]


def test_was_due_to_is_a_past_timetable_whose_day_is_the_nearest_one():
    got = dates_of("The line was due to open on 3 March, but inspectors found faults in the signals.", MAY)
    assert got[0].date == "2026-03-03" and got[0].tense == "past"
    got = dates_of("The bookshop in Lesk was due to open on 3 November but a flood delayed the opening.", NOVEMBER)
    assert got[0].date == "2026-11-03"
    got = dates_of("The annual report was due on 2 April.", MAY)
    assert got[0].date == "2026-04-02"


def test_a_reported_forecast_on_a_weekday_stays_ahead():
    got = dates_of("The Dunholm Rivers Board said on Monday that the Lenn was expected to peak on Wednesday.", MAY)
    assert [d.date for d in got] == ["2026-05-04", "2026-05-06"]


def test_a_comparison_in_years_is_no_date():
    got = dates_of("The Ferrisburg tram extension opened on Monday, two years later than planned.", MAY)
    assert [d.date for d in got] == ["2026-05-04"]
    assert "than planned" in got[0].event and not got[0].event.endswith(", than planned")
    got = dates_of("Work on the second line is due to finish in 2029, a year earlier than required.", MAY)
    assert [d.date for d in got] == ["2029"]


def test_a_date_inside_a_before_gerund_is_the_gerunds_event():
    got = dates_of("Ada Munro spent eleven years at City Hall before losing her seat in 2019.", MAY)
    assert [(d.date, d.event, d.own) for d in got] == [("2019", "Ada Munro lost her seat", True)]
    # a gerund whose past the irregular table does not settle is not asked
    got = dates_of("Pia Helm worked at the museum for a decade before visiting Orrin in 2015.", MAY)
    assert [d.own for d in got if d.date == "2015"] == [False]


def test_a_reported_clause_without_that_dates_its_own_verb():
    got = dates_of("Tomas Brek said Calder Press would announce on 1 December whether a second volume will follow.",
                   NOVEMBER)
    assert [(d.date, d.own) for d in got] == [("2026-12-01", True)]
    assert got[0].event.startswith("Calder Press would announce")
    # a bare common noun as its subject ("the family") is not split off: only the article explains whose
    got = dates_of("Her son said the family would hold a private funeral on 20 November.", NOVEMBER)
    assert not got[0].event.startswith("The family")


def test_a_relative_cut_after_its_preposition_leaves_no_preposition():
    got = dates_of("The council signed a deal with the Harwick Trust in March 2004 under which the trust runs the "
                   "baths.", MAY)
    assert got[0].event == "The council signed a deal with the Harwick Trust"


def test_a_long_event_is_cut_at_the_comma_before_a_joined_phrase():
    got = dates_of("The Ferrisburg tram extension opened to passengers on Monday, two years later than planned and "
                   "40 million crowns over budget.", MAY)
    assert got[0].event == "The Ferrisburg tram extension opened to passengers"


OBITUARY = """Former councillor Ada Munro dies at 78

Ada Munro, who represented the Harwick ward on Steyne City Council for more than two decades, has died at the age \
of 78, her family said on Tuesday.

Munro spent eleven years at City Hall as head of the housing committee before losing her seat in 2019.

Her son, Callum Munro, said the family would hold a private funeral on Friday. "She never stopped fighting for the \
ward," he said.

A memorial service will be held at St Bride's church in Harwick on 30 May.
"""


def test_a_surname_two_people_share_is_not_filled_in_with_the_one_who_has_a_role():
    bank, _facts = generate_bank(OBITUARY, published="2026-05-04")
    prompts = [q.get("prompt", "") for q in bank["questions"]]
    assert not any("Callum Munro lose" in p or "did Callum Munro spend" in p for p in prompts), prompts
    assert any("lose her seat" in p for p in prompts), prompts


def test_a_month_without_a_year_takes_the_year_that_opens_its_sentence():
    got = dates_of("In 2019 the Lowfield lido closed in March and reopened in June after a leak was found.", MAY)
    months = [(d.date, d.event) for d in got if d.precision == "month"]
    assert months == [("2019-03", "The Lowfield lido closed"), ("2019-06", "The Lowfield lido reopened")]


def test_a_year_set_off_in_an_aside_lends_no_year_to_a_later_day():
    got = dates_of("The Friends of Lowfield Lido, a swimmers' group founded in 2015, said members would meet the "
                   "council on 24 March.", date(2026, 3, 10))
    assert [d.date for d in got] == ["2015", "2026-03-24"]


def test_a_clock_time_leaves_the_event_with_its_day():
    got = dates_of("Fire crews were called at 3am on Sunday to a small fire in the plant room.", date(2026, 3, 10))
    assert [(d.date, d.event) for d in got] == [("2026-03-08", "Fire crews were called to a small fire in the plant room")]


SEPTEMBER = date(2026, 9, 2)  # a Wednesday


def test_a_present_passive_on_a_weekday_is_the_coming_one():
    got = dates_of("The Brackwater festival is broadcast live on Radio Brack on Saturday evening.", SEPTEMBER)
    assert [d.date for d in got] == ["2026-09-05"]


def test_next_years_event_takes_next_years_date():
    got = dates_of("Next year's Brackwater festival is held on 3 September, its director said.", SEPTEMBER)
    assert [d.date for d in got] == ["2027", "2027-09-03"]
    got = dates_of("Next year's Brackwater festival is held in the first week of September.", SEPTEMBER)
    assert [d.date for d in got] == ["2027", "2027-09"]


def test_a_season_in_a_present_timetable_is_the_coming_one():
    got = dates_of("The Orrin under-16 team plays its cup final in the spring.", NOVEMBER)
    assert [d.date for d in got] == ["2027"]
    got = dates_of("The Orrin under-16 team won its cup final in the spring.", NOVEMBER)
    assert [d.date for d in got] == ["2026"]


def test_a_sentence_with_its_verb_before_its_subject_asks_no_date():
    got = dates_of("After Kessling come trips to Marwick on 15 September and Castor Bay on 22 September.", SEPTEMBER)
    assert got and not any(d.own for d in got)
    got = dates_of("After the players came home on Sunday, the club held a parade.", SEPTEMBER)
    assert [d.own for d in got] == [True]
