"""Write tests/data/schema-v5.sqlite3: schema version 5 (the review log as typed columns), with the
progress of schema-v4 carried through the ladder's fifth rung, plus a removed bank whose rows stay
(one question retired, one a leech: lapsed nine times). Like make_schema_v1.py, run it once while
schema 5 was current; the saved file is a fixture and must not be regenerated from a later schema.
"""

from __future__ import annotations

import os
import sqlite3

from make_schema_v1 import HERE, T0, build
from make_schema_v4 import extra as v4_extra

from studyapp.storage.database import MIGRATIONS

TARGET = HERE / "schema-v5.sqlite3"


class _Conn:
    """The rung's steps that are functions take a connection with SQLAlchemy's `exec_driver_sql`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def exec_driver_sql(self, sql: str, params=()):
        return self.db.execute(sql, params)


def extra(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO bank VALUES ('shelved', 2, 'A bank the student removed', '/gone/shelved.toml', "
               "'/gone/banks/shelved/shelved.toml', 0, 1, ?, ?)", (T0, T0))
    for pos, (qid, retired, lapses) in enumerate([("s-kept", 0, 9), ("s-dropped", 1, 0)]):
        db.execute("INSERT INTO question (bank_id, question_id, qtype, topic, position, content_hash, retired, changed)"
                   " VALUES ('shelved', ?, 'flash', 'context', ?, 'v5-hash', ?, 0)", (qid, pos, retired))
        db.execute("INSERT INTO card (question, bank_id, stage, step, stability, difficulty, due, last_review, "
                   "scheduled_days, reps, lapses, retired) VALUES (last_insert_rowid(), 'shelved', ?, 0, 1.5, 8.5, "
                   "'2022-01-22 12:00:00.000000', ?, 0, ?, ?, ?)", (3 if lapses else 0, T0, lapses + 3, lapses, retired))


def main() -> None:
    partial = TARGET.with_name(TARGET.name + ".v4")
    build(partial, 4, v4_extra)
    db = sqlite3.connect(partial, isolation_level=None)
    db.execute("BEGIN")
    for sql in MIGRATIONS[4].statements:
        sql(_Conn(db)) if callable(sql) else db.execute(sql)
    db.execute("PRAGMA user_version = 5")
    extra(db)
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()
    os.replace(partial, TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
