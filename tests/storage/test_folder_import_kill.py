"""SIGKILL in the middle of folder imports: a folder is installed whole or not at all, and every
installed bank's copy is complete on disk (tests/storage/folder_kill_child.py does the imports)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress
from tests.helpers.zygote import Zygote as BaseZygote
from tests.storage.test_database_kill import Zygote as KillZygote, sound

HERE = Path(__file__).resolve().parent
FOLDERS, PER_FOLDER = 40, 12


class FolderZygote(KillZygote):
    def __init__(self, data_dir: Path, folders: Path):
        BaseZygote.__init__(self, HERE / "folder_kill_child.py", str(data_dir), str(folders), capture_stderr=False)


@pytest.fixture
def folders(tmp_path, mini_bank_path) -> Path:
    root = tmp_path / "folders"
    text = mini_bank_path.read_text(encoding="utf-8")
    for n in range(FOLDERS):
        folder = root / f"f{n}"
        shutil.copytree(mini_bank_path.parent / "sources", folder / "sources")
        for i in range(PER_FOLDER):
            bank = text.replace('id = "mini"', f'id = "fold-{n}-{i}"', 1).replace(
                'title = "A small bank for tests"', f'title = "Folder {n} bank {i}"', 1)
            (folder / f"b{i:02d}.toml").write_text(bank, encoding="utf-8")
    return root


@pytest.mark.slow
def test_kills_during_folder_imports(data_dir, folders, now):
    dirs = AppDirs.under(data_dir)
    rng = random.Random(18)
    zygote = FolderZygote(data_dir, folders)
    done = -1
    try:
        for run in range(10):
            # The first worker runs until its second folder, so there is always an import to check.
            printed = zygote.run_and_kill(run, None, "FOLDER 1") if run == 0 else zygote.run_and_kill(
                run, rng.uniform(0.05, 1.0))
            done = max([done, *(int(line.split()[1]) for line in printed if line.startswith("FOLDER "))])
            sound(dirs.database)
            progress = open_progress(dirs, now, bundled=[])
            try:
                installed = {b.id: b for b in progress.banks()}
                for n in range(FOLDERS):
                    mine = {f"fold-{n}-{i}" for i in range(PER_FOLDER)} & installed.keys()
                    assert len(mine) in (0, PER_FOLDER), f"folder {n} half installed: {sorted(mine)}"
                    assert n > done or len(mine) == PER_FOLDER, f"folder {n} was reported imported"
                for bank in installed.values():
                    assert bank.stored_path.is_file() and bank.questions == 8
                loaded, problems = progress.load_banks()
                assert problems == [] and set(loaded) == set(installed)
            finally:
                progress.close()
    finally:
        zygote.close()
    print(f"\nkills during folder imports: 10 kills, {done + 1} folders imported")
    assert done >= 1
