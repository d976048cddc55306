"""After an answer: right or wrong in words and a symbol (never colour alone), the right answer,
the explanation and the source sentence, then the four ratings with their next intervals.

It only draws a `Feedback` and reports what the user chose: `rated(rating)` with 1–4, and
`show_source(excerpt)` for "Show in article".

The verdict and the ratings live in `bar`, a strip the study page keeps below its scrolling area,
so they stay on screen with the question however long the explanation or source is (at the
largest text size a scrolled panel used to hide the question or the verdict). Alone, the view
keeps the bar in its own layout.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.bank import quoted
from studyapp.gui.plain_label import plain_label
from studyapp.gui.source_excerpt import excerpt

RATING_LABELS = ("Again", "Hard", "Good", "Easy")


@dataclass(frozen=True)
class Feedback:
    """What the feedback view shows; built by the controller from the session's state."""

    correct: bool | None  # None: self-graded (flash)
    expected: str
    given: str = ""
    note: str = ""
    explanation: str = ""
    source: str = ""
    score: float = 0.0
    intervals: dict[int, str] = field(default_factory=dict)  # rating 1–4 -> "10m", "1d", …
    suggested: int = 3
    can_open_article: bool = True
    advice: str = ""  # e.g. a leech's "re-read its paragraph" (studyapp.core.insight.leech_advice)


def verdict_text(correct: bool | None, score: float) -> tuple[str, str]:
    """(symbol and words, style name) — the words carry the meaning, the colour only repeats it."""
    if correct is None:
        return "Answer shown — how well did you know it?", "verdictSelf"
    if correct:
        return "✔  Right", "verdictGood"
    if score > 0:
        return "◐  Partly right", "verdictBad"
    return "✘  Wrong", "verdictBad"


class RatingBar(QFrame):
    """The verdict and the four ratings; keys pressed here are the feedback view's keys."""

    def __init__(self, owner: FeedbackView):
        super().__init__(owner)
        self.owner = owner
        self.setObjectName("ratingBar")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.owner.keyPressEvent(event)


