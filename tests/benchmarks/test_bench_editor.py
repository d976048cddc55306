"""The bank editor benchmark still runs against the real dialog (a small bank; numbers are printed, never
asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_editor.py"


def test_bench_editor_runs(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(BENCH), "--questions", "30", "--repeats", "3", "--json", str(out)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "keystroke in a prompt" in done.stdout
    results = json.loads(out.read_text())
    assert results["questions"] == 30 and set(results["seconds"]) >= {"open", "keystroke in the title"}
