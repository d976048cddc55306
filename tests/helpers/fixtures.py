"""Fixtures used in several test folders; a folder's conftest imports the ones its tests need.

`mini_progress` and `studied` are named apart from tests/storage's `progress` (an empty store)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Rating
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress
from tests.helpers.reviews import answer


@pytest.fixture
def dirs(data_dir: Path) -> AppDirs:
    return AppDirs.under(data_dir)


@pytest.fixture
def mini_progress(dirs: AppDirs, now: datetime, mini_bank_path: Path):
    """A progress store with mini.toml installed and nothing answered; closed after the test."""
    p = open_progress(dirs, now, bundled=[])
    p.install_bank(load_bank(mini_bank_path), now)
    yield p
    p.close()


@pytest.fixture
def studied(dirs: AppDirs, mini_bank_path: Path, now: datetime):
    """A progress store with mini.toml installed and three answers committed; closed after the test."""
    progress = open_progress(dirs, now, bundled=[])
    progress.install_bank(load_bank(mini_bank_path), now)
    for i, qid in enumerate(("q-quote", "q-choice", "q-tf")):
        answer(progress, qid, Rating.GOOD, now + timedelta(minutes=i))
    yield progress
    progress.close()
