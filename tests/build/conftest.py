"""build/ is not a package (PyInstaller runs the spec as a script); load its modules by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO

BUILD = REPO / "build"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def trim() -> ModuleType:
    return _load("studyapp_build_trim", BUILD / "trim.py")


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return _load("studyapp_build_script", BUILD / "build.py")


@pytest.fixture(scope="session")
def icu_data() -> ModuleType:
    return _load("studyapp_build_icu_data", BUILD / "icu_data.py")
