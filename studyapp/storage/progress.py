"""The progress store: the only module that queries or commits; it speaks in core types.

API overview (all datetimes aware UTC; every write method is one short transaction that has
committed when it returns):

    progress = open_progress(dirs, now)              # open/migrate the DB, install/update bundled banks
    progress.install_bank(load_bank(path), now)      # -> InstallReport (added/changed/unchanged/retired)
    progress.install_banks([loaded, ...], now)       # -> [InstallReport]; one backup, one transaction, one commit
    with progress.import_batch(): ...                # install_bank calls inside share that one backup
    with progress.installing(now) as batch: ...      # batch.install(loaded) calls share one transaction and commit
    progress.remove_bank(bank_id, purge=False)       # hidden, history kept; purge=True deletes it all
    progress.banks()                                 # -> [InstalledBank]; .stored_path is the copy to load
    progress.bank_shelf()                            # -> BankShelf: the one way to read installed banks
    progress.load_banks()                            # -> ({bank id: LoadedBank}, [problems]): every bank, via the shelf
    progress.topics()                                # -> {bank id: (topic, ...)} from the database
    progress.counts(day_start, day_end, now)         # -> [BankCounts] per bank (library, stats)
    progress.last_reviewed(bank_ids)                 # -> {bank id: latest review time or None}

    # used by core.session.StudySession (see its StudyStore protocol)
    progress.card_state(key) / learning_cards(...) / due_reviews(...) / new_cards(...)
    progress.next_due(bank_ids, after) / questions(bank_ids, topics) / count_reviews_since(...)
    progress.record_review(ReviewRecord) -> review id     # review row + card state, one transaction
    progress.reset_cards(bank_id, question_ids)           # edited questions start again as new
    progress.undo_review(review_id) -> CardState          # restores the card, deletes that row
    progress.start_exam(...) / record_exam_answer(...) / finish_exam(...) / exam(id) / exams()
    progress.reviews(key) / review_count()                # history, for tests and reports

    # the read queries of other kinds, each in a module named for what it answers (no caller
    # holds the engine; tests/storage/test_storage_api.py checks the callers)
    progress.history      # storage.history.History: review events, card infos, leeches, the optimiser's log
    progress.totals       # storage.insight_totals.InsightTotals: the statistics figures summed in SQL
    progress.marks        # storage.marks.Marks: suspended, buried, flagged
    progress.browse       # storage.browse_query.BrowseQuery: Browse's search
    progress.figures      # storage.bank_figures.BankFigureReads: each bank's kept figures (the library)
    progress.read_connection() / write_transaction()      # for storage-side tables of others (hub.local)

The review log keeps the state after each answer as typed columns and times as milliseconds; the
state before is derived (`storage.review_log`). Card statements are composed from `storage.card_rows`.

Queue reads walk the covering index ix_card_queue per (bank, stage) and build Python objects only
for the cards chosen; the per-answer path (card_state, record_review) uses prepared statements.

Banks are copied into `AppDirs.banks/<bank id>/` (bank file and its article) so the app can load
their content on the next start even if the original file moved: `storage.bank_copies` stages and
syncs those copies, `storage.bundled` installs the banks that ship with the app, and
`storage.bank_shelf` reads them back.
"""

from __future__ import annotations

import heapq
import itertools
import os
import sqlite3
from contextlib import contextmanager
from functools import cached_property
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import delete, update
from sqlalchemy.engine import Engine

from studyapp.core.loader import LoadedBank
from studyapp.core.records import (
    BankCounts, CardKey, DueCard, ExamResult, InstallReport, InstalledBank, ReviewRecord,
)
from studyapp.core.card import LEARNING_STAGES, MATURE_DAYS, CardState, Stage
from studyapp.core.utc_text import parse_ms, parse_utc, utc_ms, utc_text
from studyapp.errors import BankVersionError, StorageError, StudyAppError
from studyapp.paths import AppDirs, bundled_banks
from studyapp.storage.app_lock import WAIT_SECONDS, FolderHold
from studyapp.storage.database import WRITE, integrity_check, open_database
from studyapp.storage.backups import before_import
from studyapp.storage.bank_copies import (
    BankDigest, Copy, copies_not_saved, prune_copies, remove_copies, sync_paths, write_copy,
)
from studyapp.storage.durable import SyncsAhead
from studyapp.storage.bank_shelf import BankShelf
from studyapp.storage.bundled import install_bundled
from studyapp.storage import card_rows, day_queries, review_log
from studyapp.storage.bank_figures import BankFigureReads
from studyapp.storage.browse_query import BrowseQuery
from studyapp.storage.history import History
from studyapp.storage.insight_totals import InsightTotals
from studyapp.storage.marks import Marks
from studyapp.storage.integrity import (
    check_writable, ensure_sound, guard_storage_errors, plain_storage_errors, storage_error,
)

if TYPE_CHECKING:
    from sqlmodel import Session

# SQLAlchemy's ORM, SQLModel and the tables (`storage.tables`) are imported by the methods that write
# through them (removing a bank, exams, resets), not with this module: the app's start, library,
# statistics and study sessions read through plain statements, and those imports are ~12 MiB of the
# window's memory.


def _not_installed(key: CardKey) -> StorageError:
    """One message wherever a question is asked for that its bank's install does not hold."""
    return StorageError(f"question {key.question_id!r} of bank {key.bank_id!r} is not installed; "
                        "install the bank again")


