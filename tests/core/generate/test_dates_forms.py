"""Date forms and tense cues: seasons and quarters without a year, "in a year's time", bounds at the end of a
season, infinitives that look ahead, gerunds without a tense, captions in the present, bare present verbs.

Every sentence here is invented for the test.
"""

from datetime import date

import pytest

from studyapp.core.generate.dates import DatedEvent, find_dates
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import ARTICLES, article

WED = date(2023, 3, 8)  # a Wednesday
SUN = date(2024, 9, 22)  # a Sunday


def events_of(body: str, published: date | None = WED) -> list[DatedEvent]:
    return find_dates(parse_article(article(body)), published)


def by_phrase(body: str, published: date | None = WED) -> dict[str, DatedEvent]:
    return {d.as_written: d for d in events_of(body, published)}


# -- seasons, quarters and "time" -------------------------------------------------------------------

@pytest.mark.parametrize("body, written, value", [
    ("A second inquiry is expected in the autumn.", "in the autumn", "2023"),
    ("The ferry will return to service later in the summer.", "later in the summer", "2023"),
    ("The orchard was replanted in the spring.", "in the spring", "2023"),
    ("Builders finished the roof in the autumn.", "in the autumn", "2022"),  # published in March: last autumn
])
def test_a_season_without_a_year_follows_the_tense(body, written, value):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, "year")


def test_a_season_still_ahead_stays_in_this_year_and_one_that_is_over_moves_on():
    late = date(2023, 10, 2)
    assert by_phrase("The pool will reopen in the summer.", late)["in the summer"].date == "2024"
    assert by_phrase("The pool will reopen in the autumn.", late)["in the autumn"].date == "2023"


def test_a_season_with_its_own_year_keeps_it():
    assert [(d.date, d.as_written) for d in events_of("The depot will close in the spring of 2027.")] == [
        ("2027", "spring of 2027")]


def test_in_the_fall_of_a_sentence_is_not_a_season_when_followed_by_of():
    # "in the fall of the empire" names a collapse, not a season; the capitalised form is left alone too
    assert events_of("Historians disagree about what happened in the fall of the old republic.") == []


@pytest.mark.parametrize("body, written, value, precision", [
    ("The board will revisit the plan in a year's time.", "in a year's time", "2024", "year"),
    ("The mill will reopen in six months’ time.", "in six months’ time", "2023-09", "month"),
    ("Results are due in two weeks' time.", "in two weeks' time", "2023-03", "month"),
    ("A verdict is expected in three days' time.", "in three days' time", "2023-03-11", "day"),
])
def test_in_a_span_s_time_counts_on_from_publication(body, written, value, precision):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, precision)


def test_a_week_s_time_across_two_months_is_kept_as_written():
    d = by_phrase("The ballot closes in a week's time.", date(2023, 3, 25))["in a week's time"]
    assert d.precision is None


@pytest.mark.parametrize("body, published, value", [
    ("The brewer reported first-quarter pre-tax profit of £8 million.", date(2024, 5, 2), "2024"),
    ("The chain posted fourth-quarter sales of $2 billion.", date(2024, 2, 10), "2023"),
    ("Analysts say third-quarter earnings will fall.", date(2024, 5, 2), "2024"),
    ("The miner's Q2 results disappointed investors.", date(2024, 8, 1), "2024"),
])
def test_a_reporting_quarter_gives_its_year(body, published, value):
    (d,) = events_of(body, published)
    assert (d.date, d.precision, d.own) == (value, "year", False)


def test_a_quarter_of_a_match_is_no_date():
    assert events_of("The visitors scored twice in the fourth quarter to win.", date(2024, 5, 2)) == []


# -- bounds -------------------------------------------------------------------------------------------

def test_the_end_of_the_year_is_this_year_s_last_day_asked_as_the_year():
    d = by_phrase("Officials hope the bridge can be finished by the end of the year.")["the end of the year"]
    assert (d.date, d.precision) == ("2023-12-31", "year")  # where a timeline puts it; the words fix the year
    assert d.asked == "2023"
    assert d.event == "Officials hope the bridge can be finished"  # the bound word leaves with the date


