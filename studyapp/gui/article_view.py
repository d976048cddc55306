"""The article a bank was made from, scrolled to a source sentence and highlighted.

Sources are verbatim excerpts but may differ from the article in whitespace (line breaks), so
the match is made on whitespace-normalised text and mapped back to positions in the document.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QTextBrowser, QTextEdit, QVBoxLayout, QWidget)

from studyapp.gui.plain_label import plain_label
from studyapp.gui.theme import HIGHLIGHT_BG


def find_excerpt(text: str, excerpt: str) -> tuple[int, int] | None:
    """(start, end) of `excerpt` in `text`, ignoring differences in whitespace; None if absent."""
    words = excerpt.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


class ArticleView(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.title = plain_label()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.back = QPushButton("&Back")
        self.back.setAccessibleName("Back to the question")
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.back)
        layout.addLayout(top)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("Article text")
        self.text.document().setDocumentMargin(16)
        layout.addWidget(self.text, 1)
        self.highlighted: tuple[int, int] | None = None
        self._plain = ""

    def set_article(self, title: str, text: str) -> None:
        self.title.setText(title)
        if text != self._plain:
            self._plain = text
            self.text.setPlainText(text)
        self.highlighted = None
        self.text.setExtraSelections([])

    def show_excerpt(self, excerpt: str, scheme: str = "light") -> bool:
        """Highlight `excerpt` and scroll it into view; False when the article does not contain it."""
        span = find_excerpt(self.text.toPlainText(), excerpt)
        self.highlighted = span
        if span is None:
            self.text.setExtraSelections([])
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT_BG[scheme]))
        selection.format = fmt
        selection.cursor = cursor
        self.text.setExtraSelections([selection])
        # Scroll so the end, then the start, is visible: a long excerpt shows from its beginning.
        end = QTextCursor(self.text.document())
        end.setPosition(span[1])
        self.text.setTextCursor(end)
        self.text.ensureCursorVisible()
        start = QTextCursor(self.text.document())
        start.setPosition(span[0])
        self.text.setTextCursor(start)
        self.text.ensureCursorVisible()
        return True

    def highlighted_text(self) -> str:
        if not self.highlighted:
            return ""
        return self.text.toPlainText()[self.highlighted[0]:self.highlighted[1]]
