"""File → Print quiz…: the selected bank as a printable PDF (worksheet, then the answer key).

The PDF is drawn on the GUI thread: QTextDocument and QPdfWriter are not thread-safe, and the
62-question Geneva bank takes about 0.1–0.2 s here, so a busy cursor is enough.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from studyapp.core.bank import Bank
from studyapp.errors import StudyAppError
from studyapp.gui.save_places import in_documents


class ChooseQuizFile:
    @classmethod
    def ask(cls, suggested: str, parent: QWidget | None = None) -> Path | None:
        """The save dialog (tests replace this); always a .pdf path."""
        name, _ = QFileDialog.getSaveFileName(parent, "Print quiz to PDF", in_documents(suggested),
                                              "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_quiz(bank: Bank, path: Path) -> Path:
    """Write the quiz with a busy cursor; a StudyAppError says why a file could not be written."""
    from studyapp.exchange.pdf_quiz import write_quiz_pdf

    path = Path(path)
    try:  # QPdfWriter fails silently on a folder it cannot write to: find out first, in words
        with open(path, "wb"):
            pass
    except OSError as exc:
        raise StudyAppError(f"{path}: cannot be written ({exc.strerror}); choose another folder") from None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_quiz_pdf(bank, path)
    finally:
        QApplication.restoreOverrideCursor()
    if path.stat().st_size == 0:
        raise StudyAppError(f"{path}: the quiz could not be written; check the disk has space and try again")
    return path


def print_quiz(bank: Bank, parent: QWidget | None = None) -> Path | None:
    """Ask where, then write; None when the teacher cancelled."""
    path = ChooseQuizFile.ask(f"{bank.bank.id}-quiz.pdf", parent)
    return write_quiz(bank, path) if path is not None else None
