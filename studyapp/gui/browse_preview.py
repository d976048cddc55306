"""Browse's preview: the selected question as the student sees it, its key, source and history.

The question is drawn by the study page's own widget for its type (`question_widgets.widget_for`)
with the options in their stable order, disabled: what a student would meet, not a second
drawing of it that could drift from the real one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from studyapp.core.bank import QUESTION_TYPES, TOPIC_LABELS, Bank, choices_of, prompt_of
from studyapp.core.records import ReviewRecord
from studyapp.core.scheduling import Rating
from studyapp.gui.plain_label import plain_label
from studyapp.gui.question_widgets import QuestionWidget, widget_for

RATING_NAMES = {Rating.AGAIN: "Again", Rating.HARD: "Hard", Rating.GOOD: "Good", Rating.EASY: "Easy"}


class BrowsePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Preview")
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setSpacing(10)
        self.heading = plain_label()
        self.heading.setObjectName("muted")
        self.body.addWidget(self.heading)
        self.prompt = self._text("questionText", "Question")
        self.widget_host = QVBoxLayout()
        self.body.addLayout(self.widget_host)
        self.key = self._text("", "Key")
        self.source = self._text("", "Source sentence")
        self.explanation = self._text("muted", "Explanation")
        history_title = QLabel("Review history")
        history_title.setObjectName("sectionTitle")
        self.body.addWidget(history_title)
        self.history = QListWidget()
        self.history.setAccessibleName("Review history")
        self.history.setMaximumHeight(160)
        self.body.addWidget(self.history)
        self.body.addStretch(1)
        self.setWidget(body)
        self.question_widget: QuestionWidget | None = None
        self.clear("Select a question to see it here.")

    def _text(self, name: str, accessible: str) -> QLabel:
        label = plain_label()
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        self.body.addWidget(label)
        return label

    def clear(self, text: str = "") -> None:
        self._drop_widget()
        self.heading.setText(text)
        for label in (self.prompt, self.key, self.source, self.explanation):
            label.clear()
        self.history.clear()

    def show_question(self, bank: Bank, question: Any, key_text: str, history: list[ReviewRecord],
                      state_text: str) -> None:
        self._drop_widget()
        topic = TOPIC_LABELS.get(question.topic, question.topic)
        self.heading.setText(f"{bank.bank.id} · {topic} · {question.type} · {state_text}")
        self.prompt.setText(prompt_of(bank, question))
        lefts = QUESTION_TYPES.of(question).lefts(bank, question)
        widget = widget_for(question, list(choices_of(bank, question)), bank, None, lefts)
        widget.setEnabled(False)  # a preview: answering happens in study
        self.widget_host.addWidget(widget)
        self.question_widget = widget
        self.key.setText(f"Key: {key_text}")
        self.source.setText(f"Source: {question.source}")
        self.explanation.setText(question.explanation)
        self.history.clear()
        if not history:
            self.history.addItem("Not answered yet.")
        for rec in reversed(history):  # newest first
            when = rec.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            verdict = {True: "right", False: "wrong", None: ""}[rec.correct]
            answer = " ".join(rec.answer.split()) if rec.answer else ""
            parts = [when, RATING_NAMES.get(rec.rating, str(int(rec.rating))), verdict,
                     f"“{answer}”" if answer else "", f"{rec.duration_ms / 1000:.1f} s" if rec.duration_ms else ""]
            self.history.addItem("   ".join(p for p in parts if p))

    def show_missing(self, text: str) -> None:
        self.clear(text)

    def _drop_widget(self) -> None:
        old, self.question_widget = self.question_widget, None
        if old is not None:
            self.widget_host.removeWidget(old)
            old.hide()
            old.deleteLater()


__all__ = ["BrowsePreview"]
