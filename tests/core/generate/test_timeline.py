"""Timeline items are one whole event each, dated by its own date: the kinds a reader found unfit (two events
under one date, an item cut inside a noun phrase, dateline debris, grammar lost in the cut, a refusal to comment
as an event), on short articles written for these tests."""

from datetime import date

import pytest

from studyapp.core.generate.facts import extract
from studyapp.core.generate.questions import Ids, build_people, timeline_candidates
from studyapp.core.generate.timeline import one_dated_clause, unfit_item

from tests.core.generate.conftest import article

BORDER = article("""
Negotiators for the government of Tarvia sat down with Osmond's envoys on Monday, 5 October.

A 2014 border accord between the neighbours fell apart within weeks, and talks hosted by Lindale broke down in 2022.

The old treaty lapsed on 31 August, and Tarvia's parliament voted by a wide margin for new talks on 19 September.

A joint inquiry carried out in April 2023 found that both armies had crossed the line.

A spokesman for Osmond's foreign ministry declined to comment on the talks on 29 September.

The two delegations will meet again on 12 October.
""", "Tarvia and Osmond return to the table")

TRACKER = article(
    "Brenmark's data regulator fined Corvix, the Oslar-based maker of one of the continent's most popular fitness "
    "tracking watches for runners and cyclists, in November 2023.\n\n"
    "Corvix appealed against the penalty in March 2024. Judges at the appeal court threw out the appeal on "
    "9 May 2025.\n\nCorvix opened a second factory outside Oslar in January 2026.",
    "Tracker maker loses appeal over data fine")


def _timeline(text: str, published: date) -> dict[str, str]:
    """Each item of the timeline question mapped to the date its explanation gives it."""
    ex = extract(text, published)
    found = timeline_candidates(ex, Ids(), build_people(ex))
    assert found, "no timeline question"
    q = found[0].question
    dated = dict(part.split(": ", 1)[::-1] for part in q["explanation"].split("; "))
    assert list(dated) == q["items"]
    return dated


def test_two_coordinated_events_are_not_one_item_under_either_date():
    items = _timeline(BORDER, date(2026, 10, 6))
    assert not any(" and " in i and "voted" in i for i in items)  # lapsed 31 August, voted 19 September
    assert items.get("The old treaty lapsed") == "31 August 2026"
    assert not any("fell apart" in i for i in items)  # the 2014 accord is not dated 2022


def test_a_reduced_relatives_subject_and_a_refusal_to_comment_are_no_items():
    items = _timeline(BORDER, date(2026, 10, 6))
    assert not any(i.endswith("carried out") for i in items)  # "A joint inquiry carried out … found …"
    assert not any("declined" in i for i in items)
    assert "The two delegations will meet again" in items


def test_an_item_does_not_stop_inside_its_noun_phrase():
    items = _timeline(TRACKER, date(2026, 2, 1))
    assert not any(i.endswith("fitness") for i in items)
    assert len(items) >= 3 and "Corvix appealed against the penalty" in items


@pytest.mark.parametrize("item, as_written, evidence, why", [
    (") — Negotiators for the government of Tarvia sat down", "on Monday",
     "VARNA (Coastwire) — Negotiators for the government of Tarvia sat down on Monday.", "debris"),
    ("VARNA CITY, Oct 3 (Coastwire) - Negotiators sat down", "Oct 3",
     "VARNA CITY, Oct 3 (Coastwire) - Negotiators sat down.", "debris"),
    ("A fire damaged the hall has been too badly", "2019",
     "A fire damaged the hall in 2019, and it has been too badly harmed to reopen.", "grammar"),
    ("The chair declined to comment on the negotiations", "on Tuesday",
     "The chair declined to comment on the negotiations on Tuesday.", "no event"),
    ("The guild's chair, Oren Vask, said the ballot would go ahead", "on Friday",
     "The guild's chair, Oren Vask, said on Friday the ballot would go ahead.", "report"),
    ("The review board referred it there", "in 2025",
     "The review board referred it there in 2025.", "whose"),
    ("The fire started in a shed next to his forge", "in 2016",
     "The fire started in a shed next to his forge in 2016.", "whose"),
    ("Every empty seat now is a seat lost in August too", "August",
     "Every empty seat now is a seat lost in August too, because walkers book early,” she said.", "quoted"),
    ("The ferry had its busiest day", "on Friday",
     "She said: “The ferry had its busiest day on Friday.”", "quoted"),
    ("The mill is the largest employer in the valley", "in 2024",
     "The mill is the largest employer in the valley in 2024.", "state"),
    ("Four candidates fought that last full election", "May 2022",
     "Four candidates fought that last full election in May 2022.", "whose"),
    ("Ardley come trips to Pellingham", "on the 15th",
     "After Ardley come trips to Pellingham on the 15th.", "no event"),
    ("The board sets its budget, a meeting", "on 14 October",
     "Nobody will speak for it when the board sets its budget on 14 October, a meeting that falls before the vote.",
     "cut"),
    ("The new member will be sworn in at the next meeting, due", "on 9 March",
     "The new member will be sworn in at the next meeting, due on 9 March.", "cut"),
    ("Match tickets sold out, for the first time", "on 2 July",
     "Match tickets sold out on 2 July, for the first time since the ground reopened.", "cut"),
    ("Mira Tolland appealed on his behalf", "in 2023", "Mira Tolland appealed on his behalf in 2023.", "whose"),
    ("Apple and Pear, 90g, batch codes AB12 to AB19, best", "14 May",
     "Apple and Pear, 90g, batch codes AB12 to AB19, best before 14 May.", "no event"),
])
def test_unfit_items_are_named_for_their_fault(item, as_written, evidence, why):
    assert unfit_item(item, as_written, evidence) == why


@pytest.mark.parametrize("item, as_written, evidence", [
    ("The hall opened", "1931", "The hall opened in 1931."),
    ("The merger of the two chains became final", "on Monday",
     "The merger of the two chains, which became final on Monday, is to form a bigger group."),
    ("The firm bid $9 per share for Calder", "March", "In March the firm bid $9 per share for Calder."),
    ("Consultation closes at noon", "27 March", "27 March: Consultation closes at noon."),
    ("Nell Prady resigned her seat", "in May", "Nell Prady resigned her seat in May."),
    ("The depot is being sold", "in May", "The depot is being sold in May, the council said."),
    ("The plant has been shut", "since 2019", "The plant has been shut since 2019."),
    ("Talks on pay and rosters broke down", "Sunday", "Talks on pay and rosters broke down on Sunday."),
    ("The developer bought the depot for £1.2m", "2024", "The developer bought the depot for £1.2m in 2024."),
])
def test_whole_events_stay(item, as_written, evidence):
    assert unfit_item(item, as_written, evidence) is None
    assert one_dated_clause(item, as_written, evidence) == item
