"""The rest of the open check, after the library shows: the review log's quick_check in the background.

Checking a 500 MB progress file takes seconds (`PRAGMA quick_check` reads every page), nine tenths
of it the review log. The window opens the store with every other table checked
(`storage.integrity.ensure_sound(..., defer_log_check=True)`) and then runs the whole quick_check
here, off the GUI thread. When it finds damage, the store is closed, the file moved aside
(`integrity.set_aside`, never deleted) and `found` carries the same DatabaseDamagedError the
check on opening raises, so the window offers the latest good backup exactly as it does then.

    check = LogCheck(dirs, clock, runner, close_store=library.close)
    check.found.connect(window.show_error)
    check.start()               # once the library is open
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from studyapp.gui.workers import Background, run_in_background
from studyapp.paths import AppDirs

log = logging.getLogger("studyapp.gui")


class LogCheck(QObject):
    """Runs the deferred quick_check once per `start()`; `found(DatabaseDamagedError)` on damage."""

    found = Signal(object)
    finished = Signal(list)  # the problems found ([] for a sound file), after `found` when there are some

    def __init__(self, dirs: AppDirs, clock: Callable[[], datetime], runner: Background,
                 close_store: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.dirs, self.clock, self.runner, self.close_store = dirs, clock, runner, close_store

    def suspect(self, exc: BaseException) -> bool:
        """Whether `exc` is SQLite finding a damaged page (while the library was read before this
        check got to the page): if so the check starts now and its verdict is what the user sees."""
        seen = exc
        while seen is not None:
            if isinstance(seen, sqlite3.DatabaseError) and any(
                    words in str(seen) for words in ("malformed", "not a database")):
                self.start()
                return True
            seen = getattr(seen, "orig", None) or seen.__cause__
        return False

    def start(self) -> None:
        from studyapp.storage.integrity import quick_check  # loaded with the store, off the first paint

        database = self.dirs.database
        run_in_background(lambda: quick_check(database) if database.exists() else [], self._checked,
                          self._not_checked, self.runner)

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            self.finished.emit([])
            return
        from studyapp.storage.integrity import set_aside

        self.close_store()  # every queued write in first; nothing may hold the file while it moves
        now = self.clock()
        run_in_background(lambda: set_aside(self.dirs.database, self.dirs.backups, now, problems),
                          lambda exc: self._report(exc, problems), lambda exc: self._report(exc, problems),
                          self.runner)

    def _report(self, exc: BaseException, problems: list[str]) -> None:
        self.found.emit(exc)
        self.finished.emit(problems)

    def _not_checked(self, exc: BaseException) -> None:
        """The check could not run (the folder, the disk): no verdict on the file, nothing to say now;
        the next start checks again."""
        log.warning("the progress file could not be checked after opening: %s", exc)
        self.finished.emit([])


__all__ = ["LogCheck"]
