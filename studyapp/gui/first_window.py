"""What waits for the main window's first paint: start-up work, and the benchmark probe.

`after_first_paint(window, fn)` runs `fn` once the window is on screen, so opening the progress
store (and importing the storage layer) never delays the first picture of the app; a window that
is never painted (started minimised) runs it after `fallback_ms` anyway.

`STUDYAPP_EXIT_AFTER_FIRST_WINDOW=1 studyapp` prints `first window shown` on stdout right after
the main window's first paint and leaves the event loop; benchmarks/bench_app.py times that
line from launch, with the packaged app as users get it. Without the variable nothing happens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "STUDYAPP_EXIT_AFTER_FIRST_WINDOW"
MESSAGE = "first window shown"
FALLBACK_MS = 1000


class _FirstPaint(QObject):
    """Calls `then` once, right after the window's first paint has been handled."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.then = then
        self.pending = False
        self.done = False
        window.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fire)  # after this paint event has been handled
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.then()


def after_first_paint(window: QWidget, fn: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Run `fn` once, just after `window` is first painted (or after `fallback_ms` at the latest)."""
    _FirstPaint(window, fn, fallback_ms)


def watch(window: QWidget, quit: Callable[[], None], environ: Mapping[str, str] = os.environ,
          out: TextIO | None = None) -> bool:
    """Install the probe on `window` when the variable is set; True if installed."""
    if environ.get(ENV) != "1":
        return False
    stream = out or sys.stdout

    def report() -> None:
        print(MESSAGE, file=stream, flush=True)
        quit()

    _FirstPaint(window, report)
    return True