def test_before_the_end_of_the_year_is_its_last_month():
    # "before" the bound: some day ahead of it, so the month rather than the last day
    d = by_phrase("Officials hope the bridge can be finished before the end of the year.")["the end of the year"]
    assert (d.date, d.precision) == ("2023-12", "month")
    assert d.event == "Officials hope the bridge can be finished"


def test_the_end_of_the_season_is_kept_with_its_bound_word():
    d = by_phrase("The goalkeeper wants to sign a new deal before the end of the season.")["the end of the season"]
    assert (d.date, d.precision, d.own) == ("before the end of the season", None, False)
    assert d.event == "The goalkeeper wants to sign a new deal"


# -- tense cues ---------------------------------------------------------------------------------------

def test_an_infinitive_after_a_threat_looks_ahead():
    published = date(2025, 1, 17)
    d = by_phrase("Dock workers have threatened to close the port from January 27 unless pay is raised.",
                  published)["January 27"]
    assert (d.date, d.tense) == ("2025-01-27", "future")


def test_an_infinitive_after_a_past_agreement_takes_the_nearest_month_and_is_not_its_own_date():
    published = date(2024, 10, 30)
    d = by_phrase("The two councils had agreed to meet again in mid-November.", published)["mid-November"]
    assert (d.date, d.own, d.tense) == ("2024-11", False, "future")


def test_a_weekday_after_an_infinitive_keeps_the_verb_s_tense():
    # "decided to speak out on Monday": Monday is when the decision and the speaking happened
    d = by_phrase("The striker decided to speak out on Monday.")["on Monday"]
    assert (d.date, d.own) == ("2023-03-06", True)


def test_a_date_after_a_comma_is_not_inside_the_infinitive():
    d = by_phrase("The chair has refused to release the papers, telling members last month that they were "
                  "private.")["last month"]
    assert (d.date, d.tense) == ("2023-02", "past")


def test_a_date_after_a_gerund_is_not_asked_about_and_follows_the_finite_verb():
    d = by_phrase("The coach was angry with the organisers for scheduling the replay on Tuesday night.",
                  SUN)["on Tuesday night"]
    assert (d.date, d.own) == ("2024-09-17", False)
    d = by_phrase("He was arrested for stealing a car on Friday.")["on Friday"]
    assert (d.date, d.own) == ("2023-03-03", False)


def test_a_bare_verb_after_we_is_present_and_an_if_clause_points_ahead():
    d = by_phrase("\"If we lose on Tuesday, the season is over,\" the captain said.", SUN)["on Tuesday"]
    assert d.date == "2024-09-24"


def test_a_fixture_in_the_present_after_a_team_name_points_ahead():
    got = by_phrase("Oakhurst host Riverside next Saturday, while Millbrook travel to Eastport on Friday evening.",
                    SUN)
    assert got["on Friday evening"].date == "2024-09-27"
    assert got["on Friday evening"].event == "Millbrook travel to Eastport"
    assert got["on Friday evening"].own is True
    assert got["next Saturday"].event == "Oakhurst host Riverside"


def test_a_visit_after_a_name_and_an_article_stays_a_noun():
    d = by_phrase("Crowds gathered for the Royal visit on Monday.")["on Monday"]
    assert d.date == "2023-03-06"


def test_a_caption_in_the_present_tells_of_the_photo():
    body = ("Councils meet to settle the river dispute.\n\n"
            "The mayor of Eastport arrives at the talks on Tuesday. Photo: Jo Rann/Valley Press\n\n"
            "The talks will continue on Thursday.")
    got = by_phrase(body)
    assert (got["on Tuesday"].date, got["on Tuesday"].own) == ("2023-03-07", False)
    assert got["on Thursday"].date == "2023-03-09"


