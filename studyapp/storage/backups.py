"""Copies of the progress database a student can go back to.

A backup is made online with SQLite's backup API from its own connection, so it is a consistent
snapshot even while answers are being written (WAL content included) and the app never has to
close the file. The copy is written to a `.partial` name, checked with `quick_check`, switched to
a self-contained rollback journal, fsynced and only then renamed into place: a kill or a full
disk leaves no half-written backup that looks like a good one.

Backups are named `progress-sNNNNNN-YYYYMMDD-HHMMSS-<label>.sqlite3`: a sequence number one above
the highest in the folder, then the time (UTC) for people. They are ordered by the sequence, never
by the clock: a copy made while the clock was years ahead is not "the newest" once the clock is
right again (issue 16: restoring such a copy lost 20 answers). A copy dated after `now` is shown
as coming from the future and is never chosen as the latest. Names without a sequence (older
studyapps) sort below every numbered one. The copy `database.open_database` makes before a
migration uses the same scheme, so one listing sees them all.

`thin` decides which to keep the way Anki does (everything from the last day, then the newest of
each of the last 12 days, 10 weeks and 9 months); it is a pure function of the times and `now`, so
it is tested without files. `prune` also keeps the newest `KEEP_NEWEST` copies by sequence
whatever the clock says, and deletes a leftover `.partial` only when no process is writing it.

A 0-byte or table-less progress file is not backed up, and the automatic copies (every 30 minutes,
on closing) skip a file with no answers in it, so an empty start never becomes the newest copy.

Backups are compressed with zstd (`.sqlite3.zst`: a 500 MB file copies to a fraction of that);
older plain `.sqlite3` copies are still listed, checked and restored. Every check and restore reads
a compressed copy by decompressing it to a file next to it first, so what is checked is exactly
what would replace the progress file.

A copy is skipped when nothing changed since the newest one: each copy's change mark (`change_mark`:
row counts, newest ids and the columns answers, resets, marks, exams and installs update) is kept
in the copy itself, as a zstd skippable frame at its end (read back without decompressing), and
an automatic copy or one before an import whose mark equals the newest copy's is not made. Ten closes without an answer leave one copy, not ten.

`restore` replaces the database with a backup, backing up the current file first (or moving it
aside when it is too damaged to copy). The file it puts in place is already in WAL mode, so the
first open after a restore writes nothing in rollback-journal mode and a kill there cannot leave
a hot `-journal`. Nothing may have the database open while it runs: callers hold the data
folder's lock (`storage.app_lock`).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import zstandard

from studyapp.errors import StorageError
from studyapp.storage.damage import content_problems, move_aside
from studyapp.storage.durable import fsync_dir, fsync_file

AUTO_INTERVAL = timedelta(minutes=30)
RECENT = timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
KEEP_NEWEST = 10  # by sequence: never thinned away, whatever the clock says
FUTURE_SLACK = timedelta(minutes=5)  # clocks of one machine drift; more than this is a wrong clock
PARTIAL = ".partial"
COMPRESSED = ".zst"
CHECKING = ".check-"  # a compressed copy decompressed for a check (`decompressed`)
_SKIPPABLE = (0x184D2A5E).to_bytes(4, "little")  # a zstd skippable frame's magic number
_MARK_TAG = b"studyapp change mark "
# Level 3 is zstd's default: measured on a 500 MB progress file it is several times faster than
# gzip -1 and the copy is about a quarter of the file (benchmarks/bench_backups.py).
ZSTD_LEVEL = 3
_NAME = re.compile(r"^(?P<stem>.+?)-(?:s(?P<seq>\d+)-)?(?P<stamp>\d{8}-\d{6})-(?P<label>[A-Za-z0-9-]+?)"
                   r"(?:-(?P<n>\d+))?(?P<suffix>\.sqlite3|\.db|\.sqlite)(?P<zst>\.zst)?$")
_STAMP = "%Y%m%d-%H%M%S"
AUTOMATIC = ("auto", "close")


@dataclass(frozen=True, order=True)
class BackupInfo:
    """One backup file; ordered by sequence (then time) so `max()` is the newest."""

    seq: int  # 0 for a name from before sequence numbers
    taken_at: datetime
    made_ns: int  # the file's mtime: orders unnumbered copies made within the same second
    path: Path
    label: str
    size: int

    def from_future(self, now: datetime) -> bool:
        """Dated after `now`: the clock was wrong when it was made (or is wrong now)."""
        return self.taken_at > now + FUTURE_SLACK

    def describe(self, now: datetime | None = None) -> str:
        local = self.taken_at.astimezone()
        future = ("; dated in the future: the clock was wrong when it was made, or is wrong now"
                  if now is not None and self.from_future(now) else "")
        return f"{local:%Y-%m-%d %H:%M} ({_label_text(self.label)}, {self.size / 1024:,.0f} KB{future})"


def _label_text(label: str) -> str:
    texts = {"auto": "automatic", "close": "on closing", "manual": "made by you",
             "before-import": "before an import", "before-restore": "before a restore"}
    if label.startswith("before-v"):
        return f"before upgrading to version {label.removeprefix('before-v')}"
    return texts.get(label, label)


# -- which backups to keep ------------------------------------------------------------------------

def _recent_or_future(taken: datetime, now: datetime, recent: timedelta = RECENT) -> bool:
    return taken > now or now - taken < recent


def thin(times: Iterable[datetime], now: datetime, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
         monthly: int = KEEP_MONTHLY, recent: timedelta = RECENT) -> set[datetime]:
    """The backup times to keep (Anki's rule): all from the last `recent`, then walking back from the
    newest, the newest of each earlier day while daily slots last, then of each week, then of each
    month. A backup from the future (a clock set back) is kept: deleting on a wrong clock is worse."""
    keep: set[datetime] = set()
    last_day = last_week = last_month = None
    for t in sorted(set(times), reverse=True):
        if _recent_or_future(t, now, recent):
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
    parsed = _parse(name)
    return None if parsed is None else (parsed[1], parsed[2])


def _parse(name: str) -> tuple[int, datetime, str] | None:
    m = _NAME.match(name)
    if not m:
        return None
    try:
        taken = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return int(m["seq"] or 0), taken, m["label"]


def next_sequence(folder: Path) -> int:
    """One above the highest sequence number in the folder (half-made copies included)."""
    highest = 0
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return 1
    for name in names:
        parsed = _parse(name.removesuffix(PARTIAL))
        if parsed is not None:
            highest = max(highest, parsed[0])
    return highest + 1


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """Every finished backup in `folder`, newest (highest sequence) first; half-written `.partial`
    files are not backups."""
    folder = Path(folder)
    out = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(f"{folder}: cannot list the backups ({exc.strerror})") from None
    for p in entries:
        parsed = _parse(p.name)
        if parsed is None or not p.is_file():
            continue
        try:
            st = p.stat()
        except OSError:  # pruned by another process meanwhile
            continue
        out.append(BackupInfo(parsed[0], parsed[1], st.st_mtime_ns, p, parsed[2], st.st_size))
    return sorted(out, reverse=True)


def latest_good_backup(folder: Path | str, now: datetime) -> BackupInfo | None:
    """The newest backup that passes quick_check (a copy cut short by a crash is skipped) and is
    not dated in the future (a copy made under a wrong clock is listed, but never "the latest")."""
    for info in list_backups(folder):
        if not info.from_future(now) and not backup_problems(info.path, full=False):
            return info
    return None


def backup_problems(path: Path | str, full: bool = True) -> list[str]:
    """Why a backup file cannot be restored; [] when it can.

    Besides SQLite's own check: a copy killed while it was written (by a writer that, unlike
    `make_backup`, writes in place) leaves a hot `-journal` and rolls back to an empty database
    that passes quick_check, so a backup must also hold the progress tables. A compressed copy is
    decompressed beside itself (or in the temporary folder when its folder is read-only) and that
    file is what is checked.
    """
    path = Path(path)
    if not is_compressed(path):
        return _file_problems(path, full)
    try:
        with decompressed(path) as plain:
            return _file_problems(plain, full)
    except StorageError as exc:
        return [str(exc)]


def _file_problems(path: Path, full: bool) -> list[str]:
    if Path(str(path) + "-journal").exists():
        return ["the copy was interrupted while it was written"]
    try:
        problems = check_file(path, full=full)
    except StorageError as exc:
        return [str(exc)]
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


# -- compression -----------------------------------------------------------------------------------

class _DamagedCopy(StorageError):
    """A compressed copy that is not whole: a verdict on the file, not a failure to check it."""


def is_compressed(path: Path | str) -> bool:
    return str(path).endswith(COMPRESSED)


def decompress_to(source: Path, target: Path) -> None:
    """Write the database held in the zstd file `source` to `target`; StorageError (naming the
    backup) if it is not one whole zstd frame of the size its header gives: zstd's stream reader
    stops quietly at the end of a copy cut short, so the size is compared here."""
    try:
        with open(source, "rb") as src, open(target, "wb") as dst:
            header = src.read(18)
            try:
                expected = zstandard.get_frame_parameters(header).content_size
            except zstandard.ZstdError:
                raise _DamagedCopy(f"{source}: this backup is damaged (it is not a zstd-compressed copy); "
                                   "choose another one") from None
            src.seek(0)
            _read, written = zstandard.ZstdDecompressor().copy_stream(src, dst)
        if expected != zstandard.CONTENTSIZE_UNKNOWN and written != expected:
            raise _DamagedCopy(f"{source}: this backup is cut short ({written:,} of {expected:,} bytes); "
                               "choose another one")
    except zstandard.ZstdError as exc:
        _remove(target)
        raise _DamagedCopy(f"{source}: this backup is damaged and cannot be decompressed ({exc}); "
                           "choose another one") from None
    except OSError as exc:
        _remove(target)
        raise StorageError(f"{source}: could not decompress this backup ({_reason(exc)}); "
                           "free some disk space and try again") from None
    except StorageError:
        _remove(target)
        raise


class decompressed:
    """`with decompressed(backup) as plain:` a plain database file made from a compressed backup,
    deleted afterwards (with any -journal/-wal/-shm a check left). Beside the backup, so it is on
    the same disk; in the temporary folder when the backups folder cannot be written."""

    def __init__(self, source: Path):
        self.source = Path(source)
        self.path: Path | None = None
        self.claim = None

    def __enter__(self) -> Path:
        import tempfile

        for folder in (self.source.parent, None):
            try:
                fd, name = tempfile.mkstemp(prefix=CHECKING, suffix=".sqlite3", dir=folder)
            except OSError:
                continue
            os.close(fd)
            self.path = Path(name)
            # Claimed like a half-made copy: `prune` deletes one left by a killed process, not this one.
            self.claim = _claim(self.path)
            break
        else:
            raise StorageError(f"{self.source}: no folder to decompress this backup into; free some disk space")
        try:
            decompress_to(self.source, self.path)
        except BaseException:
            self.__exit__()
            raise
        return self.path

    def __exit__(self, *exc) -> None:
        _release_claim(self.claim)  # first: Windows cannot delete a file that is open
        self.claim = None
        if self.path is not None:
            for side in ("", "-journal", "-wal", "-shm"):
                _remove(Path(str(self.path) + side))


def _compress(source: Path, target, mark: str | None) -> None:
    cctx = zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_checksum=True)
    with open(source, "rb") as src:
        cctx.copy_stream(src, target, size=source.stat().st_size)
    if mark is not None:
        target.write(_mark_frame(mark))
    target.flush()
    os.fsync(target.fileno())


# -- skipping a copy when nothing changed ----------------------------------------------------------

# What an in-place update changes (a row count and the highest id see inserts and deletes): the
# newest answer (an undo and a new answer reuse its id, not its time), card states (a reset), bank
# versions and removals, marks, exams. Each is one index seek or a scan of a table of cards/banks.
_MARK_QUERIES = (
    "SELECT id, reviewed_at, rating, answer FROM review ORDER BY id DESC LIMIT 1",
    "SELECT total(stage), total(reps), total(lapses), max(last_review), total(retired), total(scheduled_days),"
    " total(stability) FROM card",
    "SELECT total(retired), total(changed), total(position) FROM question",
    "SELECT group_concat(x, ';') FROM (SELECT id || '|' || version || '|' || removed || '|' || updated_at"
    " || '|' || stored_path AS x FROM bank ORDER BY id)",
    "SELECT total(suspended), total(flag), max(updated_at), max(buried_until) FROM mark",
    "SELECT total(answered), count(finished_at), total(correct), total(score) FROM exam",
)


def change_mark(database: Path | str) -> str | None:
    """A digest that changes whenever the progress in `database` does (answers, undo, resets,
    marks, exams, installs, migrations); None when the file cannot be read (then a copy is made).

    Computed from the file itself rather than a counter the app keeps, so a write by any process
    (a command, a script through the Qt-free API, an older studyapp) is seen too.
    """
    try:
        conn = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        digest = hashlib.sha256()
        conn.execute("BEGIN")  # one snapshot for every query
        digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        digest.update(repr(tables).encode())
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                row = conn.execute(f"SELECT count(*), max(rowid) FROM {quoted}").fetchone()  # noqa: S608
            except sqlite3.OperationalError:  # WITHOUT ROWID
                row = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()  # noqa: S608
            digest.update(repr((table, row)).encode())
        for query in _MARK_QUERIES:
            try:
                digest.update(repr(conn.execute(query).fetchall()).encode())
            except sqlite3.OperationalError:  # an older schema without that table or column
                digest.update(b"-")
        return digest.hexdigest()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _mark_frame(mark: str) -> bytes:
    """A zstd skippable frame holding the copy's change mark: zstd (and every reader) skips it."""
    payload = _MARK_TAG + mark.encode("ascii")
    return _SKIPPABLE + len(payload).to_bytes(4, "little") + payload


