"""The two reads the day's plan needs beyond the queue queries (`core.day_plan`), as plain SQL.

`Progress.reviewed_since` and `Progress.new_cards_by_topic` call these; they live here so the
planning reads stay together and `progress.py` only forwards to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.engine import Engine

from studyapp.core.card import Stage
from studyapp.core.records import CardKey, DueCard
from studyapp.storage.tables import utc_text

_REVIEWED = ("SELECT DISTINCT question.bank_id, question.question_id FROM review "
             "JOIN question ON question.id = review.question "
             "WHERE review.reviewed_at >= ? AND review.reviewed_at < ? AND review.bank_id IN ({})")
_END_OF_TIME = "9999-12-31 23:59:59.999999"  # above every stored time (storage.tables.utc_text)

# Each (bank, topic)'s first unseen questions in bank order. The window runs over one bank's new
# cards (a walk of ix_card_queue joined to their questions): 60 ms at 100,000 new questions.
_NEW_BY_TOPIC = ("SELECT question FROM (SELECT card.question AS question, question.position AS pos, ROW_NUMBER() "
                 "OVER (PARTITION BY question.topic ORDER BY question.position, card.question) AS n "
                 "FROM card JOIN question ON question.id = card.question "
                 f"WHERE card.bank_id = ? AND card.retired = 0 AND card.stage = {Stage.NEW:d}) "
                 "WHERE n <= ? ORDER BY pos, question")


def reviewed_since(engine: Engine, bank_ids: Sequence[str], since: datetime,
                   until: datetime | None = None) -> set[CardKey]:
    """Every question of these banks reviewed at or after `since` and before `until` (today's, for
    burying siblings). With `until` the day's end, an answer dated after it (made while the clock was
    ahead) is not one of today's, as in `Progress.count_reviews_since`."""
    end = utc_text(until) if until is not None else _END_OF_TIME
    ids = list(dict.fromkeys(bank_ids))
    out: set[CardKey] = set()
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for bank_id, question_id in conn.exec_driver_sql(_REVIEWED.format(", ".join("?" * len(chunk))),
                                                             (utc_text(since), end, *chunk)):
                out.add(CardKey(bank_id, question_id))
    return out


def new_cards_by_topic(engine: Engine, bank_ids: Sequence[str], per_topic: int, card_state_sql: str,
                       state_from_raw) -> list[tuple[DueCard, str]]:
    """Up to `per_topic` unseen questions of each topic of each bank, with their topic: bank by
    bank, each in bank order. `card_state_sql`/`state_from_raw` are Progress's card reader."""
    if per_topic <= 0:
        return []
    full = card_state_sql.split(" WHERE ")[0].replace(
        "SELECT ", "SELECT card.question, question.bank_id, question.question_id, question.topic, ", 1)
    out: list[tuple[DueCard, str]] = []
    with engine.connect() as conn:
        for bank_id in dict.fromkeys(bank_ids):
            chosen = [r[0] for r in conn.exec_driver_sql(_NEW_BY_TOPIC, (bank_id, int(per_topic)))]
            rows = {}
            for i in range(0, len(chosen), 500):
                part = chosen[i:i + 500]
                for r in conn.exec_driver_sql(f"{full} WHERE card.question IN ({', '.join('?' * len(part))})",
                                              tuple(part)):
                    rows[r[0]] = r
            ordered = [rows[pk] for pk in chosen if pk in rows]
            out += [(DueCard(CardKey(r[1], r[2]), state_from_raw(r[4:])), r[3]) for r in ordered]
    return out


__all__ = ["new_cards_by_topic", "reviewed_since"]
