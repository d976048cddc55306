"""Every position question's key is right and the only right option: the side is the subject of the clause that
holds the position (not a party named nearby), a position two holders share never offers the other as wrong, a
former holder's position is asked in the past, a crowd is not offered beside the group it is made of, and a side
"won't budge" on what its sentence says, never on a bare "its position". Every article here is written for its
test, with invented people and places."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def positions(body: str) -> list:
    return extract(article(body)).positions


# -- the side is the subject of the position's clause --------------------------------------------------------

NEIGHBOURS = (
    "Some 3,000 nurses in blue filled the square outside the Delmora Capitol on Wednesday, asking for safer "
    "staffing.\n\n"
    "Gov. Lena Marsh and the heads of the state Senate have said little against the nurses. They seem keen to "
    "avoid the fate of Carvona's Gov. Tom Wexley, who was voted out last month after scolding nurses for a sick-out. "
    "Still, they said they do not expect to act on extra hospital money before 2024.")


def test_they_is_the_subject_a_sentence_chain_goes_back_to_not_a_governor_named_in_an_aside():
    held = [p for p in positions(NEIGHBOURS) if "hospital money" in p.demand]
    assert [p.side for p in held] == ["Lena Marsh"]  # "X and leaders of the Senate": the first named


def test_they_is_never_one_person_alone():
    body = ("Mayor Ruth Allard opened the new depot on Monday. They said they would not accept any cut to the "
            "bus subsidy.")
    assert not [p for p in positions(body) if p.side == "Ruth Allard" and p.stance == "does not accept"]


# -- a position two holders share -----------------------------------------------------------------------------

SUCCESSION = (
    "Diplomats from Veldania and Orsk met in Talmora on Monday to discuss troop movements along their border.\n\n"
    "Former President Aron Keld wanted a pivot to the south during his two terms. His successor, President Mira "
    "Solvik, felt the same.\n\n"
    "Orsk's foreign minister, Pavel Durn, said his country would not accept any limits on exercises on its "
    "territory. Orsk's defence minister, Ilya Varn, said the drills were routine. Veldania's envoy, Sara Holt, said "
    "the talks would go on.")


def test_a_view_the_next_sentence_says_another_shares_keeps_both_holders_and_its_tense():
    keld = next(p for p in positions(SUCCESSION) if "pivot" in p.demand)
    assert keld.side == "Aron Keld" and keld.shared_with == ("Mira Solvik",) and keld.past


def test_felt_the_same_shares_the_view_of_the_person_the_sentence_before_opens_on():
    body = ("Premier Jonas Tull sees trade as the bigger prize and wants ministers to look south. "
            "Premier Ola Brandt felt the same and wanted closer ties with the south, until floods kept him busy.")
    brandt = next(p for p in positions(body) if p.side == "Ola Brandt")
    assert brandt.shared_with == ("Jonas Tull",) and brandt.past


def test_a_shared_view_is_asked_in_the_past_without_its_other_holder_as_an_option():
    bank, _ = generate_bank(article(SUCCESSION, "Envoys meet in Talmora"), published=date(2021, 11, 16))
    asked = [q for q in bank["questions"] if "pivot" in q.get("prompt", "")]
    assert asked
    for q in asked:
        assert "Mira Solvik" not in q.get("choices", []), q
        assert " wants " not in f" {q['prompt']} ", q  # a former president wanted it
        if q["prompt"].startswith("Who"):
            assert q["prompt"].startswith("Who wanted a pivot to the south")
    for q in bank["questions"]:  # as an option or a match item a shared view has two right sides
        items = [*q.get("choices", []), *(left for left, _ in q.get("pairs", []))]
        assert not any("two terms" in str(x) for x in items), q


# -- a crowd is part of a group, not a side beside it ---------------------------------------------------------

def test_protesters_at_a_rally_are_the_group_that_rallies():
    body = ('Hundreds of teachers marched to the Capitol on Friday to call for smaller classes. While some Bramford '
            'protesters chanted "Classes not cuts" in a hallway, Speaker Dora Wilde defended the budget.')
    sides = [p.side for p in positions(body)]
    assert "Teachers" in sides and not any("protesters" in s.lower() for s in sides)
    chant = next(p for p in positions(body) if p.stance == "chants")
    assert chant.side == "Teachers"


def test_a_crowd_beside_only_a_union_is_not_asked_and_a_lone_crowd_is_a_side():
    body = ('The Hollin Transport Workers Union is demanding a 9% pay rise. While some Hollin protesters chanted '
            '"Fair pay now" outside the depot, managers met councillors.')
    assert not any("protesters" in p.side.lower() for p in positions(body))
    lone = "Protesters demanded the resignation of the harbour master on Saturday."
    assert [p.side for p in positions(lone)] == ["Protesters"]
    campaign = ("Library users called for longer opening hours. Campaigners dismissed the council's offer as "
                "running libraries on the cheap.")
    assert "Campaigners" in [p.side for p in positions(campaign)]  # a campaign is a side, not a crowd


# -- "won't budge" on what -----------------------------------------------------------------------------------

def test_wont_budge_is_realised_from_the_clause_that_says_on_what():
    body = ("Kavran's main demand, that the Ostrel Alliance close its doors to new members for good, is the one "
            "issue where the Ostrel Alliance has made clear it won't budge.")
    held = [p for p in positions(body) if p.stance == "won't budge on"]
    assert [(p.side, p.demand) for p in held] == [
        ("Ostrel Alliance", "Kavran's main demand that the Ostrel Alliance close its doors to new members for good")]


def test_wont_budge_on_a_bare_position_is_not_asked():
    body = ('The Hollin Transport Workers Union called a strike. "The union won\'t budge on its position," union '
            'leader Idris Fane said.')
    assert not [p for p in positions(body) if p.stance == "won't budge on"]


def test_the_markets_demand_is_no_ones_position():
    body = "Tarnley Mills said on Tuesday it would shut two plants as demand keeps falling and demand for rye fell."
    assert not [p for p in positions(body) if p.stance == "demands"]


def test_a_negated_quoted_ask_is_what_the_speaker_says_not_anyones_demand():
    body = ("Superintendent Mara Voss told cheering nurses the staff weren’t “asking for the stars.” The Velmar "
            "Nurses Union called for a 5% rise.")
    got = [(p.side, p.stance) for p in positions(body)]
    assert ("Mara Voss", "asks for") not in got and ("Mara Voss", "says that") in got
    assert ("Velmar Nurses Union", "calls for") in got


def test_a_described_group_is_the_group_the_article_then_names():
    body = ("A group of nurses is urging the Velmar Health Board to accept its offer to staff a winter clinic. "
            "The nurses, members of a new group called Nurses for Safe Wards, offered to run the clinic at no "
            "cost. The board has until Friday to reply.")
    sides = {p.side for p in positions(body)}
    assert "Nurses for Safe Wards" in sides and not any(s.lower().startswith("group of") for s in sides)


def test_a_participle_offer_ends_where_the_sentences_own_verb_begins():
    body = "The nurses offering to run the clinic noted a rise in flu cases on the wards."
    assert [p.demand for p in positions(body) if p.stance == "offers to"] == ["run the clinic"]


def test_as_did_another_holder_shares_the_view():
    body = "Premier Ola Brandt wants a pivot to the south, as did Premier Jonas Tull before him."
    brandt = next(p for p in positions(body) if p.side == "Ola Brandt")
    assert brandt.shared_with == ("Jonas Tull",)


def test_a_listed_subject_is_one_side_and_never_offered_beside_a_member():
    from studyapp.core.generate.blocs import apart

    body = ("Velmar wants a longer transition. Kavran, Ostrel, Tessaly and Velmar want the farm levy capped at 2% of "
            "national income. The Harbour Commission has urged a rise to 3%.")
    capped = next(p for p in positions(body) if "capped" in p.demand)
    assert capped.side == "Kavran, Ostrel, Tessaly and Velmar" and "Velmar" in capped.shared_with
    assert apart("Velmar", ["Harbour Commission", capped.side, "Ostrel"]) == ["Harbour Commission", "Ostrel"]


def test_an_industry_is_never_offered_beside_its_own_firms():
    from studyapp.core.generate.blocs import apart

    assert apart("Record companies", ["Ska industry", "Promoters", "Fair Lyrics Trust"]) == ["Promoters",
                                                                                            "Fair Lyrics Trust"]
    assert apart("Ska industry", ["Promoters", "Fair Lyrics Trust", "Record companies"]) == ["Fair Lyrics Trust"]
