"""The weakest question forms (issue 14, points 1, 3 and 6): a timeline item is an event with a date the text fixes,
never a reaction, a stance held now, a year's total or something that had been going on, and the story's own event is
among the items; a plan told with "would" is asked as what is to come, or not at all; and one speaker's or side's
point is asked once across the forms (a chief's quotation and the body's position, a "What does X want?" and a
statement of X's, a match and a separate question). Articles invented for these tests."""

from datetime import date

from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import Candidate, Ids
from studyapp.core.generate.rank import _unasked_pairs
from studyapp.core.generate.timeline import as_coming, unfit_item


def _bank(text: str, published: date) -> list[dict]:
    return generate_bank(text, published=published)[0]["questions"]


# --- timeline items -------------------------------------------------------------------------------------------------

def test_a_reaction_or_a_report_of_words_is_no_event_to_order():
    assert unfit_item("Mayor Ana Ruiz defended the agreement", "Tuesday",
                      "Mayor Ana Ruiz defended the agreement Tuesday, saying the deal would pay for a new plant.")
    assert unfit_item("The club confirmed that its captain would be fit", "Friday",
                      "The club confirmed on Friday that its captain would be fit.")
    assert unfit_item("The union condemned the ruling", "Monday", "The union condemned the ruling on Monday.")
    # an announcement of an act, a denial of charges, a plea: events of the story
    assert unfit_item("The Opposition announced a statewide strike", "Monday",
                      "The Opposition announced a statewide strike on Monday.") is None
    assert unfit_item("Gideon Salt admitted 23 counts of fraud", "May", "Gideon Salt admitted 23 counts of fraud in May.",
                      "month") is None


def test_a_stance_held_now_a_years_total_or_an_ongoing_doing_is_no_event():
    assert unfit_item("The council wants each trawler to pay 4% of its catch", "2025",
                      "The council wants each trawler to pay 4% of its catch from 2025.", "year") == "state"
    assert unfit_item("The port handled 4.1 million tonnes of cargo", "2021",
                      "The port handled 4.1 million tonnes of cargo in 2021.", "year") == "measure"
    assert unfit_item("Rosa Tell had been coaching the under-21s at Corsley", "February",
                      "Rosa Tell had been coaching the under-21s at Corsley in February.", "month") == "state"
    # a day's move, a vote, a first proposal: events
    assert unfit_item("Shares in Kelvor fell 4%", "Tuesday", "Shares in Kelvor fell 4% on Tuesday.", "day") is None
    assert unfit_item("The council first proposed the closures", "October 2024",
                      "The council first proposed the closures in October 2024.", "month") is None


def test_a_plan_told_with_would_is_asked_as_coming_or_not_at_all():
    plan = "Teresa Vu would ask the council to reconsider the deal"
    assert as_coming(plan, True) == "Teresa Vu will ask the council to reconsider the deal"
    assert as_coming(plan, False) is None  # a plan for a day already past may never have been carried out
    assert as_coming(plan, None) is None  # the same month as the day of publication: before or after, unknown
    assert as_coming("A deal that would sell the water was signed", False) == "A deal that would sell the water was signed"


LIBRARIES = """Harwick council votes to close two libraries despite petition

The Harwick Borough Council voted 6-3 on Tuesday to close two of its five libraries, ending a campaign that had divided the town since the autumn.

The council's leader, Marta Kovac, defended the decision on Tuesday, saying the savings would keep the other three branches open seven days a week.

"Nobody came into politics to close a library," Kovac said. "But a library with no money for books is only a building."

Councillor Ian Brody, who voted against the plan, said he would ask the full council to reconsider the closures at its meeting on 4 June.

Sorrel Tate had been running a reading club at the Elm Street branch in 2019. "The children will have nowhere to go after school," she said.

The council first proposed the closures in October 2024. Campaigners handed in a petition with 4,000 signatures on 12 March.

The Elm Street branch opened in 1962. The Castle Road branch will close its doors on 30 June.
"""


def test_the_timeline_holds_the_storys_events_not_what_someone_had_been_doing():
    # (the drafted timeline, which the "worth" check holds back from the bank until its items are proven whole)
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import build_people, timeline_candidates

    ex = extract(LIBRARIES, date(2025, 5, 14))
    order = [c.question for c in timeline_candidates(ex, Ids(), build_people(ex))]
    assert order, "a timeline of the vote, the proposal, the petition and the closing day"
    items = order[0]["items"]
    assert not any("had been" in i or "defended" in i for i in items)
    assert any("voted 6-3" in i for i in items)  # the story's own event
    assert any("Castle Road" in i for i in items)


# --- one question per speaker and point -----------------------------------------------------------------------------

