"""`studyapp backup`, `restore` and `check`, headless, through the CLI's main()."""

from __future__ import annotations

from datetime import timedelta

from studyapp.cli import main
from studyapp.core.scheduling import Rating
from studyapp.storage.app_lock import AppLock
from studyapp.storage.backups import list_backups
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import damage_page, review_ids


def test_backup_list_and_restore(studied, dirs, now, capsys):
    assert main(["--data-dir", str(dirs.data), "backup"]) == 0
    [info] = list_backups(dirs.backups)
    assert info.label == "manual" and str(info.path) in capsys.readouterr().out
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    studied.close()
    assert main(["--data-dir", str(dirs.data), "backup", "--list"]) == 0
    assert "made by you" in capsys.readouterr().out
    assert main(["--data-dir", str(dirs.data), "restore", str(info.path)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before-restore" in out
    assert len(review_ids(dirs.database)) == 3
    assert main(["--data-dir", str(dirs.data), "restore", "--latest"]) == 0  # the 4-answer copy made just now
    assert len(review_ids(dirs.database)) == 4


def test_restore_is_refused_while_the_app_has_the_folder(studied, dirs, now, capsys):
    main(["--data-dir", str(dirs.data), "backup"])
    [info] = list_backups(dirs.backups)
    studied.close()  # an open store holds the folder itself; here the app holds it
    lock = AppLock(dirs.data)
    assert lock.acquire()
    try:
        before = dirs.database.read_bytes()
        assert main(["--data-dir", str(dirs.data), "restore", str(info.path)]) == 1
        assert "studyapp is open on this data folder" in capsys.readouterr().err
        assert dirs.database.read_bytes() == before
    finally:
        lock.release()


def test_check_reports_ok_and_damage(studied, dirs, now, capsys):
    studied.close()
    assert main(["--data-dir", str(dirs.data), "check"]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")
    main(["--data-dir", str(dirs.data), "backup"])
    damage_page(dirs.database, page=3)
    assert main(["--data-dir", str(dirs.data), "check"]) == 1
    out = capsys.readouterr().out
    assert "damaged" in out and "studyapp restore" in out


def test_restore_needs_a_file_or_latest(dirs, capsys):
    assert main(["--data-dir", str(dirs.data), "restore"]) == 1
    assert "--latest" in capsys.readouterr().err


def test_app_lock_excludes_a_second_holder_and_is_freed(tmp_path):
    first, second = AppLock(tmp_path), AppLock(tmp_path)
    assert first.acquire() and not second.acquire() and second.in_use()
    first.release()
    assert not second.in_use() and second.acquire()
    second.release()


def test_list_and_restore_latest_read_compressed_and_old_plain_copies(studied, dirs, now, capsys):
    import sqlite3

    dirs.backups.mkdir(parents=True, exist_ok=True)
    plain = dirs.backups / "progress-s000001-20220121-110000-close.sqlite3"  # made by an older studyapp
    src, dst = sqlite3.connect(dirs.database), sqlite3.connect(plain)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    src.close()
    dst.close()
    answer(studied, "q-typed", Rating.GOOD, now + timedelta(hours=1))
    studied.close()
    assert main(["--data-dir", str(dirs.data), "backup"]) == 0  # compressed, 4 answers
    capsys.readouterr()
    assert main(["--data-dir", str(dirs.data), "backup", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0].rsplit("-", 1)[-1] for line in listed] == ["manual.sqlite3.zst", "close.sqlite3"]
    assert main(["--data-dir", str(dirs.data), "restore", str(plain)]) == 0
    assert len(review_ids(dirs.database)) == 3
    assert main(["--data-dir", str(dirs.data), "restore", "--latest"]) == 0  # the compressed before-restore copy
    assert len(review_ids(dirs.database)) == 4
