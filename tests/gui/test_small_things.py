"""Small things a careful app gets right (issue 20, point 10), each through the real widgets."""

from __future__ import annotations

from studyapp.gui.feedback_view import Feedback, FeedbackView


def test_no_mark_doubles_after_a_closing_quote_in_the_question_or_the_source(qtbot, mini):
    from studyapp.core.bank import choices_of
    from studyapp.gui.study_view import StudyView

    view = StudyView()
    qtbot.addWidget(view)
    bank = mini.bank
    quote = bank.question("q-quote")  # “We will build the bridge by 2024.”
    view.show_question(bank, quote, choices_of(bank, quote))
    assert view.question_text.text() == "Who said: “We will build the bridge by 2024”?"
    fb = FeedbackView()
    qtbot.addWidget(fb)
    fb.show_feedback(Feedback(correct=True, expected="Antony Blinken",
                              source="Mr Blinken said: “These are difficult issues we are facing and resolving "
                                     "them won’t happen quickly.”"))
    assert "””" not in fb.source.text() and "quickly.’”" in fb.source.text()


def test_the_optimise_dialog_speaks_in_sentences(qtbot):
    from datetime import date

    from studyapp.gui.optimise_dialog import OptimiseDialog
    from studyapp.gui.workers import Background

    dialog = OptimiseDialog(lambda: [[(date(2022, 1, 1), 3), (date(2022, 1, 3), 1)]], 0.85, 20, Background(),
                            apply=lambda p: None, deck_size=50)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=60000)
    said = dialog.status.text()
    assert "at least 400 answers" in said and said[0].isupper()


def test_one_problem_is_it_not_them(qtbot):
    from studyapp.gui.error_dialog import ProblemsDialog

    one = ProblemsDialog("bank.toml", ["bank.toml:3: id: missing"])
    qtbot.addWidget(one)
    assert "1 problem found. Fix it in the file (the line says where)" in one.message.text()
    two = ProblemsDialog("bank.toml", ["bank.toml:3: id: missing", "bank.toml:9: type: unknown"])
    qtbot.addWidget(two)
    assert "2 problems found. Fix them in the file (each line says where)" in two.message.text()


def test_an_exam_score_says_partial_credit_makes_up_the_rest(qtbot):
    from studyapp.gui.exam_view import ExamLine, ExamScoreView

    view = ExamScoreView()
    qtbot.addWidget(view)
    lines = ([ExamLine("q", "a", "a", True, 1.0)] * 7 + [ExamLine("o", "x", "y", False, 0.2)]
             + [ExamLine("w", "x", "y", False, 0.0)] * 2)
    view.show_score("Exam", lines, 0.72)
    assert view.score.text() == ("Score: 72 % — 7 of 10 right; partial credit for 1 partly right answer makes "
                                 "up the rest")
    view.show_score("Exam", lines[:7] + lines[8:], 0.7)
    assert view.score.text() == "Score: 70 % — 7 of 9 right"


def test_the_shortcuts_table_shows_every_description_whole_in_the_largest_text(qtbot, qapp):
    from PySide6.QtCore import QRect, Qt

    from studyapp.gui.dialogs import ShortcutsDialog
    from studyapp.gui.theme import LARGEST_TEXT_SIZE, apply_theme

    apply_theme(qapp, "light", LARGEST_TEXT_SIZE)
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    width = table.columnWidth(2) - 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) - 8
    texts = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "Submit a typed answer, date, order or match" in texts
    for r, text in enumerate(texts):
        needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert needed.height() <= table.rowHeight(r), (text, needed.height(), table.rowHeight(r))


def test_the_heatmap_labels_the_current_month_early_in_it(qtbot):
    from datetime import date

    from studyapp.gui.charts import HeatmapChart

    chart = HeatmapChart()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    today = date(2026, 12, 3)  # a Thursday: December's first Monday is still to come
    chart.set_data({today: 4}, today)
    labels = chart.month_labels()
    assert labels[-1][1] == "Dec"
    x, text = labels[-1]
    assert x + chart.fontMetrics().horizontalAdvance(text) <= chart.width()
    assert [t for _x, t in labels].count("Nov") == 1
    chart.grab()  # draws without error


def test_save_dialogs_open_in_the_documents_folder(qtbot, monkeypatch, tmp_path):
    """Each save dialog is handed a path in the documents folder, not a bare name (the start folder)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from studyapp.gui import generate_dialog, quiz_print, report_export

    asked: list[str] = []

    def cancelled(parent, caption, start, filters):  # the dialog's answer when the user cancels
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancelled))
    monkeypatch.chdir(tmp_path)
    quiz_print.ChooseQuizFile.ask("geneva-quiz.pdf")
    generate_dialog.SaveBankFile.ask("geneva.toml")
    report_export.ReportExport(None, None, 4, None, None).ask_path()
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    assert [Path(a) for a in asked] == [documents / "geneva-quiz.pdf", documents / "geneva.toml",
                                        documents / "progress-report.pdf"]