class FeedbackView(QFrame):
    rated = Signal(int)
    show_source = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.feedback: Feedback | None = None
        self.short_source = None  # the source's Excerpt for the feedback shown
        self.bar = RatingBar(self)
        bar_layout = QVBoxLayout(self.bar)
        bar_layout.setContentsMargins(0, 6, 0, 0)
        bar_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.verdict = plain_label()
        self.verdict.setAccessibleName("Verdict")
        self.verdict.setWordWrap(True)  # "Answer shown — how well did you know it?" in large text
        bar_layout.addWidget(self.verdict)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAccessibleName("The right answer")
        layout.addWidget(self.answer)
        self.note = plain_label()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.explanation = plain_label()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName("Explanation")
        layout.addWidget(self.explanation)
        self.advice = QLabel()
        self.advice.setObjectName("leechAdvice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName("Advice")
        self.advice.hide()
        layout.addWidget(self.advice)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("muted")
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setAccessibleName("Source sentence from the article")
        layout.addWidget(self.source)
        source_row = QHBoxLayout()
        self.whole_button = QPushButton("Show the &whole passage")
        self.whole_button.setCheckable(True)
        self.whole_button.setAccessibleName("Show the whole source passage")
        self.whole_button.toggled.connect(self._show_whole)
        source_row.addWidget(self.whole_button)
        self.article_button = QPushButton("Show in &article")
        self.article_button.setAccessibleName("Show the source sentence in the article")
        self.article_button.clicked.connect(self._show_source)
        source_row.addWidget(self.article_button)
        source_row.addStretch(1)
        layout.addLayout(source_row)
        self.rate_label = QLabel("How well did you know it?  Keys 1–4; Space or Enter takes the suggestion.")
        self.rate_label.setObjectName("muted")
        self.rate_label.setWordWrap(True)  # one line of it set the panel's least width: a narrow window scrolled sideways
        bar_layout.addWidget(self.rate_label)
        row = QHBoxLayout()
        self.rating_buttons: list[QPushButton] = []
        for value, label in enumerate(RATING_LABELS, 1):
            button = QPushButton(label)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, v=value: self.rate(v))
            self.rating_buttons.append(button)
            row.addWidget(button)
        bar_layout.addLayout(row)
        layout.addWidget(self.bar)

    def setVisible(self, visible: bool) -> None:  # the bar comes and goes with the panel, wherever it sits
        super().setVisible(visible)
        self.bar.setVisible(visible)

    def show_feedback(self, fb: Feedback) -> None:
        self.feedback = fb
        words, style = verdict_text(fb.correct, fb.score)
        self.verdict.setText(words)
        self.verdict.setObjectName(style)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        parts = []
        if fb.given and fb.correct is False:
            parts.append(f"Your answer: <b>{html.escape(fb.given)}</b>")
        label = "Right answer" if fb.correct is False else "Answer"
        parts.append(f"{label}: <b>{html.escape(fb.expected)}</b>")
        self.answer.setText("<br>".join(parts))
        self.note.setText(fb.note)
        self.note.setVisible(bool(fb.note))
        self.explanation.setText(fb.explanation)
        self.explanation.setVisible(bool(fb.explanation))
        self.advice.setText(fb.advice)
        self.advice.setVisible(bool(fb.advice))
        self.short_source = excerpt(fb.source, fb.expected, fb.explanation) if fb.source else None
        self.whole_button.blockSignals(True)
        self.whole_button.setChecked(False)
        self.whole_button.blockSignals(False)
        self.whole_button.setVisible(self.short_source is not None and self.short_source.shortened)
        self._show_whole(False)
        self.source.setVisible(bool(fb.source))
        self.article_button.setVisible(bool(fb.source) and fb.can_open_article)
        self.rate_label.setText(
            "How well did you know it?  Keys 1–4; Space or Enter takes the suggestion." if fb.intervals else
            "Practice: your schedule is left alone. Any rating (1–4, Space or Enter) goes on.")
        for value, button in enumerate(self.rating_buttons, 1):
            label = RATING_LABELS[value - 1]
            interval = fb.intervals.get(value, "")
            suggested = value == fb.suggested
            button.setText(f"{value}  {label}" + (f"\n{interval}" if interval else "") + ("  ★" if suggested else ""))
            button.setAccessibleName(f"Rate {label}" + (f", next in {interval}" if interval else "")
                                     + (", suggested" if suggested else ""))
            button.setToolTip(f"{label}: see it again in {interval}" if interval else label)
            button.setProperty("suggested", suggested)
            button.style().unpolish(button)
            button.style().polish(button)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rating_buttons[fb.suggested - 1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_whole(self, whole: bool) -> None:
        """The sentences that hold the answer, or the whole passage on demand."""
        fb, short = self.feedback, self.short_source
        if fb is None or short is None:
            self.source.setText("")
            return
        text = fb.source if whole else short.text
        self.source.setText(f"Source: <i>{html.escape(quoted(text))}</i>")
        self.whole_button.setText("Show &less of the passage" if whole else "Show the &whole passage")

    def rate(self, value: int) -> None:
        if self.feedback is not None:
            self.rated.emit(int(value))

    def _show_source(self) -> None:
        if self.feedback is not None and self.feedback.source:
            self.show_source.emit(self.feedback.source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.rate(key - Qt.Key.Key_0)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.feedback is not None:
            focused = self.focusWidget()
            if key != Qt.Key.Key_Space and focused in self.rating_buttons:
                focused.click()  # Enter on a rating the user tabbed to means that rating
                return
            self.rate(self.feedback.suggested)
            return
        if key == Qt.Key.Key_A and self.article_button.isVisible():
            self._show_source()
            return
        super().keyPressEvent(event)
