"""Which reader or writer handles a file, chosen by its extension.

Readers return a `Read` (the loaded bank and the warnings about what did not fit); writers take a
`LoadedBank` (the TOML writer also needs the article) and return warnings. Writers for .apkg and
.pdf are imported only when used: genanki and Qt stay out of the other commands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from studyapp.core.loader import LoadedBank, load_bank
from studyapp.errors import BankError


@dataclass(frozen=True)
class Read:
    loaded: LoadedBank
    warnings: list[str] = field(default_factory=list)


def _read_toml(path: Path, follow_links: bool) -> Read:
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


READERS: dict[str, Callable[[Path, bool], Read]] = {".toml": _read_toml, ".csv": _read_csv, ".gift": _read_gift}
WRITERS: dict[str, Callable[[LoadedBank, Path], list[str]]] = {
    ".toml": _write_toml, ".csv": _write_csv, ".gift": _write_gift, ".apkg": _write_apkg, ".pdf": _write_pdf,
}


def is_bank_file(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_bank(path: Path | str, *, follow_links: bool = True) -> Read:
    """Read any bank file the app knows; BankError names the extensions it accepts otherwise.

    `follow_links=False` for a file found in a folder: a symlink there is refused, not followed."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise BankError.single(path, "file", f"unknown bank format {path.suffix or '(no extension)'!r}; "
                                             f"use one of {', '.join(READERS)}")
    return reader(path, follow_links)


def read_folder(folder: Path | str) -> list[Path]:
    """The bank files directly in a folder, sorted, so an import is repeatable; symlinks are listed
    (and refused when read with follow_links=False), so that they are reported, not skipped silently."""
    return sorted(p for p in Path(folder).iterdir() if is_bank_file(p) and (p.is_symlink() or p.is_file()))


def write_bank(loaded: LoadedBank, path: Path | str) -> list[str]:
    """Write in the format the extension names; return what the format could not hold."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise BankError.single(path, "--to", f"unknown export format {path.suffix or '(no extension)'!r}; "
                                             f"use one of {', '.join(WRITERS)}")
    if not path.parent.is_dir():
        raise BankError.single(path, "--to", f"the folder {path.parent} does not exist")
    return writer(loaded, path)
