"""Sides and speakers of the right kind, and options of one kind that do not overlap (issue 14, points 3 and 4).

The articles in `tests/data/kind_articles/` were written for these tests (local news, mining, a campaign, a
brewery sale, a university, a football club, a wire report of invented states); no text is copied from a real
story. Each holds a defect readers found in generated banks: a town or a commodity offered as a side, a campaign
called "Save the X" cut to "X" and read as a person, a job title offered beside the body it heads, a body beside a
part of it, a state beside its own adjective ("Norvania", "Norvanian"), a club merged into its supporters' group.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.generate.checks import CheckContext, is_party, one_kind, part_of, review_question, same_party
from studyapp.core.generate.facts import extract
from studyapp.core.generate.kinds import kind_of
from studyapp.core.generate.pipeline import generate_bank

KIND_ARTICLES = Path(__file__).parents[2] / "data" / "kind_articles"


def _text(name: str) -> str:
    return (KIND_ARTICLES / name).read_text(encoding="utf-8")


_BANKS: dict[str, list[dict]] = {}


def _bank(name: str) -> list[dict]:
    if name not in _BANKS:
        bank, _ = generate_bank(_text(name), published="2026-05-04")
        _BANKS[name] = bank["questions"]
    return _BANKS[name]


def _offered(q: dict) -> list[str]:
    return [*q.get("choices", []), *q.get("distractors", []), str(q.get("answer", "")), q.get("speaker", "")]


def _all_offered(name: str) -> set[str]:
    return {o for q in _bank(name) for o in _offered(q)}


# --- a place or a thing is no side ------------------------------------------------------------------------------

def test_a_hamlet_the_article_writes_of_as_a_place_is_no_side():
    """"Homes in Hollins Vale", "Hollins Vale, a hamlet …": "Hollins Vale refuses …" is no side's position."""
    ex = extract(_text("local-warehouse.txt"))
    assert "Hollins Vale" not in ex.sides()
    assert "Hollins Vale" not in _all_offered("local-warehouse.txt")
    assert "Fenwick Logistics" in ex.sides() and "Alderbrook Residents' Association" in ex.sides()


def test_a_commodity_is_no_side():
    """"Lithium prices", "the lithium deposit": "Lithium refuses to wait" is a figure of speech, not a party."""
    ex = extract(_text("mining-lithium.txt"))
    assert "Lithium" not in ex.sides()
    assert "Lithium" not in _all_offered("mining-lithium.txt")
    assert {"Southern Crest Minerals", "Wirrun Land Council"} <= set(ex.sides())


def test_a_dateline_city_is_no_side_that_said_something():
    """"VELLA CITY (Newswire) -", "traders in Vella City said …": the city is where, never which side."""
    for published in ("2026-05-04", None):
        bank, _ = generate_bank(_text("wire-embargo.txt"), published=published)
        offered = [_offered(q) for q in bank["questions"]]
        assert not any("Vella City" in o for o in offered)
        assert not any("Norvania" in o and "Norvanian" in o for o in offered)  # the state beside its own official
        assert any("Norvania" in o and "Kestria" in o for o in offered)


def test_kind_of_reads_places_and_things_from_the_text_and_keeps_states_and_bodies():
    body = ("BRAYFORD — Residents in Brayford fear the plan. Homes near Osset Mill were flooded. The Kellow area "
            "will be worst hit. Copper prices fell, and the copper deposit is small. Copper refuses to wait. "
            "Talks in Varnesia resumed, and the Varnesian minister spoke. Jobs in Tallis offices will go. "
            "Brayford Town Council wants a delay. Staff in CBP custody were moved.")
    assert kind_of("Brayford", body) == "place"  # a dateline, "in Brayford"
    assert kind_of("Osset Mill", body) == "place"
    assert kind_of("Kellow", body) == "place"
    assert kind_of("Copper", body) == "thing"
    assert kind_of("Varnesia", body) == ""  # a state: "Varnesian"
    assert kind_of("Tallis", body) == ""  # "in Tallis offices": the name modifies a noun
    assert kind_of("Brayford Town Council", body) == ""  # a body named after a place
    assert kind_of("CBP", body) == ""  # an acronym names a body


