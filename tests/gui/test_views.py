"""Views on their own: article highlighting, feedback keys, themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studyapp.gui.article_view import ArticleView, find_excerpt
from studyapp.gui.feedback_view import Feedback, FeedbackView
from studyapp.gui.theme import apply_theme


def test_find_excerpt_ignores_line_breaks():
    text = "First line.\nThe council met on\n3 March 2023. Later."
    assert find_excerpt(text, "The council met on 3 March 2023.") == (12, 44)
    assert find_excerpt(text, "not there") is None


def test_article_view_highlights_and_scrolls(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    text = "\n\n".join(f"Paragraph {i} says something long enough to wrap." for i in range(60))
    view.set_article("Title", text)
    assert view.show_excerpt("Paragraph 55 says something")
    assert view.highlighted_text() == "Paragraph 55 says something"
    assert view.text.verticalScrollBar().value() > 0
    assert len(view.text.extraSelections()) == 1
    assert not view.show_excerpt("Paragraph 99")
    assert view.text.extraSelections() == []


def test_feedback_keys_rate_and_enter_takes_the_suggestion(qtbot):
    view = FeedbackView()
    qtbot.addWidget(view)
    view.show()
    rated = []
    view.rated.connect(rated.append)
    view.show_feedback(Feedback(correct=False, expected="Mayor", given="King", intervals={1: "1m", 2: "6m", 3: "10m", 4: "8d"},
                                suggested=1, source="Alice Smith, the mayor, said"))
    assert "✘" in view.verdict.text()
    assert [b.text().split("\n")[1].split()[0] for b in view.rating_buttons] == ["1m", "6m", "10m", "8d"]
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert rated == [3, 1]
    sources = []
    view.show_source.connect(sources.append)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert sources == ["Alice Smith, the mayor, said"]


def test_dark_and_light_themes_and_text_size(qapp):
    assert apply_theme(qapp, "dark", 14) == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert qapp.font().pointSize() == 14
    assert apply_theme(qapp, "light", 12) == "light"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    system = apply_theme(qapp, "system", 12)
    expected = "dark" if QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"
    assert system == expected
