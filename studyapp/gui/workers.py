"""Slow work (imports, statistics) off the GUI thread, with a busy indication after a moment.

`run_in_background(fn, on_done, on_error, runner)` runs `fn()` on a thread pool and calls
`on_done(result)` or `on_error(exc)` back on the GUI thread. A `Busy` indicator shows only if
the work takes longer than `delay_ms`, so quick work does not flicker.

`Writer` is the one serial worker every change to progress runs on (`gui/progress_ops.py` says
which calls are changes): reads may run anywhere, writes queue up on its single thread in the
order they were asked for, so no two writers ever contend for the file.

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


class Writer(Background):
    """One thread, one queue: every write to progress, in the order it was asked for.

    Anki runs each collection change as a `CollectionOp` on one worker; Vorta keeps one job
    queue per repository. Here `run` queues an operation and delivers its outcome on the GUI
    thread; `call` queues one and waits for it, for the few writes the GUI must see committed
    before it draws the next thing (an answer: the next question shows only once it is saved).
    `wait` on closing lets every queued write finish, so nothing the user saw acknowledged is lost.
    """

    changed = Signal(object)  # progress_ops.OpChanges, on the GUI thread: what an operation changed

    def __init__(self, parent: QObject | None = None):
        pool = QThreadPool()
        pool.setMaxThreadCount(1)  # serial: one operation at a time, first asked first run
        pool.setExpiryTimeout(-1)  # and always the same thread, however long the app sits idle
        super().__init__(pool, parent)
        pool.setParent(self)
        self._thread: int | None = None

    @property
    def thread_id(self) -> int | None:
        """The writer thread's id once it has run something (tests check who committed)."""
        return self._thread

    def on_writer_thread(self) -> bool:
        return self._thread is not None and threading.get_ident() == self._thread

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], changes: Any = None) -> None:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` on the GUI thread, then `changes`
        (an OpChanges) reported when it succeeded."""
        def op() -> Any:
            self._thread = threading.get_ident()
            return fn()

        def done(value: Any) -> None:
            try:
                on_done(value)
            finally:
                if changes is not None:
                    self.report(changes)

        super().run(op, done, on_error)

    def report(self, changes: Any) -> None:
        """Tell the window what an operation changed (`changed`), when it changed anything."""
        if changes.anything:
            self.changed.emit(changes)

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the writer after what is queued, and wait: its result, or its exception raised here.

        A write is a few milliseconds; the caller waits exactly as long as it would have waited for
        SQLite's lock, and an operation already on the writer thread runs `fn` at once."""
        if self.on_writer_thread():
            return fn()
        finished = threading.Event()
        box: dict[str, Any] = {}

        def op() -> None:
            self._thread = threading.get_ident()
            try:
                box["value"] = fn()
            except BaseException as exc:  # noqa: BLE001 - raised again on the calling thread
                box["error"] = exc
            finally:
                finished.set()

        self.pool.start(op)
        finished.wait()
        if "error" in box:
            raise box.pop("error")
        return box["value"]

    def wait(self, msecs: int = -1) -> bool:
        """Until every queued write has run (closing, restoring): none is dropped, however long."""
        return self.pool.waitForDone(msecs)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], runner: Background) -> None:
    """The documented entry point: run `fn` off the GUI thread on `runner`'s pool."""
    runner.run(fn, on_done, on_error)