class Progress:
    """Progress for one database file. Thread-safe in the SQLite sense: one short session per call."""

    def __init__(self, engine: Engine, banks_dir: Path | None = None):
        self.engine = engine
        self._write_engine = engine.execution_options(**WRITE)
        self.banks_dir = Path(banks_dir) if banks_dir else None
        self.sync_problems: list[str] = []  # bundled banks that failed to load, for the UI to show
        self.backups_dir: Path | None = None  # set by open(): imports are preceded by a backup
        self._batch: list[bool] | None = None  # inside import_batch(): [the batch's backup is taken]
        self.hold: FolderHold | None = None  # set by open_progress: this writer's hold on the data folder
        # banks(): each stored or source path's text -> its Path (and the copy to read), made once per open
        self._paths: dict[str, Path] = {}
        self._answering = None  # (pool, connection, its sqlite3 connection, a cursor) record_review keeps, until close()

    @classmethod
    def open(cls, database: Path | str, backups: Path | str, now: datetime,
             banks_dir: Path | None = None) -> "Progress":
        """Open (create, migrate) a database file; see `open_progress` for the app's way in."""
        progress = cls(guard_storage_errors(open_database(database, backups, now)), banks_dir)
        progress.backups_dir = Path(backups)  # trust: backups before imports (storage.backups)
        return progress

    def close(self) -> None:
        if self._answering is not None:
            self._fold_figures()
            self._answering[1].close()  # back to the pool, so dispose() closes it with the others
            self._answering = None
        self.engine.dispose()
        if self.hold is not None:
            self.hold.release()  # after the engine: no connection of ours is left when another writer comes
            self.hold = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the queries of other kinds, each in a module named for what it answers ------------------

    @cached_property
    def history(self) -> History:
        """The review log and the cards as statistics, reports and the optimiser read them."""
        return History(self.engine)

    @cached_property
    def marks(self) -> Marks:
        """Suspended, buried and flagged questions."""
        return Marks(self.engine)

    @cached_property
    def totals(self) -> InsightTotals:
        """The statistics page's totals, summed in SQL."""
        return InsightTotals(self.engine)

    @cached_property
    def figures(self) -> BankFigureReads:
        """Each bank's kept figures and topics, as the library first shows them."""
        return BankFigureReads(self.engine)

    @cached_property
    def browse(self) -> BrowseQuery:
        """Browse's search over every live question."""
        return BrowseQuery(self.engine)

    def read_connection(self):
        """A connection for reads in one snapshot (a context manager), for storage-side code with
        tables of its own in this file (the class hub's `hub.local.LocalHub`)."""
        return self.engine.connect()

    def write_transaction(self):
        """One IMMEDIATE write transaction (a context manager that commits on leaving), for the same."""
        return self._write_engine.begin()

    def _read(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def _write(self) -> Session:
        from sqlmodel import Session

        return Session(self._write_engine, expire_on_commit=False)

    def integrity_problems(self) -> list[str]:
        return integrity_check(self.engine)

    # -- banks ------------------------------------------------------------------------------

    @contextmanager
    def import_batch(self) -> Iterator["Progress"]:
        """Installs inside share one backup, taken before the first of them changes anything.

        A folder of 100 banks is one import for the teacher: one copy of the database from
        before it is what a restore needs, and 100 copies of a growing file took longer than
        the imports themselves. Nested batches join the outer one.
        """
        if self._batch is not None:
            yield self
            return
        with self.engine.connect() as conn:  # an empty library has nothing to lose
            empty = not conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM bank)").scalar()
        self._batch = [empty]
        try:
            yield self
        finally:
            self._batch = None

    def install_banks(self, banks: Iterable[LoadedBank], now: datetime, *,
                      bundled: bool = False) -> list[InstallReport]:
        """`install_bank` for each, as one transaction with one backup and one commit; stops at the
        first error (then none of them is installed)."""
        with self.import_batch(), self.installing(now) as batch:
            return [batch.install(loaded, bundled=bundled) for loaded in banks]

    def install_bank(self, loaded: LoadedBank, now: datetime, *, bundled: bool = False,
                     native: str | None = None) -> InstallReport:
        """Install or update a bank, all or nothing; same version is a no-op, an older one is refused.

        Keyed by (bank id, question id): unchanged questions keep their progress, changed ones
        (by content hash) keep it too but are flagged `changed`, removed ones are retired with
        their history kept, and a question that comes back is un-retired. `native`: the bank as
        TOML text when `loaded.path` is in another format (CSV, GIFT): the store keeps that text
        as its copy, and every message still names `loaded.path`.
        """
        with self.installing(now) as batch:
            return batch.install(loaded, bundled=bundled, native=native)

    @contextmanager
    def installing(self, now: datetime) -> Iterator["BankInstalls"]:
        """Banks installed inside share one transaction and one commit when the block ends (see
        `BankInstalls`); an exception out of the block installs none of them."""
        batch = BankInstalls(self, now)
        try:
            yield batch
        except BaseException:
            batch.rollback()
            raise
        batch.commit()

    def _sync_questions(self, cur: sqlite3.Cursor, bank: BankDigest, previous: int | None,
                        cards: bool = True) -> InstallReport:
        """The bank's question and card rows made to match the file, on the open transaction.
        `cards=False`: a new bank's cards are left to the caller (`BankInstalls` makes a batch's at once)."""
        bank_id = bank.id
        hashes = bank.hashes  # = q.content_hash(), of the JSON made once (by a folder's worker, with it)
        if previous is None:
            # A bank never installed: no rows of its own yet (a question's bank_id is a foreign key), so
            # every question is a new row and a new card, with nothing to compare.
            cur.executemany(_INSERT_QUESTION, [
                (bank_id, qid, qtype, topic, pos, h)
                for pos, ((qid, qtype, topic), h) in enumerate(zip(bank.keys, hashes))])
            if cards:
                cur.execute(_INSERT_CARDS, (bank_id,))
            return InstallReport(bank_id, bank.version, None, "installed", bank.ids)
        existing = {r[1]: r for r in cur.execute(_QUESTIONS_OF_BANK, (bank_id,))}
        added, changed, unchanged, new_rows, updates = [], [], [], [], []
        for pos, ((qid, qtype, topic), h) in enumerate(zip(bank.keys, hashes)):
            r = existing.get(qid)
            if r is None:
                new_rows.append((bank_id, qid, qtype, topic, pos, h))
                added.append(qid)
                continue
            pk, _, retired, old_hash, old_pos, old_topic, old_type, was_changed = r
            if retired:
                added.append(qid)
            elif old_hash != h:
                changed.append(qid)
            else:
                unchanged.append(qid)
            if (bool(retired), old_hash, old_pos, old_topic, old_type) != (False, h, pos, topic, qtype):
                updates.append((h, pos, topic, qtype, bool(was_changed) or old_hash != h, pk))
        ids = set(bank.ids)
        gone = [(qid, r[0]) for qid, r in existing.items() if qid not in ids and not r[2]]
        if updates:
            cur.executemany(_UPDATE_QUESTION, updates)
        if gone:
            cur.executemany("UPDATE question SET retired = 1 WHERE id = ?", [(pk,) for _, pk in gone])
        if gone or any(existing[qid][2] for qid in added if qid in existing):
            cur.execute(_CARDS_RETIRED_AS_QUESTIONS, (bank_id,))
        if new_rows:
            cur.executemany(_INSERT_QUESTION, new_rows)
            # One card per question, created in SQL so a 100k-question bank needs no round trips.
            cur.execute(_INSERT_NEW_CARDS, (bank_id, bank_id))
        return InstallReport(bank_id, bank.version, previous, "updated", tuple(added), tuple(changed),
                             tuple(unchanged), tuple(sorted(qid for qid, _ in gone)))

    def remove_bank(self, bank_id: str, purge: bool = False) -> None:
        """Take a bank out of the library. Its history stays (a reinstall restores progress) unless purge."""
        from studyapp.storage.tables import BankRow, CardRow, QuestionRow, ReviewRow

        with self._write() as s:
            row = s.get(BankRow, bank_id)
            if row is None or (row.removed and not purge):
                raise StudyAppError(f"no bank {bank_id!r} is installed; `studyapp banks` lists the installed banks")
            if purge:
                s.execute(delete(ReviewRow).where(ReviewRow.bank_id == bank_id))
                s.execute(delete(CardRow).where(CardRow.bank_id == bank_id))
                s.execute(delete(QuestionRow).where(QuestionRow.bank_id == bank_id))
                s.delete(row)
            else:
                row.removed = True
                s.add(row)
            s.commit()
        if self.banks_dir:
            remove_copies(self.banks_dir, bank_id)

    def banks(self, only: Sequence[str] | None = None) -> list[InstalledBank]:
        """Installed (not removed) banks, by title; `only`: just those of these ids (an import
        checking one id asks for one, not the whole library, once per file). One plain statement:
        through the ORM it was ~2 ms of an import's time per file."""
        ids = list(dict.fromkeys(only)) if only is not None else None
        if ids == []:
            return []
        these = f" AND bank.id IN ({', '.join('?' * len(ids))})" if ids else ""
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT bank.id, bank.title, bank.version, bank.stored_path, bank.source_path, bank.bundled,"
                # its live questions, kept by the writes (storage.bank_figures): counting them was ~20 ms of
                # every shelf at 1,000 banks
                " (SELECT bank_figure.live FROM bank_figure WHERE bank_figure.bank_id = bank.id)"
                f" FROM bank WHERE NOT bank.removed{these} ORDER BY bank.title", tuple(ids or ())).all()
        return [InstalledBank(r[0], r[1], r[2], self._stored_copy(r[3]), self._path(r[4]), bool(r[5]), r[6])
                for r in rows]

    def _path(self, text: str) -> Path:
        """Path(text), made once per open: 2,000 of them for every refresh of a 1,000-bank library."""
        path = self._paths.get(text)
        if path is None:
            path = self._paths[text] = Path(text)
        return path

    def _stored_copy(self, text: str) -> Path:
        """`_copy_in_this_folder(Path(text))`, decided once per open for a copy under this folder's
        `banks/` (the usual case: a test of the text) or one found there for a moved folder; a copy
        not found is looked for again the next time."""
        key = "\0" + text
        path = self._paths.get(key)
        if path is None:
            banks_dir = self.banks_dir
            if banks_dir is not None and text.startswith(self._banks_prefix):
                path = self._path(text)  # (what is_relative_to says, without pathlib's parsing of both)
            else:
                path = self._copy_in_this_folder(Path(text))
                if banks_dir is not None and path == Path(text):
                    return path  # not in this folder's banks/ (yet): no verdict kept
            self._paths[key] = path
        return path

    @cached_property
    def _banks_prefix(self) -> str:
        return str(self.banks_dir) + ("" if str(self.banks_dir).endswith(os.sep) else os.sep)

    def _copy_in_this_folder(self, stored: Path) -> Path:
        """A data folder moved or copied elsewhere (a new computer, a renamed home) still holds the absolute
        paths of its bank copies where it was: the copy at the same place under this folder's `banks/` is the
        one to read, so its banks neither go missing nor stay tied to the old folder."""
        banks_dir = self.banks_dir
        if banks_dir is None or stored.is_relative_to(banks_dir):
            return stored
        parts = stored.parts
        for i in range(len(parts) - 2, 0, -1):
            if parts[i] == banks_dir.name:
                candidate = banks_dir.joinpath(*parts[i + 1:])
                return candidate if candidate.is_file() else stored
        return stored

    def bank_shelf(self, only: Sequence[str] | None = None) -> BankShelf:
        """The installed banks' content, each read when first needed (a Mapping[str, Bank] that a
        StudySession takes in place of a dict; see storage.bank_shelf). Opening costs a query.
        `only`: a shelf of just these banks (those of them installed)."""
        return BankShelf(self.banks(only), self.banks_dir)

    def topics(self) -> dict[str, tuple[str, ...]]:
        """Each installed bank's topics in bank order (live questions), without loading the banks."""
        return self.figures.topics()

    def load_banks(self) -> tuple[dict[str, LoadedBank], list[str]]:
        """Every installed bank's stored copy, parsed through the shelf; a bank that fails is
        reported, not fatal. Seconds and hundreds of MB for a large library: a study session
        needs only `bank_shelf()`, which reads each bank when one of its questions is shown."""
        shelf = self.bank_shelf()
        loaded = {bank_id: shelf.loaded(bank_id) for bank_id in shelf}
        return {k: v for k, v in loaded.items() if v is not None}, shelf.problems

    def removed_bank_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql("SELECT id FROM bank WHERE removed")}

    # -- cards and the queue ---------------------------------------------------------------------

    def card_state(self, key: CardKey) -> CardState:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(card_rows.STATE_BY_KEY, (key.bank_id, key.question_id)).first()
        if row is None:
            raise _not_installed(key)
        return card_rows.state_from_row(row)

    def learning_cards(self, bank_ids: Sequence[str], until: datetime) -> list[DueCard]:
        """Cards in (re)learning due at or before `until`, earliest first.

        Learning cards are few at any time, so one statement with IN lists (SQLite seeks each
        (bank, stage) range of ix_card_queue) and a small sort beats a query per bank.
        """
        if not bank_ids:
            return []
        ids = list(dict.fromkeys(bank_ids))
        sql = _LEARNING.format(card_rows.in_list(len(ids)))
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(sql, (*ids, utc_text(until))).all()
        return [DueCard(CardKey(r[0], r[1]), card_rows.state_from_row(r[2:])) for r in rows]

    def due_reviews(self, bank_ids: Sequence[str], before: datetime, limit: int) -> list[DueCard]:
        """Review cards due before `before` (the day's end), most overdue first."""
        return self._cards(bank_ids, [Stage.REVIEW], until=before, limit=limit)

    def new_cards(self, bank_ids: Sequence[str], limit: int) -> list[DueCard]:
        """Unseen questions in bank order."""
        return self._cards(bank_ids, [Stage.NEW], limit=limit)

    def new_cards_by_topic(self, bank_ids: Sequence[str], per_topic: int) -> list[tuple[DueCard, str]]:
        """Up to `per_topic` unseen questions of each topic of each bank, with the topic, so that
        new questions can be mixed across topics (core.day_plan)."""
        return day_queries.new_cards_by_topic(self.engine, bank_ids, per_topic)

    def reviewed_since(self, bank_ids: Sequence[str], since: datetime,
                       until: datetime | None = None) -> set[CardKey]:
        """Questions reviewed at or after `since` (and before `until`, the day's end): today's, whose
        siblings wait (core.day_plan)."""
        return day_queries.reviewed_since(self.engine, bank_ids, since, until)

    def plan_reads(self, bank_ids: Sequence[str], start: datetime, end: datetime, reviews_per_day: int,
                   new_per_day: int, spare: int, new_order: str = "mixed") -> day_queries.PlanReads:
        """The day plan's reads for all these banks at once: the library counts every bank from them
        (`PlanReads.days`)."""
        return day_queries.PlanReads(self, self.engine, bank_ids, start, end, reviews_per_day, new_per_day, spare,
                                     new_order)

    def _cards(self, bank_ids: Sequence[str], stages: Sequence[int], *, until: datetime | None = None,
               inclusive: bool = False, limit: int | None = None) -> list[DueCard]:
        # Two steps, both on indexes. First one query per (bank, stage), each an ordered walk of
        # the covering ix_card_queue that stops at `limit` and returns only (due, rowid); they are
        # merged here, so the plan stays the same however many banks there are. Then the chosen
        # cards (at most `limit`) are read in full. Building Python objects only for those keeps
        # a 100k-card queue fast.
        if not bank_ids or limit == 0:
            return []
        # The index's own order (due, scheduled_days, rowid): no sort. New cards all have due NULL
        # and 0 days, so they come by rowid: installed order, i.e. bank order.
        sql = "SELECT due, question FROM card WHERE bank_id = ? AND retired = 0 AND stage = ?"
        tail: tuple = ()
        if until is not None:
            sql += " AND due <= ?" if inclusive else " AND due < ?"
            tail = (utc_text(until),)
        sql += " ORDER BY due, scheduled_days, question"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self.engine.connect() as conn:
            runs = [conn.exec_driver_sql(sql, (bank_id, int(stage), *tail)).all()
                    for bank_id in dict.fromkeys(bank_ids) for stage in stages]
            if until is not None:
                merged = heapq.merge(*runs, key=lambda t: (t[0], t[1]))  # stored due text sorts as time
            else:
                merged = (t for run in runs for t in run)  # bank after bank, each in bank order
            chosen = [pk for _, pk in itertools.islice(merged, limit)]
            rows = {}
            for i in range(0, len(chosen), 500):
                part = chosen[i:i + 500]
                for r in conn.exec_driver_sql(_CARDS_BY_PK.format(card_rows.in_list(len(part))), tuple(part)):
                    rows[r[0]] = r
        return [DueCard(CardKey(r[1], r[2]), card_rows.state_from_row(r[3:])) for r in (rows[pk] for pk in chosen)]

    def next_due(self, bank_ids: Sequence[str], after: datetime) -> datetime | None:
        """When the next learning or review card falls due after `after` (None: nothing scheduled).

        One statement of per-(bank, stage) min() subqueries: each is a single index seek.
        """
        ids = list(dict.fromkeys(bank_ids))
        if not ids:
            return None
        one = "SELECT min(due) AS d FROM card WHERE bank_id = ? AND retired = 0 AND stage = ? AND due > ?"
        parts, params = [], []
        for bank_id in ids:
            for stage in (Stage.LEARNING, Stage.REVIEW, Stage.RELEARNING):
                parts.append(one)
                params += [bank_id, int(stage), utc_text(after)]
        found = []
        with self.engine.connect() as conn:
            for i in range(0, len(parts), 150):  # SQLite allows 500 terms in a compound SELECT
                found.append(conn.exec_driver_sql(f"SELECT min(d) FROM ({' UNION ALL '.join(parts[i:i + 150])})",
                                                  tuple(params[3 * i:3 * (i + 150)])).scalar())
        return parse_utc(min((f for f in found if f is not None), default=None))

    def questions(self, bank_ids: Sequence[str], topics: Iterable[str] | None = None) -> list[CardKey]:
        """Every live question of the banks (optionally only some topics), in bank order."""
        if not bank_ids:
            return []
        params = list(bank_ids)
        sql = f"SELECT bank_id, question_id FROM question WHERE bank_id IN ({card_rows.in_list(len(params))}) AND NOT retired"
        if topics is not None:
            topics = list(topics)
            sql += f" AND topic IN ({card_rows.in_list(len(topics))})"
            params += topics
        with self.engine.connect() as conn:
            return [CardKey(b, qid) for b, qid in conn.exec_driver_sql(sql + " ORDER BY bank_id, position", tuple(params))]

    def last_reviewed(self, bank_ids: Sequence[str]) -> dict[str, datetime | None]:
        """When each bank was last reviewed (None: never), for the library's "last studied".

        One grouped query. Each question's latest review is a single seek at the end of its run
        in ix_review_question (question, reviewed_at), the questions coming from the unique index
        on (bank_id, question_id): the cost follows the banks' question count, not the length of
        the review log (at 100k questions and 1M reviews: 0.09 s, against 0.13 s joining every
        review and 0.42 s scanning ix_review_time). Retired questions count: they were studied.
        """
        out: dict[str, datetime | None] = dict.fromkeys(bank_ids)
        ids = list(out)
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):  # well under SQLite's limit on bound parameters
                chunk = ids[i:i + 500]
                for bank_id, latest in conn.exec_driver_sql(_LAST_REVIEWED.format(", ".join("?" * len(chunk))),
                                                            tuple(chunk)):
                    out[bank_id] = parse_ms(latest)
        return out

    def count_reviews_since(self, bank_ids: Sequence[str], since: datetime,
                            stages: Sequence[int] | None = None, until: datetime | None = None) -> int:
        """Reviews logged since `since` (and before `until`), optionally only of cards that were in
        `stages` before (NEW counts the day's new cards; REVIEW the day's reviews, for the daily
        limits). With `until` the day's end, reviews dated after it (made while the clock was
        ahead) do not use up today's limits."""
        if not bank_ids:
            return 0
        params: list = [*bank_ids, utc_ms(since)]
        sql = f"SELECT count(*) FROM review WHERE bank_id IN ({card_rows.in_list(len(bank_ids))}) AND reviewed_at >= ?"
        if until is not None:
            sql += " AND reviewed_at < ?"
            params.append(utc_ms(until))
        if stages is not None:
            sql += f" AND stage_before IN ({card_rows.in_list(len(stages))})"
            params += [int(x) for x in stages]
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql(sql, tuple(params)).scalar_one())

    # -- reviews ---------------------------------------------------------------------------------

    def record_review(self, rec: ReviewRecord) -> int:
        """Log one review and save the card's new state in a single transaction; returns the review id.

        The hot path of studying, so it is prepared statements on a DB-API connection of its own
        (SQLAlchemy's per-statement work cost three times SQLite's own), in the write transaction:
        find the question (its key and `changed` flag, from the unique index's seek), insert the review
        by the question's key, update the card, clear `changed` if it was set; then one commit. Finding
        the question in a statement of its own costs SQLite less than inserting from a SELECT with
        RETURNING (which ran the review's insert through a co-routine and a table of returned rows: ~a
        fifth of the answer's instructions, `benchmarks/count_record.py`). `rec.before` is not read
        back: the session carries it.
        """
        key = rec.key
        # Times cut to the log's millisecond: the card always equals its latest review's state after.
        review, card = review_log.answer_values(rec.reviewed_at, rec.rating, rec.correct, rec.score, rec.answer,
                                                rec.duration_ms, rec.before.stage, rec.after)
        if self._answering is None or self._answering[0] is not self.engine.pool:
            # Kept from the first answer to close() (or until the engine's pool is disposed, which
            # drops every connection): a checkout and a reset per answer cost a fifth of its CPU,
            # and the connection's page cache stays warm. One writer at a time uses it.
            if self._answering is not None:
                self._answering[1].close()  # its cursor goes with the tuple (no call: the pool may have closed it)
            connection = self.engine.raw_connection()
            driver = connection.driver_connection
            self._answering = (self.engine.pool, connection, driver, driver.cursor())
        _pool, _fairy, conn, cur = self._answering
        try:
            cur.execute("BEGIN IMMEDIATE")
            found = cur.execute(_FIND_QUESTION, (key.bank_id, key.question_id)).fetchone()
            if found is None:
                raise _not_installed(key)
            question, changed = found
            cur.execute(review_log.INSERT_BY_PK, (question, key.bank_id, *review))
            review_id = cur.lastrowid
            cur.execute(card_rows.UPDATE_BY_PK, (*card, question))
            if changed:
                cur.execute(_CLEAR_CHANGED, (question,))
            cur.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.rollback()
            plain = storage_error(self.engine.url.database, exc) if isinstance(exc, sqlite3.Error) else None
            if plain is not None:
                raise plain from None
            raise
        return int(review_id)

    def _fold_figures(self) -> None:
        """After a sitting: the answers' times into their banks' kept latest review (schema v7), one short
        transaction on the answers' connection. The library reads the same figures whether or not this
        ran (`storage.bank_figures`), so a failure here (a full disk, a file gone read-only) loses nothing:
        the answers stay read from the log until a later close folds them in."""
        from studyapp.storage.bank_figures import fold_latest_reviews

        pool, _fairy, conn, cur = self._answering
        if pool is not self.engine.pool:
            return  # the pool was disposed, and the connection with it
        try:
            cur.execute("BEGIN IMMEDIATE")
            fold_latest_reviews(cur)
            cur.execute("COMMIT")
        except sqlite3.Error:
            try:
                if conn.in_transaction:
                    conn.rollback()
            except sqlite3.Error:
                pass

    def undo_review(self, review_id: int) -> CardState:
        """Remove a review and put its card back as it was before; only a card's latest review can go."""
        with self._write_engine.begin() as conn:
            found = conn.exec_driver_sql("SELECT question, stage_before FROM review WHERE id = ?", (review_id,)).first()
            if found is None:
                raise StorageError(f"review {review_id} does not exist; nothing to undo")
            question, stage_before = found
            latest = conn.exec_driver_sql("SELECT max(id) FROM review WHERE question = ?", (question,)).scalar()
            if latest != review_id:
                raise StorageError("only the latest review of a question can be undone")
            before = review_log.state_before(conn, question, review_id, stage_before)
            conn.exec_driver_sql(card_rows.UPDATE_BY_PK, (*card_rows.state_params(before), question))
            conn.exec_driver_sql("DELETE FROM review WHERE id = ?", (review_id,))
            return before

    def reset_cards(self, bank_id: str, question_ids: Sequence[str]) -> int:
        """Start these questions again as new, for a question whose meaning changed in an edit (the
        student chose to reset its schedule). Their reviews stay in the history, as every answer given
        does; the `changed` mark is cleared since the schedule no longer rests on the old question.
        Returns how many cards were reset."""
        if not question_ids:
            return 0
        from sqlmodel import col, select

        from studyapp.storage.tables import CardRow, QuestionRow

        with self._write() as s:
            pks = select(QuestionRow.id).where(QuestionRow.bank_id == bank_id,
                                               col(QuestionRow.question_id).in_(list(question_ids)))
            done = s.execute(update(CardRow).where(col(CardRow.question).in_(pks))
                             .values(**_card_values(CardState()))).rowcount
            s.execute(update(QuestionRow).where(col(QuestionRow.id).in_(pks)).values(changed=False))
            s.commit()
        return done

    def reviews(self, key: CardKey) -> list[ReviewRecord]:
        """A question's review history, oldest first."""
        with self.engine.connect() as conn:
            pk = conn.exec_driver_sql("SELECT id FROM question WHERE bank_id = ? AND question_id = ?",
                                      (key.bank_id, key.question_id)).scalar_one_or_none()
            if pk is None:
                raise _not_installed(key)
            return review_log.question_history(conn, key, pk)

    def review_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM review").scalar_one())

    # -- exams -----------------------------------------------------------------------------------

    def start_exam(self, bank_ids: Sequence[str], size: int, now: datetime) -> int:
        from studyapp.storage.tables import ExamRow

        with self._write() as s:
            row = ExamRow(bank_ids=",".join(bank_ids), started_at=now, size=size)
            s.add(row)
            s.commit()
            assert row.id is not None
            return row.id

    def record_exam_answer(self, exam_id: int, key: CardKey, now: datetime, answer: str,
                           correct: bool | None, score: float, duration_ms: int | None = None) -> None:
        from studyapp.storage.tables import ExamAnswerRow, ExamRow

        with self._write() as s:
            s.add(ExamAnswerRow(exam=exam_id, bank_id=key.bank_id, question_id=key.question_id, answered_at=now,
                                answer=answer, correct=correct, score=score, duration_ms=duration_ms))
            s.execute(update(ExamRow).where(ExamRow.id == exam_id).values(
                answered=ExamRow.answered + 1, correct=ExamRow.correct + (1 if correct else 0)))
            s.commit()

    def finish_exam(self, exam_id: int, now: datetime) -> ExamResult:
        from sqlmodel import select

        from studyapp.storage.tables import ExamAnswerRow, ExamRow

        with self._write() as s:
            row = s.get(ExamRow, exam_id)
            if row is None:
                raise StorageError(f"exam {exam_id} does not exist")
            scores = [a.score for a in s.exec(select(ExamAnswerRow).where(ExamAnswerRow.exam == exam_id))]
            row.score = sum(scores) / row.size if row.size else 0.0
            row.finished_at = now
            s.add(row)
            s.commit()
        return self.exam(exam_id)

    def exam(self, exam_id: int) -> ExamResult:
        from sqlmodel import select

        from studyapp.storage.tables import ExamAnswerRow, ExamRow

        with self._read() as s:
            row = s.get(ExamRow, exam_id)
            if row is None:
                raise StorageError(f"exam {exam_id} does not exist")
            answers = tuple((a.bank_id, a.question_id, a.answer, a.correct, a.score) for a in
                            s.exec(select(ExamAnswerRow).where(ExamAnswerRow.exam == exam_id).order_by(ExamAnswerRow.id)))
            return ExamResult(row.id, row.size, row.answered, row.correct, row.score, row.started_at,
                              row.finished_at, answers)

    def exams(self) -> list[ExamResult]:
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM exam ORDER BY id DESC")]
        return [self.exam(i) for i in ids]

    # -- numbers -----------------------------------------------------------------------------------

    def counts(self, day_start: datetime, day_end: datetime, now: datetime,
               bank_ids: Sequence[str] | None = None, *, reviews: bool = True) -> list[BankCounts]:
        """Per installed bank: new / learning / due today / mature, today's reviews, 30-day retention.

        Retention is Anki's "true retention": the share of reviews of already-learned cards
        (stage REVIEW before the rating) that were not Again, over the last 30 days.
        `reviews=False` leaves the review log unread (today's reviews 0, retention None): the
        library shows only the cards' numbers, and at 1M reviews the month's read was most of this.
        """
        wanted = None if bank_ids is None else set(bank_ids)
        with self.engine.connect() as conn:
            banks = [b for b in conn.exec_driver_sql("SELECT id, title FROM bank WHERE NOT removed ORDER BY title").all()
                     if wanted is None or b[0] in wanted]
            cards = {r[0]: r[1:] for r in conn.exec_driver_sql(_CARD_COUNTS, (utc_text(day_end),))}
            today, month = {}, {}
            if reviews:
                today = {r[0]: r[1:] for r in conn.exec_driver_sql(_REVIEWS_TODAY, (utc_ms(day_start), utc_ms(day_end)))}
                month = {r[0]: r[1:] for r in conn.exec_driver_sql(_REVIEWS_OF_MONTH,
                                                                    (utc_ms(now - timedelta(days=30)),))}
        out = []
        for bank_id, title in banks:
            total, new, learning, due, review, mature = (int(x or 0) for x in cards.get(bank_id, (0,) * 6))
            reviews_today, new_today = (int(x or 0) for x in today.get(bank_id, (0, 0)))
            n30, ok30 = (int(x or 0) for x in month.get(bank_id, (0, 0)))
            out.append(BankCounts(bank_id, title, total, new, learning, due, review, mature, reviews_today, new_today,
                                  ok30 / n30 if n30 else None, n30))
        return out


