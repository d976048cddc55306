"""The headline's number asked (issue 14, points 2, 3 and 6; readers list it first among a story's main facts): the
figure the title reads out is asked once, typed, from the lead's clause or the title's own, with its subject named
in full. Every article here is invented (outlets, fields, people, places and bodies), one per outlet style."""

from datetime import date

import pytest

from studyapp.core.generate.figures import amount
from studyapp.core.generate.keyfigure import title_figures
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article

# wire copy: a central bank holds its rate; the lead keeps it "unchanged at" the figure
WIRE = ("Bank of Ostrava holds main rate at 4.75% for third meeting", """
OSTRAVA CITY, June 11 (Nordline) - The Bank of Ostrava kept its main lending rate unchanged at 4.75 per cent on Wednesday, the third meeting in a row without a move, as inflation stayed above the bank's target.

"Prices are still rising faster than wages, and we cannot cut until that changes," Governor Lidia Parnas told reporters after the meeting.

Finance Minister Karel Dostal said the government wanted lower borrowing costs before the winter. "Households and small firms need relief now," he said.

The Ostrava Chamber of Commerce said its members had put off hiring until rates fell.
""", date(2027, 6, 11), "At what level did the Bank of Ostrava keep its main lending rate?", "4.75%")

# broadcaster: a notice "affecting" so many homes, the count inside a participle phrase
BROADCASTER = ("Boil-water notice for 240,000 homes after treatment works failure", """
A boil-water notice affecting 240,000 homes in the Marrow valley will stay in place until at least Friday, Marrow Water said on Tuesday.

The company said a pump failure at its Eddon treatment works had let untreated water into the network on Sunday night.

"We are sorry for the disruption and we are working around the clock to fix it," said Marrow Water's operations director, Helen Strand.

The Marrow Valley Residents' Forum said families had been left to buy bottled water at their own cost. "Someone has to pay for this, and it should not be us," said its chair, Tom Oduya.
""", date(2027, 2, 9), "How many homes will the boil-water notice affect?", "240,000")

# trade paper: a recall whose count is of a named model, the maker's short name in the title
TRADE = ("Velora recalls 52,700 Kestrel scooters over brake fault", """
Velora Mobility Group is recalling 52,700 Kestrel scooters sold in Norland because a brake cable can fray, the Consumer Safety Office said on Monday.

Owners are being told to stop riding the scooters until a free repair has been made at a dealer.

"No rider should take a risk with their brakes," said Velora Mobility Group's quality director, Anna Brik.

The Riders' Alliance said the company had known of the fault for months. "This recall should have come in the spring," said its spokesman, Ivo Marsh.
""", date(2027, 9, 6), "How many Kestrel scooters did Velora Mobility Group recall?", "52,700")

# tabloid sport: a fine in the title's passive, a "penalty" in the lead
TABLOID = ("Tennis ace Darrow fined $40,000 for late pull-out", """
World number eight Mila Darrow has been hit with a $40,000 penalty by the Pro Tennis Tour after she pulled out of the Harbour Open just two hours before her first match.

The tour's rules say a player must give 48 hours' notice before withdrawing from an event.

"The rules are there to protect the fans who buy tickets," said Pro Tennis Tour chief executive Paul Renner.

Darrow's agent, Sofia Lind, said the player had been ill. "Mila was not fit to play and she will appeal," said Ms Lind.
""", date(2027, 5, 20), "How much was Mila Darrow fined?", "$40,000")

# statistics office release: a total reached, the count without a noun
RELEASE = ("Population of Varnland reaches 4.82 million", """
Varnland's population has reached 4.82 million, up 6.1 per cent since the last census in 2016, the National Statistics Office said in its first release of census results on Thursday.

The capital region grew fastest and now holds more than a third of the population.

"For the first time, people over 65 outnumber children under 15," said the office's chief statistician, Dr Maren Holt.

The next release, on housing and households, is due on 14 November.
""", date(2027, 9, 30), "What total has Varnland's population reached?", "4.82 million")

# newsletter: a developer's collapse leaves homes unfinished; the lead's count sits in a phrase
NEWSLETTER = ("Brightstone Homes collapse leaves 1,150 homes unfinished", """
Housebuilder Brightstone Homes has gone into administration, with building work stopped on 1,150 homes across the county, the administrators Carrow Hale said on Monday.

Buyers who paid deposits have been told to register their claims with Carrow Hale by the end of the month.

"We are looking for a buyer for the business, but we cannot promise that every site will be finished," said Carrow Hale partner Ruth Ennis.

The Brightstone Buyers Group said it wanted every deposit returned in full. "People have lost their savings," said its founder, Dev Patel.
""", date(2027, 3, 2), "How many homes did the Brightstone Homes collapse leave unfinished?", "1,150")

STORIES = [WIRE, BROADCASTER, TRADE, TABLOID, RELEASE, NEWSLETTER]


def _bank(story):
    title, body, published, _prompt, _value = story
    bank, _ = generate_bank(article(body, title), published=published)
    return bank


@pytest.mark.parametrize("story", STORIES, ids=["wire", "broadcaster", "trade", "tabloid", "release", "newsletter"])
def test_the_titles_figure_is_asked_typed_with_its_subject_named(story):
    bank = _bank(story)
    asked = [q for q in bank["questions"] if q.get("prompt") == story[3]]
    assert asked, [q.get("prompt") for q in bank["questions"]]
    q = asked[0]
    assert q["type"] == "typed" and amount(q["answer"]) == amount(story[4])