def test_a_state_named_by_its_ministers_is_no_place():
    body = "Delegates met in Ostrava Minor and Kelden. Kelden's fisheries minister, Ana Rey, said no."
    assert kind_of("Kelden", body) == ""


# --- a campaign's whole name, and a body never a person -----------------------------------------------------------

def test_a_campaign_named_as_a_call_keeps_its_verb():
    """"Save the Victoria Baths, a campaign formed by swimmers …": the side is the whole campaign name, and the
    building cut out of it is never offered as a person described as a campaign."""
    ex = extract(_text("campaign-baths.txt"))
    assert "Save the Victoria Baths" in ex.sides()
    assert "Victoria Baths" not in ex.sides()
    qs = _bank("campaign-baths.txt")
    people_qs = [q for q in qs if q.get("type") == "quote" or q.get("prompt", "").startswith("Which of these people")]
    assert not any("Victoria Baths" in _offered(q) for q in people_qs)


# --- options of one kind that do not overlap ----------------------------------------------------------------------

def test_a_job_title_is_its_one_holder_and_never_offered_beside_the_body_it_heads():
    """"The Vice-Chancellor wants …" is Alan Whitcombe's position, asked with people; "Vice-Chancellor" is never
    offered as a side beside Kingsmere University."""
    ex = extract(_text("university-fees.txt"))
    held = [p for p in ex.positions if "changes in place by September" in p.demand]
    assert [p.side for p in held] == ["Alan Whitcombe"]
    assert "Vice-Chancellor" not in _all_offered("university-fees.txt")
    assert not is_party("Vice-Chancellor")


def test_a_body_is_never_offered_beside_a_part_of_it():
    """"The university's Faculty of Arts": a question on Kingsmere University never offers the faculty."""
    for q in _bank("university-fees.txt"):
        offered = _offered(q)
        assert not ("Kingsmere University" in offered and "Faculty of Arts" in offered), q["prompt"]
    assert part_of("Kingsmere University", "Faculty of Arts", _text("university-fees.txt"))
    assert not part_of("Kingsmere University", "Kingsmere Students' Union", _text("university-fees.txt"))


def test_a_club_is_not_its_supporters():
    """"Supporters of Danbury Rovers" is a group named after the club; "Danbury Rovers wants to move …" is the club's."""
    ex = extract(_text("sport-club.txt"))
    moved = [p.side for p in ex.positions if "15,000-seat ground" in p.demand]
    assert moved == ["Danbury Rovers"]


def test_a_state_and_its_adjective_are_one_party():
    assert same_party("Norvania", "Norvanian")
    assert same_party("Iran", "Iranian source")
    assert same_party("Kastrany", "Kastran negotiators")
    assert not same_party("Norvania", "Kestria")
    assert not same_party("Alderbrook", "Alderbrook Chamber of Commerce")


def test_options_check_catches_a_state_beside_its_source_and_a_body_beside_its_part():
    article = "Title\n\nNorvania wants free passage. The university's Faculty of Arts objects to Kingsmere University."
    ctx = CheckContext(article=article)
    mixed = {"type": "choice", "topic": "demands", "prompt": "Which side wants free passage?", "answer": "Norvania",
             "choices": ["Kestria", "Norvania", "Norvanian source", "United Nations"], "source": "Norvania wants free passage."}
    failed = {c.name for c in review_question(mixed, ctx).failed}
    assert "options" in failed
    part = {"type": "choice", "topic": "demands", "prompt": "Which side objects to the plan?",
            "answer": "Faculty of Arts", "choices": ["Faculty of Arts", "Kestria", "Kingsmere University"],
            "source": "The university's Faculty of Arts objects to Kingsmere University."}
    assert "options" in {c.name for c in review_question(part, ctx).failed}


def test_one_kind_replaces_overlapping_options_from_the_article():
    article = "Norvania wants it. Kestria refuses. The university's Faculty of Arts agrees with Kingsmere University."
    assert one_kind("Norvania", ["Norvanian", "Kestria", "United Nations"], article) == ["Kestria", "United Nations"]
    assert one_kind("Kingsmere University", ["Faculty of Arts", "Kestria"], article) == ["Kestria"]


