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
# 2: a first line with the marks shared within the bank (format 1 files are read and written again).
MARKS_FORMAT = 2

_Stamp = tuple[str, int, int]


def digest(mark_texts: Iterable[str]) -> Marks:
    return frozenset(hashlib.blake2b(m.encode("utf-8"), digest_size=8).hexdigest() for m in mark_texts)


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (path.name, st.st_size, st.st_mtime_ns)


def shared_within(table: dict[str, Marks | list[str]]) -> dict[str, Marks]:
    """Each question's marks that another question of the same table (one bank) also has; questions
    with none left out. Planning one bank, no other mark can meet another question's marks."""
    seen: dict[str, int] = {}
    for found in table.values():
        for m in set(found):
            seen[m] = seen.get(m, 0) + 1
    out = {}
    for qid, found in table.items():
        both = frozenset(m for m in found if seen[m] > 1)
        if both:
            out[qid] = both
    return out


def _read(folder: Path, stamp: _Stamp, whole: bool = True) -> tuple[dict[str, Marks], dict | None] | None:
    """(shared, all) as kept: `shared` (`shared_within`) from the file's first line, `all` (every
    question's marks as read: lists, made frozensets as each question is asked about) from its second
    when `whole`, else None. A file of the first format (one line, every mark) is read whole and its
    shared marks worked out from it."""
    try:
        with open(folder / MARKS_NAME, "rb") as f:
            head = json.loads(f.readline())
            fmt = head.get("format")
            if (fmt not in (1, MARKS_FORMAT) or head.get("file") != stamp[0] or head.get("size") != stamp[1]
                    or head.get("mtime_ns") != stamp[2]):
                return None
            if fmt == 1:
                table = head["marks"]
                if not isinstance(table, dict):
                    return None
                return shared_within(table), table
            shared = head["shared"]
            if not isinstance(shared, dict):
                return None
            shared = {qid: frozenset(m) for qid, m in shared.items() if isinstance(m, list)}
            if not whole:
                return shared, None
            table = json.loads(f.readline())["marks"]
            return (shared, table) if isinstance(table, dict) else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # missing, damaged or stale: worked out again


def _write(folder: Path, stamp: _Stamp, table: dict[str, Marks | list[str]]) -> None:
    """Two lines: the stamp and the shared marks (all the library reads on opening), then every
    question's marks. Not synced: a file a power cut leaves damaged is read as missing and written again."""
    shared = shared_within(table)
    head = {"format": MARKS_FORMAT, "file": stamp[0], "size": stamp[1], "mtime_ns": stamp[2],
            "shared": {qid: sorted(m) for qid, m in shared.items()}}
    body = {"marks": {qid: sorted(m) for qid, m in table.items()}}
    staged = folder / f"{MARKS_NAME}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        staged.write_text(json.dumps(head, separators=(",", ":")) + "\n" + json.dumps(body, separators=(",", ":")),
                          encoding="utf-8")
        os.replace(staged, folder / MARKS_NAME)
    except OSError:
        staged.unlink(missing_ok=True)


class SiblingMarks:
    """Marks by question for day plans over a `BankShelf`, kept across refreshes (see the module)."""

    def __init__(self) -> None:
        self._banks: dict[str, tuple[_Stamp | None, dict[str, Marks | list[str]]]] = {}
        self._shared: dict[str, tuple[_Stamp, dict[str, Marks]]] = {}

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

    def shared_reader(self, shelf: BankShelf) -> Callable[[CardKey], Marks]:
        """`marks_of` for planning one bank at a time (the library's counts): only the marks a question
        shares with another of its bank (`shared_within`), read from the first line of the kept file.
        A bank whose marks are not kept (stored outside the data folder) gets every mark, from `reader`."""
        every = self.reader(shelf)
        tables: dict[str, dict[str, Marks] | None] = {}
        none: Marks = frozenset()

        def marks_of(key: CardKey) -> Marks:
            if key.bank_id in tables:
                table = tables[key.bank_id]
            else:
                table = tables[key.bank_id] = self._shared_table(shelf, key.bank_id)
            return every(key) if table is None else table.get(key.question_id, none)

        return marks_of

    def bank_reader(self, shelf: BankShelf, bank_id: str) -> Callable[[str], Marks]:
        """`shared_reader` for one bank, by question id: the library counts bank by bank, and a key
        object per question asked about was a fifth of its counting."""
        reader = self.bank_reader_if_any(shelf, bank_id)
        if reader is None:
            none: Marks = frozenset()
            return lambda qid: none
        return reader

    def bank_reader_if_any(self, shelf: BankShelf, bank_id: str) -> Callable[[str], Marks] | None:
        """`bank_reader`, or None when no question of the bank shares a mark with another: then no
        question can bury another, and the library counts the bank's unseen questions in any order
        (`PlanReads.days(any_order=...)`, `count_day(..., marks_of=None)`)."""
        table = self._shared_table(shelf, bank_id)
        if table is not None and not table:
            return None
        if table is None:
            every = self.reader(shelf)
            return lambda qid: every(CardKey(bank_id, qid))
        none: Marks = frozenset()
        return lambda qid: table.get(qid, none)

    def _shared_table(self, shelf: BankShelf, bank_id: str) -> dict[str, Marks] | None:
        path = shelf.stored_path(bank_id)
        stamp = _stamp(path) if path is not None else None
        if stamp is None:
            return None
        kept = self._shared.get(bank_id)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        found = _read(path.parent, stamp, whole=False)
        if found is None:
            self._table(shelf, bank_id)  # worked out (and written) from the bank file, when it can be
            found = _read(path.parent, stamp, whole=False)
            if found is None:
                return None
            # In the file now: every question's marks are not kept in memory for the library's counts
            # (~11 MiB at 1,000 banks, for the life of the window, after a first refresh that wrote them).
            self._banks.pop(bank_id, None)
        elif found[1] is not None:  # the first format: written again in this one
            _write(path.parent, stamp, found[1])
        self._shared[bank_id] = (stamp, found[0])
        return found[0]

    def _table(self, shelf: BankShelf, bank_id: str) -> dict[str, Marks | list[str]]:
        path = shelf.stored_path(bank_id)
        stamp = _stamp(path) if path is not None else None
        kept = self._banks.get(bank_id)
        if kept is not None and stamp is not None and kept[0] == stamp:
            return kept[1]
        read = _read(path.parent, stamp) if stamp is not None else None
        table: dict[str, Marks | list[str]] = read[1] if read is not None and read[1] is not None else {}
        if not table and stamp is not None and shelf.keeps_caches(bank_id):
            # Parsed from the bank file and not kept on the shelf: the shelf would otherwise hold a
            # model of every question of every bank for as long as the library shows it.
            loaded = shelf.loaded(bank_id)
            if loaded is not None and _stamp(path) == stamp:
                table = {q.id: digest(marks(q)) for q in loaded.bank.questions}
                _write(path.parent, stamp, table)
        self._banks[bank_id] = (stamp, table)
        return table


__all__ = ["MARKS_FORMAT", "MARKS_NAME", "SiblingMarks", "digest", "shared_within"]
