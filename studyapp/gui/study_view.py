"""The study page: a progress line, the question in large text, its answer widget, then feedback.

It draws what the controller hands it and re-emits what the user did; it knows nothing about
scheduling or storage.

The question stays above the scrolling area and the verdict with the ratings below it, so after
an answer the question, the verdict and the ratings are on screen together at any text size; only
the answer widget, the explanation and the source scroll.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from studyapp.core.bank import QUESTION_TYPES, TOPIC_LABELS, Bank, prompt_of
from studyapp.gui.feedback_view import Feedback, FeedbackView
from studyapp.gui.plain_label import plain_label
from studyapp.gui.question_widgets import QuestionWidget, widget_for


class FittingScroll(QScrollArea):
    """As tall as its content when the page has room, so the verdict and the ratings sit right under
    a short answer; it scrolls only when the page is too short for the content."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content changed height: the page lays out again
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return QSize(super().sizeHint().width(), content.sizeHint().height() + 2 * self.frameWidth())


class StudyView(QWidget):
    answered = Signal(object)
    rated = Signal(int)
    show_source = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.mode = plain_label()
        self.mode.setObjectName("bankTitle")
        # A long bank title wraps instead of widening the window; it takes the room the progress
        # line leaves (Expanding, or a wrapped label settles for a narrow width and wraps early).
        self.mode.setWordWrap(True)
        self.mode.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(self.mode, 1)
        self.progress = QLabel()
        self.progress.setAccessibleName("Progress")
        self.progress.setWordWrap(True)  # in large text the title and the progress share the line
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.progress, 1)
        self.back_button = QPushButton("Library  (Esc)")
        self.back_button.setAccessibleName("Back to the library")
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        self.topic = plain_label()
        self.topic.setObjectName("muted")
        outer.addWidget(self.topic)
        self.question_text = plain_label()
        self.question_text.setObjectName("questionText")
        self.question_text.setWordWrap(True)
        self.question_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_text.setAccessibleName("Question")
        outer.addWidget(self.question_text)

        scroll = FittingScroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 12, 0, 12)
        self.body.setSpacing(14)
        self.widget_host = QVBoxLayout()
        self.body.addLayout(self.widget_host)
        self.feedback = FeedbackView()
        self.feedback.hide()
        self.feedback.rated.connect(self.rated)
        self.feedback.show_source.connect(self.show_source)
        self.body.addWidget(self.feedback)
        self.body.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        outer.addWidget(self.feedback.bar)  # verdict and ratings: never scrolled out of view
        outer.addStretch(1)  # a short answer keeps the ratings right under it
        self.feedback.bar.hide()
        self.scroll = scroll
        self.question_widget: QuestionWidget | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds the keys while a message is shown

    def set_header(self, mode: str, progress: str) -> None:
        self.mode.setText(mode)
        self.progress.setText(progress)

    def show_question(self, bank: Bank, question: Any, choices: list[str],
                      lefts: list[str] | None = None) -> QuestionWidget:
        self._drop_question_widget()
        self.feedback.hide()
        self.topic.setText(f"{TOPIC_LABELS.get(question.topic, question.topic)} · {_type_label(question)}")
        self.question_text.setText(prompt_of(bank, question))
        widget = widget_for(question, list(choices), bank, None, list(lefts or []))
        widget.answered.connect(self.answered)
        self.widget_host.addWidget(widget)
        self.question_widget = widget
        self.scroll.verticalScrollBar().setValue(0)
        widget.focus_first()
        return widget

    def _drop_question_widget(self) -> None:
        """Hide the previous question's widget at once (deleteLater only runs in the event loop)."""
        old, self.question_widget = self.question_widget, None
        if old is not None:
            self.widget_host.removeWidget(old)
            old.hide()
            old.answered.disconnect(self.answered)
            old.deleteLater()

    def show_message(self, title: str, text: str) -> None:
        """No question to show (waiting for a learning step to come due)."""
        self._drop_question_widget()
        self.feedback.hide()
        self.topic.setText(title)
        self.question_text.setText(text)
        self.focus_current()  # the page itself: Space on "Library (Esc)" would end the sitting

    def show_feedback(self, result: Any, feedback: Feedback) -> None:
        if self.question_widget is not None:
            self.question_widget.reveal(result)
        self.feedback.show()
        self.feedback.show_feedback(feedback)
        # After the layout has made room for the feedback, bring the right answer into view.
        QTimer.singleShot(0, self, self._scroll_to_answer)

    def _scroll_to_answer(self) -> None:
        """The right answer in view: from the top when it fits, else its first line at the top of
        the scrolling area (the question and the verdict are outside it)."""
        answer = self.feedback.answer
        top = answer.mapTo(self.scroll.widget(), QPoint(0, 0)).y()
        fits = top + answer.height() <= self.scroll.viewport().height()
        self.scroll.verticalScrollBar().setValue(0 if fits else max(0, top - 12))

    def focus_current(self) -> None:
        """Keys to what is on screen: the suggested rating, else the answer widget, else the page."""
        fb = self.feedback
        if fb.isVisible() and fb.feedback is not None:
            fb.rating_buttons[fb.feedback.suggested - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.question_widget is not None:
            self.question_widget.focus_first()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def owns_focus(self) -> bool:
        """True when the keyboard is (or, once the window is active again, will be) with the page
        itself, the question's answer widget or the feedback."""
        focused = self.window().focusWidget()
        if focused is None:
            return False
        holders = [w for w in (self.question_widget, self.feedback, self.feedback.bar) if w is not None]
        return focused is self or any(w is focused or w.isAncestorOf(focused) for w in holders)

def _type_label(question: Any) -> str:
    return QUESTION_TYPES.of(question).instruction(question)
