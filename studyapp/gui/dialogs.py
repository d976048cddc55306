"""Small dialogs: confirm a removal, choose a bank file, keyboard shortcuts, about.

Each blocking question has an `ask()` classmethod (tests monkeypatch it); the informational
ones are built without exec() and opened with open(), so tests can find and accept() them; so is
the question whether an import may replace another bank, which waits on the import's result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studyapp import __version__
from studyapp.gui.actions import shortcut_rows
from studyapp.gui.confirm import ask_safely, safe_choice_box
from studyapp.exchange.registry import open_filter


class ConfirmRemove:
    @classmethod
    def ask(cls, title: str, parent: QWidget | None = None) -> bool:
        """Keeping the bank is the default, so Enter or Esc removes nothing (like every destructive box)."""
        return ask_safely("Remove bank", f"Remove “{title}” from the library?",
                          "Remove it", "Keep it", parent,
                          informative="Your answers are kept: importing the bank again brings its progress back.")


def replace_bank_box(new_title: str, takeover, file_name: str, parent: QWidget | None = None
                     ) -> tuple[QMessageBox, QPushButton]:
    """The question asked when an imported file has another installed bank's id (the GUI's
    `import --replace`): keeping the installed bank is the default, so Enter or Esc loses nothing.
    Returns the box and its "Replace it" button, to compare with `clickedButton()`."""
    n = takeover.retired
    return safe_choice_box("Replace a bank?",
                           f"“{new_title}” ({file_name}) has the same id as the installed bank "
                           f"“{takeover.installed_title}”, but it is not a new version of it.\n\nReplacing it "
                           f"retires {n} of its {takeover.total} question{'s' if takeover.total != 1 else ''} "
                           "(your answers to them are kept in the history).",
                           "Replace it", "Keep the installed bank", parent)


class ChooseBankFile:
    @classmethod
    def ask(cls, parent: QWidget | None = None, start: Path | None = None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Import a question bank", str(start or Path.home()),
                                              open_filter())
        return Path(name) if name else None


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: generated from the one action table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Keyboard shortcuts")
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Long descriptions wrap onto more lines instead of ending in "…" (large text, narrow dialog).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keys(self) -> list[str]:
        return [self.table.item(r, 1).text() for r in range(self.table.rowCount())]


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("About studyapp")
        layout = QVBoxLayout(self)
        text = QLabel(
            f"<h2>studyapp {__version__}</h2>"
            "<p>Turn news articles into question banks and learn them with spaced repetition (FSRS).</p>"
            f"<p>Your progress is kept in:<br><code>{data_folder}</code></p><p>MIT licence.</p>")
        text.setWordWrap(True)
        text.setTextFormat(text.textFormat().RichText)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
