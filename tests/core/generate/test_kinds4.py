"""People are people, sides are parties, roles name the right employer (issue 14, points 3 and 4): a plan, a place,
a wire service, a journal or a storm is no one in the cast; a worker introduced by their trade is a person, not a
firm; "Its director" is the body the article names, not a heading's word; a job title opening the sentence is no
part of the name. Every article here is invented."""

from __future__ import annotations

import pytest

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article


def cast(text: str) -> dict:
    return {p.name: p for p in find_cast(parse_article(text)).people}


@pytest.mark.parametrize("trade, name, set_off", [
    ("Crane operator", "Dean Hollis", ", who has worked at the yard for 12 years,"),
    ("Machine operator", "Ruth Calloway", ", 44,"),
    ("Furnace operator", "Ivo Marsh", ", who joined the plant in 2009,"),
    ("Forklift operator", "Lena Broadbent", ", aged 38,"),
    ("Switchboard operator", "Amos Kettering", ", who has two children,"),
    ("Radio operator", "Petra Lindgren", ", 52,"),
])
def test_a_worker_named_after_a_trade_noun_is_a_person(trade, name, set_off):
    text = (f"Workers vote to strike\n\nWorkers at the Kelvane Alloys foundry will strike next week, the union "
            f"said. The company said it could not afford more than 3 per cent.\n\n"
            f"{trade} {name}{set_off} said: \"I'm working extra shifts every week just to pay the rent.\"\n")
    people = cast(text)
    assert name in people
    assert people[name].role.lower() == trade.lower()
    assert people[name].side == ""
    assert name not in find_cast(parse_article(text)).orgs


@pytest.mark.parametrize("owner, plan, noun", [
    ("the city council's", "Moving Brennick", "plan"),
    ("the government's", "Better Brennick", "programme"),
    ("the authority's", "Bright Brennick", "scheme"),
    ("the ministry's", "Healthy Brennick", "policy"),
    ("its", "Safer Brennick", "strategy"),
    ("their", "Renew Brennick", "project"),
])
def test_a_plan_named_after_its_owner_is_no_person(owner, plan, noun):
    text = (f"Traffic row in Brennick\n\nCouncillors in Brennick voted on Tuesday to back {owner} {plan} {noun}, "
            f"which would close the high street to cars from March.\n\n"
            f"\"{plan} will make the town centre safer,\" said councillor Marta Quill. Shop owner Tobias Wren said "
            f"{plan} would drive customers away. \"We were never asked,\" he said.\n")
    people = cast(text)
    assert plan not in people
    assert "Marta Quill" in people and "Tobias Wren" in people


@pytest.mark.parametrize("sentence, place", [
    ("Local officials in the town of Tel Ruma said shelling killed four people on Tuesday.", "Tel Ruma"),
    ("Kafr Dalam residents said the water had been cut for a week.", "Kafr Dalam"),
    ("Ain Tamra, a village on the border, said it had taken in 300 families.", "Ain Tamra"),
    ("Officials in the village of Wadi Seren said the road had been shelled.", "Wadi Seren"),
    ("Aid workers in Bir Sahel said the clinic had run out of insulin.", "Bir Sahel"),
    ("The mayor of Dar Kellan said the bridge had been destroyed.", "Dar Kellan"),
])
def test_a_place_is_no_speaker(sentence, place):
    text = ("Talks end without truce\n\nThe government and the rebel front ended five days of talks on Saturday "
            "without agreement, the foreign minister, Idris Malouf, said.\n\n" + sentence + "\n")
    people = cast(text)
    assert place not in people
    assert "Idris Malouf" in people


@pytest.mark.parametrize("head, foot, agency", [
    ("TARSO, Velmar, Nov 21 (Kestrel Wire) - ", "", "Kestrel Wire"),
    ("PORT DELLA, May 3 (Harbour Newswire) - ", "", "Harbour Newswire"),
    ("", "\n\n© Northlight Press Agency 2026. All rights reserved.\n", "Northlight Press Agency"),
    ("", "\n\n© Coastline Wire 2026\n", "Coastline Wire"),
    ("ASKER CITY (Meridia News) - ", "", "Meridia News"),
    ("", "\n\nCopyright Alder Wire 2025.\n", "Alder Wire"),
])
def test_a_wire_service_credit_is_no_person(head, foot, agency):
    text = (f"Ceasefire talks stall\n\n{head}The government and the rebels ended talks without agreement on "
            f"Saturday. \"We will come back,\" said the mediator, Amara Lindqvist.{foot}")
    people = cast(text)
    assert agency not in people
    assert "Amara Lindqvist" in people


