"""Read-only queries that fetch the review log and the cards for statistics, reports and the optimiser.

Reached through the opened store as `progress.history` (a `History`), so no caller holds the
engine. Kept apart from `progress.py` (the module that writes) because they only read, and read a
lot: 100,000 reviews must load in well under a second on a worker thread, so rows come back as
plain tuples and times are parsed with `core.utc_text` (milliseconds in the review log, text on
the cards) instead of going through the ORM.

Retired questions and removed banks are left out of cards (nothing left to study) but their
reviews stay in the history only where `include_retired=True` (the optimiser wants every review
ever given; the statistics page shows what can still be studied).

    history = progress.history
    history.review_events(bank_ids)        # -> [ReviewEvent], oldest first
    history.card_infos(bank_ids)           # -> [CardInfo], live questions in bank order
    history.load_insight(now, day_hour, tz)  # -> Insight: every statistics figure
    history.leech_counts() / leech_ids(bank) / lapses_by_question(bank) / rating_histories() / bank_titles()
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.engine import Engine

from studyapp.core.card import LEECH_THRESHOLD
from studyapp.core.insight import CardInfo, Insight, ReviewEvent, compute_insight
from studyapp.core.utc_text import parse_ms, utc_ms
from studyapp.storage.card_rows import STATE_COLUMNS, state_from_row


def _bank_filter(column: str, bank_ids: Sequence[str] | None, params: dict) -> str:
    if bank_ids is None:
        return ""
    names = []
    for i, b in enumerate(bank_ids):
        params[f"b{i}"] = b
        names.append(f":b{i}")
    return f" AND {column} IN ({', '.join(names) or 'NULL'})"


class History:
    """The read-only history queries of one progress database (`progress.history`)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def _fetch(self, sql: str, params: dict | tuple = ()) -> list[tuple]:
        """Rows as plain tuples through the DB-API cursor: SQLAlchemy's row objects cost a second per 100k rows."""
        raw = self._engine.raw_connection()
        try:
            cur = raw.cursor()
            try:
                return cur.execute(sql, params).fetchall()
            finally:
                cur.close()
        finally:
            raw.close()

    def review_events(self, bank_ids: Sequence[str] | None = None, since: datetime | None = None,
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
        return [ReviewEvent(b, q, t, parse_ms(at), rating, stage, ms)
                for b, q, t, at, rating, stage, ms in self._fetch(sql, params)]

    def card_infos(self, bank_ids: Sequence[str] | None = None) -> list[CardInfo]:
        """The live questions' cards (not retired, bank not removed), in bank order."""
        params: dict = {}
        sql = (f"SELECT card.bank_id, q.question_id, q.topic, {STATE_COLUMNS} FROM card "
               "JOIN question q ON q.id = card.question JOIN bank b ON b.id = card.bank_id "
               "WHERE q.retired = 0 AND b.removed = 0")
        sql += _bank_filter("card.bank_id", bank_ids, params)
        sql += " ORDER BY card.bank_id, q.position"
        return [CardInfo(r[0], r[1], r[2], state_from_row(r[3:])) for r in self._fetch(sql, params)]

    def lapses_by_question(self, bank_id: str) -> dict[str, int]:
        """question id -> lapses, for marking leeches in the library."""
        return dict(self._fetch("SELECT q.question_id, c.lapses FROM card c JOIN question q ON q.id = c.question "
                                "WHERE c.bank_id = ? AND q.retired = 0", (bank_id,)))

    def leech_counts(self, threshold: int = LEECH_THRESHOLD) -> dict[str, int]:
        """bank id -> number of live questions that are leeches (for a "3 leeches" note in the library)."""
        return dict(self._fetch("SELECT c.bank_id, COUNT(*) FROM card c JOIN question q ON q.id = c.question "
                                "WHERE q.retired = 0 AND c.lapses >= ? GROUP BY c.bank_id", (threshold,)))

    def leech_ids(self, bank_id: str, threshold: int = LEECH_THRESHOLD) -> list[str]:
        """The question ids of a bank's leeches, in bank order."""
        return [r[0] for r in self._fetch("SELECT q.question_id FROM card c JOIN question q ON q.id = c.question "
                                          "WHERE c.bank_id = ? AND q.retired = 0 AND c.lapses >= ? "
                                          "ORDER BY q.position", (bank_id, threshold))]

    def rating_histories(self) -> dict[int, list[tuple[datetime, int]]]:
        """question pk -> [(when, rating)] for every review ever logged, oldest first (for the optimiser)."""
        out: dict[int, list[tuple[datetime, int]]] = {}
        for pk, at, rating in self._fetch("SELECT question, reviewed_at, rating FROM review "
                                          "ORDER BY question, reviewed_at, id"):
            out.setdefault(pk, []).append((parse_ms(at), rating))
        return out

    def load_insight(self, now: datetime, day_hour: int = 4, tz=None,
                     bank_ids: Sequence[str] | None = None) -> Insight:
        """Every statistics figure at `now`, read and computed in one call (run it off the GUI thread)."""
        return compute_insight(self.review_events(bank_ids), self.card_infos(bank_ids), now, day_hour, tz)

    def bank_titles(self) -> dict[str, str]:
        """bank id -> title, for installed (not removed) banks."""
        return dict(self._fetch("SELECT id, title FROM bank WHERE removed = 0 ORDER BY title"))


__all__ = ["History"]
