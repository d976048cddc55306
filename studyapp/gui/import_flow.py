"""Importing a bank file of any format from the GUI, and what the library says about it afterwards.

The work (`import_file`) runs off the GUI thread: it reads .toml, .csv or .gift through the
exchange layer and installs the result. A bank that does not validate raises BankError (the
window lists its problems); an older version than the one installed is not an error to stop at
but an outcome to show under the bank's card, like any other update.

A file that would take over another installed bank's id (`BankIdTakenError`) comes back with a
`Takeover`: the window asks whether to keep the installed bank or replace it, in place of the
command line's `--replace`, and a "Replace it" imports the file again with `replace=True`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.core.records import InstallReport
from studyapp.errors import BankVersionError
from studyapp.exchange.importing import BankIdTakenError, install_read
from studyapp.exchange.registry import READERS, is_bank_file, read_bank

FILE_FILTER = ("Question banks (" + " ".join(f"*{ext}" for ext in READERS) + ");;"
               "studyapp banks (*.toml);;Spreadsheets (*.csv);;Moodle GIFT (*.gift);;All files (*)")
KINDS = ", ".join(READERS)  # ".toml, .csv, .gift", for hints


@dataclass(frozen=True)
class Takeover:
    """The installed bank a refused file would replace, for the question put to the user."""

    installed_title: str
    retired: int  # of the installed bank's questions, how many the file lacks
    total: int


@dataclass(frozen=True)
class ImportResult:
    """One file's import as the library shows it."""

    path: Path
    bank_id: str
    title: str
    report: InstallReport | None = None
    refused: str = ""  # an older version than the installed one: the reason, in words
    warnings: tuple[str, ...] = field(default_factory=tuple)
    takeover: Takeover | None = None  # refused: the file's id belongs to another installed bank

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


def import_file(progress, path: Path, now: datetime, *, replace: bool = False) -> ImportResult:
    """Read any bank format and install it; BankError when the file is not a valid bank.

    `replace` installs a file over another bank that has its id (the user said "Replace it")."""
    return install_file(progress, path, read_bank(path), now, replace=replace)


def install_file(progress, path: Path, read, now: datetime, *, replace: bool = False) -> ImportResult:
    """`import_file` after the reading: the part that writes, run on the window's progress writer
    (the file was read beforehand off it, so answers queued behind an import wait only for installs)."""
    bank = read.loaded.bank
    result = dict(path=Path(path), bank_id=bank.bank.id, title=bank.bank.title, warnings=tuple(read.warnings))
    try:
        report = install_read(progress, read, now, replace=replace)
    except BankIdTakenError as exc:  # the CLI's message says --replace; the window asks instead
        return ImportResult(**result, takeover=Takeover(exc.installed_title, exc.retired, exc.total), refused=(
            f"“{exc.new_title}” uses the id of the installed bank “{exc.installed_title}”, which was kept. "
            "Give the new bank its own [bank] id to have both."))
    except BankVersionError as exc:
        return ImportResult(**result, refused=str(exc))
    return ImportResult(**result, report=report)


def importable(paths: list[Path]) -> list[Path]:
    """The bank files among dropped paths (by extension, as the exchange registry knows them)."""
    return [p for p in paths if is_bank_file(p)]
