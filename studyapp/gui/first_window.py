"""Benchmarks only: say when the first window has been painted, then quit.

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


class _FirstPaint(QObject):
    """Waits for the window's first paint; reports once the paint has finished."""

    def __init__(self, window: QWidget, quit: Callable[[], None], out: TextIO):
        super().__init__(window)
        self.quit = quit
        self.out = out
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)  # after this paint event has been handled
        return False

    def report(self) -> None:
        print(MESSAGE, file=self.out, flush=True)
        self.quit()


def watch(window: QWidget, quit: Callable[[], None], environ: Mapping[str, str] = os.environ,
          out: TextIO | None = None) -> bool:
    """Install the probe on `window` when the variable is set; True if installed."""
    if environ.get(ENV) != "1":
        return False
    probe = _FirstPaint(window, quit, out or sys.stdout)
    window.installEventFilter(probe)
    return True
