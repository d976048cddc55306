"""The benchmark probe: silent for users, one line and a quit after the first paint when asked."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QApplication, QLabel

from studyapp.gui import first_window


def test_probe_reports_after_first_paint_and_quits(qtbot):
    window = QLabel("hello")
    qtbot.addWidget(window)
    quits: list[bool] = []
    out = io.StringIO()
    assert first_window.watch(window, lambda: quits.append(True), {first_window.ENV: "1"}, out)
    assert out.getvalue() == ""  # nothing before the window is painted
    window.show()
    qtbot.waitUntil(lambda: quits == [True])
    assert out.getvalue() == "first window shown\n"
    window.repaint()  # later paints do not report again
    QApplication.processEvents()  # a second report would be queued by now
    QApplication.processEvents()
    assert quits == [True] and out.getvalue().count("\n") == 1


def test_probe_does_nothing_without_the_variable(qtbot):
    window = QLabel("hello")
    qtbot.addWidget(window)
    out = io.StringIO()
    assert not first_window.watch(window, lambda: None, {}, out)
    assert not first_window.watch(window, lambda: None, {first_window.ENV: "0"}, out)
    window.show()
    qtbot.waitExposed(window)
    assert out.getvalue() == ""


def test_after_first_paint_runs_once_after_the_paint(qtbot):
    window = QLabel("hello")
    qtbot.addWidget(window)
    calls: list[bool] = []
    first_window.after_first_paint(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    QApplication.processEvents()
    assert calls == []  # not before the window is shown and painted
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.repaint()
    QApplication.processEvents()
    QApplication.processEvents()
    assert calls == [True]


def test_after_first_paint_falls_back_to_a_timer_for_a_window_never_painted(qtbot):
    window = QLabel("hello")
    qtbot.addWidget(window)  # never shown
    calls: list[str] = []
    first_window.after_first_paint(window, lambda: calls.append("ran"), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == ["ran"])
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert calls == ["ran"]
