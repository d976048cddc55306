"""Only parties among sides, only people among people (issue 14, point 4): a work, a publication, a structure, a body
still to be set up and a body's common word without its name are no side; a study says nothing of its own.
All articles are invented."""

from __future__ import annotations

from studyapp.core.generate.pipeline import extract_facts, generate_bank
from studyapp.core.generate.sides import not_a_side

PORT = """Dock workers reject pay offer as Velmar Port Authority warns of losses

Dock workers in the port city of Ostrabel have rejected a pay offer from the Velmar Port Authority, and their union says a strike will begin on Monday unless talks resume.

The Ostrabel Dockers' Union, which represents about 2,400 workers, said the offer of a 3% rise was far below inflation. "Our members cannot accept a real-terms cut for the third year running," said Hanna Lindqvist, the union's general secretary.

The Velmar Port Authority said it could not afford more. "We have put a fair offer on the table and we will not raise it," said Piotr Wendel, the authority's chief executive. The authority wants the union to accept new shift patterns before any further talks.

The dispute comes as the Harlow Bridge, which opened in 1998 and crosses the estuary to the container terminal, is closed for repairs. The bridge carries most of the port's lorry traffic.

A report by the Coastal Freight Institute, titled "Ports Under Pressure", found that delays at Ostrabel cost shippers about 4 million euros a week last year. The study said the port needed new cranes.

The Ostrabel Chamber of Commerce urged both sides to return to talks. "A strike would hurt every business in the region," said its president, Marta Holm.

The regional government said a new Ports Oversight Board would be set up next year to mediate in such disputes.

The Ostrabel Gazette reported on Tuesday that the authority had drawn up plans to hire temporary staff if the strike goes ahead. The Union said it would oppose any such move.
"""


def test_a_work_is_no_side():
    assert not_a_side("Ports Under Pressure", PORT).startswith("a work")  # a title in quotation marks
    assert not_a_side("Study", PORT).startswith("a work")  # "The study said …"
    book = "Tarn row\n\nIn the book Salt and Iron, the historian Ada Roe argues the mill should stay open.\n"
    assert not_a_side("Salt and Iron", book).startswith("a work")


def test_a_publication_is_no_side():
    assert not_a_side("Ostrabel Gazette", PORT) == "a publication, not a party"
    told = "Mill row\n\nThe owner told the Kelby Courier that the mill would close. The Kelby Mill Trust objects.\n"
    assert not_a_side("Kelby Courier", told) == "a publication, not a party"
    assert not_a_side("Kelby Mill Trust", told) == ""


def test_a_structure_is_no_side():
    assert not_a_side("Harlow Bridge", PORT) == "a place or a thing"
    dam = "Dam fears\n\nThe Dunmore Dam was built in 1931, and farmers want it repaired. Dunmore Dam holds back the lake.\n"
    assert not_a_side("Dunmore Dam", dam) == "a place or a thing"


def test_a_body_still_to_be_set_up_holds_no_position():
    assert not_a_side("Ports Oversight Board", PORT).startswith("a body the article says is still to be set up")
    assert not_a_side("Velmar Port Authority", PORT) == ""


def test_a_bodys_common_word_is_a_side_only_with_its_full_name():
    assert not_a_side("Union", PORT).startswith("a body's common word")
    assert not_a_side("Ostrabel Dockers' Union", PORT) == ""


def test_the_study_said_is_its_makers_claim_never_a_persons():
    facts = extract_facts(PORT, published="2026-05-04")
    claim = next(c for c in facts["reported"] if "new cranes" in c["claim"])
    assert claim["speaker"] == "Coastal Freight Institute"
    lone = PORT.replace("A report by the Coastal Freight Institute, titled", "A report, titled")
    facts = extract_facts(lone, published="2026-05-04")
    assert not any("new cranes" in c["claim"] and c["speaker"] in ("Piotr Wendel", "Hanna Lindqvist")
                   for c in facts["reported"])


def test_the_banks_sides_hold_no_publication_work_or_structure():
    bank, _ = generate_bank(PORT, published="2026-05-04")
    sides = bank["bank"].get("sides", [])
    assert "Velmar Port Authority" in sides and "Ostrabel Dockers' Union" in sides
    for odd in ("Ostrabel Gazette", "Study", "Harlow Bridge", "Ports Oversight Board", "Union"):
        assert odd not in sides
    for q in bank["questions"]:
        offered = [*q.get("choices", []), *q.get("distractors", []), q.get("speaker", "")]
        assert not {"Ostrabel Gazette", "Study", "Harlow Bridge", "Ports Oversight Board", "Union"} & set(offered)


FERRY = """Ministers back ferry plan as Kessway Ferries and islanders clash

The government of Norland has backed a plan by Kessway Ferries to cut winter sailings to the island of Brannoch, despite opposition from the Brannoch Community Council.

Kessway Ferries wants to reduce sailings from four a day to two between November and March, saying the route loses money. "We cannot keep running half-empty boats through the winter," said Olav Rennick, the company's operations director.

The Brannoch Community Council opposes the cut and is demanding that the company keep all four sailings. "The island depends on this ferry for doctors, schools and supplies," said council chair Ingrid Solvang.

Norland's transport minister, Karin Vold, said the government supported the company's plan. In her book The Long Crossing, published last year, Vold argued that island routes should be run by private firms.

The Norland Herald reported that the company had also asked for a state subsidy of 2 million crowns.
"""


def test_a_books_title_is_no_person_and_its_author_argues():
    bank, facts = generate_bank(FERRY, published="2026-05-04")
    assert "Long Crossing" not in {p["name"] for p in bank["people"]}
    claim = next(c for c in facts["reported"] if "private firms" in c["claim"])
    assert claim["speaker"] == "Karin Vold"


def test_a_firm_named_for_its_trade_is_no_person_nor_a_person_a_side_beside_bodies():
    bank, _ = generate_bank(FERRY, published="2026-05-04")
    people = {p["name"]: p for p in bank["people"]}
    assert "Kessway Ferries" not in people or people["Kessway Ferries"].get("role") == "organisation"
    assert people["Olav Rennick"].get("side") == "Kessway Ferries"  # "the company's operations director"
    sides = bank["bank"]["sides"]
    assert "Brannoch Community Council" in sides and "Olav Rennick" not in sides and "Norland Herald" not in sides
    subsidy = next(q for q in bank["questions"] if "subsidy" in q.get("prompt", ""))
    assert subsidy["answer"] == "Kessway Ferries"  # the paper reported it; the firm asked for it


def test_a_trade_before_a_name_is_a_role_never_a_name_nor_a_side():
    text = ("Ferry row\n\nDeckhand Jonas Eide, who has worked on the route for 12 years, said he feared for his job. "
            "Fisherman Tom Lund, who has fished for 12 years, agreed with him.\n")
    people = {p["name"]: p for p in extract_facts(text, published="2026-05-04")["people"]}
    assert "Deckhand Jonas Eide" not in people and people["Jonas Eide"]["role"] == "Deckhand"
    assert not people["Jonas Eide"]["side"] and not people["Tom Lund"]["side"]  # a trade is no party
