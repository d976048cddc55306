"""The copy `Progress.banks()` points each bank at, for every form a stored path can take: decided
on the path's text where it is plain (issue 18: 1,000 banks each open), as pathlib decides it
otherwise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.core.loader import load_bank
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress


@pytest.fixture
def copy_here(dirs, mini_bank_path, now) -> Path:
    """The mini bank's copy in this data folder (after installing it)."""
    with open_progress(dirs, now, bundled=[]) as progress:
        progress.install_bank(load_bank(mini_bank_path), now)
        (bank,) = progress.banks()
    return bank.stored_path


def _stored(dirs: AppDirs, text: str, now) -> Path:
    conn = sqlite3.connect(dirs.database)
    with conn:
        conn.execute("UPDATE bank SET stored_path = ?", (text,))
    conn.close()
    with open_progress(dirs, now, bundled=[]) as progress:
        (bank,) = progress.banks()
        assert progress.banks()[0].stored_path == bank.stored_path  # the same when asked again
        return bank.stored_path


def test_each_form_of_a_stored_path_reads_the_copy_pathlib_finds(dirs, copy_here, now, tmp_path):
    inside = copy_here.relative_to(dirs.banks)  # <bank id>/<version>/<file>
    elsewhere = tmp_path / "old home" / "data" / "banks"
    cases = {
        str(copy_here): copy_here,  # where it is
        str(elsewhere / inside): copy_here,  # a moved folder: the copy under this banks/
        str(elsewhere / "banks" / inside): copy_here,  # the last "banks" part counts
        f"{elsewhere}/./{inside}": copy_here,  # forms pathlib reads as the same parts
        f"{elsewhere}//{inside}": copy_here,
        str(elsewhere / "gone" / "v9" / "mini.toml"): elsewhere / "gone" / "v9" / "mini.toml",  # no such copy here
        str(tmp_path / "teacher" / "mini.toml"): tmp_path / "teacher" / "mini.toml",  # kept outside any banks/
        str(elsewhere / ".." / "banks" / inside): copy_here,
    }
    for text, expected in cases.items():
        assert _stored(dirs, text, now) == expected, text