STEEL = """Steelmakers and buyers clash over import quota as Ridgefield talks stall

Talks on a new import quota for steel stalled in Ridgefield on Thursday, with the country's steelmakers and the firms that buy their steel far apart.

The Ridgefield Steel Producers' Council wants a cap on imports of 2 million tonnes a year. The Fabricators' Guild wants no cap at all.

"What our members want is simple: a cap on imports of 2 million tonnes a year," said Hanne Solberg, director general of the Ridgefield Steel Producers' Council.

Tomas Reinholt, chair of the Fabricators' Guild, said a cap would raise prices for every builder in the country. "A cap is a tax on every bridge and every school we build," Reinholt said.

Agnes Fallow, a trade minister, said the government would publish its decision in September. "We will listen to both sides before we decide," Fallow said.

Mira Castell, an economist at Northgate University, said the two sides were further apart than at any time since 2019. "Neither side has moved an inch," Castell said.
"""


def test_a_bodys_position_is_not_asked_beside_its_chiefs_quotation_of_it():
    qs = _bank(STEEL, date(2025, 7, 10))
    quoted = [q for q in qs if q["type"] == "quote" and "cap on imports" in q.get("quote", "")]
    assert quoted and quoted[0]["speaker"] == "Hanne Solberg"
    again = [q for q in qs if q is not quoted[0] and "cap on imports" in
             " ".join([q.get("prompt", ""), str(q.get("answer", "")), *map(str, q.get("choices", []))])]
    assert again == []


GRAIN = """Growers and millers fail to agree grain price as harvest nears

Talks between grain growers and the country's millers broke up without a deal on Wednesday, with the harvest three weeks away.

The Calder Growers Council wants a signed price agreement before the harvest begins. The Millers' Federation of Calder wants prices set week by week at the market.

"What our farmers want is simple: a signed price agreement before the harvest," said Ola Brandt, chair of the Calder Growers Council. "Without it, half of them will not know whether to plant again next year."

Piet Voorn, president of the Millers' Federation of Calder, said fixed prices would push up the cost of bread. "A fixed price for a whole year is a gamble with shoppers' money," Voorn said.

The Ministry of Agriculture said it would appoint a mediator if no deal was reached by Friday. The Consumers' Association of Calder said bread prices had already risen by 11% this year.

The two sides last agreed a price in 2022.
"""


def test_what_does_a_side_want_is_not_asked_again_as_a_statement_of_it():
    qs = _bank(GRAIN, date(2025, 7, 10))
    what = [q for q in qs if q.get("prompt", "").startswith("What does the Calder Growers Council want")]
    assert what
    statements = [q for q in qs if q.get("choices") == ["True", "False"] and "signed price agreement" in q["prompt"]]
    assert statements == []  # neither "The Council wants …" (true) nor another side's wanting it (made false)


def test_a_match_leaves_out_a_position_another_question_asks():
    names = frozenset({"greens", "centre", "party", "quiet", "skies", "alliance", "jonas", "ekdahl"})
    match = Candidate({"id": "match", "type": "match", "topic": "demands",
                       "prompt": "Match each position to the side that holds it.",
                       "pairs": [["Opposes any exemption for early departures", "Quiet Skies Alliance"],
                                 ["Supports Jonas Ekdahl's budget", "Greens"],
                                 ["Wants the night ban delayed by a year", "Centre Party"],
                                 ["Wants a fund for the noise insulation of homes", "Greens"]],
                       "explanation": "Quiet Skies Alliance: a; Greens: b; Centre Party: c; Greens: d"}, "match:p", 0.8)
    points = [("greens", " x ", frozenset({"support", "budget"}), False, None)]
    left = _unasked_pairs(match, points, names, {})
    assert [b for _, b in left.question["pairs"]] == ["Quiet Skies Alliance", "Centre Party", "Greens"]
    assert left.question["explanation"] == "Quiet Skies Alliance: a; Centre Party: c; Greens: d"
    points.append(("centre party", " y ", frozenset({"night", "ban", "delay"}), False, None))
    assert _unasked_pairs(match, points, names, {}) is None  # two pairs left: no match


MERGER = """Regulators delay vote on Brenford and Kestle Valley water utilities merger

Regional regulators on Tuesday put off a vote on the proposed merger of two water utilities, saying they needed more time to study complaints from farmers and town councils.

The Water Services Board had been expected to rule on Nov. 12. Its chair, Odile Marchetti, said the board would now vote on Jan. 20.

Shares of Brenford Water fell 4% on Tuesday. Shares of Brenford Water recovered slightly on Wednesday.

The two companies announced the deal in April 2024. The board's staff published a 300-page review on Sept. 30. Three town councils filed a joint objection on Oct. 14.

The Kestle Valley board approved the deal on March 28, 2024. The Water Services Board last blocked a merger in 2009.
"""


def test_the_timeline_keeps_the_storys_event_and_leaves_the_markets_moves_last():
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import build_people, timeline_candidates

    ex = extract(MERGER, date(2025, 11, 6))
    items = timeline_candidates(ex, Ids(), build_people(ex))[0].question["items"]
    assert any(i.startswith("Regional regulators put off a vote") for i in items)
    assert not any(i.startswith("Shares") for i in items)  # five events of the story's own are there
