"""The review log's check after the library opens (gui.open_check), in the real main window: a big
library opens without waiting for it, and damage it finds gets the same offer as damage found on opening."""

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
from studyapp.storage.tables import utc_ms
from tests.helpers.reviews import answer
from tests.helpers.sqlite_files import damage_page

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def window(qtbot, dirs, now):
    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow

    w = MainWindow(AppContext(dirs=dirs, clock=lambda: now, rng=random.Random(1), fuzz=False, install_bundled=False))
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.library is not None and w.library.progress is not None:
        w.close()


@pytest.fixture
def answered(dirs, now, mini_bank_path):
    progress = open_progress(dirs, now, bundled=[])
    progress.install_bank(load_bank(mini_bank_path), now)
    for qid in ("q-quote", "q-choice", "q-tf"):
        answer(progress, qid, Rating.GOOD, now)
    progress.close()
    return make_backup(dirs.database, dirs.backups, now, "auto")


def old_answers_page(database, now) -> int:
    """A page of the review log holding only answers from a year ago, written straight into the file
    (nothing the library reads on opening: it reads today's and the last month's through indexes, and the answers
    since the store last closed, schema v7's unfolded ones: these a year old were folded by a close long since)."""
    conn = sqlite3.connect(database)
    try:
        pk = conn.execute("SELECT id FROM question WHERE question_id = 'q-date'").fetchone()[0]
        year_ago = utc_ms(now - timedelta(days=365))
        conn.executemany("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, answer, duration_ms, "
                         "stage_before, stage, reps, lapses) VALUES (?, 'mini', ?, 3, 1, 'x', 1000, 2, 2, 1, 0)",
                         [(pk, year_ago + i) for i in range(3000)])
        conn.execute("UPDATE bank_figure_log SET folded = (SELECT max(id) FROM review)")
        conn.commit()
        leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'review' AND pagetype = 'leaf' "
                                             "ORDER BY pageno")]
        return leaves[len(leaves) // 2]  # (not the log's last leaf: the newest id, max(id), is read on opening)
    finally:
        conn.close()


def test_a_sound_file_is_checked_after_the_library_opens(qtbot, window, answered):
    with qtbot.waitSignal(window.library.log_check.finished, timeout=20000) as checked:
        window.start()
    assert checked.args == [[]] and window.library.progress is not None and not window.dialogs


def test_a_damaged_review_log_found_after_opening_gets_the_restore_offer(qtbot, window, dirs, now, answered):
    damage_page(dirs.database, page=old_answers_page(dirs.database, now))
    damaged = dirs.database.read_bytes()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()  # the library opens: the review log is checked after
    qtbot.waitUntil(lambda: bool(window.dialogs) and isinstance(window.dialogs[-1], QMessageBox), timeout=20000)
    box = window.dialogs[-1]
    assert "damaged" in box.text() and "moved to" in box.text() and str(answered) in box.text()
    assert window.library.progress is None  # closed before the file was moved
    [moved] = [d for d in dirs.data.glob("progress.sqlite3.damaged-*") if not d.name.endswith(("-wal", "-shm"))]
    assert moved.read_bytes() == damaged
    restore_button = next(b for b in box.buttons() if "Restore" in b.text())
    with qtbot.waitSignal(window.ready, timeout=20000):
        restore_button.click()
    assert window.library.progress.review_count() == 3


def test_a_damaged_page_met_while_opening_is_the_checks_to_report(qtbot, window, dirs, answered):
    """Damage the library's own reads meet first (today's answers) gets the offer too, not an unexpected error."""
    conn = sqlite3.connect(f"{dirs.database.resolve().as_uri()}?mode=ro", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'review'").fetchone()[0]
    conn.close()
    damage_page(dirs.database, page=root)
    window.start()
    qtbot.waitUntil(lambda: bool(window.dialogs) and isinstance(window.dialogs[-1], QMessageBox), timeout=20000)
    box = window.dialogs[-1]
    assert "damaged" in box.text() and "moved to" in box.text() and "unexpected" not in box.text()
    restore_button = next(b for b in box.buttons() if "Restore" in b.text())
    with qtbot.waitSignal(window.ready, timeout=20000):
        restore_button.click()
    assert window.library.progress.review_count() == 3


def test_objects_alive_once_the_library_opens_are_left_out_of_full_collections(qtbot, window, answered):
    """gui.app.keep_collections_short: a full garbage-collector pass over a big library's objects held
    the interpreter, and so the window, for a tenth of a second and more."""
    import gc

    from studyapp.gui.app import keep_collections_short

    keep_collections_short(window)
    before = gc.get_freeze_count()
    try:
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.start()
        assert gc.get_freeze_count() > before and gc.get_freeze_count() > 1000
        frozen = gc.get_freeze_count()
        window.ready.emit()  # only once: later objects are collected as before
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_source_lines_read_at_import_are_dropped_once_the_library_opens(qtbot, window, answered):
    """gui.app.keep_collections_short: PySide6's import hook reads every later module's whole source into
    `linecache` (~15 MiB for the storage layer at 1,000 banks' peak); nothing needs it kept."""
    import gc
    import linecache

    from studyapp.gui.app import keep_collections_short

    linecache.getlines(__file__)  # as the hook does for each module it looks at
    assert __file__ in linecache.cache
    keep_collections_short(window)
    try:
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.start()
        assert __file__ not in linecache.cache
    finally:
        gc.unfreeze()
