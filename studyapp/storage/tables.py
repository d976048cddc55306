"""The progress tables (SQLModel), as of the newest schema version (`database.SCHEMA_VERSION`).

These classes describe the current schema for queries; the schema itself is created and changed
only by the frozen migration ladder in `database.py` (a test checks the two agree), so an old
migration never changes when a table here does.

- `bank`        one row per installed bank: its version and where its copy is kept.
- `question`    (bank id, question id) -> content hash, retired and changed flags.
- `card`        one per question: the FSRS memory state and when it is next due.
- `review`      append-only log of every rating (undo is the one thing that deletes a row).
- `exam`, `exam_answer`  exam results, kept apart so exams never touch the schedule.
- `mark`        suspended / buried / flagged, by (bank id, question id) so a bank update keeps them.
- `question_text`  the prompt, key and search text Browse shows and searches (storage.browse_query).
- `bank_figure` each bank's live, unseen and leech counts and latest review, kept by triggers (storage.bank_figures);
  `bank_figure_log` how far the review log is folded into its latest reviews.

Datetimes are stored as fixed-width UTC text ("2022-01-21 12:00:00.000000"), which sorts and
compares correctly in SQL and reads well in the sqlite3 shell, except in the review log, which is
most of the file: there they are whole milliseconds since 1970 UTC (`core.utc_text.utc_ms`), and
a review keeps the card's state after it as a few numeric columns. The state before a review is
not stored: it is the previous review's state after (or a new card's, for a review whose
`stage_before` is NEW: a first answer or one after a reset), see `storage.review_log`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from studyapp.core.utc_text import parse_ms, parse_utc, utc_ms, utc_text  # the stored forms, for raw SQL and tests



class UTCDateTime(TypeDecorator):
    """Aware UTC datetime <-> sortable UTC text; refuses naive datetimes so no local time leaks in."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            return value
        return utc_text(value)

    def process_result_value(self, value, dialect):
        return parse_utc(value)


class UTCMillis(TypeDecorator):
    """Aware UTC datetime <-> whole milliseconds since 1970 (the review log's times)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or isinstance(value, int):
            return value
        return utc_ms(value)

    def process_result_value(self, value, dialect):
        return parse_ms(value)


class BankRow(SQLModel, table=True):
    __tablename__ = "bank"

    id: str = Field(primary_key=True)
    version: int
    title: str
    source_path: str = Field(description="where the bank was installed from")
    stored_path: str = Field(description="the copy under AppDirs.banks, reloaded on start")
    bundled: bool = False
    removed: bool = Field(False, description="removed by the user; rows kept so a reinstall restores progress")
    installed_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class QuestionRow(SQLModel, table=True):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("bank_id", "question_id", name="uq_question_bank_qid"),
                      Index("ix_question_topics", "bank_id", "topic", "position", sqlite_where=text("retired = 0")))

    id: int | None = Field(default=None, primary_key=True)
    bank_id: str = Field(sa_column=Column(String, ForeignKey("bank.id", ondelete="CASCADE"), nullable=False))
    question_id: str
    qtype: str
    topic: str
    position: int = Field(description="order in the bank; new questions are introduced in this order")
    content_hash: str
    retired: bool = False
    changed: bool = Field(False, description="content changed in a bank update since the last review")


class BankFigureRow(SQLModel, table=True):
    """A bank's figures as the library first shows them, kept by triggers (schema v6) in the
    transaction of every write that changes them; `storage.bank_figures` reads and checks them."""

    __tablename__ = "bank_figure"

    bank_id: str = Field(primary_key=True)
    live: int = Field(0, description="cards not retired")
    unseen: int = Field(0, description="live cards still new")
    leeches: int = Field(0, description="live cards lapsed core.card.LEECH_THRESHOLD times or more")
    last_review: datetime | None = Field(default=None, sa_type=UTCMillis,
                                         description="the bank's latest review, retired questions' included")


class BankFigureLogRow(SQLModel, table=True):
    """How far the review log is folded into `bank_figure.last_review` (schema v7): one row; the reviews
    with a greater id are read beside the kept figures until the store folds them in (storage.bank_figures)."""

    __tablename__ = "bank_figure_log"

    id: int = Field(0, primary_key=True)
    folded: int = Field(0, description="the greatest review id folded in")


class CardRow(SQLModel, table=True):
    __tablename__ = "card"
    __table_args__ = (Index("ix_card_queue", "bank_id", "retired", "stage", "due", "scheduled_days"),)

    question: int = Field(sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True))
    bank_id: str = Field(description="copied from question so the due query uses one index")
    stage: int = 0
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_review: datetime | None = Field(default=None, sa_type=UTCDateTime)
    scheduled_days: int = 0
    reps: int = 0
    lapses: int = 0
    retired: bool = Field(False, description="copied from question so queue queries never join it")


class ReviewRow(SQLModel, table=True):
    """One answer and the card's state after it (31 B a row in Anki's revlog; about 70 here)."""

    __tablename__ = "review"
    __table_args__ = (
        Index("ix_review_question", "question", "reviewed_at"),
        Index("ix_review_time", "reviewed_at", "bank_id", "stage_before", "rating"),
    )

    id: int | None = Field(default=None, primary_key=True)
    question: int = Field(sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), nullable=False))
    bank_id: str
    reviewed_at: datetime = Field(sa_type=UTCMillis)
    rating: int
    correct: bool | None = None
    score: float | None = None
    answer: str = Field("", description="the answer given, as display text")
    duration_ms: int | None = None
    stage_before: int = Field(description="for the daily new/review limits; NEW means the state before was a new card's")
    # The card's state after this review (core.card.CardState), column for column.
    stage: int
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = Field(default=None, sa_type=UTCMillis)
    last_review: datetime | None = Field(default=None, sa_type=UTCMillis,
                                         description="NULL when it is reviewed_at, as for every answer recorded here")
    reps: int = 0
    lapses: int = 0


class ExamRow(SQLModel, table=True):
    __tablename__ = "exam"

    id: int | None = Field(default=None, primary_key=True)
    bank_ids: str = Field(description="comma-separated bank ids the exam drew from")
    started_at: datetime = Field(sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    size: int
    answered: int = 0
    correct: int = 0
    score: float = 0.0


class ExamAnswerRow(SQLModel, table=True):
    __tablename__ = "exam_answer"
    __table_args__ = (Index("ix_exam_answer_exam", "exam"),)

    id: int | None = Field(default=None, primary_key=True)
    exam: int = Field(sa_column=Column(Integer, ForeignKey("exam.id", ondelete="CASCADE"), nullable=False))
    bank_id: str
    question_id: str
    answered_at: datetime = Field(sa_type=UTCDateTime)
    answer: str = ""
    correct: bool | None = None
    score: float = 0.0
    duration_ms: int | None = None


class MarkRow(SQLModel, table=True):
    __tablename__ = "mark"

    bank_id: str = Field(primary_key=True)
    question_id: str = Field(primary_key=True)
    suspended: bool = False
    buried_until: datetime | None = Field(default=None, sa_type=UTCDateTime,
                                          description="left out of study until then (bury: the next day's start)")
    flag: int = Field(0, description="0 none, 1 red, 2 orange, 3 green, 4 blue (Anki's flags)")
    updated_at: datetime = Field(sa_type=UTCDateTime)


class QuestionTextRow(SQLModel, table=True):
    __tablename__ = "question_text"

    question: int = Field(sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True))
    content_hash: str = Field(description="the question's hash when this text was made; refreshed when it differs")
    prompt: str
    answer: str
    search: str = Field(description="prompt, answer and source sentence, casefolded, for word search")
