"""Importing the storage layer off the GUI thread without keeping PySide6's copy of its source.

PySide6's import hook reads the whole source of every module imported after PySide6 into `linecache`
(`inspect.getsource`, to look for `from __feature__ import ...`) and leaves it there: ~280,000 lines,
~18 MiB, for SQLAlchemy, SQLModel and the storage layer. The window imports the storage layer once it
is on screen; dropping those lines right after, before the library's reads, lets the library reuse
that memory (dropped only later, the process's peak held both). A traceback reads its lines again.
"""

from __future__ import annotations

import linecache


def load_storage_layer() -> None:
    """Import the storage layer, then drop the source lines read while importing it (run it off the GUI thread)."""
    import studyapp.storage.progress  # noqa: F401 - the import is the point

    linecache.clearcache()
