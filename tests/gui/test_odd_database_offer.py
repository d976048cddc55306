"""An odd progress file (issue 16, point 13) in the real main window: the damaged-file offer with
the latest good backup, not a traceback; a copy dated in the future is never the one offered."""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating
from studyapp.storage.backups import make_backup
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer


@pytest.fixture
def window(qtbot, dirs, now):
    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow

    w = MainWindow(AppContext(dirs=dirs, clock=lambda: now + timedelta(hours=2), rng=random.Random(1),
                              fuzz=False, install_bundled=False))
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.library is not None and w.library.progress is not None:
        w.close()


@pytest.mark.parametrize("sql, reason", [
    (None, "empty (0 bytes)"),  # a file system that lost the file's contents: damage, not a new user
    ("DROP TABLE review", "review table is missing"),
    ("UPDATE review SET reviewed_at = '0001-01-01 00:00:00.000000'", "0001-01-01"),
    ("UPDATE review SET reviewed_at = 'soon'", "'soon'"),
])
def test_an_odd_database_gets_the_restore_offer_not_a_traceback(qtbot, window, dirs, now, mini_bank_path,
                                                                sql, reason):
    progress = open_progress(dirs, now, bundled=[])
    progress.install_bank(load_bank(mini_bank_path), now)
    answer(progress, "q-quote", Rating.GOOD, now)
    progress.close()
    good = make_backup(dirs.database, dirs.backups, now, "auto")
    make_backup(dirs.database, dirs.backups, now + timedelta(days=900), "auto")  # made under a wrong clock
    if sql is None:
        dirs.database.write_bytes(b"")
    else:
        conn = sqlite3.connect(dirs.database)
        conn.execute(sql)
        conn.commit()
        conn.close()
    window.start()
    qtbot.waitUntil(lambda: bool(window.dialogs) and isinstance(window.dialogs[-1], QMessageBox), timeout=20000)
    box = window.dialogs[-1]
    assert "damaged" in box.text() and reason in box.text() and str(good) in box.text()
    assert "Traceback" not in box.text() and "unexpected" not in box.text()
    restore_button = next(b for b in box.buttons() if "Restore" in b.text())
    with qtbot.waitSignal(window.ready, timeout=20000):
        restore_button.click()
    assert window.library.progress.review_count() == 1


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_app(tmp_path, capsys):
    from studyapp.gui.app import setup_logging
    from studyapp.paths import AppDirs

    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # as a full disk or a read-only folder would refuse the log folder
    assert setup_logging(AppDirs.under(blocker / "data")) is None
    assert "no log file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
