"""Write tests/data/schema-v3.sqlite3: schema version 3 (covering indexes, the retired flag on
cards), with the same progress as schema-v2. Like make_schema_v1.py, run it once while schema 3
was current; the saved file is a fixture and must not be regenerated from a later schema.
"""

from __future__ import annotations

from make_schema_v1 import HERE, build
from make_schema_v2 import extra as v2_extra

TARGET = HERE / "schema-v3.sqlite3"


def extra(db) -> None:
    v2_extra(db)
    db.execute("UPDATE card SET retired = 1 WHERE question = "
               "(SELECT id FROM question WHERE question_id = 'q-flash')")


if __name__ == "__main__":
    build(TARGET, 3, extra)
