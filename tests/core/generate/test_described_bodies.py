"""A body described by where it comes from is the body, never the country, the adjective or the city (issue 14,
point 4: blind readers found a country offered as a side, or keyed as the actor, in stories whose parties were
companies: "the German insurer offered …" keyed "Germany"; "the Ostravian group" offered beside "Kessler Re", the
same party twice). And a name the article uses as a plan's is no person. Articles written for these tests; every
firm, person, country and scheme in them is invented (or a real country standing where any would)."""

from __future__ import annotations

from datetime import date

from studyapp.core.generate.described import describes, key_of, qualified, state_stem
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article

TAKEOVER = article("\n\n".join([
    "AMSTERDAM, Netherlands (Eurowire) — Veldhuis Verzekeringen, the Dutch insurer, on Monday rejected a 6 billion "
    "euro takeover approach from Germany's Rheinhaus Versicherung, saying the offer undervalued the company.",
    "The German insurer offered 38 euros a share in cash, a 24% premium to Veldhuis's closing price on Friday.",
    "\"The offer does not reflect the value we are building for our customers,\" Veldhuis chief executive Marieke "
    "de Groot said in a statement.",
    "Rheinhaus said it was disappointed and wants Veldhuis shareholders to push the board to engage. The "
    "Munich-based group said it was considering its options, including taking the offer directly to shareholders.",
    "\"We believe the combination makes compelling sense,\" Rheinhaus chief executive Friedrich Lamprecht told "
    "reporters in Munich.",
    "PFZ, a pension fund which holds 7% of the Dutch company, said the board should at least hear what Rheinhaus "
    "has to say.",
]), "Dutch insurer Veldhuis rejects German rival's approach")

WIRE = article("\n\n".join([
    "VARSBURG, Marenland (Nordwire) — Kessler Re, the Ostravian reinsurance group, said on Tuesday it had agreed to "
    "buy Holvik Mutual, Marenland's third-largest home insurer, for 3.1 billion crowns in cash.",
    "The Marenlandic insurer's board said it would recommend the offer to its members, who vote on 14 June.",
    "\"This gives our policyholders the backing of a much larger balance sheet,\" Holvik Mutual's chief executive, "
    "Signe Aaltonen-Brekke, said.",
    "The Ostravian group wants to complete the deal by the end of September.",
    "The Holvik Policyholders' Association urged members to vote against the deal. \"Members own this company,\" "
    "said the association's chair, Pieter Vandersloot.",
    "The Marenland Financial Supervisory Authority said it expected to rule by August.",
    "Analysts at Brannock Securities said the price was \"full but fair\".",
]), "Kessler Re agrees to buy Holvik Mutual")

AIRLINE = article("\n\n".join([
    "The Vestrian carrier Skylark Air said on Monday it would cut 14 routes from its winter timetable, blaming fuel "
    "costs.",
    "The Vestrian airline said it would concentrate on routes from its base at Orlund.",
    "\"We are flying too many half-empty planes,\" said Skylark's chief executive, Ilse Marten.",
    "The Pilots' Association of Vestria demanded talks with the company. Its president, Jonas Feldt, said the "
    "union would oppose any compulsory redundancies.",
    "The Norlandic rival Fjordair said it would add flights on three of the routes. A spokeswoman for the Norlandic "
    "airline said Fjordair wants to double its capacity at Orlund by 2027.",
    "The Association of Vestrian Airports urged the government to cut passenger taxes.",
]), "Skylark Air cuts 14 routes")

PORT = article("\n\n".join([
    "PORTH ELLIN, Kaldoria (Coastline Press) — Dock workers at Porth Ellin voted on Friday to strike for 72 hours "
    "from 3 March after rejecting a 4% pay offer from the port operator, Meridian Terminals.",
    "The Kaldorian Dockworkers' Union is demanding a 9% rise and an end to zero-hours contracts.",
    "Meridian Terminals, which is owned by the Selvanian shipping group Astrakhan Line, said the offer was fair. "
    "\"We urge the union to put it to a second vote,\" the company said in a statement.",
    "The Selvanian group's chairman, Oskar Virtanen-Lind, said on Thursday that the port needed to cut costs.",
    "\"Once a shipping line moves its calls elsewhere, it may not come back,\" said Meridian's operations director, "
    "Graham Pellow.",
]), "Dock workers vote to strike")

