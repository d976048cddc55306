"""Shared test setup: headless Qt, a fresh data folder per test, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.helpers.markers import marks_for

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
GENEVA = REPO / "questions" / "geneva-talks-2022.toml"
MINI = DATA / "banks" / "mini.toml"


def pytest_addoption(parser):
    parser.addoption("--onscreen", action="store_true", help="show windows instead of rendering offscreen")


def pytest_configure(config):
    if config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("STUDYAPP_TEST_PLATFORM", "xcb")


def pytest_collection_modifyitems(items):
    """`gui` and `integration` by folder and by what the module uses (tests/helpers/markers.py)."""
    root = Path(__file__).resolve().parent
    for item in items:
        for name in marks_for(Path(str(item.path)), root, getattr(item, "module", None)):
            item.add_marker(name)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def now() -> datetime:
    """A fixed clock: Friday 21 January 2022, noon UTC, the day of the Geneva talks."""
    return datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def mini_bank_path() -> Path:
    return MINI


@pytest.fixture
def geneva_bank_path() -> Path:
    return GENEVA
