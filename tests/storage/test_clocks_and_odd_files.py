"""Wrong clocks, empty files, hot journals and odd databases (issue 16, points 2-4, 13 and the
misleading messages): each case is damage with a restore offer, or a clear message, never a
traceback or a silently wrong choice."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.scheduling import Rating, day_bounds
from studyapp.errors import DatabaseDamagedError
from studyapp.storage.backups import (KEEP_NEWEST, AutoBackup, latest_good_backup, list_backups, make_backup,
                                      prune, restore)
from studyapp.storage.integrity import move_aside
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import review_ids

YEARS = timedelta(days=5 * 365)


def _sql(database: Path, *statements: str) -> None:
    conn = sqlite3.connect(database)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


# -- 2. backups ordered by sequence, not by the clock ---------------------------------------------

def test_a_backup_made_under_a_clock_years_ahead_is_listed_as_future_and_never_the_latest(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    future = make_backup(dirs.database, dirs.backups, now + YEARS, "before-import")  # the clock was ahead
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    later = make_backup(dirs.database, dirs.backups, now + timedelta(hours=1), "auto")  # the clock is right again
    assert [b.path for b in list_backups(dirs.backups)] == [later, future, good]  # made in this order
    assert latest_good_backup(dirs.backups, now + timedelta(hours=2)).path == later
    later.unlink()
    # Even as the last copy made, a copy dated years ahead is not "the latest": the good one is.
    assert latest_good_backup(dirs.backups, now + timedelta(hours=2)).path == good
    [shown] = [b for b in list_backups(dirs.backups) if b.path == future]
    assert "dated in the future" in shown.describe(now + timedelta(hours=2))
    assert "future" not in shown.describe(now + YEARS)


def test_thinning_with_the_clock_years_ahead_keeps_the_newest_copies(studied, dirs, now):
    made = [make_backup(dirs.database, dirs.backups, now + timedelta(minutes=30 * i), "auto") for i in range(16)]
    prune(dirs.backups, now + YEARS)  # a clock years ahead: every copy looks years old
    left = {b.path for b in list_backups(dirs.backups)}
    assert set(made[-KEEP_NEWEST:]) <= left


def test_automatic_backups_go_on_when_the_clock_was_set_back(studied, dirs, now):
    make_backup(dirs.database, dirs.backups, now + YEARS, "auto")
    auto = AutoBackup(dirs.database, dirs.backups)
    assert auto.due(now)  # the newest copy is dated years ahead: not "made a minute ago"
    assert auto.tick(now) is not None and not auto.due(now + timedelta(minutes=1))


def test_reviews_from_the_future_do_not_count_as_today(studied, dirs, now):
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(days=3))  # made while the clock was ahead
    start, end = day_bounds(now, 4)
    [counts] = studied.counts(start, end, now)
    assert counts.reviews_today == 3


# -- 3. a 0-byte progress file is damage, never a new user ----------------------------------------

def test_an_empty_progress_file_is_damage_with_a_restore_offer(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    for side in ("-wal", "-shm"):
        Path(str(dirs.database) + side).unlink(missing_ok=True)
    dirs.database.write_bytes(b"")  # a file system that lost the file's contents
    with pytest.raises(DatabaseDamagedError, match=r"empty \(0 bytes\)") as caught:
        open_progress(dirs, now + timedelta(hours=1), bundled=[])
    assert caught.value.latest_backup == good and caught.value.moved_to.stat().st_size == 0


def test_the_close_backup_never_puts_an_empty_file_above_the_good_backups(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    dirs.database.write_bytes(b"")
    auto = AutoBackup(dirs.database, dirs.backups)
    assert auto.on_close(now + timedelta(hours=1)) is None
    with pytest.raises(DatabaseDamagedError):
        open_progress(dirs, now + timedelta(hours=1), bundled=[])
    fresh = open_progress(dirs, now + timedelta(hours=1), bundled=[])  # "start empty" after the offer
    fresh.close()
    assert AutoBackup(dirs.database, dirs.backups).on_close(now + timedelta(hours=2)) is None  # nothing to lose
    assert latest_good_backup(dirs.backups, now + timedelta(hours=2)).path == good
    assert [b.path for b in list_backups(dirs.backups)] == [good]


def test_restore_over_an_empty_file_keeps_it_and_brings_the_answers_back(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    dirs.database.write_bytes(b"")
    kept = restore(good, dirs.database, dirs.backups, now + timedelta(hours=1))
    assert kept is not None and kept.stat().st_size == 0 and len(review_ids(dirs.database)) == 3


# -- 4. a hot journal is rolled back by SQLite, not judged as damage ------------------------------

HOT = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")  # dirty pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
for _ in range(40):
    conn.execute("UPDATE review SET answer = hex(randomblob(3000))")
os._exit(0)  # killed mid-transaction: the file holds uncommitted pages, the journal the old ones
"""


