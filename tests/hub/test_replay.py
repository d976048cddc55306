"""A card's state from a merged review log (no server needed)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from studyapp.core.scheduling import CardState, Rating, Scheduler
from studyapp.hub.replay import LoggedReview, replay
from studyapp.settings import Settings

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)


def _log(scheduler, ratings, start, uid_prefix, state=None):
    state = state or CardState()
    out = []
    for i, rating in enumerate(ratings):
        at = start + timedelta(minutes=10 * i)
        after, _ = scheduler.review(state, rating, at)
        out.append(LoggedReview(at, f"{uid_prefix}{i}", int(rating), state.to_json(), after.to_json()))
        state = after
    return out, state


def test_one_devices_log_is_taken_as_recorded_fuzz_and_all():
    fuzzed = Scheduler(Settings(), fuzz=True)
    log, final = _log(fuzzed, [Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.EASY], T0, "a")
    assert replay(reversed(log), Scheduler(Settings(), fuzz=False)) == final


def test_interleaved_logs_give_the_same_state_whatever_order_they_arrive_in():
    scheduler = Scheduler(Settings(), fuzz=False)
    laptop, _ = _log(scheduler, [Rating.GOOD, Rating.AGAIN, Rating.GOOD], T0, "l")
    desktop, _ = _log(scheduler, [Rating.EASY, Rating.GOOD], T0 + timedelta(minutes=5), "d")
    merged = replay(laptop + desktop, scheduler)
    assert merged == replay(desktop + laptop, scheduler)
    # What one device alone would have reached by answering every review in time order.
    expected = CardState()
    for r in sorted(laptop + desktop, key=lambda r: r.reviewed_at):
        expected, _ = scheduler.review(expected, Rating(r.rating), r.reviewed_at)
    assert merged == expected
    assert merged.reps == 5
