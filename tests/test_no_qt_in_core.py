"""studyapp.core and studyapp.storage must never load PySide6: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import importlib, pkgutil, sys
import studyapp.core, studyapp.storage, studyapp.settings
names = []
for pkg in (studyapp.core, studyapp.storage):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(len(names), ",".join(names))
print("QT:" + ",".join(qt))
"""


def test_core_and_storage_import_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, check=True).stdout
    count_line, qt_line = out.strip().splitlines()[-2:]
    imported = count_line.split(" ", 1)[1].split(",")
    # Every module was imported, including the ones this test is most about.
    assert {"studyapp.core.session", "studyapp.core.scheduling", "studyapp.storage.progress",
            "studyapp.storage.database", "studyapp.storage.tables"} <= set(imported)
    assert qt_line == "QT:"
