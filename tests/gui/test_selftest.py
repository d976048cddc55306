"""The selftest the packaged app runs: it must pass on a fresh folder and leave the answers behind."""

from __future__ import annotations

import threading

from studyapp.core.records import CardKey
from studyapp.gui.selftest import run_selftest
from studyapp.paths import AppDirs
from studyapp.storage.backups import list_backups
from studyapp.storage.progress import Progress


def test_selftest_passes_and_its_answers_are_in_the_database(tmp_path, now, qapp):
    ok, summary = run_selftest(tmp_path)
    assert ok, summary
    assert "selftest passed" in summary
    # The copy on closing is in place when it returns, as the app waits for it before exiting: the
    # packaged check once removed its folder under the copy still being written (CI: "backup on close
    # failed ... No such file or directory").
    assert not [t for t in threading.enumerate() if t.name == "studyapp-close-backup"]
    assert [b for b in list_backups(AppDirs.under(tmp_path).backups) if b.label == "close"]
    dirs = AppDirs.under(tmp_path)
    with Progress.open(dirs.database, dirs.backups, now, banks_dir=dirs.banks) as progress:
        bank = progress.banks()[0].id
        answered = [k for k in progress.questions([bank]) if progress.reviews(CardKey(bank, k.question_id))]
    assert len(answered) >= 5


def test_selftest_command_exits_0(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "studyapp", "selftest", "--keep", str(tmp_path / "st")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "selftest passed" in out.stdout
    assert out.stderr == ""
