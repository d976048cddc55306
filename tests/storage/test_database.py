"""Opening the database: pragmas, the migration ladder from a saved v1 file, backups, refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import SQLModel

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Stage
from studyapp.errors import DatabaseCorruptError, DatabaseTooNewError, StorageError
from studyapp.storage import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from studyapp.storage.database import (
    MIGRATIONS, SCHEMA_VERSION, Migration, MigrationError, integrity_check, open_database, user_version,
)
from studyapp.storage.progress import Progress
from tests.helpers.sqlite_files import readable

DATA = Path(__file__).resolve().parent.parent / "data"
V1 = DATA / "schema-v1.sqlite3"
SAVED = {1: V1, 2: DATA / "schema-v2.sqlite3", 3: DATA / "schema-v3.sqlite3",
         4: DATA / "schema-v4.sqlite3", 5: DATA / "schema-v5.sqlite3",
         6: DATA / "schema-v6.sqlite3"}  # a saved database of every released schema
ANSWERS = {v: ["Alice Smith", "Antony Blinken"] for v in (4, 5, 6)}  # q-quote answered twice


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    target = tmp_path / "data" / "progress.sqlite3"
    target.parent.mkdir()
    shutil.copy(V1, target)
    return target


def test_every_connection_has_the_pragmas(dirs, now):
    engine = open_database(dirs.database, dirs.backups, now)
    try:
        with engine.connect() as conn:
            got = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                   for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
        assert got == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10000}
        assert user_version(engine) == SCHEMA_VERSION
        assert not dirs.backups.exists()  # nothing to back up in a fresh file
    finally:
        engine.dispose()


def test_the_ladder_builds_what_the_tables_describe(dirs, now):
    """The frozen migration SQL and the SQLModel classes must agree column for column."""
    engine = open_database(dirs.database, dirs.backups, now)
    try:
        insp = inspect(engine)
        assert set(insp.get_table_names()) == set(SQLModel.metadata.tables)
        for name, table in SQLModel.metadata.tables.items():
            db_cols = {c["name"]: c["nullable"] for c in insp.get_columns(name)}
            model_cols = {c.name: c.nullable for c in table.columns}
            assert db_cols == model_cols, name
            assert {i["name"] for i in insp.get_indexes(name)} == {i.name for i in table.indexes}, name
    finally:
        engine.dispose()


def test_every_older_schema_has_a_saved_database():
    assert set(SAVED) == set(range(1, SCHEMA_VERSION))
    for version, path in SAVED.items():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert db.execute("PRAGMA user_version").fetchone()[0] == version
            assert db.execute("SELECT count(*) FROM review").fetchone()[0] == len(ANSWERS.get(version, [1]))
        finally:
            db.close()


@pytest.mark.parametrize("version", sorted(SAVED))
def test_migrating_keeps_progress_and_backs_up_first(version, tmp_path, now, mini_bank_path):
    db_path = tmp_path / "data" / "progress.sqlite3"
    db_path.parent.mkdir()
    shutil.copy(SAVED[version], db_path)
    original = digest(db_path)
    backups = tmp_path / "data" / "backups"
    progress = Progress.open(db_path, backups, now, banks_dir=tmp_path / "data" / "banks")
    try:
        assert user_version(progress.engine) == SCHEMA_VERSION
        [backup] = backups.iterdir()
        assert f"before-v{SCHEMA_VERSION}" in backup.name and digest(db_path) != original
        with readable(backup) as plain:
            db = sqlite3.connect(plain)
            try:
                assert db.execute("PRAGMA user_version").fetchone()[0] == version
                answers = ANSWERS.get(version, ["Alice Smith"])
                assert db.execute("SELECT answer FROM review ORDER BY id").fetchall() == [(a,) for a in answers]
            finally:
                db.close()
        key = CardKey("mini", "q-quote")
        state = progress.card_state(key)
        assert [r.answer for r in progress.reviews(key)] == answers
        assert progress.reviews(key)[-1].after == state  # the log's last state after is the card's
        if version < 4:
            assert state.stage == Stage.LEARNING and state.reps == 1
            assert progress.due_reviews(["mini"], now + timedelta(days=1), 10) == []
            assert [c.key for c in progress.learning_cards(["mini"], now + timedelta(minutes=10))] == [key]
        else:
            assert state.stage == Stage.REVIEW and state.reps == 2
            assert [c.key for c in progress.due_reviews(["mini"], state.due + timedelta(seconds=1), 10)] == [key]
        # v3 copied the retired flag onto the cards: a retired question stays out of the queue.
        new = [c.key.question_id for c in progress.new_cards(["mini"], 100)]
        assert ("q-flash" in new) == (version < 2)
        if version >= 2:
            assert progress.exam(1).correct == 1 and len(progress.exam(1).answers) == 2
        eid = progress.start_exam(["mini"], 1, now)
        assert progress.finish_exam(eid, now).size == 1
        report = progress.install_bank(load_bank(mini_bank_path), now)  # same version: restores the copy
        assert report.status == "unchanged" and progress.load_banks()[1] == []
        assert progress.card_state(key) == state
        assert integrity_check(progress.engine) == []
        # Schema v6 keeps each bank's figures: the migration counted them from the rows it found, and
        # every write since (the same-version install above) kept them.
        kept = {f.bank_id: f for f in progress.figures.every_kept()}
        assert progress.figures.problems() == []
        assert (kept["mini"].live, kept["mini"].last_review) == (7 if version >= 2 else 8,
                                                                  progress.reviews(key)[-1].reviewed_at)
        assert progress.last_reviewed(["mini"]) == {"mini": kept["mini"].last_review}
        if version >= 5:  # a removed bank's rows stay, figures too: one live question, a leech
            assert (kept["shelved"].live, kept["shelved"].unseen, kept["shelved"].leeches) == (1, 0, 1)
            assert [f.bank_id for f in progress.figures.kept()] == ["mini"]
    finally:
        progress.close()


def test_a_newer_database_is_refused_and_left_alone(v1_copy, tmp_path, now):
    db = sqlite3.connect(v1_copy)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    before = digest(v1_copy)
    with pytest.raises(DatabaseTooNewError) as exc:
        open_database(v1_copy, tmp_path / "backups", now)
    msg = str(exc.value)
    assert str(v1_copy) in msg and f"schema version {SCHEMA_VERSION + 5}" in msg and "newer studyapp" in msg
    assert digest(v1_copy) == before and not (tmp_path / "backups").exists()


def test_a_failing_migration_rolls_back_completely(v1_copy, tmp_path, now):
    bad = MIGRATIONS + (Migration(SCHEMA_VERSION + 1, "broken", (
        "CREATE TABLE half_done (a INTEGER)",
        "ALTER TABLE no_such_table ADD COLUMN b INTEGER",
    )),)
    with pytest.raises(MigrationError, match=rf"version {SCHEMA_VERSION + 1} \(broken\) failed.*left at version "
                                             rf"{SCHEMA_VERSION}"):
        open_database(v1_copy, tmp_path / "backups", now, migrations=bad)
    db = sqlite3.connect(v1_copy)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # v1 -> v2 done, v3 not
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM review").fetchone()[0] == 1
    finally:
        db.close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_later_rung_runs_once_with_its_own_backup(dirs, now):
    open_database(dirs.database, dirs.backups, now).dispose()
    extra = MIGRATIONS + (Migration(SCHEMA_VERSION + 1, "notes", ("ALTER TABLE bank ADD COLUMN note VARCHAR",)),)
    engine = open_database(dirs.database, dirs.backups, now, migrations=extra)
    engine.dispose()
    engine = open_database(dirs.database, dirs.backups, now + timedelta(seconds=1), migrations=extra)
    try:
        assert user_version(engine) == SCHEMA_VERSION + 1
        assert "note" in {c["name"] for c in inspect(engine).get_columns("bank")}
        assert len(list(dirs.backups.iterdir())) == 1
    finally:
        engine.dispose()


def test_not_a_database_is_reported(dirs, now):
    dirs.database.parent.mkdir(parents=True, exist_ok=True)
    dirs.database.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseCorruptError, match="not a readable progress database"):
        open_database(dirs.database, dirs.backups, now)


def test_unwritable_folder_is_a_storage_error(tmp_path, now):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the data folder"):
        open_database(blocker / "sub" / "progress.sqlite3", tmp_path / "b", now)


def test_every_connection_keeps_a_small_page_cache(dirs, now):
    """Issue 18: five pooled connections with SQLite's default 2,000 KiB each held ~9-13 MiB of the app's
    peak at 1,000 banks; each keeps 1 MiB."""
    from studyapp.storage.database import CACHE_KIB

    engine = open_database(dirs.database, dirs.backups, now)
    try:
        with engine.connect() as first, engine.connect() as second:
            assert [c.exec_driver_sql("PRAGMA cache_size").scalar() for c in (first, second)] == [-CACHE_KIB] * 2
        assert CACHE_KIB == 1024
    finally:
        engine.dispose()