def test_a_long_title_and_name_do_not_hide_the_clause_after_as():
    body = ("Tenants have threatened to withhold rent, even as Housing and Planning Minister Dame Ivy Ostrowska "
            "on Thursday offered them a meeting.")
    d = by_phrase(body, date(2025, 1, 17))["on Thursday"]
    assert (d.date, d.own, d.tense) == ("2025-01-16", True, "past")
    assert d.event == "Housing and Planning Minister Dame Ivy Ostrowska offered them a meeting"


def test_an_expected_event_is_ahead():
    d = by_phrase("A ruling is expected on Friday.")["on Friday"]
    assert (d.date, d.tense) == ("2023-03-10", "future")


# -- wire style and determiners -----------------------------------------------------------------------

def test_a_bare_weekday_after_the_object_is_the_verb_s_date():
    # wire style drops "on": "defended the plan Tuesday," is not "the plan of Tuesday"
    d = by_phrase("Governor Ana Ruiz defended the plan Tuesday, saying it would cut costs.")["Tuesday"]
    assert (d.date, d.own, d.event) == ("2023-03-07", True, "Governor Ana Ruiz defended the plan")


def test_a_date_right_after_an_article_still_names_a_noun():
    d = by_phrase("Critics of the 2015 treaty gathered in the square.")["2015"]
    assert d.own is False


def test_a_short_regular_past_is_a_verb():
    d = by_phrase("A group of tenants sued the landlord on Monday to stop the evictions.")["on Monday"]
    assert (d.own, d.event) == (True, "A group of tenants sued the landlord to stop the evictions")


def test_that_before_a_noun_with_no_verb_of_its_own_is_a_determiner():
    d = by_phrase("The nurses rejected that proposal last week, calling it an insult.")["last week"]
    assert (d.own, d.event) == (True, "The nurses rejected that proposal")


def test_that_after_a_speech_verb_still_opens_the_clause():
    d = by_phrase("The inspector said that the lift failed on Monday.")["on Monday"]
    assert d.event == "The lift failed"


# -- relatives and closing speech tags ----------------------------------------------------------------

def test_a_that_relative_ends_at_its_comma():
    body = ("The owner of the barge that capsized off the pier last spring, injuring four crew, ignored safety "
            "advice, an inspector found on Monday.")
    got = by_phrase(body)
    spring = got["last spring"]
    assert spring.event == "The owner of the barge capsized off the pier"
    assert spring.own is False  # the barge or its owner? not sure enough to ask "when"


def test_a_closing_tag_with_a_ruling_verb_dates_the_ruling():
    body = "The council acted unlawfully in closing the library, a judge ruled on Friday."
    d = by_phrase(body)["on Friday"]
    assert (d.date, d.own) == ("2023-03-03", True)
    assert d.event.startswith("A judge ruled the council acted unlawfully")


def test_a_closing_tag_followed_by_an_adverbial_clause_still_dates_the_saying():
    body = ("EASTPORT — Refuse collectors will stop work for three days from March 20, their union announced "
            "Tuesday, after talks with the council failed.")
    d = by_phrase(body)["Tuesday"]
    assert (d.date, d.own) == ("2023-03-07", True)
    assert d.event.startswith("Their union announced refuse collectors will stop work")


# -- a second verb of the same subject ----------------------------------------------------------------

def test_a_date_on_the_second_verb_after_and_takes_the_first_verb_s_subject():
    body = "The mayor said the council had agreed to fix the roof and would reopen the hall in six months' time."
    d = by_phrase(body)["in six months' time"]
    assert (d.date, d.event, d.own, d.tense) == ("2023-09", "The council would reopen the hall", True, "future")


def test_a_pronoun_subject_is_shared_but_not_asked_about():
    body = "It will publish its accounts on May 2 and said it would close two shops this year."
    d = by_phrase(body)["this year"]
    assert (d.event, d.own) == ("It said it would close two shops", False)