@pytest.mark.parametrize("intro, journal", [
    ("The study, which appears in the journal", "Clinical Sport Notes"),
    ("The findings were published in the journal", "Renal Practice Review"),
    ("Writing in the journal", "Coastal Ecology Letters"),
    ("The trial, reported in the journal", "Heart Rhythm Reports"),
    ("The paper, in the journal", "Soil Carbon Letters"),
    ("The results, set out in the newsletter", "Growers Weekly Notes"),
])
def test_a_journal_is_no_person(intro, journal):
    text = (f"Walking after meals helps\n\n{intro} {journal}, followed 300 adults for 12 weeks. "
            f"\"The effect was larger than we expected,\" said Dr Helena Osei, who led the work.\n")
    people = cast(text)
    assert journal not in people
    assert "Helena Osei" in people


@pytest.mark.parametrize("name, description", [
    ("Storm Delia", "the fourth named storm of the winter"),
    ("Hurricane Tomas", "the first hurricane of the season to reach land"),
    ("Cyclone Varga", "the strongest cyclone to hit the coast in a decade"),
    ("Operation Harrow", "a police operation against car theft"),
    ("Typhoon Lirio", "the second typhoon this month"),
    ("Storm Kestrel", "a storm the forecasters named on Monday"),
])
def test_a_thing_called_after_its_kind_is_no_person(name, description):
    text = (f"{name} live\n\nWelcome to our coverage of {name}, {description}. Chief forecaster Ilse Brandt "
            f"said winds would reach 90mph. \"Stay at home if you can,\" she said.\n")
    people = cast(text)
    assert name not in people
    assert "Ilse Brandt" in people


@pytest.mark.parametrize("heading, body, noun", [
    ("Power cuts rise to 40,000", "Voltra, the electricity network operator,", "power"),
    ("Water supplies cut", "Clearbrook, the water company,", "water"),
    ("Trains cancelled", "Railgo, the train operator,", "trains"),
    ("Ferries halted", "Skerrow, the ferry operator,", "ferries"),
    ("Flights grounded", "Aerlinn, the regional airline,", "flights"),
    ("Buses withdrawn", "Metrolink, the bus company,", "buses"),
])
def test_its_officer_works_for_the_body_not_a_headings_word(heading, body, noun):
    owner = body.split(",")[0]
    text = (f"Storm live\n\nThousands are without {noun} today as the storm hits the coast and {noun} are "
            f"affected.\n\n{heading}\n\n{body} says about 40,000 customers are affected. Its operations "
            f"director, Fiona Reyes, said engineers could not work in the wind.\n")
    people = cast(text)
    assert people["Fiona Reyes"].side == owner
    assert people["Fiona Reyes"].role == f"operations director of {owner}"


@pytest.mark.parametrize("title, name, rest", [
    ("Accountant", "Tom Yardley", ", 51, who has commuted for two decades, said the train would be full."),
    ("Consultant", "Mira Lennox", ", 39, said her journey had doubled."),
    ("Attendant", "Kofi Brennan", ", who works at the station, said staff had not been told."),
    ("Assistant", "Jana Holloway", ", 27, said she would have to leave earlier."),
    ("Merchant", "Ravi Colton", ", 60, said trade on the high street had fallen."),
    ("Accountant", "Ellis Varga", " said the cuts would cost him an hour a day."),
])
def test_a_job_title_opening_the_sentence_is_no_part_of_the_name(title, name, rest):
    text = (f"Rail cuts anger commuters\n\nThe rail operator will cut 38 services from May, it said on Monday.\n\n"
            f"{title} {name}{rest}\n")
    people = cast(text)
    assert f"{title} {name}" not in people
    assert name in people
    assert people[name].role == title
    assert people[name].side == ""


def test_the_bank_asks_a_worker_as_a_person_and_no_plan_among_people():
    text = ("Foundry workers vote to strike\n\n"
            "Workers at the Kelvane Alloys foundry in Harlow will strike for four days this month after rejecting a "
            "pay offer of 3 per cent, the Forge Workers Union said on Monday.\n\n"
            "The union wants a rise of 9 per cent. Its regional organiser, Bernadette Kyle, said members had "
            "\"run out of patience\" with management.\n\n"
            "Kelvane Alloys said it could not afford more than 3 per cent without putting jobs at risk. Its chief "
            "executive, Robert Asquith, said: \"We cannot agree to a settlement that the business cannot sustain.\"\n\n"
            "Crane operator Dean Hollis, who has worked at the plant for 16 years, said: \"I'm doing overtime every "
            "week just to keep up with the mortgage.\"\n\n"
            "The arbitration service Concilia said it was ready to bring the parties together again.\n")
    bank, _ = generate_bank(text, published="2026-03-02")
    people = {p["name"]: p for p in bank["people"]}
    assert "Dean Hollis" in people and people["Dean Hollis"].get("role") != "organisation"
    assert "Dean Hollis" not in bank["bank"].get("sides", [])
    for q in bank["questions"]:
        if q.get("prompt", "").startswith("Which side"):
            assert "Dean Hollis" not in q.get("choices", []), q


