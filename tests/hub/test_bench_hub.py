"""The hub benchmark still runs end to end on a tiny class (its numbers are printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.hub.pg_server import find_bin

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_hub.py"


def test_bench_hub_runs_on_a_tiny_class(pg_server):  # the fixture skips when the server is missing
    assert find_bin() is not None
    done = subprocess.run([sys.executable, str(BENCH), "--students", "4", "--reviews", "30", "--report-students", "20",
                           "--report-reviews", "600"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "nothing lost or doubled" in done.stdout
    assert "600 reviews counted" in done.stdout
