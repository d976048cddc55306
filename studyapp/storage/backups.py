"""Copies of the progress database a student can go back to.

A backup is made online with SQLite's backup API from its own connection, so it is a consistent
snapshot even while answers are being written (WAL content included) and the app never has to
close the file. The copy is written to a `.partial` name, checked with `quick_check`, switched to
a self-contained rollback journal, fsynced and only then renamed into place: a kill or a full
disk leaves no half-written backup that looks like a good one.

Backups are named `progress-YYYYMMDD-HHMMSS-<label>.sqlite3` (UTC), the same scheme as the copy
`database.open_database` makes before a migration, so one listing sees them all. `thin` decides
which to keep the way Anki does (everything from the last day, then the newest of each of the
last 12 days, 10 weeks and 9 months); it is a pure function of the times and `now`, so it is
tested without files.

`restore` replaces the database with a backup, backing up the current file first (or moving it
aside when it is too damaged to copy). Nothing may have the database open while it runs.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.errors import StorageError

AUTO_INTERVAL = timedelta(minutes=30)
RECENT = timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
PARTIAL = ".partial"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})-(?P<label>[A-Za-z0-9-]+?)(?:-(?P<n>\d+))?"
                   r"(?P<suffix>\.sqlite3|\.db|\.sqlite)$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, order=True)
class BackupInfo:
    """One backup file; ordered by time so `max()` is the newest."""

    taken_at: datetime
    made_ns: int  # the file's mtime: orders copies made within the same second
    path: Path
    label: str
    size: int

    def describe(self) -> str:
        local = self.taken_at.astimezone()
        return f"{local:%Y-%m-%d %H:%M} ({_label_text(self.label)}, {self.size / 1024:,.0f} KB)"


def _label_text(label: str) -> str:
    texts = {"auto": "automatic", "close": "on closing", "manual": "made by you",
             "before-import": "before an import", "before-restore": "before a restore"}
    if label.startswith("before-v"):
        return f"before upgrading to version {label.removeprefix('before-v')}"
    return texts.get(label, label)


# -- which backups to keep ------------------------------------------------------------------------

def thin(times: Iterable[datetime], now: datetime, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
         monthly: int = KEEP_MONTHLY, recent: timedelta = RECENT) -> set[datetime]:
    """The backup times to keep (Anki's rule): all from the last `recent`, then walking back from the
    newest, the newest of each earlier day while daily slots last, then of each week, then of each
    month. A backup from the future (a clock set back) is kept: deleting on a wrong clock is worse."""
    keep: set[datetime] = set()
    last_day = last_week = last_month = None
    for t in sorted(set(times), reverse=True):
        if t > now or now - t < recent:
            keep.add(t)
            continue
        day = t.astimezone(timezone.utc).date()
        week, month = day.toordinal() // 7, (day.year, day.month)
        if daily > 0 and (last_day is None or day < last_day):
            daily -= 1
        elif weekly > 0 and (last_week is None or week < last_week):
            weekly -= 1
        elif monthly > 0 and (last_month is None or month < last_month):
            monthly -= 1
        else:
            continue
        keep.add(t)
        last_day, last_week, last_month = day, week, month
    return keep


# -- listing ---------------------------------------------------------------------------------------

def parse_name(name: str) -> tuple[datetime, str] | None:
    """(time taken, label) from a backup file name, or None for any other file."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return taken, m["label"]


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """Every finished backup in `folder`, newest first (half-written `.partial` files are not backups)."""
    folder = Path(folder)
    out = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(f"{folder}: cannot list the backups ({exc.strerror})") from None
    for p in entries:
        parsed = parse_name(p.name)
        if parsed is None or not p.is_file():
            continue
        st = p.stat()
        out.append(BackupInfo(parsed[0], st.st_mtime_ns, p, parsed[1], st.st_size))
    return sorted(out, reverse=True)


def latest_good_backup(folder: Path | str) -> BackupInfo | None:
    """The newest backup that passes quick_check (a copy cut short by a crash is skipped)."""
    for info in list_backups(folder):
        if not backup_problems(info.path, full=False):
            return info
    return None


def backup_problems(path: Path | str, full: bool = True) -> list[str]:
    """Why a backup file cannot be restored; [] when it can.

    Besides SQLite's own check: a copy killed while it was written (by a writer that, unlike
    `make_backup`, writes in place) leaves a hot `-journal` and rolls back to an empty database
    that passes quick_check, so a backup must also hold the progress tables.
    """
    path = Path(path)
    if Path(str(path) + "-journal").exists():
        return ["the copy was interrupted while it was written"]
    problems = check_file(path, full=full)
    if problems:
        return problems
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [_reason(exc)]
    missing = {"bank", "question", "card", "review"} - tables
    return [f"it is not a studyapp progress file (no {', '.join(sorted(missing))} table)"] if missing else []


# -- making ----------------------------------------------------------------------------------------

def backup_name(database: Path, now: datetime, label: str) -> str:
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    return f"{database.stem}-{stamp}-{label}{database.suffix or '.sqlite3'}"


def make_backup(database: Path | str, folder: Path | str, now: datetime, label: str = "manual") -> Path:
    """A consistent copy of `database` in `folder`, made while the app may be writing to it.

    Raises StorageError (the database is unchanged) if it cannot be read or the copy cannot be
    written; the half-made copy is removed.
    """
    database, folder = Path(database), Path(folder)
    if not re.fullmatch(r"[a-z0-9-]+", label):
        raise ValueError(f"backup label {label!r}: use lowercase letters, digits and '-'")
    if not database.is_file():
        raise StorageError(f"{database}: there is no progress file to back up yet")
    target = folder / backup_name(database, now, label)
    n = 1
    while target.exists():
        n += 1
        target = folder / backup_name(database, now, f"{label}-{n}")
    partial = target.with_name(target.name + PARTIAL)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                # A backup is one file: no -wal/-shm beside it, readable on its own.
                dst.execute("PRAGMA journal_mode=DELETE")
                problems = [r[0] for r in dst.execute("PRAGMA quick_check")]
            finally:
                dst.close()
        finally:
            src.close()
        if problems != ["ok"]:
            raise StorageError(f"{database}: the progress file is damaged ({problems[0]}); no backup was made. "
                               "Use File → Backups… or `studyapp restore` to go back to an earlier backup")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise StorageError(f"{folder}: could not write a backup ({_reason(exc)}); "
                           "free some disk space or check that the folder can be written") from None
    except BaseException:
        _remove(partial)
        raise
    return target


def prune(folder: Path | str, now: datetime) -> list[Path]:
    """Delete the backups `thin` does not keep, and leftovers of copies cut short; returns what went."""
    folder = Path(folder)
    backups = list_backups(folder)
    keep = thin([b.taken_at for b in backups], now)
    gone = []
    seen: set[datetime] = set()
    for b in backups:  # newest first: of several copies in one second, the newest is kept
        if b.taken_at in keep and b.taken_at not in seen:
            seen.add(b.taken_at)
            continue
        b.path.unlink(missing_ok=True)
        gone.append(b.path)
    for leftover in folder.glob(f"*{PARTIAL}") if folder.is_dir() else ():
        leftover.unlink(missing_ok=True)
        gone.append(leftover)
    return gone


class AutoBackup:
    """The app's automatic backups: every `interval` of use, on close, before imports and restores.

    Qt-free: the GUI calls `tick(now)` from a timer and `on_close(now)`; the clock comes in.
    """

    def __init__(self, database: Path | str, folder: Path | str, interval: timedelta = AUTO_INTERVAL,
                 last: datetime | None = None):
        self.database, self.folder, self.interval = Path(database), Path(folder), interval
        if last is None:
            newest = list_backups(self.folder)
            last = newest[0].taken_at if newest else None
        self.last = last

    def due(self, now: datetime) -> bool:
        return self.last is None or now - self.last >= self.interval

    def tick(self, now: datetime) -> Path | None:
        """Make an automatic backup if one is due; a failure is raised as StorageError."""
        if not self.due(now) or not self.database.is_file():
            return None
        return self.take(now, "auto")

    def take(self, now: datetime, label: str) -> Path:
        path = make_backup(self.database, self.folder, now, label)
        self.last = now
        prune(self.folder, now)
        return path

    def on_close(self, now: datetime) -> Path | None:
        return self.take(now, "close") if self.database.is_file() else None


def before_import(engine, bank_id: str, version: int, folder: Path | str, now: datetime) -> Path | None:
    """Back up before an import that will change the database (a new bank or another version).

    Skipped for a database with no bank yet (nothing to lose) and for re-installing the same
    version (a no-op), so opening the app does not make a copy every time.
    """
    with engine.connect() as conn:
        has_banks = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM bank)").scalar()
        row = conn.exec_driver_sql("SELECT version, removed FROM bank WHERE id = ?", (bank_id,)).first()
    if not has_banks or (row is not None and row[0] == version and not row[1]):
        return None
    path = make_backup(Path(engine.url.database), folder, now, "before-import")
    prune(folder, now)
    return path


