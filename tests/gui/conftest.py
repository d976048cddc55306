"""GUI test fixtures: the mini bank loaded, and a data folder per test."""

from __future__ import annotations

import pytest

from studyapp.core.loader import load_bank


# The offscreen platform plugin warns on every top-level show(); it says nothing about the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def mini(mini_bank_path):
    return load_bank(mini_bank_path)


@pytest.fixture
def mini_q(mini):
    return mini.bank.question
