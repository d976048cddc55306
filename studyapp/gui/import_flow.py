"""The window's side of the one import pipeline (`exchange.importing`), for the controllers.

Reading (`registry.read_bank`) and installing (`exchange.importing.install_file`) run off the GUI
thread; the outcome is plain data worded by `exchange.import_summary`, the same words the
terminal shows. A file that does not validate, or a store that cannot install it, raises the
error here, so the window lists its problems; an older version than the one installed, or a file
with another bank's id (`takeover`: the window asks whether to replace it), is an outcome to show
under the bank's card.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studyapp.exchange.importing import ImportOutcome, Takeover, install_file as _install
from studyapp.exchange.registry import READABLE_TEXT, Read, is_bank_file, open_filter, read_bank

ImportResult = ImportOutcome  # one file's import, as the library shows it
FILE_FILTER = open_filter()
KINDS = READABLE_TEXT  # ".toml, .csv, .gift", for hints

__all__ = ["FILE_FILTER", "KINDS", "ImportResult", "Takeover", "import_file", "importable", "install_file"]


def import_file(progress, path: Path, now: datetime, *, replace: bool = False) -> ImportOutcome:
    """Read any bank format and install it; BankError when the file is not a valid bank."""
    return install_file(progress, path, read_bank(path), now, replace=replace)


def install_file(progress, path: Path, read: Read, now: datetime, *, replace: bool = False) -> ImportOutcome:
    """`import_file` after the reading: the part that writes, run on the window's progress writer."""
    outcome = _install(progress, read, now, replace=replace)
    if outcome.cause is not None:
        raise outcome.cause
    return outcome


def importable(paths: list[Path]) -> list[Path]:
    """The bank files among dropped paths (by extension, as the exchange registry knows them)."""
    return [p for p in paths if is_bank_file(p)]
