"""The bundled banks on every start: installed when there is something to do, and otherwise left
alone without an install transaction (issue 18: the store opens fast at 1,000 banks)."""

from __future__ import annotations

import sqlite3

from studyapp.storage.bundled import install_bundled
from studyapp.storage.progress import open_progress
from tests.storage.conftest import make_variant


def test_a_start_with_the_bundled_bank_installed_waits_for_no_other_writer(dirs, now, mini_bank_path):
    """Nothing to install is decided from the rows: no write transaction is begun, so another
    writer's open transaction (a command line import, a sync) does not hold the start up."""
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:
        other = sqlite3.connect(dirs.database, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            assert install_bundled(progress, [mini_bank_path], now) == []
        finally:
            other.rollback()
            other.close()
        (bank,) = progress.banks()
        assert (bank.id, bank.version, bank.bundled) == ("mini", 1, True)


def test_a_missing_copy_of_an_installed_bundled_bank_is_put_back_on_start(dirs, now, mini_bank_path):
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:
        (bank,) = progress.banks()
    bank.stored_path.unlink()
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:
        assert progress.sync_problems == []
        (bank,) = progress.banks()
        assert bank.stored_path.is_file()
        assert progress.bank_shelf().header("mini").bank.id == "mini"


def test_a_newer_bundled_bank_updates_and_an_older_one_is_reported(dirs, now, mini_bank_path, tmp_path):
    newer = make_variant(mini_bank_path, tmp_path / "v2", 2)
    with open_progress(dirs, now, bundled=[mini_bank_path]):
        pass
    with open_progress(dirs, now, bundled=[newer]) as progress:
        assert progress.sync_problems == [] and [b.version for b in progress.banks()] == [2]
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:  # an app older than its folder
        assert len(progress.sync_problems) == 1 and "version 2" in progress.sync_problems[0]
        assert [b.version for b in progress.banks()] == [2]


def test_no_bundled_bank_leaves_the_library_as_it_is(dirs, now, mini_bank_path):
    with open_progress(dirs, now, bundled=[mini_bank_path]):
        pass
    with open_progress(dirs, now, bundled=[]) as progress:
        assert progress.sync_problems == [] and [b.id for b in progress.banks()] == ["mini"]
