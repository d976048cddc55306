"""The one import pipeline: bank files of any format into the progress store, as plain outcomes.

`studyapp import` calls `import_paths`; File → Import bank…, drag and drop and the bank editor's
save call its two halves, `read_paths`/`read_file` off the window's progress writer and
`install_reads` on it. Each file gives an `ImportOutcome`: what was added, changed, retired, or
why the file was refused or could not be read, with the reader's warnings. `import_summary` words an
outcome once, for the terminal and the window alike. Imports of a folder go file by file: one
broken file is reported without stopping the others, and the files installed share one transaction
and one commit (`Progress.installing`), so a folder is in the library whole or, after a kill or a
failed commit, not at all.

The store keeps its copy of each bank as TOML (`registry.is_native`): a CSV or GIFT bank is
installed from the bank already read, with its TOML text handed to the store, which writes it
straight into the bank's folder (no scratch copy), so every message names the teacher's file.

A file whose [bank] id is installed is installed over that bank only if it is *the same bank*: the
same title or the same article (source title, or source URL), compared without case or spacing. A
new version may retitle a bank or correct its source's title, not both at once; a file that changes
both is another bank that happens to use the id, and installing it would retire the installed
bank's questions. It is refused (`BankIdTakenError`, naming both) unless the user says `--replace`
(the window asks instead).
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.bank import BankInfo
from studyapp.core.loader import LoadedBank
from studyapp.core.printable import for_terminal
from studyapp.core.records import InstallReport
from studyapp.errors import BankError, BankVersionError, StudyAppError
from studyapp.exchange import import_summary
from studyapp.exchange.read_ahead import PreparedRead, preparing, read_ahead
from studyapp.exchange.registry import READABLE_TEXT, Read, bank_files_in, is_native, read_bank

if TYPE_CHECKING:
    from studyapp.storage.bank_copies import BankDigest
    from studyapp.storage.progress import BankInstalls, Progress


@dataclass(frozen=True)
class Takeover:
    """The installed bank a refused file would replace, for the question put to the user."""

    installed_title: str
    retired: int  # of the installed bank's questions, how many the file lacks
    total: int


@dataclass(frozen=True)
class ImportOutcome:
    """One file's import as plain data: its report, or why it was refused, or the error that stopped it.

    `refused`: the file was read but not installed (an older version, or another bank's id:
    then `takeover` says which bank it would replace). `error`: the file could not be read or
    installed; `cause` keeps the exception for a window that lists a bank's problems."""

    path: Path
    bank_id: str = ""
    title: str = ""
    report: InstallReport | None = None
    refused: str = ""
    takeover: Takeover | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    cause: StudyAppError | None = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.report is not None

    @property
    def headline(self) -> str:
        return import_summary.headline(self)

    @property
    def details(self) -> str:
        return "\n".join(import_summary.details(self))

    @property
    def status_line(self) -> str:
        return import_summary.status_line(self)


def bank_files(path: Path | str) -> list[Path]:
    """The file itself, or the bank files directly inside a folder (sorted, so imports repeat)."""
    path = Path(path)
    if path.is_dir():
        files = bank_files_in(path)
        if not files:
            raise BankError.single(path, "folder", f"holds no bank files ({READABLE_TEXT})")
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


def same_bank(new: BankInfo, old: BankInfo) -> bool:
    """Whether `new` may update `old` (same id assumed): same title, or same article."""
    return (_norm(new.title) == _norm(old.title) or _norm(new.source.title) == _norm(old.source.title)
            or bool(new.source.url and _norm(new.source.url) == _norm(old.source.url)))


