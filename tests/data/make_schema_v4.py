"""Write tests/data/schema-v4.sqlite3: schema version 4 (marks, Browse's question text), with the
same progress as schema-v3 plus a second review of q-quote (so the state before it is the first
one's state after), a flag and a suspended question. Like make_schema_v1.py, run it once while
schema 4 was current; the saved file is a fixture and must not be regenerated from a later schema.
"""

from __future__ import annotations

import json

from make_schema_v1 import HERE, build
from make_schema_v3 import extra as v3_extra

TARGET = HERE / "schema-v4.sqlite3"
T2 = "2022-01-21 12:10:30.250000"


def extra(db) -> None:
    v3_extra(db)
    # q-quote answered Good again at its 10-minute step: now a review card due in two days.
    before = json.loads(db.execute("SELECT state_after FROM review WHERE id = 1").fetchone()[0])
    after = {"stage": 2, "step": None, "stability": 2.3065, "difficulty": 2.118103970459016,
             "due": "2022-01-23T12:10:30.250000+00:00", "last_review": "2022-01-21T12:10:30.250000+00:00",
             "reps": 2, "lapses": 0}
    db.execute("UPDATE card SET stage=2, step=NULL, due='2022-01-23 12:10:30.250000', "
               "last_review=?, scheduled_days=2, reps=2 WHERE question=1", (T2,))
    db.execute("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms, "
               "stage_before, state_before, state_after) VALUES (1, 'mini', ?, 3, 1, 1.0, 'Antony Blinken', 3100, 1, "
               "?, ?)", (T2, json.dumps(before, sort_keys=True), json.dumps(after, sort_keys=True)))
    db.execute("INSERT INTO mark VALUES ('mini', 'q-tf', 1, NULL, 0, '2022-01-21 13:00:00.000000')")
    db.execute("INSERT INTO mark VALUES ('mini', 'q-date', 0, NULL, 2, '2022-01-21 13:00:00.000000')")


if __name__ == "__main__":
    build(TARGET, 4, extra)
