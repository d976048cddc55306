"""Each question's sibling marks (`core.siblings.marks`), worked out once per installed bank version.

The library's "Left today" plans every bank on each refresh, and burying siblings needs the marks
of every question it looks at: at 1,000 banks that was ~24,000 questions built from their cache
lines and split into sentences on every refresh (most of its 4 s of CPU). The marks depend only on
the bank's content, so they are kept in `bank.marks.json` beside the stored copy, stamped with that
copy's name, size and mtime like the bank cache: a new version (a new copy) or an edit makes the
file stale and the marks are worked out again from the bank file. A `SiblingMarks` also keeps them
in memory between refreshes, checked against the same stamp.

Marks are kept as 64-bit BLAKE2b digests of the mark text: they are only ever compared for
equality, and a sentence's digest is a tenth of its size to read back (a collision between two of a
library's marks is about one chance in 10^7 even at a million of them).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from studyapp.core.records import CardKey
from studyapp.core.siblings import Marks, marks
from studyapp.storage.bank_shelf import BankShelf

MARKS_NAME = "bank.marks.json"
# Bump when `core.siblings.marks` changes what it returns: older files are then worked out again.
MARKS_FORMAT = 1

_Stamp = tuple[str, int, int]


def digest(mark_texts: Iterable[str]) -> Marks:
    return frozenset(hashlib.blake2b(m.encode("utf-8"), digest_size=8).hexdigest() for m in mark_texts)


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (path.name, st.st_size, st.st_mtime_ns)


def _read(folder: Path, stamp: _Stamp) -> dict[str, Marks | list[str]] | None:
    """The kept marks as read (lists, made frozensets as each question is asked about: a plan looks
    at about a quarter of a bank's questions)."""
    try:
        head = json.loads((folder / MARKS_NAME).read_bytes())
        if (head.get("format") != MARKS_FORMAT or head.get("file") != stamp[0] or head.get("size") != stamp[1]
                or head.get("mtime_ns") != stamp[2]):
            return None
        table = head["marks"]
        return table if isinstance(table, dict) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing, damaged or stale: worked out again


def _write(folder: Path, stamp: _Stamp, table: dict[str, Marks]) -> None:
    """Not synced: a file a power cut leaves damaged is read as missing and written again."""
    body = {"format": MARKS_FORMAT, "file": stamp[0], "size": stamp[1], "mtime_ns": stamp[2],
            "marks": {qid: sorted(m) for qid, m in table.items()}}
    staged = folder / f"{MARKS_NAME}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        staged.write_text(json.dumps(body, separators=(",", ":")), encoding="utf-8")
        os.replace(staged, folder / MARKS_NAME)
    except OSError:
        staged.unlink(missing_ok=True)


class SiblingMarks:
    """Marks by question for day plans over a `BankShelf`, kept across refreshes (see the module)."""

    def __init__(self) -> None:
        self._banks: dict[str, tuple[_Stamp | None, dict[str, Marks | list[str]]]] = {}

    def reader(self, shelf: BankShelf) -> Callable[[CardKey], Marks]:
        """`marks_of` for `plan_day` over this shelf: each bank's stamp checked once per reader."""
        tables: dict[str, dict[str, Marks | list[str]]] = {}

        def marks_of(key: CardKey) -> Marks:
            table = tables.get(key.bank_id)
            if table is None:
                table = tables[key.bank_id] = self._table(shelf, key.bank_id)
            found = table.get(key.question_id)
            if isinstance(found, frozenset):
                return found
            if isinstance(found, list):
                found = table[key.question_id] = frozenset(m for m in found if isinstance(m, str))
            else:  # a bank kept outside the data folder, or a question not in the file
                found = table[key.question_id] = digest(marks(shelf.question(key)))
            return found

        return marks_of

    def _table(self, shelf: BankShelf, bank_id: str) -> dict[str, Marks | list[str]]:
        path = shelf.stored_path(bank_id)
        stamp = _stamp(path) if path is not None else None
        kept = self._banks.get(bank_id)
        if kept is not None and stamp is not None and kept[0] == stamp:
            return kept[1]
        table: dict[str, Marks | list[str]] = (_read(path.parent, stamp) or {}) if stamp is not None else {}
        if not table and stamp is not None and shelf.keeps_caches(bank_id):
            # Parsed from the bank file and not kept on the shelf: the shelf would otherwise hold a
            # model of every question of every bank for as long as the library shows it.
            loaded = shelf.loaded(bank_id)
            if loaded is not None and _stamp(path) == stamp:
                table = {q.id: digest(marks(q)) for q in loaded.bank.questions}
                _write(path.parent, stamp, table)
        self._banks[bank_id] = (stamp, table)
        return table


__all__ = ["MARKS_FORMAT", "MARKS_NAME", "SiblingMarks", "digest"]
