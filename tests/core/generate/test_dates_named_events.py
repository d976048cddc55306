"""Date questions a teacher keeps (issue 14, round 14: readers found date questions on "the event" and "the
law" that said neither which, on a share price's move, a month and a day of one walkout both
asked, and prompts made from a phrase with no clause of its own). A bare subject is named from the article or the
bank's title ("the Vell Basin Commission", "the Harrow Hills fires", "the recall of 96,000 toasters") or not
asked; a scene or a market's move further down than the story's first paragraphs is no event of it; a coming event's
month is not asked beside its day; a phrase opening on "Within days of …" or an existential "There's …", a date that
is what was proposed ("has proposed 3 March") or that dates a noun ("a parking ban starting Friday morning", "the
county polls due in late 2028", "planned a march on Sunday") are not asked as the clause's own. Every article here is
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

The event was postponed on 28 April, two days before it was due.

"We had no choice," Ms Oyelaran said. Dr Varga said he was "disappointed but not surprised".
"""
    assert not asked(body, "College cancels economist's lecture after protest threat", "the event")


def test_a_law_the_article_never_names_is_not_asked_unnamed():
    body = """
The consumer watchdog in Vardenholm has fined the streaming firm Plinto 4.2 million crowns for making it hard to \
cancel subscriptions, the watchdog said on Friday.

The fine is the first under a law that bans hidden cancellation steps. The law took effect in 2024.

"Cancelling should be as easy as signing up," said the watchdog's director, Ilse Brunvoll.
"""
    assert not asked(body, "Watchdog fines Plinto over cancellation steps", "the law")


def test_a_fiscal_year_of_no_one_is_not_asked():
    body = """
The Danbury Falls parks board has drawn up a spending plan that closes two pools and raises pitch fees, its chair, \
Ruth Okafor, said on Monday.

Councillors will debate the plan on May 20. The fiscal year begins on June 1.

"Every pool costs more than it earns," Ms Okafor said. Councillor Teo Lindahl said he would fight the closures.
"""
    assert not asked(body, "Danbury Falls mayor's budget cuts library hours", "fiscal year")


def test_a_body_of_which_the_article_names_one_is_named():
    body = """
Leaders of Tarsovia and Melkland agreed on Tuesday to share the waters of the Vell river, ending a decade of \
quarrels over its dams.

The accord sets up a joint Vell Basin Commission, based in Melkland's second city. The new commission will publish \
its first review of the Ostra dam on 31 March 2028.

"This is a fair share for both of us," said Tarsovia's president, Amalia Renk.
"""
    prompts = asked(body, "Tarsovia and Melkland sign river deal", "publish")
    assert prompts and all("the Vell Basin Commission" in p for p in prompts)
    assert not asked(body, "Tarsovia and Melkland sign river deal", "the new commission")


def test_a_body_the_article_never_names_is_not_asked_unnamed():
    body = """
An observer mission from the Northern Council said on Monday that the vote in Kessary had been calm and well run.

The mission plans to release its findings on 12 May, its head, Lars Oberg, said.

Turnout was 61 per cent, the electoral commission said.
"""
    assert not asked(body, "Observers call Kessary vote calm", "the mission")


def test_fires_named_in_the_title_are_named_so():
    body = """
A state review of last summer's fires has called for more rural crews and earlier text alerts.

The fires began on January 3, 2025, and burned for eleven days.

"We did what we could with what we had," the fire commissioner, Dara Quill, said.
"""
    prompts = asked(body, "Harrow Hills fires inquiry makes 30 recommendations", "fires")
    assert prompts and all("the Harrow Hills fires" in p for p in prompts)


def test_a_recall_is_named_by_the_titles_verb_and_object():
    body = """
Orvik Appliances is recalling 96,000 of its Glowline toasters after reports that they can overheat, the product \
safety board said on Monday.

The recall began on 27 April and applies to toasters bought since March 2023.

"Stop using the toaster and unplug it," the board's chief, Hana Lisowski, said.
"""
    prompts = asked(body, "Orvik recalls 96,000 toasters after overheating reports", "recall")
    assert prompts and all("the recall of 96,000 toasters" in p for p in prompts)


# -- a scene or a market's move beside the story --------------------------------------------------------------

TRIAL = """
The chef Mara Quist will go to trial in September in her dispute with Harbourline Foods over the name of her \
restaurant, a judge in Kelton ruled on Monday.

Judge Oskar Field set the trial to begin on 14 September 2026. Quist says the name is hers; the group says it paid \
for it.

Quist's lawyer, Dana Holt, said the ruling was "a first step". Harbourline did not comment.

The dispute began in 2021 when Quist left the group to cook on her own.

A few dozen supporters gathered outside the court building on Monday with banners. Harbourline's owner, Vell \
Media, saw its shares slip 2 per cent on 1 May.
"""


def test_a_crowd_gathering_further_down_is_not_asked():
    assert not asked(TRIAL, "Singer's royalties fight goes to trial", "gather")


def test_a_market_move_further_down_is_not_asked():
    body = """
Dockers at the port of Saltmere will strike for three days from 18 May after talks on pay broke down, their union \
said on Monday.

The union wants a 7 per cent rise; the port's owner, Halden Terminals, has offered 3 per cent.

"We are not asking for the moon," said the union's organiser, Bea Norris.

Halden Terminals shares slid 4 per cent on 1 May in Kelton trading. The company said it would keep the port \
open with managers.
"""
    assert not asked(body, "Saltmere dockers to strike over pay", "shares")


def test_a_calm_square_is_no_event():
    body = """
Teachers in Ostrel will hold a one-day strike on 12 May over class sizes, their union said.

The main square of Varn was calm on Saturday evening.

"Classes are simply too big," said the union leader Ivo Brandt.

The education minister, Sela Marr, said talks would continue.
"""
    assert not asked(body, "Ostrel teachers to strike over class sizes", "calm")


