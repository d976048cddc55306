"""The story's key upcoming dates asked once, as the dates of their own events (issue 14, round 12: readers found a
deadline, an election, a trial's start and a closure not asked, or keyed with another event's date). A bound that
ends what is to be done ("must make a revised offer by 15 May", "will close the depot on or before 31 August") is
asked "By what date must/will …?"; "have until Friday to" looks ahead; "set the trial to begin on 14 September" dates
the trial, "has called an election for 12 July" the election; a participle phrase in the subject ("A truce agreed in
2024 expires on 30 September") neither lends its year nor takes the verb's place; a closure "from 1 June to 31
August" begins on 1 June; a walkout "planned from 22 May" is the coming one; a "…, she said" after the writer's own
words about a person is no sign of that person's sex. Every article here is invented for its test."""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.pronouns import sexes
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

MAY = date(2026, 5, 4)  # a Monday


def events(body: str, published: date = MAY) -> list[tuple[str, str, bool]]:
    return [(d.date, d.event, d.own) for d in find_dates(parse_article(article(body)), published)]


def date_questions(body: str, title: str, published: date = MAY) -> list[tuple[str, str]]:
    bank, _ = generate_bank(article(body, title), published=published)
    return [(q["prompt"], q["answer"]) for q in bank["questions"] if q["type"] == "date"]


FERRY = """
Ferry crews at Saltholm Lines will walk out on Thursday in a row over rosters, the Maritime Staff Union said.

Saltholm Lines must make a new offer by 15 May, the union's organiser, Petra Skov, said. "Our crews are exhausted,"
she said.

The company said it had offered extra rest days. Its operations director, Olaf Brenner, said the firm regretted the
strike.
"""


def test_a_bound_that_ends_what_must_be_done_is_asked_by_what_date():
    asked = date_questions(FERRY, "Ferry crews to strike over rosters")
    assert ("By what date must Saltholm Lines make a new offer?", "2026-05-15") in asked


def test_a_plant_closing_on_or_before_a_day_is_asked_by_what_date_it_will_close():
    body = """
Harwick Dairies said on Wednesday that its yearly profit fell 12% to £18 million as the price of feed rose.

Harwick will close its creamery in Penmoor on or before 31 August, with the loss of 140 jobs. Shareholders will vote
on the plan at the annual meeting on 24 July.

"These are hard choices," said the chairman, Rhys Oakden.
"""
    asked = date_questions(body, "Harwick Dairies to close creamery")
    assert ("By what date will Harwick close its creamery in Penmoor?", "2026-08-31") in asked


def test_a_condition_or_a_report_before_the_bound_makes_no_deadline():
    body = """
Ferry crews at Saltholm Lines will walk out on Thursday, the Maritime Staff Union said.

Unless Saltholm Lines makes a new offer by 15 May, crews will strike again, the union said. The union said the
company must answer its letter by 20 May.

"We are ready," said its organiser, Petra Skov. Saltholm's director, Olaf Brenner, said the strike was regrettable.
"""
    asked = date_questions(body, "Ferry strike threat")
    assert not any(p.startswith("By what date must unless") or "said the company" in p.lower() for p, _ in asked)


def test_time_left_until_a_weekday_runs_forward():
    got = events("Parents have until Friday to say whether their children will use the free bus.")
    assert got[0][0] == "2026-05-08"


def test_a_trial_set_to_begin_on_a_day_is_the_trials_date_not_the_settings():
    assert events("Judge Maria Okoye set the trial to begin on 14 September.") == [
        ("2026-09-14", "The trial will begin", True)]


def test_an_election_called_for_a_day_takes_place_on_it():
    assert events("Prime Minister Ilse Marn has called a snap general election for 12 July.") == [
        ("2026-07-12", "The snap general election will take place", True)]


