"""The one list of bank formats: extension, name, file-dialog filter, reader and writer.

Every place that names the formats asks this table (the CLI's help, the import dialog's filter,
drag and drop, the hints on the library page, `import` and `export`), so adding a format is one
row here plus its reader or writer module. The table itself is cheap to import (the CLI and the
window read it before the first paint): each reader and writer module is imported only when used,
so genanki and Qt (.pdf) stay out of the other commands.

Readers return a `Read` (the loaded bank and the warnings about what did not fit); writers take a
`LoadedBank` (the TOML writer also needs the article) and return warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.errors import BankError

if TYPE_CHECKING:
    from studyapp.core.loader import LoadedBank


@dataclass(frozen=True)
class Read:
    loaded: LoadedBank
    warnings: list[str] = field(default_factory=list)


def _read_toml(path: Path, follow_links: bool) -> Read:
    from studyapp.core.loader import load_bank

    return Read(load_bank(path, follow_links=follow_links))


def _read_csv(path: Path, follow_links: bool) -> Read:
    from studyapp.exchange.csv_format import read_csv

    return Read(read_csv(path, follow_links=follow_links))


def _read_gift(path: Path, follow_links: bool) -> Read:
    from studyapp.exchange.gift_format import read_gift

    result = read_gift(path, follow_links=follow_links)
    return Read(result.loaded, result.warnings)


def _write_toml(loaded: LoadedBank, path: Path) -> list[str]:
    from studyapp.exchange.toml_export import write_toml

    return write_toml(loaded.bank, path, loaded.article)


def _write_csv(loaded: LoadedBank, path: Path) -> list[str]:
    from studyapp.exchange.csv_format import write_csv

    return write_csv(loaded.bank, path)


def _write_gift(loaded: LoadedBank, path: Path) -> list[str]:
    from studyapp.exchange.gift_format import write_gift

    return write_gift(loaded.bank, path)


def _write_apkg(loaded: LoadedBank, path: Path) -> list[str]:
    from studyapp.exchange.anki_export import write_apkg

    return write_apkg(loaded.bank, path)


def _write_pdf(loaded: LoadedBank, path: Path) -> list[str]:
    from studyapp.exchange.pdf_quiz import write_quiz_pdf

    write_quiz_pdf(loaded.bank, path)
    return []


@dataclass(frozen=True)
class BankFormat:
    """One format: `name` labels it in the file dialog; a format without `read` is export only."""

    suffix: str
    name: str
    read: Callable[[Path, bool], Read] | None = None
    write: Callable[[LoadedBank, Path], list[str]] | None = None
    native: bool = False  # the format the store keeps its copies in (the others are converted to it)


FORMATS: tuple[BankFormat, ...] = (
    BankFormat(".toml", "studyapp banks", _read_toml, _write_toml, native=True),
    BankFormat(".csv", "Spreadsheets", _read_csv, _write_csv),
    BankFormat(".gift", "Moodle GIFT", _read_gift, _write_gift),
    BankFormat(".apkg", "Anki decks", write=_write_apkg),
    BankFormat(".pdf", "Printable quizzes", write=_write_pdf),
)
READABLE: tuple[str, ...] = tuple(f.suffix for f in FORMATS if f.read is not None)  # (".toml", ".csv", ".gift")
WRITABLE: tuple[str, ...] = tuple(f.suffix for f in FORMATS if f.write is not None)


def listed(suffixes: Iterable[str], last: str = ", ") -> str:
    """The extensions for a message: ".toml, .csv, .gift", or with `last=" or "` ".toml, .csv or .gift"."""
    items = list(suffixes)
    return ", ".join(items[:-1]) + last + items[-1] if len(items) > 1 else "".join(items)


READABLE_TEXT = listed(READABLE)  # ".toml, .csv, .gift", for help texts and hints
WRITABLE_TEXT = listed(WRITABLE)


def open_filter() -> str:
    """The import dialog's filter: every bank format at once, each on its own, then all files."""
    readable = [f for f in FORMATS if f.read is not None]
    return ";;".join([f"Question banks ({' '.join('*' + f.suffix for f in readable)})",
                      *(f"{f.name} (*{f.suffix})" for f in readable), "All files (*)"])


def _format(path: Path) -> BankFormat | None:
    return next((f for f in FORMATS if f.suffix == path.suffix.lower()), None)


def is_bank_file(path: Path) -> bool:
    """Whether the app can import this file, by its extension (drag and drop, folders)."""
    found = _format(Path(path))
    return found is not None and found.read is not None


def is_native(path: Path) -> bool:
    """Whether the file is in the store's own format, so it is kept as it is rather than converted."""
    found = _format(Path(path))
    return found is not None and found.native


def bank_files_in(folder: Path | str) -> list[Path]:
    """The bank files directly in a folder, sorted, so an import is repeatable; symlinks are listed
    (and refused when read with follow_links=False), so that they are reported, not skipped silently."""
    return sorted(p for p in Path(folder).iterdir() if is_bank_file(p) and (p.is_symlink() or p.is_file()))


def read_bank(path: Path | str, *, follow_links: bool = True) -> Read:
    """Read any bank file the app knows; BankError names the extensions it accepts otherwise.

    `follow_links=False` for a file found in a folder: a symlink there is refused, not followed."""
    path = Path(path)
    found = _format(path)
    if found is None or found.read is None:
        raise BankError.single(path, "file", f"unknown bank format {path.suffix or '(no extension)'!r}; "
                                             f"use one of {READABLE_TEXT}")
    return found.read(path, follow_links)


def write_bank(loaded: LoadedBank, path: Path | str) -> list[str]:
    """Write in the format the extension names; return what the format could not hold."""
    path = Path(path)
    found = _format(path)
    if found is None or found.write is None:
        raise BankError.single(path, "--to", f"unknown export format {path.suffix or '(no extension)'!r}; "
                                             f"use one of {WRITABLE_TEXT}")
    if not path.parent.is_dir():
        raise BankError.single(path, "--to", f"the folder {path.parent} does not exist")
    return found.write(loaded, path)
