"""A data folder moved or copied to another place (a new computer, a renamed home folder) keeps its
imported banks: the database holds absolute paths of the bank copies, which point at the old place."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from studyapp.core.loader import load_bank
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress


def _install_mini(root: Path, mini_bank_path: Path, now: datetime) -> list[str]:
    progress = open_progress(AppDirs.under(root), now, bundled=[])
    try:
        progress.install_bank(load_bank(mini_bank_path), now)
        return [q.id for q in load_bank(mini_bank_path).bank.questions]
    finally:
        progress.close()


def test_a_moved_folder_reads_its_banks_from_where_it_is_now(tmp_path, mini_bank_path, now):
    ids = _install_mini(tmp_path / "old", mini_bank_path, now)
    shutil.move(tmp_path / "old", tmp_path / "new")
    progress = open_progress(AppDirs.under(tmp_path / "new"), now, bundled=[])
    try:
        (mini,) = progress.banks()
        assert mini.stored_path.is_file() and mini.stored_path.is_relative_to(tmp_path / "new")
        shelf = progress.bank_shelf()
        assert shelf.question_ids("mini") == ids
        assert [q.id for q in shelf.loaded("mini").bank.questions] == ids
        assert not shelf.problems
    finally:
        progress.close()


def test_a_copied_folder_reads_its_own_copies_not_the_originals(tmp_path, mini_bank_path, now):
    _install_mini(tmp_path / "original", mini_bank_path, now)
    shutil.copytree(tmp_path / "original", tmp_path / "copy")
    progress = open_progress(AppDirs.under(tmp_path / "copy"), now, bundled=[])
    try:
        (mini,) = progress.banks()
        assert mini.stored_path.is_relative_to(tmp_path / "copy")
    finally:
        progress.close()
    shutil.rmtree(tmp_path / "original")
    progress = open_progress(AppDirs.under(tmp_path / "copy"), now, bundled=[])
    try:
        assert progress.bank_shelf().loaded("mini") is not None
    finally:
        progress.close()
