"""Date questions a teacher keeps (issue 14, round 14: readers found "On what date was the event called off?", "In
what year did the law come into force?", "On what date did shares fall …?", a month and a day of one walkout both
asked, and prompts made from a phrase with no clause of its own). A bare subject is named from the article or the
bank's title ("the Ardel-style River Commission", "the Black-Ridge-style fires", "the recall of … heaters") or not
asked; a scene or a market's move further down than the story's first paragraphs is no event of it; a coming event's
month is not asked beside its day; a phrase opening on "Within hours of …" or an existential "There's …", a date that
is what was proposed ("has proposed 20 November") or that dates a noun ("a curfew starting Wednesday night", "the
elections due in early 2027", "planned a rally on Friday") are not asked as the clause's own. Every article here is
invented for its test."""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.realise import when_question
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

MAY = date(2026, 5, 4)  # a Monday


def own_dates(body: str, published: date = MAY) -> list[tuple[str, str]]:
    return [(d.date, d.event) for d in find_dates(parse_article(article(body)), published) if d.own]


def date_prompts(body: str, title: str, published: date = MAY) -> list[tuple[str, str]]:
    bank, _ = generate_bank(article(body, title), published=published)
    return [(q["prompt"], str(q.get("answer"))) for q in bank["questions"] if q.get("topic") == "dates"]


def asked(body: str, title: str, words: str, published: date = MAY) -> list[str]:
    return [p for p, _ in date_prompts(body, title, published) if words.lower() in p.lower()]


# -- a bare subject: named from the article or the title, else not asked ------------------------------------------

def test_a_generic_event_is_not_asked_unnamed():
    body = """
Tollmere College has cancelled a lecture by the economist Dr Ansel Varga after student groups threatened to \
picket it, the college's principal, Margit Oyelaran, said on Thursday.

The event was called off on 28 April after the students' union said it could not staff the hall safely.

"We had no choice," Ms Oyelaran said. Dr Varga said he was "disappointed but not surprised".
"""
    assert not asked(body, "College cancels economist's lecture after protest threat", "the event")


def test_a_law_the_article_never_names_is_not_asked_unnamed():
    body = """
The consumer watchdog in Vardenholm has fined the streaming firm Plinto 4.2 million crowns for making it hard to \
cancel subscriptions, the watchdog said on Friday.

It is the first fine under the law, which bans hidden cancellation steps. The law came into force in 2024.

"Cancelling should be as easy as signing up," said the watchdog's director, Ilse Brunvoll.
"""
    assert not asked(body, "Watchdog fines Plinto over cancellation steps", "the law")


def test_a_fiscal_year_of_no_one_is_not_asked():
    body = """
Mayor Ruth Okafor of Danbury Falls has proposed a $1.1 billion budget that cuts library hours and raises parking \
fees, her office said on Monday.

The City Council votes on the budget on May 20, ten days before the fiscal year begins on June 1.

"Every department has given something up," Ms Okafor said. Council member Teo Lindahl said he would vote against it.
"""
    assert not asked(body, "Danbury Falls mayor's budget cuts library hours", "fiscal year")


def test_a_body_of_which_the_article_names_one_is_named():
    body = """
Leaders of Tarsovia and Melkland agreed on Tuesday to share the waters of the Vell river, ending a decade of \
quarrels over its dams.

The accord creates a joint Vell Basin Commission with offices in both capitals. The question of the Ostra dam's \
summer releases was handed to the new commission, which must report by 30 June 2027.

"We have agreed on who owns the water," said Tarsovia's president, Amalia Renk.
"""
    prompts = asked(body, "Tarsovia and Melkland sign river deal", "report")
    assert prompts and all("the Vell Basin Commission" in p for p in prompts)
    assert not asked(body, "Tarsovia and Melkland sign river deal", "the new commission")


def test_a_body_the_article_never_names_is_not_asked_unnamed():
    body = """
An observer mission from the Northern Council said on Monday that the presidential vote in Kessary was "largely \
orderly", though it noted pressure on public sector staff.

The mission will publish its preliminary report on 12 May, its head, Lars Oberg, said.

Turnout was 61 per cent, the electoral commission said.
"""
    assert not asked(body, "Observers call Kessary vote largely orderly", "the mission")


def test_fires_named_in_the_title_are_named_so():
    body = """
An inquiry into the fires that killed 11 people in the Harrow Hills has made 30 recommendations, finding that \
warnings reached residents too late.

The fires, which began on January 3, 2025, destroyed 240 homes across four districts.

"The warnings failed, not the crews," the fire commissioner, Dara Quill, said.
"""
    prompts = asked(body, "Harrow Hills fires inquiry makes 30 recommendations", "fires")
    assert prompts and all("the Harrow Hills fires" in p for p in prompts)