# -- restoring -------------------------------------------------------------------------------------

def restore(backup: Path | str, database: Path | str, folder: Path | str, now: datetime) -> Path | None:
    """Make `database` a copy of `backup`. The current file is backed up first (or, when it is too
    damaged to copy, moved aside); that copy's path is returned. Close the database before calling.
    """
    from studyapp.storage.integrity import move_aside

    backup, database, folder = Path(backup), Path(database), Path(folder)
    if not backup.is_file():
        raise StorageError(f"{backup}: no such backup file; `studyapp backup --list` shows the backups")
    problems = backup_problems(backup, full=True)
    if problems:
        raise StorageError(f"{backup}: this backup is damaged ({problems[0]}); choose another one")
    kept: Path | None = None
    if database.exists():
        try:
            kept = make_backup(database, folder, now, "before-restore")
        except StorageError:
            if not check_file(database, full=False):
                raise  # a sound file that could not be copied (disk full?): leave everything as it is
            kept = move_aside(database, now)
    staging = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup, staging)
        _fsync(staging)
        # The old file's WAL must go before the new file arrives, or SQLite would replay it onto it.
        for side in ("-wal", "-shm", "-journal"):
            Path(str(database) + side).unlink(missing_ok=True)
        os.replace(staging, database)
        _fsync_dir(database.parent)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise StorageError(f"{database}: could not restore the backup ({exc.strerror}); "
                           f"your previous progress is kept in {kept}") from None
    return kept


# -- helpers ---------------------------------------------------------------------------------------

def check_file(path: Path | str, full: bool = True) -> list[str]:
    """integrity_check (or quick_check) of a database file, read-only; [] means sound."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StorageError(f"{path}: the file is locked by another program; close it and retry") from None
        return [_reason(exc)]
    except sqlite3.DatabaseError as exc:
        return [_reason(exc)]
    return [] if rows == ["ok"] else rows


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc)).splitlines()[0]


def newest(backups: Sequence[BackupInfo]) -> BackupInfo | None:
    return max(backups) if backups else None