def check_not_taken(progress: Progress, loaded: LoadedBank | BankDigest, batch: BankInstalls | None = None) -> None:
    """Refuse a file that would take over another installed bank's id (BankIdTakenError).

    The installed bank is read from the shelf: its header and question ids come from its cache,
    so no stored bank file is parsed to answer; the shelf holds that one bank (a shelf of the whole
    library per file made a folder import quadratic: 1,000 files took minutes). Inside a `batch`,
    whether the id is installed at all is asked first on its own transaction (most files of a
    folder are new banks: no shelf for them)."""
    if batch is not None and not batch.installed(loaded.id):
        return
    shelf = progress.bank_shelf(only=[loaded.id])
    if loaded.id not in shelf:
        return
    try:
        old, old_ids = shelf.header(loaded.id).bank, shelf.question_ids(loaded.id)
    except KeyError:  # the stored copy is unreadable: nothing to protect, the install replaces it
        return
    info, new_ids = loaded.info, set(loaded.ids)
    if same_bank(info, old):
        return
    gone = len(set(old_ids) - new_ids)
    raise BankIdTakenError(
        f"{loaded.path}: bank {loaded.id!r} is “{for_terminal(info.title)}” (article “"
        f"{for_terminal(info.source.title)}”), but the installed bank with this id is “"
        f"{for_terminal(old.title)}” (article “{for_terminal(old.source.title)}”); installing it would "
        f"replace that bank and retire {gone} of its {len(old_ids)} questions. Give the new bank its own "
        f"[bank] id, or, if it really is a new version of “{for_terminal(old.title)}”, import it with "
        "--replace", bank_id=loaded.id, new_title=info.title, installed_title=old.title, retired=gone,
        total=len(old_ids))


def install_read(progress: Progress, read: Read | PreparedRead, now: datetime, *, replace: bool = False,
                 batch: BankInstalls | None = None) -> InstallReport:
    """Install an already-read bank once; a CSV/GIFT bank is stored as the TOML it converts to.

    Without `replace`, a file that is not the same bank as the installed one with its id is refused.
    `batch`: install it in that open transaction (`Progress.installing`), committed with it. A
    `PreparedRead` (a bank in the store's own format, read by a folder's worker) is installed
    from its digest."""
    if isinstance(read, PreparedRead):
        if not replace:
            check_not_taken(progress, read.digest, batch)
        if batch is None:
            with progress.installing(now) as one:  # as Progress.install_bank
                return one.install_digest(read.digest)
        return batch.install_digest(read.digest)
    loaded = read.loaded
    if not replace:
        check_not_taken(progress, loaded, batch)
    native = None
    if not is_native(loaded.path):
        from studyapp.exchange.toml_export import bank_to_toml

        native = bank_to_toml(loaded.bank)
    if batch is None:
        return progress.install_bank(loaded, now, native=native)
    return batch.install(loaded, native=native)


def install_file(progress: Progress, read: Read | PreparedRead, now: datetime, *, replace: bool = False,
                 batch: BankInstalls | None = None) -> ImportOutcome:
    """Install a file already read (`registry.read_bank`); whatever happens is in the outcome.

    The window reads files off its progress writer and installs them on it, so this is the half
    that writes. `replace` installs a file over another bank that has its id (`--replace`, or
    "Replace it"); `batch` as for `install_read`."""
    bank = read.digest if isinstance(read, PreparedRead) else read.loaded
    info = bank.info
    base = dict(path=bank.path, bank_id=info.id, title=info.title, warnings=list(read.warnings))
    try:
        return ImportOutcome(**base, report=install_read(progress, read, now, replace=replace, batch=batch))
    except BankIdTakenError as exc:
        return ImportOutcome(**base, refused=str(exc), takeover=Takeover(exc.installed_title, exc.retired, exc.total))
    except BankVersionError as exc:
        return ImportOutcome(**base, refused=str(exc))
    except StudyAppError as exc:
        return ImportOutcome(**base, error=str(exc), cause=exc)


def read_file(path: Path | str, *, follow_links: bool = True) -> Read | ImportOutcome:
    """Read one file of any bank format: the `Read`, or an outcome saying why it could not be read.

    The slow half of an import, and it writes nothing: the window runs it off its progress writer."""
    try:
        return read_bank(path, follow_links=follow_links)
    except StudyAppError as exc:
        return ImportOutcome(Path(path), error=str(exc), cause=exc)