@pytest.mark.parametrize("story", STORIES, ids=["wire", "broadcaster", "trade", "tabloid", "release", "newsletter"])
def test_the_titles_figure_is_asked_once(story):
    bank = _bank(story)
    value = amount(story[4])
    asking = [q for q in bank["questions"] if isinstance(q.get("answer"), str) and q["answer"][:1] in "$£€0123456789"
              and amount(q["answer"]) == value or "{{" in q.get("prompt", "") and
              amount(q["prompt"].split("{{")[1].split("}}")[0]) == value]
    assert len(asking) == 1, [q.get("prompt") for q in asking]


@pytest.mark.parametrize("title, values", [
    ("Hosepipe ban for 1.6 million homes as reservoirs fall", ["1.6 million"]),
    ("Board votes 5-2 to pull 14 books from libraries", ["14"]),
    ("Dunmore beats Kelby by 31 votes to 24 to host 2031 games", []),
    ("Treaty ends 11-year conflict over 420-home scheme", []),
])
def test_a_titles_figures_are_its_counts_sums_and_shares_never_a_tally_a_year_or_a_measure(title, values):
    assert [f.value for f in title_figures(title)] == values


# broadcaster: a regulator's order, written in the passive with its agent named
ORDER = ("Skylink told to stop new sign-ups as licence row deepens", """
Satellite broadband firm Skylink Orbital has been ordered by the Norland Communications Authority to stop signing up new customers until it renews its operating licence, the authority said on Tuesday.

Skylink Orbital said it would pay the renewal fee within the 30 days the authority allows. "Our existing customers will not lose their service," said its chief executive, Ana Petrov.

The consumer group Fair Connect said subscribers deserved clearer answers. "People need to know whether their internet will still work next month," said its director, Omar Lind.

The Norland Broadband Association, which represents smaller providers, welcomed the decision.
""", date(2027, 4, 6))


def _lead_prompts(bank):
    return [q["prompt"] for q in bank["questions"] if q["id"].startswith("lead-")]


def test_a_passive_act_is_asked_of_the_agent_the_lead_names():
    bank, _ = generate_bank(article(ORDER[1], ORDER[0]), published=ORDER[2])
    assert "Which organisation has ordered Skylink Orbital to stop signing up new customers?" in _lead_prompts(bank)


def test_an_act_under_way_is_asked_without_the_headline_number_its_own_question_asks():
    bank = _bank(TRADE)
    assert any(p.startswith("Which organisation is recalling Kestrel scooters") for p in _lead_prompts(bank)), \
        _lead_prompts(bank)
    bank = _bank(WIRE)
    assert not any("4.75" in p for p in _lead_prompts(bank))


# local paper: a council's act on one club's ground, no other body to offer beside the council
STADIUM = ("Council withdraws safety certificate, cutting Rovers ground capacity to 4,000", """
Harlow City Council has withdrawn the safety certificate for Harlow Rovers' Mill Lane ground, cutting its capacity from 12,000 to 4,000 until repairs are made to the main stand.

Rovers chairman Tom Bell said the club would appeal. "Our fans have done nothing wrong," he said.

The council said the stand's roof was unsafe. The next inspection is due on 14 March.
""", date(2027, 3, 1))


def test_the_leads_act_is_asked_typed_where_the_article_names_too_few_bodies_to_choose_from():
    bank, _ = generate_bank(article(STADIUM[1], STADIUM[0]), published=STADIUM[2])
    acts = [q for q in bank["questions"] if q["id"].startswith("lead-")]
    assert [(q["type"], q["prompt"], q["answer"]) for q in acts] == [
        ("typed", "Which organisation has withdrawn the safety certificate for Harlow Rovers' Mill Lane ground?",
         "Harlow City Council")]


# arts desk: the count written in words, in the title and the lead
ARTS = ("Forty artists pull out of Kessel festival over sponsor", """
Forty artists have withdrawn from the Kessel Arts Festival in protest at its sponsorship by the mining company Orvane, organisers confirmed on Friday.

The festival's director, Nina Ruiz, said the sponsorship paid for a third of the budget. "Without it there is no festival," she said.

Orvane said it rejected the artists' claims. The campaign group Art Without Mines said more artists would follow.
""", date(2027, 6, 4))


def test_a_count_written_in_words_is_asked_and_typed_as_the_article_writes_it():
    bank, _ = generate_bank(article(ARTS[1], ARTS[0]), published=ARTS[2])
    asked = [q for q in bank["questions"] if q["prompt"].startswith("How many artists have withdrawn from the Kessel")]
    assert asked and asked[0]["type"] == "typed" and asked[0]["answer"].lower() in ("forty", "forty artists")
    assert "40" in asked[0]["accept"]


def test_the_is_the_names_own_never_the_noun_after_it():
    assert [f.value for f in title_figures("Tarnvik orders six frigates from Holm Yards")] == ["6"]
    bank, _ = generate_bank(article("""
The Tarnvik navy has ordered six frigates from the shipyard Holm Yards in a deal the defence ministry announced on Monday.

"These ships will protect our coast for forty years," said Defence Minister Per Aske.

The Holm Yards union said the order would secure jobs. The Green Party said the money should go to hospitals.
""", "Tarnvik orders six frigates from Holm Yards"), published=date(2027, 3, 1))
    assert not any("the Tarnvik order" in q.get("prompt", "") or "the Holm Yards" in q.get("prompt", "")
                   for q in bank["questions"])
