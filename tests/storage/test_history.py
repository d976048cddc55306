"""The read queries through a real SQLite file: answers stored by the real store come back as events."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.insight import compute_insight
from studyapp.core.records import CardKey
from tests.helpers.reviews import answer_timed


def test_reviews_and_cards_come_back_with_topics(mini_installed, now):
    answer_timed(mini_installed, "q-quote", 3, now, duration_ms=2500)
    answer_timed(mini_installed, "q-date", 1, now + timedelta(minutes=1), duration_ms=None)
    answer_timed(mini_installed, "q-date", 3, now + timedelta(minutes=3))
    events = mini_installed.history.review_events()
    assert [(e.question_id, e.topic, e.rating, e.stage_before, e.duration_ms) for e in events] == [
        ("q-quote", "who-said-what", 3, 0, 2500), ("q-date", "dates", 1, 0, None), ("q-date", "dates", 3, 1, 4000)]
    assert events[0].reviewed_at == now and events[0].reviewed_at.tzinfo is not None
    assert mini_installed.history.review_events(since=now + timedelta(minutes=2))[0].rating == 3
    assert mini_installed.history.review_events(bank_ids=["other"]) == []

    cards = {c.question_id: c for c in mini_installed.history.card_infos()}
    assert len(cards) == 8 and cards["q-choice"].state.stage == 0 and cards["q-choice"].state.due is None
    stored = mini_installed.card_state(CardKey("mini", "q-quote"))
    assert cards["q-quote"].state == stored  # the one card model: the statistics read what the scheduler wrote
    assert mini_installed.history.bank_titles() == {"mini": mini_installed.banks()[0].title}
    assert mini_installed.history.lapses_by_question("mini")["q-quote"] == 0
    assert [len(v) for v in mini_installed.history.rating_histories().values()] == [1, 2]

    ins = compute_insight(events, list(cards.values()), now + timedelta(minutes=5))
    assert ins.states["new"] == 6 and ins.total_reviews == 3


def test_removed_bank_is_left_out(mini_installed, now):
    answer_timed(mini_installed, "q-quote", 3, now)
    mini_installed.remove_bank("mini")
    assert mini_installed.history.review_events() == [] and mini_installed.history.card_infos() == []
    assert len(mini_installed.history.review_events(include_retired=True)) == 1


def test_a_question_forgotten_eight_times_is_a_leech(mini_installed, now):
    from studyapp.core.insight import leech_advice

    t = now
    answer_timed(mini_installed, "q-tf", 4, t)  # Easy: straight to review
    for lapse in range(1, 9):
        t += timedelta(days=30)
        answer_timed(mini_installed, "q-tf", 1, t)  # forgotten: a lapse
        t += timedelta(minutes=10)
        answer_timed(mini_installed, "q-tf", 3, t)  # relearned
        if lapse == 7:
            assert mini_installed.history.leech_counts() == {} and mini_installed.history.leech_ids("mini") == []
    assert mini_installed.card_state(CardKey("mini", "q-tf")).lapses == 8
    assert mini_installed.history.leech_counts() == {"mini": 1} and mini_installed.history.leech_ids("mini") == ["q-tf"]
    assert mini_installed.history.lapses_by_question("mini")["q-tf"] == 8
    assert "re-read its paragraph" in leech_advice(8) and leech_advice(7) is None
