"""Pages built on first use, and a first window that does not load what it does not show."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QLabel, QStackedWidget

from studyapp.gui.lazy_pages import LazyPages


def test_a_page_is_built_once_on_first_use(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    made: list[str] = []

    def make(name):
        def build():
            made.append(name)
            return QLabel(name)
        return build

    pages = LazyPages(stack, {"a": make("a"), "b": make("b")})
    first = pages.get("a")
    assert made == ["a"] and stack.count() == 1
    assert pages.get("a") is first and made == ["a"]
    assert pages.name_of(first) == "a" and pages.name_of(QLabel()) == ""
    assert pages.current_is("a") and not pages.current_is("b")
    stack.setCurrentWidget(pages.get("b"))
    assert made == ["a", "b"] and pages.current_is("a", "b") and pages.current_is("b")


FIRST_WINDOW = """
import sys
from studyapp.gui.app import AppContext, make_application
from studyapp.gui.main_window import MainWindow
from studyapp.paths import AppDirs
app = make_application()
window = MainWindow(AppContext(dirs=AppDirs.resolve(sys.argv[1]), install_bundled=False))
heavy = ("sqlalchemy", "sqlmodel", "fsrs", "studyapp.storage.progress", "studyapp.core.session",
         "studyapp.core.scheduling", "studyapp.gui.study_view", "studyapp.gui.stats_view",
         "studyapp.gui.dialogs", "studyapp.core.loader", "studyapp.exchange.importing")
print(" ".join(sorted(m for m in heavy if m in sys.modules)) or "none")
"""


def test_the_main_window_is_built_without_storage_scheduler_or_hidden_pages(tmp_path):
    """What the first window needs loads before it; the rest waits for its first paint (start())."""
    out = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(tmp_path / "data")], capture_output=True,
                         text=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert out.stdout.strip() == "none"


def test_pages_other_than_the_library_are_built_when_first_used(make_window):
    window = make_window()
    assert set(window.page_set.built) == {"library_view"}
    assert window.pages.count() == 1
    stats = window.stats_view
    assert window.page_set.built["stats_view"] is stats and window.pages.indexOf(stats) >= 0
