"""A thin adapter over `fsrs.Scheduler` (FSRS-6): settings in, plain card states in and out.

The rest of the app never touches fsrs types: a card's memory is a frozen `CardState` that the
storage layer saves column by column and the session passes around. UTC datetimes only.

    scheduler = Scheduler(settings, fuzz=True)        # fuzz off in tests: the intervals are exact
    new_state, log = scheduler.review(state, Rating.GOOD, now)
    nxt = scheduler.next_states(state, now)           # each rating's state, when the answer is shown
    nxt.intervals                                     # {Rating.AGAIN: 1 min, ..., Rating.EASY: 8 days}
    scheduler.rated(nxt, Rating.GOOD, later)          # the state that rating gives at `later`
    format_interval(timedelta(minutes=10))            # "10m"

Learning steps, decided deliberately (py-fsrs issue 63 is about the old py-fsrs moving new cards
to Review too quickly; py-fsrs 6 now implements steps the way Anki does, and we keep that):
- a NEW card starts at learning step 0. Again -> step 0 again (1m); Hard on the first step ->
  the midpoint of the first two steps (5.5m; 1.5 x the step when there is only one); Hard on a
  later step repeats that step; Good -> the next step, and Good on the last step graduates to a
  review in days chosen by FSRS; Easy graduates at once.
- a forgotten review (Again) goes to relearning steps the same way, then back to Review.
- where Anki and py-fsrs differ: Anki keeps the intervals of the answer buttons apart for cards
  in review (Hard < Good < Easy); py-fsrs computes each from its own stability and can round two
  to the same day. We add one rule on top, in `review`: an interval in days is never shorter
  than one day, and Easy's is at least one day longer than Good's would be, so Easy always means
  "later than Good". Everything else is py-fsrs as is; `tests/core/test_scheduling.py` pins the
  intervals for known rating sequences so a change in either shows up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

import fsrs

from studyapp.core.card import CardState, Rating, Stage, built_state, rating_of
from studyapp.settings import Settings


@dataclass(frozen=True)
class ReviewResult:
    """What one review did: the states before and after, when, and the interval given."""

    rating: Rating
    reviewed_at: datetime
    before: CardState
    after: CardState

    @property
    def interval(self) -> timedelta:
        assert self.after.due is not None
        return self.after.due - self.reviewed_at


@dataclass(frozen=True)
class NextStates:
    """The state each rating gives a card, worked out once when its answer is shown, as Anki's queued
    card carries its next states: the buttons' labels are the intervals the card really gets (fuzz
    included), and rating it only picks one and saves it."""

    before: CardState
    at: datetime
    after: Mapping[Rating, CardState]

    @property
    def intervals(self) -> dict[Rating, timedelta]:
        return {r: s.due - self.at for r, s in self.after.items() if s.due is not None}


class Scheduler:
    """FSRS with the user's settings. `fuzz` spreads review dates a little (on in the app, off in tests)."""

    def __init__(self, settings: Settings | None = None, *, fuzz: bool = True):
        self.settings = settings or Settings()
        self.fuzz = fuzz
        self._fsrs = self._make(fuzz)

    def _make(self, fuzz: bool) -> fsrs.Scheduler:
        s = self.settings
        return fsrs.Scheduler(
            parameters=tuple(s.fsrs_parameters) if s.fsrs_parameters else fsrs.scheduler.DEFAULT_PARAMETERS,
            desired_retention=s.desired_retention,
            learning_steps=s.learning_steps,
            relearning_steps=s.relearning_steps,
            maximum_interval=s.maximum_interval_days,
            enable_fuzzing=fuzz,
        )

    def review(self, state: CardState, rating: Rating | int, now: datetime) -> tuple[CardState, ReviewResult]:
        """Apply one rating at `now` (UTC); returns the new state and a record of the review."""
        return self._review(self._fsrs, state, Rating(rating), _utc(now))

    def next_states(self, state: CardState, now: datetime) -> NextStates:
        """Each rating's state at `now`, for the buttons' "1m / 6m / 10m / 8d" labels and for `rated`.

        The same states as `review` with each rating (`tests/core/test_scheduling_fast.py` compares
        them over many cards, ratings and times, fuzz on and off), with less work on the answer's
        path, where it runs once per answer: the fsrs card is built once (`review_card` copies the
        card it is given, so the four calls share it), and Easy's rule reuses Good's stability
        instead of a fifth `review_card` (see `_good_days`). Nothing is kept between calls."""
        now = _utc(now)
        engine = self._fsrs
        card = _to_fsrs(state, now)
        after: dict[Rating, CardState] = {}
        good = None
        for rating, fsrs_rating in _FSRS_RATINGS:
            new, _log = engine.review_card(card, fsrs_rating, review_datetime=now)
            if rating is Rating.GOOD:
                good = new
            after[rating] = self._after(engine, state, card, rating, now, new, good)
        return NextStates(state, now, after)

    def rated(self, nxt: NextStates, rating: Rating | int, now: datetime) -> CardState:
        """The state `rating` gives at `now`: the one worked out when the answer was shown, moved on to
        `now`, since FSRS reads the time only as whole days since the last review and as the start of
        the new interval; worked out again when that count of days differs (midnight of the card's
        day passed meanwhile) or the clock went back. Rating then costs no FSRS step."""
        now, rating = _utc(now), rating_of(rating)
        last = nxt.before.last_review
        if now >= nxt.at and (last is None or (now - last).days == (nxt.at - last).days):
            c = nxt.after[rating]  # built afresh: dataclasses.replace costs twice as much, on the answer's path
            return built_state(c.stage, c.step, c.stability, c.difficulty, c.due and c.due + (now - nxt.at), now,
                               c.reps, c.lapses)
        return self.review(nxt.before, rating, now)[0]

    def retrievability(self, state: CardState, now: datetime) -> float:
        """The chance of recalling the card now (0 for a new card)."""
        if state.is_new:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_to_fsrs(state, now), _utc(now)))

    def _review(self, engine: fsrs.Scheduler, state: CardState, rating: Rating, now: datetime) -> tuple[CardState, ReviewResult]:
        card = _to_fsrs(state, now)
        new, _log = engine.review_card(card, _FSRS_RATING[rating], review_datetime=now)
        after = self._after(engine, state, card, rating, now, new, None)
        return after, ReviewResult(rating=rating, reviewed_at=now, before=state, after=after)

    def _after(self, engine: fsrs.Scheduler, state: CardState, card: fsrs.Card, rating: Rating, now: datetime,
               new: fsrs.Card, good: fsrs.Card | None) -> CardState:
        """Our state after `rating`, from py-fsrs's card `new` (the result of reviewing `card`, which is
        `state` at `now`); `good`: py-fsrs's card after Good from the same `card`, if already worked out."""
        stage = _STAGES[new.state]
        due = new.due
        if stage is Stage.REVIEW:
            due = now + self._review_interval(engine, card, rating, now, due - now, good)
        lapses = state.lapses + 1 if rating is Rating.AGAIN and state.stage == Stage.REVIEW else state.lapses
        return built_state(stage, new.step, new.stability, new.difficulty, due, now, state.reps + 1, lapses)

    def _review_interval(self, engine: fsrs.Scheduler, card: fsrs.Card, rating: Rating, now: datetime,
                         interval: timedelta, good: fsrs.Card | None) -> timedelta:
        """Our one rule on top of py-fsrs: at least a day, and Easy at least a day past Good."""
        interval = max(interval, _DAY)
        if rating is Rating.EASY:
            good_days = _good_days(engine, card, now, good)
            if good_days is not None:
                interval = max(interval, max(_DAY, good_days) + _DAY)
        return min(interval, timedelta(days=self.settings.maximum_interval_days))


