"""After an answer the question, the verdict and the ratings are on screen together, at 1366×768
with the largest text size, and a long source shows the sentence that holds the answer first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from studyapp.gui.theme import LARGEST_TEXT_SIZE

ARTICLE_LINES = [
    "Please use Chrome browser for a more accessible video player",
    "Soldiers unload boxes at the airport outside the capital, Ruritania January 18, 2022. Picture taken "
    "January 18, 2022. Defence Ministry/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A "
    "THIRD PARTY.",
    "The council has worked hard to keep the bridge open, trying to build unity among its members on a plan "
    "it hopes will be enough to avert closure.",
    "The mayor said the bridge would reopen in the spring, once the engineers had replaced every cable.",
    "Critics say that is like bringing a knife to a gunfight, and that the council has not said how it will pay.",
    "Image caption, The bridge was closed in January after a cable snapped",
]
SOURCE = "\n".join(ARTICLE_LINES)
PROMPT = ("According to the mayor, in which season will the bridge across the river reopen to traffic, "
          "once the engineers have replaced every one of its cables?")


def long_source_bank(folder: Path) -> Path:
    (folder / "sources").mkdir()
    (folder / "sources" / "bridge.txt").write_text("Bridge article\n\n" + SOURCE + "\n", encoding="utf-8")
    source = SOURCE.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    explanation = ("The mayor tied the reopening to the new cables; the council has not said how it will pay "
                   "for them, which is what the critics point out.")
    path = folder / "bridge.toml"
    path.write_text(f'''[bank]
id = "bridge"
version = 1
title = "The bridge that closed"
sides = ["Council", "Critics"]

[bank.source]
title = "Bridge article"
publisher = "Test Gazette"
published = 2023-03-04
file = "sources/bridge.txt"

[[questions]]
id = "season"
type = "choice"
topic = "dates"
prompt = "{PROMPT}"
answer = "In the spring"
choices = ["In the spring", "In the summer", "In the autumn", "In the winter"]
source = "{source}"
explanation = "{explanation}"
''', encoding="utf-8")
    return path


def shown_whole(widget: QWidget, window: QWidget) -> bool:
    """On screen inside the window, not clipped by a scrolling area, and tall enough for its text."""
    if not widget.isVisible():
        return False
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    unclipped = widget.visibleRegion().boundingRect() == widget.rect()
    tall_enough = not widget.hasHeightForWidth() or widget.height() >= widget.heightForWidth(widget.width())
    return window.rect().contains(where) and unclipped and tall_enough


@pytest.fixture
def large_window(make_window, qtbot, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([long_source_bank(tmp_path)])
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.apply_settings(window.settings.with_changes(text_size=LARGEST_TEXT_SIZE))
    window.resize(1366, 768)
    return window


def settle(qtbot, window) -> None:
    qtbot.wait(1)  # the layout and the deferred scroll run in the event loop
    window.layout().activate()


def test_question_verdict_and_ratings_stay_visible_after_a_wrong_answer(large_window, qtbot):
    window = large_window
    window.start_study("bridge")
    qtbot.keyClick(window.study_view.question_widget, "2")
    settle(qtbot, window)
    view = window.study_view
    assert view.feedback.isVisible()
    assert window.width() <= 1366 and window.height() <= 768
    assert view.question_text.text() == PROMPT
    assert "Wrong" in view.feedback.verdict.text()
    parts = [view.question_text, view.feedback.verdict, *view.feedback.rating_buttons]
    # Under a loaded machine the deferred scroll and relayout can need more than one pass of the event loop:
    # wait for them (a layout that never fits still fails here after the timeout).
    qtbot.waitUntil(lambda: all(shown_whole(part, window) for part in parts), timeout=5000)


def test_a_long_source_shows_the_sentence_that_matters_and_the_rest_on_demand(large_window, qtbot):
    window = large_window
    window.start_study("bridge")
    qtbot.keyClick(window.study_view.question_widget, "1")
    settle(qtbot, window)
    fb = window.study_view.feedback
    shown = fb.source.text()
    assert "the bridge would reopen in the spring" in shown
    assert "video player" not in shown and "REUTERS" not in shown and "Picture taken" not in shown
    assert fb.whole_button.isVisible()
    fb.whole_button.click()
    assert "video player" in fb.source.text() and "knife to a gunfight" in fb.source.text()
    fb.whole_button.click()
    assert fb.source.text() == shown
    qtbot.keyClick(fb, Qt.Key.Key_3)  # the keys still rate
    assert not fb.isVisible() or fb.feedback is None or window.study.session.current is None