# Progress.counts: per bank, the live cards (all, new, learning, due before the day's end, in review,
# mature); today's reviews and first answers (bounded above too: with the clock set back, reviews "from
# the future" are not today's); the month's reviews of learned cards and those not rated Again.
_CARD_COUNTS = (
    "SELECT bank_id, count(*),"
    f" sum(CASE WHEN stage = {Stage.NEW:d} THEN 1 ELSE 0 END),"
    f" sum(CASE WHEN stage IN ({', '.join(f'{s:d}' for s in LEARNING_STAGES)}) THEN 1 ELSE 0 END),"
    f" sum(CASE WHEN stage = {Stage.REVIEW:d} AND due < ? THEN 1 ELSE 0 END),"
    f" sum(CASE WHEN stage = {Stage.REVIEW:d} THEN 1 ELSE 0 END),"
    f" sum(CASE WHEN stage = {Stage.REVIEW:d} AND scheduled_days >= {MATURE_DAYS:d} THEN 1 ELSE 0 END)"
    " FROM card WHERE retired = 0 GROUP BY bank_id")
_REVIEWS_TODAY = (f"SELECT bank_id, count(*), sum(CASE WHEN stage_before = {Stage.NEW:d} THEN 1 ELSE 0 END)"
                  " FROM review WHERE reviewed_at >= ? AND reviewed_at < ? GROUP BY bank_id")