def test_a_recall_is_named_by_the_titles_verb_and_object():
    body = """
Orvik Appliances is recalling 96,000 of its Glowline toasters after reports that they can overheat, the product \
safety board said on Monday.

The recall, which began on 27 April, covers toasters sold since March 2023.

"Stop using the toaster and unplug it," the board's chief, Hana Lisowski, said.
"""
    prompts = asked(body, "Orvik recalls 96,000 toasters after overheating reports", "recall")
    assert prompts and all("the recall of 96,000 toasters" in p for p in prompts)


# -- a scene or a market's move beside the story --------------------------------------------------------------

TRIAL = """
The singer Mara Quist will go to trial in September in her fight with Harbourline Records over the rights to her \
first four albums, a judge in Kelton ruled on Monday.

Judge Oskar Field set the trial to begin on 14 September 2026. Quist says the label owes her $4 million in \
royalties; the label says her contract gave it the recordings.

Quist's lawyer, Dana Holt, said the ruling was "a first step". Harbourline did not comment.

The dispute began in 2021 when Quist left the label for a rival.

Fans gathered outside the courthouse on Monday holding signs. Harbourline's owner, Vell Media, saw its shares fall \
2 per cent on 1 May after the label warned on profits.
"""


def test_a_crowd_gathering_further_down_is_not_asked():
    assert not asked(TRIAL, "Singer's royalties fight goes to trial", "gather")


def test_a_market_move_further_down_is_not_asked():
    body = """
Dockers at the port of Saltmere will strike for three days from 18 May after talks on pay broke down, their union \
said on Monday.

The union wants a 7 per cent rise; the port's owner, Halden Terminals, has offered 3 per cent.

"We are not asking for the moon," said the union's organiser, Bea Norris.

Halden Terminals shares fell 2.3 per cent on 1 May on the Kelton exchange. The company said it would keep the port \
open with managers.
"""
    assert not asked(body, "Saltmere dockers to strike over pay", "shares")


def test_quiet_streets_are_no_event():
    body = """
Unions in Ostrel have called two days of national strikes against the government's pension reform, the first on \
12 May.

The streets of Varn were quiet on Saturday evening, but few expect them to stay that way.

"This reform takes two years from every worker," said the union leader Ivo Brandt.

The labour minister, Sela Marr, said the government would not withdraw the bill.
"""
    assert not asked(body, "Ostrel unions call national strikes over pensions", "quiet")


def test_a_ministers_visit_further_down_is_not_asked():
    body = """
Storm Hedda brought winds of 150 km/h to the coast of Westfold on Tuesday, cutting power to 60,000 homes and \
closing every port in the region.

The weather agency had issued a red warning on Monday. Two people were injured by falling trees.

Crews worked through the night to restore power, the network operator said.

The government has promised an emergency fund for repairs. The interior minister, Tomas Rell, visited the town of \
Skarhavn on 1 May.
"""
    assert not asked(body, "Storm Hedda batters Westfold coast", "visit")


def test_a_share_fall_in_the_lead_is_still_asked():
    body = """
Shares in Corvel Systems fell 14 per cent on 30 April after the software firm said it would cut 900 jobs.

The company said sales had slowed.

"These are hard decisions," said its chief executive, Lena Moss.
"""
    assert asked(body, "Corvel to cut 900 jobs", "shares")


# -- a coming event asked once --------------------------------------------------------------------------------

def test_a_walkouts_month_is_not_asked_beside_its_day():
    body = """
Junior doctors in Marenland will walk out for five days next month after rejecting a 4 per cent pay offer, their \
union said on Monday.

The strike will begin on 8 June and end on 12 June. Hospitals have been told to cancel routine operations.

"We have been left with no choice," said the union's chair, Dr Ruth Ames.

The health ministry said the offer was fair.
"""
    prompts = date_prompts(body, "Junior doctors to strike for five days in June")
    assert ("On what date will the strike begin?", "2026-06-08") in prompts
    assert not [p for p, a in prompts if a == "2026-06" or a == "June 2026"]


def test_two_coming_events_of_one_month_are_still_both_asked():
    body = """
The Kelton Film Festival will open on 12 June with a new film by the director Ana Varo, its organisers said on \
Monday.

The city's new tram line is due to carry its first passengers in June, the transport office said.

"It will be a busy summer," said the festival's director, Per Lund.
"""
    prompts = [p for p, _ in date_prompts(body, "Kelton festival to open with Varo film")]
    assert any("festival" in p.lower() for p in prompts)
    assert any("tram" in p.lower() for p in prompts)


# -- a phrase with no clause, and dates that belong to something else ------------------------------------------

def test_a_phrase_within_hours_of_is_not_asked():
    assert when_question("Within hours of the government publishing its reform of the rail timetable", "day") is None
    assert when_question("During the talks at the ministry", "day") is None
    assert when_question("The three rail unions announced two days of strikes", "day") is not None


