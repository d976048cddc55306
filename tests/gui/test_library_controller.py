"""LibraryController on its own, with a fake library view (Vorta's unit tests drive a window over
a fresh SQLite file; here not even the window): a real data folder in tmp_path, real bank files,
the real progress writer and background runner."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from studyapp.errors import BankError
from studyapp.gui.library_controller import LibraryController
from studyapp.gui.workers import Background, Writer
from studyapp.storage.progress import open_progress

BAD = Path(__file__).parents[1] / "data" / "banks" / "bad" / "missing-field.toml"


class FakeLibraryView:
    """What the library page is given: the rows, and what the controller reported."""

    def __init__(self, controller: LibraryController):
        self.rows: list = []
        self.imported: list = []
        self.failed: list = []
        controller.rows_changed = self.set_rows
        controller.imported.connect(self.imported.append)
        controller.failed.connect(self.failed.append)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)


@pytest.fixture
def library(qtbot, dirs, clock):
    """(controller, view), the store opened on an empty data folder; closed after the test."""
    writer = Writer()
    controller = LibraryController(dirs, clock, Background(), lambda: (4, clock.now.tzinfo), install_bundled=False,
                                   writer=writer)
    view = FakeLibraryView(controller)
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.open()
    yield controller, view
    controller.close()


def commits_on(engine) -> list[int]:
    """The thread of every commit on `engine` from now on."""
    threads: list[int] = []
    event.listen(engine, "commit", lambda conn: threads.append(threading.get_ident()))
    return threads


def test_opens_empty_then_imports_and_removes_a_bank(qtbot, library, mini_bank_path):
    controller, view = library
    assert view.rows == [] and controller.progress is not None
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.import_files([mini_bank_path])
    assert [r.id for r in view.rows] == ["mini"]
    assert (view.rows[0].unseen, view.rows[0].total) == (8, 8) and view.rows[0].new > 0
    assert [r.report.status for r in view.imported] == ["installed"]
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.remove("mini")
    assert view.rows == [] and view.failed == []


def test_a_bad_file_fails_alone_and_the_others_still_import(qtbot, library, mini_bank_path):
    controller, view = library
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.import_files([BAD, mini_bank_path])
    assert len(view.failed) == 1 and isinstance(view.failed[0], BankError)
    assert "missing-field.toml" in str(view.failed[0])
    assert [r.bank_id for r in view.imported] == ["mini"]
    assert [r.id for r in view.rows] == ["mini"]


def test_every_write_commits_on_the_writer_thread(qtbot, library, mini_bank_path, geneva_bank_path):
    controller, view = library
    threads = commits_on(controller.progress.engine)
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.import_files([mini_bank_path, geneva_bank_path])
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.remove("mini")
    assert threads and set(threads) == {controller.writer.thread_id}
    assert controller.writer.thread_id != threading.get_ident()


def test_closing_waits_for_a_queued_removal(qtbot, dirs, clock, mini_bank_path):
    controller = LibraryController(dirs, clock, Background(), lambda: (4, clock.now.tzinfo), install_bundled=False,
                                   writer=Writer())
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.open()
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.import_files([mini_bank_path])
    controller.remove("mini")
    controller.close()  # at once: the removal was acknowledged by being queued
    with open_progress(dirs, clock.now, bundled=[]) as progress:
        assert progress.banks() == []
