"""Reading and damaging a progress database file directly, past the store, as a disk or another program could."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def readable(path: Path) -> Iterator[Path]:
    """A plain database file for `path`: itself, or a compressed backup decompressed for the block."""
    from studyapp.storage.backups import decompressed, is_compressed

    if not is_compressed(path):
        yield path
        return
    with decompressed(path) as plain:
        yield plain


def review_ids(database: Path) -> set[int]:
    with readable(database) as plain:
        conn = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {r[0] for r in conn.execute("SELECT id FROM review")}
        finally:
            conn.close()


def damage_page(database: Path, page: int = 2, page_size: int = 4096) -> None:
    """Overwrite one whole b-tree page with garbage, as a failing disk or a stray write would."""
    with open(database, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