_REVIEWS_OF_MONTH = ("SELECT bank_id, count(*), sum(CASE WHEN rating > 1 THEN 1 ELSE 0 END)"
                     f" FROM review WHERE reviewed_at >= ? AND stage_before = {Stage.REVIEW:d} GROUP BY bank_id")

# See Progress.last_reviewed; the plan is checked in tests/storage/test_progress.py.
_LAST_REVIEWED = ("SELECT question.bank_id, max((SELECT max(review.reviewed_at) FROM review "
                  "WHERE review.question = question.id)) FROM question WHERE question.bank_id IN ({}) "
                  "GROUP BY question.bank_id")

_INSERT_QUESTION = ("INSERT INTO question (bank_id, question_id, qtype, topic, position, content_hash, retired, "
                    "changed) VALUES (?, ?, ?, ?, ?, ?, 0, 0)")

# The install's statements (BankInstalls, Progress._sync_questions), plain and prepared once per connection.
_BANK_ROW = "SELECT version, removed, stored_path FROM bank WHERE id = ?"
_INSERT_BANK = ("INSERT INTO bank (id, version, title, source_path, stored_path, bundled, removed, installed_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")
_UPDATE_BANK = ("UPDATE bank SET version = ?, title = ?, source_path = ?, stored_path = ?, bundled = ?, removed = 0, "
                "updated_at = ? WHERE id = ?")
