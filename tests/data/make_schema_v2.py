"""Write tests/data/schema-v2.sqlite3: schema version 2 (exams added), with the same progress as
schema-v1 plus a finished exam and a retired question. Like make_schema_v1.py, run it once while
schema 2 was current; the saved file is a fixture and must not be regenerated from a later schema.
"""

from __future__ import annotations

from make_schema_v1 import HERE, build

TARGET = HERE / "schema-v2.sqlite3"


def extra(db) -> None:
    db.execute("UPDATE question SET retired = 1 WHERE question_id = 'q-flash'")
    db.execute("INSERT INTO exam VALUES (1, 'mini', '2022-01-21 13:00:00.000000', '2022-01-21 13:05:00.000000', "
               "2, 2, 1, 0.5)")
    db.execute("INSERT INTO exam_answer (exam, bank_id, question_id, answered_at, answer, correct, score, duration_ms)"
               " VALUES (1, 'mini', 'q-date', '2022-01-21 13:01:00.000000', '2023-03-03', 1, 1.0, 6000),"
               " (1, 'mini', 'q-tf', '2022-01-21 13:02:00.000000', 'True', 0, 0.0, 3000)")


if __name__ == "__main__":
    build(TARGET, 2, extra)
