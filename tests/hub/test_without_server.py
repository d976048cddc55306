"""Without PostgreSQL's server programs the hub tests skip, saying why, and the run still passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_hub_tests_skip_visibly_without_a_server():
    env = {k: v for k, v in os.environ.items() if k != "STUDYAPP_HUB_TESTS"}
    env.update(STUDYAPP_PG_BIN="", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           "tests/hub/test_roles.py", "tests/hub/test_replay.py"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "need PostgreSQL's server programs" in done.stdout and "install Debian's postgresql" in done.stdout
    assert "2 passed, 4 skipped" in done.stdout
