"""SIGKILL in the middle of imports, backups and migrations: afterwards the database passes
integrity_check and holds everything the killed process had reported done.

(Answers alone are covered by tests/storage/test_crash_safety.py.) Each test runs a zygote that
forks a worker per run (tests/storage/kill_child.py) and kills it at a random moment.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from studyapp.paths import AppDirs
from studyapp.storage.backups import backup_problems, check_file, list_backups, prune
from studyapp.storage.database import MIGRATIONS, make_engine, migrate
from studyapp.storage.progress import open_progress
from tests.storage.conftest import make_variant
from tests.helpers.sqlite_files import review_ids
from tests.helpers.zygote import Zygote as BaseZygote

HERE = Path(__file__).resolve().parent


class Zygote(BaseZygote):
    def __init__(self, mode: str, data_dir: Path, variants: Path):
        super().__init__(HERE / "kill_child.py", mode, str(data_dir), str(variants), capture_stderr=False)

    def run_and_kill(self, seed: int, delay: float | None, wait_for: str = "") -> list[str]:
        """Start a worker, SIGKILL it `delay` seconds after it was forked (None: once it printed a
        line starting with `wait_for`); every line it printed. `self.elapsed` is the time from fork to kill."""
        self.run(seed)
        pid = next(int(line.split()[1]) for line in self.lines(None) if line.startswith("PID "))
        start = time.monotonic()
        if delay is None:
            printed = []
            for line in self.lines(None):
                printed.append(line)
                if line.startswith(wait_for):
                    break
        else:
            printed = list(self.lines(start + delay))
        self.elapsed = time.monotonic() - start
        os.kill(pid, signal.SIGKILL)
        for line in self.lines(None):
            if line.startswith("EXIT "):
                status = int(line.split()[2])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line
                return printed
            printed.append(line)
        raise AssertionError("no EXIT line")


def sound(database: Path) -> None:
    assert check_file(database, full=True) == [], "the database failed integrity_check after a kill"


@pytest.fixture
def variants(tmp_path, mini_bank_path) -> Path:
    folder = tmp_path / "variants"
    shutil.copytree(mini_bank_path.parent / "sources", folder / "v1" / "sources")
    shutil.copy(mini_bank_path, folder / "v1" / "mini.toml")
    for v in range(2, 60):
        make_variant(mini_bank_path, folder / f"v{v}", v, drop=("q-flash",) if v % 2 else ())
    return folder


@pytest.mark.slow
def test_kills_during_imports(data_dir, variants, now):
    dirs = AppDirs.under(data_dir)
    rng = random.Random(8)
    zygote = Zygote("import", data_dir, variants)
    recorded: set[int] = set()
    imported = 0
    try:
        for run in range(14):
            # The first worker runs until its third import, so the checks below always have imports
            # and answers to look at, however loaded the machine is; the others die at random moments.
            delay = rng.uniform(0.05, 0.5)
            for line in (zygote.run_and_kill(run, None, "IMPORTED 3") if run == 0 else zygote.run_and_kill(run, delay)):
                kind, value = line.split()
                if kind == "RECORDED":
                    recorded.add(int(value))
                else:
                    imported = max(imported, int(value))
            sound(dirs.database)
            assert recorded <= review_ids(dirs.database)
            progress = open_progress(dirs, now, bundled=[])
            try:
                [bank] = [b for b in progress.banks() if b.id == "mini"] or [None]
                assert bank is None or bank.version >= imported
                if bank is not None:
                    # The question table is all of one version: never half an import.
                    live = {k.question_id for k in progress.questions(["mini"])}
                    assert ("q-flash" in live) == (bank.version % 2 == 0 or bank.version == 1)
            finally:
                progress.close()
    finally:
        zygote.close()
    print(f"\nkills during imports: 14 kills, {imported} versions imported, {len(recorded)} answers kept")
    assert imported >= 3 and recorded


@pytest.mark.slow
def test_kills_during_backups(data_dir, variants, now):
    dirs = AppDirs.under(data_dir)
    rng = random.Random(9)
    zygote = Zygote("backup", data_dir, variants)
    recorded: set[int] = set()
    reported: dict[Path, int] = {}
    try:
        for run in range(12):
            # The first worker runs until it has reported a backup (see the imports test for why).
            delay = rng.uniform(0.05, 0.6)
            for line in (zygote.run_and_kill(run, None, "BACKUP ") if run == 0 else zygote.run_and_kill(run, delay)):
                kind, *rest = line.split()
                if kind == "RECORDED":
                    recorded.add(int(rest[0]))
                else:
                    reported[Path(rest[0])] = int(rest[1])
            sound(dirs.database)
            assert recorded <= review_ids(dirs.database)
            # Every backup reported done is sound and has every answer committed before it; a copy cut
            # short is never listed as a backup.
            listed = {b.path for b in list_backups(dirs.backups)}
            assert set(reported) <= listed
            for path in listed:
                sound(path)
            for path, count in reported.items():
                assert len(review_ids(path)) >= count
    finally:
        zygote.close()
    prune(dirs.backups, now)
    assert not list(dirs.backups.glob("*.partial"))
    print(f"\nkills during backups: 12 kills, {len(reported)} backups reported, all sound")
    assert reported and recorded


def _v1_template(path: Path, now) -> set[int]:
    """A schema-v1 progress file (written with v1's frozen SQL, so later schema changes do not touch
    it) with a bank and 8,000 reviews, so migrating and its backup take a while to kill into."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate(engine, 0, MIGRATIONS[:1])
    engine.dispose()
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO bank VALUES ('mini', 1, 'Mini', 'mini.toml', 'mini.toml', 0, 0, ?, ?)",
                     (stamp, stamp))
        for i in range(1, 9):
            conn.execute("INSERT INTO question VALUES (?, 'mini', ?, 'flash', 'context', ?, 'h', 0, 0)",
                         (i, f"q{i}", i))
            conn.execute("INSERT INTO card VALUES (?, 'mini', 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0)", (i,))
        conn.executemany(
            "INSERT INTO review (question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms, "
            "stage_before, state_before, state_after) VALUES (?, 'mini', ?, 3, 1, 1.0, ?, 1000, 0, '{}', '{}')",
            [(1 + i % 8, stamp, "x" * 200) for i in range(8000)])
    conn.close()
    return review_ids(path)


