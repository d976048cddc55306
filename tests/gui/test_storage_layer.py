"""gui.storage_layer: the storage layer is imported without keeping the source lines PySide6's import
hook reads for every module imported after it (~18 MiB of `linecache` at a 1,000-bank library's peak)."""

from __future__ import annotations

import linecache
import sys


def test_the_storage_layer_is_imported_and_the_source_lines_read_meanwhile_are_dropped():
    from studyapp.gui.storage_layer import load_storage_layer

    linecache.getlines(__file__)  # as PySide6's hook does for each module imported after it
    assert __file__ in linecache.cache
    load_storage_layer()
    assert "studyapp.storage.progress" in sys.modules
    assert __file__ not in linecache.cache


def test_the_window_imports_it_on_the_writer_before_the_store_opens(qtbot, tmp_path):
    import random

    from studyapp.gui.app_context import AppContext
    from studyapp.gui.main_window import MainWindow
    from studyapp.paths import AppDirs

    window = MainWindow(AppContext(dirs=AppDirs.under(tmp_path / "data"), rng=random.Random(1), install_bundled=False))
    qtbot.addWidget(window)
    linecache.getlines(__file__)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    assert __file__ not in linecache.cache
    window.close()
    window.trust.wait_closing()


SITTING = r"""
import random, sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from studyapp.gui.app_context import AppContext
from studyapp.gui.main_window import MainWindow
from studyapp.paths import AppDirs

app = QApplication([])
window = MainWindow(AppContext(dirs=AppDirs.under(Path(sys.argv[1])), rng=random.Random(1)))
window.show()
steps = []


def poll():
    if not steps and window.library_ready:
        steps.append("library")
        window.show_stats()
    elif steps == ["library"] and window.stats_view.complete:
        steps.append("statistics")
        window.show_library()
        window.start_study(window.library.data.rows[0].id)
        if window.study.session.state.name == "ASKING":
            steps.append("study")
        app.quit()


window.ready.connect(lambda: setattr(window, "library_ready", True))
window.library_ready = False
timer = QTimer()
timer.timeout.connect(poll)
timer.start(10)
QTimer.singleShot(60000, app.quit)  # a hang ends the run; the steps say how far it came
window.start()
app.exec()
window.close()
window.trust.wait_closing()
orm = sorted(m for m in ("sqlmodel", "sqlalchemy.orm", "studyapp.storage.tables") if m in sys.modules)
print("steps:" + ",".join(steps))
print("orm:" + ",".join(orm))
"""


def test_a_sitting_on_an_installed_library_never_imports_the_orm(tmp_path):
    """Opening the library (the bundled bank already installed), the statistics and a study session
    read through plain statements: SQLAlchemy's ORM, SQLModel and the tables (~12 MiB) stay unimported."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", SITTING, str(tmp_path / "data")]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    assert "steps:library,statistics,study" in first.stdout.splitlines()  # the first start installs the bundled bank
    later = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    assert later.stdout.splitlines()[-2:] == ["steps:library,statistics,study", "orm:"], later.stderr