def _good_days(engine: fsrs.Scheduler, card: fsrs.Card, now: datetime, good: fsrs.Card | None) -> timedelta | None:
    """The interval Good would give `card` at `now` (None: Good does not make it a review card), for
    Easy's rule: what `engine.review_card(card, Good, review_datetime=now)` gives, the way it was
    always worked out, a fresh Good review after Easy's.

    With Good's card `good` of the same moment at hand, that review need not run again: its
    stability and state are the same numbers (no randomness in them), and the interval py-fsrs gives
    a review card is `_next_interval(stability)` days, fuzzed when fuzzing is on. The fuzz is drawn
    here, as the fresh review drew it, from the same `random()` at the same point, so even a fuzzed
    Easy and the random stream after it are unchanged (a fifth `review_card` was ~0.02 ms of CPU
    per answer). py-fsrs's two helpers are private: without them, the fresh review runs."""
    if good is None or not _FSRS_HELPERS:
        good, _log = engine.review_card(card, fsrs.Rating.Good, review_datetime=now)
        return good.due - now if good.state == fsrs.State.Review else None
    if good.state != fsrs.State.Review:
        return None
    if not engine.enable_fuzzing:
        return good.due - now
    return engine._get_fuzzed_interval(interval=timedelta(days=engine._next_interval(stability=good.stability)))