def stored_mark(backup: Path | str) -> str | None:
    """The change mark kept at the end of a compressed copy; None for a plain or older copy."""
    backup = Path(backup)
    if not is_compressed(backup):
        return None
    size = len(_mark_frame("0" * 64))
    try:
        with open(backup, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell() < size:
                return None
            fh.seek(-size, os.SEEK_END)
            tail = fh.read(size)
    except OSError:
        return None
    head = _SKIPPABLE + (size - 8).to_bytes(4, "little") + _MARK_TAG
    return tail[len(head):].decode("ascii") if tail.startswith(head) else None


def unchanged_since_newest(database: Path | str, folder: Path | str, now: datetime) -> BackupInfo | None:
    """The newest copy (by sequence, not dated in the future) when `database` holds exactly what it
    held then; None when a copy is needed."""
    folder = Path(folder)
    latest = newest(list_backups(folder), now)
    if latest is None:
        return None
    known = stored_mark(latest.path)
    if known is None:
        return None
    mark = change_mark(database)
    return latest if mark is not None and mark == known else None


# -- making ----------------------------------------------------------------------------------------

def backup_name(database: Path, now: datetime, label: str, seq: int, compressed: bool = True) -> str:
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    return (f"{database.stem}-s{seq:06d}-{stamp}-{label}{database.suffix or '.sqlite3'}"
            f"{COMPRESSED if compressed else ''}")


def progress_problem(database: Path) -> str | None:
    """Why `database` is no studyapp progress file worth a copy (empty, no tables); None if it is."""
    try:
        if database.stat().st_size == 0:
            return "it is empty (0 bytes)"
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return _reason(exc)
    missing = {"bank", "question", "card", "review"} - tables
    return f"it has no {', '.join(sorted(missing))} table" if missing else None


def has_answers(database: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM review)").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # not for this function to judge: make_backup says what is wrong


def make_backup(database: Path | str, folder: Path | str, now: datetime, label: str = "manual") -> Path:
    """A consistent, compressed copy of `database` in `folder`, made while the app may be writing to it.

    SQLite's backup API copies into a plain `.partial` file, which is checked, its change mark
    taken, then compressed into the `.zst.partial` that is renamed into place. Both half-made files
    are claimed while they are written, so no other process's prune deletes them.
    Raises StorageError (the database is unchanged) if it cannot be read or the copy cannot be
    written; the half-made copies are removed.
    """
    database, folder = Path(database), Path(folder)
    if not re.fullmatch(r"[a-z0-9-]+", label):
        raise ValueError(f"backup label {label!r}: use lowercase letters, digits and '-'")
    if not database.is_file():
        raise StorageError(f"{database}: there is no progress file to back up yet")
    if database.stat().st_size == 0:
        raise StorageError(f"{database}: the progress file is empty (0 bytes), so there is nothing to back up; "
                           "your earlier backups are kept")
    seq = next_sequence(folder)
    target = folder / backup_name(database, now, label, seq)
    n = 1
    while target.exists() or target.with_name(target.name + PARTIAL).exists():
        n += 1
        target = folder / backup_name(database, now, f"{label}-{n}", seq)
    partial = target.with_name(target.name + PARTIAL)
    plain = target.with_name(target.name.removesuffix(COMPRESSED) + PARTIAL)
    claims = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        claims.append(_claim(partial))  # claimed first: it carries the sequence number
        claims.append(_claim(plain))
        src = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(str(plain))
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
        not_progress = progress_problem(plain)
        if not_progress:
            raise StorageError(f"{database}: this is not a studyapp progress file ({not_progress}); "
                               "no backup was made and your earlier backups are kept")
        mark = change_mark(plain)  # of the copy itself: exactly what it holds
        _compress(plain, claims[0], mark)
        _release_claim(claims.pop())
        _remove(plain)
        if os.name == "nt":  # pragma: no cover - Windows cannot rename a file that is open
            _release_claim(claims.pop())
        os.replace(partial, target)  # still claimed: no prune deletes it before it has its name
        fsync_dir(folder)
    except (OSError, sqlite3.Error, zstandard.ZstdError) as exc:
        _remove(partial)
        _remove(plain)
        raise StorageError(f"{folder}: could not write a backup ({_reason(exc)}); "
                           "free some disk space or check that the folder can be written") from None
    except BaseException:
        _remove(partial)
        _remove(plain)
        raise
    finally:
        for claim in claims:
            _release_claim(claim)
    return target


def prune(folder: Path | str, now: datetime, keep_newest: int = KEEP_NEWEST) -> list[Path]:
    """Delete the backups `thin` does not keep (never the newest `keep_newest` by sequence), and
    leftovers of copies cut short (and of copies decompressed for a check) that no process is still
    using; returns what went."""
    folder = Path(folder)
    backups = list_backups(folder)
    keep = thin([b.taken_at for b in backups], now)
    gone = []
    seen: set[datetime] = set()
    for i, b in enumerate(backups):  # newest first
        if i < keep_newest or _recent_or_future(b.taken_at, now):
            continue  # every copy: two made in one second (restores) can hold different answers
        if b.taken_at in keep and b.taken_at not in seen:
            seen.add(b.taken_at)  # a day's, week's or month's slot keeps one copy, the newest
            continue
        _remove(b.path)
        gone.append(b.path)
    for leftover in folder.glob(f"*{PARTIAL}") if folder.is_dir() else ():
        if _remove_unclaimed(leftover):
            gone.append(leftover)
    for leftover in folder.glob(f"{CHECKING}*.sqlite3") if folder.is_dir() else ():
        if _remove_unclaimed(leftover):  # decompressed for a check by a process that was killed
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
        """30 minutes since the last copy; or the last copy is dated after `now` (the clock went
        back), which would otherwise stop the copies until the clock caught up."""
        return self.last is None or now - self.last >= self.interval or self.last > now + FUTURE_SLACK

    def tick(self, now: datetime) -> Path | None:
        """Make an automatic backup if one is due; a failure is raised as StorageError."""
        if not self.due(now):
            return None
        return self.take(now, "auto")

    def take(self, now: datetime, label: str) -> Path | None:
        """A copy now; None for an automatic one of a file with nothing in it to lose (missing,
        0 bytes, or no answers yet), so an empty start never becomes the newest backup, and for
        one of a file that holds what the newest copy holds (a sitting without answers)."""
        if label in AUTOMATIC:
            if not self._worth_copying():
                return None
            if unchanged_since_newest(self.database, self.folder, now) is not None:
                self.last = now  # the newest copy is as good as a new one: not due for another interval
                return None
        path = make_backup(self.database, self.folder, now, label)
        self.last = now
        prune(self.folder, now)
        return path

    def _worth_copying(self) -> bool:
        try:
            if self.database.stat().st_size == 0:
                return False
        except OSError:
            return False
        return has_answers(self.database)

    def on_close(self, now: datetime) -> Path | None:
        return self.take(now, "close")


def before_import(engine, bank_id: str, version: int, folder: Path | str, now: datetime, *,
                  bundled: bool = False) -> Path | None:
    """Back up before an import that will change the database (a new bank or another version).

    Skipped for a database with no bank yet (nothing to lose), for re-installing the same version
    (a no-op), for a bundled bank not installed before (it only adds its own rows; the student did
    not ask for it, so there is no import to undo, and on a big folder the copy cost seconds of the
    first start). Returns the copy that holds the file as it is before the import: a new one, or
    the newest when it already holds exactly what the file holds; None when none was needed.
    """
    with engine.connect() as conn:
        has_banks = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM bank)").scalar()
        row = conn.exec_driver_sql("SELECT version, removed FROM bank WHERE id = ?", (bank_id,)).first()
    if not has_banks or (row is not None and row[0] == version and not row[1]) or (bundled and row is None):
        return None
    database = Path(engine.url.database)
    same = unchanged_since_newest(database, folder, now)
    if same is not None:
        return same.path  # that copy is the state before the import: a batch needs no other
    path = make_backup(database, folder, now, "before-import")
    prune(folder, now)
    return path


