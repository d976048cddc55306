"""Each bank's figures as the library first shows them: kept in `bank_figure`, and counted afresh to check them.

The triggers of schema v6 (`database.MIGRATIONS`) keep one row a bank in the transaction of every
write that changes it, so opening a 1,000-bank library reads 1,000 rows instead of grouping every
card and seeking every question's latest review. Since schema v7 an answer does not write its bank's
row: a bank's latest review is the later of the row's and that of the reviews logged since the store
last folded them in (`fold_latest_reviews`, when it closes), a short range at the end of the log. `counted` makes the same figures from the tables
themselves, the way the library read them before: tests compare the two after each kind of write,
and `problems` does for a file whose kept figures cannot be trusted (edited by hand, or written by
a program that dropped the triggers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from studyapp.core.card import Stage
from studyapp.core.utc_text import parse_ms

# The triggers of schema v6 count leeches at 8 lapses (core.card.LEECH_THRESHOLD, checked equal by a
# test): a new threshold needs a new rung that rebuilds the table.
KEPT_LEECH_THRESHOLD = 8


@dataclass(frozen=True)
class BankFigures:
    """One installed bank's row on the library page, before its day counts."""

    bank_id: str
    title: str
    live: int          # questions not retired
    unseen: int        # of those, never answered (or reset)
    leeches: int       # of those, lapsed LEECH_THRESHOLD times or more
    last_review: datetime | None


# The reviews not yet folded into `bank_figure.last_review` (schema v7): those after `bank_figure_log.folded`,
# a range of the log's ids (the answers since the store last closed), each bank's latest of them.
_UNFOLDED = ("SELECT bank_id, max(reviewed_at) AS latest FROM review "
             "WHERE id > coalesce((SELECT folded FROM bank_figure_log), 0) GROUP BY bank_id")

_KEPT = ("SELECT bank.id, bank.title, f.live, f.unseen, f.leeches, "
         "CASE WHEN u.latest > f.last_review OR f.last_review IS NULL THEN u.latest ELSE f.last_review END "
         f"FROM bank LEFT JOIN bank_figure AS f ON f.bank_id = bank.id LEFT JOIN ({_UNFOLDED}) AS u "
         "ON u.bank_id = bank.id {}")

# Folding them in: each bank's row takes the later of its kept latest review and its unfolded ones', and the
# log's mark moves to its last row. Done when the store closes (`Progress.close`), never on an answer's path.
_FOLD = (f"UPDATE bank_figure SET last_review = u.latest FROM ({_UNFOLDED}) AS u "
         "WHERE bank_figure.bank_id = u.bank_id AND (bank_figure.last_review IS NULL OR u.latest > bank_figure.last_review)",
         "UPDATE bank_figure_log SET folded = (SELECT coalesce(max(id), 0) FROM review)")
_UNFOLDED_ANY = ("SELECT coalesce((SELECT folded FROM bank_figure_log), 0) < "
                 "(SELECT coalesce(max(id), 0) FROM review)")

# The same figures from the tables (what `bank_figure` must always equal).
_COUNTED = (
    "SELECT bank.id, bank.title, coalesce(c.live, 0), coalesce(c.unseen, 0), coalesce(c.leeches, 0), "
    "(SELECT max((SELECT max(review.reviewed_at) FROM review WHERE review.question = question.id)) "
    " FROM question WHERE question.bank_id = bank.id) "
    "FROM bank LEFT JOIN (SELECT bank_id, count(*) AS live, "
    f"sum(stage = {Stage.NEW:d}) AS unseen, sum(lapses >= {KEPT_LEECH_THRESHOLD:d}) AS leeches "
    "FROM card WHERE retired = 0 GROUP BY bank_id) AS c ON c.bank_id = bank.id {} ORDER BY bank.title, bank.id")

# Each bank's topics, live questions only, in the order of each topic's first question: a walk of
# the partial index ix_question_topics (its WHERE is this one's), no sort of the questions.
_TOPICS = ("SELECT bank_id, topic, min(position) AS first FROM question INDEXED BY ix_question_topics "
           "WHERE retired = 0 GROUP BY bank_id, topic ORDER BY bank_id, first")


class BankFigureReads:
    """The library's reads of every bank at once, for `Progress.figures`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def kept(self) -> list[BankFigures]:
        """Every installed (not removed) bank's kept figures, by title."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            rows = raw.execute(_KEPT.format("WHERE NOT bank.removed ORDER BY bank.title")).fetchall()
            lost = [r[0] for r in rows if r[2] is None]
            if lost:  # a row gone by hand (the triggers never drop one): those banks counted, still listed
                ids = ", ".join("?" * len(lost))
                counted = {r[0]: r for r in raw.execute(_COUNTED.format(f"WHERE bank.id IN ({ids})"), lost)}
                rows = [counted.get(r[0], r) if r[2] is None else r for r in rows]
        return _figures(rows)

    def counted(self, *, removed: bool = False) -> list[BankFigures]:
        """The same figures counted from the tables (slow at 1,000 banks: for checks and tests);
        `removed`: removed banks' too (their rows are kept for a reinstall)."""
        where = "" if removed else "WHERE NOT bank.removed"
        with self.engine.connect() as conn:
            rows = conn.connection.driver_connection.execute(_COUNTED.format(where)).fetchall()
        return _figures(rows)

    def every_kept(self) -> list[BankFigures]:
        """The kept figures of every bank row, removed ones' included, in `counted`'s order."""
        with self.engine.connect() as conn:
            rows = conn.connection.driver_connection.execute(_KEPT.format("ORDER BY bank.title, bank.id")).fetchall()
        return _figures(rows)

    def problems(self) -> list[str]:
        """Banks whose kept figures differ from a fresh count (a line each); [] when they agree."""
        kept = {f.bank_id: f for f in self.every_kept()}
        out = []
        for fresh in self.counted(removed=True):
            got = kept.get(fresh.bank_id)
            if got != fresh:
                out.append(f"bank {fresh.bank_id!r}: kept figures {_text(got)}, counted {_text(fresh)}")
        return out

    def topics(self) -> dict[str, tuple[str, ...]]:
        """Each installed bank's topics in bank order (live questions), without loading the banks."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            removed = {r[0] for r in raw.execute("SELECT id FROM bank WHERE removed")}
            rows = raw.execute(_TOPICS).fetchall()
        out: dict[str, dict[str, None]] = {}
        for bank_id, topic, _ in rows:
            if bank_id not in removed:
                out.setdefault(bank_id, {})[topic] = None
        return {bank_id: tuple(topics) for bank_id, topics in out.items()}


def fold_latest_reviews(cur) -> bool:
    """Fold the reviews logged since the last fold into their banks' kept latest review, on a DB-API
    cursor in a write transaction of the caller's; False (and nothing written) when there were none.
    The kept figures read the same before and after: only where the log's newest rows are read from moves."""
    if not cur.execute(_UNFOLDED_ANY).fetchone()[0]:
        return False
    for sql in _FOLD:
        cur.execute(sql)
    return True


def _figures(rows: list) -> list[BankFigures]:
    return [BankFigures(r[0], r[1], r[2], r[3], r[4], parse_ms(r[5])) for r in rows]


def _text(f: BankFigures | None) -> str:
    if f is None or f.live is None:
        return "missing"
    return f"live {f.live}, unseen {f.unseen}, leeches {f.leeches}, last review {f.last_review}"


__all__ = ["BankFigureReads", "BankFigures", "KEPT_LEECH_THRESHOLD", "fold_latest_reviews"]
