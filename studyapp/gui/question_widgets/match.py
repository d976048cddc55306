"""Match each left item to a right item: one combo box per left item, so mouse and keyboard both work."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from studyapp.gui.plain_label import plain_label
from studyapp.gui.question_widgets.base import QuestionWidget, press

PLACEHOLDER = "Choose…"


class MatchWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.lefts = self.lefts or [p[0] for p in question.pairs]
        rights = self.choices or sorted({p[1] for p in question.pairs})
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.combos: dict[str, QComboBox] = {}
        for row, left in enumerate(self.lefts):
            label = plain_label(left)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItems([PLACEHOLDER, *rights])
            combo.setAccessibleName(f"Match for: {left}")
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[left] = combo
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.layout_.addLayout(grid)
        self.button = QPushButton("&Check matches")
        self.button.setAccessibleName("Check the matches")
        self.button.clicked.connect(self._submit)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.missing = QLabel()
        self.missing.setObjectName("muted")
        self.layout_.addWidget(self.missing)
        self.add_hint("Tab to each box and pick with the arrow keys or type a letter; Enter checks.")

    def value(self) -> dict[str, str] | None:
        chosen = {left: combo.currentText() for left, combo in self.combos.items()}
        if any(v == PLACEHOLDER for v in chosen.values()):
            return None
        return chosen

    def _submit(self) -> None:
        value = self.value()
        if value is None:
            self.missing.setText("Choose a match for every item first.")
            return
        self.submit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def answer_right_by_keys(self) -> None:
        for left, right in self.question.pairs:
            while self.combos[left].currentText() != right:
                press(self.combos[left], Qt.Key.Key_Down)
        press(self, Qt.Key.Key_Return)

    def focus_first(self) -> None:
        if self.combos:
            next(iter(self.combos.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, result: Any = None) -> None:
        super().reveal(result)
        right = {p[0]: p[1] for p in self.question.pairs}
        for left, combo in self.combos.items():
            ok = combo.currentText() == right[left]
            combo.setItemText(combo.currentIndex(), f"{'✔' if ok else '✘'} {combo.currentText()}"
                              + ("" if ok else f" (right: {right[left]})"))
