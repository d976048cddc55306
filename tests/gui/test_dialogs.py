"""The remove-bank question: removing is the destructive answer, so Enter and Esc keep the bank."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studyapp.gui.dialogs import ConfirmRemove


def _answer(qtbot, how: str, seen: list) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _answer(qtbot, how, seen))
        return
    seen.append((box.text(), box.informativeText(), box.textFormat(), box.defaultButton().text(),
                 box.escapeButton().text()))
    if how in ("Esc", "Enter"):
        qtbot.keyClick(box, Qt.Key.Key_Escape if how == "Esc" else Qt.Key.Key_Return)
    else:
        next(b for b in box.buttons() if b.text() == how).click()


def test_removing_a_bank_is_asked_with_keep_as_default_and_escape(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list = []
    for how, removed in (("Esc", False), ("Enter", False), ("Keep it", False), ("Remove it", True)):
        QTimer.singleShot(0, lambda how=how: _answer(qtbot, how, seen))
        assert ConfirmRemove.ask("<b>Week 3</b>", parent) is removed, how
    text, informative, fmt, default, escape = seen[0]
    assert text == "Remove “<b>Week 3</b>” from the library?" and fmt == Qt.TextFormat.PlainText
    assert "Your answers are kept" in informative
    assert default == escape == "Keep it"
