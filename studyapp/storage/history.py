"""Read-only queries that fetch the review log and the cards for statistics, reports and the optimiser.

Kept apart from `progress.py` (the module that writes) because they only read, and read a lot:
100,000 reviews must load in well under a second on a worker thread, so rows come back as plain
tuples and timestamps are parsed with `core.utc_text.parse_utc` (the stored text is fixed-width
UTC, see `tables.UTCDateTime`) instead of going through the ORM. They could move into
`Progress` as methods without change; they take the engine (`progress.engine`) for that reason.

Retired questions and removed banks are left out of cards (nothing left to study) but their
reviews stay in the history only where `include_retired=True` (the optimiser wants every review
ever given; the statistics page shows what can still be studied).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Engine

from studyapp.core.card import LEECH_THRESHOLD, CardState, Stage
from studyapp.core.insight import CardInfo, Insight, ReviewEvent, compute_insight
from studyapp.core.utc_text import parse_ms, parse_utc, utc_ms


def _bank_filter(column: str, bank_ids: Sequence[str] | None, params: dict) -> str:
    if bank_ids is None:
        return ""
    names = []
    for i, b in enumerate(bank_ids):
        params[f"b{i}"] = b
        names.append(f":b{i}")
    return f" AND {column} IN ({', '.join(names) or 'NULL'})"


def review_events(engine: Engine, bank_ids: Sequence[str] | None = None, since: datetime | None = None,
                  include_retired: bool = False) -> list[ReviewEvent]:
    """Every logged answer (optionally of some banks, since a moment), oldest first."""
    params: dict = {}
    sql = ("SELECT r.bank_id, q.question_id, q.topic, r.reviewed_at, r.rating, r.stage_before, r.duration_ms "
           "FROM review r JOIN question q ON q.id = r.question JOIN bank b ON b.id = r.bank_id WHERE 1=1")
    if not include_retired:
        sql += " AND q.retired = 0 AND b.removed = 0"
    sql += _bank_filter("r.bank_id", bank_ids, params)
    if since is not None:
        params["since"] = utc_ms(since)
        sql += " AND r.reviewed_at >= :since"
    sql += " ORDER BY r.reviewed_at, r.id"
    rows = _fetch(engine, sql, params)
    return [ReviewEvent(b, q, t, parse_ms(at), rating, stage, ms)
            for b, q, t, at, rating, stage, ms in rows]


def _fetch(engine: Engine, sql: str, params: dict) -> list[tuple]:
    """Rows as plain tuples through the DB-API cursor: SQLAlchemy's row objects cost a second per 100k rows."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            return cur.execute(sql, params).fetchall()
        finally:
            cur.close()
    finally:
        raw.close()


def card_infos(engine: Engine, bank_ids: Sequence[str] | None = None) -> list[CardInfo]:
    """The live questions' cards (not retired, bank not removed), in bank order."""
    params: dict = {}
    sql = ("SELECT c.bank_id, q.question_id, q.topic, c.stage, c.step, c.stability, c.difficulty, c.due, "
           "c.last_review, c.reps, c.lapses FROM card c JOIN question q ON q.id = c.question JOIN bank b ON b.id = c.bank_id "
           "WHERE q.retired = 0 AND b.removed = 0")
    sql += _bank_filter("c.bank_id", bank_ids, params)
    sql += " ORDER BY c.bank_id, q.position"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [CardInfo(b, q, t, CardState(Stage(stage), step, s, d, parse_utc(due), parse_utc(last), reps, lapses))
            for b, q, t, stage, step, s, d, due, last, reps, lapses in rows]


def lapses_by_question(engine: Engine, bank_id: str) -> dict[str, int]:
    """question id -> lapses, for marking leeches in the library."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT q.question_id, c.lapses FROM card c JOIN question q ON q.id = c.question "
                                 "WHERE c.bank_id = :b AND q.retired = 0"), {"b": bank_id}).all()
    return {q: n for q, n in rows}


def leech_counts(engine: Engine, threshold: int = LEECH_THRESHOLD) -> dict[str, int]:
    """bank id -> number of live questions that are leeches (for a "3 leeches" note in the library)."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT c.bank_id, COUNT(*) FROM card c JOIN question q ON q.id = c.question "
                                 "WHERE q.retired = 0 AND c.lapses >= :n GROUP BY c.bank_id"), {"n": threshold}).all()
    return {b: n for b, n in rows}


def leech_ids(engine: Engine, bank_id: str, threshold: int = LEECH_THRESHOLD) -> list[str]:
    """The question ids of a bank's leeches, in bank order."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT q.question_id FROM card c JOIN question q ON q.id = c.question "
                                 "WHERE c.bank_id = :b AND q.retired = 0 AND c.lapses >= :n ORDER BY q.position"),
                            {"b": bank_id, "n": threshold}).all()
    return [r[0] for r in rows]


def rating_histories(engine: Engine) -> dict[int, list[tuple[datetime, int]]]:
    """question pk -> [(when, rating)] for every review ever logged, oldest first (for the optimiser)."""
    out: dict[int, list[tuple[datetime, int]]] = {}
    with engine.connect() as conn:
        for pk, at, rating in conn.execute(text("SELECT question, reviewed_at, rating FROM review "
                                                "ORDER BY question, reviewed_at, id")):
            out.setdefault(pk, []).append((parse_ms(at), rating))
    return out


def load_insight(engine: Engine, now: datetime, day_hour: int = 4, tz=None,
                 bank_ids: Sequence[str] | None = None) -> Insight:
    """Every statistics figure at `now`, read and computed in one call (run it off the GUI thread)."""
    return compute_insight(review_events(engine, bank_ids), card_infos(engine, bank_ids), now, day_hour, tz)


def bank_titles(engine: Engine) -> dict[str, str]:
    """bank id -> title, for installed (not removed) banks."""
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT id, title FROM bank WHERE removed = 0 ORDER BY title")).all())


__all__ = ["bank_titles", "card_infos", "lapses_by_question", "leech_counts", "leech_ids", "load_insight", "rating_histories", "review_events"]
