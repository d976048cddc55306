"""Recall, then grade yourself: Space (or the button) shows the answer; the ratings follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from studyapp.gui.question_widgets.base import QuestionWidget, press


class FlashWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.button = QPushButton("&Show answer  (Space)")
        self.button.setAccessibleName("Show the answer")
        self.button.clicked.connect(lambda: self.submit(None))
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_hint("Think of the answer, then press Space to see it and grade yourself.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit(None)
            return
        super().keyPressEvent(event)

    def answer_right_by_keys(self) -> None:
        press(self, Qt.Key.Key_Space)

    def focus_first(self) -> None:
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