# Our ratings with py-fsrs's, in order (Again first: the order fuzz is drawn in); py-fsrs's states as our stages.
_FSRS_RATINGS = tuple((r, fsrs.Rating(int(r))) for r in Rating)
_FSRS_RATING = dict(_FSRS_RATINGS)
_STAGES = {s: Stage(int(s)) for s in fsrs.State}
_FSRS_STATES = {Stage(int(s)): s for s in fsrs.State}
_FSRS_HELPERS = hasattr(fsrs.Scheduler, "_get_fuzzed_interval") and hasattr(fsrs.Scheduler, "_next_interval")
_DAY = timedelta(days=1)


def _to_fsrs(state: CardState, now: datetime) -> fsrs.Card:
    # card_id given explicitly: fsrs.Card() otherwise reads the clock and sleeps 1 ms.
    if state.is_new:
        return fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=_utc(now))
    return fsrs.Card(
        card_id=1,
        state=_FSRS_STATES[state.stage],
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due or now),
        last_review=_utc(state.last_review) if state.last_review else None,
    )


def _utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware (UTC)")
    return dt.astimezone(timezone.utc)


# -- the study day ------------------------------------------------------------------------------

def day_start(now: datetime, hour: int, tz: tzinfo | None = None) -> datetime:
    """When the study day containing `now` began, in UTC. `tz` None = the computer's local zone.

    A day runs from `hour` local time to the same hour the next day (Anki's "next day starts at"),
    so studying past midnight still counts for the evening's day.
    """
    local = _utc(now).astimezone(tz) if tz is not None else _utc(now).astimezone()
    start = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if local < start:
        start = start - timedelta(days=1)
    return start.astimezone(timezone.utc)


def day_bounds(now: datetime, hour: int, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """(start, end) of the study day containing `now`, both UTC; end is the next day's start."""
    start = day_start(now, hour, tz)
    # The next start is computed from a moment safely inside tomorrow, so DST days of 23 or 25
    # hours still end at the local hour.
    end = day_start(start + timedelta(hours=36), hour, tz)
    if end <= start:  # pragma: no cover - only with pathological zones
        end = start + timedelta(days=1)
    return start, end


# -- labels -----------------------------------------------------------------------------------

def format_interval(delta: timedelta) -> str:
    """Anki-style short labels: "<1m", "6m", "10m", "3h", "1d", "12d", "1.5mo", "2.1y"."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = seconds / 60
    if minutes < 60:
        return f"{_round_half_up(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{_round_half_up(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{_round_half_up(days)}d"
    if days < 365:
        return f"{_one_decimal(days / 30.4375)}mo"
    return f"{_one_decimal(days / 365.25)}y"


def format_intervals(intervals: dict[Rating, timedelta]) -> dict[Rating, str]:
    return {r: format_interval(d) for r, d in intervals.items()}


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def _one_decimal(x: float) -> str:
    text = f"{math.floor(x * 10 + 0.5) / 10:.1f}"
    return text[:-2] if text.endswith(".0") else text


__all__ = [
    "CardState", "Rating", "ReviewResult", "Scheduler", "Stage",
    "day_bounds", "day_start", "format_interval", "format_intervals",
]