_QUESTIONS_OF_BANK = ("SELECT id, question_id, retired, content_hash, position, topic, qtype, changed FROM question "
                      "WHERE bank_id = ?")
_UPDATE_QUESTION = ("UPDATE question SET retired = 0, content_hash = ?, position = ?, topic = ?, qtype = ?, changed = ? "
                    "WHERE id = ?")
_CARDS_RETIRED_AS_QUESTIONS = ("UPDATE card SET retired = (SELECT question.retired FROM question "
                               "WHERE question.id = card.question) WHERE card.bank_id = ?")
_INSERT_CARDS = ("INSERT INTO card (question, bank_id, stage, scheduled_days, reps, lapses, retired) "
                 "SELECT question.id, question.bank_id, 0, 0, 0, 0, 0 FROM question WHERE question.bank_id = ?")
_INSERT_NEW_CARDS = _INSERT_CARDS + " AND question.id NOT IN (SELECT card.question FROM card WHERE card.bank_id = ?)"
_LIVE_HASHES = "SELECT question_id, content_hash FROM question WHERE bank_id = ? AND NOT retired"
# A batch's new banks' cards (BankInstalls._settle): every question of the batch without a card yet.
_LAST_QUESTION = "SELECT coalesce(max(id), 0) FROM question"
_INSERT_BATCH_CARDS = ("INSERT INTO card (question, bank_id, stage, scheduled_days, reps, lapses, retired) "
                       "SELECT question.id, question.bank_id, 0, 0, 0, 0, 0 FROM question WHERE question.id > ? "
                       "AND NOT EXISTS (SELECT 1 FROM card WHERE card.question = question.id)")
