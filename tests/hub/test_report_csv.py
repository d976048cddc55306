"""The class report's CSV, without a server: cells from students' names and banks are no formulas."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

from studyapp.exchange.fields import restore_cell
from studyapp.hub.report import ClassReport, QuestionLine, StudentLine, write_report


def test_a_student_name_or_question_id_that_starts_a_formula_is_written_as_text(tmp_path):
    report = ClassReport("class_7b", datetime(2026, 12, 6, tzinfo=timezone.utc), ("dates",),
                         (StudentLine("=HYPERLINK(\"http://x\")", "s1", None, 3, 2, 0.5, {"dates": 0.25}),),
                         (QuestionLine("bank", "+q1", "dates", 2, 1),))
    path = write_report(report, tmp_path / "class.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["student"] == "'=HYPERLINK(\"http://x\")" and rows[1]["question"] == "'+q1"
    assert restore_cell(rows[0]["student"]) == "=HYPERLINK(\"http://x\")"
    assert rows[0]["mastery dates %"] == "25.0" and rows[1]["share_wrong %"] == "50.0"
