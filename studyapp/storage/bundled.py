"""Installing the banks that ship with the app into a newly opened store, on every start.

A bundled bank that fails to load (or is older than the installed one) does not stop the app:
its message is returned for the UI to show. A bundled bank the user removed stays removed, and a
newer copy the user installed (a question fixed in the bank editor, a teacher's update) stays: the
older bundled file is no problem to report on every start.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from studyapp.core.loader import load_bank
from studyapp.errors import StudyAppError


def install_bundled(progress, paths: Iterable[Path], now: datetime) -> list[str]:
    """Install or update each bundled bank in `progress` (a `Progress`), one backup for them all;
    the problems, one message per bank that was not installed."""
    problems = []
    removed = progress.removed_bank_ids()
    own = {b.id: b.version for b in progress.banks() if not b.bundled}
    with progress.import_batch():
        for path in paths:
            try:
                loaded = load_bank(path)
                if loaded.id in removed or own.get(loaded.id, 0) > loaded.bank.bank.version:
                    continue
                progress.install_bank(loaded, now, bundled=True)
            except StudyAppError as exc:
                problems.append(str(exc))
    return problems
