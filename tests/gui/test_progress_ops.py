"""The one progress writer: operations run one at a time, in the order asked, on one thread;
`call` waits for its commit; what an operation changed is reported on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from studyapp.errors import StorageError
from studyapp.gui.progress_ops import MARK_WRITES, PROGRESS_WRITES, OpChanges, on_writer
from studyapp.gui.workers import Writer


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
