"""Roles tied to the right body, sides that are parties and no common word, no site or firm among people (issue 14,
point 4). All articles are invented (tests/data/kinds3_articles holds eight longer ones)."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "kinds3_articles"


def cast(text: str) -> dict:
    return {p.name: p for p in find_cast(parse_article(text)).people}


def test_a_word_opening_a_trade_is_no_side():
    people = cast("Ferry row\n\nCrane driver Olek Brandvik said the cranes had stood still for a week. "
                  "Second-year student Ines Falk said fees had doubled. Assembly line worker Tor Lidell said the "
                  "shifts were too long. County councillor Mara Ulvik said the county's roads were full.\n")
    assert {n: p.side for n, p in people.items()} == {
        "Olek Brandvik": "", "Ines Falk": "", "Tor Lidell": "", "Mara Ulvik": ""}


def test_a_body_word_opening_a_role_is_the_body_it_ends():
    people = cast("Pay row\n\nMembers of the Harbour Pilots' Federation rejected the offer on Monday. "
                  "Federation president Ilse Marrow said members would strike.\n")
    assert people["Ilse Marrow"].side == "Harbour Pilots' Federation"
    team = cast("Cup run\n\nRovers captain Sam Orr wants the club to keep the manager.\n")
    assert team["Sam Orr"].side == "Rovers"  # a name, not a common word: still the side


def test_a_site_and_a_firm_are_no_people():
    text = ("Quarry row\n\nVillagers oppose plans to expand Brockhill Quarry, which they say will bring lorries "
            "through Edgeley. This quarry has run since 1920.\n\n"
            "Quarry owner Harnley Aggregates wants to double its output. Its operations director, Lena Haig, said "
            "the work would create 30 jobs.\n")
    people = cast(text)
    assert "Brockhill Quarry" not in people and "Harnley Aggregates" not in people
    assert people["Lena Haig"].role == "operations director of Harnley Aggregates"
    assert people["Lena Haig"].side == "Harnley Aggregates"


def test_a_role_after_a_plural_possessive():
    people = cast("Pay row\n\n\"This is fair,\" said Rhea Quint, Dunmore Motors' head of human resources.\n")
    assert people["Rhea Quint"].role == "Dunmore Motors' head of human resources"
    assert people["Rhea Quint"].side == "Dunmore Motors"


def test_the_role_that_names_the_body_is_kept():
    people = cast("Club sale\n\nLocal businessman Arne Vik, the chairman of Vik Holdings, has offered 2 million "
                  "pounds for the club. Rail inspector Ula Berg of the Northern Rail Board said the line was safe.\n")
    assert people["Arne Vik"].role == "the chairman of Vik Holdings"
    assert people["Arne Vik"].side == "Vik Holdings"
    assert people["Ula Berg"].role == "rail inspector of the Northern Rail Board"
    assert people["Ula Berg"].side == "Northern Rail Board"


def test_a_rank_after_a_set_off_role():
    people = cast("Roster row\n\nThe pilots' union Aircrew North wants the rosters scrapped. Its chairman, Captain "
                  "Nils Arvid, said pilots were tired.\n")
    assert people["Nils Arvid"].role == "chairman of Aircrew North"
    assert people["Nils Arvid"].side == "Aircrew North"


def test_the_quarry_bank_offers_no_site_among_people():
    text = (ARTICLES / "quarry-expansion.txt").read_text()
    bank, _ = generate_bank(text, published="2026-05-04")
    names = {p["name"] for p in bank["people"]}
    assert "Marlow Quarry" not in names and "Castlerock Aggregates" not in names
    farraday = next(p for p in bank["people"] if p["name"] == "Neil Farraday")
    assert farraday["role"] == "managing director of Castlerock Aggregates"
    for q in bank["questions"]:
        options = q.get("distractors", []) + q.get("options", [])
        assert "Marlow Quarry" not in options and "Residents of Thornbury" not in " ".join(map(str, options))


def test_a_firms_management_is_the_firm_not_its_founder():
    text = ("Shift row\n\nStaff at Halvard Foods walked out on Monday. Halvard management said the new rota was "
            "needed to meet orders. The firm's founder, Ove Halvard, was not available.\n")
    article = parse_article(text)
    c = find_cast(article)
    spot = next(m for m in c.mentions if m.start == article.body.index("Halvard management"))
    assert spot.kind == "org" and spot.person is None and spot.text == "Halvard Foods"


def test_a_participle_set_off_after_the_subject_is_no_speaker():
    from studyapp.core.generate.pipeline import extract_facts
    text = ("Moor row\n\nThe Save Kelby Fell group, set up in the spring, says the turbines would be visible from "
            "three villages.\n")
    facts = extract_facts(text, published="2026-05-04")
    assert [c["speaker"] for c in facts["reported"]] == ["Save Kelby Fell"]


def test_who_heads_a_named_bodys_team():
    people = cast("Mine case\n\nRuth Obi, who heads Kelso Mining's legal team, said the case was weak.\n")
    assert people["Ruth Obi"].role == "head of Kelso Mining's legal team"
    assert people["Ruth Obi"].side == "Kelso Mining"


def test_an_ordinary_person_who_only_tells_their_story_is_no_listed_side():
    text = (ARTICLES / "club-rival-bids.txt").read_text()
    bank, _ = generate_bank(text, published="2026-05-04")
    assert "Terry Walsh" not in bank["bank"].get("sides", [])  # the groundsman quoted once


def test_an_agent_noun_before_a_surname_is_a_title():
    people = cast("Talks resume\n\nMediator Karlsson said on Monday that the talks were close. \"We are close,\" she "
                  "said.\n")
    assert "Mediator Karlsson" not in people
    assert people["Karlsson"].role == "Mediator"
    full = cast("Talks resume\n\nThe talks will be led by Elin Karlsson. Negotiator Karlsson said the gap was small.\n")
    assert list(full) == ["Elin Karlsson"]


def test_a_trade_noun_before_a_name_is_the_role():
    people = cast("Library row\n\nLibrarian Kate Ng said she feared for her job. Electrician Tom Rees said the wiring "
                  "was old.\n")
    assert people["Kate Ng"].role == "Librarian" and people["Tom Rees"].role == "Electrician"


def test_the_person_a_quotation_is_about_is_no_wrong_option():
    text = (ARTICLES / "library-closures-vote.txt").read_text()
    bank, _ = generate_bank(text, published="2026-05-04")
    about = [q for q in bank["questions"] if q.get("quote", "").startswith("Obi has never listened")]
    assert about and all("Ana Obi" not in q["distractors"] for q in about)  # a short surname is still her name


def test_a_firms_management_is_the_side_not_its_founder():
    text = (ARTICLES / "food-plant-walkout.txt").read_text()
    bank, facts = generate_bank(text, published="2026-05-04")
    assert "Lars Brookfield" not in [c["speaker"] for c in facts["reported"]]
    assert bank["bank"]["sides"] == ["Brookfield Foods", "Food and Packing Union"]