def test_and_inside_a_which_aside_does_not_open_a_clause():
    body = ("The scheme, which was approved in 2019 and was meant to be finished by June 2022, now aims to house "
            "400 families.")
    d = by_phrase(body)["June 2022"]
    assert not d.event.lower().startswith("which")


def test_a_that_relative_inside_the_subject_is_skipped():
    body = "Residents are angry after the firm that owns the site confirmed on Tuesday that the pool will close."
    d = by_phrase(body)["on Tuesday"]
    assert (d.date, d.own) == ("2023-03-07", True)
    assert d.event == "The firm that owns the site confirmed that the pool will close"


def test_a_whose_aside_becomes_a_possessive():
    body = "Coach Ines Brandt, whose team have not won at home since October, laughed off the criticism."
    d = by_phrase(body)["October"]
    assert (d.event, d.own) == ("Coach Ines Brandt's team have not won at home", False)


# -- "October last year" and a passive participle with its agent --------------------------------------

@pytest.mark.parametrize("body, written, value", [
    ("The bridge was closed in October last year.", "October last year", "2022-10"),
    ("A new line will open in June next year.", "June next year", "2024-06"),
    ("Fares rose in January this year.", "January this year", "2023-01"),
])
def test_a_month_with_last_or_next_year(body, written, value):
    (d,) = events_of(body)
    assert (d.as_written, d.date, d.precision) == (written, value, "month")


def test_a_participle_with_its_agent_before_the_date_reads_actively():
    body = "Growers want £900 a tonne, against the £600 a tonne set by the marketing board in May last year."
    d = by_phrase(body)["May last year"]
    assert (d.date, d.own) == ("2022-05", True)
    assert d.event == "The marketing board set the £600 a tonne"


def test_a_sentence_subject_with_a_participle_is_left_as_it_is():
    body = "The four firms join three others picked by the agency in June 2021."
    d = by_phrase(body)["June 2021"]
    assert not d.event.startswith("The agency picked")


# -- one invented story with the forms together -------------------------------------------------------

def test_an_invented_story_with_the_forms_together():
    text = (ARTICLES / "d2-orchard-levy.txt").read_text(encoding="utf-8")
    got = {d.as_written: d for d in find_dates(parse_article(text), date(2025, 3, 20))}  # a Thursday
    assert got["April 3"].date == "2025-04-03"  # "have threatened to blockade ... from April 3"
    assert (got["on Wednesday"].date, got["on Wednesday"].own) == ("2025-03-19", True)
    assert got["on Wednesday"].event == "The co-operative's chair, Ms Odile Farrant, offered to meet them"
    assert (got["February last year"].date, got["February last year"].event) == (
        "2024-02", "The co-operative board set the 28p a crate")
    assert got["late April"].date == "2025-04"  # agreed to meet again: the coming April
    assert (got["in six months' time"].date, got["in six months' time"].event) == (
        "2025-09", "The board would publish a review of the levy")
    assert (got["third-quarter"].date, got["third-quarter"].own) == ("2024", False)
    assert got["in the autumn"].date == "2025"
    assert (got["on Tuesday"].date, got["on Tuesday"].own) == ("2025-03-18", False)  # the caption's photo
    assert got["on Monday night"].date == "2025-03-17"
    assert (got["on Friday evening"].date, got["on Friday evening"].event) == (
        "2025-03-21", "The valley's junior side travel to Holmford")
    assert got["next Saturday"].event == "Westerly host Brenne Vale"  # a name ending in -ly is no adverb


def test_a_name_in_apposition_after_as_keeps_its_clause():
    body = "Drivers walked out, even as the depot's manager, Mr Teodor Blay, on Monday promised a new rota."
    d = by_phrase(body)["on Monday"]
    assert (d.date, d.own) == ("2023-03-06", True)
    assert d.event == "The depot's manager, Mr Teodor Blay, promised a new rota"


