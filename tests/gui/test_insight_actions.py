"""View → Statistics, Tools → Optimise schedule and File → Export progress report in the real main window
(the statistics page, dialog and export are this part's; the main window wires them)."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from studyapp.gui.report_export import ReportExport
from tests.gui.helpers import answer_right


def test_statistics_page_from_the_menu(window, qtbot):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    assert window.actions["stats"].isEnabled()
    window.actions["stats"].trigger()
    view = window.stats_view
    assert window.pages.currentWidget() is view and window.windowTitle() == "Statistics — studyapp"
    assert view.is_loading  # computed on the worker
    qtbot.waitUntil(lambda: view.complete, timeout=20000)  # partial figures may show first
    assert view.today_answered.text() == "1"
    model = view.table.model()
    assert model.rowCount() == 1 and model.index(0, 0).data() == "A small bank for tests"
    view.back_button.click()
    assert window.pages.currentWidget() is window.library_view


def test_optimise_schedule_explains_when_there_is_too_little_history(window, qtbot):
    window.actions["optimise"].trigger()
    dialog = window.dialogs[-1]
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30000)
    assert "at least 400 answers; there are 0" in dialog.status.text()
    assert dialog.table.rowCount() == 4 and not dialog.apply_button.isEnabled()
    dialog.reject()


def test_export_progress_report_from_the_menu(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "class.csv"
    monkeypatch.setattr(ReportExport, "ask_path", lambda self: target)
    window.actions["export_report"].trigger()
    qtbot.waitUntil(lambda: target.is_file() and str(target) in window.status_text.text(), timeout=20000)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["bank_id"] == "mini" and rows[0]["questions"] == "8"
