"""Where a save dialog starts: the user's documents folder (QStandardPaths), never the folder the
app happened to be started from (a bare file name in QFileDialog is relative to that)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def in_documents(name: str) -> str:
    """`name` inside the documents folder (the home folder when the platform names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / name)
