"""The exam's score page: the score, then each question with the answer given and the right one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from studyapp.core.richtext import plain_tooltip
from studyapp.core.wording import count
from studyapp.gui.plain_label import plain_label


@dataclass(frozen=True)
class ExamLine:
    prompt: str
    given: str
    expected: str
    correct: bool | None
    score: float = 0.0


class ExamScoreView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = plain_label("Exam")
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.score = QLabel()
        self.score.setObjectName("questionText")
        self.score.setAccessibleName("Exam score")
        layout.addWidget(self.score)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["", "Question", "Your answer", "Right answer"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Each exam question with your answer and the right answer")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton("Back to &library")
        self.back_button.setAccessibleName("Back to the library")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.back_button)
        layout.addLayout(row)
        self.lines: list[ExamLine] = []

    def show_score(self, title: str, lines: list[ExamLine], score: float) -> None:
        self.lines = list(lines)
        self.title.setText(title)
        right = sum(1 for line in lines if line.correct)
        partly = sum(1 for line in lines if not line.correct and line.score > 0)
        # "72 % — 7 of 10 right" read as a mistake unless it says where the other 2 % come from
        credit = f"; partial credit for {count(partly, 'partly right answer')} makes up the rest" if partly else ""
        self.score.setText(f"Score: {round(100 * score)} % — {right} of {len(lines)} right{credit}")
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            mark = "✔ Right" if line.correct else ("◐ Partly" if line.score > 0 else "✘ Wrong")
            if line.correct is None:
                mark = "— Self-graded"
            for col, text in enumerate((mark, line.prompt, line.given or "(no answer)", line.expected)):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))  # bank text is never rich (trust)
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
