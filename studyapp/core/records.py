"""Plain values exchanged between the progress store (storage) and its users (session, GUI, CLI).

They live in core so the session can be written, typed and tested without importing the storage
layer (or SQLAlchemy); `studyapp.storage.progress.Progress` produces and consumes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.core.card import CardState, Rating, built


@dataclass(frozen=True, order=True)
class CardKey:
    """Progress is keyed by (bank id, question id), stable across bank versions."""

    bank_id: str
    question_id: str


@dataclass(frozen=True)
class DueCard:
    """A card picked for the queue, with its state when picked."""

    key: CardKey
    state: CardState


@dataclass(frozen=True)
class ReviewRecord:
    """One rating to be logged; `before`/`after` let undo restore the card exactly."""

    key: CardKey
    reviewed_at: datetime
    rating: Rating
    before: CardState
    after: CardState
    answer: str = ""
    correct: bool | None = None
    score: float | None = None
    duration_ms: int | None = None


def built_review(key: CardKey, reviewed_at: datetime, rating: Rating, before: CardState, after: CardState,
                 answer: str, correct: bool | None, score: float | None, duration_ms: int | None) -> ReviewRecord:
    """`ReviewRecord(...)` of every field, equal in all respects, without the frozen dataclass's __init__
    (see `card.built`): the one made per recorded answer (`core.session`)."""
    return built(ReviewRecord, key=key, reviewed_at=reviewed_at, rating=rating, before=before, after=after,
                 answer=answer, correct=correct, score=score, duration_ms=duration_ms)


@dataclass(frozen=True)
class InstallReport:
    """What installing a bank did; status is "installed", "updated" or "unchanged". In words:
    `exchange.import_summary`, the one phrasing the terminal and the window share."""

    bank_id: str
    version: int
    previous_version: int | None
    status: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    # Same version, different content: what the file would change, not applied (raise the version).
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class InstalledBank:
    """A bank known to the progress database; `stored_path` is the copy to load its content from."""

    id: str
    title: str
    version: int
    stored_path: Path
    source_path: Path
    bundled: bool
    questions: int


@dataclass(frozen=True)
class BankCounts:
    """Numbers for the library and `studyapp stats`; retention is None without reviews to judge."""

    bank_id: str
    title: str
    total: int = 0
    new: int = 0
    learning: int = 0
    due_today: int = 0
    review: int = 0
    mature: int = 0
    reviews_today: int = 0
    new_today: int = 0
    retention_30d: float | None = None
    reviews_30d: int = 0

    @property
    def to_study_today(self) -> int:
        return self.learning + self.due_today


@dataclass(frozen=True)
class ExamResult:
    """An exam's score: `correct` counts answers graded right; `score` is the mean of fractional scores."""

    exam_id: int
    size: int
    answered: int
    correct: int
    score: float
    started_at: datetime
    finished_at: datetime | None = None
    answers: tuple = field(default=())
