"""The child's end of the kill tests' zygote protocol (`tests/helpers/zygote.py` is the test's end).

A zygote imports studyapp once and forks a fresh worker per stdin line "run SEED" (the import costs more
than the work being interrupted); it prints "PID n" for each worker and "EXIT n STATUS" once it is gone.
It never opens the database itself, so no connection is shared across a fork. The child scripts beside
this file import it by its plain name: they run as scripts, with this folder first on `sys.path`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # unbuffered: nothing lost or doubled across fork and kill


def warm_up(now: datetime) -> None:
    """Load what SQLAlchemy and SQLModel import lazily, once here rather than in every worker."""
    import tempfile

    from studyapp.paths import AppDirs
    from studyapp.storage.progress import open_progress

    with tempfile.TemporaryDirectory() as tmp:
        open_progress(AppDirs.under(Path(tmp)), now, bundled=[]).close()


def serve(work: Callable[[int], None]) -> None:
    """Fork a worker running `work(seed)` per "run SEED" line until stdin ends or says anything else."""
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd != "run":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                work(int(arg))
            finally:
                os._exit(3)
        say(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"EXIT {pid} {status}")