def _files(paths: Iterable[Path | str]) -> list[tuple[Path, bool]]:
    """Each bank file to import, and whether it was found in a folder (not named by the user)."""
    return [(file, Path(path).is_dir()) for path in paths for file in bank_files(path)]


def read_paths(paths: Iterable[Path | str]) -> list[Read | ImportOutcome]:
    """`read_file` for every bank file the paths name (folders expanded, as `import_paths` does)."""
    return [read_file(file, follow_links=not in_folder) for file, in_folder in _files(paths)]


def install_reads(progress: Progress, reads: Iterable[Read | PreparedRead | ImportOutcome], now: datetime, *,
                  replace: bool = False) -> list[ImportOutcome]:
    """Install files read by `read_paths`, in order, as one import: one backup before it, one
    transaction and one commit for all of them (`Progress.installing`); a file that could not be
    read or installed keeps its outcome and the others are installed. If the commit itself fails,
    every file it held gets that error: none of them is installed."""
    outcomes: list[ImportOutcome] = []
    committed = 0  # outcomes before this index are committed
    try:
        with progress.import_batch(), progress.installing(now) as batch:
            for got in reads:
                if isinstance(got, ImportOutcome):
                    outcomes.append(got)
                    continue
                if batch.holds(got.digest.id if isinstance(got, PreparedRead) else got.loaded.id):
                    # A second file of a bank in this import: the store's checks (another bank's id?)
                    # read what is committed, so the first is committed before this one is looked at.
                    batch.commit()
                    committed = len(outcomes)
                outcomes.append(install_file(progress, got, now, replace=replace, batch=batch))
    except StudyAppError as exc:
        if not outcomes:
            raise
        outcomes[committed:] = [_undone(o, exc) if o.ok else o for o in outcomes[committed:]]
    return outcomes


def _undone(outcome: ImportOutcome, exc: StudyAppError) -> ImportOutcome:
    """A file whose install was rolled back with its batch: the batch's error in place of its report."""
    return dataclasses.replace(outcome, report=None, error=str(exc), cause=exc)


def import_paths(progress: Progress, paths: Iterable[Path | str], now: datetime, *,
                 replace: bool = False, workers: int | None = None) -> list[ImportOutcome]:
    """Import bank files and folders of them, in order, as one import: the store backs up once
    before it (`Progress.import_batch`). Each file is read just before it is installed, or just
    while the one before is installed, by a worker process (`read_ahead`), so a folder of large
    banks is never all in memory. Files found in a folder are opened without following symlinks.
    A missing or empty folder is a BankError before anything is installed. `workers`: as for
    `read_ahead` (by default, as many as this machine and process allow)."""
    from studyapp.storage.bank_copies import staging

    files = _files(paths)
    # The worker writes each bank's copy into a staging folder of the store's, which the store renames into place.
    stage = staging(progress.banks_dir) if len(files) > 1 else nullcontext(None)
    with stage as folder, closing(read_ahead(files, _read, workers=workers, prepare=preparing(folder),
                                                share=folder is not None)) as reads, \
            _collector_paused():
        return install_reads(progress, reads, now, replace=replace)


def _read(file: Path, in_folder: bool) -> Read | ImportOutcome:
    return read_file(file, follow_links=not in_folder)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for an import (memory is freed as usual, by reference
    counts: a bank's models hold no cycles): with 1,000-question banks alive, its full passes
    over every object took about a second of a 100-file import. On again after, if it was on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def import_path(progress: Progress, path: Path | str, now: datetime, *, replace: bool = False,
                workers: int | None = None) -> list[ImportOutcome]:
    """Import a bank file or every bank file in a folder; each outcome says what happened."""
    return import_paths(progress, [path], now, replace=replace, workers=workers)
