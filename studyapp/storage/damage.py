"""What makes a progress file damaged beyond what SQLite's own checks see, and putting such a file aside.

A module of its own, below both `integrity` (the check on open) and `backups` (a restore over a
file too damaged to copy): they both need it, and neither may import the other back (the cycle
`backups` -> `integrity` -> `backups` made every change to one a change to both). It knows no
schema version itself: the caller says which is the newest one it can open.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from studyapp.errors import StorageError

SIDE_FILES = ("-wal", "-shm", "-journal")
CORE_TABLES = ("bank", "question", "card", "review")
# The stored form of a time (storage.tables.utc_text), and the years the app can count with.
_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
EARLIEST, LATEST = 1970, 9000
_TIME_COLUMNS = (("review", ("reviewed_at",)), ("card", ("due", "last_review")))
_TIME_INDEXED = {"review"}  # tables whose time column leads an index: min() and max() are seeks there
# From schema v6 each bank's figures are kept by triggers (storage.bank_figures): a file without the
# table, or without a trigger that keeps it, would show the library figures that drift from its answers.
FIGURES_FROM = 6
FIGURE_TABLE = "bank_figure"
FIGURE_TRIGGERS = ("bank_figure_bank_added", "bank_figure_bank_gone", "bank_figure_card_added",
                   "bank_figure_card_gone", "bank_figure_card_changed", "bank_figure_card_moved",
                   "bank_figure_review_added", "bank_figure_review_gone", "bank_figure_review_changed")
# From schema v7 an answer's time reaches its bank's row when the store closes, not by a trigger: the
# log's mark (`bank_figure_log`) and the trigger that brings it down when the log's last rows go are kept instead.
FOLDED_FROM = 7
FOLDED_TABLE = "bank_figure_log"
FOLDED_TRIGGERS = tuple(t for t in FIGURE_TRIGGERS if t != "bank_figure_review_added") + ("bank_figure_log_review_gone",)


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


_MS_RANGE = range(int((datetime(EARLIEST, 1, 1, tzinfo=timezone.utc) - datetime(1970, 1, 1, tzinfo=timezone.utc))
                       .total_seconds() * 1000),
                   int((datetime(LATEST, 1, 1, tzinfo=timezone.utc) - datetime(1970, 1, 1, tzinfo=timezone.utc))
                       .total_seconds() * 1000))


def _is_time(value, as_ms: bool) -> bool:
    """A stored moment the app can count with: milliseconds since 1970 in an INTEGER column (the
    review log from schema v5 on), the fixed-width UTC text elsewhere."""
    if as_ms:
        return isinstance(value, int) and not isinstance(value, bool) and value in _MS_RANGE
    if not isinstance(value, str) or not _TIME_TEXT.fullmatch(value):
        return False
    try:
        return EARLIEST <= datetime.fromisoformat(value).year < LATEST
    except ValueError:
        return False


def content_problems(database: Path, newest_version: int | None) -> list[str]:
    """What SQLite's check cannot see: a schema version no studyapp writes, missing progress
    tables, stored times that are not dates the app can count with. [] when none.

    A file newer than `newest_version` gets no verdict (opening refuses it with its own message);
    with None every set-up file is judged (a restore deciding whether the file it replaces is damaged).
    """
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version < 0:
                return [f"its schema version is {version}, which no studyapp writes"]
            if version == 0 or (newest_version is not None and version > newest_version):
                return []  # not set up yet (opening creates the tables), or too new (opening says so)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in CORE_TABLES if t not in tables]
            if missing:
                return [f"the {', '.join(missing)} table{'s are' if len(missing) > 1 else ' is'} missing"]
            if version >= FIGURES_FROM:
                for table in (FIGURE_TABLE, FOLDED_TABLE) if version >= FOLDED_FROM else (FIGURE_TABLE,):
                    if table not in tables:
                        return [f"the {table} table is missing"]
                triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
                lost = [t for t in (FOLDED_TRIGGERS if version >= FOLDED_FROM else FIGURE_TRIGGERS) if t not in triggers]
                if lost:
                    return [f"the {FIGURE_TABLE} table is no longer kept up to date (missing: {', '.join(lost)})"]
            for table, columns in _TIME_COLUMNS:
                declared = {r[1]: str(r[2]).upper() for r in conn.execute(f"PRAGMA table_info({table})")}
                # The earliest and the latest: they are where a year-1 date, a number or a word
                # ("yesterday" sorts after every date) end up. On the review log, a seek each on its
                # time index (a full scan cost as much as quick_check itself; SQLite's min/max
                # optimisation works on a lone min() or max() only); on the cards, which have no
                # such index, all of them from one scan instead of one scan each.
                ends = [(column, f"{end}({column})") for column in columns for end in ("min", "max")]
                if table in _TIME_INDEXED:
                    values = [conn.execute(f"SELECT {e} FROM {table}").fetchone()[0] for _, e in ends]  # noqa: S608
                else:
                    every = ", ".join(e for _, e in ends)
                    values = conn.execute(f"SELECT {every} FROM {table}").fetchone()  # noqa: S608
                for (column, _), value in zip(ends, values):
                    if value is not None and not _is_time(value, "INT" in declared.get(column, "")):
                        return [f"a {table} has the time {value!r} in {column}, which is not a date from "
                                f"{EARLIEST} to {LATEST - 1}"]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if any(word in str(exc) for word in ("unable to open", "readonly", "disk I/O", "full", "locked")):
            return []  # the check could not run (folder, disk): no verdict on the file
        return [str(exc).splitlines()[0]]
    except sqlite3.DatabaseError as exc:
        return [str(exc).splitlines()[0]]
    return []


__all__ = ["CORE_TABLES", "SIDE_FILES", "content_problems", "move_aside"]
