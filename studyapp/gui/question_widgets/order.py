"""Put items in order: drag them, or move the selected one with Alt+Up / Alt+Down; Enter submits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QPushButton, QWidget

from studyapp.gui.question_widgets.base import QuestionWidget, press


class OrderList(QListWidget):
    """A list whose rows move by drag and drop or Alt+Up/Down."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSpacing(3)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the question widget submits
            return
        super().keyPressEvent(event)

    def items(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]


class OrderWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.list = OrderList()
        self.list.addItems(self.choices)
        self.list.setAccessibleName("Items to put in order, earliest first")
        self.list.setCurrentRow(0)
        rows = max(2, len(self.choices))
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 8) + 2 * self.list.spacing()
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)
        self.layout_.addWidget(self.list)
        buttons = QHBoxLayout()
        self.up = QPushButton("Move &up")
        self.up.setAccessibleName("Move the selected item up")
        self.up.clicked.connect(lambda: self.list.move_current(-1))
        self.down = QPushButton("Move &down")
        self.down.setAccessibleName("Move the selected item down")
        self.down.clicked.connect(lambda: self.list.move_current(1))
        self.button = QPushButton("&Check order")
        self.button.setAccessibleName("Check the order")
        self.button.clicked.connect(self._submit)
        for b in (self.up, self.down):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        self.layout_.addLayout(buttons)
        self.add_hint("Earliest first. Drag items, or select one and press Alt+Up / Alt+Down; Enter checks.")

    def _submit(self) -> None:
        self.submit(self.list.items())

    def answer_right_by_keys(self) -> None:
        for i, item in enumerate(self.question.items):
            row = self.list.items().index(item)
            self.list.setCurrentRow(row)
            for _ in range(row - i):
                press(self.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        press(self.list, Qt.Key.Key_Return)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, result: Any = None) -> None:
        super().reveal(result)
        right = list(getattr(self.question, "items", []))
        for i in range(self.list.count()):
            item = self.list.item(i)
            ok = i < len(right) and item.text() == right[i]
            item.setText(f"{'✔' if ok else '✘'}  {item.text()}" + ("" if ok else f"   (should be {right.index(item.text()) + 1 if item.text() in right else '?'}.)"))
