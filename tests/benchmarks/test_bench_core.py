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


def test_both_engines_study_taking_turns(tmp_path):
    """Both engines' study phases at once, alternating stretches of 4 answers (`--turns`), each with its own
    results: every answer timed and committed, each answer's wait for a CPU reported, and the time from each commit
    to the next rating, leaving out the answers that began after a turn (their gap is the other engine's turn)."""
    import importlib.util

    import pytest

    if importlib.util.find_spec("anki") is None:
        pytest.skip("Anki's engine (the bench extra) is not installed")
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--questions", "200", "--reviews", "400", "--answers", "10", "--bank-size", "100",
         "--turns", "4", "--dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "taking turns of 4 answers" in done.stderr and "answers that waited for a CPU" in done.stdout
    results = json.loads(out.read_text())["results"]
    for engine in ("studyapp", "anki"):
        study = results[engine]["study"]
        assert study["answered"] == 10 and study["review_rows"] == 400 + 10
        assert study["answer_unwaited"]["n"] == 10 and study["answer_waited_mean_ms"] >= 0
        assert study["between"]["n"] == 10 - 3  # answers 0, 4 and 8 began a turn
    assert "from a commit to the next rating" in done.stdout
