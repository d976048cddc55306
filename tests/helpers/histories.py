"""A synthetic answer history drawn from known FSRS parameters, for the optimiser's tests."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import fsrs

# A student who forgets faster than FSRS's average learner: small initial stabilities, steeper curve.
TRUE = (0.08, 0.3, 0.9, 4.0, 7.5, 0.6, 2.2, 0.02, 1.3, 0.25, 1.0, 1.9, 0.08, 0.33, 1.8, 0.5, 1.9, 0.6, 0.1,
        0.07, 0.35)


def synthetic_history(n_cards: int, days: int, rng: random.Random) -> list[list[tuple[date, int]]]:
    """Answers a student with parameters TRUE would give: recall drawn from TRUE's retrievability."""
    sched = fsrs.Scheduler(parameters=TRUE, desired_retention=0.9, learning_steps=(), relearning_steps=(),
                           enable_fuzzing=False)
    start = datetime(2022, 1, 1, 12, tzinfo=timezone.utc)
    end = start + timedelta(days=days)
    out = []
    for i in range(n_cards):
        t = start + timedelta(days=rng.randrange(0, days // 2))
        card = fsrs.Card(card_id=i + 1, due=t)
        rating = rng.choices([1, 2, 3, 4], [0.2, 0.1, 0.6, 0.1])[0]
        history = []
        while t < end:
            card, _ = sched.review_card(card, fsrs.Rating(rating), review_datetime=t)
            history.append((t.date(), rating))
            t = max(card.due, t + timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
            recalled = rng.random() < sched.get_card_retrievability(card, t)
            rating = rng.choices([2, 3, 4], [0.15, 0.75, 0.1])[0] if recalled else 1
        out.append(history)
    return out