def test_an_existential_there_is_not_asked():
    body = """
Marco Lind was sacked as manager of Harbury Town on Sunday after six defeats in a row, the club said.

His assistant, Gary Pole, will take charge. "It has been a hard week," Pole said. "But there's a game on Saturday \
9 May and the players have to be ready."
"""
    assert not asked(body, "Harbury Town sack manager Lind", "there")


def test_a_proposed_date_is_no_date_of_the_proposing():
    assert not [e for d, e in own_dates("The history society has proposed 20 November. The vice-chancellor said he "
                                        "would consider it.") if d == "2026-11-20"]


def test_a_date_that_starts_a_curfew_is_not_the_announcements():
    body = ("Mayor Ada Crane announced on Monday a citywide curfew from 11 p.m. to 5 a.m. starting Wednesday night "
            "and lasting through the weekend.")
    assert not [e for d, e in own_dates(body) if e.startswith("Mayor Ada Crane announced") and d == "2026-05-06"]


def test_elections_due_in_a_year_do_not_date_the_clause():
    body = "The city polls are being seen as a rehearsal before the state elections due in early 2027."
    assert not [e for d, e in own_dates(body) if d == "2027"]


def test_a_walkout_starting_on_a_day_keeps_its_date():
    body = "Nurses at Kelton General will walk out for five days starting on 11 May, their union said."
    assert [e for d, e in own_dates(body) if d == "2026-05-11"]


def test_a_rally_planned_for_a_day_is_not_the_planning():
    body = "Organiser Tanya Bell said the group rejected the curfew and planned a rally at City Hall on Friday evening."
    assert not [e for d, e in own_dates(body) if "planned" in e]


def test_a_standfirsts_short_telling_gives_way_to_the_full_one():
    body = """
The council votes 20 May.

The full Danbury Falls City Council is scheduled to vote on the library budget on 20 May, less than two weeks \
before the summer closures begin.

"Libraries are not a luxury," said the council president, Ola Park.
"""
    prompts = date_prompts(body, "Danbury Falls library budget heads to a vote")
    assert not [p for p, a in prompts if p == "On what date does the council vote?"]
    assert [p for p, a in prompts if "library budget" in p and a == "2026-05-20" and "less than" not in p]


# -- a figure's gap whose sentence says neither what it counts nor who acts -----------------------------------------

def _number_gaps(body: str, title: str) -> list[str]:
    bank, _ = generate_bank(article(body, title), published=MAY)
    return [q["prompt"] for q in bank["questions"] if q["type"] == "typed" and q["id"].startswith("number-")]


def test_a_figure_of_them_is_no_gap():
    body = """
Researchers at the Kelton Institute followed 52,000 adults for eight years to see whether cycling to work \
protects the heart, the institute said on Monday.

During the study, {n} of them were treated for heart disease, the lead author, Dr Mia Sorel, said.

"Cycling to work is not a cure, but it helps," Dr Sorel said. Professor Ian Holt, who was not involved, said the \
study was "careful".
"""
    assert not [p for p in _number_gaps(body.format(n="2,931"), "Cycling to work cuts heart risk, study finds")
                if "of them" in p]


def test_a_figure_with_no_noun_is_no_gap():
    body = """
Storm Ilse cut power to 180,000 homes across the Marren coast on Thursday, the network operator Coastgrid said.

Coastgrid said on Friday that about 41,000 were still without power, most of them in the hills.

"Our crews are working around the clock," said Coastgrid's director, Ola Brandt. The weather agency's forecaster, \
Piet Lorne, said the winds would ease by Sunday.
"""
    assert not [p for p in _number_gaps(body, "Storm Ilse cuts power to thousands") if "were still without" in p]


def test_a_figure_whose_subject_is_it_is_no_gap():
    body = """
Opposition leader Hana Velk has asked the Constitutional Court of Marenland to annul the presidential election, \
her party said on Monday.

Under the constitution, it must rule within 14 days of the hearing starting.

"We have the evidence," Ms Velk said. President Ion Darr's spokesman, Teo Ruse, said the challenge had no merit.
"""
    assert not [p for p in _number_gaps(body, "Velk asks court to annul election") if "it must rule" in p]


def test_a_figure_in_a_sentence_that_names_its_subject_is_still_a_gap():
    body = """
Researchers at the Kelton Institute followed 52,000 adults for eight years to see whether cycling to work \
protects the heart, the institute said on Monday.

Cyclists were 21% less likely to be treated for heart disease than those who drove, according to the study.

"Cycling to work is not a cure, but it helps," said the lead author, Dr Mia Sorel. Professor Ian Holt, who was \
not involved, said the study was "careful".
"""
    assert [p for p in _number_gaps(body, "Cycling to work cuts heart risk, study finds") if "{{21%}}" in p]


def test_a_fixture_that_kicks_off_is_asked_in_the_singular():
    assert when_question("Harbury Town v Kelton City kicks off at the Mill Ground", "day", "present") == \
        "On what date does Harbury Town v Kelton City kick off at the Mill Ground?"
