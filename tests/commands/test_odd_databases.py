"""Headless commands on odd databases, wrong clocks and full disks (issue 16, points 2, 12, 13 and
the misleading messages): a clear message and exit 1, never a traceback or "unexpected error"."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from studyapp.cli import _write_crash_log, main
from studyapp.storage.backups import list_backups, make_backup
from tests.helpers.sqlite_files import review_ids

REPO = Path(__file__).resolve().parents[2]


def run(dirs, *args: str) -> int:
    return main(["--data-dir", str(dirs.data), *args])


@pytest.mark.parametrize("command", [["stats"], ["banks"], ["report", "--to", "{tmp}/report.csv"]])
@pytest.mark.parametrize("sql, reason", [
    ("DROP TABLE review", "review table is missing"),
    ("UPDATE review SET reviewed_at = '0001-01-01 00:00:00.000000' WHERE id = 1", "0001-01-01"),
    ("UPDATE review SET reviewed_at = 'not a date' WHERE id = 1", "not a date"),
    ("PRAGMA user_version = -1", "schema version is -1"),
])
def test_odd_databases_give_the_damage_message_not_a_traceback(studied, dirs, now, tmp_path, capsys,
                                                               command, sql, reason):
    make_backup(dirs.database, dirs.backups, now, "auto")
    studied.close()
    conn = sqlite3.connect(dirs.database)
    conn.execute(sql)
    conn.commit()
    conn.close()
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    assert run(dirs, *args, "--now", "2022-01-21T13:00:00") == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp: ") and "damaged" in err and reason in err and "studyapp restore" in err
    assert "Traceback" not in err and "unexpected" not in err and "gap" not in err


@pytest.mark.parametrize("command", ["stats", "banks", "report"])
@pytest.mark.parametrize("when", ["0001-01-01T00:00:00", "9999-12-31T23:59:59", "0001-01-01T00:00:00+05:00"])
def test_now_at_either_end_of_the_calendar_is_a_clear_message(dirs, tmp_path, capsys, command, when):
    extra = ["--to", str(tmp_path / "r.csv")] if command == "report" else []
    with pytest.raises(SystemExit) as caught:
        run(dirs, command, *extra, "--now", when)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "outside the years studyapp counts with" in err or "is not an ISO date-time" in err
    assert "Traceback" not in err


def test_backup_list_shows_a_future_copy_and_restore_latest_skips_it(studied, dirs, capsys):
    real_now = datetime.now(timezone.utc)
    good = make_backup(dirs.database, dirs.backups, real_now - timedelta(minutes=10), "auto")
    future = make_backup(dirs.database, dirs.backups, real_now + timedelta(days=5 * 365), "before-import")
    studied.close()
    assert run(dirs, "backup", "--list") == 0
    out = capsys.readouterr().out
    [line] = [x for x in out.splitlines() if str(future) in x]
    assert "dated in the future" in line
    assert run(dirs, "restore", "--latest") == 0
    assert f"restored {good}" in capsys.readouterr().out


def test_a_full_disk_during_restore_gives_the_real_message(studied, dirs, now, tmp_path):
    source = make_backup(dirs.database, tmp_path / "elsewhere", now, "manual")
    studied.close()
    before = dirs.database.read_bytes()
    # A file-size limit stands in for a full disk: every write past 4 bytes fails (EFBIG), the
    # lock file's pid included, as on a full disk.
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (4, 4))\n"
              "from studyapp.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(dirs.data), "restore", str(source)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    # The backup is decompressed beside the progress file first: that write is the one that fails.
    assert "could not decompress this backup" in done.stderr and "free some disk space" in done.stderr
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
    assert dirs.database.read_bytes() == before  # nothing replaced
    assert not (tmp_path / "crash.log").exists()


def test_the_crash_log_never_goes_to_the_current_directory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # the data folder cannot be made: neither can its log folder
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        where = _write_crash_log(argparse.Namespace(data_dir=blocker / "data"))
    assert where == Path("stderr") and list(cwd.iterdir()) == []
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        where = _write_crash_log(argparse.Namespace(data_dir=tmp_path / "data"))
    assert where == tmp_path / "data" / "logs" / "crash.log" and "a bug" in where.read_text()


def test_check_of_a_healthy_database_in_a_read_only_folder_is_not_damage(studied, dirs, now):
    studied.close()
    folder = Path(tempfile.mkdtemp(prefix="studyapp-ro-"))  # /tmp: reachable by another user, unlike tmp_path
    try:
        shutil.copy(dirs.database, folder / "progress.sqlite3")
        os.chmod(folder / "progress.sqlite3", 0o644)
        os.chmod(folder, 0o555)
        script = ("import os, sys\n"
                  "from studyapp.cli import main, build_parser\n"
                  "import studyapp.commands.check, studyapp.storage.integrity\n"
                  "build_parser(sys.argv[1:])\n"
                  "if os.getuid() == 0:  # root writes anywhere: check as nobody (after the imports)\n"
                  "    os.setgid(65534); os.setuid(65534)\n"
                  "sys.exit(main(sys.argv[1:]))\n")
        done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(folder), "check"], cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.strip().endswith(": ok") and "damaged" not in done.stdout + done.stderr
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)
    assert len(review_ids(dirs.database)) == 3