_CARD_ADDED_TRIGGER = "bank_figure_card_added"  # storage.database: each card's insert counted in bank_figure
_TRIGGER_SQL = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
_NEW_BANK_FIGURES = "UPDATE bank_figure SET live = live + ?, unseen = unseen + ? WHERE bank_id = ?"
_SETTLE_AT = 20_000  # new banks' questions whose cards are made before the next bank (not all at the commit)
_SYNC_AHEAD = 120  # copies' paths (~40 banks) whose syncs are started together while the import goes on


class BankInstalls:
    """Banks installed as one transaction: their copies written, synced together, and one commit.

    A folder of 1,000 banks installed one by one paid, per bank, an ORM session, a commit and
    five fsyncs (25-40 ms of a loaded disk's time each bank; Anki imports a CSV in one
    transaction). Here each bank's rows are written with plain statements on one open
    transaction, each in a savepoint, so a bank that fails (an older version, a disk error in its
    copy) is undone alone and the others go on; new banks' cards are made together (`_settle`);
    the copies' syncs are started a batch at a time as they are written (`durable.SyncsAhead`), and
    `commit()` waits for them, syncs the rest, then commits, and only then prunes the versions they
    replace. So a
    row never points at a copy that is not on disk, and a kill leaves the library as it was before
    the batch or as it is after. Its reads see its own writes; other connections see the batch
    only once committed (a caller that asks the store about a bank of the batch commits first:
    `holds`). Made by `Progress.installing`."""

    def __init__(self, progress: "Progress", now: datetime):
        self.progress, self.now = progress, now
        self._conn = None  # the pool's connection while a transaction is open
        self._copies: dict[Path, "Copy"] = {}  # written for the open transaction, by folder
        self._keep: dict[str, Path] = {}  # bank id -> the folder its row points at once committed
        self._ids: set[str] = set()  # banks written in the open transaction
        self._folders: dict[Path, Path] = {}  # folders resolved (see _resolved)
        self._banks_dir: Path | None = None  # the store's banks folder, resolved once a batch
        # New banks whose cards are made at the commit (_settle): bank id -> its number of questions;
        # and the last question row before the transaction's first new bank
        self._new_cards: dict[str, int] = {}
        self._last_question: int | None = None
        # The copies' syncs, started a batch at a time while the import goes on (see commit), and the
        # paths written since the last batch
        self._syncs = SyncsAhead()
        self._unsynced: list[Path] = []
        self.settle_at, self.sync_ahead = _SETTLE_AT, _SYNC_AHEAD

    def holds(self, bank_id: str) -> bool:
        """Whether the open transaction has written this bank (uncommitted: others cannot see it)."""
        return bank_id in self._ids

    def installed(self, bank_id: str) -> bool:
        """Whether a bank with this id is installed (not removed), as this batch sees it."""
        cur = self._cursor()
        try:
            return cur.execute("SELECT NOT removed FROM bank WHERE id = ?", (bank_id,)).fetchone() == (1,)
        finally:
            cur.close()

    def install(self, loaded: LoadedBank, *, bundled: bool = False, native: str | None = None,
                lines: Sequence[str] | None = None) -> InstallReport:
        """See `Progress.install_bank`; committed with the batch. `lines`: each question's canonical
        JSON (`question_json`, in question order) if the reader already made it."""
        return self.install_digest(BankDigest.of(loaded, lines), bundled=bundled, native=native)

    def install_digest(self, bank: BankDigest, *, bundled: bool = False, native: str | None = None) -> InstallReport:
        """`install` from what the store needs of the bank (a folder's worker hands that over)."""
        progress, now = self.progress, self.now
        bank_id, version = bank.id, bank.version
        if progress.backups_dir is not None and not (progress._batch and progress._batch[0]):
            # trust: a copy before an import changes anything (once per import_batch); it copies what
            # is committed, so whatever this batch wrote so far is committed first.
            self.commit()
            made = before_import(progress.engine, bank_id, version, progress.backups_dir, now, bundled=bundled)
            if made is not None and progress._batch is not None:
                progress._batch[0] = True
        cur = self._cursor()
        try:
            with plain_storage_errors(progress.engine.url.database):
                if sum(self._new_cards.values()) >= self.settle_at:
                    self._settle()
                cur.execute("SAVEPOINT install")
                try:
                    report = self._install(cur, bank, bundled, native)
                except BaseException:
                    self._new_cards.pop(bank_id, None)
                    if cur.connection.in_transaction:  # (SQLite may have rolled it all back itself)
                        cur.execute("ROLLBACK TO install")
                        cur.execute("RELEASE install")
                    raise
                cur.execute("RELEASE install")
        finally:
            cur.close()
        return report

    def _install(self, cur: sqlite3.Cursor, bank: BankDigest, bundled: bool, native: str | None) -> InstallReport:
        progress, now = self.progress, self.now
        bank_id, version = bank.id, bank.version
        row = cur.execute(_BANK_ROW, (bank_id,)).fetchone()
        if row is not None and not row[1]:
            installed, stored = row[0], row[2]
            if version < installed:
                raise BankVersionError(
                    f"{bank.path}: bank {bank_id!r} is version {version}, but version {installed} is "
                    f"already installed; install version {installed} or newer (raise [bank] version "
                    "when you change a bank)")
            if version == installed:
                if progress.banks_dir and not Path(stored).is_file():
                    # The copy went missing: restore it, nothing else to do.
                    copy = self._write_copy(bank, native)
                    cur.execute("UPDATE bank SET stored_path = ? WHERE id = ?", (str(copy.file), bank_id))
                    self._ids.add(bank_id)
                return InstallReport(bank_id, version, installed, "unchanged", unchanged=bank.ids,
                                     ignored=_differences(cur, bank_id, bank))
        previous = row[0] if row is not None else None
        if previous is None and self._last_question is None:
            self._last_question = cur.execute(_LAST_QUESTION).fetchone()[0]
        copy = self._write_copy(bank, native)
        source = str(self._resolved(bank.path))
        stored_path = str(copy.file) if copy else source
        try:
            stamp = utc_text(now)
            if row is None:
                cur.execute(_INSERT_BANK, (bank_id, version, bank.info.title, source, stored_path, bundled, stamp,
                                           stamp))
            else:
                cur.execute(_UPDATE_BANK, (version, bank.info.title, source, stored_path, bundled, stamp, bank_id))
            report = progress._sync_questions(cur, bank, previous, False)  # cards: see _settle
            if previous is None:
                self._new_cards[bank_id] = len(bank.keys)
        except BaseException:
            if copy:
                self._drop(copy)
            raise
        self._ids.add(bank_id)
        if copy:
            self._keep[bank_id] = copy.folder
        return report

    def _resolved(self, path: Path) -> Path:
        """`path.resolve()`, with each folder resolved once a batch (a system call per part of the
        path, for each of 1,000 files of one folder)."""
        if path.is_symlink():
            return path.resolve()
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = path.parent.resolve()
        return folder / path.name

    def _write_copy(self, bank: BankDigest, native: str | None):
        """The bank's copy in the data folder, synced at the commit; None for a store without one."""
        banks_dir = self.progress.banks_dir
        if banks_dir is None:
            return None
        if self._banks_dir is None:
            self._banks_dir = self._resolved(banks_dir)
        copy = write_copy(self._banks_dir, bank, native)
        self._copies[copy.folder] = copy
        # The banks folder is synced at the commit: the folders of banks read ahead are still being made in it.
        self._unsynced += [path for path in copy.to_sync if path != self._banks_dir]
        if len(self._unsynced) >= self.sync_ahead:
            self._syncs.submit(self._unsynced)
            self._unsynced = []
        return copy

    def _drop(self, copy) -> None:
        self._copies.pop(copy.folder, None)
        shutil.rmtree(copy.folder, ignore_errors=True)

    def _cursor(self) -> sqlite3.Cursor:
        if self._conn is None:
            conn = self.progress.engine.raw_connection()
            try:
                conn.driver_connection.execute("BEGIN IMMEDIATE")
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn.driver_connection.cursor()

    def commit(self) -> None:
        """Sync every copy written, commit, then prune the versions the committed rows replaced."""
        if self._conn is None:
            return
        banks_dir = self.progress.banks_dir
        try:
            with plain_storage_errors(self.progress.engine.url.database):
                self._settle()
            if banks_dir is not None and self._copies:
                # Every copy's paths on disk: most synced already while the import went on (their failures
                # count only for a copy still to be committed: a dropped one's paths are gone), the rest now.
                live = {path for copy in self._copies.values() for path in copy.to_sync}
                for path, exc in self._syncs.failures().items():
                    if path in live:
                        raise copies_not_saved(banks_dir, exc)
                sync_paths(banks_dir, [*(path for path in self._unsynced if path in live), self._banks_dir])
            with plain_storage_errors(self.progress.engine.url.database):
                self._conn.driver_connection.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        keep = self._keep
        self._end()
        for bank_id, folder in keep.items():
            prune_copies(banks_dir, bank_id, keep=folder)

    def _settle(self) -> None:
        """The new banks' cards, one statement for the transaction, before it commits.

        The per-card trigger that keeps `bank_figure` (storage.database) is dropped for that statement and
        made again from its own text in the same transaction, and each new bank's figures are added at
        once: every card of a new bank is live and unseen. Made one by one, with the trigger's update
        of the bank's figures for every card, a folder of 1,000 banks spent a third of its rows' time
        there. Inside the transaction nothing else writes, and a rollback (or a kill) brings the trigger
        back with the rest; every other write keeps it."""
        if not self._new_cards:
            return
        conn = self._conn.driver_connection
        found = conn.execute(_TRIGGER_SQL, (_CARD_ADDED_TRIGGER,)).fetchone()
        if found is not None:
            conn.execute(f"DROP TRIGGER {_CARD_ADDED_TRIGGER}")
        conn.execute(_INSERT_BATCH_CARDS, (self._last_question or 0,))
        if found is not None:
            conn.executemany(_NEW_BANK_FIGURES, [(n, n, bank_id) for bank_id, n in self._new_cards.items()])
            conn.execute(found[0])
        self._new_cards, self._last_question = {}, None

    def rollback(self) -> None:
        """Undo the open transaction and remove the copies it wrote."""
        if self._conn is None:
            return
        try:
            if self._conn.driver_connection.in_transaction:
                self._conn.driver_connection.rollback()
        finally:
            for copy in list(self._copies.values()):
                self._drop(copy)
            self._end()

    def _end(self) -> None:
        conn, self._conn = self._conn, None
        self._copies, self._keep, self._ids = {}, {}, set()
        self._new_cards, self._last_question = {}, None
        self._syncs.close()
        self._unsynced = []
        if conn is not None:
            conn.close()


