"""A card's stage, the four ratings, its memory state, and the numbers that classify a card.

The one place these are defined (as py-fsrs keeps one enum per concept and Anki's
`pylib/anki/consts.py` one set of constants): the scheduler, the session, the statistics, the
storage queries and the GUI import them from here, so a stage is never a bare 0-3 and "mature"
means the same everywhere. No fsrs and no Qt: the statistics and the storage layer read it without
loading the scheduler. `studyapp.core.scheduling` re-exports `Rating`, `Stage` and `CardState`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import TypeVar

from studyapp.core.utc_text import parse_utc

# A review card whose interval is at least this many days is "mature" (Anki's definition).
MATURE_DAYS = 21
# Forgotten (Again on a learned card) this often, a question is a leech (Anki's default threshold).
LEECH_THRESHOLD = 8


class Rating(IntEnum):
    """The four answers to "how well did you know it?"; values match fsrs and Anki (keys 1-4)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


class Stage(IntEnum):
    """Where a card is in its life. NEW is ours (fsrs has no such state); the rest match fsrs.State."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    """One question's memory state; `due` is None only for NEW cards. All datetimes are UTC."""

    stage: Stage = Stage.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0

    @property
    def is_new(self) -> bool:
        return self.stage == Stage.NEW

    @property
    def scheduled_days(self) -> int:
        """The interval the card was last given, in whole days (0 while learning)."""
        if self.due is None or self.last_review is None or self.stage in (Stage.NEW, Stage.LEARNING, Stage.RELEARNING):
            return 0
        return max(0, round((self.due - self.last_review) / timedelta(days=1)))

    def to_dict(self) -> dict:
        return {
            "stage": int(self.stage), "step": self.step, "stability": self.stability, "difficulty": self.difficulty,
            "due": self.due.isoformat() if self.due else None,
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "reps": self.reps, "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "CardState":
        return cls(
            stage=Stage(int(d.get("stage", 0))),
            step=d.get("step"),
            stability=d.get("stability"),
            difficulty=d.get("difficulty"),
            due=parse_utc(d.get("due")),
            last_review=parse_utc(d.get("last_review")),
            reps=int(d.get("reps", 0)),
            lapses=int(d.get("lapses", 0)),
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "CardState":
        return cls.from_dict(json.loads(text))


_RATINGS = {r: r for r in Rating}  # keyed by the members, so by their int values too (same hash, equal)


def rating_of(value) -> Rating:
    """`Rating(value)`, from a dict for the four ratings (the enum's own call goes through its Python
    metaclass, twice per recorded answer); anything else is left to `Rating` (its ValueError)."""
    try:
        return _RATINGS[value]
    except (KeyError, TypeError):
        return Rating(value)



T = TypeVar("T")


def built(cls: type[T], **fields) -> T:
    """`cls(**fields)` for a frozen dataclass, given every field, equal in all respects (fields, ==, hash, repr),
    without its own __init__, which sets each field through object.__setattr__: on the answer's path that made
    two-thirds of moving a rating's state to its moment (`scheduling.Scheduler.rated`)."""
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


def built_state(stage: Stage, step: int | None, stability: float | None, difficulty: float | None,
                due: datetime | None, last_review: datetime | None, reps: int, lapses: int) -> CardState:
    """`CardState(...)` of every field, for the answer's path (see `built`)."""
    return built(CardState, stage=stage, step=step, stability=stability, difficulty=difficulty, due=due,
                 last_review=last_review, reps=reps, lapses=lapses)


# The stages a card is being (re)learned in: due to the minute, counted together as "learning".
LEARNING_STAGES = (Stage.LEARNING, Stage.RELEARNING)
# Lower-case names, as the statistics and Browse show them.
STAGE_NAMES = {stage: stage.name.lower() for stage in Stage}


__all__ = ["LEARNING_STAGES", "LEECH_THRESHOLD", "MATURE_DAYS", "STAGE_NAMES", "CardState", "Rating", "Stage",
           "built", "built_state", "rating_of"]
