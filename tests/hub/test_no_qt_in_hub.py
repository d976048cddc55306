"""studyapp.hub and `studyapp class` (all but the PDF report) never load Qt: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib, pkgutil, sys
import studyapp.hub
names = [info.name for info in pkgutil.walk_packages(studyapp.hub.__path__, "studyapp.hub.")]
for name in names:
    importlib.import_module(name)
importlib.import_module("studyapp.commands.class_")
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(names))
print("QT:" + ",".join(qt))
"""


def test_the_hub_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, check=True).stdout
    names, qt = out.strip().splitlines()[-2:]
    assert {"studyapp.hub.sync", "studyapp.hub.report", "studyapp.hub.teacher", "studyapp.hub.local"} <= \
        set(names.split(","))
    assert qt == "QT:"