def _differences(cur: sqlite3.Cursor, bank_id: str, bank: BankDigest) -> tuple[str, ...]:
    """Questions a same-version file adds, changes or drops against what is installed, so a
    teacher who forgot to raise the version is told instead of silently ignored."""
    installed = dict(cur.execute(_LIVE_HASHES, (bank_id,)).fetchall())
    here = dict(zip(bank.ids, bank.hashes))  # each question's content hash (Question.content_hash())
    return tuple(sorted(qid for qid in installed.keys() | here.keys() if installed.get(qid) != here.get(qid)))

# The queue's reads (learning_cards, _cards): each card with its key, by stage and due or by row id.
_LEARNING = (f"SELECT question.bank_id, question.question_id, {card_rows.STATE_COLUMNS} {card_rows.CARD_JOIN} "
             "WHERE card.bank_id IN ({}) AND card.retired = 0 "
             f"AND card.stage IN ({', '.join(str(int(s)) for s in LEARNING_STAGES)}) AND card.due <= ? "
             "ORDER BY card.due, card.question")
_CARDS_BY_PK = (f"SELECT card.question, question.bank_id, question.question_id, {card_rows.STATE_COLUMNS} "
                f"{card_rows.CARD_JOIN} WHERE card.question IN ({{}})")

# Raw statements for the per-answer path (see record_review); columns as in tables.py.
# An answer's question: its key, and whether its content changed in a bank update since its last review.
_FIND_QUESTION = "SELECT id, changed FROM question WHERE bank_id = ? AND question_id = ?"
_CLEAR_CHANGED = "UPDATE question SET changed = 0 WHERE id = ?"


