"""Noticing a damaged progress file, and turning storage failures into messages a student can act on.

On open, `ensure_sound` (called with the data folder's lock held) first lets SQLite recover a hot
rollback `-journal` the way SQLite does it, by opening the file read-write, so a write cut short
is rolled back instead of being judged as damage. Then PRAGMA quick_check (fast: no index
cross-checks), then what SQLite cannot know: a 0-byte file is a lost file, not a new user; the
progress tables must be there; the schema version must be one a studyapp writes; the earliest and
the latest stored time of each kind must be dates the app can count with (year 1970 to 8999). A damaged file is never opened
for writing and never deleted: it and its -wal/-shm/-journal are renamed aside with a time stamp,
and DatabaseDamagedError says where it went and which backup is the latest good one, so the app
can offer to restore it (or start afresh, since the file is out of the way).

`guard_storage_errors(engine)` turns SQLite's "disk is full", "readonly database" and I/O errors
into StorageError. SQLite has already rolled the statement's transaction back by then, so the
file keeps everything committed before and nothing half-written.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from studyapp.errors import DatabaseDamagedError, StorageError
from studyapp.storage.backups import check_file, latest_good_backup
from studyapp.storage.database import SCHEMA_VERSION

SIDE_FILES = ("-wal", "-shm", "-journal")
# The stored form of a time (storage.tables.utc_text), and the years the app can count with.
_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_EARLIEST, _LATEST = 1970, 9000
_TIME_COLUMNS = (("review", "reviewed_at"), ("card", "due"), ("card", "last_review"))
CORE_TABLES = ("bank", "question", "card", "review")


def quick_check(database: Path | str) -> list[str]:
    """PRAGMA quick_check of a file; [] means sound."""
    return check_file(database, full=False)


def full_check(database: Path | str) -> list[str]:
    """PRAGMA integrity_check of a file (every index against its table); [] means sound."""
    return check_file(database, full=True)


def move_aside(database: Path | str, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm, which belong to it) out of the way; never delete."""
    database = Path(database)
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = database.with_name(f"{database.name}.damaged-{stamp}-{n}")
    try:
        for side in SIDE_FILES:
            src = Path(str(database) + side)
            if src.exists():
                os.replace(src, Path(str(target) + side))
        os.replace(database, target)
    except OSError as exc:
        raise StorageError(f"{database}: the progress file is damaged and could not be moved aside "
                           f"({exc.strerror}); move it away yourself, then start studyapp again") from None
    return target


def ensure_sound(database: Path | str, backups: Path | str, now: datetime) -> None:
    """Check the folder and the file before the app opens them: a folder that cannot be written is
    a StorageError saying so (rather than SQLite's "unable to open"); a damaged file is moved aside
    and reported. Call it holding the data folder's lock: it may roll back a hot journal."""
    database = Path(database)
    check_writable(database.parent)
    if not database.exists():
        return
    recover_journal(database)
    problems = quick_check(database) if database.stat().st_size else ["it is empty (0 bytes)"]
    if not problems:
        problems = content_problems(database)
    if not problems:
        return
    moved = move_aside(database, now)
    latest = latest_good_backup(backups, now)
    offer = (f"The latest good backup is from {latest.describe(now)}; restore it with File → Backups… "
             f"or `studyapp restore \"{latest.path}\"`." if latest else
             "There is no backup to go back to; studyapp will start with an empty progress file.")
    raise DatabaseDamagedError(
        f"{database}: your progress file is damaged ({problems[0]}). It was moved to {moved} "
        f"(nothing was deleted). {offer}", moved_to=moved, latest_backup=latest.path if latest else None)


def _is_time(value) -> bool:
    if not isinstance(value, str) or not _TIME_TEXT.fullmatch(value):
        return False
    try:
        return _EARLIEST <= datetime.fromisoformat(value).year < _LATEST
    except ValueError:
        return False


def recover_journal(database: Path) -> None:
    """Roll back a write cut short in rollback-journal mode, with SQLite's own recovery: a read on
    a read-write connection finds the hot `-journal`, rolls it back and deletes it. A read-only
    check cannot do this and would call a sound file damaged. Errors are left to the checks after."""
    if not Path(str(database) + "-journal").exists():
        return
    try:
        conn = sqlite3.connect(str(database), timeout=10)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def content_problems(database: Path) -> list[str]:
    """What SQLite's check cannot see: a schema version no studyapp writes, missing progress
    tables, stored times that are not dates the app can count with. [] when none."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version < 0:
                return [f"its schema version is {version}, which no studyapp writes"]
            if version == 0 or version > SCHEMA_VERSION:
                return []  # not set up yet (opening creates the tables), or too new (opening says so)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in CORE_TABLES if t not in tables]
            if missing:
                return [f"the {', '.join(missing)} table{'s are' if len(missing) > 1 else ' is'} missing"]
            for table, column in _TIME_COLUMNS:
                # The earliest and the latest: a seek each on the review log's time index (a full
                # scan cost as much as quick_check itself), and they are where a year-1 date, a
                # number or a word ("yesterday" sorts after every date) end up.
                # Two statements: SQLite's min/max optimisation works on a lone min() or max() only.
                for end in ("min", "max"):
                    value = conn.execute(f"SELECT {end}({column}) FROM {table}").fetchone()[0]  # noqa: S608
                    if value is not None and not _is_time(value):
                        return [f"a {table} has the time {value!r} in {column}, which is not a date from "
                                f"{_EARLIEST} to {_LATEST - 1}"]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if any(word in str(exc) for word in ("unable to open", "readonly", "disk I/O", "full", "locked")):
            return []  # the check could not run (folder, disk): no verdict on the file
        return [str(exc).splitlines()[0]]
    except sqlite3.DatabaseError as exc:
        return [str(exc).splitlines()[0]]
    return []


def guard_storage_errors(engine: Engine) -> Engine:
    """Raise StorageError with a plain message for a full disk, a read-only folder or an I/O failure."""
    where = engine.url.database

    @event.listens_for(engine, "handle_error")
    def _translate(ctx):
        orig = ctx.original_exception
        if not isinstance(orig, sqlite3.Error):
            return None
        message = str(orig).lower()
        if "full" in message:
            raise StorageError(f"{where}: the disk is full, so this was not saved. Everything saved before "
                               "is kept; free some disk space and try again") from None
        if "readonly" in message or "read-only" in message:
            raise StorageError(f"{where}: the data folder is read-only, so this was not saved. Everything "
                               "saved before is kept; make the folder writable or choose another with "
                               "--data-dir") from None
        if "disk i/o" in message:
            raise StorageError(f"{where}: the disk reported an error while saving, so this was not saved; "
                               "check the disk and try again") from None
        return None

    return engine


def check_writable(folder: Path | str) -> None:
    """Probe the data folder by creating a file: unlike os.access, this also tells the truth to root
    on a read-only mount."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():  # else mkdir's "File exists" reads as nonsense here
        raise StorageError(f"{folder}: is a file, not a folder; choose a folder for your data with --data-dir "
                           "(a new one is made if it does not exist)")
    probe = folder / f".write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as fh:
            fh.write(b"x")
    except OSError as exc:
        raise StorageError(f"{folder}: the data folder cannot be written ({exc.strerror}); make it writable "
                           "or choose another with --data-dir") from None
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
