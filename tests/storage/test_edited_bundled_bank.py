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


def test_a_newer_bundled_bank_imported_from_a_file_is_kept_silently_on_every_start(data_dir, tmp_path, capsys):
    """The class hub and `studyapp import` both install through `install_bank`: the copy they put
    in is the user's own, so later starts keep it without "a bundled bank was not loaded"."""
    import json
    import shutil

    from studyapp.cli import main
    from studyapp.paths import bundled_banks

    [geneva] = [p for p in bundled_banks() if p.stem == "geneva-talks-2022"]
    folder = tmp_path / "teacher"
    shutil.copytree(geneva.parent, folder)
    newer = folder / geneva.name
    bank = load_bank(newer)
    newer.write_text(newer.read_text(encoding="utf-8").replace(
        f"version = {bank.bank.bank.version}\n", f"version = {bank.bank.bank.version + 1}\n", 1), encoding="utf-8")
    cli = ["--data-dir", str(data_dir)]
    assert main([*cli, "banks"]) == 0  # first start: the bundled copy
    assert main([*cli, "import", str(newer)]) == 0
    capsys.readouterr()
    for _ in range(2):
        assert main([*cli, "banks", "--json"]) == 0
        out = capsys.readouterr()
        assert "not loaded" not in out.err and out.err == ""
        [row] = [b for b in json.loads(out.out) if b["id"] == bank.id]
        assert (row["version"], row["bundled"]) == (bank.bank.bank.version + 1, False)
