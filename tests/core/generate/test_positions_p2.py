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
    assert sum(s == "Provincial government (Tomas Ferreira)" for s in sides) == 3
    # an invitation to talks is an offer
    assert ("Provincial government (Tomas Ferreira)", "invites", "their leaders for talks") in got
    # a currency abbreviation is never a party, and "…, saying" adds no second position
    assert not any(s.startswith(("Rs", "Mining", "Rejected")) for s in sides)
    # "The forward, who arrived from Cobb Town, said he hoped": the player, not the club in the clause
    assert ("Yusuf Adebayo", "hopes to", "sign a new deal before Christmas") in got
    # "The chief executive said the trust had offered": the trust she runs
    # (with its chief executive beside it once "the chief executive" is known to be her)
    assert any(side in ("Dunmere Health Trust", "Dunmere Health Trust (Hana Voss)") and stance == "offers to" and
               demand == "pay for air monitors outside the clinic" for side, stance, demand in got)


def test_cannery_dispute_cues_and_generic_nouns():
    got = _positions("p2-cannery-dispute.txt")
    # "will stage a walkout", "will also hold a rally": an announced action is a plan
    assert ("Packers", "plans to", "stage a 24-hour walkout on Friday") in got
    assert ("Harbourside Packers Guild", "plans to", "hold a rally outside the town hall on Saturday") in got
    # "after the company declined to": a refusal; "the company" is the name holding a company word, never the guild
    assert ("Brisco Cannery Ltd", "refuses to", "raise night-shift pay") in got
    assert ("Brisco Cannery Ltd", "offers to", "pay a one-off bonus of $400 per worker") in got
    # "We are asking to …" in a quote is the speaker's side's position
    assert ("Harbourside Packers Guild (Odile Frane)", "says that",
            "We are asking to be paid for every hour we stand at the line") in got
    # suing to block something is a position
    assert ("Group of neighbours", "sues", "the company on Monday to block a new loading bay") in got
    # a judge speaks for the court the article names
    assert ("Marrow County Court (Petra Lomax)", "rejects", "a request to halt the work before then") in got
    demands = " | ".join(d for _, _, d in got)
    # no position: declining to comment, wanting to be clear, a project as subject, "a firm offer"
    for phrase in ("comment", "very clear", "double the cannery", "leave the site"):
        assert phrase not in demands
    # a lawsuit is never a side: what it asks for is what the side that filed it asks (d17: a document's authors)
    assert not any(side.lower().startswith("the lawsuit") or side.lower() == "lawsuit" for side, _, _ in got)
    assert all(side == "Group of neighbours" for side, _, demand in got if "early hearing" in demand)


def test_orchard_takeover_subjects():
    got = _positions("p2-orchard-takeover.txt")
    # "Fruit group Pell Orchards rejected": a sector word before the name is no party
    assert got[0][:2] == ("Pell Orchards", "rejects")
    # "A senior Grayling adviser, speaking on condition of anonymity, said his firm had offered": the adviser's
    # side
    assert ("Senior Grayling adviser", "offers to", "keep every packing shed open for five years") in got
    # "… broke down when X declined to …": a past refusal, with the subject after "when"
    assert ("Pell Orchards", "refuses to", "put the bonus scheme to an independent panel") in got


def test_the_agency_is_the_authority_not_a_word_from_a_quote():
    got = _positions("p2-ferry-agency.txt")
    # "the agency" after a quote opening "Arbitration is …" and "They've …": the authority named, never a word
    # from the quote
    assert ("Northsound Ferries Authority", "refuses to", "extend the old contract") in got
    assert not any(side in ("Arbitration", "They've", "Agency") for side, _, _ in got)


def test_a_cue_word_after_a_plain_noun_is_a_noun():
    from tests.core.generate.conftest import article
    body = ("The Harlow Bus Company has refused to drop split shifts, saying they are needed to cover peak demand "
            "without hiring more drivers.")
    got = [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]
    assert got == [("Harlow Bus Company", "refuses to", "drop split shifts")]


def test_a_participle_after_a_clause_is_its_subjects_and_quoted_refusals():
    got = _positions("p2-border-talks.txt")
    # "when Tarvia's delegation walked out, accusing …": the delegation's country accuses
    assert got[0] == ("Tarvia", "accuses", "Olmenia of moving the checkpoints overnight")
    # "… is not for sale" and "we have made an offer" in a quote are the speaker's side's positions
    demands = [d for _, stance, d in got if stance == "says that"]
    assert demands == ["Our land is not for sale", "We have made a generous offer and it is still on the table"]


def test_a_compound_noun_or_a_bare_place_word_in_a_role_is_no_party():
    from tests.core.generate.conftest import article
    body = ("High school science teacher Lena Orwell said the district should hire more staff. "
            "City Councilor Raul Bastide threatened to block the school budget.")
    sides = [p.side for p in extract(article(body)).positions]
    assert sides and not any(s.startswith(("High", "City (")) for s in sides)


def test_a_spokesperson_speaks_for_the_body_named_and_an_example_is_no_offer():
    from tests.core.generate.conftest import article
    body = ("A Harrow Rail spokesperson said the company would not reopen the depot. "
            "A spokesperson for the Tolland Port Authority said the berth fees must rise. "
            "Analyst Mia Strand offered the example of a toll scheme that failed.")
    got = [(p.side, p.stance) for p in extract(article(body)).positions]
    assert ("Harrow Rail", "says that") in got
    assert ("Tolland Port Authority", "says that") in got
    assert not any(stance == "offers" for _, stance in got)


def test_let_the_minister_come_is_a_position_but_let_us_be_clear_is_not():
    from tests.core.generate.conftest import article
    body = ('Opposition leader Irma Kalt of the Tenant Front said: '
            '"Let the mayor come to Eastgate and see the flats." '
            'Housing officer Bo Renn said: "Let us be clear about the numbers, which are already public."')
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert any(d.startswith("Let the mayor come to Eastgate") for _, d in got)
    assert not any(d.startswith("Let us be clear") for _, d in got)


def test_a_closing_speech_tag_gives_the_announcer_what_comes_before_it():
    from tests.core.generate.conftest import article
    body = ("MILLTOWN — Porters at Eskdale Market will walk out for 24 hours on May 3, their union announced "
            "Tuesday, after pay talks collapsed. The Market Porters Union wants a 6 percent raise.")
    got = [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]
    assert ("Porters", "plans to", "walk out for 24 hours on May 3") in got
    assert ("Market Porters Union", "says that", "Porters at Eskdale Market will walk out for 24 hours on May 3") in got


def test_a_diary_date_is_no_position_but_a_bill_is():
    from tests.core.generate.conftest import article
    body = ("Councillor Asha Brede said she would meet the port director next week. "
            "Senator Olu Marsh said he would introduce a bill to cap harbour fees.")
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert got == [("Olu Marsh", "he would introduce a bill to cap harbour fees")]
