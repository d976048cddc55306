"""Choice, true/false and quote questions: one button per option, keys 1–9."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

from studyapp.core.bank import Bank, QuoteQuestion
from studyapp.gui.question_widgets.base import QuestionWidget


class ChoiceWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        self.buttons: list[QPushButton] = []
        for i, choice in enumerate(self.choices[:9], 1):
            button = QPushButton(f"{i}   {self.label_for(choice)}")
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