def test_a_place_name_ending_in_ly_is_not_a_fronted_adverb():
    d = by_phrase("Oakly host Fenmarsh on Saturday, while the reserves travel to Dunby.", SUN)["on Saturday"]
    assert d.event == "Oakly host Fenmarsh"


def test_a_season_at_the_start_of_a_sentence():
    got = by_phrase("In the autumn, the harbour will close for repairs. Later in the summer the ferry returns.")
    assert got["In the autumn"].date == "2023"
    assert got["Later in the summer"].date == "2023"


def test_a_stressed_day_with_itself():
    got = by_phrase("The minister wants the report today itself. \"We can meet on Friday itself,\" she said.")
    assert (got["today itself"].date, got["today itself"].event) == ("2023-03-08", "The minister wants the report")
    assert (got["on Friday itself"].date, got["on Friday itself"].event) == ("2023-03-10", "We can meet")


def test_a_relative_inside_a_long_subject_is_dropped_before_the_event_is_cut():
    body = ("Fishermen whose moorings are being moved for the new marina extension have threatened to block the "
            "harbour mouth from March 20 unless the council pays for new berths.")
    d = by_phrase(body)["March 20"]
    assert d.event == "Fishermen have threatened to block the harbour mouth"
    assert (d.date, d.tense) == ("2023-03-20", "future")


def test_that_after_a_noun_and_a_verb_is_no_subject_relative():
    body = ("The ministry told reporters that it decided against renewing the contract because the supplier had "
            "missed every deadline since January.")
    d = by_phrase(body)["January"]
    assert d.event == "The supplier had missed every deadline"


# -- "a week on Monday", "the day after tomorrow", a weekday that fixes the year ---------------------

@pytest.mark.parametrize("body, written, value", [
    ("The ballot will close a week on Monday.", "a week on Monday", "2023-03-20"),
    ("The depot reopens a week tomorrow.", "a week tomorrow", "2023-03-16"),
    ("Talks will resume a fortnight on Friday.", "a fortnight on Friday", "2023-03-24"),
    ("The verdict is due a week today.", "a week today", "2023-03-15"),
    ("The drivers will strike on Monday week.", "on Monday week", "2023-03-20"),
    ("The inquest opens the day after tomorrow.", "the day after tomorrow", "2023-03-10"),
    ("The lift failed the day before yesterday.", "the day before yesterday", "2023-03-06"),
])
def test_a_week_on_a_day_and_the_day_after_tomorrow(body, written, value):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, "day")


def test_a_week_on_a_day_before_a_noun_is_no_date():
    assert all(d.as_written != "a week on Monday" for d in events_of("She worked a week on Monday shifts."))


def test_a_weekday_written_with_the_day_picks_the_year_it_falls_in():
    # 3 April is a Monday in 2023 only; the bare present tense gives no direction of its own
    d = by_phrase("Fares rise from Monday 3 April.")["Monday 3 April"]
    assert d.date == "2023-04-03"


@pytest.mark.parametrize("body, written, value, precision", [
    ("The works start the week after next.", "the week after next", "2023-03", "month"),
    ("The fair is the weekend after next.", "the weekend after next", "2023-03-18", "month"),
    ("The mill shut the weekend before last.", "the weekend before last", "2023-02-25", "month"),
    ("A new law takes effect the year after next.", "the year after next", "2025", "year"),
])
def test_after_next_and_before_last(body, written, value, precision):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, precision)


@pytest.mark.parametrize("body, written, value, precision", [
    ("The plant will reopen in two weeks.", "in two weeks", "2023-03", "month"),
    ("The ban will end in 10 days.", "in 10 days", "2023-03-18", "day"),
    ("The council will vote in three months.", "in three months", "2023-06", "month"),
])
def test_in_a_span_in_a_future_clause_is_a_point_ahead(body, written, value, precision):
    d = by_phrase(body)[written]
    assert (d.date, d.precision) == (value, precision)


def test_in_a_span_in_a_past_clause_is_a_duration():
    assert events_of("The bridge was rebuilt in two years.") == []
    assert events_of("Sales have doubled in five years.") == []


