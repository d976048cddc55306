"""Browse's queries: every live question of every installed bank, searched and sorted in SQL.

Why SQL and not a filter over loaded banks: at 100,000 questions loading the banks takes
seconds; one indexed query over `question`, `card`, `mark` and `question_text` takes a fraction
of one. Browse keeps only the matching row ids (`find`) and reads the rows a view shows, a page at
a time (`rows`). The prompt, key and casefolded search text live in `question_text`, made from
the banks' caches by `refresh_text` for questions whose content hash changed (a fresh install or
a bank update) and kept between runs.

    browse = progress.browse                           # the opened store's (storage.progress)
    browse.refresh_text(progress.bank_shelf())        # -> how many questions got new text
    ids = browse.find(parse("bank:geneva* is:due"), now, day_end, sort="due")
    browse.rows(ids[:100])                             # -> [BrowseRow] in that order
    browse.keys(ids)                                   # -> [CardKey], to suspend / flag them
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from studyapp.core.bank import answer_text, prompt_of
from studyapp.core.records import CardKey
from studyapp.core.card import LEARNING_STAGES, STAGE_NAMES, Stage
from studyapp.core.search_query import LEECH_LAPSES, SearchQuery, Term
from studyapp.storage.database import WRITE
from studyapp.core.utc_text import utc_text

# Browse's columns, in order, with the SQL each sorts by. The bank column is the bank's id (the
# name `bank:` searches); sorting by it follows the unique (bank_id, question_id) index, so the
# first rows of a library in bank order come without sorting the whole of it.
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("prompt", "Question", ("coalesce(t.prompt, '') COLLATE NOCASE",)),
    ("answer", "Key", ("coalesce(t.answer, '') COLLATE NOCASE",)),
    ("bank", "Bank", ("q.bank_id",)),
    ("topic", "Topic", ("q.topic",)),
    ("type", "Type", ("q.qtype",)),
    ("state", "State", ("(CASE WHEN coalesce(m.suspended, 0) THEN 5 WHEN coalesce(m.buried_until > :now, 0) "
                        "THEN 4 ELSE c.stage END)",)),
    ("due", "Due", ("c.due IS NULL", "c.due")),
    ("interval", "Interval", ("c.scheduled_days",)),
    ("lapses", "Lapses", ("c.lapses",)),
    ("last_answered", "Last answered", ("c.last_review IS NULL", "c.last_review")),
)
COLUMN_NAMES = tuple(c[0] for c in COLUMNS)
_SORT = {name: sql for name, _, sql in COLUMNS}

# The tables a search may need beside `question q`; `find` joins only those its terms and sort use.
_JOINS = {
    "c": " JOIN card c ON c.question = q.id",
    "t": " LEFT JOIN question_text t ON t.question = q.id",
    "m": " LEFT JOIN mark m ON m.bank_id = q.bank_id AND m.question_id = q.question_id",
}
_LIVE = " WHERE NOT q.retired AND q.bank_id IN (SELECT id FROM bank WHERE NOT removed)"
_FROM = ("FROM question q JOIN bank b ON b.id = q.bank_id" + "".join(_JOINS.values()) + _LIVE)


@dataclass(frozen=True)
class BrowseRow:
    """One question as Browse lists it. Times are aware UTC; `interval` is in days."""

    id: int
    key: CardKey
    prompt: str
    answer: str
    bank_title: str
    topic: str
    type: str
    stage: Stage
    due: datetime | None
    interval: int
    lapses: int
    last_answered: datetime | None
    suspended: bool
    buried_until: datetime | None
    flag: int

    def state(self, now: datetime) -> str:
        """What the State column says: suspended and buried first, else the schedule's stage."""
        if self.suspended:
            return "suspended"
        if self.buried_until is not None and self.buried_until > now:
            return "buried"
        return STAGE_NAMES.get(self.stage, str(self.stage))


