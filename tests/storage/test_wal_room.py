"""The write-ahead log's room: made before SQLite opens the log, never over a log that exists, and
answers committed into it survive a crash and a close like any others."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from studyapp.storage import wal_room
from studyapp.storage.database import make_engine


def _existing_database(folder: Path) -> Path:
    db = folder / "progress.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE answer (n INTEGER)")
    conn.commit()
    conn.close()  # the last connection: SQLite checkpoints and deletes the log
    assert not Path(f"{db}-wal").exists()
    return db


def _rows(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [r[0] for r in conn.execute("SELECT n FROM answer ORDER BY n")]
    finally:
        conn.close()


def test_answers_overwrite_the_room_and_the_log_never_grows(tmp_path):
    db = _existing_database(tmp_path)
    engine = make_engine(db)
    wal = Path(f"{db}-wal")
    with engine.connect() as conn:
        assert wal.stat().st_size == wal_room.ROOM_BYTES
        for n in range(300):  # ~300 frames: well inside the room
            conn.exec_driver_sql("INSERT INTO answer VALUES (?)", (n,))
            conn.commit()
        assert wal.stat().st_size == wal_room.ROOM_BYTES
    engine.dispose()
    assert not wal.exists()  # closed as SQLite closes any log
    assert _rows(db) == list(range(300))


def test_a_crash_mid_sitting_keeps_every_committed_answer(tmp_path):
    """The files as a kill leaves them (copied while the connection is open): the log's frames, then
    zeros; SQLite recovers the frames and ignores the rest."""
    (tmp_path / "live").mkdir()
    db = _existing_database(tmp_path / "live")
    engine = make_engine(db)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with engine.connect() as conn:
        for n in range(40):
            conn.exec_driver_sql("INSERT INTO answer VALUES (?)", (n,))
            conn.commit()
        for name in ("progress.sqlite3", "progress.sqlite3-wal"):
            shutil.copy(db.parent / name, crashed / name)
    engine.dispose()
    assert _rows(crashed / "progress.sqlite3") == list(range(40))


def test_a_log_left_by_a_crash_is_never_replaced(tmp_path):
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    live.mkdir()
    crashed.mkdir()
    db = _existing_database(live)
    writer = sqlite3.connect(db)
    writer.executemany("INSERT INTO answer VALUES (?)", [(n,) for n in range(25)])
    writer.commit()  # committed into the log, not yet into the file
    for name in ("progress.sqlite3", "progress.sqlite3-wal"):
        shutil.copy(live / name, crashed / name)
    writer.close()
    left = (crashed / "progress.sqlite3-wal").read_bytes()
    assert not wal_room.make_room(crashed / "progress.sqlite3")
    assert (crashed / "progress.sqlite3-wal").read_bytes() == left
    engine = make_engine(crashed / "progress.sqlite3")
    with engine.connect() as conn:
        assert [r[0] for r in conn.exec_driver_sql("SELECT n FROM answer ORDER BY n")] == list(range(25))
    engine.dispose()


def test_no_room_beside_a_missing_or_rollback_mode_file_and_no_staging_file_is_left(tmp_path):
    assert not wal_room.make_room(tmp_path / "gone" / "progress.sqlite3")
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE answer (n INTEGER)")
    conn.commit()
    conn.close()
    assert not wal_room.make_room(old)  # rollback mode: PRAGMA journal_mode=WAL converts it first
    old.unlink()
    db = _existing_database(tmp_path)
    assert wal_room.make_room(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.sqlite3", "progress.sqlite3-wal"]
