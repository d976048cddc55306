"""The instruction counter of a recorded answer still runs the bench's study loop against the real storage
and session (studyapp only, a tiny library, without valgrind: its `--native` CPU-time mode; the numbers
are printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "count_record.py"


def test_count_record_prepares_and_times_the_studyapp_answers(tmp_path):
    work = tmp_path / "work"
    common = ["--dir", str(work), "--engines", "studyapp"]
    prepared = subprocess.run([sys.executable, str(SCRIPT), "prepare", *common, "--questions", "300",
                               "--reviews", "3000", "--files", "3"], capture_output=True, text=True, timeout=300)
    assert prepared.returncode == 0, prepared.stderr
    counted = subprocess.run([sys.executable, str(SCRIPT), "count", *common, "--answers", "10", "--native"],
                             capture_output=True, text=True, timeout=300)
    assert counted.returncode == 0, counted.stderr
    assert "studyapp  10 answers: user" in counted.stdout
