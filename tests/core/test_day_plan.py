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


def test_mixed_stops_at_its_limit_and_takes_any_item_with_its_bank():
    cards = [(card("a", f"a-{t}-{i}"), t) for i in range(3) for t in ("who", "dates")] + [(card("b", "b-1"), "who")]
    whole = mixed(cards)
    assert mixed(cards, 4) == whole[:4] and mixed(cards, 0) == [] and mixed(cards, 99) == whole
    ids = [(c.key.question_id, t) for c, t in cards if c.key.bank_id == "a"]
    assert mixed(ids, 3, bank_of=lambda q: "a") == [q for q in (c.key.question_id for c in whole) if q[0] == "a"][:3]


def test_count_day_says_when_the_new_questions_read_ahead_are_too_few():
    from studyapp.core.day_plan import BankDay, count_day
    from studyapp.settings import Settings

    keys = [CardKey("a", f"q{i}") for i in range(6)]
    family = {k: frozenset({"s1"}) for k in keys[:4]}  # four siblings, then two questions of their own

    def marks_of(k):
        return family.get(k, frozenset())

    settings = Settings(new_per_day=3)
    assert count_day(BankDay(new=keys, new_complete=True), marks_of, settings) == DayCounts(3, 0, 0)
    assert count_day(BankDay(new=keys[:4], new_complete=False), marks_of, settings) is None  # 1 of 3: read more
    assert count_day(BankDay(new=keys[:4], new_complete=True), marks_of, settings) == DayCounts(1, 0, 0)
    # An answer today to one of the family buries the rest; the day's new limit counts it.
    today = BankDay(reviewed={keys[0]}, new=keys[1:], new_done=1)
    assert count_day(today, marks_of, settings) == DayCounts(2, 0, 0)
    assert count_day(today, marks_of, Settings(new_per_day=3, bury_siblings=False)) == DayCounts(2, 0, 0)
    assert count_day(BankDay(new=keys[1:]), marks_of, Settings(new_per_day=5, bury_siblings=False)) == \
        DayCounts(5, 0, 0)
    # Set aside questions are not counted; reviews stop at what is left of the day's limit.
    due = [CardKey("a", f"r{i}") for i in range(5)]
    day = BankDay(due=due, reviews_done=1, new=keys[4:])
    assert count_day(day, marks_of, Settings(reviews_per_day=3), lambda k: k != due[0]) == DayCounts(2, 0, 2)


def test_mixed_topics_is_mixed_for_one_bank():
    import random

    from studyapp.core.day_plan import mixed_topics

    rng = random.Random(5)
    for _ in range(200):
        items = [(f"q{i}", rng.choice(("who", "dates", "context", "demands"))) for i in range(rng.randrange(0, 30))]
        for limit in (0, 1, 3, len(items), len(items) + 5):
            assert mixed_topics(items, limit) == (mixed(items, limit, bank_of=lambda q: "one"), len(items))


def test_a_bank_with_no_marks_is_counted_in_any_order():
    """Issue 18: `count_day(..., None)` (no question of the bank shares a mark) counts what
    `one_per_group` keeps with no marks: the first usable new questions up to the limit, in whatever
    order they come, and the learning and review parts as with marks that meet nothing."""
    from studyapp.core.day_plan import BankDay, count_day
    from studyapp.settings import Settings

    new = [f"n{i}" for i in range(30)]
    day = BankDay(reviewed=["r1"], learning=["l1", "l2"], due=["d1", "d2", "d3"], new=new, new_done=3)
    none = lambda q: frozenset()  # noqa: E731
    for settings in (Settings(), Settings(new_per_day=40, reviews_per_day=2), Settings(bury_siblings=False)):
        for usable in (lambda q: True, lambda q: q not in ("n2", "d1")):
            expected = count_day(day, none, settings, usable)
            assert count_day(day, None, settings, usable) == expected
            assert count_day(BankDay(day.reviewed, day.learning, day.due, new[::-1], new_done=3), None, settings,
                             usable) == expected
    assert count_day(day, None, Settings(new_per_day=40)).new == 30
    assert count_day(day, None, Settings(new_per_day=10)).new == 7
