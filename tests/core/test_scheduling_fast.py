"""`Scheduler.next_states` against the straightforward py-fsrs calls it replaces.

`next_states` builds the fsrs card once and works Easy's rule out from Good's result instead of a
fifth `review_card` (scheduling.py, `_good_days`). This pins that nothing changed: for many cards
(every stage, steps past the settings' last step, tiny to huge stabilities, minutes to years since
the last review, early and overdue) under several settings, fuzz off and on, each rating's state,
interval and label are those of the reference below, the adapter's code before that change, which
calls `fsrs.Scheduler.review_card` afresh for each rating and again with Good for Easy's rule. With
fuzz on, the global `random` is seeded the same for both, and the next number it gives afterwards
must be the same too: both drew the fuzz the same number of times, in the same order.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import fsrs
import pytest

from studyapp.core.scheduling import CardState, Rating, Scheduler, Stage, format_intervals
from studyapp.settings import Settings

NOW = datetime(2026, 12, 7, 12, 34, 56, 789000, tzinfo=timezone.utc)


def _ref_card(state: CardState, now: datetime) -> fsrs.Card:
    if state.stage == Stage.NEW:
        return fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(card_id=1, state=fsrs.State(int(state.stage)), step=state.step, stability=state.stability,
                     difficulty=state.difficulty, due=state.due or now, last_review=state.last_review)


def _ref_review(sched: Scheduler, state: CardState, rating: Rating, now: datetime) -> CardState:
    """The adapter's `_review` as it was: one fresh `review_card` per rating, and one more for Easy."""
    engine = sched._fsrs
    card, _ = engine.review_card(_ref_card(state, now), fsrs.Rating(int(rating)), review_datetime=now)
    stage = Stage(int(card.state))
    due = card.due
    if stage == Stage.REVIEW:
        interval = max(due - now, timedelta(days=1))
        if rating == Rating.EASY:
            good, _ = engine.review_card(_ref_card(state, now), fsrs.Rating.Good, review_datetime=now)
            if good.state == fsrs.State.Review:
                interval = max(interval, max(timedelta(days=1), good.due - now) + timedelta(days=1))
        due = now + min(interval, timedelta(days=sched.settings.maximum_interval_days))
    lapses = state.lapses + (1 if state.stage == Stage.REVIEW and rating == Rating.AGAIN else 0)
    return CardState(stage=stage, step=card.step, stability=card.stability, difficulty=card.difficulty, due=due,
                     last_review=now, reps=state.reps + 1, lapses=lapses)


def _ref_next_states(sched: Scheduler, state: CardState, now: datetime) -> dict[Rating, CardState]:
    return {r: _ref_review(sched, state, r, now) for r in Rating}


SETTINGS = [
    Settings(),
    Settings(learning_steps_minutes=[1], relearning_steps_minutes=[10], maximum_interval_days=30),
    Settings(learning_steps_minutes=[1, 10, 60, 600], relearning_steps_minutes=[5, 20], desired_retention=0.97,
             maximum_interval_days=3650),
    Settings(desired_retention=0.7, maximum_interval_days=5),
    Settings(relearning_steps_minutes=[], maximum_interval_days=1),
]


def _cards(rng: random.Random, n: int):
    """(state, now) pairs over every stage, with times from seconds to years since the last review."""
    spans = [timedelta(seconds=30), timedelta(minutes=10), timedelta(hours=5), timedelta(hours=23, minutes=59),
             timedelta(days=1), timedelta(days=3), timedelta(days=40), timedelta(days=400), timedelta(days=4000)]
    for i in range(n):
        stage = Stage(i % 4)
        if stage == Stage.NEW:
            yield CardState(reps=rng.randrange(3)), NEW_NOWS[i % len(NEW_NOWS)]
            continue
        elapsed = rng.choice(spans) * rng.uniform(0.5, 1.5)
        last = NOW - elapsed
        stability = 10 ** rng.uniform(-2, 3.6)
        difficulty = rng.uniform(1, 10)
        step = None if stage == Stage.REVIEW else rng.randrange(5)
        due = last + (timedelta(days=stability) if stage == Stage.REVIEW else timedelta(minutes=rng.choice([1, 10])))
        due = due if rng.random() < 0.8 else None  # a stored state may lack its due (read as `now`)
        state = CardState(stage, step, stability, difficulty, due, last, rng.randrange(50), rng.randrange(10))
        yield state, NOW + timedelta(microseconds=rng.randrange(10**6))


NEW_NOWS = [NOW, NOW + timedelta(hours=13), NOW + timedelta(seconds=1)]


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("fuzz", [False, True])
def test_next_states_are_the_plain_py_fsrs_results(settings, fuzz):
    sched = Scheduler(settings, fuzz=fuzz)
    rng = random.Random(f"{settings.learning_steps_minutes}{settings.maximum_interval_days}{fuzz}")
    compared = easy_review = 0
    for k, (state, now) in enumerate(_cards(rng, 1200)):
        random.seed(k)
        ref = _ref_next_states(sched, state, now)
        ref_next = random.random()
        random.seed(k)
        nxt = sched.next_states(state, now)
        assert random.random() == ref_next, (state, now)  # the fuzz drawn as often, in the same order
        assert nxt.before == state and nxt.at == now
        assert dict(nxt.after) == ref, (state, now)
        for r in Rating:  # every field, its type too (a float stays a float, a stage a Stage)
            assert [type(v) for v in vars(nxt.after[r]).values()] == [type(v) for v in vars(ref[r]).values()]
        intervals = {r: s.due - now for r, s in ref.items()}
        assert nxt.intervals == intervals
        assert format_intervals(nxt.intervals) == format_intervals(intervals)
        compared += 1
        easy_review += ref[Rating.EASY].stage == Stage.REVIEW  # Easy's rule ran
    assert compared == 1200 and easy_review > 100


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("fuzz", [False, True])
def test_review_and_rated_are_the_plain_py_fsrs_results(settings, fuzz):
    """`review` (one rating, its own fresh Good for Easy) and `rated` (the shown state, or a fresh
    review on another day) still equal the reference, fuzz drawn alike."""
    sched = Scheduler(settings, fuzz=fuzz)
    rng = random.Random(7)
    for k, (state, now) in enumerate(_cards(rng, 400)):
        r = Rating(k % 4 + 1)
        random.seed(k)
        ref = _ref_review(sched, state, r, now)
        ref_next = random.random()
        random.seed(k)
        got, result = sched.review(state, r, now)
        assert random.random() == ref_next
        assert got == ref and result.after == ref and result.before == state and result.rating == r
        if not fuzz:  # rated on a later day works it out afresh; the same day moves the shown state
            later = now + timedelta(days=2)
            assert sched.rated(sched.next_states(state, now), r, later) == _ref_review(sched, state, r, later)
