"""Opening the progress database: connection pragmas, the migration ladder, backups.

Every connection gets WAL (readers never block the writer), synchronous=FULL (a committed
answer survives a power cut, not only a crash; one fsync per answer is cheap at human speed),
foreign keys on and a busy timeout. Transactions are begun explicitly (the sqlite3 module's own
implicit transactions skip DDL), deferred for reads and IMMEDIATE for writes, so a writer takes
the lock up front instead of failing halfway on an upgrade.

The schema version lives in PRAGMA user_version. Each step of `MIGRATIONS` is frozen SQL run in
one transaction together with its version bump, so a migration either happens completely or not
at all. Before migrating an existing file a consistent copy goes to the backups folder. A file
from a newer studyapp is refused with DatabaseTooNewError and left untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from studyapp.core.card import Stage
from studyapp.errors import DatabaseCorruptError, DatabaseTooNewError, StorageError
from studyapp.storage import wal_room

# None is bound as NULL through the sqlite3 module's adapter lookup (it is not one of the exact types the
# module binds directly): without an adapter for it, each None looks up `__adapt__` on the protocol type,
# which formats an AttributeError message that is then dropped, and `__conform__` on None (~3,300
# instructions; an answer binds three or four Nones). An adapter found in the module's table is called
# instead and returns None, which binds NULL as before: `{}.get(None)` is None.
sqlite3.register_adapter(type(None), {}.get)

BUSY_TIMEOUT_MS = 10_000
# Each connection's page cache, in KiB (SQLite's default is 2,000). The engine keeps up to five
# connections open, and the library's and statistics' reads run on several at once: at 1,000 banks
# their caches held ~9-13 MiB of the app's peak. The reads are scans and index seeks whose pages the
# OS keeps cached anyway; an answer touches a handful of pages, which 1 MiB holds.
CACHE_KIB = 1024
WRITE = {"studyapp_write": True}  # execution option: begin with BEGIN IMMEDIATE


@dataclass(frozen=True)
class Migration:
    """One rung of the ladder: the SQL that takes a database from `version - 1` to `version`.

    A step may also be a function of the connection, for what plain SQL cannot say (a table that
    only some files have); it runs in the rung's transaction like the SQL around it."""

    version: int
    description: str
    statements: tuple[str | Callable, ...]


def _ms_of(text: str) -> str:
    """SQL for the whole milliseconds since 1970 of a stored UTC text ('2022-01-21 12:00:00.123456')
    or an ISO text with an offset ('2022-01-21T12:00:00.123456+00:00'); the text itself where it
    is not a time, so a damaged value is kept (and reported by the open check) rather than lost."""
    ms = (f"(CAST(strftime('%s', {text}) AS INTEGER) * 1000 + "
          f"CASE WHEN substr({text}, 20, 1) = '.' THEN CAST(substr({text}, 21, 3) AS INTEGER) ELSE 0 END)")
    return f"CASE WHEN {text} IS NULL THEN NULL WHEN strftime('%s', {text}) IS NULL THEN {text} ELSE {ms} END"


def _keep_pulled_hub_records(conn) -> None:
    """v5, for a folder that joined a class: the hub replays a card from each pulled review's state
    before and after as the device that made it recorded them, so those two texts move to the hub's
    own table before the review log drops its JSON columns (storage tables never name hub tables
    otherwise; `hub.local` creates the same table in folders that join later)."""
    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "hub_review" not in names:
        return
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS hub_pulled (review_id INTEGER NOT NULL PRIMARY KEY, "
                         "state_before TEXT NOT NULL, state_after TEXT NOT NULL)")
    conn.exec_driver_sql("INSERT OR IGNORE INTO hub_pulled (review_id, state_before, state_after) "
                         "SELECT r.id, r.state_before, r.state_after FROM review r "
                         "JOIN hub_review h ON h.review_id = r.id WHERE h.origin = 'hub'")


def _restore_hub_triggers(conn) -> None:
    """The hub's triggers on `review` went with the old table; put them back where the hub is."""
    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "hub_review" in names:
        conn.exec_driver_sql("CREATE TRIGGER IF NOT EXISTS hub_review_undone AFTER DELETE ON review BEGIN "
                             "UPDATE hub_review SET review_id = NULL WHERE review_id = OLD.id; END")
    if "hub_pulled" in names:
        conn.exec_driver_sql("CREATE TRIGGER IF NOT EXISTS hub_pulled_undone AFTER DELETE ON review BEGIN "
                             "DELETE FROM hub_pulled WHERE review_id = OLD.id; END")


