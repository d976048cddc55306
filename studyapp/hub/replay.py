"""A card's state from its review log, computed the same way on every device (no Qt, no SQL).

Two devices of one student each log reviews; after a sync both hold the same set of reviews, and
each card's state must then be the same on both. Reviews are taken in (time, review uid) order.
Where a review was made on exactly the state the log has reached, its recorded outcome is taken
as is, so a card studied on one device keeps the fuzzed interval that device gave it and the
other device arrives at the same numbers. Where the log diverged (both devices studied the card
while apart), FSRS is run again on the rating from the state reached, without fuzz: a pure
function of the merged log, so the devices converge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from studyapp.core.scheduling import CardState, Rating, Scheduler


@dataclass(frozen=True)
class LoggedReview:
    reviewed_at: datetime
    uid: str
    rating: int
    state_before: str  # CardState JSON, as recorded by the device that made the review
    state_after: str


def replay(reviews: Iterable[LoggedReview], scheduler: Scheduler) -> CardState:
    """The state after every review; `scheduler` must be built with fuzz off to stay deterministic."""
    state = CardState()
    for r in sorted(reviews, key=lambda r: (r.reviewed_at, r.uid)):
        if CardState.from_json(r.state_before) == state:
            state = CardState.from_json(r.state_after)
        else:
            state, _ = scheduler.review(state, Rating(r.rating), r.reviewed_at)
    return state
