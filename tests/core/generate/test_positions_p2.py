"""Sides on writing the shared sets did not show: datelines, bare titles, portfolios, currencies, relative
clauses and generic nouns (invented articles in tests/data/articles/p2-*.txt)."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import ARTICLES


def _positions(name: str) -> list[tuple[str, str, str]]:
    ex = extract((ARTICLES / name).read_text(encoding="utf-8"))
    return [(p.side, p.stance, p.demand) for p in ex.positions]


def test_quarry_levy_sides():
    got = _positions("p2-quarry-levy.txt")
    sides = [side for side, _, _ in got]
    # a dateline ("DUNMERE:", "MARLOW BAY (Coast Wire) —") is never a party; the subject after it is
    assert not any(s.isupper() or s.startswith(("DUNMERE", "MARLOW")) for s in sides)
    assert ("Growers", "threatens to") == got[0][:2]
    # "X and Y demanded": both, as one side
    assert ("Pellan and Rusk", "demands", "on Friday that the quarry close on Sundays") in got
    # "the Minister" is the one minister named; a portfolio is not a party: he speaks for the government named
    assert ("Provincial government (Tomas Ferreira)", "rejects", "the demand for Rs 40,000 per hectare") in got
    assert sum(s == "Provincial government (Tomas Ferreira)" for s in sides) == 2
    # a currency abbreviation is never a party, and "…, saying" adds no second position
    assert not any(s.startswith(("Rs", "Mining", "Rejected")) for s in sides)
    # "The forward, who arrived from Cobb Town, said he hoped": the player, not the club in the clause
    assert ("Yusuf Adebayo", "hopes to", "sign a new deal before Christmas") in got
    # "The chief executive said the trust had offered": the trust she runs
    assert ("Dunmere Health Trust", "offers to", "pay for air monitors outside the clinic") in got
