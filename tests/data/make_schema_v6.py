"""Write tests/data/schema-v6.sqlite3: schema version 6 (each bank's figures kept by triggers), with the
progress of schema-v5 (the removed bank's rows included) carried through the ladder's sixth rung, which
counts every bank's figures from those rows. Like make_schema_v1.py, run it once while schema 6 was
current; the saved file is a fixture and must not be regenerated from a later schema.
"""

from __future__ import annotations

import os
import sqlite3

from make_schema_v1 import HERE, build
from make_schema_v4 import extra as v4_extra
from make_schema_v5 import _Conn
from make_schema_v5 import extra as v5_extra

from studyapp.storage.database import MIGRATIONS

TARGET = HERE / "schema-v6.sqlite3"


def main() -> None:
    partial = TARGET.with_name(TARGET.name + ".v4")
    build(partial, 4, v4_extra)
    db = sqlite3.connect(partial, isolation_level=None)
    db.execute("BEGIN")
    for sql in MIGRATIONS[4].statements:
        sql(_Conn(db)) if callable(sql) else db.execute(sql)
    db.execute("PRAGMA user_version = 5")
    v5_extra(db)
    for sql in MIGRATIONS[5].statements:
        sql(_Conn(db)) if callable(sql) else db.execute(sql)
    db.execute("PRAGMA user_version = 6")
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()
    os.replace(partial, TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
