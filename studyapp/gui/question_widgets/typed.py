"""A typed answer (or cloze): Enter submits; afterwards what was typed is shown against the
expected answer with the differences marked."""

from __future__ import annotations

import difflib
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from studyapp.core.bank import Bank
from studyapp.gui.question_widgets.base import QuestionWidget, press, type_text


def diff_html(typed: str, expected: str, diff: Any = None, colours: tuple[str, str] | None = None) -> str:
    """Typed vs expected: missing letters underlined, extra letters struck through.

    `diff` is GradeResult.diff, (op, text) pieces: "equal", "insert" (missing from what was
    typed), "delete" or "replace" (typed but not expected); without one, difflib's is used.
    `colours` (missing, extra) backgrounds repeat the marks; the marks alone carry the meaning.
    """
    pieces = list(_pieces(diff)) if diff else list(_difflib_pieces(typed, expected))
    out = []
    for op, text in pieces:
        t = html.escape(text)
        if op == "equal":
            out.append(t)
        elif op == "insert":
            out.append(f"<u><b>{t}</b></u>" if not colours else
                       f'<span style="background:{colours[0]}"><u><b>{t}</b></u></span>')
        elif op in ("delete", "replace"):
            out.append(f"<s>{t}</s>" if not colours else f'<span style="background:{colours[1]}"><s>{t}</s></span>')
    return "".join(out)


def _pieces(diff: Any):
    for piece in diff:
        if isinstance(piece, (tuple, list)) and len(piece) == 2:
            yield str(piece[0]), str(piece[1])
        else:
            yield getattr(piece, "op", "equal"), getattr(piece, "text", str(piece))


def _difflib_pieces(typed: str, expected: str):
    matcher = difflib.SequenceMatcher(a=typed, b=expected, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            yield "equal", typed[a0:a1]
        else:
            if a1 > a0:
                yield "delete", typed[a0:a1]
            if b1 > b0:
                yield "insert", expected[b0:b1]


class TypedWidget(QuestionWidget):
    def __init__(self, question: Any, choices: list[str], bank: Bank, parent: QWidget | None = None,
                 lefts: list[str] | None = None):
        super().__init__(question, choices, bank, parent, lefts)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("Type your answer")
        self.edit.setAccessibleName("Your answer")
        self.edit.setMinimumHeight(36)
        self.edit.returnPressed.connect(self._submit)
        row.addWidget(self.edit, 1)
        self.button = QPushButton("&Check")
        self.button.setAccessibleName("Check your answer")
        self.button.clicked.connect(self._submit)
        row.addWidget(self.button)
        self.layout_.addLayout(row)
        self.comparison = QLabel()
        self.comparison.setTextFormat(Qt.TextFormat.RichText)
        self.comparison.setWordWrap(True)
        self.comparison.setAccessibleName("Your answer compared with the expected answer")
        self.comparison.hide()
        self.layout_.addWidget(self.comparison)
        self.add_hint("Press Enter to check. Small typos and letter case are forgiven.")

    def _submit(self) -> None:
        if self.edit.text().strip():
            self.submit(self.edit.text().strip())

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_right_by_keys(self) -> None:
        type_text(self.edit, self.question.expected)
        press(self.edit, Qt.Key.Key_Return)

    def reveal(self, result: Any = None) -> None:
        super().reveal(result)
        expected = str(getattr(result, "expected", "") or getattr(self.question, "expected", ""))
        typed = self.edit.text().strip()
        diff = getattr(result, "diff", None)
        if typed == expected or (diff and all(op == "equal" for op, _ in diff)):
            self.comparison.setText(f"You typed: <b>{html.escape(typed)}</b>")
        else:
            dark = self.palette().color(self.palette().ColorRole.Window).lightness() < 128
            colours = ("#1e4620", "#5c1f1f") if dark else ("#c8f0cf", "#ffd2cc")
            marked = diff_html(typed, expected, diff, colours)
            self.comparison.setText(
                f"You typed: <b>{html.escape(typed)}</b><br>Differences: "
                f'<span style="font-size:large">{marked}</span><br>'
                "<small>underlined: missing from your answer · struck through: not in the answer</small>")
        self.comparison.show()