def _card_values(state: CardState) -> dict:
    return {"stage": int(state.stage), "step": state.step, "stability": state.stability,
            "difficulty": state.difficulty, "due": state.due, "last_review": state.last_review,
            "scheduled_days": state.scheduled_days, "reps": state.reps, "lapses": state.lapses}


def open_progress(dirs: AppDirs, now: datetime, bundled: Sequence[Path] | None = None, *,
                  wait: float = WAIT_SECONDS, on_wait: Callable[[str], None] | None = None,
                  defer_log_check: bool = False) -> Progress:
    """The app's way in: open/migrate `dirs.database` and install or update the bundled banks.

    The store holds the data folder (`storage.app_lock.FolderHold`) until it is closed, so no
    restore or other writer's process can replace the file under it; another command's hold is
    waited for up to `wait` seconds (`on_wait` is told once), the app's is refused at once.
    A bundled bank that fails to load (or is older than the installed one) does not stop the app;
    its message goes to `progress.sync_problems`. A bundled bank the user removed stays removed.
    """
    check_writable(dirs.database.parent)  # a plain message for a folder that cannot be used, before the lock
    hold = FolderHold(dirs.data, wait, on_wait)
    try:
        # trust: a damaged file is moved aside, not opened. The window defers the review log's check
        # to just after opening (gui.open_check), so a big library opens at once.
        ensure_sound(dirs.database, dirs.backups, now, defer_log_check=defer_log_check)
        progress = Progress.open(dirs.database, dirs.backups, now, banks_dir=dirs.banks)
    except BaseException:
        hold.release()
        raise
    progress.hold = hold
    try:
        progress.sync_problems += install_bundled(progress, bundled_banks() if bundled is None else bundled, now)
    except BaseException:
        progress.close()
        raise
    return progress


__all__ = ["Progress", "open_progress", "MATURE_DAYS"]