# -- days of the month written other ways, plans overtaken or reported (issue 14, invented12) ---------

THU = date(2026, 2, 26)  # a Thursday


def test_a_day_written_as_an_ordinal_word_is_that_day():
    found = by_phrase("The flat will be offered from the first of March. The scheme was set up on the twenty-third of "
                      "January.", THU)
    assert found["first of March"].date == "2026-03-01"
    assert found["twenty-third of January"].date == "2026-01-23"


def test_the_nth_of_this_or_next_month_counts_from_publication():
    found = by_phrase("Funds were allocated on the 14th of this month. The report is due on the 2nd of next month.",
                      THU)
    assert found["on the 14th of this month"].date == "2026-02-14"
    assert found["on the 2nd of next month"].date == "2026-03-02"


def test_a_bare_day_of_the_month_with_no_month_near_goes_by_the_tense():
    past = by_phrase('"On the 3rd we were writing about failure," she said.', THU)
    ahead = by_phrase('"I will be back on the 12th if they let me," he said.', THU)
    assert past["On the 3rd"].date == "2026-02-03"
    assert ahead["on the 12th"].date == "2026-03-12"


def test_an_expectation_overtaken_looks_back_and_a_reported_plan_looks_ahead():
    found = by_phrase("The talks had been expected to finish on Monday. The envoy said she planned to fly home on "
                      "Friday.", THU)
    assert found["on Monday"].date == "2026-02-23"
    assert found["on Friday"].date == "2026-02-27"


def test_a_date_waited_for_after_until_after_is_the_nearest():
    found = by_phrase("Her lawyer wrote on Tuesday asking for the deadline to be put back until after an inspection "
                      "of the lock on 6 July.", date(2026, 4, 18))
    assert found["6 July"].date == "2026-07-06"


def test_since_a_season_a_quarter_before_and_half_of_this_month():
    tue = date(2026, 3, 3)
    found = by_phrase("Pilots had reported vibration since the summer. The grounding costs what the airline earned "
                      "in the last quarter. A full timetable returns in the second half of the month.", tue)
    assert found["since the summer"].date == "2025"
    assert found["last quarter"].date == "2025"
    assert found["in the second half of the month"].date == "2026-03"


def test_an_expectation_put_off_is_the_nearest_day_and_a_bare_day_is_one_the_story_named():
    fri = date(2025, 11, 7)
    found = by_phrase("The board had been expected to rule on the merger on Nov. 12.", fri)
    assert found["Nov. 12"].date == "2025-11-12"
    wed = date(2026, 2, 11)
    found = by_phrase('The auction will open on March 16, the regulator said. Broadcasters want a delay. The '
                      'minister is unmoved. "If the regulator presses ahead on the 16th, we will be in court," one '
                      'said.', wed)
    assert found["on the 16th"].date == "2026-03-16"


def test_fiscal_years_gapped_clauses_and_a_contact_relative_are_not_asked_wrongly():
    thu = date(2026, 7, 30)
    found = by_phrase("For fiscal 2026 as a whole, which ended on June 30, revenue rose 9%. The firm began reporting "
                      "the division separately in fiscal 2021. Tervo took delivery of its first jet in 2019 and its "
                      "last in May last year. He will be fit after recovering from the injury he suffered in "
                      "mid-March.", thu)
    assert found["June 30"].event == "Fiscal 2026 ended"
    assert found["fiscal 2021"].event == "The firm began reporting the division separately"
    assert not found["2019"].own and not found["May last year"].own
    assert not found["mid-March"].own


def test_a_bare_day_after_until_by_or_a_part_of_the_day():
    wed = date(2026, 4, 15)
    found = by_phrase("Ferries will not sail until the 20th. The minister resigned on the evening of the 9th.", wed)
    assert found["until the 20th"].date == "2026-04-20"
    assert found["on the evening of the 9th"].date == "2026-04-09"
