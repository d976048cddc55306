"""A takeover told the way business wires tell it (issue 14, points 2 and 4): the bid's target described by origin
with a longer noun phrase, its board beside it, a dateline under a standfirst and a byline, the year a firm was
founded set off beside what it does now, and the dates a named body says it will keep. Invented sentences."""

from datetime import date

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article

PUBLISHED = date(2026, 3, 12)

BID = (
    "Offer of 210p a share goes straight to shareholders after the Pellmark board turns down two approaches\n\n"
    "By Ilse Varga, Business Wire | 12 March 2026\n\n"
    "KESTRELTON (Business Wire) - Ostvik Foods on Thursday launched a hostile bid for Pellmark Bakeries, after the "
    "Danish bread and biscuit maker rejected two private approaches since January.\n\n"
    "Ostvik Foods is offering 210 pence in cash for each Pellmark share, its chief executive Maren Holt said.\n\n"
    "Pellmark board urged shareholders to take no action and said the offer undervalued the company.\n\n"
    "Pellmark Bakeries said it would hold a general meeting of shareholders on 14 May.\n\n"
    "Pellmark, founded in 1961 as a family bakery, employs 900 people at four sites."
)


def _facts() -> dict:
    return extract(article(BID, "Ostvik launches hostile bid for Pellmark"), PUBLISHED).facts()


def test_a_target_described_by_origin_with_a_longer_noun_phrase_is_the_target():
    """"after the Danish bread and biscuit maker rejected …": the maker is the bid's target, never the bidder the
    sentence opens with nor the country."""
    rejected = [d["side"].split(" (")[0] for d in _facts()["demands"] if "private approaches" in d["demand"]]
    assert rejected == ["Pellmark Bakeries"]


def test_a_firms_board_named_without_an_apostrophe_is_the_firm():
    sides = {d["side"].split(" (")[0] for d in _facts()["demands"]}
    assert "Pellmark board" not in sides and "Pellmark Bakeries" in sides


def test_a_dateline_under_a_standfirst_and_a_byline_gives_no_person():
    assert not [p for p in _facts()["people"] if p["name"] in ("Wire", "Business Wire")]


def test_a_founding_year_set_off_beside_the_subject_dates_the_founding_not_the_present():
    dated = {d["date"]: d for d in _facts()["dates"]}
    assert dated["1961"]["event"] == "Pellmark was founded" and dated["1961"]["own"]


def test_a_named_bodys_own_it_would_keeps_its_coming_date():
    dated = {d["date"]: d for d in _facts()["dates"]}
    assert dated["2026-05-14"]["own"]
    assert dated["2026-05-14"]["event"] == "Pellmark Bakeries will hold a general meeting of shareholders"


OUTGOING = (
    "The Tanners' Guild of Vell elected Ona Rask as its president on Tuesday, replacing Per Moen.\n\n"
    "Outgoing president Per Moen said the guild would keep pressing the council for lower rents. \"We have not won "
    "this fight yet,\" he said."
)


def test_an_outgoing_president_has_no_body_called_outgoing_and_a_clause_is_no_role():
    from studyapp.core.generate.pipeline import generate_bank

    bank, _ = generate_bank(article(OUTGOING, "Guild elects new president"), published=PUBLISHED)
    people = {p["name"]: p for p in bank["people"]}
    assert people["Per Moen"].get("side", "") != "Outgoing"
    assert "of Outgoing" not in str(bank["questions"])
    assert not people.get("Ona Rask", {}).get("role", "").endswith("elected")