@pytest.mark.parametrize("name", sorted(p.name for p in KIND_ARTICLES.glob("*.txt")))
def test_no_bank_offers_a_place_or_a_thing_as_a_side(name):
    body = _text(name).split("\n\n", 1)[1]
    for q in _bank(name):
        if q.get("type") == "choice" and q.get("prompt", "").startswith("Which side"):
            for o in q.get("choices", []):
                assert not kind_of(o, body), (o, q["prompt"])


def test_the_company_is_never_a_place_the_article_names():
    """"A lithium mine at Korrin Flats … the company would respect every heritage site": the company is not the
    place its mine is at (unresolved, the claim is not asked with a place's name in it)."""
    for published in ("2026-05-04", None):
        bank, _ = generate_bank(_text("mining-lithium.txt"), published=published)
        for q in bank["questions"]:
            assert "Korrin Flats would" not in q.get("quote", "") + q.get("prompt", "")


def test_a_party_named_like_a_place_is_none_but_a_body_or_a_person_so_named_is():
    from studyapp.core.generate.kinds import named_as_place
    assert named_as_place("Central Lawn") and named_as_place("Alder Crossing", "Shops in Alder Crossing shut.")
    assert not named_as_place("Yvonne Street", "The local MP, Yvonne Street, wrote to the club.")
    assert not named_as_place("Mill Green Residents' Association")
    assert not named_as_place("Mothers of Drevno Road")  # a group named after a street
    assert not named_as_place("Kestrel Vale")  # a club called after its town
    assert not named_as_place("Downing Street")  # the government it stands for


LAWN = """Students camp on Central Lawn over fees

Students have pitched tents on Central Lawn to protest against a rise in fees at Brindlewood University.

Central Lawn wants the rise scrapped, one banner read.

The Brindlewood Students' Union demands a freeze on fees for three years. "We will stay until they listen," said union president Ada Marr.

Brindlewood University wants the rise to pay for new halls. "The money goes straight back to students," said registrar Tom Pell.

The Lecturers' Guild is prepared to back a freeze for one year.
"""


def test_a_lawn_is_never_a_side():
    bank, _ = generate_bank(LAWN, published="2026-05-04")
    for q in bank["questions"]:
        assert "Central Lawn" not in _offered(q), q["prompt"]
        assert "does Central Lawn" not in q["prompt"] and "Central Lawn's" not in q["prompt"], q["prompt"]
        assert not q["prompt"].startswith("True or false: Central Lawn"), q["prompt"]


def test_the_club_is_never_its_supporters_trust():
    """"Danbury Borough Council is prepared to sell the club the Greyfield land": the club is Danbury Rovers, not the
    "Danbury Rovers Supporters' Trust" (a trust, whatever club word its name holds)."""
    asked = [q["prompt"] for q in _bank("sport-club.txt") if "Greyfield land" in q.get("prompt", "")]
    assert asked and all("Supporters' Trust the Greyfield" not in p for p in asked)


@pytest.mark.parametrize("name, opening", [
    ("Stop the Sell-Off", "Stop the Sell-Off, a coalition of tenants' groups, wants"),
    ("Stop the Sell-Off", "Stop the Sell-Off wants"),
    ("Protect the Meadow", "Protect the Meadow, a residents' campaign, wants"),
])
def test_a_campaign_called_by_a_verb_and_the_is_one_party(name, opening):
    """A campaign named as a call ("Stop the Sell-Off") was no name at all (its run broke at "the"): its position
    was lost, or went to the words after "the"."""
    ex = extract(f"Title\n\nThe council met on Monday. {opening} the council to publish the valuation of the site. "
                 f"Brayford Council wants to sell the site.")
    assert [p.side for p in ex.positions if "valuation" in p.demand] == [name]


def test_a_description_cut_inside_the_name_it_gives_is_no_party():
    """"a group of younger residents called Homes for Tarrow" read as the side "Group of younger residents called
    Homes": offered beside the parties, it is a clause, not a name."""
    assert not is_party("Group of younger residents called Homes")
    assert is_party("Homes for Tarrow")
