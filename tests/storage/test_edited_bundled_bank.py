"""A bundled bank the user changed (bank editor, a teacher's newer file) stays as they left it."""

from __future__ import annotations

from studyapp.core.loader import load_bank
from studyapp.exchange.toml_export import write_toml
from studyapp.storage.progress import open_progress


def test_a_newer_own_copy_of_a_bundled_bank_is_kept_without_a_problem(dirs, now, mini_bank_path, tmp_path):
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:
        loaded = load_bank(mini_bank_path)
        edited = loaded.bank.model_copy(update={"bank": loaded.bank.bank.model_copy(update={"version": 2})})
        path = tmp_path / "edited" / "mini.toml"
        path.parent.mkdir()
        write_toml(edited, path, loaded.article)
        assert progress.install_bank(load_bank(path), now).status == "updated"
    with open_progress(dirs, now, bundled=[mini_bank_path]) as progress:
        assert progress.sync_problems == []
        (bank,) = progress.banks()
        assert (bank.version, bank.bundled) == (2, False)