# Frozen: never edit a released rung; add a new one and raise SCHEMA_VERSION.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "banks, questions, cards and the review log", (
        """CREATE TABLE bank (
            id VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            title VARCHAR NOT NULL,
            source_path VARCHAR NOT NULL,
            stored_path VARCHAR NOT NULL,
            bundled BOOLEAN NOT NULL,
            removed BOOLEAN NOT NULL,
            installed_at VARCHAR(26) NOT NULL,
            updated_at VARCHAR(26) NOT NULL,
            PRIMARY KEY (id)
        )""",
        """CREATE TABLE question (
            id INTEGER NOT NULL,
            bank_id VARCHAR NOT NULL,
            question_id VARCHAR NOT NULL,
            qtype VARCHAR NOT NULL,
            topic VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            content_hash VARCHAR NOT NULL,
            retired BOOLEAN NOT NULL,
            changed BOOLEAN NOT NULL,
            PRIMARY KEY (id),
            CONSTRAINT uq_question_bank_qid UNIQUE (bank_id, question_id),
            FOREIGN KEY(bank_id) REFERENCES bank (id) ON DELETE CASCADE
        )""",
        """CREATE TABLE card (
            question INTEGER NOT NULL,
            bank_id VARCHAR NOT NULL,
            stage INTEGER NOT NULL,
            step INTEGER,
            stability FLOAT,
            difficulty FLOAT,
            due VARCHAR(26),
            last_review VARCHAR(26),
            scheduled_days INTEGER NOT NULL,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            PRIMARY KEY (question),
            FOREIGN KEY(question) REFERENCES question (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_card_queue ON card (bank_id, stage, due)",
        """CREATE TABLE review (
            id INTEGER NOT NULL,
            question INTEGER NOT NULL,
            bank_id VARCHAR NOT NULL,
            reviewed_at VARCHAR(26) NOT NULL,
            rating INTEGER NOT NULL,
            correct BOOLEAN,
            score FLOAT,
            answer VARCHAR NOT NULL,
            duration_ms INTEGER,
            stage_before INTEGER NOT NULL,
            state_before VARCHAR NOT NULL,
            state_after VARCHAR NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(question) REFERENCES question (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_review_time ON review (reviewed_at)",
        "CREATE INDEX ix_review_question ON review (question, reviewed_at)",
    )),
    Migration(2, "exams and their answers", (
        """CREATE TABLE exam (
            id INTEGER NOT NULL,
            bank_ids VARCHAR NOT NULL,
            started_at VARCHAR(26) NOT NULL,
            finished_at VARCHAR(26),
            size INTEGER NOT NULL,
            answered INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            score FLOAT NOT NULL,
            PRIMARY KEY (id)
        )""",
        """CREATE TABLE exam_answer (
            id INTEGER NOT NULL,
            exam INTEGER NOT NULL,
            bank_id VARCHAR NOT NULL,
            question_id VARCHAR NOT NULL,
            answered_at VARCHAR(26) NOT NULL,
            answer VARCHAR NOT NULL,
            correct BOOLEAN,
            score FLOAT NOT NULL,
            duration_ms INTEGER,
            PRIMARY KEY (id),
            FOREIGN KEY(exam) REFERENCES exam (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_exam_answer_exam ON exam_answer (exam)",
    )),
    Migration(3, "covering indexes for the queue and the counts", (
        # The queue and the counts read only `card` and `review`, through covering indexes:
        # the retired flag is copied onto the card so no query needs the question table.
        "ALTER TABLE card ADD COLUMN retired BOOLEAN NOT NULL DEFAULT 0",
        "UPDATE card SET retired = (SELECT question.retired FROM question WHERE question.id = card.question)",
        "DROP INDEX ix_card_queue",
        "CREATE INDEX ix_card_queue ON card (bank_id, retired, stage, due, scheduled_days)",
        "DROP INDEX ix_review_time",
        "CREATE INDEX ix_review_time ON review (reviewed_at, bank_id, stage_before, rating)",
    )),
    Migration(4, "suspended, buried and flagged questions; the text Browse searches", (
        # Keyed by (bank id, question id) like progress, with no foreign key: a mark outlives a
        # bank update that retires and brings back its question, and a removal and reinstall.
        """CREATE TABLE mark (
            bank_id VARCHAR NOT NULL,
            question_id VARCHAR NOT NULL,
            suspended BOOLEAN NOT NULL DEFAULT 0,
            buried_until VARCHAR(26),
            flag INTEGER NOT NULL DEFAULT 0,
            updated_at VARCHAR(26) NOT NULL,
            PRIMARY KEY (bank_id, question_id)
        )""",
        # What Browse shows and searches, made from the bank's content and refreshed when the
        # question's content hash changes: searching 100,000 questions needs no bank file read.
        """CREATE TABLE question_text (
            question INTEGER NOT NULL,
            content_hash VARCHAR NOT NULL,
            prompt VARCHAR NOT NULL,
            answer VARCHAR NOT NULL,
            search VARCHAR NOT NULL,
            PRIMARY KEY (question),
            FOREIGN KEY(question) REFERENCES question (id) ON DELETE CASCADE
        )""",
    )),
    Migration(5, "the review log as narrow typed columns: integer times, the state after only", (
        # 427 B a review (two JSON card states and three 26-character times, each time also in
        # two indexes) -> about 70 B. The state before is the previous review's state after, or
        # a new card's where stage_before is NEW, so it is no longer stored. last_review is NULL
        # where it equals reviewed_at (every review the app records).
        """CREATE TABLE review_v5 (
            id INTEGER NOT NULL,
            question INTEGER NOT NULL,
            bank_id VARCHAR NOT NULL,
            reviewed_at INTEGER NOT NULL,
            rating INTEGER NOT NULL,
            correct BOOLEAN,
            score FLOAT,
            answer VARCHAR NOT NULL,
            duration_ms INTEGER,
            stage_before INTEGER NOT NULL,
            stage INTEGER NOT NULL,
            step INTEGER,
            stability FLOAT,
            difficulty FLOAT,
            due INTEGER,
            last_review INTEGER,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(question) REFERENCES question (id) ON DELETE CASCADE
        )""",
        f"""INSERT INTO review_v5 (id, question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms,
                stage_before, stage, step, stability, difficulty, due, last_review, reps, lapses)
            SELECT id, question, bank_id, at, rating, correct, score, answer, duration_ms, stage_before,
                coalesce(stage, 0), step, stability, difficulty, {_ms_of("due")},
                CASE WHEN {_ms_of("last_review")} IS at THEN NULL ELSE {_ms_of("last_review")} END,
                coalesce(reps, 0), coalesce(lapses, 0)
            FROM (SELECT *, {_ms_of("reviewed_at")} AS at,
                    json_extract(state_after, '$.stage') AS stage, json_extract(state_after, '$.step') AS step,
                    json_extract(state_after, '$.stability') AS stability,
                    json_extract(state_after, '$.difficulty') AS difficulty,
                    json_extract(state_after, '$.due') AS due, json_extract(state_after, '$.last_review') AS last_review,
                    json_extract(state_after, '$.reps') AS reps, json_extract(state_after, '$.lapses') AS lapses
                  FROM review)""",
        _keep_pulled_hub_records,
        "DROP TABLE review",
        "ALTER TABLE review_v5 RENAME TO review",
        "CREATE INDEX ix_review_question ON review (question, reviewed_at)",
        "CREATE INDEX ix_review_time ON review (reviewed_at, bank_id, stage_before, rating)",
        _restore_hub_triggers,
    )),
    Migration(6, "each bank's figures kept by its writes; the topics' index", (
        # What the library's first view reads of every bank, kept in one row a bank by triggers in the
        # transaction of every write that changes it (an answer, its undo, an install, a reset, a removal,
        # a pulled review), so opening reads 1,000 rows instead of grouping 100,000 cards and seeking
        # 100,000 questions' latest reviews. live: cards not retired; unseen: of those, still new (stage
        # 0); leeches: of those, lapsed 8 times or more (core.card.LEECH_THRESHOLD); last_review: the
        # bank's latest review time (ms), retired questions' included, NULL for none.
        """CREATE TABLE bank_figure (
            bank_id VARCHAR NOT NULL,
            live INTEGER NOT NULL DEFAULT 0,
            unseen INTEGER NOT NULL DEFAULT 0,
            leeches INTEGER NOT NULL DEFAULT 0,
            last_review INTEGER,
            PRIMARY KEY (bank_id)
        )""",
        # Each bank's latest review from its questions' (a seek each at the end of its run of
        # ix_review_question): the log has no index led by the bank.
        f"""INSERT INTO bank_figure (bank_id, live, unseen, leeches, last_review)
            SELECT bank.id, coalesce(c.live, 0), coalesce(c.unseen, 0), coalesce(c.leeches, 0),
                (SELECT max((SELECT max(review.reviewed_at) FROM review WHERE review.question = question.id))
                 FROM question WHERE question.bank_id = bank.id)
            FROM bank LEFT JOIN (SELECT bank_id, count(*) AS live, sum(stage = {Stage.NEW:d}) AS unseen,
                    sum(lapses >= 8) AS leeches FROM card WHERE retired = 0 GROUP BY bank_id) AS c
                ON c.bank_id = bank.id""",
        # A bank's row comes and goes with the bank (no foreign key: kept whatever the connection's pragmas).
        """CREATE TRIGGER bank_figure_bank_added AFTER INSERT ON bank BEGIN
            INSERT OR IGNORE INTO bank_figure (bank_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER bank_figure_bank_gone AFTER DELETE ON bank BEGIN
            DELETE FROM bank_figure WHERE bank_id = OLD.id; END""",
        f"""CREATE TRIGGER bank_figure_card_added AFTER INSERT ON card BEGIN
            UPDATE bank_figure SET live = live + (NEW.retired = 0),
                unseen = unseen + (NEW.retired = 0 AND NEW.stage = {Stage.NEW:d}),
                leeches = leeches + (NEW.retired = 0 AND NEW.lapses >= 8)
            WHERE bank_id = NEW.bank_id; END""",
        f"""CREATE TRIGGER bank_figure_card_gone AFTER DELETE ON card BEGIN
            UPDATE bank_figure SET live = live - (OLD.retired = 0),
                unseen = unseen - (OLD.retired = 0 AND OLD.stage = {Stage.NEW:d}),
                leeches = leeches - (OLD.retired = 0 AND OLD.lapses >= 8)
            WHERE bank_id = OLD.bank_id; END""",
        # An answer changes stage and lapses; an install or update, retired. Both halves in one statement
        # for the usual case (the same bank), the old bank's half apart for a card that changed bank.
        f"""CREATE TRIGGER bank_figure_card_changed AFTER UPDATE OF bank_id, retired, stage, lapses ON card
            WHEN OLD.bank_id IS NEW.bank_id AND (OLD.retired IS NOT NEW.retired OR OLD.stage IS NOT NEW.stage
                OR OLD.lapses IS NOT NEW.lapses) BEGIN
            UPDATE bank_figure SET live = live - (OLD.retired = 0) + (NEW.retired = 0),
                unseen = unseen - (OLD.retired = 0 AND OLD.stage = {Stage.NEW:d})
                    + (NEW.retired = 0 AND NEW.stage = {Stage.NEW:d}),
                leeches = leeches - (OLD.retired = 0 AND OLD.lapses >= 8) + (NEW.retired = 0 AND NEW.lapses >= 8)
            WHERE bank_id = NEW.bank_id; END""",
        f"""CREATE TRIGGER bank_figure_card_moved AFTER UPDATE OF bank_id ON card
            WHEN OLD.bank_id IS NOT NEW.bank_id BEGIN
            UPDATE bank_figure SET live = live - (OLD.retired = 0),
                unseen = unseen - (OLD.retired = 0 AND OLD.stage = {Stage.NEW:d}),
                leeches = leeches - (OLD.retired = 0 AND OLD.lapses >= 8)
            WHERE bank_id = OLD.bank_id;
            UPDATE bank_figure SET live = live + (NEW.retired = 0),
                unseen = unseen + (NEW.retired = 0 AND NEW.stage = {Stage.NEW:d}),
                leeches = leeches + (NEW.retired = 0 AND NEW.lapses >= 8)
            WHERE bank_id = NEW.bank_id; END""",
        """CREATE TRIGGER bank_figure_review_added AFTER INSERT ON review BEGIN
            UPDATE bank_figure SET last_review = NEW.reviewed_at
            WHERE bank_id = NEW.bank_id AND (last_review IS NULL OR NEW.reviewed_at > last_review); END""",
        # Only the removal of a bank's latest review (an undo) reads the log again: each of the bank's
        # questions' latest review, a seek at the end of its run of ix_review_question.
        """CREATE TRIGGER bank_figure_review_gone AFTER DELETE ON review BEGIN
            UPDATE bank_figure SET last_review = (SELECT max((SELECT max(review.reviewed_at) FROM review
                    WHERE review.question = question.id)) FROM question WHERE question.bank_id = OLD.bank_id)
            WHERE bank_id = OLD.bank_id AND last_review IS OLD.reviewed_at; END""",
        """CREATE TRIGGER bank_figure_review_changed AFTER UPDATE OF bank_id, reviewed_at ON review BEGIN
            UPDATE bank_figure SET last_review = (SELECT max((SELECT max(review.reviewed_at) FROM review
                    WHERE review.question = question.id)) FROM question WHERE question.bank_id = bank_figure.bank_id)
            WHERE bank_id IN (OLD.bank_id, NEW.bank_id); END""",
        # The library's topics of each bank (live questions, in the order of each topic's first question):
        # a walk of this index, not a scan of the table and a sort.
        "CREATE INDEX ix_question_topics ON question (bank_id, topic, position) WHERE retired = 0",
    )),
    Migration(7, "a bank's latest review folded into its figures after a sitting, not by each answer", (
        # v6's trigger wrote the answer's time into its bank's `bank_figure` row on every answer: a tenth of
        # an answer's instructions and one more page in each answer's commit (benchmarks/README.md). The row
        # now keeps the bank's latest review among the log's rows up to `bank_figure_log.folded` (a review id);
        # the rows after it (the answers since the store last closed) are read with it (`storage.bank_figures`)
        # and folded in when the store closes. The triggers that look the latest review up again when a review
        # goes or changes stay as they were.
        "DROP TRIGGER bank_figure_review_added",
        """CREATE TABLE bank_figure_log (
            id INTEGER NOT NULL CHECK (id = 0),
            folded INTEGER NOT NULL,
            PRIMARY KEY (id)
        )""",
        "INSERT INTO bank_figure_log (id, folded) VALUES (0, coalesce((SELECT max(id) FROM review), 0))",
        # SQLite gives a new row the highest id + 1: once the highest rows go (an undo, a purge), the next
        # answers would get ids at or under `folded`, so it comes down with them.
        """CREATE TRIGGER bank_figure_log_review_gone AFTER DELETE ON review BEGIN
            UPDATE bank_figure_log SET folded = (SELECT coalesce(max(id), 0) FROM review)
            WHERE folded > (SELECT coalesce(max(id), 0) FROM review); END""",
        # An answer changes a card's stage (and an Again its lapses) but rarely a figure: the row is written
        # only when one of the counts moves (a new card's first answer, a card's eighth lapse).
        "DROP TRIGGER bank_figure_card_changed",
        f"""CREATE TRIGGER bank_figure_card_changed AFTER UPDATE OF bank_id, retired, stage, lapses ON card
            WHEN OLD.bank_id IS NEW.bank_id AND (OLD.retired IS NOT NEW.retired
                OR (OLD.stage = {Stage.NEW:d}) IS NOT (NEW.stage = {Stage.NEW:d})
                OR (OLD.lapses >= 8) IS NOT (NEW.lapses >= 8)) BEGIN
            UPDATE bank_figure SET live = live - (OLD.retired = 0) + (NEW.retired = 0),
                unseen = unseen - (OLD.retired = 0 AND OLD.stage = {Stage.NEW:d})
                    + (NEW.retired = 0 AND NEW.stage = {Stage.NEW:d}),
                leeches = leeches - (OLD.retired = 0 AND OLD.lapses >= 8) + (NEW.retired = 0 AND NEW.lapses >= 8)
            WHERE bank_id = NEW.bank_id; END""",
    )),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


class MigrationError(StorageError):
    """A migration step failed; its transaction was rolled back."""


def make_engine(path: Path | str) -> Engine:
    """An engine whose every connection has the pragmas above; no schema work is done here."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see the module docstring)
        wal_room.make_room(path)  # before this connection opens the log: answers overwrite, never append
        cur = dbapi_conn.cursor()
        try:
            mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(f"{path}: SQLite refused WAL mode ({mode}); keep the data folder on a local disk")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        finally:
            cur.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn, _record):
        # A connection back in the pool gives its page cache back (SQLite's `PRAGMA shrink_memory`):
        # five idle connections kept ~6 MiB of the library's memory that the statistics and the next
        # refresh could not use; the next read on it finds its pages in the OS's cache.
        if dbapi_conn is not None:
            try:
                dbapi_conn.execute("PRAGMA shrink_memory")
            except sqlite3.Error:
                pass  # a closed or broken connection: nothing to give back, and the pool deals with it

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get("studyapp_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def user_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def open_database(path: Path | str, backups: Path | str, now: datetime,
                  migrations: tuple[Migration, ...] = MIGRATIONS) -> Engine:
    """Open (creating if needed) and migrate the database at `path`; returns a ready engine.

    Raises DatabaseTooNewError for a file from a newer studyapp, DatabaseCorruptError for a file
    that is not a database, StorageError when the folder cannot be written.
    """
    path = Path(path)
    latest = migrations[-1].version if migrations else 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the data folder ({exc.strerror}); "
                           "choose another with --data-dir") from None
    # Look before touching: the version is read with a plain connection, so a file we refuse
    # is not even switched to WAL, and the backup is taken before any connection of ours.
    found = _peek_version(path)
    if found > latest:
        raise DatabaseTooNewError(
            f"{path}: this progress file needs a newer studyapp (it has schema version {found}; "
            f"this studyapp reads up to version {latest}). Update studyapp, or use --data-dir "
            "to keep a separate progress folder.")
    if 0 < found < latest:
        backup_copy(path, Path(backups), now, f"before-v{latest}")
    engine = make_engine(path)
    try:
        if found < latest:
            migrate(engine, found, migrations)
    except (SADatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if isinstance(exc, OperationalError) and "locked" in str(exc):
            raise StorageError(f"{path}: the progress file is locked by another program; close it and retry") from None
        raise DatabaseCorruptError(f"{path}: not a readable progress database ({_reason(exc)}); "
                                   "restore a copy from the backups folder or move the file away") from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def _peek_version(path: Path) -> int:
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise StorageError(f"{path}: the progress file is locked by another program; close it and retry") from None
        raise DatabaseCorruptError(f"{path}: not a readable progress database ({exc}); "
                                   "restore a copy from the backups folder or move the file away") from None


def migrate(engine: Engine, found: int, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply every rung above `found`, each in its own transaction with its user_version bump."""
    version = found
    for step in migrations:
        if step.version <= version:
            continue
        if step.version != version + 1:
            raise StorageError(f"migration ladder has a gap: {version} -> {step.version}")
        try:
            with engine.connect().execution_options(**WRITE) as conn:
                with conn.begin():
                    for sql in step.statements:
                        if callable(sql):
                            sql(conn)
                        else:
                            conn.exec_driver_sql(sql)
                    conn.exec_driver_sql(f"PRAGMA user_version = {int(step.version)}")
        except (SADatabaseError, sqlite3.DatabaseError) as exc:
            raise MigrationError(
                f"{engine.url.database}: upgrading the progress file to schema version {step.version} "
                f"({step.description}) failed: {_reason(exc)}. The file was left at version {version}; "
                "a copy made before upgrading is in the backups folder.") from None
        version = step.version
    return version


def backup_copy(path: Path, backups: Path, now: datetime, label: str) -> Path:
    """A consistent copy of the database file, made by `storage.backups.make_backup` (trust): written
    under a .partial name and renamed only when complete and checked, so a kill mid-copy never
    leaves a file that looks like a backup."""
    from studyapp.storage.backups import make_backup

    return make_backup(path, backups, now, label)


def integrity_check(engine: Engine) -> list[str]:
    """PRAGMA integrity_check; an empty list means the file is sound."""
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