# -- restoring -------------------------------------------------------------------------------------

def restore(backup: Path | str, database: Path | str, folder: Path | str, now: datetime) -> Path | None:
    """Make `database` a copy of `backup`. The current file is backed up first (or, when it is too
    damaged to copy, moved aside); that copy's path is returned. Close the database before calling.

    The backup is first decompressed (or copied) to a staging file beside the database, and that
    file is what the full integrity check judges: a copy damaged on disk, or a compressed one cut
    short, is refused before anything is replaced.
    """
    backup, database, folder = Path(backup), Path(database), Path(folder)
    if not backup.is_file():
        raise StorageError(f"{backup}: no such backup file; `studyapp backup --list` shows the backups")
    staging = database.with_name(database.name + ".restoring")

    def drop_staging() -> None:
        for side in ("", "-wal", "-shm", "-journal"):
            _remove(Path(str(staging) + side))

    drop_staging()
    try:
        if is_compressed(backup):
            decompress_to(backup, staging)
        else:
            shutil.copyfile(backup, staging)
    except StorageError:
        drop_staging()
        raise
    except OSError as exc:
        drop_staging()
        raise StorageError(f"{database}: could not restore the backup ({_reason(exc)}); "
                           "free some disk space and try again; your progress is unchanged") from None
    problems = _file_problems(staging, full=True)
    if problems:
        drop_staging()
        raise StorageError(f"{backup}: this backup is damaged ({problems[0]}); choose another one")
    kept: Path | None = None
    try:
        if database.exists():
            if database.stat().st_size == 0:
                kept = move_aside(database, now)  # an empty (lost) file: nothing to copy, keep it as found
            else:
                try:
                    kept = make_backup(database, folder, now, "before-restore")
                except StorageError as not_copied:
                    # Moved aside only when a check that ran says it is damaged; a sound file that could
                    # not be copied (a full disk) leaves everything as it is.
                    try:
                        damaged = bool(check_file(database, full=False) or content_problems(database, None))
                    except StorageError:
                        damaged = False
                    if not damaged:
                        raise not_copied from None
                    kept = move_aside(database, now)
    except BaseException:
        drop_staging()
        raise
    try:
        _to_wal(staging)
        fsync_file(staging)
        # The old file's WAL must go before the new file arrives, or SQLite would replay it onto it.
        for side in ("-wal", "-shm", "-journal"):
            Path(str(database) + side).unlink(missing_ok=True)
        os.replace(staging, database)
        fsync_dir(database.parent)
    except (OSError, sqlite3.Error) as exc:
        drop_staging()
        raise StorageError(f"{database}: could not restore the backup ({_reason(exc)}); "
                           f"free some disk space and try again. Your previous progress is kept in {kept}") from None
    return kept


