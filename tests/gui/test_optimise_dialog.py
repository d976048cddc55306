"""Tools → Optimise schedule and File → Export progress report, driven offscreen through the real widgets."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from studyapp.core.optimise import apply_parameters, default_parameters, optimise_and_simulate
from studyapp.errors import StudyAppError
from studyapp.gui.optimise_dialog import OptimiseDialog
from studyapp.gui.report_export import ReportExport
from studyapp.gui.workers import Background
from studyapp.settings import Settings
from tests.helpers.histories import synthetic_history
from tests.helpers.reviews import answer_timed

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture(scope="module")
def history():
    return synthetic_history(300, 365, random.Random(7))


def test_outcome_with_and_without_enough_history(history):
    out = optimise_and_simulate(history, deck_size=300, new_per_day=20, days=90)
    assert out.result is not None and out.result.better
    assert "better" in out.message and f"{out.result.log_loss_after:.4f}" in out.message
    assert [w.desired_retention for w in out.workloads] == [0.80, 0.85, 0.90, 0.95]
    assert out.parameters == out.result.parameters

    few = optimise_and_simulate([[(date(2022, 1, 1), 3)]], deck_size=10, new_per_day=5, days=30)
    assert few.result is None and "at least 400 answers" in few.message
    assert few.parameters == default_parameters() and len(few.workloads) == 4


def test_applied_parameters_are_kept_in_the_settings():
    params = default_parameters()
    assert list(apply_parameters(Settings(), params).fsrs_parameters) == pytest.approx(list(params))


def test_dialog_fits_off_the_gui_thread_and_applies_on_request(qtbot, history):
    applied = []
    dialog = OptimiseDialog(lambda: history, 0.9, 20, Background(), apply=applied.append, deck_size=300)
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.is_busy and dialog.status.text() == "Fitting your schedule…"
    assert not dialog.apply_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=60000)
    assert dialog.error is None and "log loss" in dialog.status.text()
    assert dialog.table.rowCount() == 4 and dialog.table.item(2, 0).text() == "90% (now)"
    answers = [float(dialog.table.item(r, 1).text()) for r in range(4)]
    assert answers == sorted(answers)  # a higher retention costs more answers a day
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert applied == [dialog.outcome.result.parameters] and dialog.applied is not None
    assert not dialog.apply_button.isEnabled()


def test_dialog_with_too_little_history_explains_and_offers_nothing(qtbot):
    dialog = OptimiseDialog(lambda: [[(date(2022, 1, 1), 3), (date(2022, 1, 3), 1)]], 0.85, 20, Background(),
                            apply=lambda p: None, deck_size=50)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=60000)
    assert "at least 400 answers; there are 2" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    assert dialog.table.rowCount() == 4 and dialog.table.item(1, 0).text() == "85% (now)"


@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_export_progress_report_from_the_gui(qtbot, mini_progress, now, tmp_path, suffix):
    for d in range(3):
        answer_timed(mini_progress, "q-date", 1, now - timedelta(days=d))
    export = ReportExport(mini_progress, lambda: now, 4, None, Background())
    target = tmp_path / f"report{suffix}"
    export.ask_path = lambda: target
    with qtbot.waitSignal(export.done, timeout=30000) as sig:
        export.ask_and_write()
    assert sig.args == [target]
    if suffix == ".csv":
        rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
        assert rows[0]["bank_id"] == "mini" and rows[0]["reviews"] == "3"
    else:
        assert "Questions still weak" in " ".join(PdfReader(target).pages[0].extract_text().split())