SCHEME = article("\n\n".join([
    "Ministers on Tuesday defended Bright Start, the government's flagship insulation scheme, after a report found "
    "it would cost twice as much as promised.",
    "Bright Start would give every household a grant of £7,500 from September. Energy secretary Rachel Ormsby said "
    "it was \"the best investment this country can make\".",
    "Critics of Bright Start say the money would be better spent elsewhere. Shadow energy secretary Owen Pryce said: "
    "\"Under Bright Start, families get a voucher and nobody to fit the insulation.\"",
    "The Insulation Installers Association wants ministers to train 20,000 more fitters. Its chief executive, Linda "
    "Farrow, said firms were turning work away.",
]), "Row over cost of Bright Start")


def _sides(ex) -> set[str]:
    return {p.side.split(" (")[0] for p in ex.positions}


def _options(bank) -> list[list[str]]:
    return [list(q.get("choices") or []) for q in bank["questions"]]


def test_a_state_and_its_adjective_share_a_stem():
    assert state_stem("Ostravian") == state_stem("Ostravia")
    assert state_stem("Marenlandic") == state_stem("Marenland")
    assert state_stem("German") == state_stem("Germany")
    assert state_stem("Selvanian") == state_stem("Selvany")


def test_a_description_by_origin_is_read_as_one():
    for label in ("the German insurer", "Ostravian reinsurance group", "Munich-based group",
                  "The Marenlandic insurer's board", "Germany's biggest lender"):
        assert qualified(label), label
    for label in ("Dutch finance ministry", "Kessler Re", "German officials", "the union"):
        assert not qualified(label), label
    assert key_of("Munich-based group") == "place:munich"
    assert key_of("Norlandic") == key_of("the Norlandic airline")


def test_the_body_a_description_stands_for():
    body = WIRE.split("\n", 2)[2]
    orgs = ("Kessler Re", "Holvik Mutual", "Marenland Financial Supervisory Authority")
    assert describes("The Ostravian group", body, orgs, len(body)) == "Kessler Re"
    assert describes("the Marenlandic insurer's board", body, orgs, len(body)) == "Holvik Mutual"
    assert describes("the Selvanian carrier", body, orgs, len(body)) == ""  # described so nowhere: no name
    assert describes("Kessler Re", body, orgs, len(body)) is None


def test_an_adjective_of_a_country_before_a_company_noun_is_the_company():
    ex = extract(TAKEOVER, date(2026, 4, 20))
    assert "Germany" not in _sides(ex)
    offer = [p for p in ex.positions if p.demand.startswith("38 euros")]
    assert offer and offer[0].side == "Rheinhaus Versicherung", [(p.side, p.demand) for p in ex.positions]


def test_a_company_called_by_its_first_word_is_no_person():
    """"Germany's Rheinhaus Versicherung … Rheinhaus chief executive X": the cast read the firm as a person (and
    Germany as its side), and offered it among the people of "Who said …?"."""
    ex = extract(TAKEOVER, date(2026, 4, 20))
    assert "Rheinhaus Versicherung" not in {p.name for p in ex.cast.people}
    assert "Rheinhaus Versicherung" in ex.cast.orgs
    bank, _ = generate_bank(TAKEOVER, published=date(2026, 4, 20))
    for options in _options(bank):
        assert "Germany" not in options and "Munich-based group" not in options, options
        if "Marieke de Groot" in options:
            assert "Rheinhaus Versicherung" not in options, options


def test_a_city_based_group_is_the_body_the_sentence_before_was_about():
    ex = extract(TAKEOVER, date(2026, 4, 20))
    considering = [p for p in ex.positions if "considering its options" in p.demand]
    assert considering and considering[0].side == "Rheinhaus Versicherung", [(p.side, p.demand) for p in ex.positions]


def test_one_party_under_one_name():
    ex = extract(WIRE, date(2026, 4, 20))
    sides = _sides(ex)
    assert not {"Ostravian group", "Ostravian reinsurance group", "Marenlandic insurer's board"} & sides, sides
    wants = [p for p in ex.positions if "complete the deal" in p.demand]
    assert wants and wants[0].side == "Kessler Re"
    bank, _ = generate_bank(WIRE, published=date(2026, 4, 20))
    for options in _options(bank):
        assert not any(o.startswith("Ostravian") or o.startswith("Marenlandic") for o in options), options


