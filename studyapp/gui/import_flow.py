"""Importing a bank file of any format from the GUI, and what the library says about it afterwards.

The work (`import_file`) runs off the GUI thread: it reads .toml, .csv or .gift through the
exchange layer and installs the result. A bank that does not validate raises BankError (the
window lists its problems); an older version than the one installed is not an error to stop at
but an outcome to show under the bank's card, like any other update.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.core.records import InstallReport
from studyapp.errors import BankVersionError
from studyapp.exchange.importing import install_read
from studyapp.exchange.registry import READERS, is_bank_file, read_bank

FILE_FILTER = ("Question banks (" + " ".join(f"*{ext}" for ext in READERS) + ");;"
               "studyapp banks (*.toml);;Spreadsheets (*.csv);;Moodle GIFT (*.gift);;All files (*)")
KINDS = ", ".join(READERS)  # ".toml, .csv, .gift", for hints


@dataclass(frozen=True)
class ImportResult:
    """One file's import as the library shows it."""

    path: Path
    bank_id: str
    title: str
    report: InstallReport | None = None
    refused: str = ""  # an older version than the installed one: the reason, in words
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def headline(self) -> str:
        """One line for the notice under the bank's card."""
        if self.refused:
            return f"Not imported: {self.refused}"
        r = self.report
        if r.status == "unchanged" and r.ignored:
            n = len(r.ignored)
            text = (f"Not updated: this file differs in {n} question{'s' if n != 1 else ''} but is still version "
                    f"{r.version}. Raise [bank] version to {r.version + 1} to update.")
        elif r.status == "unchanged":
            text = f"Already up to date: version {r.version} is installed; nothing changed."
        elif r.status == "installed":
            n = len(r.added)
            text = f"Installed version {r.version}: {n} question{'s' if n != 1 else ''}."
        else:
            text = (f"Updated to version {r.version}: {len(r.added)} added, {len(r.changed)} changed, "
                    f"{len(r.unchanged)} unchanged, {len(r.retired)} retired.")
        if self.warnings:
            n = len(self.warnings)
            text += f" {n} warning{'s' if n != 1 else ''} about {self.path.name}."
        return text

    @property
    def details(self) -> str:
        """The question ids that moved and the reader's warnings, one per line (for details/tooltip)."""
        lines = []
        r = self.report
        if r is not None and r.status == "updated":
            for label, ids in (("Added", r.added), ("Changed (progress kept, marked as changed)", r.changed),
                               ("Retired (history kept)", r.retired)):
                if ids:
                    lines.append(f"{label}: {', '.join(ids)}")
        lines.extend(f"Warning: {w}" for w in self.warnings)
        return "\n".join(lines)

    @property
    def status_line(self) -> str:
        return f"{self.title}: {self.headline}"


def import_file(progress, path: Path, now: datetime) -> ImportResult:
    """Read any bank format and install it; BankError when the file is not a valid bank."""
    read = read_bank(path)
    bank = read.loaded.bank
    result = dict(path=Path(path), bank_id=bank.bank.id, title=bank.bank.title, warnings=tuple(read.warnings))
    try:
        report = install_read(progress, read, now)
    except BankVersionError as exc:
        return ImportResult(**result, refused=str(exc))
    return ImportResult(**result, report=report)


def importable(paths: list[Path]) -> list[Path]:
    """The bank files among dropped paths (by extension, as the exchange registry knows them)."""
    return [p for p in paths if is_bank_file(p)]
