"""Slow work (imports, statistics) off the GUI thread, with a busy indication after a moment.

`run_in_background(fn, on_done, on_error, runner)` runs `fn()` on a thread pool and calls
`on_done(result)` or `on_error(exc)` back on the GUI thread. A `Busy` indicator shows only if
the work takes longer than `delay_ms`, so quick work does not flicker.

Only a job number crosses threads in the signal; results wait in a locked dict. (Passing Python
objects through queued `Signal(object)` connections corrupted reference counts in PySide6 6.12.0,
which pyproject now excludes; an int crossing threads stays safe on any version.)
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot


class Busy(QObject):
    """Calls `show(text)` if the work outlives `delay_ms`, and `hide()` when it ends."""

    def __init__(self, show: Callable[[str], None], hide: Callable[[], None], delay_ms: int = 300,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._show, self._hide = show, hide
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    def _fire(self) -> None:
        self._show(self._text)

    def start(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._hide()


class Background(QObject):
    """Runs jobs on a thread pool and delivers each outcome on the GUI thread."""

    _finished = Signal(int)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        job = next(self._ids)
        self._callbacks[job] = (on_done, on_error)

        def work() -> None:
            try:
                outcome = (True, fn())
            except BaseException as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
                outcome = (False, exc)
            with self._lock:
                self._outcomes[job] = outcome
            self._finished.emit(job)

        self.pool.start(work)

    @Slot(int)
    def _deliver(self, job: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(job)
        on_done, on_error = self._callbacks.pop(job)
        if ok:
            on_done(value)
        else:
            on_error(value)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until running jobs end (on close), then deliver what they left."""
        done = self.pool.waitForDone(msecs)
        return done


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], runner: Background) -> None:
    """The documented entry point: run `fn` off the GUI thread on `runner`'s pool."""
    runner.run(fn, on_done, on_error)