def test_a_rival_described_by_its_country_is_the_rival():
    ex = extract(AIRLINE, date(2026, 4, 20))
    assert "Fjordair" not in {p.name for p in ex.cast.people}
    sides = _sides(ex)
    assert "Norlandic" not in sides and "Vestrian airline" not in sides, sides
    doubling = [p for p in ex.positions if "double its capacity" in p.demand]
    assert doubling and doubling[0].side == "Fjordair"
    bank, _ = generate_bank(AIRLINE, published=date(2026, 4, 20))
    for options in _options(bank):
        assert "Norlandic" not in options and "Vestria" not in options, options


def test_a_chairman_of_a_group_described_by_its_country_speaks_for_the_group():
    ex = extract(PORT, date(2026, 3, 1))
    person = next(p for p in ex.cast.people if p.name == "Oskar Virtanen-Lind")
    assert person.side == "Astrakhan Line"
    assert "Meridian Terminals" in ex.cast.orgs  # "Meridian Terminals, which is owned by …": a body
    urged = [p for p in ex.positions if "second vote" in p.demand]
    assert not urged or urged[0].side == "Meridian Terminals"


def test_a_scheme_set_off_with_its_noun_is_no_person_and_no_side():
    ex = extract(SCHEME, date(2026, 3, 2))
    assert "Bright Start" not in {p.name for p in ex.cast.people}
    assert "Bright Start" not in _sides(ex)
    bank, _ = generate_bank(SCHEME, published=date(2026, 3, 2))
    for options in _options(bank):
        assert "Bright Start" not in options, options


def test_a_person_set_off_with_a_role_about_a_scheme_is_still_a_person():
    text = article("Eleanor Vance, the architect of the scheme, said it would save lives. \"It is overdue,\" "
                   "Ms Vance said. The Warmth Trust backed the scheme.", "Scheme backed")
    ex = extract(text, date(2026, 3, 2))
    assert "Eleanor Vance" in {p.name for p in ex.cast.people}


def test_a_firms_board_is_the_firm():
    """"Veldhuis's supervisory board said it had rejected …" beside "Veldhuis Verzekeringen rejected …": one
    party, never offered twice under two names."""
    text = article("Veldhuis Verzekeringen, the Dutch insurer, on Monday rejected a takeover approach from Rheinhaus "
                   "Versicherung, the German insurer. "
                   "Veldhuis's supervisory board said it would not open its books to the bidder. PFZ, a pension "
                   "fund, urged the board to talk to the bidder. Rheinhaus Versicherung wants shareholders to push "
                   "for talks.", "Veldhuis rejects approach")
    ex = extract(text, date(2026, 4, 20))
    assert not [p for p in ex.positions if "board" in p.side.lower()], [p.side for p in ex.positions]
    assert not [c for c in ex.claims if "board" in c.speaker.name.lower()]


def test_a_state_is_no_false_holder_of_a_party_leaders_view():
    from studyapp.core.generate.falsehood import implausible
    text = article("Vesterholm votes on Sunday. Vesterholm officials said turnout was high. Labour leader Henrike "
                   "Sandgren said the pension age should be cut to 65.", "Vesterholm votes")
    assert implausible("Vesterholm", "wants the pension age cut to 65",
                       "Labour leader Henrike Sandgren said the pension age should be cut to 65.", text)
    assert not implausible("Labour Party", "wants the pension age cut to 65",
                           "Vesterholm officials said the pension age should be cut to 65.", text)


def test_a_state_adjective_in_the_prompt_fitting_only_the_key_gives_it_away():
    from studyapp.core.generate.checks import _origin_points_at
    assert _origin_points_at("Which side urges the Kaldorian government to act?",
                             ["Kaldorian Chamber of Shippers", "Meridian Terminals", "Astrakhan Line"])
    assert _origin_points_at("Which side wants the German regulator to act?", ["Germany", "Veldhuis", "PFZ"])
    assert not _origin_points_at("Which side wants the German regulator to act?",
                                 ["Germany", "German Insurers Union", "PFZ"])


def test_the_government_beside_a_states_ministry_is_one_party_twice():
    from studyapp.core.generate.checks import same_party
    assert same_party("Government", "Dutch finance ministry")
    assert same_party("Kaldorian government", "Government")
    assert not same_party("Government", "PFZ")
