"""Suspended, buried and flagged questions: the `mark` table, keyed by (bank id, question id).

Why a table of its own and not columns on `card`: a mark is the student's word about a question,
not its schedule, and keying it by the bank's ids (as progress is keyed) keeps it through a bank
update, a removal and reinstall, or a question retired and brought back. A row exists only while
something is marked; clearing the last mark deletes it.

Every change returns the marks as they were (`MarkChange.before`), and `restore(change)` puts
them back exactly: that is what undo in Browse and on the study page calls.

    marks = progress.marks                     # the opened store's (storage.progress)
    change = marks.suspend(keys, now)          # or unsuspend / bury(keys, until, now) / flag(keys, n, now)
    marks.restore(change, now)                 # undo
    marks.excluded(now)                        # suspended or still buried: study/practice/exam skip them
    marks.counts(now)                          # {bank id: MarkCounts} for `studyapp stats`
    marks.without_set_aside(counts, day_end, now)  # Progress.counts less what study skips (stats, banks)

"Set aside" (`SET_ASIDE`) is one definition: what `excluded` gives study, the library's "left
today" and Browse, and what `without_set_aside` takes out of the new / learning / due columns, so
`studyapp stats` never counts a suspended or buried question as still to study.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.engine import Engine

from studyapp.core.card import LEARNING_STAGES, Stage
from studyapp.core.records import BankCounts, CardKey
from studyapp.storage.database import WRITE
from studyapp.core.utc_text import parse_utc, utc_text

SET_ASIDE = "(mark.suspended OR mark.buried_until > ?)"  # suspended, or buried until after `now`
_SET_ASIDE_BY_STAGE = (
    f"SELECT card.bank_id, sum(card.stage = {Stage.NEW:d}), "
    f"sum(card.stage IN ({', '.join(str(int(s)) for s in LEARNING_STAGES)})), "
    f"sum(card.stage = {Stage.REVIEW:d} AND card.due < ?) "
    "FROM mark JOIN question ON question.bank_id = mark.bank_id AND question.question_id = mark.question_id "
    f"JOIN card ON card.question = question.id WHERE NOT card.retired AND {SET_ASIDE} GROUP BY card.bank_id")
_CHUNK = 400  # keys per statement, under SQLite's limit on bound parameters
_KEEP = object()  # a field a change leaves as it was


@dataclass(frozen=True)
class Mark:
    key: CardKey
    suspended: bool = False
    buried_until: datetime | None = None
    flag: int = 0

    @property
    def blank(self) -> bool:
        return not self.suspended and self.buried_until is None and self.flag == 0

    def buried(self, now: datetime) -> bool:
        return self.buried_until is not None and self.buried_until > now


@dataclass(frozen=True)
class MarkChange:
    """What one command changed: the marks before it, for undo, and a line for the status bar."""

    before: tuple[Mark, ...]
    description: str

    @property
    def keys(self) -> tuple[CardKey, ...]:
        return tuple(m.key for m in self.before)


@dataclass(frozen=True)
class MarkCounts:
    suspended: int = 0
    buried: int = 0
    flagged: int = 0


class Marks:
    """The mark table of one progress database; every change is one committed transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._write_engine = engine.execution_options(**WRITE)

    # -- reading -----------------------------------------------------------------------------------

    def get(self, keys: Iterable[CardKey]) -> dict[CardKey, Mark]:
        """Every key's mark (a blank Mark where nothing is set)."""
        keys = list(dict.fromkeys(keys))
        out = {k: Mark(k) for k in keys}
        with self.engine.connect() as conn:
            if len(keys) > _CHUNK:  # many (Browse's select all): one read of the table beats many lookups
                for row in conn.exec_driver_sql("SELECT bank_id, question_id, suspended, buried_until, flag FROM mark"):
                    key = CardKey(row[0], row[1])
                    if key in out:
                        out[key] = _mark(row)
                return out
            for i in range(0, len(keys), _CHUNK):
                part = keys[i:i + _CHUNK]
                where = " OR ".join(["(bank_id = ? AND question_id = ?)"] * len(part))
                params = [x for k in part for x in (k.bank_id, k.question_id)]
                for row in conn.exec_driver_sql(
                        f"SELECT bank_id, question_id, suspended, buried_until, flag FROM mark WHERE {where}",
                        tuple(params)):
                    key = CardKey(row[0], row[1])
                    out[key] = _mark(row)
        return out

    def excluded(self, now: datetime) -> set[CardKey]:
        """Questions study, practice and exams leave out now: suspended, or buried until later."""
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(f"SELECT bank_id, question_id FROM mark WHERE {SET_ASIDE}",
                                        (utc_text(now),)).all()
        return {CardKey(b, q) for b, q in rows}

    def counts(self, now: datetime) -> dict[str, MarkCounts]:
        """Per bank: suspended, still buried and flagged questions (live questions of installed banks)."""
        sql = ("SELECT mark.bank_id, sum(mark.suspended), sum(coalesce(mark.buried_until > ?, 0)), "
               "sum(mark.flag > 0) FROM mark JOIN question ON question.bank_id = mark.bank_id "
               "AND question.question_id = mark.question_id AND NOT question.retired GROUP BY mark.bank_id")
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(sql, (utc_text(now),)).all()
        return {b: MarkCounts(int(s or 0), int(u or 0), int(f or 0)) for b, s, u, f in rows}

    def without_set_aside(self, counts: Sequence[BankCounts], day_end: datetime, now: datetime) -> list[BankCounts]:
        """`Progress.counts` with set-aside questions out of new, learning and due today (total,
        mature and the review figures keep them: they are the bank's, not today's work)."""
        with self.engine.connect() as conn:
            aside = {b: (int(n or 0), int(lr or 0), int(d or 0)) for b, n, lr, d in conn.exec_driver_sql(
                _SET_ASIDE_BY_STAGE, (utc_text(day_end), utc_text(now))).all()}
        out = []
        for c in counts:
            n, lr, d = aside.get(c.bank_id, (0, 0, 0))
            out.append(replace(c, new=c.new - n, learning=c.learning - lr, due_today=c.due_today - d) if n or lr or d
                       else c)
        return out

    # -- changing ----------------------------------------------------------------------------------

    def suspend(self, keys: Sequence[CardKey], now: datetime) -> MarkChange:
        return self._change(keys, now, {"suspended": True}, f"Suspended {_count(keys)}")

    def unsuspend(self, keys: Sequence[CardKey], now: datetime) -> MarkChange:
        return self._change(keys, now, {"suspended": False}, f"Unsuspended {_count(keys)}")

    def toggle_suspend(self, keys: Sequence[CardKey], now: datetime) -> MarkChange:
        """Anki's @: suspend, or unsuspend when every one of them is suspended already."""
        if keys and all(m.suspended for m in self.get(keys).values()):
            return self.unsuspend(keys, now)
        return self.suspend(keys, now)

    def bury(self, keys: Sequence[CardKey], until: datetime, now: datetime) -> MarkChange:
        """Left out of study until `until` (the start of the next study day)."""
        return self._change(keys, now, {"buried_until": until}, f"Buried {_count(keys)} until tomorrow")

    def unbury(self, keys: Sequence[CardKey], now: datetime) -> MarkChange:
        return self._change(keys, now, {"buried_until": None}, f"Unburied {_count(keys)}")

    def flag(self, keys: Sequence[CardKey], flag: int, now: datetime) -> MarkChange:
        """Set flag 1-4, or 0 to clear it."""
        if flag not in range(5):
            raise ValueError(f"flag {flag}: use 0 (none) to 4")
        text = f"Flag cleared on {_count(keys)}" if flag == 0 else f"Flagged {_count(keys)}"
        return self._change(keys, now, {"flag": flag}, text)

    def toggle_flag(self, keys: Sequence[CardKey], flag: int, now: datetime) -> MarkChange:
        """Anki's Ctrl+N: set the flag, or clear it when every one of them has it already."""
        if flag and keys and all(m.flag == flag for m in self.get(keys).values()):
            flag = 0
        return self.flag(keys, flag, now)

    def restore(self, change: MarkChange, now: datetime) -> None:
        """Undo: put the marks back exactly as they were before `change`."""
        self._write_marks(change.before, now)

    def _change(self, keys: Sequence[CardKey], now: datetime, changes: dict, description: str) -> MarkChange:
        before = self.get(keys)
        # Plain construction, not dataclasses.replace: Browse's select all marks 100,000 at once.
        suspended, buried, flag = (changes.get(f, _KEEP) for f in ("suspended", "buried_until", "flag"))
        after = [Mark(m.key, m.suspended if suspended is _KEEP else suspended,
                      m.buried_until if buried is _KEEP else buried, m.flag if flag is _KEEP else flag)
                 for m in before.values()]
        self._write_marks(after, now)
        return MarkChange(tuple(before.values()), description)

    def _write_marks(self, marks: Iterable[Mark], now: datetime) -> None:
        marks = list(marks)
        stamp, times = utc_text(now), {None: None}
        keep = []
        for m in marks:
            if not m.blank:
                until = m.buried_until
                if until not in times:
                    times[until] = utc_text(until)
                keep.append((m.key.bank_id, m.key.question_id, int(m.suspended), times[until], m.flag, stamp))
        drop = [(m.key.bank_id, m.key.question_id) for m in marks if m.blank]
        with self._write_engine.begin() as conn:
            if keep:
                conn.exec_driver_sql(
                    "INSERT INTO mark (bank_id, question_id, suspended, buried_until, flag, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (bank_id, question_id) DO UPDATE SET "
                    "suspended = excluded.suspended, buried_until = excluded.buried_until, flag = excluded.flag, "
                    "updated_at = excluded.updated_at", keep)
            if drop:
                conn.exec_driver_sql("DELETE FROM mark WHERE bank_id = ? AND question_id = ?", drop)


def _mark(row) -> Mark:
    bank_id, question_id, suspended, buried_until, flag = row
    return Mark(CardKey(bank_id, question_id), bool(suspended),
                parse_utc(buried_until), int(flag))


def _count(keys: Sequence) -> str:
    return "1 question" if len(keys) == 1 else f"{len(keys)} questions"


__all__ = ["Mark", "MarkChange", "MarkCounts", "Marks"]
