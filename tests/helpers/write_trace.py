"""Which thread ran each write on a SQLite engine: the check that every change to progress runs on
the one progress writer (gui tests of the window, hub tests of the class sync in the window)."""

from __future__ import annotations

import threading

from sqlalchemy import event


def write_threads(engine) -> list[tuple[int, str]]:
    """(thread, statement) of every write on `engine`'s connections from now on, through SQLAlchemy or
    on the DB-API connection itself (the per-answer path): SQLite's own trace on each new connection."""
    seen: list[tuple[int, str]] = []

    def trace(sql: str) -> None:
        words = sql.upper().split()
        if words and (words[0] in ("INSERT", "UPDATE", "DELETE", "REPLACE")
                      or words[0] == "WITH" and {"INSERT", "UPDATE", "DELETE"} & set(words)):
            seen.append((threading.get_ident(), sql))

    event.listen(engine, "connect", lambda dbapi_conn, _rec: dbapi_conn.set_trace_callback(trace))
    engine.dispose()  # the pooled connections go; every one from now on is traced
    return seen