class BrowseQuery:
    """Searches one progress database; read-only except for `refresh_text`'s cache table."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._write_engine = engine.execution_options(**WRITE)

    # -- the search text ---------------------------------------------------------------------

    def stale_text(self) -> list[tuple[int, CardKey, str]]:
        """(row id, key, content hash) of live questions whose text is missing or out of date."""
        sql = ("SELECT q.id, q.bank_id, q.question_id, q.content_hash FROM question q "
               f"LEFT JOIN question_text t ON t.question = q.id{_LIVE} "
               "AND (t.question IS NULL OR t.content_hash != q.content_hash)")
        with self.engine.connect() as conn:
            cursor = conn.connection.driver_connection.execute(sql)
            try:
                return [(r[0], CardKey(r[1], r[2]), r[3]) for r in cursor]
            finally:
                cursor.close()

    def refresh_text(self, shelf) -> int:
        """Make the prompt, key and search text of every question that needs it, from `shelf`
        (a `BankShelf`), and write them; returns how many were made. Nothing to do costs one
        indexed query. The app splits the two halves: `make_text` off the writer (it reads banks,
        seconds at 100,000 questions), `write_text` on it in short chunks."""
        return self.write_text(self.make_text(shelf))

    def make_text(self, shelf) -> list[tuple]:
        """The rows `write_text` writes for every question whose search text is missing or stale;
        reads only."""
        stale = self.stale_text()
        rows = []
        for pk, key, content_hash in stale:
            try:
                question = shelf.question(key)
                bank = shelf.header(key.bank_id)
            except KeyError:
                continue
            if question is None:
                continue
            prompt, answer = prompt_of(bank, question), answer_text(bank, question)
            search = "\n".join((prompt, answer, question.source)).casefold()
            rows.append((pk, content_hash, prompt, answer, search))
        return rows

    def write_text(self, rows: list[tuple]) -> int:
        """Write rows made by `make_text` in one short transaction; how many."""
        if rows:
            with self._write_engine.begin() as conn:
                conn.exec_driver_sql("INSERT OR REPLACE INTO question_text (question, content_hash, prompt, answer, "
                                     "search) VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    # -- searching ---------------------------------------------------------------------------------

    def find(self, query: SearchQuery, now: datetime, day_end: datetime, sort: str = "bank",
             descending: bool = False, limit: int | None = None) -> list[int]:
        """Row ids of the questions matching `query`, sorted by a column of COLUMNS (then bank
        order); the default is bank, then the order within the bank."""
        if sort not in _SORT:
            raise ValueError(f"unknown column {sort!r}; one of {', '.join(COLUMN_NAMES)}")
        where, params = where_clause(query)
        params.update(now=utc_text(now), day_end=utc_text(day_end))
        direction = " DESC" if descending else ""
        # Empty dates stay last whichever way the column is sorted.
        order = [part if part.endswith("IS NULL") else part + direction for part in _SORT[sort]]
        sql = f"SELECT q.id {_from(where + ' '.join(order))}{where} ORDER BY {', '.join(order)}, q.bank_id, q.position"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._ids(sql, params)

    def count(self, query: SearchQuery, now: datetime, day_end: datetime) -> int:
        """How many questions match (cheaper than `find`: nothing is sorted or handed to Python)."""
        where, params = where_clause(query)
        params.update(now=utc_text(now), day_end=utc_text(day_end))
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) {_from(where)}{where}", params).scalar() or 0)

    def _ids(self, sql: str, params: dict) -> list[int]:
        with self.engine.connect() as conn:
            # The DB-API cursor straight: 100,000 ids through SQLAlchemy's result rows cost 3x more.
            cursor = conn.connection.driver_connection.execute(sql, params)
            try:
                return [r[0] for r in cursor]
            finally:
                cursor.close()

    def rows(self, ids: Sequence[int]) -> list[BrowseRow]:
        """The rows for these ids, in the order given (ids no longer there are left out)."""
        from studyapp.storage.tables import UTCDateTime

        when = UTCDateTime().process_result_value
        found: dict[int, BrowseRow] = {}
        ids = list(ids)
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                sql = ("SELECT q.id, q.bank_id, q.question_id, coalesce(t.prompt, q.question_id), "
                       "coalesce(t.answer, ''), b.title, q.topic, q.qtype, c.stage, c.due, c.scheduled_days, "
                       "c.lapses, c.last_review, coalesce(m.suspended, 0), m.buried_until, coalesce(m.flag, 0) "
                       f"{_FROM} AND q.id IN ({', '.join('?' * len(part))})")
                for r in conn.exec_driver_sql(sql, tuple(part)):
                    found[r[0]] = BrowseRow(r[0], CardKey(r[1], r[2]), r[3], r[4], r[5], r[6], r[7], Stage(r[8]),
                                            when(r[9], None), int(r[10]), int(r[11]), when(r[12], None), bool(r[13]),
                                            when(r[14], None), int(r[15]))
        return [found[i] for i in ids if i in found]

    def keys(self, ids: Sequence[int]) -> list[CardKey]:
        """(bank id, question id) of these rows, in the order given."""
        found: dict[int, CardKey] = {}
        ids = list(ids)
        with self.engine.connect() as conn:
            if len(ids) > 5000:  # many (select all): one pass over the table beats many IN lists
                wanted = set(ids)
                cursor = conn.connection.driver_connection.execute("SELECT id, bank_id, question_id FROM question")
                try:
                    found = {pk: CardKey(b, q) for pk, b, q in cursor if pk in wanted}
                finally:
                    cursor.close()
                return [found[i] for i in ids if i in found]
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                for pk, bank_id, qid in conn.exec_driver_sql(
                        f"SELECT id, bank_id, question_id FROM question WHERE id IN ({', '.join('?' * len(part))})",
                        tuple(part)):
                    found[pk] = CardKey(bank_id, qid)
        return [found[i] for i in ids if i in found]


def _from(sql: str) -> str:
    """FROM question q and the tables `sql` (conditions and ordering) refers to."""
    return "FROM question q" + "".join(join for alias, join in _JOINS.items() if re.search(rf"\b{alias}\.", sql)) + _LIVE


def where_clause(query: SearchQuery) -> tuple[str, dict]:
    """The SQL conditions for a parsed search (` AND ...`), with named parameters; the statement
    must bind :now and :day_end too. Each condition is written never to be NULL, so NOT negates it."""
    parts, params = [], {}
    for n, term in enumerate(query.terms):
        sql, value = _condition(term)
        if value is not None:
            params[f"p{n}"] = value
            sql = sql.replace(":v", f":p{n}")
        parts.append(f" AND NOT ({sql})" if term.negated else f" AND ({sql})")
    return "".join(parts), params


def _condition(term: Term) -> tuple[str, str | int | None]:
    field, value = term.field, term.value
    if field is None:
        return "instr(coalesce(t.search, ''), :v) > 0", value
    if field == "bank":
        return "q.bank_id IN (SELECT id FROM bank WHERE lower(id) GLOB :v OR lower(title) GLOB :v)", _glob(value)
    if field == "topic":
        return "lower(q.topic) GLOB :v", _glob(value)
    if field == "id":
        return "lower(q.question_id) GLOB :v", _glob(value)
    if field == "type":
        return "q.qtype = :v", value
    if field == "flag":
        return "coalesce(m.flag, 0) = :v", int(value)
    if field == "is":
        return _STATES[value], (LEECH_LAPSES if value == "leech" else None)
    raise ValueError(f"unknown search field {field!r}")


_LEARNING = f"c.stage IN {tuple(map(int, LEARNING_STAGES))}"
_STATES = {
    "new": f"c.stage = {Stage.NEW:d}",
    "learn": _LEARNING,
    "review": f"c.stage = {Stage.REVIEW:d}",
    # Anki's is:due: learning steps due by now, reviews due by the end of the study day.
    "due": f"coalesce(({_LEARNING} AND c.due <= :now) OR (c.stage = {Stage.REVIEW:d} AND c.due < :day_end), 0)",
    "suspended": "coalesce(m.suspended, 0)",
    "buried": "coalesce(m.buried_until > :now, 0)",
    "leech": "c.lapses >= :v",
    "flagged": "coalesce(m.flag, 0) > 0",
    "changed": "q.changed",
}


def _glob(value: str) -> str:
    """A search value as a GLOB pattern: * is the wildcard, every other character literal."""
    return "".join("[" + ch + "]" if ch in "?[]" else ch for ch in value)


__all__ = ["BrowseQuery", "BrowseRow", "COLUMNS", "COLUMN_NAMES", "STAGE_NAMES", "where_clause"]