def test_a_hot_journal_is_rolled_back_at_startup_not_moved_aside(studied, dirs, now):
    studied.close()
    _sql(dirs.database, "PRAGMA journal_mode=DELETE")  # as a backup restored by an older studyapp was
    subprocess.run([sys.executable, "-c", HOT, str(dirs.database)], check=True)
    journal = Path(str(dirs.database) + "-journal")
    assert journal.stat().st_size > 0
    reopened = open_progress(dirs, now + timedelta(hours=1), bundled=[])
    try:
        assert reopened.review_count() == 3 and reopened.integrity_problems() == []
    finally:
        reopened.close()
    assert not journal.exists() and not list(dirs.data.glob("*.damaged-*"))
    conn = sqlite3.connect(f"{dirs.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert {r[0] for r in conn.execute("SELECT answer FROM review")} == {"x"}  # the cut write is undone
    finally:
        conn.close()


def test_a_restored_file_is_already_in_wal_mode(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    restore(good, dirs.database, dirs.backups, now + timedelta(hours=1))
    header = dirs.database.read_bytes()[:20]
    assert (header[18], header[19]) == (2, 2)  # WAL: its first open writes nothing in rollback mode
    assert not Path(str(dirs.database) + "-journal").exists()


def test_a_damaged_file_is_moved_aside_with_its_journal(tmp_path, now):
    database = tmp_path / "progress.sqlite3"
    database.write_bytes(b"not a database")
    Path(str(database) + "-journal").write_bytes(b"its journal")
    moved = move_aside(database, now)
    assert Path(str(moved) + "-journal").read_bytes() == b"its journal"
    assert not Path(str(database) + "-journal").exists()


# -- 13. odd databases are damage with a restore offer ------------------------------------------------

@pytest.mark.parametrize("statements, reason", [
    (("DROP TABLE review",), "review table is missing"),
    (("UPDATE review SET reviewed_at = '0001-01-01 00:00:00.000000' WHERE id = 1",), "0001-01-01"),
    (("UPDATE review SET reviewed_at = 'yesterday' WHERE id = 2",), "'yesterday'"),
    # The review log keeps milliseconds since 1970 (schema v5): a moment before 1970 is no date to count with.
    (("UPDATE review SET reviewed_at = -20220121 WHERE id = 2",), "-20220121"),
    (("UPDATE card SET due = '2022-13-45 99:00:00' WHERE due IS NOT NULL",), "2022-13-45"),
    (("PRAGMA user_version = -1",), "schema version is -1"),
])
def test_odd_databases_are_damage_with_a_clear_reason_and_a_restore_offer(studied, dirs, now, statements, reason):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    _sql(dirs.database, *statements)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_progress(dirs, now + timedelta(hours=1), bundled=[])
    assert reason in str(caught.value) and "gap" not in str(caught.value)
    assert caught.value.latest_backup == good and caught.value.moved_to.exists()


# -- misleading messages ---------------------------------------------------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="flock")
def test_prune_leaves_a_half_made_copy_that_another_process_is_writing(studied, dirs, now):
    import fcntl

    make_backup(dirs.database, dirs.backups, now, "auto")
    partial = dirs.backups / "progress-s000009-20220121-120000-manual.sqlite3.partial"
    with open(partial, "wb") as writing:
        fcntl.flock(writing.fileno(), fcntl.LOCK_EX)  # as make_backup holds it while it writes
        prune(dirs.backups, now)
        assert partial.exists()
    prune(dirs.backups, now)  # its writer is gone: a leftover
    assert not partial.exists()


def test_answers_from_the_future_do_not_use_up_todays_new_questions(mini_installed, now):
    from studyapp.core.day_plan import plan_day
    from studyapp.settings import Settings

    settings = Settings(new_per_day=2)
    start, end = day_bounds(now, settings.day_starts_at_hour)
    for qid in ("q-quote", "q-choice"):  # two new questions answered while the clock was days ahead
        answer(mini_installed, qid, Rating.GOOD, now + timedelta(days=3))
    plan = plan_day(mini_installed, lambda k: frozenset(), ["mini"], settings, start, end)
    assert len(plan.news) == 2
