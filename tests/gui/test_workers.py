"""Background work: results and errors come back on the GUI thread; the busy sign waits a moment."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from studyapp.gui.workers import Background, Busy, run_in_background


def test_result_is_delivered_on_the_gui_thread(qtbot):
    runner = Background()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui_thread"] = QThread.currentThread() is runner.thread()

    run_in_background(work, done, lambda exc: seen.setdefault("error", exc), runner)
    qtbot.waitUntil(lambda: "value" in seen, timeout=10000)
    assert seen["value"] == 42 and seen["on_gui_thread"]
    assert seen["worker"] != threading.get_ident()
    assert not runner.busy


def test_an_exception_goes_to_on_error(qtbot):
    runner = Background()
    errors = []

    def work():
        raise ValueError("bad bank")

    run_in_background(work, lambda v: None, errors.append, runner)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad bank"


def test_busy_shows_only_when_work_outlasts_the_delay(qtbot):
    shown, hidden = [], []
    busy = Busy(shown.append, lambda: hidden.append(True), delay_ms=50)
    busy.start("Importing…")
    busy.stop()
    assert shown == [] and hidden == [True]
    busy.start("Importing…")
    qtbot.waitUntil(lambda: shown == ["Importing…"], timeout=5000)
    busy.stop()
