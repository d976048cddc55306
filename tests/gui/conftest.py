"""GUI test fixtures: the mini bank loaded, and a data folder per test."""

from __future__ import annotations

import pytest

from studyapp.core.loader import load_bank
from tests.helpers.fixtures import dirs, mini_progress  # noqa: F401  (fixtures for this folder)


# The offscreen platform plugin warns on every top-level show(); it says nothing about the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        # A test that lists its own Qt noise keeps its list: pytest-qt reads only the closest marker.
        if "tests/gui/" in item.nodeid.replace("\\", "/") and item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def mini(mini_bank_path):
    return load_bank(mini_bank_path)


@pytest.fixture
def mini_q(mini):
    return mini.bank.question


class Clock:
    """A clock tests move by hand; the app reads it through AppContext.clock."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **kw):
        from datetime import timedelta

        self.now += timedelta(**kw)


@pytest.fixture
def clock(now):
    return Clock(now)


@pytest.fixture
def make_window(qtbot, data_dir, clock):
    """Open a main window on `data_dir` (no bundled bank) and wait until its library is drawn."""
    import random

    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow
    from studyapp.paths import AppDirs

    windows = []

    def make(install_bundled: bool = False):
        ctx = AppContext(dirs=AppDirs.under(data_dir), clock=clock, rng=random.Random(7), fuzz=False,
                         install_bundled=install_bundled)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.start()
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.library is not None and w.library.progress is not None:
            w.close()


@pytest.fixture
def window(make_window, mini_bank_path, qtbot):
    """A window with the mini bank imported."""
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([mini_bank_path])
    return w


@pytest.fixture(autouse=True)
def restore_app_look(qapp):
    """The app's theme is application-wide; put palette, font, style and stylesheet back so tests
    elsewhere see the QApplication as they would alone."""
    from PySide6.QtGui import QFont, QPalette

    palette, font, sheet, style = QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("studyappScheme", None)
