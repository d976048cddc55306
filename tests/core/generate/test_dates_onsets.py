"""The day a thing the story brings in starts is asked (issue 14, round 15: readers' most-missed main facts after the
headline figures are the key coming dates: the day a ceasefire or a levy takes effect, the day new charges apply).
Four ways the date was lost, each fixed at its cause:
- a relative on a thing the sentence brings in with "a"/"an" ("agreed to a truce that will take effect at noon on 18
  March", "approved a levy which will come into force on 4 May"): the date is the thing's own start, still ahead, so
  the event is "The truce will take effect" (a past relative on "a …", "after a count that ran into Friday", stays
  unasked: which count?); and "that will take effect at noon," is no fronted adverbial to cut away;
- a deadline followed by what a miss costs ("must pay the fine by 15 July or face …"): the date is the bound;
- a sum of money inside the subject ("Duties on $3.1 billion of imports will take effect on …", "Fees of £9,250 a
  year will rise …") is a noun, not an aside, so the question is "On what date will duties … take effect?", never
  the ungrammatical "On what date is it that …".
Every article here is invented for its test, in the styles readers judged: wire copy, a regional daily, a business
page, a trade story, an education desk, a transport bulletin."""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.realise import when_question
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

PUBLISHED = date(2026, 3, 10)  # a Tuesday


