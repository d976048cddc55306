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
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from studyapp.errors import DatabaseDamagedError, StorageError
from studyapp.storage import damage
from studyapp.storage.backups import check_file, latest_good_backup
from studyapp.storage.damage import SIDE_FILES, move_aside
from studyapp.storage.database import SCHEMA_VERSION

__all__ = ["LOG_TABLE", "SIDE_FILES", "check_writable", "content_problems", "ensure_sound", "full_check",
           "guard_storage_errors", "move_aside", "plain_storage_errors", "quick_check", "recover_journal", "set_aside",
           "storage_error"]


def quick_check(database: Path | str) -> list[str]:
    """PRAGMA quick_check of a file; [] means sound."""
    return check_file(database, full=False)


def full_check(database: Path | str) -> list[str]:
    """PRAGMA integrity_check of a file (every index against its table); [] means sound."""
    return check_file(database, full=True)


LOG_TABLE = "review"  # most of a big file, and what `ensure_sound(..., defer_log_check=True)` leaves for later


def ensure_sound(database: Path | str, backups: Path | str, now: datetime, *, defer_log_check: bool = False) -> None:
    """Check the folder and the file before the app opens them: a folder that cannot be written is
    a StorageError saying so (rather than SQLite's "unable to open"); a damaged file is moved aside
    and reported. Call it holding the data folder's lock: it may roll back a hot journal.

    `defer_log_check` checks every table but the review log (with its indexes, nine tenths of a big
    file: 1.7 s of quick_check at 500 MB) so the window's library opens at once; the caller then
    runs `quick_check` in the background and, if it finds damage, closes the store and calls
    `set_aside` (the app does: gui.library_controller)."""
    database = Path(database)
    check_writable(database.parent)
    if not database.exists():
        return
    recover_journal(database)
    if not database.stat().st_size:
        problems = ["it is empty (0 bytes)"]
    elif not defer_log_check:
        problems = check_file(database, full=False) or content_problems(database)
    else:
        # The window waits for this: the content check (a scan of the cards) runs beside
        # quick_check on a thread of its own (SQLite lets go of the GIL); its verdict still counts
        # only when quick_check finds nothing, as above.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-check") as pool:
            content = pool.submit(content_problems, database)
            problems = check_file(database, full=False, skip=(LOG_TABLE,)) or content.result()
    if problems:
        raise set_aside(database, backups, now, problems)


def set_aside(database: Path | str, backups: Path | str, now: datetime, problems: list[str]) -> DatabaseDamagedError:
    """Move a damaged (closed) file aside and say so: where it went and the latest good backup to
    restore. Returns the error for the caller to raise or hand to the window."""
    database = Path(database)
    moved = move_aside(database, now)
    latest = latest_good_backup(backups, now)
    offer = (f"The latest good backup is from {latest.describe(now)}; restore it with File → Backups… "
             f"or `studyapp restore \"{latest.path}\"`." if latest else
             "There is no backup to go back to; studyapp will start with an empty progress file.")
    return DatabaseDamagedError(
        f"{database}: your progress file is damaged ({problems[0]}). It was moved to {moved} "
        f"(nothing was deleted). {offer}", moved_to=moved, latest_backup=latest.path if latest else None)


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
    """What SQLite's check cannot see (`storage.damage.content_problems`), judged against the
    newest schema this studyapp writes. [] when none."""
    return damage.content_problems(database, SCHEMA_VERSION)


def guard_storage_errors(engine: Engine) -> Engine:
    """Raise StorageError with a plain message for a full disk, a read-only folder or an I/O failure."""
    where = engine.url.database

    @event.listens_for(engine, "handle_error")
    def _translate(ctx):
        orig = ctx.original_exception
        plain = storage_error(where, orig) if isinstance(orig, sqlite3.Error) else None
        if plain is not None:
            raise plain from None
        return None

    return engine


def storage_error(where, exc: sqlite3.Error) -> StorageError | None:
    """The plain message for a full disk, a read-only folder or an I/O failure; None for other errors.
    Also for writes made on the DB-API connection itself (the per-answer path in storage.progress)."""
    message = str(exc).lower()
    if "full" in message:
        return StorageError(f"{where}: the disk is full, so this was not saved. Everything saved before "
                            "is kept; free some disk space and try again")
    if "readonly" in message or "read-only" in message:
        return StorageError(f"{where}: the data folder is read-only, so this was not saved. Everything "
                            "saved before is kept; make the folder writable or choose another with "
                            "--data-dir")
    if "disk i/o" in message:
        return StorageError(f"{where}: the disk reported an error while saving, so this was not saved; "
                            "check the disk and try again")
    return None


@contextmanager
def plain_storage_errors(where) -> Iterator[None]:
    """`storage_error`'s plain message in place of SQLite's, around statements run on the DB-API
    connection itself (which `guard_storage_errors` does not see)."""
    try:
        yield
    except sqlite3.Error as exc:
        plain = storage_error(where, exc)
        if plain is not None:
            raise plain from None
        raise


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
