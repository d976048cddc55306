"""File → Backups…, Tools → Check database, automatic backups, and the offer after a damaged file.

`TrustControls(window)` wires it all to the main window with three calls there: created in
`__init__`, `offer_restore(exc)` first in `show_error`, `on_close()` last in `closeEvent`. The
work itself lives in `storage.backups` and `storage.integrity` (no Qt); backups and checks run
through the window's background runner so the window never freezes on a big file.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from studyapp.errors import DatabaseDamagedError, StudyAppError
from studyapp.gui.confirm import safe_choice_box
from studyapp.gui.workers import run_in_background

if TYPE_CHECKING:
    from studyapp.storage.backups import AutoBackup, BackupInfo

log = logging.getLogger("studyapp.gui")
TICK_MS = 60_000  # how often to ask whether 30 minutes of use have passed


class BackupsDialog(QDialog):
    """The backups, newest first; Restore sets `chosen` and accepts (the window then asks to confirm).
    Built without exec(). Close is the default button: Enter never starts a restore."""

    def __init__(self, backups: list[BackupInfo], folder: Path, now: datetime | None = None,
                 parent: QWidget | None = None):
        """`now` is the app's clock: copies dated after it are marked as coming from the future."""
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.chosen: Path | None = None
        self.chosen_text = ""  # the chosen backup as the list shows it, for the confirmation
        self.backup_now_requested = False
        layout = QVBoxLayout(self)
        intro = QLabel(f"studyapp copies your progress every 30 minutes of use, when it closes, and before "
                       f"imports, upgrades and restores. The copies are in {folder}.\n\nRestoring replaces your "
                       "progress with the copy you choose; your progress as it is now is backed up first.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups, newest first")
        for info in backups:
            item = QListWidgetItem(info.describe(now))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setData(Qt.ItemDataRole.UserRole + 1, info.describe(now))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(QListWidgetItem("No backups yet."))
            self.list.setEnabled(False)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setEnabled(False)
        self.backup_button = QPushButton("&Back up now")
        # A destructive action is never the default: Enter anywhere in the dialog means Close.
        for button in (self.restore_button, self.backup_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.close_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.backup_button.clicked.connect(self._backup_now)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(bool(backups) and row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())  # still confirmed; Enter is Close
        layout.addWidget(buttons)
        if backups:
            self.list.setCurrentRow(0)
        self.resize(560, 380)

    def _restore(self) -> None:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.chosen = Path(path)
            self.chosen_text = item.data(Qt.ItemDataRole.UserRole + 1)
            self.accept()

    def _backup_now(self) -> None:
        self.backup_now_requested = True
        self.accept()


def restored_text(backup: Path, kept: Path | None) -> str:
    """What a restore did and how to take it back, in words a student can follow."""
    from studyapp.storage.backups import parse_name

    def when(path: Path) -> str:
        parsed = parse_name(path.name)
        return f"{parsed[0].astimezone():%Y-%m-%d %H:%M}" if parsed else path.name

    text = f"Your progress is now as it was in the backup of {when(backup)}."
    if kept is None:
        return text
    if parse_name(kept.name) is None:  # too damaged to copy: the file was moved aside instead
        return f"{text}\n\nYour previous progress file was damaged; it was moved to {kept}."
    return (f"{text}\n\nYour progress from just before the restore is kept as the backup of {when(kept)} "
            "(“before a restore”). To undo the restore, open File → Backups… and restore that one.")


class TrustControls(QObject):
    """Backups and checks for one main window (see the module docstring for its three hooks)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dirs = window.ctx.dirs
        self._auto: AutoBackup | None = None
        self.closing: threading.Thread | None = None  # the backup on closing, while it is made
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        window.actions["backups"].triggered.connect(self.open_backups)
        window.actions["check_database"].triggered.connect(self.check_database)

    @property
    def auto(self) -> AutoBackup:
        """Made on first use (the first tick, a manual backup, closing): it lists the backups folder."""
        if self._auto is None:
            from studyapp.storage.backups import AutoBackup  # storage loads after the first paint

            self._auto = AutoBackup(self.dirs.database, self.dirs.backups)
        return self._auto

    def _open(self) -> bool:
        library = self.window.library
        return library is not None and library.progress is not None

    # -- automatic backups --------------------------------------------------------------------------

    def tick(self) -> None:
        """A backup if 30 minutes of use have passed since the last one (off the GUI thread)."""
        now = self.window.ctx.now()
        try:
            due = self._open() and self.auto.due(now)
        except StudyAppError as exc:  # the backups folder cannot be listed: say so, keep studying
            self._backup_failed(exc)
            return
        if due:
            run_in_background(lambda: self.auto.tick(now), lambda path: log.info("backup: %s", path),
                              self._backup_failed, self.window.runner)

    def _backup_failed(self, exc: BaseException) -> None:
        log.warning("automatic backup failed: %s", exc)
        self.window.status_text.setText(f"Backup failed: {exc}")

    def on_close(self) -> None:
        """Last thing on closing, after the store is closed: one more copy, in a thread of its own so
        the window goes at once (copying and compressing a 500 MB file takes seconds). The thread is
        not a daemon: the process ends only once the copy is in place (`wait_closing`, and Python's
        own exit waits for it too); a kill meanwhile leaves only a `.partial` that a later prune
        removes, never a half-written backup under a backup's name."""
        self.timer.stop()
        now = self.window.ctx.now()
        try:
            auto = self.auto
        except StudyAppError as exc:  # a backups folder that cannot be listed must not stop the closing
            log.warning("backup on close failed: %s", exc)
            return

        def copy() -> None:
            try:
                auto.on_close(now)
            except (StudyAppError, OSError) as exc:  # a full disk: the real reason goes to the log
                log.warning("backup on close failed: %s", exc)

        self.closing = threading.Thread(target=copy, name="studyapp-close-backup", daemon=False)
        self.closing.start()

    def wait_closing(self) -> None:
        """Until the backup on closing is in place (the app calls this before it exits)."""
        if self.closing is not None:
            self.closing.join()

    # -- File → Backups… -----------------------------------------------------------------------------

    def open_backups(self) -> BackupsDialog:
        from studyapp.storage.backups import list_backups  # storage loads when first needed

        dialog = BackupsDialog(list_backups(self.dirs.backups), self.dirs.backups, self.window.ctx.now(), self.window)
        dialog.accepted.connect(lambda: self._chosen(dialog))
        self.window.open_dialog(dialog)
        return dialog

    def _chosen(self, dialog: BackupsDialog) -> None:
        if dialog.backup_now_requested:
            now = self.window.ctx.now()
            run_in_background(lambda: self.auto.take(now, "manual"),
                              lambda path: self.window.status_text.setText(f"Backed up to {path.name}."),
                              self.window.show_error, self.window.runner)
        elif dialog.chosen is not None:
            self.confirm_restore(dialog.chosen, dialog.chosen_text)

    def confirm_restore(self, backup: Path, described: str) -> QMessageBox:
        """Restoring replaces the progress: ask first, with keeping things as they are the default."""
        box, restore_button = safe_choice_box(
            "Restore this backup?",
            f"Your progress will be replaced by the backup {described or backup.name}. Answers given since it "
            "was made will no longer count.\n\nYour progress as it is now is backed up first; File → Backups… "
            "can bring it back.", "&Restore", "&Keep my progress", self.window)
        restore_button.setAutoDefault(False)
        self.confirm_box = box
        box.finished.connect(lambda _=0: self.restore(backup) if box.clickedButton() is restore_button else None)
        self.window.open_dialog(box)
        return box

    def restore(self, backup: Path) -> None:
        """Close the store once the writes queued before are in, put the backup in place on the
        progress writer (the current file is backed up first; a large file takes seconds, the window
        stays live), reopen, then say what happened and how to undo it."""
        from studyapp.gui.progress_ops import OpChanges
        from studyapp.storage.backups import restore  # storage loads when first needed

        window = self.window
        if window.pages.currentWidget() is not window.library_view:
            window.back()
        window.runner.wait()
        if window.browse_window is not None:
            window.browse_window.store_closed()  # until the restored file is open (MainWindow._progress_changed)
        window.library.close()  # waits for the writer: every answer given before is in the file
        now = window.ctx.now()
        window.writer.run(lambda: restore(backup, self.dirs.database, self.dirs.backups, now),
                          lambda kept: self._restored(backup, kept),
                          lambda exc: self._not_restored(exc), OpChanges(store=True))

    def _not_restored(self, exc: BaseException) -> None:
        if not isinstance(exc, StudyAppError):
            raise exc  # a bug: the app's error hook reports it
        self.window.show_error(exc)
        self.window.start()

    def _restored(self, backup: Path, kept: Path | None) -> None:
        window = self.window
        message = (f"Restored the backup {backup.name}"
                   + (f"; your previous progress is kept as {kept.name}." if kept else "."))
        details = restored_text(backup, kept)

        def say() -> None:  # once the library is open again (opening clears the status line)
            window.ready.disconnect(say)
            window.status_text.setText(message)
            box = QMessageBox(QMessageBox.Icon.Information, "Backup restored", details,
                              QMessageBox.StandardButton.Ok, window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.restored_box = box
            window.open_dialog(box)

        window.ready.connect(say)
        window.start()

    # -- a damaged file found on open ----------------------------------------------------------------

    def offer_restore(self, exc: BaseException) -> bool:
        """For a damaged progress file: say what happened and offer the latest good backup. True if
        handled (the window shows nothing else)."""
        if not isinstance(exc, DatabaseDamagedError):
            return False
        self.window.busy.stop()
        box = QMessageBox(QMessageBox.Icon.Warning, "Your progress file was damaged", str(exc),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        restore_button = None
        if exc.latest_backup is not None:
            restore_button = box.addButton("&Restore the latest backup", QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton("&Start with empty progress" if restore_button is None else "Start &empty instead",
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore_button or fresh)
        self.damaged_box = box

        def chosen(_result=0) -> None:
            if restore_button is not None and box.clickedButton() is restore_button:
                self.restore(exc.latest_backup)
            else:
                self.window.start()  # the damaged file is out of the way: a new one is made

        box.finished.connect(chosen)
        self.window.open_dialog(box)
        return True

    # -- Tools → Check database ---------------------------------------------------------------------

    def check_database(self) -> None:
        """The full integrity_check, off the GUI thread; the answer in a dialog."""
        from studyapp.storage.integrity import full_check  # SQLAlchemy: loaded for the first check

        database = self.dirs.database

        def done(problems: list[str]) -> None:
            self.window.busy.stop()
            if not problems:
                box = QMessageBox(QMessageBox.Icon.Information, "Check database",
                                  f"No problems found in {database}.", QMessageBox.StandardButton.Ok, self.window)
            else:
                shown = "\n".join(problems[:10])
                box = QMessageBox(QMessageBox.Icon.Warning, "Check database",
                                  f"{database} is damaged:\n{shown}\n\nUse File → Backups… to restore a copy. "
                                  "Your current file is backed up (or set aside) before a restore.",
                                  QMessageBox.StandardButton.Ok, self.window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.check_result = problems
            self.window.open_dialog(box)

        self.window.busy.start("Checking your progress file…")
        run_in_background(lambda: full_check(database) if database.exists() else [], done,
                          self.window.show_error, self.window.runner)
