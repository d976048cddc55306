"""The teacher's report from a real database: the CSV and the PDF hold the expected figures."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from pypdf import PdfReader

from studyapp.cli import main
from studyapp.errors import StudyAppError
from studyapp.exchange.progress_report import collect_reports, write_progress_report
from tests.helpers.reviews import answer_timed


@pytest.fixture
def studied(mini_progress, now):
    """A week of study: q-quote always right, q-date wrong every day, q-choice learned then forgotten."""
    start = now - timedelta(days=7)
    for d in range(7):
        day = start + timedelta(days=d)
        answer_timed(mini_progress, "q-quote", 3, day, duration_ms=6000)
        answer_timed(mini_progress, "q-date", 1, day + timedelta(minutes=1), duration_ms=12000)
    answer_timed(mini_progress, "q-choice", 4, start, duration_ms=3000)            # Easy: graduates at once
    answer_timed(mini_progress, "q-choice", 1, start + timedelta(days=6), duration_ms=3000)  # forgotten: a lapse
    return mini_progress


def test_report_figures(studied, now):
    [r] = collect_reports(studied, ["mini"], now, 4, None)
    assert (r.bank_id, r.questions, r.overall.seen, r.reviews_total) == ("mini", 8, 3, 16)
    assert r.minutes_total == pytest.approx((7 * 6000 + 7 * 12000 + 6000) / 60000)
    topics = {m.group: m for m in r.by_topic}
    assert topics["dates"].reviews == 7 and topics["dates"].seen == 1
    assert {w.question_id for w in r.weak} >= {"q-date", "q-choice"}
    assert "q-quote" not in {w.question_id for w in r.weak}
    assert r.prompts["q-date"]  # the question text, for the teacher
    with pytest.raises(StudyAppError, match="no bank 'nope' is installed"):
        collect_reports(studied, ["nope"], now)


def test_csv_holds_bank_topic_and_weak_rows(studied, now, tmp_path):
    path = write_progress_report(collect_reports(studied, None, now), tmp_path / "r.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bank = [r for r in rows if r["kind"] == "bank"][0]
    assert (bank["bank_id"], bank["questions"], bank["seen"], bank["reviews"]) == ("mini", "8", "3", "16")
    assert bank["minutes"] == f"{(7 * 6000 + 7 * 12000 + 6000) / 60000:.1f}"
    dates = [r for r in rows if r["kind"] == "topic" and r["name"] == "dates"][0]
    assert (dates["questions"], dates["reviews"], dates["minutes"]) == ("2", "7", "1.4")
    weak = {r["name"]: r for r in rows if r["kind"] == "weak"}
    assert weak["q-date"]["fails"] == "7" and weak["q-date"]["prompt"]


def test_pdf_holds_the_figures(studied, now, tmp_path, qapp):
    path = write_progress_report(collect_reports(studied, None, now), tmp_path / "r.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    flat = " ".join(text.split())
    assert "Mastery by topic" in flat and "Questions still weak" in flat
    assert "q-date" in flat and "Dates" in flat
    assert "Answers given 16" in flat or "Answers given\n16" in text


def test_wrong_extension_is_refused(studied, now, tmp_path):
    with pytest.raises(StudyAppError, match=r"\.pdf or \.csv"):
        write_progress_report([], tmp_path / "r.docx")


def test_report_command_writes_csv_and_pdf(data_dir, tmp_path, capsys, mini_bank_path):
    assert main(["--data-dir", str(data_dir), "import", str(mini_bank_path)]) == 0
    out = tmp_path / "report.csv"
    assert main(["--data-dir", str(data_dir), "report", "mini", "--to", str(out),
                 "--now", "2022-01-21T12:00:00+00:00"]) == 0
    assert "wrote" in capsys.readouterr().out
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["kind"] == "bank" and rows[0]["questions"] == "8"
    pdf = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--to", str(pdf)]) == 0
    assert PdfReader(pdf).pages
    assert main(["--data-dir", str(data_dir), "report", "nope", "--to", str(pdf)]) == 1
    assert "no bank 'nope'" in capsys.readouterr().err


def test_report_command_needs_no_display(data_dir, tmp_path):
    """On a server (no DISPLAY, no QT_QPA_PLATFORM) the PDF is still written, not a Qt abort."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "r.pdf"
    done = subprocess.run([sys.executable, "-m", "studyapp", "--data-dir", str(data_dir), "report", "--to", str(out)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert PdfReader(out).pages


def test_csv_cells_from_bank_text_never_start_a_formula(studied, now, tmp_path):
    reports = collect_reports(studied, None, now)
    hostile = [r.__class__(**{**r.__dict__, "title": "=cmd|'/C calc'!A0",
                              "prompts": {k: "@SUM(1+1)" for k in r.prompts}}) for r in reports]
    path = write_progress_report(hostile, tmp_path / "r.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["bank_title"] for r in rows} == {"'=cmd|'/C calc'!A0"}
    assert {r["prompt"] for r in rows if r["kind"] == "weak"} == {"'@SUM(1+1)"}
