"""Figures from a hand-built review history, checked against values worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from studyapp.core.card import CardState, Stage
from studyapp.core.insight import (
    CardInfo, InsightBuilder, ReviewEvent, compute_insight, counts_by_state, forecast, heatmap, is_leech, mastery, most_failed,
    retention_over_time, retrievability, study_day, today_figures, true_retention, weak_questions,
)

UTC = timezone.utc
NOW = datetime(2022, 1, 21, 12, 0, tzinfo=UTC)
HOUR = 4  # study days start at 04:00 (UTC here)


def ev(qid, when, rating, stage=2, topic="dates", bank="b", ms=1000):
    return ReviewEvent(bank, qid, topic, when, rating, stage, ms)


def card(bank, qid, topic, stage=Stage.NEW, **state):
    return CardInfo(bank, qid, topic, CardState(Stage(stage), **state))


def t(day, hour=12, minute=0):
    return datetime(2022, 1, day, hour, minute, tzinfo=UTC)


def test_leech_rule_is_ankis_eight_lapses():
    assert not is_leech(7)
    assert is_leech(8) and is_leech(12)
    assert is_leech(3, threshold=3)


def test_study_day_starts_at_the_chosen_hour():
    assert study_day(t(22, 3, 59), HOUR, UTC) == date(2022, 1, 21)  # after midnight: still the evening's day
    assert study_day(t(22, 4, 0), HOUR, UTC) == date(2022, 1, 22)


def test_retrievability_is_ninety_percent_after_one_stability():
    assert retrievability(10.0, 10.0) == pytest.approx(0.9)
    assert retrievability(10.0, 0.0) == pytest.approx(1.0)
    # FSRS-6 by hand: F = 0.9^(-1/0.1542) - 1; R(20 days, S=10) = (1 + F*2)^-0.1542
    f = 0.9 ** (-1 / 0.1542) - 1
    assert retrievability(10.0, 20.0) == pytest.approx((1 + 2 * f) ** -0.1542)
    assert retrievability(None, 5) == 0.0


def test_today_counts_answers_right_and_time():
    reviews = [ev("a", t(21, 5), 3, ms=2000), ev("b", t(21, 6), 1, ms=3000), ev("c", t(20, 23), 3, ms=500),
               ev("d", t(22, 3), 4, ms=None)]
    today = today_figures(reviews, t(21, 4), t(22, 4))
    assert (today.answered, today.right, today.time_ms) == (3, 2, 5000)
    assert today.right_share == pytest.approx(2 / 3)


def test_heatmap_counts_per_study_day_within_the_year():
    reviews = [ev("a", t(21, 5), 3), ev("b", t(22, 1), 3), ev("a", t(20, 12), 1),
               ev("z", datetime(2021, 1, 20, 12, tzinfo=UTC), 3),  # 366 days back: outside
               ev("y", datetime(2021, 1, 22, 12, tzinfo=UTC), 3)]  # 364 days back: inside
    assert heatmap(reviews, date(2022, 1, 21), HOUR, UTC) == {
        date(2021, 1, 22): 1, date(2022, 1, 20): 1, date(2022, 1, 21): 2}


def test_forecast_puts_overdue_into_today_and_skips_new():
    start = t(21, 4)
    cards = [card("b", "overdue", "dates", 2, due=t(19)),
             card("b", "today", "dates", 2, due=t(21, 23)),
             card("b", "learning", "dates", 1, due=t(21, 12, 10)),
             card("b", "edge", "dates", 2, due=t(22, 3, 59)),
             card("b", "tomorrow", "dates", 2, due=t(22, 4)),
             card("b", "in-a-week", "dates", 2, due=t(28, 5)),
             card("b", "later", "dates", 2, due=start + timedelta(days=30)),
             card("b", "new", "dates", 0)]
    out = forecast(cards, start)
    assert len(out) == 30
    assert out[0] == 4 and out[1] == 1 and out[7] == 1 and sum(out) == 6


def test_true_retention_counts_first_answer_of_the_day_of_learned_questions():
    reviews = [
        ev("a", t(20, 9), 3), ev("a", t(20, 10), 1),   # first of day passed; the later Again is ignored
        ev("b", t(20, 9), 1), ev("b", t(20, 9, 5), 3),  # first of day failed
        ev("c", t(20, 9), 3, stage=0),                  # a new question: not a test of memory
        ev("d", t(20, 9), 2, stage=1),                  # learning: not counted
        ev("a", t(21, 9), 4),                           # next day, counts again
    ]
    r = true_retention(reviews, HOUR, UTC)
    assert (r.reviewed, r.passed) == (3, 2) and r.rate == pytest.approx(2 / 3)
    assert true_retention([ev("c", t(20), 3, stage=0)], HOUR, UTC) is None


def test_retention_over_time_by_week():
    reviews = [ev("a", t(21), 3), ev("b", t(15), 1), ev("c", t(14), 3), ev("d", t(14), 3), ev("e", t(3), 1)]
    weeks = retention_over_time(reviews, HOUR, UTC, 7, date(2022, 1, 21), periods=3)
    # weeks end on the 21st: [15..21], [8..14], [1..7]
    assert [w.start for w in weeks] == [date(2022, 1, 1), date(2022, 1, 8), date(2022, 1, 15)]
    assert [(w.reviewed, w.passed) for w in weeks] == [(1, 0), (2, 2), (2, 1)]
    assert [w.rate for w in weeks] == [0.0, 1.0, 0.5]


def test_mastery_by_topic_and_bank():
    cards = [
        card("b", "q1", "dates", 2, due=t(30), stability=10.0, last_review=NOW - timedelta(days=10)),  # R = 0.9
        card("b", "q2", "dates", 0),                                                                   # R = 0
        card("b", "q3", "demands", 2, due=t(21) + timedelta(days=25), stability=30.0, last_review=t(21),
                 lapses=8),
        card("c", "q4", "demands", 3, due=t(21, 13), stability=1.0, last_review=t(21, 11)),
    ]
    reviews = [ev("q1", t(11), 3, topic="dates", ms=1500), ev("q3", t(21), 1, topic="demands", ms=500),
               ev("q3", t(19), 3, topic="demands", ms=700)]
    by_topic = {m.group: m for m in mastery(cards, reviews, NOW, "topic", HOUR, UTC)}
    dates, demands = by_topic["dates"], by_topic["demands"]
    assert (dates.questions, dates.new, dates.review, dates.seen, dates.mature) == (2, 1, 1, 1, 0)
    assert dates.recall == pytest.approx(0.45)
    assert (dates.retention, dates.reviews, dates.time_ms) == (1.0, 1, 1500)
    assert (demands.questions, demands.learning, demands.review, demands.mature, demands.leeches) == (2, 1, 1, 1, 1)
    assert demands.retention == 0.5
    r3 = 1.0  # reviewed at noon, now
    r4 = retrievability(1.0, 1 / 24)
    assert demands.recall == pytest.approx((r3 + r4) / 2)
    by_bank = {m.group: m for m in mastery(cards, reviews, NOW, "bank", HOUR, UTC)}
    assert (by_bank["b"].questions, by_bank["c"].questions) == (3, 1)
    with pytest.raises(ValueError):
        mastery(cards, reviews, NOW, "colour", HOUR, UTC)


def test_most_failed_and_weak_questions():
    cards = [card("b", "x", "dates", 2, due=t(22), stability=2.0, last_review=t(21, 9), lapses=8),
             card("b", "y", "dates", 2, due=t(25), stability=5.0, last_review=t(20), lapses=1),
             card("b", "z", "dates", 2, due=t(30), stability=50.0, last_review=t(21, 11)),
             card("b", "n", "dates", 0)]
    reviews = ([ev("x", t(d), 1) for d in range(1, 10)] + [ev("x", t(21, 9), 3)]
               + [ev("y", t(19), 1), ev("y", t(20), 1)]
               + [ev("z", t(21, 11), 3), ev("gone", t(20), 1)])
    worst = most_failed(cards, reviews, NOW)
    assert [(s.question_id, s.fails, s.answers, s.leech) for s in worst] == [("x", 9, 10, True), ("y", 2, 2, False)]
    weak = weak_questions(cards, reviews, NOW)
    # x is a leech, y was last answered Again; z is fresh and strong; n was never answered.
    assert {s.question_id for s in weak} == {"x", "y"}


def test_counts_by_state():
    cards = [card("b", "a", "t", 0), card("b", "b", "t", 1), card("b", "c", "t", 3),
             card("b", "d", "t", 2, due=t(21) + timedelta(days=30), last_review=t(21)),
             card("b", "e", "t", 2, due=t(23), last_review=t(21))]
    assert counts_by_state(cards) == {"new": 1, "learning": 1, "review": 2, "relearning": 1, "mature": 1}


def test_compute_insight_on_empty_and_small_histories():
    empty = compute_insight([], [], NOW, HOUR, UTC)
    d = empty.to_dict()
    assert d["today"]["answered"] == 0 and d["retention_30d"] is None and d["forecast"] == [0] * 30
    assert d["retention_weeks"] == [] and d["heatmap"] == {}

    cards = [card("b", "q1", "dates", 2, due=t(23), stability=3.0, last_review=t(20), lapses=9)]
    reviews = [ev("q1", t(20), 1), ev("q1", t(21, 5), 3), ev("q1", datetime(2021, 11, 1, tzinfo=UTC), 1)]
    ins = compute_insight(reviews, cards, NOW, HOUR, UTC)
    assert (ins.today.answered, ins.today.right) == (1, 1)
    assert ins.forecast[2] == 1
    assert (ins.retention.reviewed, ins.retention.passed) == (2, 1)  # the November review is older than 30 days
    assert len(ins.retention_weeks) == 26 and ins.retention_weeks[-1].reviewed == 2
    assert ins.leeches == [("b", "q1")] and ins.total_reviews == 3
    assert ins.to_dict()["by_bank"][0]["group"] == "b"


def _history(seed=3):
    """Three banks, two topics, 60 questions, 2,000 answers over 400 days (some today, some after midnight)."""
    import random

    rng = random.Random(seed)
    cards, reviews = [], []
    for i in range(60):
        bank, topic = f"b{i % 3}", ("dates", "who-said-what")[i % 2]
        stage = (Stage.NEW, Stage.LEARNING, Stage.REVIEW, Stage.RELEARNING)[i % 4]
        last = NOW - timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 900))
        cards.append(card(bank, f"q{i}", topic, stage, due=last + timedelta(days=rng.randint(-5, 40)),
                          stability=rng.uniform(0.5, 60), last_review=last, lapses=rng.randint(0, 10)))
    for _ in range(2000):
        i = rng.randrange(66)  # q60..q65: retired questions, answered but no longer cards
        reviews.append(ev(f"q{i}", NOW - timedelta(minutes=rng.randint(0, 400 * 24 * 60)), rng.choice((1, 1, 2, 3, 4)),
                          stage=rng.choice((0, 1, 2, 2, 2, 3)), topic=("dates", "who-said-what")[i % 2],
                          bank=f"b{i % 3}", ms=rng.randint(500, 9000)))
    for m in range(0, 480, 20):  # today's answers, and some after midnight that count for the day before
        reviews.append(ev(f"q{m % 66}", NOW - timedelta(minutes=m * 2), 1 + m % 4, stage=2, bank=f"b{m % 3}"))
    reviews.sort(key=lambda r: r.reviewed_at)
    return cards, reviews


def test_the_builder_fed_in_batches_gives_every_figure_the_separate_functions_give():
    cards, reviews = _history()
    builder = InsightBuilder(cards, NOW, HOUR, UTC)
    for i in range(0, len(reviews), 300):
        builder.add(reviews[i:i + 300])
    ins = builder.insight()
    today = study_day(NOW, HOUR, UTC)
    assert ins.total_reviews == 2024 and ins.total_time_ms == sum(r.duration_ms for r in reviews)
    assert ins.today == today_figures(reviews, datetime(2022, 1, 21, 4, tzinfo=UTC), datetime(2022, 1, 22, 4, tzinfo=UTC))
    assert ins.today.answered > 0
    assert ins.heatmap == heatmap(reviews, today, HOUR, UTC)
    assert ins.by_topic == mastery(cards, reviews, NOW, "topic", HOUR, UTC)
    assert ins.by_bank == mastery(cards, reviews, NOW, "bank", HOUR, UTC)
    assert ins.most_failed == most_failed(cards, reviews, NOW) and len(ins.most_failed) == 10
    assert ins.retention_weeks == retention_over_time(reviews, HOUR, UTC, 7, today, 26)
    last30 = [r for r in reviews if (today - study_day(r.reviewed_at, HOUR, UTC)).days < 30]
    assert ins.retention == true_retention(last30, HOUR, UTC) and ins.retention.reviewed > 0
    assert ins.forecast == forecast(cards, datetime(2022, 1, 21, 4, tzinfo=UTC))
    assert ins.states == counts_by_state(cards)


def test_a_partial_insight_is_the_insight_of_the_answers_folded_in_so_far():
    """The statistics page shows the figures after each batch: they must be true of that much history."""
    cards, reviews = _history(seed=5)
    builder = InsightBuilder(cards, NOW, HOUR, UTC)
    assert builder.insight().total_reviews == 0 and builder.insight().forecast == forecast(
        cards, datetime(2022, 1, 21, 4, tzinfo=UTC))  # what the cards say is there before any answer
    builder.add(reviews[:700])
    assert builder.insight() == compute_insight(reviews[:700], cards, NOW, HOUR, UTC)
    builder.add(reviews[700:])
    assert builder.insight() == compute_insight(reviews, cards, NOW, HOUR, UTC)


def test_day_shifts_follow_daylight_saving_to_the_minute():
    """SQL finds an answer's study day as (ms + shift) // one day; the shift changes with the UTC offset."""
    from zoneinfo import ZoneInfo

    from studyapp.core.insight import day_shifts

    london = ZoneInfo("Europe/London")
    shifts = day_shifts(datetime(2021, 1, 1, tzinfo=UTC), datetime(2021, 12, 31, tzinfo=UTC), 4, london)
    hour = 3_600_000
    assert [(since.isoformat(), shift) for since, shift in shifts] == [
        ("2021-01-01T00:00:00+00:00", -4 * hour),
        ("2021-03-28T01:00:00+00:00", -3 * hour),  # clocks go forward: study days start an hour earlier in UTC
        ("2021-10-31T01:00:00+00:00", -4 * hour),
    ]
    for moment in (datetime(2021, 3, 28, 2, 59, tzinfo=UTC), datetime(2021, 7, 1, 3, 0, tzinfo=UTC),
                   datetime(2021, 10, 31, 0, 59, tzinfo=UTC), datetime(2021, 10, 31, 3, 30, tzinfo=UTC)):
        shift = [s for since, s in shifts if since <= moment][-1]
        ms = int(moment.timestamp() * 1000)
        assert date(1970, 1, 1) + timedelta(days=(ms + shift) // 86_400_000) == study_day(moment, 4, london)
    assert day_shifts(NOW, NOW + timedelta(days=400), HOUR, UTC) == [(NOW, -HOUR * hour)]
