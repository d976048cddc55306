"""Sides that are parties (task sides5): a body's whole name where it has "of the" inside it ("the Brothers of the
Northern Ridge", never "Northern Ridge" reading as a place), never a person joined to her party ("Marta Veen of the
Civic Union"); the broadcaster a minister "told" and the wire agency of the dateline and the photo credits are the
outlet, never a side; a tabloid's shouted adjective ("OUTRAGED shoppers") is no side; a transcript's turn label
("REPORTER:") is nobody's subject; "I want to start by saying" is no aim; "It said" after a body named with "of"
("The Federation of Island Hauliers gave …. It said …") is that body. Every article here is invented for its test
(tests/data/sides5)."""

from datetime import date
from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates
from studyapp.core.generate.sides import not_a_side

HERE = Path(__file__).resolve().parents[2] / "data" / "sides5"
PUBLISHED = date(2026, 5, 4)


def _text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def _sides(name: str) -> list[str]:
    return [p.side.partition(" (")[0] for p in extract(_text(name), PUBLISHED).positions]


def _bank(name: str) -> list[dict]:
    bank, _ = generate_bank(_text(name), published=PUBLISHED.isoformat())
    return bank["questions"]


def test_a_body_named_with_of_the_inside_is_one_name():
    sides = _sides("ridge_hostages.txt")
    assert "Brothers of the Northern Ridge" in sides
    assert "Northern Ridge" not in sides and "Brothers" not in sides


def test_a_person_and_her_party_stay_two_names():
    ex = extract(_text("ridge_hostages.txt"), PUBLISHED)
    names = {m.text for m in ex.cast.mentions}
    assert "Marta Veen" in names and not any(n.startswith("Marta Veen of") for n in names)


def test_the_broadcaster_told_and_the_wire_agency_are_no_sides():
    text = _text("ridge_hostages.txt")
    assert not_a_side("Ostmark Broadcasting Corporation", text)
    assert not_a_side("NPA", text)
    assert not not_a_side("Helping Hands Mission", text)
    for q in _bank("ridge_hostages.txt"):
        for option in q.get("choices") or []:
            assert "Broadcasting" not in option and option != "NPA", q["prompt"]


def test_a_broadcaster_that_holds_a_position_is_a_side():
    text = "Ostmark Broadcasting Corporation plans to close two studios.\n\nThe union opposes the plan."
    assert not not_a_side("Ostmark Broadcasting Corporation", text, holders={"Ostmark Broadcasting Corporation"})


def test_a_tabloid_shouted_adjective_is_no_side():
    sides = _sides("tabloid_parking.txt")
    assert "Dunwold Traders' Guild" in sides
    assert "Shoppers" in sides  # "OUTRAGED shoppers have vowed …": the shoppers
    assert not any("OUTRAGED" in s or s.lower() in ("outraged", "exclusive") for s in sides)


def test_a_transcript_turn_label_is_nobody_s_subject():
    sides = _sides("presser_bins.txt")
    assert not any("REPORTER" in s for s in sides)
    assert "Farrow Refuse Workers' Union" in sides


def test_wanting_to_start_by_saying_is_no_aim():
    ex = extract(_text("presser_bins.txt"), PUBLISHED)
    assert not any(p.stance == "wants" and "saying" in p.demand for p in ex.positions)
    assert not any(p.side.startswith("I ") for p in ex.positions)  # "I want to start by saying …" speaks for no one
    assert not any(c.speaker and c.speaker.name.startswith("I ") for c in ex.claims)


def test_it_said_after_a_body_named_with_of_is_that_body():
    ex = extract(_text("explainer_ferries.txt"), PUBLISHED)
    held = [p for p in ex.positions if "freight keeps priority" in p.demand or "accept the cuts" in p.demand]
    assert held and all(p.side.startswith("Federation of Island Hauliers") for p in held)
    said = [c for c in ex.claims if "accept the cuts" in c.claim]
    assert said and said[0].speaker.name == "Federation of Island Hauliers"


def test_a_sentence_s_demand_is_asked_before_its_criticism():
    prompts = [q.get("prompt", "") for q in _bank("recall_demands.txt")]
    assert any(p.startswith("Which side demands") and "refund every buyer" in p for p in prompts), prompts


def test_a_position_cut_at_its_preposition_takes_the_relative_clause_s_noun():
    ex = extract(_text("recall_demands.txt"), PUBLISHED)
    prompts = [c.question.get("prompt", "") for c in draft_candidates(ex, build_people(ex))]
    assert not any(p.rstrip("?").endswith(" pay for") for p in prompts)
    assert any("pay for an independent safety test" in p for p in prompts), prompts


def test_a_list_of_demands_each_after_for_is_asked_whole():
    qs = [q for q in _bank("recall_demands.txt") if "three demands" in q.get("prompt", "")]
    assert qs and "helpline to be opened at weekends" in qs[0]["answer"]
    assert "publish the number of injuries" in qs[0]["answer"]


def test_a_body_named_in_an_interview_answer_holds_its_own_wish():
    ex = _positions_of("qa_harbour.txt")
    wish = [p for p in ex if "marina" in p.demand and p.stance == "wants"]
    assert wish and wish[0].side == "Kelby Sailing Club"  # "Arendt: The Kelby Sailing Club wants …": the club's


def test_a_gerund_after_condition_for_is_no_stance():
    ex = _positions_of("qa_harbour.txt")
    assert not any(p.stance == "backs" for p in ex)  # "The club's condition for backing any plan is …"


def _positions_of(name: str) -> list:
    return extract(_text(name), PUBLISHED).positions
