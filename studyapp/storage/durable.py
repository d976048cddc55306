"""Making a write survive a power cut: fsync a file, a folder's entries, or a whole staged tree.

The bank copies (`bank_copies`) and the backups (`backups`) both stage files, sync them, rename
them into place and sync the folder that holds the new name; these are the syncs they share.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """The folder's entries (a rename into it); a no-op on Windows, where NTFS journals renames and
    folders cannot be opened for fsync."""
    if os.name != "posix":
        return
    fsync_file(folder)


def fsync_tree(folder: Path) -> None:
    """Every file and folder below `folder`, deepest first, then `folder` itself."""
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_file():
            fsync_file(path)
        else:
            fsync_dir(path)
    fsync_dir(folder)
