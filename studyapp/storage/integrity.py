"""Noticing a damaged progress file, and turning storage failures into messages a student can act on.

On open, `ensure_sound` runs PRAGMA quick_check (fast: no index cross-checks). A damaged file is
never opened for writing and never deleted: it and its -wal/-shm are renamed aside with a time
stamp, and DatabaseDamagedError says where it went and which backup is the latest good one, so
the app can offer to restore it (or start afresh, since the file is out of the way).

`guard_storage_errors(engine)` turns SQLite's "disk is full", "readonly database" and I/O errors
into StorageError. SQLite has already rolled the statement's transaction back by then, so the
file keeps everything committed before and nothing half-written.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from studyapp.errors import DatabaseDamagedError, StorageError
from studyapp.storage.backups import check_file, latest_good_backup

SIDE_FILES = ("-wal", "-shm")


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
    and reported."""
    database = Path(database)
    check_writable(database.parent)
    if not database.exists():
        return
    problems = quick_check(database)
    if not problems:
        return
    moved = move_aside(database, now)
    latest = latest_good_backup(backups)
    offer = (f"The latest good backup is from {latest.describe()}; restore it with File → Backups… "
             f"or `studyapp restore \"{latest.path}\"`." if latest else
             "There is no backup to go back to; studyapp will start with an empty progress file.")
    raise DatabaseDamagedError(
        f"{database}: your progress file is damaged ({problems[0]}). It was moved to {moved} "
        f"(nothing was deleted). {offer}", moved_to=moved, latest_backup=latest.path if latest else None)


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
