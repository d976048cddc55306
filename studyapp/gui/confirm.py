"""The one shape of a question whose answer can lose something (discard edits, replace a bank, restore
a backup): the safe answer is the default and Esc's answer, so a stray Enter or Esc never costs the
user anything, and the text is plain (it may hold bank text, which is never rich)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def safe_choice_box(title: str, text: str, act: str, keep: str, parent: QWidget | None = None, *,
                    informative: str = "") -> tuple[QMessageBox, QPushButton]:
    """The box and its destructive button (compare with `clickedButton()`); the caller opens it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    return box, act_button


def ask_safely(title: str, text: str, act: str, keep: str, parent: QWidget | None = None, *,
               informative: str = "") -> bool:
    """Blocks until answered; True only for the destructive answer."""
    box, act_button = safe_choice_box(title, text, act, keep, parent, informative=informative)
    box.exec()
    chosen = box.clickedButton() is act_button
    box.deleteLater()
    return chosen
