"""Installing the banks that ship with the app into a newly opened store, on every start.

A bundled bank that fails to load (or is older than the installed one) does not stop the app:
its message is returned for the UI to show. A bundled bank the user removed stays removed, and a
newer copy the user installed (a question fixed in the bank editor, a teacher's update) stays: the
older bundled file is no problem to report on every start.

Most starts have nothing to do: the bundled banks are installed at their version with their copies
on disk. That is decided from one query over the bundled banks' own rows, before any install
transaction or backup check: listing the whole library for it cost a tenth of a second of every
start at 1,000 banks, and with no bundled bank at all nothing is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from studyapp.core.loader import load_bank
from studyapp.errors import StudyAppError

# Each bundled bank's row, if any: (id, version, removed, bundled, stored_path).
_ROWS = "SELECT id, version, removed, bundled, stored_path FROM bank WHERE id IN ({})"


def install_bundled(progress, paths: Iterable[Path], now: datetime) -> list[str]:
    """Install or update each bundled bank in `progress` (a `Progress`), one backup for them all;
    the problems, one message per bank that was not installed."""
    problems, loaded_banks = [], []
    for path in paths:
        try:
            loaded_banks.append(load_bank(path))
        except StudyAppError as exc:
            problems.append(str(exc))
    if not loaded_banks:
        return problems
    ids = list(dict.fromkeys(loaded.id for loaded in loaded_banks))
    with progress.read_connection() as conn:
        rows = {r[0]: r[1:] for r in conn.exec_driver_sql(_ROWS.format(", ".join("?" * len(ids))), tuple(ids))}
    todo = [loaded for loaded in loaded_banks if _to_install(loaded, rows.get(loaded.id), progress.banks_dir)]
    if not todo:
        return problems
    with progress.import_batch():
        for loaded in todo:
            try:
                progress.install_bank(loaded, now, bundled=True)
            except StudyAppError as exc:
                problems.append(str(exc))
    return problems


def _to_install(loaded, row, banks_dir: Path | None) -> bool:
    """Whether installing would do anything or say anything: a bank not installed yet, another
    version (a newer one installs; an older bundled one than the bundled install is refused with
    its message), or the same version whose copy went missing (the install restores it). Not for a
    bank the user removed, nor under the user's own newer copy."""
    if row is None:
        return True
    version, removed, bundled, stored = row
    new = loaded.bank.bank.version
    if removed or (not bundled and version > new):
        return False
    if version != new:
        return True
    return banks_dir is not None and not Path(stored).is_file()
