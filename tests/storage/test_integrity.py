"""A damaged progress file is noticed on open, moved aside (never deleted), and a backup is offered;
a full disk or a read-only folder gives a plain StorageError and keeps what was saved."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from studyapp.core.scheduling import Rating
from studyapp.errors import DatabaseDamagedError, StorageError
from studyapp.storage.backups import make_backup, restore
from studyapp.storage.integrity import check_writable, full_check, move_aside, quick_check
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import damage_page, review_ids


@pytest.mark.parametrize("page", [1, 2, 5])
def test_flipped_bytes_are_detected_moved_aside_and_a_backup_is_offered(studied, dirs, now, page):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    damage_page(dirs.database, page=page)
    damaged = dirs.database.read_bytes()
    assert quick_check(dirs.database) != []
    later = now + timedelta(hours=1)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_progress(dirs, later, bundled=[])
    err = caught.value
    # Moved aside with every byte, never deleted; the message says where and what to do.
    assert err.moved_to is not None and err.moved_to.read_bytes() == damaged
    assert err.moved_to.parent == dirs.database.parent and ".damaged-" in err.moved_to.name
    assert not dirs.database.exists()
    assert err.latest_backup == good
    assert str(err.moved_to) in str(err) and "studyapp restore" in str(err)
    # Restoring the offered backup brings the answers back.
    restore(err.latest_backup, dirs.database, dirs.backups, later)
    reopened = open_progress(dirs, later, bundled=[])
    try:
        assert reopened.review_count() == 3 and reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_without_a_backup_the_next_start_is_fresh_and_the_damaged_file_stays(studied, dirs, now):
    studied.close()
    damage_page(dirs.database, page=1)
    with pytest.raises(DatabaseDamagedError, match="no backup") as caught:
        open_progress(dirs, now, bundled=[])
    assert caught.value.latest_backup is None
    fresh = open_progress(dirs, now, bundled=[])
    try:
        assert fresh.review_count() == 0
    finally:
        fresh.close()
    assert caught.value.moved_to.exists()


def test_a_backup_cut_short_is_not_offered(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    newer = make_backup(dirs.database, dirs.backups, now + timedelta(minutes=30), "auto")
    newer.write_bytes(newer.read_bytes()[:newer.stat().st_size // 2])  # as if the disk filled while copying
    studied.close()
    damage_page(dirs.database, page=2)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_progress(dirs, now + timedelta(hours=1), bundled=[])
    assert caught.value.latest_backup == good


def test_full_check_reports_index_damage_that_a_sound_file_has_not(studied, dirs, now):
    studied.close()
    assert full_check(dirs.database) == []
    damage_page(dirs.database, page=4)
    assert full_check(dirs.database) != []


def test_move_aside_takes_the_wal_along_and_never_overwrites(tmp_path, now):
    db = tmp_path / "progress.sqlite3"
    for name, data in (("progress.sqlite3", b"db"), ("progress.sqlite3-wal", b"wal")):
        (tmp_path / name).write_bytes(data)
    first = move_aside(db, now)
    assert first.read_bytes() == b"db" and Path(str(first) + "-wal").read_bytes() == b"wal"
    db.write_bytes(b"db2")
    second = move_aside(db, now)
    assert second != first and second.read_bytes() == b"db2" and first.read_bytes() == b"db"


# -- full disk, read-only folder -------------------------------------------------------------------

def _on_every_connection(progress, sql: str) -> None:
    """Run `sql` on every new connection of the store (pooled ones are dropped first)."""
    event.listen(progress.engine, "connect", lambda dbapi_conn, _rec: dbapi_conn.execute(sql))
    progress.engine.dispose()


def test_a_full_disk_is_a_storage_error_and_nothing_half_written(studied, dirs, now):
    before = review_ids(dirs.database)
    with studied.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own limit on the file's size: the next page it needs is refused with SQLITE_FULL,
    # exactly as a full disk is reported (and unlike chmod, this works when tests run as root).
    _on_every_connection(studied, f"PRAGMA max_page_count = {pages}")
    big = "x" * 20000
    from studyapp.core.records import CardKey, ReviewRecord
    from studyapp.core.scheduling import Scheduler
    from studyapp.settings import Settings
    key = CardKey("mini", "q-typed")
    state = studied.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(state, Rating.GOOD, now)
    with pytest.raises(StorageError, match="disk is full"):
        studied.record_review(ReviewRecord(key, now + timedelta(hours=1), Rating.GOOD, state, after, answer=big))
    # Nothing half-written: the card was not updated without its review, and the store still works.
    assert studied.card_state(key) == state
    assert review_ids(dirs.database) == before
    assert studied.review_count() == 3


def test_a_read_only_database_is_a_storage_error_and_keeps_what_it_has(studied, dirs, now):
    before = review_ids(dirs.database)
    # query_only makes SQLite refuse writes with SQLITE_READONLY, the error a read-only folder or
    # file gives; it works as root, where chmod would not stop writes.
    _on_every_connection(studied, "PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only"):
        answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    assert review_ids(dirs.database) == before
    assert [c.key.question_id for c in studied.new_cards(["mini"], 10)][:1] == ["q-typed"]


def test_an_unwritable_data_folder_is_reported_plainly(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot be written"):
        check_writable(blocker / "data")
    with pytest.raises(StorageError, match="a-file: is a file, not a folder; choose a folder"):
        check_writable(blocker)
    check_writable(tmp_path / "fine")  # no error, and no probe file left behind
    assert list((tmp_path / "fine").iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores directory permissions; the max_page_count and query_only tests "
                           "above cover the same errors as root")
def test_a_chmod_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot be written"):
            check_writable(folder)
    finally:
        folder.chmod(0o700)


def test_an_unwritable_data_folder_is_refused_at_open_with_a_plain_message(tmp_path, now):
    from studyapp.paths import AppDirs

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot be written"):
        open_progress(AppDirs.under(blocker / "data"), now, bundled=[])


def test_a_failed_save_leaves_the_study_session_where_it_was(studied, dirs, now):
    """The answer stays on screen (ANSWERED) and can be rated again once the disk has room."""
    import random

    from studyapp.core.session import SessionState, StudySession
    from studyapp.core.scheduling import Scheduler
    from studyapp.settings import Settings

    banks = {k: v.bank for k, v in studied.load_banks()[0].items()}
    session = StudySession(studied, banks, Scheduler(Settings(), fuzz=False), rng=random.Random(1))
    later = now + timedelta(days=3)
    session.start(later)
    if session.current.self_graded:
        session.reveal(later)
    else:
        session.submit(None if session.current.question.type == "flash" else "x", later)
    count = studied.review_count()
    listener = lambda dbapi_conn, _rec: dbapi_conn.execute("PRAGMA query_only = ON")  # noqa: E731
    event.listen(studied.engine, "connect", listener)
    studied.engine.dispose()
    with pytest.raises(StorageError):
        session.rate(Rating.GOOD, later)
    assert session.state == SessionState.ANSWERED and studied.review_count() == count
    event.remove(studied.engine, "connect", listener)
    studied.engine.dispose()
    session.rate(Rating.GOOD, later)  # the same answer, saved now
    assert studied.review_count() == count + 1


def _root_page(database, table: str) -> int:
    import sqlite3

    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def test_a_deferred_check_leaves_the_review_log_for_later_and_catches_the_rest_at_once(studied, dirs, now):
    """The window opens a big library without the review log's check (most of the file); it runs
    quick_check after opening and puts the file aside with the same message if that finds damage."""
    from studyapp.storage.integrity import ensure_sound, set_aside

    good = make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    damage_page(dirs.database, page=_root_page(dirs.database, "review"))
    damaged = dirs.database.read_bytes()
    ensure_sound(dirs.database, dirs.backups, now, defer_log_check=True)  # opens at once
    problems = quick_check(dirs.database)  # what the app then runs in the background
    assert problems
    err = set_aside(dirs.database, dirs.backups, now, problems)
    assert isinstance(err, DatabaseDamagedError) and err.latest_backup == good
    assert err.moved_to.read_bytes() == damaged and not dirs.database.exists()
    assert "damaged" in str(err) and str(err.moved_to) in str(err)
    # The same damage is found at once by the full check on open (what commands use).
    restore(good, dirs.database, dirs.backups, now)
    damage_page(dirs.database, page=_root_page(dirs.database, "review"))
    with pytest.raises(DatabaseDamagedError):
        ensure_sound(dirs.database, dirs.backups, now)


def test_a_deferred_check_still_finds_damage_outside_the_review_log_before_opening(studied, dirs, now):
    from studyapp.storage.integrity import ensure_sound

    make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    damage_page(dirs.database, page=_root_page(dirs.database, "card"))
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        ensure_sound(dirs.database, dirs.backups, now, defer_log_check=True)
    assert list(dirs.data.glob("progress.sqlite3.damaged-*"))
