"""Labels for text that comes from a bank, an article or a file name.

Qt guesses rich text from markup (AutoText), and rich text may load images: a bank holding
`<img src="/etc/…">` made Qt read that file. Every such label is made here, as plain text, so the
rule lives in one place instead of on each label.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