def test_a_participle_phrase_in_the_subject_lends_no_year_and_is_not_the_verb():
    got = events("A truce agreed in 2024 expires on 30 September.")
    assert ("2026-09-30", "A truce agreed in 2024 expires", True) in got
    body = """
Delegations from Varnholm and Osterby will meet in Lisk on Wednesday for a fifth round of talks.

A truce agreed in 2024 expires on 30 September. "Time is short," said Osterby's envoy, Karel Dunst.
"""
    assert ("On what date does the truce expire?", "2026-09-30") in date_questions(body, "Border talks resume")


def test_the_subject_of_a_reported_clause_keeps_said_as_its_verb():
    got = events("The union said its members would stage a strike from Thursday.")
    assert got and got[0][0] == "2026-05-07" and "said" in got[0][1]


def test_a_closure_from_one_day_to_another_begins_on_the_first():
    got = events("Brookfield Primary School will close from 1 June to 31 August so that its roof can be replaced.")
    assert ("2026-06-01", "Brookfield Primary School will close", True) in got
    # a run "from … to" has no one day of its own
    got = events("The exhibition will run from 1 June to 31 August.")
    assert not any(own for _, _, own in got)


def test_a_walkout_planned_from_a_day_is_the_coming_one():
    got = events("The union said members would strike, with a further walkout planned from 22 May to 24 May.")
    assert [d for d, _, _ in got if d.endswith(("-05-22", "-05-24"))] == ["2026-05-22", "2026-05-24"]


def test_a_sale_from_a_day_in_one_place_and_another_day_in_another_is_dated():
    got = events("The phone will go on sale in Europe from 16 October and in the United States from 1 November.")
    assert ("2026-10-16", "The phone will go on sale in Europe", True) in got


def test_a_she_said_after_words_about_a_man_does_not_make_him_a_woman():
    text = article("Anton Vell, 52, appeared at Dunmore Crown Court. He did not enter a plea.\n\n"
                   "Vell must hand in his passport by Friday, she said, and the judge, Ruth Ambler, set bail.")
    people = [{"name": "Anton Vell", "aliases": ["Vell"]}, {"name": "Ruth Ambler"}]
    assert sexes(text, people).get("Anton Vell") != "f"


def test_a_plural_noun_opening_the_deadlines_sentence_is_no_name():
    body = """
Tarnby District Council will decide whether to approve a 19-storey tower on the old tram depot at a meeting on 18 June.

Residents have until 30 May to comment on the revised design, the council said. The Tarnby Residents Forum has
collected 1,400 signatures against it.

"It is far too tall," said the forum's chair, Edna Paley.
"""
    asked = date_questions(body, "Council to decide on tower plan")
    assert ("By what date must residents comment on the revised design?", "2026-05-30") in asked


def test_a_subject_with_a_hyphenated_number_is_asked_with_its_own_verb():
    body = """
Hundreds of porters at Brennick General Hospital walked out on 2 March in a dispute over night-shift pay.

A further 48-hour strike has been called from 23 March, the Health Workers Union said. "Nobody wants this," said the
union's branch secretary, Carys Madoc.
"""
    asked = date_questions(body, "Hospital porters to strike again", date(2026, 3, 10))
    assert ("On what date will a further 48-hour strike take place?", "2026-03-23") in asked


def test_next_summer_said_in_spring_and_the_new_year_said_in_may_are_next_years():
    assert events("The ferry will run again next summer.")[0][0] == "2027"
    assert events("Talks will resume in the new year.")[0][0] == "2027"
    # said in January, the new year is the one just begun; said after the season, the next summer is the coming one
    assert events("Talks will resume in the new year.", date(2026, 1, 10))[0][0] == "2026"
    assert events("The ferry will run again next summer.", date(2026, 11, 20))[0][0] == "2027"


def test_an_unnamed_year_old_is_no_subject_to_invert():
    from studyapp.core.generate.realise import split_clause
    assert split_clause("A further 72-hour strike will take place")[0] == "A further 72-hour strike"
    assert split_clause("The 24-year-old joined from Castlebury") is None  # who he is, only the article says
