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