def _to_wal(path: Path) -> None:
    """Switch a copied backup to WAL mode before it takes the database's name: the switch is the
    one write SQLite makes in rollback-journal mode, and it is made here, where a kill leaves only
    a staging file behind, not a hot journal beside the progress file."""
    conn = sqlite3.connect(str(path))
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"SQLite refused WAL mode ({mode})")
    finally:
        conn.close()  # the last connection checkpoints and deletes the -wal


# -- helpers ---------------------------------------------------------------------------------------

def check_file(path: Path | str, full: bool = True, skip: Sequence[str] = ()) -> list[str]:
    """integrity_check (or quick_check) of a database file, read-only; [] means sound. A compressed
    backup is decompressed first and the decompressed file is what is checked. With `skip`, a
    quick_check of each table but those (and their indexes) instead of the whole file.

    A WAL file in a folder (or a file) this user cannot write cannot be opened even read-only
    (SQLite needs its -shm); that is no damage. With no -wal content to lose, the file is then read as
    immutable; with some, StorageError says the check needs a writable folder.
    """
    path = Path(path)
    if is_compressed(path):
        try:
            with decompressed(path) as plain:
                return check_file(plain, full, skip)
        except _DamagedCopy as exc:
            return [str(exc)]
    pragma = "integrity_check" if full else "quick_check"
    if skip:
        pragma = ("quick_check", tuple(skip))
    try:
        try:
            rows = _pragma_rows(f"{path.resolve().as_uri()}?mode=ro", pragma)
        except sqlite3.OperationalError as exc:
            cannot_write = not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))
            if not (("unable to open" in str(exc) or "readonly" in str(exc)) and path.is_file() and cannot_write):
                raise
            wal = Path(str(path) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise StorageError(f"{path}: cannot be checked: its folder is read-only and it has unsaved "
                                   "changes in its -wal file; make the folder writable and check again") from None
            rows = _pragma_rows(f"{path.resolve().as_uri()}?mode=ro&immutable=1", pragma)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StorageError(f"{path}: the file is locked by another program; close it and retry") from None
        if any(word in str(exc) for word in ("disk I/O", "full")):  # the check could not run: no verdict
            raise StorageError(f"{path}: could not be checked ({_reason(exc)}); free some disk space "
                               "or check the disk, then try again") from None
        return [_reason(exc)]
    except sqlite3.DatabaseError as exc:
        return [_reason(exc)]
    return [] if rows == ["ok"] else rows


def _pragma_rows(uri: str, pragma: str | tuple[str, tuple[str, ...]]) -> list[str]:
    """The check's rows; for (pragma, skip) the pragma per table but those in skip, "ok" once if all are."""
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        if isinstance(pragma, str):
            return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        name, skip = pragma
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = []
        for table in tables:
            if table not in skip:
                rows += [str(r[0]) for r in conn.execute(f'PRAGMA {name}("{table}")') if r[0] != "ok"]
        return rows or ["ok"]
    finally:
        conn.close()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _claim(partial: Path):
    """Create the half-made copy and hold a lock on it while it is written (POSIX flock: apart from
    SQLite's own fcntl locks, and this descriptor is closed only after SQLite's)."""
    fh = open(partial, "wb")
    if os.name != "nt":
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
    return fh


def _release_claim(fh) -> None:
    if fh is not None:
        try:
            fh.close()  # closing drops the flock
        except OSError:
            pass


def _remove_unclaimed(partial: Path) -> bool:
    """Delete a leftover half-made copy unless another process is still writing it."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be deleted there anyway
        try:
            partial.unlink()
            return True
        except OSError:
            return False
    import fcntl

    try:
        fh = open(partial, "rb")
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # being written right now
        try:
            partial.unlink()
        except OSError:
            return False
        return True
    finally:
        fh.close()


def _reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc)).splitlines()[0]


def newest(backups: Sequence[BackupInfo], now: datetime | None = None) -> BackupInfo | None:
    """The highest sequence number; with `now`, among the copies not dated in the future."""
    if now is not None:
        backups = [b for b in backups if not b.from_future(now)]
    return max(backups) if backups else None
