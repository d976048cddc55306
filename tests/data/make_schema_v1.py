"""Write tests/data/schema-v1.sqlite3: a progress database of schema version 1, with some progress.

Run once when schema 1 was current (`python tests/data/make_schema_v1.py`); the saved file is a
fixture for migration tests and must not be regenerated from a later schema. It uses the frozen
SQL of the ladder's first rung and plain sqlite3, so it never depends on the current tables.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from studyapp.storage.database import MIGRATIONS  # noqa: E402

TARGET = HERE / "schema-v1.sqlite3"
T0 = "2022-01-21 12:00:00.000000"
T1 = "2022-01-21 12:10:00.000000"
QUESTIONS = [("q-quote", "quote", "who-said-what"), ("q-choice", "choice", "context"),
             ("q-tf", "choice", "context"), ("q-typed", "typed", "context"), ("q-date", "date", "dates"),
             ("q-order", "order", "dates"), ("q-match", "match", "demands"), ("q-flash", "flash", "context")]


def main() -> None:
    build(TARGET, 1)


def build(target: Path, version: int, extra=None) -> None:
    """Rungs 1..version of the ladder, then the same small progress; `extra(db)` adds more."""
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    db.execute("BEGIN")
    for rung in MIGRATIONS[:version]:
        for sql in rung.statements:
            db.execute(sql)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO bank VALUES ('mini', 1, 'A small bank for tests', '/gone/mini.toml', "
               "'/gone/banks/mini/mini.toml', 0, 0, ?, ?)", (T0, T0))
    for pos, (qid, qtype, topic) in enumerate(QUESTIONS):
        db.execute("INSERT INTO question (bank_id, question_id, qtype, topic, position, content_hash, retired, changed)"
                   " VALUES ('mini', ?, ?, ?, ?, 'v1-hash', 0, 0)", (qid, qtype, topic, pos))
        db.execute("INSERT INTO card (question, bank_id, stage, scheduled_days, reps, lapses) "
                   "VALUES (last_insert_rowid(), 'mini', 0, 0, 0, 0)")
    # q-quote: answered right once (Good), now at its 10-minute learning step.
    after = {"stage": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016,
             "due": "2022-01-21T12:10:00+00:00", "last_review": "2022-01-21T12:00:00+00:00", "reps": 1, "lapses": 0}
    before = {"stage": 0, "step": None, "stability": None, "difficulty": None, "due": None, "last_review": None,
              "reps": 0, "lapses": 0}
    db.execute("UPDATE card SET stage=1, step=1, stability=2.3065, difficulty=2.118103970459016, due=?, "
               "last_review=?, reps=1 WHERE question=1", (T1, T0))
    db.execute("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms, "
               "stage_before, state_before, state_after) VALUES (1, 'mini', ?, 3, 1, 1.0, 'Alice Smith', 5200, 0, ?, ?)",
               (T0, json.dumps(before, sort_keys=True), json.dumps(after, sort_keys=True)))
    if extra is not None:
        extra(db)
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
