"""Choice, true/false and quote questions: one button per option, keys 1–9."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from studyapp.core.bank import QUESTION_TYPES, Bank, QuoteQuestion
from studyapp.gui.question_widgets.base import QuestionWidget, press


class AnswerButton(QPushButton):
    """QPushButton draws its text on one line, so a long answer ran off the window behind a scroll bar;
    the text is a wrapping plain-text label inside (plain text also keeps an '&' in a bank from
    becoming a mnemonic)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setObjectName("answerChoiceText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().totalMinimumSize()


class ChoiceWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.buttons: list[AnswerButton] = []
        for i, choice in enumerate(self.choices[:9], 1):
            button = AnswerButton(f"{i}   {self.label_for(choice)}")
            button.setObjectName("answerChoice")
            button.setAccessibleName(f"Answer {i}: {self.label_for(choice)}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self.submit(c))
            self.buttons.append(button)
            self.layout_.addWidget(button)
        self.add_hint(f"Press 1–{len(self.buttons)} or click an answer.")

    def label_for(self, choice: str) -> str:
        return choice

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.buttons) and not self.done:
            self.submit(self.choices[int(text) - 1])
            return
        super().keyPressEvent(event)

    def answer_right_by_keys(self) -> None:
        right = QUESTION_TYPES.of(self.question).answer(self.bank, self.question)
        press(self, str(self.choices.index(right) + 1))

    def submit(self, answer: Any) -> None:
        self.chosen = answer
        super().submit(answer)

    def reveal(self, result: Any = None) -> None:
        """Keep the right option and the one chosen, marked in words; hide the rest so the
        question and its feedback fit on one screen."""
        super().reveal(result)
        expected = getattr(result, "expected", None)
        chosen = getattr(self, "chosen", None)
        for button, choice in zip(self.buttons, self.choices):
            label = self.label_for(choice)
            if choice == expected:
                button.setText(f"✔  {label}   ← your answer, right" if choice == chosen else f"✔  {label}   ← right answer")
            elif choice == chosen:
                button.setText(f"✘  {label}   ← your answer")
            elif expected is not None:
                button.hide()


class QuoteWidget(ChoiceWidget):
    """Who said it: each option shows the person's name and role."""

    def label_for(self, choice: str) -> str:
        person = self.bank.person(choice) if isinstance(self.question, QuoteQuestion) else None
        return f"{choice} — {person.role}" if person and person.role else choice