def date_questions(body: str, title: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    bank, _ = generate_bank(article(body, title), published=published)
    return [(q["prompt"], q["answer"]) for q in bank["questions"] if q["type"] == "date"]


def own_events(body: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(d.date, d.event) for d in find_dates(parse_article(article(body)), published) if d.own]


# wire copy: a truce that takes effect at a set hour
TRUCE = """
The government of Ostravia and the rebel Northern Highlands Front have agreed to a truce that will take effect at noon on 18 March, ending two years of clashes that have forced about 600,000 people from their homes.

The agreement was announced on Monday in Kessel, the capital of neighbouring Dunmark, which has hosted the talks since January.

"We have agreed to stop the fighting. Now we must agree on everything else," said the government's chief negotiator, Pavel Ristic.

The front's spokeswoman, Ilona Varga, said her fighters would respect the truce as long as government troops stayed in their barracks.

Under the deal, both sides will pull heavy weapons back 20 kilometres, and aid convoys will be allowed to reach the besieged town of Marov.

The two delegations are due to return to Kessel on 2 April for a second round of talks on prisoners.
"""


def test_a_truce_that_will_take_effect_at_noon_on_a_day_is_asked_when_it_takes_effect():
    assert ("2026-03-18", "The truce will take effect at noon") in own_events(TRUCE)
    asked = date_questions(TRUCE, "Ostravia and rebels agree truce after two years of clashes")
    assert ("On what date will the truce take effect?", "2026-03-18") in asked


# a regional daily: a council levy that comes into force
LEVY = """
Drummond City Council has approved a workplace parking levy which will come into force on 4 May, charging large employers £450 a year for each parking space they provide.

Councillors voted 31 to 19 in favour of the scheme at a full council meeting on Monday night.

The council's transport lead, Councillor Aisha Brennan, said the money would pay for two new bus routes and a cycle lane along the ring road.

"This is about giving people a real choice," she said.

The Drummond Chamber of Commerce said the levy would cost its members about £3 million a year and called on the council to delay it.
"""


def test_a_levy_which_will_come_into_force_on_a_day_is_its_own_event():
    assert ("2026-05-04", "The workplace parking levy will come into force") in own_events(LEVY)
    asked = date_questions(LEVY, "Drummond approves workplace parking levy")
    assert ("On what date will the workplace parking levy come into force?", "2026-05-04") in asked


def test_a_past_relative_on_a_thing_brought_in_with_a_stays_unasked():
    body = "Police arrested a man in Selby after a count that ran into Friday. The count was later abandoned."
    assert not any(d == "2026-03-06" for d, _ in own_events(body))


# a business page: charges a finance director says will apply from a day
CHARGES = """
Harlow Water will add a standing charge to every household bill, its finance director said on Monday.

The finance director, Maren Solberg, said the new charges would take effect from 1 April, and that about 300 jobs would go in a reorganisation of its customer services.

The company supplies 1.2 million homes across the Harlow valley.

Consumer groups said the charge would hit the poorest households hardest.
"""


def test_charges_reported_to_take_effect_from_a_day_with_a_second_clause_after_it():
    asked = date_questions(CHARGES, "Harlow Water adds standing charge to bills")
    assert ("From what date will the new charges take effect?", "2026-04-01") in asked


# a trade story: a sum inside the subject
DUTIES = """
Duties on $3.1 billion of annual imports will take effect on 1 April unless negotiators strike a deal at talks in Varna, ministers said.

The government of Kestria says its steel makers have been undercut for a decade.

"We want a fair price at our border," said the trade minister, Ines Harrow.
"""


def test_a_sum_inside_the_subject_is_no_aside_and_the_question_is_grammatical():
    assert when_question("Duties on $3.1 billion of annual imports will take effect unless negotiators strike a deal",
                         "day", "future") == ("On what date will duties on $3.1 billion of annual imports take effect "
                                              "unless negotiators strike a deal?")
    asked = date_questions(DUTIES, "Kestria to impose steel duties")
    assert any(p.startswith("On what date will duties on $3.1 billion of annual imports take effect") and
               a == "2026-04-01" for p, a in asked)


# an education desk: fees rise on a day
def test_fees_of_a_sum_a_year_will_rise_is_asked_as_fees_rising():
    assert when_question("Fees of £9,250 a year will rise", "day", "future") == \
        "On what date will fees of £9,250 a year rise?"


# a transport bulletin: a fare rise that takes effect (a timetable's present)
FARES = """
Fenmoor Buses has announced a fare rise that takes effect on 2 April, the first since 2023.

A single adult fare will go up from £2.10 to £2.40, the operator said on Monday.

Fenmoor Buses runs 140 routes across the county.
"""


def test_a_fare_rise_that_takes_effect_is_its_own_event():
    assert ("2026-04-02", "The fare rise takes effect") in own_events(FARES)


# a court report: a fine to be paid by a day, or more to pay
FINE = """
Marlow Haulage has been fined £240,000 after a driver was seriously injured at its depot in Tilbury Vale, Westford Magistrates' Court heard on Monday.

District Judge Hana Okafor said the company had ignored repeated warnings about a faulty loading ramp.

Marlow Haulage must pay the fine by 15 July or face further enforcement action, the judge said.

The company said it had replaced the ramp and was reviewing its safety procedures.
"""


def test_a_deadline_with_what_a_miss_costs_after_it_is_asked_by_what_date():
    asked = date_questions(FINE, "Haulier fined £240,000 over depot injury")
    assert ("By what date must Marlow Haulage pay the fine?", "2026-07-15") in asked


# an election desk: one event told with two dates
POLLS = """
The Marava State Election Commission on Saturday announced that elections to the state's 12 municipal corporations and 96 municipal councils will be held in two phases on April 9 and April 16, with counting of votes on April 21.

The ruling Janata Ekta Party won 8 of the 12 corporations at the last polls.

"We are ready," said the party's state president, Kiran Deshmane.
"""


def test_an_event_told_with_two_dates_is_keyed_to_neither():
    asked = date_questions(POLLS, "Civic polls in Marava on April 9 and 16")
    assert not any(a in ("2026-04-09", "2026-04-16") for _, a in asked)
    assert when_question("Elections to the state's 12 municipal corporations and 96 municipal councils will be held",
                         "day", "future") == ("On what date will elections to the state's 12 municipal corporations "
                                              "and 96 municipal councils be held?")  # (a count inside the subject)


# a diplomatic wire: the phases of an exchange, each set for its own day
def test_a_second_phase_set_for_a_day_is_the_second_phase():
    body = ("The exchange will take place in three phases. A second phase of 640 civilians is scheduled for April 23, "
            "and the final phase of 400 soldiers is set for May 15, the statement said.")
    events = own_events(body)
    assert ("2026-04-23", "The second phase of 640 civilians will take place") in events
    assert ("2026-05-15", "The final phase of 400 soldiers will take place") in events


def test_a_sum_that_heads_the_subject_is_still_refused():
    asked = when_question("The remaining $600 million will be discussed at a council meeting", "day", "future")
    assert not (asked or "").startswith("On what date will the remaining")  # (remaining of what? the checks gate it)


# a court report: "The next hearing is on …" (the copula and the date taken away leave a noun phrase)
QUARRY = """
The High Court of Ostrava on Monday stayed work on the Brenvale quarry expansion after villagers said blasting had cracked the walls of 40 homes.

A two-judge bench said the state's environment agency had approved the expansion without a public hearing.

The next hearing is on April 14, when the court will also hear a plea by the quarry's owner, Granite Union Ltd.
"""


def test_a_noun_phrase_with_its_date_after_a_copula_is_asked_with_the_copula():
    asked = date_questions(QUARRY, "Court halts Brenvale quarry expansion")
    assert ("On what date is the next hearing?", "2026-04-14") in asked
    assert not any(p.startswith("What is the date when the next hearing") for p, _ in asked)


# a trade story: the next round of talks, arranged in a participle after a comma
def test_the_next_round_of_talks_scheduled_for_a_day_takes_place_on_it():
    body = ("The trade minister, Ines Harrow, said she would meet her Ostrian counterpart at the next round of talks, "
            "scheduled for March 18 in Varna.")
    assert ("2026-03-18", "The next round of talks will take place") in own_events(body)
    past = "The minister spoke at the last round of talks, held on March 2 in Varna."
    assert not any(e.endswith("will take place") for _, e in own_events(past))


# a diplomatic wire: "The second, last August, freed …" (the noun of "the second" is in the sentence before)
EXCHANGES = """
Velmora and Kastran will exchange 120 prisoners on the Dunaj bridge next week, officials on both sides said on Monday.

The first exchange, in March 2025, freed 40 prisoners on each side. The second, last August, freed 63 Velmorans and 58 Kastrans.

"We are ready," said Velmora's chief negotiator, Ana Petrova.
"""


def test_an_ordinal_whose_noun_is_elided_is_no_subject_to_ask_of():
    asked = date_questions(EXCHANGES, "Velmora and Kastran to swap prisoners", date(2026, 3, 10))
    assert not any(p.startswith(("In what month did the second", "On what date did the second")) for p, _ in asked)


# a regional politics story: a referendum "on" something called for a day
def test_a_referendum_on_a_question_called_for_a_day_takes_place_on_it():
    body = ("The president of the northern region of Corvara has called a referendum on independence for 14 May, "
            "setting up a clash with the central government.")
    assert ("2026-05-14", "The referendum on independence will take place") in own_events(body)
