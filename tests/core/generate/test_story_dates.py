"""Dated events a bank asks: the story's events, the lead's first; no forecasts, reports or states in a timeline."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates
from studyapp.core.generate.realise import when_question

from tests.core.generate.conftest import ARTICLES, article

FORECAST = article("""
Workers at the Brindle paper mill walked out on Monday after managers cut the night shift.

The mill's owners closed the sorting hall on 3 February. The union balloted its members on 10 February.

Analysts say paper prices will fall in April as the mill's output drops.

Managers met union officials on Tuesday to discuss the shift pattern.
""", "Paper mill workers walk out")


def test_a_timeline_holds_events_not_forecasts_or_reports():
    # (the drafted timeline, which the "worth" check holds back from the bank until its items are proven whole)
    def drafted(text: str, published: date) -> list[str]:
        ex = extract(text, published)
        return [i for c in draft_candidates(ex, build_people(ex)) if c.question["type"] == "order"
                for i in c.question["items"]]

    items = drafted(FORECAST, date(2025, 2, 20))
    assert items and not any("prices will fall" in i for i in items)
    items = drafted((ARTICLES / "c-reserve-talks.txt").read_text(encoding="utf-8"), date(2022, 3, 4))
    assert items and not any(" said " in f" {i} " for i in items)  # "Officials said Velmar is demanding …"


def test_a_state_is_not_asked_for_a_date():
    assert when_question("Other claims included the shooting of a guard", "month") is None
    assert when_question("The council voted to close the depot", "day") == \
        "On what date did the council vote to close the depot?"


def test_the_leads_event_is_the_date_asked_first():
    ex = extract(FORECAST, date(2025, 2, 20))
    dated = [c for c in draft_candidates(ex, build_people(ex)) if c.question["type"] == "date"]
    best = max(dated, key=lambda c: c.priority)
    assert best.question["prompt"] == "On what date did workers at the Brindle paper mill walk out?"
    assert all(c.priority < best.priority for c in dated if c is not best)  # ranked above, not first by order


def test_an_event_cut_inside_a_list_of_names_gets_its_last_name_back():
    text = article("On Tuesday, the ministry announced the selection of Arvo Marine, Delling Yards, Kesh Steel Works, "
                   "Orrin Docks and Tamsin Fabrication for the new northern ferry routes.", "Ministry picks ferry builders")
    bank, _ = generate_bank(text, published=date(2025, 4, 10))
    asked = [q["prompt"] for q in bank["questions"] if q["topic"] == "dates"]
    assert asked == ["On what date did the ministry announce the selection of Arvo Marine, Delling Yards, Kesh Steel "
                     "Works, Orrin Docks and Tamsin Fabrication?"]


def test_an_aside_cut_inside_its_list_is_left_out_of_the_event():
    from studyapp.core.generate.questions import _completed

    evidence = ("In March, the trust bid $9 a share for Calder, the owner of the Wexby Herald, the Hollin Post and "
                "the Marsh Gazette, and the former owner of the Ferry Times.")
    assert _completed("The trust bid $9 a share for Calder, the owner of the Wexby Herald", evidence) == \
        "The trust bid $9 a share for Calder"
