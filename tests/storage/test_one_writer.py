"""One writer per data folder: a restore never interleaves with another process that writes progress.

Issue 16: `restore` took the folder lock but importers and the Qt-free API did not, so a restore
beside a running import-and-answer process replaced the file under it and the answers it went on
acknowledging were written into the replaced file: 318 of 478 lost, no error anywhere. Here real
processes import and answer through `open_progress` while `studyapp restore` runs again and
again; every acknowledged answer must still be somewhere the student can get it back: in the
progress file or in a backup (the restore backs up the file it replaces first).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.errors import StorageError
from studyapp.storage.app_lock import APP, COMMAND, AppLock, FolderHold
from studyapp.storage.backups import make_backup
from studyapp.storage.progress import open_progress
from tests.helpers.sqlite_files import readable
from tests.storage.conftest import make_variant

REPO = Path(__file__).resolve().parents[2]
WRITERS, ROUNDS, RESTORES = 2, 6, 6


def answers_in(path: Path) -> set[str]:
    try:
        with readable(path) as plain:
            conn = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return {r[0] for r in conn.execute("SELECT answer FROM review")}
            finally:
                conn.close()
    except (sqlite3.Error, StorageError):
        return set()


def _first_line(child: subprocess.Popen) -> str:
    """The child's first line, read a byte at a time: `communicate()` reads the pipe underneath the
    text wrapper, so a line that `readline()` had buffered beyond the first would be lost."""
    out = b""
    while not out.endswith(b"\n"):
        byte = os.read(child.stdout.fileno(), 1)
        if not byte:
            break
        out += byte
    return out.decode()


@pytest.mark.slow
def test_restore_against_concurrent_importers_and_answerers_loses_nothing_acknowledged(
        dirs, now, mini_bank_path, tmp_path):
    variants = tmp_path / "variants"
    for version in range(1, WRITERS * ROUNDS + 2):
        make_variant(mini_bank_path, variants / f"v{version}", version)
    progress = open_progress(dirs, now, bundled=[])
    progress.install_bank(load_bank(variants / "v1" / "mini.toml"), now)
    progress.close()
    source = make_backup(dirs.database, tmp_path / "source", now, "manual")

    writers = [subprocess.Popen([sys.executable, str(Path(__file__).with_name("writer_child.py")), str(dirs.data),
                                 str(variants), str(ROUNDS), f"w{n}"], cwd=REPO, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for n in range(WRITERS)]
    first = _first_line(writers[0])  # restoring starts once answering has
    restores = []
    for _ in range(RESTORES):
        done = subprocess.run([sys.executable, "-m", "studyapp", "--data-dir", str(dirs.data), "restore", str(source)],
                              cwd=REPO, capture_output=True, text=True, timeout=300)
        restores.append(done)
    outputs = [w.communicate(timeout=300) for w in writers]

    for done in restores:
        assert done.returncode == 0, done.stderr
    outputs[0] = (first + outputs[0][0], outputs[0][1])
    acked = set()
    for w, (out, err) in zip(writers, outputs):
        assert w.returncode == 0 and out.rstrip().endswith("DONE"), err
        acked |= {line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("ACK ")}
    assert len(acked) == WRITERS * ROUNDS * 5
    kept = answers_in(dirs.database)
    for path in [*dirs.backups.glob("*.sqlite3"), *dirs.backups.glob("*.sqlite3.zst"), *dirs.data.glob("progress.sqlite3.damaged-*")]:
        kept |= answers_in(path)
    assert acked - kept == set()  # every acknowledged answer is in the file or a backup
    before_restore = [p for p in dirs.backups.glob("*-before-restore*.sqlite3*")]
    assert len(before_restore) == RESTORES
    assert acked - answers_in(dirs.database)  # the restores did replace answered progress


HOLDER = ("import sys\nfrom studyapp.storage.app_lock import FolderHold\n"
          "hold = FolderHold(sys.argv[1])\nprint('HELD', flush=True)\nsys.stdin.read()\nhold.release()\n")


def test_a_command_waits_for_another_command_says_so_and_gets_the_folder_when_it_ends(dirs):
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(dirs.data)], cwd=REPO, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as child:  # on leaving: stdin closed, waited for
        assert child.stdout.readline().strip() == "HELD"
        told: list[str] = []
        lock = AppLock(dirs.data, COMMAND)
        with pytest.raises(StorageError, match=f"another studyapp command \\(process {child.pid}\\) is still using"):
            lock.wait(timeout=0.2, on_wait=told.append)
        assert len(told) == 1 and "waiting for it to finish" in told[0] and str(child.pid) in told[0]
        child.stdin.close()  # the other command finishes
        lock.wait(timeout=60)
        assert lock.held
        lock.release()


def test_the_app_holding_the_folder_is_refused_at_once_and_its_own_stores_share_its_hold(dirs, now):
    app = AppLock(dirs.data, APP)
    assert app.acquire()
    try:
        with pytest.raises(StorageError, match="studyapp is open on this data folder"):
            AppLock(dirs.data, COMMAND).wait(timeout=60)
        inside = open_progress(dirs, now, bundled=[])  # the app's own store opens inside its hold
        inside.close()
        assert app.held and not AppLock(dirs.data).acquire()
    finally:
        app.release()


def test_stores_opened_in_one_process_share_the_hold_and_the_last_lets_go(dirs, now):
    a = open_progress(dirs, now, bundled=[])
    b = open_progress(dirs, now + timedelta(seconds=1), bundled=[])
    probe = AppLock(dirs.data)
    assert probe.in_use()
    a.close()
    assert probe.in_use()
    b.close()
    assert not probe.in_use()


def test_releasing_the_lock_on_a_full_disk_raises_nothing_that_could_hide_the_real_error(tmp_path):
    # A file-size limit of 0 stands in for a full disk: the pid cannot be written into the lock file.
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "from studyapp.storage.app_lock import AppLock\n"
              "lock = AppLock(sys.argv[1])\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
              "assert lock.acquire()\n"
              "lock.release()\n"
              "print('released')\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "released", done.stderr
