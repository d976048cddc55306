"""The core benchmark still runs against the real storage and session API (studyapp half only,
on a tiny library; the numbers themselves are printed by the benchmark, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_core.py"


def test_bench_core_runs_the_studyapp_half(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--engines", "studyapp", "--questions", "300", "--reviews", "3000",
         "--answers", "12", "--bank-size", "100", "--dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "next question (median)" in done.stdout
    assert "record answer, committed (median)" in done.stdout
    results = json.loads(out.read_text())["results"]["studyapp"]
    assert results["load"]["banks"] == 3
    study = results["study"]
    assert study["answered"] == 12
    assert study["review_rows"] == 3000 + 12      # every timed answer was committed
    assert study["synchronous"] == 2              # FULL
    assert study["pick"]["n"] == study["answer"]["n"] == 12


def test_bench_core_runs_each_shape_of_the_library(tmp_path):
    """`--files`: the same questions as 2 bank files and as 20, each a run of its own."""
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--engines", "studyapp", "--questions", "200", "--reviews", "400",
         "--answers", "5", "--files", "2,20", "--dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "in 2 bank files of 100" in done.stdout and "in 20 bank files of 10" in done.stdout
    shapes = json.loads(out.read_text())["shapes"]
    assert [s["results"]["studyapp"]["load"]["banks"] for s in shapes] == [2, 20]
    assert all(s["results"]["studyapp"]["study"]["answered"] == 5 for s in shapes)