def test_a_ministers_visit_further_down_is_not_asked():
    body = """
Heavy rain flooded 300 homes in the Westfold valley on Tuesday and closed the main road to the coast.

Forecasters had warned of flooding on Monday. Two people were rescued from a car.

Crews worked through the night to pump out the town centre, the county said.

The government has promised an emergency fund for repairs. The interior minister, Tomas Rell, visited the town of \
Skarhavn on 1 May.
"""
    assert not asked(body, "Floods swamp Westfold valley", "visit")


def test_a_share_fall_in_the_lead_is_still_asked():
    body = """
Shares in Corvel Systems fell 9 per cent on 30 April after the software firm said it would cut 900 jobs.

The company said sales had slowed.

"These are hard decisions," said its chief executive, Lena Moss.
"""
    assert asked(body, "Corvel to cut 900 jobs", "shares")


# -- a coming event asked once --------------------------------------------------------------------------------

def test_a_walkouts_month_is_not_asked_beside_its_day():
    body = """
Junior doctors in Marenland will walk out for a week next month in a row over rotas, their union said on Monday.

The strike will begin on 8 June. Clinics will open for urgent cases only.

"We have been left with no choice," said the union's chair, Dr Ruth Ames.

The health ministry said the offer was fair.
"""
    prompts = date_prompts(body, "Junior doctors to strike over rotas in June")
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
    assert when_question("Within days of the council approving its plan for the ring road", "day") is None
    assert when_question("During the talks at the ministry", "day") is None
    assert when_question("The three rail unions announced two days of strikes", "day") is not None


def test_an_existential_there_is_not_asked():
    body = """
Marco Lind was sacked as manager of Harbury Town on Sunday after six defeats in a row, the club said.

His assistant, Gary Pole, will take charge. "It has been a hard week," Pole said. "There's a cup tie on Saturday \
9 May and we need to be sharp."
"""
    assert not asked(body, "Harbury Town sack manager Lind", "there")


def test_a_proposed_date_is_no_date_of_the_proposing():
    assert not [e for d, e in own_dates("The choir has proposed 3 March. The vicar said she would think about it.")
                if "proposed" in e]


def test_a_date_that_starts_a_ban_is_not_the_order():
    body = "Police chief Ada Crane ordered on Monday a parking ban on the seafront from 8 a.m. starting Friday morning."
    assert not [e for d, e in own_dates(body) if "ordered" in e and d == "2026-05-08"]


def test_elections_due_in_a_year_do_not_date_the_clause():
    body = "The town vote is being read as a test of the mayor ahead of the county polls due in late 2028."
    assert not [e for d, e in own_dates(body) if d.startswith("2028")]


def test_a_walkout_starting_on_a_day_keeps_its_date():
    body = "Nurses at Kelton General will walk out for five days starting on 11 May, their union said."
    assert [e for d, e in own_dates(body) if d == "2026-05-11"]


def test_a_rally_planned_for_a_day_is_not_the_planning():
    body = "The residents' group said it had planned a march through the town on Sunday afternoon."
    assert not [e for d, e in own_dates(body) if "planned" in e]


def test_a_standfirsts_short_telling_gives_way_to_the_full_one():
    body = """
The board decides 20 May.

The Danbury Falls county board is due to decide on the library closures on 20 May, more than a month \
before the summer recess.

"Libraries are not a luxury," said the board's chair, Ola Park.
"""
    prompts = date_prompts(body, "Danbury Falls library closures go to the board")
    assert not [p for p, a in prompts if p == "On what date does the board decide?"]
    assert [p for p, a in prompts if "library closures" in p and a == "2026-05-20" and "more than" not in p]


# -- a figure's gap whose sentence says neither what it counts nor who acts -----------------------------------------

def _number_gaps(body: str, title: str) -> list[str]:
    bank, _ = generate_bank(article(body, title), published=MAY)
    return [q["prompt"] for q in bank["questions"] if q["type"] == "typed" and q["id"].startswith("number-")]


def test_a_figure_of_them_is_no_gap():
    body = """
Researchers at the Kelton Institute followed 52,000 adults for eight years to see whether cycling to work \
protects the heart, the institute said on Monday.

By the end, {n} of them had needed treatment for heart disease, the lead author, Dr Mia Sorel, said.

"Cycling to work is not a cure, but it helps," Dr Sorel said. Professor Ian Holt, who was not involved, said the \
study was "careful".
"""
    assert not [p for p in _number_gaps(body.format(n="2,931"), "Cycling to work cuts heart risk, study finds")
                if "of them" in p]


def test_a_figure_with_no_noun_is_no_gap():
    body = """
Storm Ilse cut power to 180,000 homes across the Marren coast on Thursday, the network operator Coastgrid said.

Coastgrid said on Friday that about 41,000 were still waiting to be reconnected.

"Our crews are working around the clock," said Coastgrid's director, Ola Brandt. The weather agency's forecaster, \
Piet Lorne, said the winds would ease by Sunday.
"""
    assert not [p for p in _number_gaps(body, "Storm Ilse cuts power to thousands") if "were still waiting" in p]


def test_a_figure_whose_subject_is_it_is_no_gap():
    body = """
Opposition leader Hana Velk has asked the Marenland election board to void the mayoral vote, \
her party said on Monday.

Under the electoral law, it must decide within 30 days of receiving the petition.

"We have the evidence," Ms Velk said. President Ion Darr's spokesman, Teo Ruse, said the challenge had no merit.
"""
    assert not [p for p in _number_gaps(body, "Velk asks court to annul election") if "it must decide" in p]


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
