"""Cheap backups: compressed copies (and old plain ones) read everywhere, checked before a restore
replaces anything, and no new copy while nothing changed since the newest one."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Rating
from studyapp.errors import StorageError
from studyapp.storage.backups import (
    AutoBackup, backup_problems, change_mark, decompressed, latest_good_backup, list_backups, make_backup, prune,
    restore, stored_mark,
)
from studyapp.storage.marks import Marks
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import readable, review_ids
from tests.storage.conftest import make_variant


def test_a_copy_is_compressed_and_restores_to_the_same_answers(studied, dirs, now):
    for i in range(40):  # some history, so that compression has something to work on
        answer(studied, ("q-typed", "q-date", "q-order")[i % 3], Rating.GOOD, now + timedelta(hours=1, minutes=i))
    expected = review_ids(dirs.database)
    path = make_backup(dirs.database, dirs.backups, now + timedelta(hours=2), "manual")
    with readable(path) as plain:  # the database itself is mostly in its -wal here: compare with the copy
        assert path.suffix == ".zst" and path.stat().st_size < plain.stat().st_size / 2
    assert backup_problems(path) == [] and stored_mark(path) == change_mark(dirs.database)
    answer(studied, "q-match", Rating.AGAIN, now + timedelta(hours=3))
    studied.close()
    restore(path, dirs.database, dirs.backups, now + timedelta(hours=4))
    assert review_ids(dirs.database) == expected


def test_an_old_uncompressed_copy_is_listed_checked_and_restored(studied, dirs, now):
    dirs.backups.mkdir(parents=True, exist_ok=True)
    old = dirs.backups / "progress-s000001-20220121-120000-close.sqlite3"  # as studyapp wrote them before
    src, dst = sqlite3.connect(dirs.database), sqlite3.connect(old)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    src.close()
    dst.close()
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    studied.close()
    [info] = list_backups(dirs.backups)
    assert info.path == old and info.label == "close" and info.seq == 1
    assert backup_problems(old) == [] and latest_good_backup(dirs.backups, now + timedelta(hours=2)) == info
    kept = restore(old, dirs.database, dirs.backups, now + timedelta(hours=2))
    assert len(review_ids(dirs.database)) == 3 and kept is not None and len(review_ids(kept)) == 4
    assert make_backup(dirs.database, dirs.backups, now + timedelta(hours=3), "manual").name.startswith(
        "progress-s000003-")  # numbering goes on above the plain copy's


@pytest.mark.parametrize("damage", ["cut short", "flipped byte", "not zstd"])
def test_a_damaged_compressed_copy_is_refused_before_anything_is_replaced(studied, dirs, now, damage):
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(minutes=10))
    bad = make_backup(dirs.database, dirs.backups, now + timedelta(minutes=30), "auto")
    data = bytearray(bad.read_bytes())
    if damage == "cut short":
        data = data[:len(data) // 2]
    elif damage == "flipped byte":
        data[len(data) // 2] ^= 0xFF
    else:
        data[:4] = b"SQLi"
    bad.write_bytes(bytes(data))
    studied.close()
    before = dirs.database.read_bytes()
    assert backup_problems(bad) != []
    assert latest_good_backup(dirs.backups, now + timedelta(hours=1)).path == good
    with pytest.raises(StorageError, match="damaged|cut short"):
        restore(bad, dirs.database, dirs.backups, now + timedelta(hours=1))
    assert dirs.database.read_bytes() == before  # nothing replaced
    assert [b.path for b in list_backups(dirs.backups)] == [bad, good]  # and no copy before a restore made
    assert not list(dirs.data.glob("*.restoring*")) and not list(dirs.backups.glob(".check-*"))


def test_closes_without_answers_leave_one_copy(studied, dirs, now):
    """Ten sittings in a day, answers in some: a copy per sitting that changed something, none for the rest."""
    auto = AutoBackup(dirs.database, dirs.backups)
    made = []
    for sitting in range(10):
        when = now + timedelta(hours=sitting)
        if sitting in (3, 7):
            answer(studied, ("q-typed", "q-date")[sitting == 7], Rating.GOOD, when)
        made.append(auto.on_close(when + timedelta(minutes=30)))
    assert [m is not None for m in made] == [True, False, False, True, False, False, False, True, False, False]
    assert len(list_backups(dirs.backups)) == 3
    assert auto.tick(now + timedelta(hours=20)) is None  # an automatic copy of an unchanged file: skipped too
    assert make_backup(dirs.database, dirs.backups, now + timedelta(hours=21), "manual") is not None  # asked for


def test_the_change_mark_sees_every_kind_of_change(studied, dirs, now):
    marks = [change_mark(dirs.database)]

    def changed() -> bool:
        marks.append(change_mark(dirs.database))
        return marks[-1] != marks[-2]

    assert not changed()
    last = answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    assert changed()
    studied.undo_review(last)
    assert changed()
    again = answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=2))  # the same id, a new time
    assert again == last and changed()
    studied.reset_cards("mini", ["q-quote"])
    assert changed()
    Marks(studied.engine).flag([CardKey("mini", "q-choice")], 2, now + timedelta(hours=3))
    assert changed()
    Marks(studied.engine).suspend([CardKey("mini", "q-date")], now + timedelta(hours=4))
    assert changed()
    exam = studied.start_exam(["mini"], 3, now + timedelta(hours=5))
    assert changed()
    studied.finish_exam(exam, now + timedelta(hours=6))
    assert changed()
    studied.remove_bank("mini")
    assert changed()


def test_an_import_after_an_unchanged_close_adds_no_copy(studied, dirs, now, mini_bank_path, tmp_path):
    closing = AutoBackup(dirs.database, dirs.backups).on_close(now + timedelta(hours=1))
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, drop=("q-flash",))
    studied.install_bank(load_bank(v2), now + timedelta(hours=2))  # the close copy is the state before it
    assert [b.path for b in list_backups(dirs.backups)] == [closing]
    v3 = make_variant(mini_bank_path, tmp_path / "v3", 3)
    studied.install_bank(load_bank(v3), now + timedelta(hours=3))  # the file changed since: a copy
    assert [b.label for b in list_backups(dirs.backups)] == ["before-import", "close"]


def test_a_bundled_bank_installed_for_the_first_time_makes_no_copy(studied, dirs, now, mini_bank_path, tmp_path):
    other = make_variant(mini_bank_path, tmp_path / "other", 1)
    other.write_text(other.read_text(encoding="utf-8").replace('id = "mini"', 'id = "other"', 1), encoding="utf-8")
    studied.close()
    progress = open_progress(dirs, now + timedelta(hours=1), bundled=[other])
    try:
        assert {b.id for b in progress.banks()} == {"mini", "other"}
    finally:
        progress.close()
    assert list_backups(dirs.backups) == []


def test_a_decompressed_check_copy_left_by_a_killed_process_is_pruned(studied, dirs, now):
    path = make_backup(dirs.database, dirs.backups, now, "manual")
    leftover = dirs.backups / ".check-killed.sqlite3"  # what a process killed during a check leaves
    leftover.write_bytes(b"x" * 1000)
    with decompressed(path) as in_use:  # another process's check, under way
        assert in_use.parent == dirs.backups and in_use.name.startswith(".check-")
        gone = prune(dirs.backups, now)
        assert gone == [leftover] and in_use.is_file()
    assert sorted(p.name for p in dirs.backups.iterdir()) == [path.name]