@pytest.mark.parametrize("subject, verb_phrase, obj", [
    ("Rival carrier Brisa Air, which flies some of the same routes,", "urged", "the Competition Board"),
    ("The Harbour Pilots Guild", "asked", "the Port Authority"),
    ("Campaign group Clean Vale Now", "wrote to", "the Environment Agency"),
    ("Supermarket chain Fresco Stores", "complained to", "the Retail Ombudsman"),
    ("The Kestrel Tenants Association", "called on", "Harlow Council"),
    ("Ferry operator Skerrow Lines", "urged", "the Transport Commission"),
])
def test_its_officer_belongs_to_the_subject_of_the_sentence_before(subject, verb_phrase, obj):
    owner = subject.split(",")[0]
    for lead in ("Rival carrier ", "The ", "Campaign group ", "Supermarket chain ", "Ferry operator "):
        owner = owner.removeprefix(lead)
    text = (f"Merger row\n\nRegulators will decide on the merger by March.\n\n{subject} {verb_phrase} {obj} to "
            f"block the deal outright. Its commercial director, Luca Ferrand, said: \"Passengers will pay for "
            f"this.\"\n")
    people = cast(text)
    assert people["Luca Ferrand"].side.removeprefix("the ") in (owner, "The " + owner), people["Luca Ferrand"]


@pytest.mark.parametrize("body, short, title", [
    ("Competition and Markets Board", "CMB", "senior director of mergers"),
    ("Health and Safety Directorate", "HSD", "principal inspector"),
    ("Fisheries and Oceans Authority", "FOA", "chief scientist"),
    ("Arbitration and Conciliation Service", "ACS", "chief executive"),
    ("Roads and Bridges Commission", "RBC", "head of safety"),
    ("Ports and Harbours Agency", "PHA", "director of operations"),
])
def test_a_side_given_by_initials_is_the_whole_name(body, short, title):
    text = (f"Inquiry opened\n\nThe {body} ({short}) has opened an inquiry into the deal. The {short} said it "
            f"would report by June.\n\n\"We need to be sure,\" said Helena Marsh, the {short}'s {title}.\n")
    from studyapp.core.generate.facts import extract
    ex = extract(text, None)
    person = next(p for p in ex.cast.people if p.name == "Helena Marsh")
    assert person.side in (body, short)
    assert person.side != " ".join(body.split()[2:])


@pytest.mark.parametrize("body", ["Health and Safety Executive", "Trade and Industry Board",
                                  "Education and Skills Authority", "Transport and Roads Agency",
                                  "Culture and Heritage Commission", "Housing and Planning Inspectorate"])
def test_a_body_named_with_and_is_no_person_with_a_title(body):
    text = (f"Firm fined\n\nProsecuting for the {body}, Daniel Freyne told the court the firm had ignored "
            f"warnings.\n\nThe {body} said it had found too little evidence.\n")
    people = cast(text)
    assert not any(n.startswith("and ") or n.endswith(body.split()[-1]) for n in people), people
    assert "Daniel Freyne" in people


@pytest.mark.parametrize("body", ["Brightwell Children's Trust", "Harlow Women's Institute", "Kestrel Farmers' Union",
                                  "Marlow Children's Trust", "Kelby Women's Federation",
                                  "Fenby Teachers' Association"])
def test_a_possessive_inside_a_bodys_name_is_no_cut(body):
    people = cast(f"Charity fraud\n\nThe current chief executive of the {body}, Naomi Fairburn, said the charity had "
                  f"rebuilt its finances.\n")
    assert people["Naomi Fairburn"].side == body


@pytest.mark.parametrize("line", ["Alder Vale", "Kelby Cross", "Marsh End", "Harrow Bay", "Otterby Junction",
                                  "Penmoor Sands"])
def test_a_rail_line_is_no_side(line):
    text = (f"Rail cuts anger commuters\n\nThe operator Greyline Rail will cut 38 services from May, it said on "
            f"Monday, blaming a shortage of drivers. Passenger numbers on the {line} line are still below their "
            f"level five years ago.\n\nThe Northern Transport Authority said it had approved the timetable "
            f"reluctantly. The Regional Passengers' Association said the consultation was \"a fig leaf\".\n\n"
            f"Accountant Tom Yardley said the morning train would be full before it reached {line}.\n")
    from studyapp.core.generate.sides import not_a_side
    assert not_a_side(line, text) != ""
    bank, _ = generate_bank(text, published="2026-03-02")
    for q in bank["questions"]:
        assert line not in q.get("choices", []), q
    assert line not in bank["bank"].get("sides", [])
