"""The one dialog a user sees when something unexpected happens: what happened, and details to copy.

Built without exec() so tests can look inside and accept(); `ask()` is the one place that blocks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from studyapp.core.wording import count, them
from studyapp.gui.plain_label import plain_label


class ErrorDialog(QDialog):
    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.message = plain_label(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Error message")
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error details")
        self.details.setVisible(bool(details))
        self.details.setMinimumHeight(160 if details else 0)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details")
        self.copy_button.setAccessibleName("Copy details to the clipboard")
        self.copy_button.setVisible(bool(details))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.message.text()}\n\n{self.details.toPlainText()}")

    @classmethod
    def ask(cls, title: str, message: str, details: str = "", parent: QWidget | None = None) -> None:
        cls(title, message, details, parent).exec()


class ProblemsDialog(ErrorDialog):
    """A bank that failed validation: one line per problem, nothing imported."""

    def __init__(self, path: str, problems: list[str], parent: QWidget | None = None):
        n = len(problems)
        super().__init__(
            "Bank not imported",
            f"{path} was not imported: {count(n, 'problem')} found. "
            f"Fix {them(n)} in the file ({'the line says' if n == 1 else 'each line says'} where) and import it again.",
            "\n".join(problems), parent)
        self.problem_lines = list(problems)

    @classmethod
    def ask(cls, path: str, problems: list[str], parent: QWidget | None = None) -> None:  # type: ignore[override]
        cls(path, problems, parent).exec()
