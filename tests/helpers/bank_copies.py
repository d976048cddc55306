"""Copies of mini.toml under other ids and titles, for a library of several banks."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_of_mini(mini: Path, folder: Path, bank_id: str, title: str) -> Path:
    """mini.toml as bank `bank_id` titled `title` in `folder` (with its article beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(mini.parent / "sources", folder / "sources", dirs_exist_ok=True)
    text = mini.read_text(encoding="utf-8")
    text = text.replace('id = "mini"', f'id = "{bank_id}"', 1).replace('title = "A small bank for tests"',
                                                                       f'title = "{title}"', 1)
    path = folder / f"{bank_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path
