"""What the packaged app leaves out (build/trim.py), on bundle paths as PyInstaller names them."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

KEPT = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libQt6Test.so.6",
    "libQt6Core.so.6",  # PyInstaller's top-level symlink to a kept library
    "PySide6/Qt/lib/libicudata.so.73",  # QtCore needs ICU
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # selftest
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/QtWidgets.abi3.so",
    "libpython3.11.so.1.0",
    "pydantic_core/_pydantic_core.cpython-311-x86_64-linux-gnu.so",
    "questions/geneva-talks-2022.toml",
    "assets/icon-256.png",
]
DROPPED = [
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "libQt6Svg.so.6",  # its top-level symlink goes too
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/qml/QtQuick/qmldir",
    "PySide6/libpyside6qml.abi3.so.6.12",
]


@pytest.mark.parametrize("dest", KEPT)
def test_kept(trim, dest):
    assert trim.keep(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_dropped(trim, dest):
    assert not trim.keep(dest)


def test_windows_separators_are_understood(trim):
    assert not trim.keep("PySide6\\Qt\\translations\\qtbase_fr.qm")
    assert trim.keep("PySide6\\Qt\\plugins\\platforms\\libqxcb.so")


def test_a_new_qt_module_fails_the_build_with_what_to_do(trim):
    trim.check_qt_modules(["PySide6/QtCore.abi3.so", "PySide6/QtWidgets.abi3.so", "libQt6Svg.so.6"])
    with pytest.raises(SystemExit, match=r"PySide6\.QtSvg.*QT_MODULES_USED"):
        trim.check_qt_modules(["PySide6/QtCore.abi3.so", "PySide6/QtSvg.abi3.so"])


def test_every_kept_qt_module_keeps_its_library(trim):
    for module in trim.QT_MODULES_USED:
        assert trim.keep(f"PySide6/Qt/lib/libQt6{module.removeprefix('Qt')}.so.6"), module


PYPROJECT = {
    "project": {
        "name": "studyapp",
        "dependencies": ["PySide6-Essentials>=6.12,<6.13", "pydantic>=2.14", "rapidfuzz>=3.14"],
        "optional-dependencies": {
            "generate": ["spaCy>=3.8", "typing_extensions>=4"],
            "test": ["pytest>=9", "rich>=13", "studyapp[generate]"],
        },
    }
}
MODULE_DISTS = {
    "spacy": ["spacy"],
    "thinc": ["thinc"],
    "pytest": ["pytest"],
    "_pytest": ["pytest"],
    "typing_extensions": ["typing_extensions"],
    "pydantic": ["pydantic"],
    "rich": ["rich"],
    "PySide6": ["PySide6_Essentials"],
    "fsrs": ["fsrs"],
    "studyapp": ["studyapp"],
}
REQUIRES = {
    "pydantic": ["typing-extensions>=4.6", "email-validator>=2; extra == 'email'"],
    "pyside6-essentials": ["shiboken6==6.12.0"],
    "rapidfuzz": ["rich>=13"],  # pretend: a core dependency needs rich at runtime
}


def test_extras_only_modules_are_excluded_and_core_needs_are_not(trim):
    excluded = trim.excluded_modules(PYPROJECT, MODULE_DISTS, lambda d: REQUIRES.get(d, []))
    assert {"spacy", "pytest", "_pytest", "tkinter", "fsrs.optimizer"} <= set(excluded)
    # typing_extensions is in an extra but pydantic needs it; rich is on the fixed list but a
    # core dependency needs it; dotted cuts inside needed packages stay.
    assert "typing_extensions" not in excluded
    assert "rich" not in excluded
    assert "pydantic" not in excluded and "PySide6" not in excluded
    assert "studyapp" not in excluded  # an extra that names the project itself


def test_runtime_closure_follows_requirements_but_not_extras(trim):
    closure = trim.runtime_closure(["Pydantic>=2"], lambda d: REQUIRES.get(d, []))
    assert closure == {"pydantic", "typing-extensions"}


def test_libraries_only_dropped_plugins_needed_are_orphaned(trim):
    imports = {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so": {"libgtk-3.so.0", "libcairo.so.2", "libglib-2.0.so.0"},
        "PySide6/Qt/lib/libQt6Gui.so.6": {"libglib-2.0.so.0", "libfreetype.so.6"},
        "libcairo.so.2": {"libpng16.so.16"},
        "libglib-2.0.so.0": set(),
        "libfreetype.so.6": {"libpng16.so.16"},
        "libpng16.so.16": set(),
        "libdlopened.so.1": set(),
    }
    kept = ["PySide6/Qt/lib/libQt6Gui.so.6", "libcairo.so.2", "libglib-2.0.so.0", "libfreetype.so.6",
            "libpng16.so.16", "libdlopened.so.1"]
    orphans = trim.orphaned_libraries(kept, ["PySide6/Qt/plugins/platformthemes/libqgtk3.so"], imports.__getitem__)
    assert orphans == {"libcairo.so.2"}


@pytest.mark.parametrize(
    ("rel", "ships"),
    [
        ("geneva-talks-2022.toml", True),
        ("sources/geneva-2022.txt", True),
        ("README.md", True),
        ("icon-256.png", True),
        ("studyapp.desktop", True),
        ("__init__.py", False),
        ("make_icon.py", False),
        ("__pycache__/x.cpython-311.pyc", False),
    ],
)
def test_bundled_data_files(trim, rel, ships):
    assert trim.keep_bundled_file(PurePosixPath(rel)) is ships


SOURCE = '''
import os
import numpy as np
from PySide6.QtNetwork import QLocalServer
from PySide6 import QtCore
from . import sibling
try:
    import spacy
except ImportError:
    spacy = None


def lazy():
    import trafilatura
'''


def test_unguarded_module_level_imports_of_excluded_modules_are_found(trim):
    found = trim.unguarded_imports(SOURCE, ["numpy", "PySide6.QtNetwork", "spacy", "trafilatura", "sibling"])
    assert found == [(3, "numpy"), (4, "PySide6.QtNetwork")]
    assert trim.unguarded_imports("from PySide6 import QtNetwork\n", ["PySide6.QtNetwork"]) == [
        (1, "PySide6.QtNetwork")
    ]


def test_the_build_stops_on_an_app_module_importing_an_excluded_one(trim, tmp_path):
    package = tmp_path / "studyapp"
    (package / "gui").mkdir(parents=True)
    (package / "gui" / "ok.py").write_text("import os\n", encoding="utf-8")
    trim.check_app_imports(package, ["numpy"])
    (package / "gui" / "bad.py").write_text("\nimport numpy\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"studyapp/gui/bad\.py:2: imports numpy"):
        trim.check_app_imports(package, ["numpy"])


def test_the_real_app_imports_nothing_the_build_leaves_out(trim):
    from tests.conftest import REPO

    trim.check_app_imports(REPO / "studyapp", trim.EXCLUDED_MODULES)
