"""The article pane beside a question editor: the article read-only, the selected question's source
highlighted. The field editor itself is `question_editor.QuestionEditor`, shared with the bank editor
(re-exported here for the review step's callers).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from studyapp.gui.article_view import find_excerpt
from studyapp.gui.question_editor import QuestionEditor
from studyapp.gui.theme import HIGHLIGHT_BG, current_scheme

__all__ = ["ArticlePane", "QuestionEditor", "article_panel"]


class ArticlePane(QPlainTextEdit):
    """The article, read-only and plain, scrolled to the selected question's source and highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setAccessibleName("Article text; the selected question's source is highlighted")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def set_article(self, text: str) -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text != self.toPlainText():
            self.setPlainText(text)
        self.setExtraSelections([])

    def show_source(self, source: str) -> bool:
        """Highlight `source` and scroll it into the middle of the pane; False when it is not found."""
        plain = self.toPlainText()
        span = find_excerpt(plain, source)
        if span is None:
            self.setExtraSelections([])
            return False
        # Python counts code points, the document UTF-16 units: an emoji before the source counts twice.
        start, end = (len(plain[:i].encode("utf-16-le")) // 2 for i in span)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT_BG[current_scheme(QApplication.instance())]))
        selection.format = fmt
        selection.cursor = cursor
        self.setExtraSelections([selection])
        at = QTextCursor(self.document())
        at.setPosition(end)
        self.setTextCursor(at)
        self.ensureCursorVisible()
        at.setPosition(start)
        self.setTextCursor(at)
        self.centerCursor()
        return True

    def highlighted_text(self) -> str:
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""


def article_panel() -> tuple[QWidget, QVBoxLayout, ArticlePane]:
    """The article beside the questions under its Alt+X label, as the draft review and the bank editor
    both show it; the layout is returned so an editor can add its own buttons below."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel("Article te&xt, the selected question's source highlighted:")
    layout.addWidget(label)
    pane = ArticlePane()
    label.setBuddy(pane)
    layout.addWidget(pane, 1)
    return box, layout, pane
