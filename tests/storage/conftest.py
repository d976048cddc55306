"""Storage fixtures: a real progress database in a fresh data folder, and bank variants."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.paths import AppDirs
from studyapp.storage.progress import Progress, open_progress
from tests.helpers.fixtures import studied  # noqa: F401  (mini.toml installed, three answers committed)


@pytest.fixture
def dirs(data_dir: Path) -> AppDirs:
    return AppDirs.under(data_dir)


@pytest.fixture
def progress(dirs: AppDirs, now: datetime):
    p = open_progress(dirs, now, bundled=[])
    yield p
    p.close()


@pytest.fixture
def mini_installed(progress: Progress, mini_bank_path: Path, now: datetime) -> Progress:
    progress.install_bank(load_bank(mini_bank_path), now)
    return progress


def make_variant(mini_bank_path: Path, folder: Path, version: int, replace: dict[str, str] | None = None,
                 drop: tuple[str, ...] = ()) -> Path:
    """A copy of mini.toml (with its article) at another version, with text replaced and questions dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(mini_bank_path.parent / "sources", folder / "sources", dirs_exist_ok=True)
    text = mini_bank_path.read_text(encoding="utf-8").replace("version = 1", f"version = {version}", 1)
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    if drop:
        blocks = text.split("[[questions]]")
        text = blocks[0] + "".join("[[questions]]" + b for b in blocks[1:]
                                   if not any(f'id = "{qid}"' in b for qid in drop))
    path = folder / "mini.toml"
    path.write_text(text, encoding="utf-8")
    return path
