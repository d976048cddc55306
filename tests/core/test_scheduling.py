"""The FSRS adapter with a fixed clock and no fuzz: exact intervals for known rating sequences."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from studyapp.core.scheduling import (
    CardState, Rating, Scheduler, Stage, day_bounds, day_start, format_interval,
)
from studyapp.settings import Settings

M = timedelta(minutes=1)
D = timedelta(days=1)


@pytest.fixture
def sched() -> Scheduler:
    return Scheduler(Settings(), fuzz=False)


def run(sched: Scheduler, ratings, now: datetime, state: CardState | None = None):
    """Review at each due time; returns the states and the intervals given."""
    state = state or CardState()
    intervals = []
    for r in ratings:
        state, result = sched.review(state, r, now)
        intervals.append(result.interval)
        now = state.due
    return state, intervals


def test_new_card_previews_follow_the_learning_steps(sched, now):
    p = sched.next_states(CardState(), now).intervals
    assert p[Rating.AGAIN] == 1 * M
    assert p[Rating.HARD] == 5.5 * M  # midpoint of the first two steps, as in Anki
    assert p[Rating.GOOD] == 10 * M
    assert p[Rating.EASY] == 8 * D  # graduates at once with FSRS's initial Easy stability
    assert [format_interval(p[r]) for r in Rating] == ["1m", "6m", "10m", "8d"]


def test_good_good_graduates_after_the_last_step(sched, now):
    state, intervals = run(sched, [Rating.GOOD, Rating.GOOD], now)
    assert intervals == [10 * M, 2 * D]
    assert state.stage == Stage.REVIEW and state.step is None and state.reps == 2


def test_again_restarts_and_hard_repeats_a_later_step(sched, now):
    state, intervals = run(sched, [Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.HARD, Rating.GOOD], now)
    # Good -> step 1 (10m); Again -> step 0 (1m); Good -> step 1; Hard on step 1 repeats it; Good graduates.
    assert intervals[:4] == [10 * M, 1 * M, 10 * M, 10 * M]
    assert intervals[4] >= D and state.stage == Stage.REVIEW


def test_hard_on_the_first_step_with_one_step_is_one_and_a_half_steps(now):
    sched = Scheduler(Settings(learning_steps_minutes=[10]), fuzz=False)
    assert sched.next_states(CardState(), now).intervals[Rating.HARD] == 15 * M
    assert sched.next_states(CardState(), now).intervals[Rating.GOOD] >= D  # the only step: Good graduates


def test_a_lapse_goes_through_relearning_and_counts(sched, now):
    state, _ = run(sched, [Rating.GOOD, Rating.GOOD], now)
    lapse, result = sched.review(state, Rating.AGAIN, state.due)
    assert lapse.stage == Stage.RELEARNING and result.interval == 10 * M and lapse.lapses == 1
    back, result = sched.review(lapse, Rating.GOOD, lapse.due)
    assert back.stage == Stage.REVIEW and result.interval >= D


def test_known_review_sequence_intervals(sched, now):
    # Good, Good (graduate), then Good at each due date: intervals grow; pinned so a change in
    # fsrs or in our adapter shows up here.
    _, intervals = run(sched, [Rating.GOOD] * 5, now)
    days = [round(i / D, 4) for i in intervals]
    assert days[0] == round(10 / 1440, 4)
    assert days[1:] == [2, 11, 46, 163]


def test_easy_is_always_at_least_a_day_past_good(sched, now):
    state, _ = run(sched, [Rating.GOOD, Rating.GOOD], now)
    for t in (state.due, state.due + 3 * D, state.due - D):
        p = sched.next_states(state, t).intervals
        assert p[Rating.HARD] >= D
        assert p[Rating.EASY] >= p[Rating.GOOD] + D


def test_maximum_interval_caps_reviews(now):
    sched = Scheduler(Settings(maximum_interval_days=5), fuzz=False)
    _, intervals = run(sched, [Rating.EASY, Rating.EASY, Rating.EASY], now)
    assert max(intervals) == 5 * D


def test_fuzz_spreads_long_intervals_and_the_labels_show_the_one_given(now):
    """A button's label is the interval the card then gets, fuzz included (as Anki's next states)."""
    plain = Scheduler(Settings(), fuzz=False)
    fuzzy = Scheduler(Settings(), fuzz=True)
    state, _ = run(plain, [Rating.GOOD] * 4, now)
    seen = {fuzzy.review(state, Rating.GOOD, state.due)[1].interval for _ in range(40)}
    assert len(seen) > 1
    for _ in range(20):
        nxt = fuzzy.next_states(state, state.due)
        later = state.due + timedelta(seconds=9)
        for rating in Rating:
            after = fuzzy.rated(nxt, rating, later)
            assert after.due - later == nxt.intervals[rating]
            assert after.last_review == later


@pytest.mark.parametrize("history", [[], [Rating.GOOD], [Rating.GOOD, Rating.GOOD, Rating.GOOD],
                                     [Rating.GOOD, Rating.GOOD, Rating.AGAIN], [Rating.EASY, Rating.HARD]])
@pytest.mark.parametrize("wait", [timedelta(seconds=3), timedelta(minutes=50), timedelta(hours=23)])
def test_rating_later_gives_what_a_review_then_gives(now, history, wait):
    """What `rated` keeps from the moment the answer was shown equals a review made at the rating."""
    sched = Scheduler(Settings(), fuzz=False)
    state, _ = run(sched, history, now)
    shown = (state.due or now) + timedelta(hours=5)
    nxt = sched.next_states(state, shown)
    for rating in Rating:
        assert sched.rated(nxt, rating, shown + wait) == sched.review(state, rating, shown + wait)[0]


def test_rating_after_the_cards_day_turns_or_the_clock_goes_back_works_it_out_again(now):
    """A review card's count of whole days since its last review changes the FSRS step; a rating made
    after it changed (or before the answer was shown, by a clock set back) is not the shown one moved on."""
    sched = Scheduler(Settings(), fuzz=False)
    state, _ = run(sched, [Rating.GOOD] * 4, now)
    shown = state.last_review + timedelta(days=40, hours=23, minutes=59)
    nxt = sched.next_states(state, shown)
    for when in (shown + timedelta(minutes=2), shown - timedelta(hours=30)):
        fresh = sched.review(state, Rating.GOOD, when)[0]
        moved = replace(nxt.after[Rating.GOOD], due=nxt.after[Rating.GOOD].due + (when - shown), last_review=when)
        assert fresh != moved  # the day count matters here, so the test shows something
        assert sched.rated(nxt, Rating.GOOD, when) == fresh


def test_state_round_trips_through_json(sched, now):
    state, _ = run(sched, [Rating.GOOD, Rating.GOOD, Rating.AGAIN], now)
    assert CardState.from_json(state.to_json()) == state
    assert CardState.from_json(CardState().to_json()) == CardState()


def test_naive_datetimes_are_refused(sched):
    with pytest.raises(ValueError):
        sched.review(CardState(), Rating.GOOD, datetime(2022, 1, 21, 12))


def test_retrievability_falls_with_time(sched, now):
    state, _ = run(sched, [Rating.GOOD, Rating.GOOD], now)
    assert sched.retrievability(CardState(), now) == 0
    assert sched.retrievability(state, state.due + 10 * D) < sched.retrievability(state, state.due)


@pytest.mark.parametrize("delta, label", [
    (timedelta(seconds=30), "<1m"), (M, "1m"), (5.5 * M, "6m"), (10 * M, "10m"), (timedelta(hours=3), "3h"),
    (D, "1d"), (12 * D, "12d"), (45 * D, "1.5mo"), (365 * D, "1y"), (800 * D, "2.2y"),
])
def test_format_interval(delta, label):
    assert format_interval(delta) == label


def test_day_starts_at_the_configured_local_hour():
    utc = timezone.utc
    assert day_start(datetime(2022, 1, 21, 3, 59, tzinfo=utc), 4, utc) == datetime(2022, 1, 20, 4, tzinfo=utc)
    assert day_start(datetime(2022, 1, 21, 4, 0, tzinfo=utc), 4, utc) == datetime(2022, 1, 21, 4, tzinfo=utc)
    paris = ZoneInfo("Europe/Paris")  # 04:00 in Paris is 03:00 UTC in winter
    assert day_start(datetime(2022, 1, 21, 3, 30, tzinfo=utc), 4, paris) == datetime(2022, 1, 21, 3, tzinfo=utc)
    # The DST night (27 March 2022) has 23 hours, and the day still ends at 04:00 local.
    start, end = day_bounds(datetime(2022, 3, 26, 12, tzinfo=utc), 4, paris)
    assert (start, end) == (datetime(2022, 3, 26, 3, tzinfo=utc), datetime(2022, 3, 27, 2, tzinfo=utc))


def test_personal_parameters_change_the_schedule(now):
    """Weights from Tools → Optimise schedule reach FSRS: a faster-forgetting student gets shorter intervals."""
    import fsrs.scheduler

    from studyapp.core.scheduling import CardState, Rating, Scheduler
    from studyapp.settings import Settings

    slow = list(fsrs.scheduler.DEFAULT_PARAMETERS)
    slow[2] = slow[2] / 4  # initial stability after Good
    default = Scheduler(Settings(learning_steps_minutes=[1.0]), fuzz=False)
    personal = Scheduler(Settings(learning_steps_minutes=[1.0], fsrs_parameters=slow), fuzz=False)
    new = CardState()
    first_default, _ = default.review(new, Rating.GOOD, now)
    first_personal, _ = personal.review(new, Rating.GOOD, now)
    later = now + (first_default.due - now)
    d2, _ = default.review(first_default, Rating.GOOD, later)
    p2, _ = personal.review(first_personal, Rating.GOOD, later)
    assert p2.due < d2.due


def test_parameters_of_the_wrong_length_are_refused():
    import pytest

    from studyapp.settings import Settings

    with pytest.raises(Exception, match="21 parameters"):
        Settings(fsrs_parameters=[1.0, 2.0])
