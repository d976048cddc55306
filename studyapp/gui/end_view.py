"""The end of a session: how many answered and right, time spent, and when the next question is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class EndSummary:
    title: str
    answered: int
    right: int
    time_spent: timedelta
    next_due: datetime | None
    now: datetime


def duration_text(d: timedelta) -> str:
    seconds = int(d.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def next_due_text(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "Nothing is scheduled yet."
    delta = when - now
    if delta <= timedelta(0):
        return "More questions are due now."
    local = when.astimezone()
    if delta < timedelta(hours=1):
        return f"Next question due in {max(1, int(delta.total_seconds() // 60))} min."
    if delta < timedelta(days=1):
        return f"Next question due in {int(delta.total_seconds() // 3600)} h (at {local:%H:%M})."
    return f"Next question due in {delta.days} day{'s' if delta.days != 1 else ''} ({local:%a %d %b})."


class EndView(QWidget):
    back = Signal()
    again = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.lines = QLabel()
        self.lines.setObjectName("questionText")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setAccessibleName("Session summary")
        layout.addWidget(self.lines)
        self.next_due = QLabel()
        self.next_due.setWordWrap(True)
        layout.addWidget(self.next_due)
        buttons = QHBoxLayout()
        self.back_button = QPushButton("Back to &library")
        self.back_button.setAccessibleName("Back to the library")
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.summary: EndSummary | None = None

    def show_summary(self, s: EndSummary) -> None:
        self.summary = s
        self.title.setText(s.title)
        pct = f" ({round(100 * s.right / s.answered)} %)" if s.answered else ""
        self.lines.setText(f"Answered: <b>{s.answered}</b><br>Right: <b>{s.right}</b>{pct}<br>"
                           f"Time spent: <b>{duration_text(s.time_spent)}</b>")
        self.next_due.setText(next_due_text(s.next_due, s.now))
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.back.emit()
            return
        super().keyPressEvent(event)