@pytest.mark.slow
def test_kills_during_migrations(data_dir, tmp_path, mini_bank_path, variants, now):
    dirs = AppDirs.under(data_dir)
    template = tmp_path / "template" / "progress.sqlite3"
    expected = _v1_template(template, now)
    rng = random.Random(10)
    zygote = Zygote("migrate", data_dir, variants)
    migrated = interrupted = 0
    try:
        took = None
        for run in range(12):
            if not dirs.database.exists() or _user_version(dirs.database) == MIGRATIONS[-1].version:
                for side in ("-wal", "-shm"):
                    Path(str(dirs.database) + side).unlink(missing_ok=True)
                shutil.copy(template, dirs.database)
            if took is None:  # the first run is timed, so the kills fit this machine's speed
                printed = zygote.run_and_kill(run, None, "MIGRATED")
                took = zygote.elapsed
            else:
                # The second kill lands at once, so the interrupted case is always exercised however
                # loaded the machine is; the others fall anywhere in the migration's time.
                printed = zygote.run_and_kill(run, 0.0 if run == 1 else rng.uniform(0.0, 1.3 * took))
            migrated += printed == ["MIGRATED"]
            version = _user_version(dirs.database)
            interrupted += version < MIGRATIONS[-1].version and not printed
            sound(dirs.database)
            assert 1 <= version <= MIGRATIONS[-1].version  # each rung commits with its own version bump
            if printed == ["MIGRATED"]:
                assert version == MIGRATIONS[-1].version
            assert review_ids(dirs.database) == expected
            for info in list_backups(dirs.backups):
                if backup_problems(info.path) == []:  # a copy cut short is never offered
                    assert review_ids(info.path) == expected
    finally:
        zygote.close()
    # Whatever state the kills left, the app opens and finishes the upgrade with everything kept.
    progress = open_progress(dirs, now, bundled=[])
    try:
        assert progress.review_count() == len(expected)
    finally:
        progress.close()
    print(f"\nkills during migrations: 12 kills, {migrated} finished, {interrupted} before the upgrade")
    assert migrated >= 1 and interrupted >= 1


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
