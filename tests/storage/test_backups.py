"""Backups: which to keep (a pure function), making them online, pruning, restoring, and when they happen."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating
from studyapp.errors import StorageError
from studyapp.storage import backups
from studyapp.storage.backups import AutoBackup, list_backups, make_backup, prune, restore, thin
from studyapp.storage.database import MIGRATIONS, make_engine, migrate
from studyapp.storage.progress import open_progress
from tests.storage.conftest import make_variant
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import damage_page, readable, review_ids

NOW = datetime(2022, 6, 30, 12, 0, tzinfo=timezone.utc)


# -- thinning: a pure function of (times, now) ---------------------------------------------------

def test_thin_keeps_the_last_day_then_one_a_day_week_and_month():
    # A backup every 30 minutes for 400 days.
    times = [NOW - timedelta(minutes=30 * i) for i in range(400 * 48)]
    kept = sorted(thin(times, NOW), reverse=True)
    recent = [t for t in kept if NOW - t < timedelta(days=1)]
    assert len(recent) == 48  # every backup of the last 24 hours
    older = kept[len(recent):]
    assert len(older) == 12 + 10 + 9
    days = [t.date() for t in older]
    assert len(set(days)) == len(days)  # one per day at most
    # The 12 dailies are the newest backup of each of the 12 days from the end of the recent window back.
    assert older[0] == NOW - timedelta(days=1)
    assert older[1:12] == [datetime.combine(NOW.date() - timedelta(days=d), datetime.min.time(), timezone.utc)
                           + timedelta(hours=23, minutes=30) for d in range(2, 13)]
    # Then weekly and monthly ones (as in Anki, a month's slot may be used by a week that starts it).
    for newer, older_one in zip(older[12:], older[13:]):
        assert (older_one.date().toordinal() // 7 < newer.date().toordinal() // 7
                or (older_one.year, older_one.month) < (newer.year, newer.month))
    assert NOW - timedelta(days=366) < older[-1] < NOW - timedelta(days=240)
    assert min(kept) > NOW - timedelta(days=400)  # the oldest go


def test_thin_keeps_few_backups_and_future_ones():
    times = [NOW - timedelta(days=3), NOW - timedelta(days=40), NOW + timedelta(hours=1)]
    assert thin(times, NOW) == set(times)
    assert thin([], NOW) == set()


moments = st.lists(st.integers(min_value=-10, max_value=800 * 24 * 60), max_size=300).map(
    lambda minutes: [NOW - timedelta(minutes=m) for m in minutes])


@settings(max_examples=150, deadline=None)
@given(moments)
def test_thin_properties(times):
    kept = thin(times, NOW)
    assert kept <= set(times)
    assert thin(kept, NOW) == kept  # thinning again removes nothing more
    if times:
        assert max(times) in kept  # the newest backup is always kept
    old = {t for t in kept if t <= NOW and NOW - t >= timedelta(days=1)}
    assert len(old) <= 12 + 10 + 9
    assert {t for t in times if NOW - t < timedelta(days=1)} <= kept


# -- making, listing, pruning ----------------------------------------------------------------------

def test_backup_is_a_sound_self_contained_copy(studied, dirs, now):
    path = make_backup(dirs.database, dirs.backups, now, "manual")
    assert path.name == "progress-s000001-20220121-120000-manual.sqlite3.zst"
    assert backups.check_file(path) == []
    assert review_ids(path) == review_ids(dirs.database) and len(review_ids(path)) == 3
    assert sorted(p.name for p in dirs.backups.iterdir()) == [path.name]  # no -wal, no .partial
    [info] = list_backups(dirs.backups)
    assert (info.path, info.label, info.taken_at) == (path, "manual", now)
    again = make_backup(dirs.database, dirs.backups, now, "manual")  # same second: a new name
    assert again != path and again.is_file()


def test_backups_taken_while_answers_are_written_are_sound_and_restore(studied, dirs, now, tmp_path):
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def writer():
        try:
            qids = ("q-typed", "q-date", "q-order", "q-match", "q-flash", "q-quote", "q-choice", "q-tf")
            i = 0
            while not stop.is_set() and i < 400:
                written.append(answer(studied, qids[i % len(qids)], Rating.GOOD, now + timedelta(hours=1, minutes=i)))
                i += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    made = []
    try:
        for i in range(8):
            seen_before = set(written)  # committed before this backup started
            path = make_backup(dirs.database, dirs.backups, now + timedelta(seconds=i), "auto")
            made.append((path, seen_before))
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    for path, seen_before in made:
        assert backups.check_file(path) == []
        assert seen_before <= review_ids(path)  # everything acknowledged before the copy is in it
    # The last backup restores into a database the app opens.
    studied.close()
    last, committed = made[-1]
    restore(last, dirs.database, dirs.backups, now + timedelta(days=1))
    reopened = open_progress(dirs, now + timedelta(days=1), bundled=[])
    try:
        assert committed <= {r for r in review_ids(dirs.database)}
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_a_failed_backup_leaves_no_file_and_says_why(studied, dirs, now, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="could not write a backup"):
        make_backup(dirs.database, blocker / "backups", now)
    with pytest.raises(StorageError, match="no progress file"):
        make_backup(tmp_path / "missing.sqlite3", dirs.backups, now)


def test_prune_applies_thin_and_removes_partial_copies(studied, dirs):
    start = NOW - timedelta(days=60)
    days = range(0, 60, 3)
    for d in days:
        make_backup(dirs.database, dirs.backups, start + timedelta(days=d), "auto")
    (dirs.backups / "progress-20220630-110000-auto.sqlite3.partial").write_bytes(b"half")
    (dirs.backups / "notes.txt").write_text("not a backup")
    gone = prune(dirs.backups, NOW, keep_newest=0)
    left = list_backups(dirs.backups)
    assert {b.taken_at for b in left} == thin([start + timedelta(days=d) for d in days], NOW)
    assert len(left) < len(days) and len(gone) == len(days) - len(left) + 1
    assert (dirs.backups / "notes.txt").exists()


def test_prune_keeps_every_copy_of_the_last_day_and_from_the_future_even_several_in_one_second(studied, dirs):
    """Restores in one second each back up a different file (the one they replace); a prune run
    by a process whose clock is behind (they look like the future) or right (they are recent)
    used to keep only the newest of them once they fell out of the newest ten, and the answers
    only the older copies held were gone (CI, test_one_writer)."""
    moment = NOW + timedelta(hours=3)
    for minute in range(4):
        make_backup(dirs.database, dirs.backups, NOW - timedelta(days=40, minutes=minute), "before-import")
    same_second = [make_backup(dirs.database, dirs.backups, moment, "before-restore") for _ in range(3)]
    prune(dirs.backups, NOW, keep_newest=1)  # the copies are from this process's future
    assert all(p.exists() for p in same_second)
    prune(dirs.backups, moment + timedelta(minutes=5), keep_newest=1)  # and from its last day
    assert all(p.exists() for p in same_second)
    that_day = (NOW - timedelta(days=40)).date()
    old = [b for b in list_backups(dirs.backups) if b.taken_at.date() == that_day]
    assert len(old) == 1  # the older ones of one day are still thinned to one


# -- restoring -------------------------------------------------------------------------------------

def test_restore_backs_up_the_current_file_first(studied, dirs, now):
    early = make_backup(dirs.database, dirs.backups, now, "manual")
    later = answer(studied, "q-typed", Rating.AGAIN, now + timedelta(hours=1))
    studied.close()
    kept = restore(early, dirs.database, dirs.backups, now + timedelta(hours=2))
    assert not Path(str(dirs.database) + "-wal").exists()  # the old file's WAL went with it
    assert kept is not None and kept.name.endswith("-before-restore.sqlite3.zst")
    assert later in review_ids(kept)  # nothing is lost by restoring: the newer state is a backup now
    assert later not in review_ids(dirs.database) and len(review_ids(dirs.database)) == 3
    reopened = open_progress(dirs, now + timedelta(hours=2), bundled=[])
    try:
        assert reopened.review_count() == 3
    finally:
        reopened.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(studied, dirs, now):
    bad = make_backup(dirs.database, dirs.backups, now, "manual")
    damage_page(bad, page=2)
    studied.close()
    before = dirs.database.read_bytes()
    with pytest.raises(StorageError, match="damaged"):
        restore(bad, dirs.database, dirs.backups, now)
    assert dirs.database.read_bytes() == before
    with pytest.raises(StorageError, match="no such backup"):
        restore(dirs.backups / "nope.sqlite3", dirs.database, dirs.backups, now)


def test_restore_over_a_damaged_database_moves_it_aside(studied, dirs, now):
    good = make_backup(dirs.database, dirs.backups, now, "manual")
    studied.close()
    damage_page(dirs.database, page=1)  # the header: "file is not a database"
    damaged = dirs.database.read_bytes()
    kept = restore(good, dirs.database, dirs.backups, now + timedelta(minutes=5))
    assert kept is not None and ".damaged-" in kept.name and kept.read_bytes() == damaged
    assert len(review_ids(dirs.database)) == 3


# -- when backups happen -----------------------------------------------------------------------------

def test_auto_backup_every_30_minutes_of_use_and_on_close(studied, dirs, now):
    auto = AutoBackup(dirs.database, dirs.backups)
    assert auto.due(now)
    first = auto.tick(now)
    assert first is not None and first.name.endswith("-auto.sqlite3.zst")
    assert auto.tick(now + timedelta(minutes=29)) is None
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(minutes=29))
    assert auto.tick(now + timedelta(minutes=30)) is not None
    answer(studied, "q-date", Rating.GOOD, now + timedelta(minutes=30))
    closing = auto.on_close(now + timedelta(minutes=31))
    assert closing is not None and closing.name.endswith("-close.sqlite3.zst")
    # A restarted app counts from the newest backup on disk, so it does not copy again at once.
    assert not AutoBackup(dirs.database, dirs.backups).due(now + timedelta(minutes=40))
    assert AutoBackup(dirs.database, dirs.backups).due(now + timedelta(minutes=61))


def test_an_import_that_changes_the_database_is_preceded_by_a_backup(studied, dirs, now, mini_bank_path, tmp_path):
    labels = lambda: [b.label for b in list_backups(dirs.backups)]  # noqa: E731
    studied.install_bank(load_bank(mini_bank_path), now)  # same version: a no-op, no copy
    assert labels() == []
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, drop=("q-flash",))
    studied.install_bank(load_bank(v2), now + timedelta(hours=1))
    [info] = list_backups(dirs.backups)
    assert info.label == "before-import" and len(review_ids(info.path)) == 3
    # The copy has the bank as it was before the import.
    with readable(info.path) as plain:
        conn = sqlite3.connect(plain)
        try:
            assert conn.execute("SELECT version FROM bank WHERE id = 'mini'").fetchone() == (1,)
        finally:
            conn.close()


def test_a_first_import_into_an_empty_database_makes_no_copy(dirs, now, mini_bank_path):
    progress = open_progress(dirs, now, bundled=[])
    try:
        progress.install_bank(load_bank(mini_bank_path), now)
    finally:
        progress.close()
    assert list_backups(dirs.backups) == []


def test_a_migration_is_preceded_by_a_listed_backup(dirs, now):
    dirs.data.mkdir(parents=True, exist_ok=True)
    engine = make_engine(dirs.database)
    migrate(engine, 0, MIGRATIONS[:1])
    engine.dispose()
    progress = open_progress(dirs, now, bundled=[])
    progress.close()
    [info] = list_backups(dirs.backups)
    assert info.label == f"before-v{MIGRATIONS[-1].version}" and info.taken_at == now
    assert "upgrading to version" in info.describe()
    assert backups.check_file(info.path) == []
