"""The Browse benchmark still runs against the real Browse window and queries (a tiny library;
the numbers themselves are printed by the benchmark, never asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_browse.py"


def test_bench_browse_runs(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--questions", "300", "--reviews", "600", "--bank-size", "100", "--repeats", "1",
         "--dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "open Browse to first rows" in done.stdout
    results = json.loads(out.read_text())
    assert results["open_rows"] == 300 and results["search_text_made"] == 300
    assert results["gui"]["(all) · sort bank"]["found"] == 300
    assert results["gui"]["is:suspended · sort bank"]["found"] == results["headless"]["is:suspended · sort bank"]["found"] == 3
