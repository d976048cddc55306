"""The class hub in the app: File → Join class…, File → Publish to class…, View → Class, and sync.

`ClassHubControls(window)` owns the hub's actions and its sync. A student's app syncs when the
library first opens, after each sitting, and every few minutes. Its network part runs on a thread
of its own (one sync at a time), so studying never waits for the network; each of its local writes
(banks installed, pulled reviews replayed, pushed reviews marked) is handed to the window's progress
writer, the one thread that changes progress, and waits its turn there like an answer or an import.
What it changed is reported as `OpChanges`, so the library, Browse and a sitting follow. An offline
hub is said once in the status bar and tried again at the next tick. A teacher's data folder (the one where
`studyapp class init` ran) publishes the selected bank and shows the class's report. All the
hub's work runs in `studyapp.hub`; this module only starts it and shows what came back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from studyapp.errors import StudyAppError
from studyapp.gui.workers import Background
from studyapp.hub.errors import SyncStopped

SYNC_EVERY_MS = 5 * 60 * 1000
STATUS_MS = 8000
log = logging.getLogger("studyapp.hub")


class ClassHubControls(QObject):
    """Class hub actions and background sync for one main window."""

    synced = Signal(object)   # hub.sync.SyncReport, after each sync that reached the hub
    sync_failed = Signal(str)  # why a sync did not happen (offline, refused)
    report_ready = Signal(object)  # hub.report.ClassReport, for View → Class
    published = Signal(object)  # hub.teacher.Published

    def __init__(self, window, every_ms: int = SYNC_EVERY_MS):
        super().__init__(window)
        self.window = window
        self.dirs = window.ctx.dirs
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)  # syncs never overlap one another
        self.runner = Background(pool=pool, parent=self)
        self.running = False
        self._again = False
        self._started = False
        self._pending: list = []  # install reports of banks the class sent, shown after the library redraws
        self._report = None  # the running sync's hub.sync.SyncReport, filled as it goes
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)
        window.library.loaded.connect(self._library_loaded)
        window.actions["join_class"].triggered.connect(self.join)
        window.actions["publish_class"].triggered.connect(self.publish_selected)
        window.actions["class_view"].triggered.connect(self.show_class)

    # -- who this folder is in the class ----------------------------------------------------------

    def credentials(self, role: str | None = None):
        """The hub login kept in this data folder, or None when it never joined or set one up."""
        from studyapp.hub import credentials
        from studyapp.hub.errors import NotJoined

        try:
            return credentials.load(self.dirs.config, role=role)
        except NotJoined:
            return None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- sync ----------------------------------------------------------------------------------------

    def _library_loaded(self) -> None:
        if not self._started:  # at start: once the store is open
            self._started = True
            self.timer.start()
            self.sync_now()
        self._show_notices()

    def _show_notices(self) -> None:
        """A bank the class sent is shown like an import: a notice under its card of what changed."""
        from pathlib import Path

        from studyapp.exchange.importing import ImportOutcome

        pending, self._pending = self._pending, []
        for report in pending:
            result = ImportOutcome(path=Path(f"{report.bank_id}.toml"), bank_id=report.bank_id,
                                  title=self.window.library.title_of(report.bank_id), report=report)
            self.window.library_view.show_import(result)
            self._say(f"Class: {result.status_line}")

    def after_sitting(self) -> None:
        self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync in the background if this folder is a student's; False when none started."""
        try:
            creds = self.credentials()
        except StudyAppError as exc:
            self._say(f"Class: {exc}")
            return False
        progress = self.window.library.progress
        if creds is None or creds.role != "student" or progress is None:
            return False
        if self.running:
            self._again = True
            return True
        from studyapp.core.scheduling import Scheduler
        from studyapp.hub.sync import SyncReport, sync

        self.running = True
        now = self.window.ctx.now()
        scheduler = Scheduler(self.window.settings, fuzz=False)
        # A new bank version replaces the copy a sitting may still read from: it waits for the sitting's end.
        banks = self._no_sitting()
        report = self._report = SyncReport()
        write = self.writes_to(progress)
        self.runner.run(lambda: sync(progress, creds, scheduler, now, banks=banks, write=write, report=report),
                        self._synced, self._not_synced)
        return True

    def writes_to(self, progress):
        """The sync's `write`: each local write runs on the window's progress writer, waiting behind
        the answers and imports queued before it, and only while `progress` is still the window's
        store (a restore closes it and opens the restored file: the sync stops instead of writing
        to a store that is gone)."""
        writer, library = self.window.writer, self.window.library

        def write(fn):
            def op():
                if library.progress is not progress:
                    raise SyncStopped("your progress file was closed or replaced (a backup restored) during the "
                                        "sync; the next sync picks up where this one stopped")
                return fn()
            return writer.call(op)

        return write

    def _no_sitting(self) -> bool:
        study = self.window.study
        if study is None:
            return True
        from studyapp.core.session import SessionState

        return study.session.state == SessionState.FINISHED

    def _synced(self, report) -> None:
        self.running = False
        self._say(f"Class: {report.summary()}")
        for problem in report.problems:
            log.warning("%s", problem)
        self._changed(report)
        self.synced.emit(report)
        self._next()

    def _changed(self, report) -> None:
        """Say what the sync's writes changed (all of it, or what it did before it stopped)."""
        self._report = None
        self._pending += [r for r in report.installed if r.status != "unchanged"]
        from studyapp.gui.progress_ops import OpChanges  # loaded with the window

        # Reviews from the student's other devices, or new bank versions: a sitting counts again.
        self.window.writer.report(OpChanges(reviews=bool(report.pulled), banks=bool(self._pending or report.removed)))
        if (report.pulled or report.removed or self._pending) and self.window.library.progress is not None:
            self.window.library.refresh()  # the notices go under the cards once they are redrawn

    def _not_synced(self, exc: BaseException) -> None:
        self.running = False
        if self._report is not None:
            self._changed(self._report)
        if not isinstance(exc, StudyAppError):
            log.error("class sync failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = str(exc) if isinstance(exc, StudyAppError) else "an unexpected error stopped the sync (see the log)"
        self._say(f"Class: not synced: {text}")
        self.sync_failed.emit(text)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def close(self) -> None:
        """Stop the timer and wait for a sync under way: it writes to the store about to close."""
        self.timer.stop()
        self._again = False
        self.runner.wait()

    # -- the menus --------------------------------------------------------------------------------

    def join(self):
        from studyapp.gui.class_dialogs import JoinClassDialog

        dialog = JoinClassDialog(self.dirs.config, self.window)
        dialog.accepted.connect(self.sync_now)
        return self.window.open_dialog(dialog)

    def _teacher(self):
        from studyapp.hub.errors import NotJoined

        creds = self.credentials(role="teacher")
        if creds is None:
            raise NotJoined("This data folder is not a class hub's: set one up with "
                            "`studyapp class init postgresql://USER:PASSWORD@HOST/DATABASE`")
        return creds

    def publish_selected(self) -> None:
        """Publish the bank selected in the library (or being studied) to the class."""
        try:
            creds = self._teacher()
        except StudyAppError as exc:
            self.window.show_error(exc)
            return
        bank_id = self.window.library_view.current_bank() or self.window.current_bank
        loaded = self.window.library.bank_file(bank_id) if bank_id else None
        if loaded is None:
            self._say("Class: select a bank in the library to publish it")
            return
        from studyapp.hub.teacher import publish

        self._say(f"Class: publishing {loaded.id}…")
        self.runner.run(lambda: publish(creds, loaded), self._published, self.window.show_error)

    def _published(self, done) -> None:
        said = {"published": "published", "unchanged": "was already published", "republished": "published again"}
        self._say(f"Class: bank {done.bank_id} version {done.version} {said[done.status]}")
        self.published.emit(done)

    def show_class(self):
        """View → Class: the teacher's report, read from the hub off the GUI thread."""
        try:
            creds = self._teacher()
        except StudyAppError as exc:
            self.window.show_error(exc)
            return None
        from studyapp.core.scheduling import Scheduler
        from studyapp.gui.class_dialogs import ClassReportDialog
        from studyapp.hub.report import class_report

        dialog = ClassReportDialog(creds.database, self.window)
        self.window.open_dialog(dialog)
        scheduler = Scheduler(self.window.settings, fuzz=False)
        now = self.window.ctx.now()

        def shown(report) -> None:
            dialog.show_report(report)
            self.report_ready.emit(report)

        def failed(exc: BaseException) -> None:
            dialog.show_problem(str(exc) if isinstance(exc, StudyAppError) else "the report could not be read")

        self.runner.run(lambda: class_report(creds, scheduler, now), shown, failed)
        return dialog
