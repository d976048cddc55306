"""A date entered at the question's precision: day + month + year, month + year, or year.

The answer is "YYYY", "YYYY-MM" or "YYYY-MM-DD", as grading expects. Fields start empty so the
form gives nothing away; Enter submits once every field is filled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from studyapp.core.bank import MONTHS, Bank
from studyapp.gui.question_widgets.base import QuestionWidget, press, type_text


class DateWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.precision = question.resolved_precision
        row = QHBoxLayout()
        self.day = self.month = None
        if self.precision == "day":
            self.day = QLineEdit()
            self.day.setPlaceholderText("Day")
            self.day.setValidator(QIntValidator(1, 31, self.day))
            self.day.setMaxLength(2)
            self.day.setFixedWidth(_fit(self.day))
            self.day.setAccessibleName("Day of the month")
            self.day.returnPressed.connect(self._submit)
            row.addWidget(self.day)
        if self.precision in ("day", "month"):
            self.month = QComboBox()
            self.month.addItems(["Month…", *MONTHS])
            self.month.setAccessibleName("Month")
            row.addWidget(self.month)
        self.year = QLineEdit()
        self.year.setPlaceholderText("Year (YYYY)")
        self.year.setValidator(QIntValidator(1, 9999, self.year))
        self.year.setMaxLength(4)
        self.year.setFixedWidth(_fit(self.year))
        self.year.setAccessibleName("Year")
        self.year.returnPressed.connect(self._submit)
        row.addWidget(self.year)
        self.button = QPushButton("&Check")
        self.button.setAccessibleName("Check the date")
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.missing = QLabel()
        self.missing.setObjectName("muted")
        self.layout_.addWidget(self.missing)
        wanted = {"day": "the day, month and year", "month": "the month and year", "year": "the year"}
        self.add_hint(f"Give {wanted[self.precision]}; Enter checks.")

    def value(self) -> str | None:
        """The date typed so far as "YYYY[-MM[-DD]]", or None while a field is empty."""
        year = self.year.text().strip()
        if len(year) != 4:
            return None
        if self.month is None:
            return year
        if self.month.currentIndex() <= 0:
            return None
        month = f"{year}-{self.month.currentIndex():02d}"
        if self.day is None:
            return month
        day = self.day.text().strip()
        if not day or not 1 <= int(day) <= 31:
            return None
        return f"{month}-{int(day):02d}"

    def answer_right_by_keys(self) -> None:
        parts = self.question.answer.split("-")
        if self.day is not None:
            type_text(self.day, str(int(parts[2])))
        if self.month is not None:
            while self.month.currentText() != MONTHS[int(parts[1]) - 1]:
                press(self.month, Qt.Key.Key_Down)
        type_text(self.year, parts[0])
        press(self.year, Qt.Key.Key_Return)

    def _submit(self) -> None:
        value = self.value()
        if value is None:
            self.missing.setText("Fill in every field first (the year has four digits).")
            return
        self.submit(value)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        (self.day or self.month or self.year).setFocus(Qt.FocusReason.OtherFocusReason)


def _fit(field: QLineEdit) -> int:
    """Wide enough for its placeholder in the chosen text size; fixed pixels cut 'Year (YYYY)' at 16 pt."""
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24
