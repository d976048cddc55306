"""File → Export progress report…: ask where, then write the teacher's PDF or CSV off the GUI thread.

    export = ReportExport(progress, clock, day_hour, tz, runner, parent=window)
    export.done.connect(lambda path: window.statusBar().showMessage(f"Wrote {path}"))
    export.failed.connect(window.show_error)
    export.ask_and_write()               # or export.write(path, bank_ids) without asking
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from studyapp.gui.save_places import in_documents
from studyapp.gui.workers import Background, run_in_background

FILTERS = "PDF report (*.pdf);;CSV table (*.csv)"


class ReportExport(QObject):
    done = Signal(object)  # the Path written
    failed = Signal(object)  # the exception

    def __init__(self, progress, clock: Callable[[], datetime], day_hour: int, tz, runner: Background,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.progress, self.clock, self.day_hour, self.tz, self.runner = progress, clock, day_hour, tz, runner
        self._parent = parent

    def ask_path(self) -> Path | None:
        """The save dialog; tests replace this method."""
        name, chosen = QFileDialog.getSaveFileName(self._parent, "Export progress report",
                                                   in_documents("progress-report.pdf"),
                                                   FILTERS)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".pdf")
        return path

    def ask_and_write(self, bank_ids: Sequence[str] | None = None) -> None:
        path = self.ask_path()
        if path is not None:
            self.write(path, bank_ids)

    def write(self, path: Path, bank_ids: Sequence[str] | None = None) -> None:
        from studyapp.exchange.progress_report import collect_reports, write_csv

        progress, now, hour, tz = self.progress, self.clock(), self.day_hour, self.tz
        path = Path(path)

        if path.suffix.lower() == ".csv":
            def work() -> Path:
                write_csv(collect_reports(progress, bank_ids, now, hour, tz), path)
                return path

            run_in_background(work, self.done.emit, self.failed.emit, self.runner)
            return

        # Figures on the worker; the PDF itself is drawn here, since QTextDocument belongs to the GUI thread.
        def collect():
            return collect_reports(progress, bank_ids, now, hour, tz)

        def draw(reports) -> None:
            from studyapp.exchange.progress_report import write_progress_report

            try:
                write_progress_report(reports, path)
            except Exception as exc:  # noqa: BLE001 - reported through `failed` like the worker's errors
                self.failed.emit(exc)
                return
            self.done.emit(path)

        run_in_background(collect, draw, self.failed.emit, self.runner)


__all__ = ["ReportExport"]
