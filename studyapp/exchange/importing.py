"""Installing bank files of any format into the progress store, and the update report as text.

The store keeps a copy of each bank and loads it with the TOML loader on the next start, so a
CSV or GIFT bank is first written as TOML (into a scratch folder the store copies from). Imports
of a folder go file by file: one broken file is reported without stopping the others.

A file whose [bank] id is installed is installed over that bank only if it is *the same bank*: the
same title or the same article (source title, or source URL), compared without case or spacing. A
new version may retitle a bank or correct its source's title, not both at once; a file that changes
both is another bank that happens to use the id, and installing it would retire the installed
bank's questions. It is refused (`BankIdTakenError`, naming both) unless the user says `--replace`.
"""

from __future__ import annotations

import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.core.bank import Bank
from studyapp.core.loader import LoadedBank, load_bank
from studyapp.core.printable import for_terminal
from studyapp.core.records import InstallReport
from studyapp.errors import BankError, BankVersionError, StudyAppError
from studyapp.exchange.registry import Read, read_bank, read_folder
from studyapp.exchange.toml_export import write_toml


@dataclass
class ImportOutcome:
    """One file's import: its report, or the error that stopped it, and warnings either way."""

    path: Path
    report: InstallReport | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def bank_files(path: Path | str) -> list[Path]:
    """The file itself, or the bank files directly inside a folder (sorted, so imports repeat)."""
    path = Path(path)
    if path.is_dir():
        files = read_folder(path)
        if not files:
            raise BankError.single(path, "folder", "holds no bank files (.toml, .csv, .gift)")
        return files
    return [path]


class BankIdTakenError(BankVersionError):
    """The file uses the id of an installed bank that is not the same bank (see the module doc).

    It carries both titles and the count of questions that would retire, so the app can ask the
    user in its own words (a GUI user has no `--replace` to type)."""

    def __init__(self, message: str, *, bank_id: str = "", new_title: str = "", installed_title: str = "",
                 retired: int = 0, total: int = 0):
        super().__init__(message)
        self.bank_id = bank_id
        self.new_title = new_title
        self.installed_title = installed_title
        self.retired = retired
        self.total = total


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def same_bank(new: Bank, old: Bank) -> bool:
    """Whether `new` may update `old` (same id assumed): same title, or same article."""
    a, b = new.bank, old.bank
    return (_norm(a.title) == _norm(b.title) or _norm(a.source.title) == _norm(b.source.title)
            or bool(a.source.url and _norm(a.source.url) == _norm(b.source.url)))


def check_not_taken(progress, loaded: LoadedBank) -> None:
    """Refuse a file that would take over another installed bank's id (BankIdTakenError)."""
    installed = next((b for b in progress.banks() if b.id == loaded.id), None)
    if installed is None:
        return
    try:
        old = load_bank(installed.stored_path).bank
    except StudyAppError:  # the stored copy is unreadable: nothing to protect, the install replaces it
        return
    new = loaded.bank
    if same_bank(new, old):
        return
    gone = len({q.id for q in old.questions} - {q.id for q in new.questions})
    raise BankIdTakenError(
        f"{loaded.path}: bank {loaded.id!r} is “{for_terminal(new.bank.title)}” (article “"
        f"{for_terminal(new.bank.source.title)}”), but the installed bank with this id is “"
        f"{for_terminal(old.bank.title)}” (article “{for_terminal(old.bank.source.title)}”); installing it would "
        f"replace that bank and retire {gone} of its {len(old.questions)} questions. Give the new bank its own "
        f"[bank] id, or, if it really is a new version of “{for_terminal(old.bank.title)}”, import it with "
        "--replace", bank_id=loaded.id, new_title=new.bank.title, installed_title=old.bank.title, retired=gone,
        total=len(old.questions))


def install_read(progress, read: Read, now: datetime, *, replace: bool = False) -> InstallReport:
    """Install an already-read bank; a CSV/GIFT bank is stored as the TOML it converts to.

    Without `replace`, a file that is not the same bank as the installed one with its id is refused."""
    loaded = read.loaded
    if not replace:
        check_not_taken(progress, loaded)
    if loaded.path.suffix.lower() == ".toml":
        return progress.install_bank(loaded, now)
    with tempfile.TemporaryDirectory(prefix="studyapp-import-") as scratch:
        native = Path(scratch) / f"{loaded.id}.toml"
        write_toml(loaded.bank, native)
        try:
            return progress.install_bank(LoadedBank(bank=loaded.bank, path=native, article=""), now)
        except StudyAppError as exc:  # name the teacher's file, not the scratch copy
            raise type(exc)(str(exc).replace(str(native), str(loaded.path))) from None


def import_path(progress, path: Path | str, now: datetime, *, replace: bool = False) -> list[ImportOutcome]:
    """Import a bank file or every bank file in a folder; each outcome says what happened.

    A folder is one import: the store backs up once before it (`Progress.import_batch`).
    """
    outcomes = []
    files = bank_files(path)
    in_folder = Path(path).is_dir()  # files found in a folder are opened without following symlinks
    batch = getattr(progress, "import_batch", None)
    with batch() if batch is not None else nullcontext():
        for file in files:
            outcome = ImportOutcome(file)
            try:
                read = read_bank(file, follow_links=not in_folder)
                outcome.warnings = list(read.warnings)
                outcome.report = install_read(progress, read, now, replace=replace)
            except StudyAppError as exc:
                outcome.error = str(exc)
            outcomes.append(outcome)
    return outcomes


def format_report(report: InstallReport, title: str = "") -> str:
    """What an import did, for the terminal and the library page: counts, and the ids that moved."""
    name = f"{report.bank_id!r}" + (f" ({for_terminal(title)})" if title else "")
    if report.status == "unchanged" and report.ignored:
        n = len(report.ignored)
        return (f"bank {name} version {report.version} is already installed, but this file differs from it in "
                f"{n} question{'s' if n != 1 else ''} ({', '.join(report.ignored)}); nothing was changed: raise "
                f"[bank] version to {report.version + 1} to update it")
    if report.status == "unchanged":
        return f"bank {name} version {report.version} is already installed; nothing changed"
    if report.status == "installed":
        head = f"installed bank {name} version {report.version}"
    else:
        head = f"updated bank {name} from version {report.previous_version} to {report.version}"
    lines = [f"{head}: {len(report.added)} added, {len(report.changed)} changed, "
             f"{len(report.unchanged)} unchanged, {len(report.retired)} retired"]
    if report.status != "installed":
        for label, ids in (("added", report.added), ("changed (progress kept, marked as changed)", report.changed),
                           ("retired (history kept)", report.retired)):
            if ids:
                lines.append(f"  {label}: {', '.join(ids)}")
    return "\n".join(lines)
