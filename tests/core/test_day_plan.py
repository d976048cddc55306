"""The day plan's pieces that need no database: the round robin of new questions and the counts' text."""

from __future__ import annotations

from studyapp.core.day_plan import DayCounts, mixed
from studyapp.core.records import CardKey, DueCard
from studyapp.core.scheduling import CardState


def card(bank: str, qid: str) -> DueCard:
    return DueCard(CardKey(bank, qid), CardState())


def test_mixed_takes_turns_over_topics_and_banks():
    cards = [(card("a", "a-who-1"), "who"), (card("a", "a-who-2"), "who"), (card("a", "a-dates-1"), "dates"),
             (card("b", "b-who-1"), "who"), (card("b", "b-ctx-1"), "context"), (card("b", "b-ctx-2"), "context")]
    assert [c.key.question_id for c in mixed(cards)] == \
        ["a-who-1", "b-who-1", "a-dates-1", "b-ctx-1", "a-who-2", "b-ctx-2"]
    assert mixed([]) == []


def test_counts_read_the_same_everywhere():
    counts = DayCounts(new=3, learning=1, review=0)
    assert counts.text == "3 new · 1 learning · 0 to review"
    assert counts.spoken == "3 new, 1 learning, 0 to review"
    assert counts.total == 4
