"""The one progress writer: operations run one at a time, in the order asked, on one thread;
`call` waits for its commit; what an operation changed is reported on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from studyapp.errors import StorageError
from studyapp.gui.progress_ops import MARK_WRITES, PROGRESS_WRITES, OpChanges, on_writer
from studyapp.gui.workers import Writer
from tests.helpers.write_trace import write_threads


def test_operations_run_in_order_on_one_thread_that_is_not_the_gui_thread(qtbot):
    writer = Writer()
    ran, delivered = [], []
    for i in range(30):
        writer.run(lambda i=i: ran.append((i, threading.get_ident())) or i, delivered.append,
                   lambda exc: pytest.fail(str(exc)))
    qtbot.waitUntil(lambda: len(delivered) == 30, timeout=10000)
    assert [i for i, _ in ran] == list(range(30)) == delivered
    threads = {t for _, t in ran}
    assert threads == {writer.thread_id} and writer.thread_id != threading.get_ident()


def test_call_waits_behind_what_is_queued_and_returns_its_result(qtbot):
    writer = Writer()
    gate = threading.Event()
    order = []
    writer.run(lambda: gate.wait(10) and order.append("queued first"), lambda _: None, lambda exc: None)
    gate.set()
    assert writer.call(lambda: order.append("called") or 42) == 42
    assert order == ["queued first", "called"]


def test_call_raises_the_operations_error_in_the_caller(qtbot):
    writer = Writer()

    def fails():
        raise StorageError("the disk is full; free some space")

    with pytest.raises(StorageError, match="the disk is full"):
        writer.call(fails)
    assert writer.call(lambda: "still writing") == "still writing"  # the writer goes on


def test_call_from_an_operation_runs_at_once_instead_of_waiting_for_itself(qtbot):
    writer = Writer()
    got = []
    writer.run(lambda: writer.call(lambda: threading.get_ident()), got.append, lambda exc: pytest.fail(str(exc)))
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got == [writer.thread_id]


def test_wait_lets_every_queued_write_finish(qtbot):
    writer = Writer()
    gate = threading.Event()
    done = []
    writer.run(lambda: gate.wait(10), lambda _: None, lambda exc: None)
    for i in range(5):
        writer.run(lambda i=i: done.append(i), lambda _: None, lambda exc: None)
    gate.set()
    assert writer.wait()
    assert done == [0, 1, 2, 3, 4]


def test_changes_are_reported_after_success_only(qtbot):
    writer = Writer()
    reported = []
    writer.changed.connect(reported.append)
    with qtbot.waitSignal(writer.changed, timeout=10000):
        writer.run(lambda: None, lambda _: None, lambda exc: None, OpChanges(banks=True))
    failed = []

    def fails():
        raise StorageError("refused")

    writer.run(fails, lambda _: None, failed.append, OpChanges(reviews=True))
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    writer.report(OpChanges())  # nothing changed: nobody is told
    assert reported == [OpChanges(banks=True)]


def test_on_writer_sends_writes_to_the_writer_and_reads_stay_where_they_are(qtbot, mini_progress, now):
    from studyapp.core.records import CardKey
    from studyapp.storage.marks import Marks

    writer = Writer()
    seen = {}
    marks = Marks(mini_progress.engine)
    real_suspend, real_get = marks.suspend, marks.get

    def suspend(keys, when):
        seen["suspend"] = threading.get_ident()
        return real_suspend(keys, when)

    def get(keys):
        seen["get"] = threading.get_ident()
        return real_get(keys)

    marks.suspend, marks.get = suspend, get  # to see where each ran; the marks are real
    routed = on_writer(marks, writer, MARK_WRITES)
    key = CardKey("mini", "q-quote")
    routed.suspend([key], now)
    assert routed.get([key])[key].suspended
    assert seen == {"suspend": writer.thread_id, "get": threading.get_ident()}
    assert {"record_review", "undo_review", "install_bank", "remove_bank"} <= PROGRESS_WRITES


def test_every_change_a_window_makes_is_written_on_its_writer_thread(window, qtbot, clock, geneva_bank_path):
    """Answers, undo, marks from the study page and from Browse, Browse's search text, an exam, an import and a removal:
    every write statement on the progress file runs on the one writer thread (before, answers were
    written on the GUI thread while imports were written on the global thread pool)."""
    from PySide6.QtCore import Qt

    from tests.gui.helpers import answer_right

    writes = write_threads(window.library.progress.engine)
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    window.undo()
    window.mark_current("flag", 1)
    window.mark_current("suspend")
    window.undo()
    window.actions["browse"].trigger()
    browse = window.browse_window
    qtbot.waitUntil(lambda: browse.model.rowCount() == 8, timeout=20000)
    browse.select_row(0)
    browse.actions_by_name["suspend"].trigger()
    browse.actions_by_name["undo"].trigger()
    browse.close()
    window.start_exam("mini", 2)
    for _ in range(2):
        answer_right(qtbot, window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show_library()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([geneva_bank_path])
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.library.remove("mini")
    statements = " ".join(sql for _, sql in writes).lower()
    assert all(table in statements for table in ("review", "card", "mark", "exam", "bank", "question",
                                                 "question_text"))
    assert {thread for thread, _ in writes} == {window.writer.thread_id} != {threading.get_ident()}


def test_browse_reads_the_banks_again_once_per_import_and_after_a_removal(window, qtbot, geneva_bank_path,
                                                                           tmp_path):
    """What an operation reports is what is redrawn: Browse follows a removal (it kept showing a
    removed bank's questions) and an import of several files reloads it once, not once per file."""
    import shutil

    writer = window.writer
    window.actions["browse"].trigger()
    browse = window.browse_window
    with qtbot.waitSignal(browse.text_ready, timeout=20000):  # its first search text (from a timer at opening)
        pass
    qtbot.waitUntil(lambda: not writer.busy and browse.model.rowCount() == 8, timeout=20000)
    reloads = []
    browse.text_ready.connect(lambda: reloads.append(True))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.library.remove("mini")
    qtbot.waitUntil(lambda: not writer.busy and browse.model.rowCount() == 0, timeout=20000)
    assert len(reloads) == 1
    shutil.copytree(geneva_bank_path.parent / "sources", tmp_path / "sources")
    second = tmp_path / "second.toml"
    second.write_text(geneva_bank_path.read_text(encoding="utf-8").replace('id = "geneva-talks-2022"',
                                                                          'id = "geneva-copy"', 1), encoding="utf-8")
    reloads.clear()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([geneva_bank_path, second])
    qtbot.waitUntil(lambda: not writer.busy and browse.model.rowCount() > 0, timeout=20000)
    assert len(reloads) == 1
    browse.close()
