"""The packaged-app benchmark's measuring parts, on stand-in programs (the numbers for the real
app are printed by benchmarks/bench_app.py, never asserted)."""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from tests.conftest import REPO
from studyapp.storage.database import SCHEMA_VERSION


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("studyapp_bench_app", REPO / "benchmarks" / "bench_app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_time_until_line_waits_for_the_line_not_the_exit(bench, tmp_path):
    marker = tmp_path / "exited"
    script = f"print('starting'); sum(range(3_000_000)); print({bench.FIRST_WINDOW!r}, flush=True); open({str(marker)!r}, 'w').close()"
    wall, cpu = bench.time_until_line([sys.executable, "-c", script], bench.FIRST_WINDOW, dict(os.environ))
    assert wall > 0 and cpu > 0  # the CPU time was read while the process was still there
    assert marker.exists()  # the process was waited for


def test_a_program_that_never_says_the_line_is_an_error(bench):
    with pytest.raises(RuntimeError, match="without printing 'first window shown'"):
        bench.time_until_line([sys.executable, "-c", "print('no window')"], bench.FIRST_WINDOW, dict(os.environ))


def test_folder_size_counts_files_once_and_not_symlinks(bench, tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 5000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 100)
    (tmp_path / "link").symlink_to("a")
    apparent, allocated = bench.folder_size(tmp_path)
    assert apparent == 5100
    assert allocated >= 5100 or allocated == 0  # blocks; some file systems pack small files


def test_summary_is_median_and_range(bench):
    assert bench.summary([0.5, 0.1, 0.3]) == {"median": 0.3, "min": 0.1, "max": 0.5, "n": 3}


def test_pages_run_on_a_tiny_library(tmp_path):
    """`--pages` builds bench_core's library, opens the real window on it and times both pages."""
    import json
    import subprocess

    out = tmp_path / "pages.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_app.py"), "--pages", "--questions", "300", "--bank-size",
         "100", "--reviews", "600", "--runs", "1", "--dir", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "statistics: all drawn" in done.stdout and "library ready" in done.stdout
    results = json.loads(out.read_text())
    assert results["pages"]["banks"] == 3 and results["pages"]["review_rows"] == 600
    assert results["statistics, longest GUI-thread block"]["n"] == 1
    assert "banks listed                           3" in done.stdout
    assert "statistics table rows                  3" in done.stdout
    for page in ("library ready", "statistics drawn"):  # each sitting's resident memory and the peak so far
        [(rss, peak)] = results[f"{page}: MiB RSS / peak"]
        assert 0 < rss <= peak <= results["peak memory MiB (this process)"]
    # The folder as the first sitting found it: built by this studyapp, every bank's copy in its own banks/.
    assert results["library folder"] == {"schema": SCHEMA_VERSION, "banks": 3, "copies_here": 3}
