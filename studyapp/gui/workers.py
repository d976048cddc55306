"""Slow work (imports, statistics) off the GUI thread, with a busy indication after a moment.

`run_in_background(fn, on_done, on_error)` runs `fn()` on the application's thread pool and calls
`on_done(result)` or `on_error(exc)` back on the GUI thread. A `Busy` indicator shows only if
the work takes longer than `delay_ms`, so quick work does not flicker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


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
        self._timer.timeout.connect(lambda: self._show(self._text))

    def start(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._hide()


class _Relay(QObject):
    """Lives on the GUI thread, so the job's signals reach it queued, and calls back there."""

    def __init__(self, owner: "Background", on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]):
        super().__init__(owner)
        self.owner, self.on_done, self.on_error = owner, on_done, on_error
        self.signals = _Signals()
        self.signals.done.connect(self.done)
        self.signals.failed.connect(self.failed)

    @Slot(object)
    def done(self, result: Any) -> None:
        self.owner._finish(self)
        self.on_done(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.owner._finish(self)
        self.on_error(exc)


class Background(QObject):
    """Runs jobs on a thread pool; keeps each job's relay alive until its result is delivered."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        relay = _Relay(self, on_done, on_error)
        self._running.add(relay)
        self.pool.start(_Job(fn, relay.signals))

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], runner: Background) -> None:
    """The documented entry point: run `fn` off the GUI thread on `runner`'s pool."""
    runner.run(fn, on_done, on_error)
