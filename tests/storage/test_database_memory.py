"""storage.database: a connection back in the engine's pool keeps no page cache (`PRAGMA shrink_memory`).

SQLite's own memory is read through its C API (`sqlite3_memory_used`) in the library Python's
sqlite3 module runs on; where that library cannot be reached the test is skipped.
"""

from __future__ import annotations

import ctypes
import sqlite3

import pytest

from studyapp.storage.database import make_engine


def sqlite_memory_used():
    """SQLite's count of the memory it holds, or None where its library is not the one loaded here."""
    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        return None
    lib.sqlite3_libversion.restype = ctypes.c_char_p
    if lib.sqlite3_libversion().decode() != sqlite3.sqlite_version:
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used


def test_an_idle_pooled_connection_gives_its_page_cache_back(tmp_path):
    used = sqlite_memory_used()
    if used is None:
        pytest.skip("SQLite's C library is not reachable from here")
    path = tmp_path / "big.sqlite3"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE t (x TEXT)")
        plain.executemany("INSERT INTO t VALUES (?)", [("grading notes " * 20 + str(i),) for i in range(20_000)])
    plain.close()
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()  # the connection opened, its schema read
        before = used()
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*), sum(length(x)) FROM t").one()[0] == 20_000
            during = used()
        after = used()
        if during - before < 512 * 1024:
            pytest.skip("this SQLite library is not the one the sqlite3 module runs on")
        assert after - before < 64 * 1024  # the ~1 MiB of pages the scan cached went back on the way into the pool
        with engine.connect() as conn:  # and the connection still reads
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 20_000
    finally:
        engine.dispose()
