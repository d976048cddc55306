"""The hub's bookkeeping inside the student's SQLite file: its own `hub_*` tables, created idempotently.

Kept outside the migration ladder on purpose: the tables only exist in data folders that joined a
class, they never change a studyapp table, and a folder that never joins carries nothing extra.

- `hub_review`  review uid -> local review id, and whether the hub has it. A uid is given to a
                review (and committed) before it is first sent, so a push repeated after a crash
                or a dropped connection sends the same uid and the hub keeps one row. Reviews
                pulled from the hub come in with their uid, so they are never sent back or
                pulled twice. A trigger clears the local id when a review is undone, so an
                undone review is not sent, and a reused row id is never mistaken for it.
- `hub_bank`    banks published on the hub, and the version this folder installed from it.
- `hub_state`   small values: when the last pull of the student's own reviews started.
- `hub_pulled`  a pulled review's card state before and after as the device that made it recorded
                them (the review log keeps only a state after, see `storage.review_log`): the
                replay compares with these, so every device replays the same log. The review row's
                own state after is the card's state on this device once the pull has replayed it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from studyapp.core.scheduling import CardState, Scheduler
from studyapp.core.utc_text import parse_ms, parse_utc
from studyapp.hub.replay import LoggedReview, replay
from studyapp.storage import card_rows, review_log
from studyapp.storage.progress import Progress
from studyapp.storage.tables import utc_text

DDL = (
    "CREATE TABLE IF NOT EXISTS hub_review (uid TEXT NOT NULL PRIMARY KEY, review_id INTEGER, "
    "pushed INTEGER NOT NULL DEFAULT 0, origin TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_hub_review_review ON hub_review (review_id)",
    "CREATE INDEX IF NOT EXISTS ix_hub_review_unpushed ON hub_review (review_id) WHERE pushed = 0",
    "CREATE TABLE IF NOT EXISTS hub_bank (bank_id TEXT NOT NULL PRIMARY KEY, installed_version INTEGER)",
    "CREATE TABLE IF NOT EXISTS hub_state (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS hub_review_undone AFTER DELETE ON review BEGIN "
    "UPDATE hub_review SET review_id = NULL WHERE review_id = OLD.id; END",
    # The same table the v5 migration makes for a folder that had joined before it.
    "CREATE TABLE IF NOT EXISTS hub_pulled (review_id INTEGER NOT NULL PRIMARY KEY, "
    "state_before TEXT NOT NULL, state_after TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS hub_pulled_undone AFTER DELETE ON review BEGIN "
    "DELETE FROM hub_pulled WHERE review_id = OLD.id; END",
)

_UNPUSHED = ("SELECT h.uid, r.bank_id, q.question_id, q.topic, r.rating, r.correct, r.score, r.answer, "
             "r.duration_ms, r.stage_before, r.id, r.question, "
             + ", ".join(f"r.{c}" for c in review_log.STATE_COLUMNS.split(", ")) +
             " FROM hub_review h JOIN review r ON r.id = h.review_id JOIN question q ON q.id = r.question "
             "WHERE h.pushed = 0 ORDER BY h.review_id LIMIT ?")

# A question's log for the replay: the recorded states of pulled reviews, this device's own otherwise.
_LOG = ("SELECT h.uid, r.rating, p.state_before, p.state_after, r.stage_before, "
        + ", ".join(f"r.{c}" for c in review_log.STATE_COLUMNS.split(", ")) +
        " FROM review r LEFT JOIN hub_review h ON h.review_id = r.id LEFT JOIN hub_pulled p ON p.review_id = r.id "
        "WHERE r.question = ? ORDER BY r.id")
_SET_AFTER = ("UPDATE review SET stage = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
              "reps = ?, lapses = ? WHERE id = ?")


class LocalHub:
    """The hub tables of one progress database; every write is one short IMMEDIATE transaction."""

    def __init__(self, progress: Progress):
        self._progress = progress  # its transactions: the hub's tables live in the same file

    def ensure(self) -> None:
        with self._progress.write_transaction() as conn:
            for statement in DDL:
                conn.exec_driver_sql(statement)

    # -- banks --------------------------------------------------------------------------------

    def record_hub_banks(self, bank_ids: Iterable[str]) -> None:
        rows = [(b,) for b in bank_ids]
        if not rows:  # a class with nothing published yet (an empty executemany is not one)
            return
        with self._progress.write_transaction() as conn:
            conn.exec_driver_sql("INSERT OR IGNORE INTO hub_bank (bank_id) VALUES (?)", rows)

    def installed_from_hub(self) -> dict[str, int | None]:
        with self._progress.read_connection() as conn:
            return dict(conn.exec_driver_sql("SELECT bank_id, installed_version FROM hub_bank").all())

    def set_installed(self, bank_id: str, version: int | None) -> None:
        with self._progress.write_transaction() as conn:
            conn.exec_driver_sql("INSERT INTO hub_bank (bank_id, installed_version) VALUES (?, ?) ON CONFLICT "
                                 "(bank_id) DO UPDATE SET installed_version = excluded.installed_version",
                                 (bank_id, version))

    # -- push ---------------------------------------------------------------------------------

    def assign_uids(self) -> int:
        """Give every review of a class bank that has none a random uid; drop uids of undone reviews
        the hub never got. Committed before anything is sent."""
        with self._progress.write_transaction() as conn:
            conn.exec_driver_sql("DELETE FROM hub_review WHERE pushed = 0 AND review_id IS NULL")
            done = conn.exec_driver_sql(
                "INSERT INTO hub_review (uid, review_id, pushed, origin) "
                "SELECT lower(hex(randomblob(16))), r.id, 0, 'local' FROM review r "
                "WHERE r.bank_id IN (SELECT bank_id FROM hub_bank) "
                "AND NOT EXISTS (SELECT 1 FROM hub_review h WHERE h.review_id = r.id)")
            return done.rowcount

    def unpushed(self, limit: int) -> list[dict]:
        with self._progress.read_connection() as conn:
            rows = conn.exec_driver_sql(_UNPUSHED, (limit,)).all()
            out = []
            for row in rows:
                uid, bank_id, question_id, topic, rating, correct, score, answer, duration_ms, stage_before = row[:10]
                review_id, question = row[10:12]
                after = review_log.state_after(row[12:])
                before = review_log.state_before(conn, question, review_id, stage_before)
                out.append({"uid": uid, "bank_id": bank_id, "question_id": question_id, "topic": topic,
                            "reviewed_at": parse_ms(row[12]), "rating": rating,
                            "correct": None if correct is None else bool(correct), "score": score, "answer": answer,
                            "duration_ms": duration_ms, "stage_before": stage_before,
                            "state_before": before.to_json(), "state_after": after.to_json(),
                            "stage_after": int(after.stage), "stability": after.stability,
                            "last_review": after.last_review})
        return out

    def mark_pushed(self, uids: Sequence[str]) -> None:
        if not uids:
            return
        with self._progress.write_transaction() as conn:
            conn.exec_driver_sql("UPDATE hub_review SET pushed = 1 WHERE uid = ?", [(u,) for u in uids])

    def mark_all_unpushed(self) -> int:
        """Send everything again (after the hub was restored from an older dump); the hub keeps one copy."""
        with self._progress.write_transaction() as conn:
            return conn.exec_driver_sql("UPDATE hub_review SET pushed = 0 WHERE review_id IS NOT NULL").rowcount

    def unpushed_count(self) -> int:
        with self._progress.read_connection() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM hub_review h JOIN review r ON r.id = h.review_id WHERE h.pushed = 0").scalar())

    # -- pull ---------------------------------------------------------------------------------

    def known(self, uids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self._progress.read_connection() as conn:
            for i in range(0, len(uids), 500):
                part = list(uids[i:i + 500])
                found.update(r[0] for r in conn.exec_driver_sql(
                    f"SELECT uid FROM hub_review WHERE uid IN ({', '.join('?' * len(part))})", tuple(part)))
        return found

    def add_pulled(self, rows: Sequence[dict], scheduler: Scheduler, pulled_until: datetime | None) -> int:
        """Log reviews made on the student's other devices and replay their cards; one transaction,
        together with the pull cursor, so a kill leaves either all of it or none of it."""
        added = 0
        with self._progress.write_transaction() as conn:
            touched: set[int] = set()
            for r in rows:
                if conn.exec_driver_sql("SELECT 1 FROM hub_review WHERE uid = ?", (r["uid"],)).first():
                    continue
                pk = conn.exec_driver_sql("SELECT id FROM question WHERE bank_id = ? AND question_id = ?",
                                          (r["bank_id"], r["question_id"])).scalar()
                if pk is None:  # a bank this folder does not have (retired before it joined): nothing to log
                    continue
                cur = conn.exec_driver_sql(review_log.INSERT_BY_PK, (pk, r["bank_id"], *review_log.row_values(
                    r["reviewed_at"], r["rating"], r["correct"], r["score"], r["answer"], r["duration_ms"],
                    r["stage_before"], CardState.from_json(r["state_after"]))))
                conn.exec_driver_sql("INSERT INTO hub_review (uid, review_id, pushed, origin) VALUES (?, ?, 1, 'hub')",
                                     (r["uid"], cur.lastrowid))
                conn.exec_driver_sql("INSERT INTO hub_pulled (review_id, state_before, state_after) VALUES (?, ?, ?)",
                                     (cur.lastrowid, r["state_before"], r["state_after"]))
                touched.add(pk)
                added += 1
            for pk in sorted(touched):
                logged = conn.exec_driver_sql(_LOG, (pk,)).all()
                own = review_log.with_states_before((r[4], r[5:]) for r in logged)
                log = [LoggedReview(parse_ms(r[5]), r[0] or "", r[1], r[2] or before.to_json(), r[3] or after.to_json())
                       for r, (before, after) in zip(logged, own)]
                s = replay(log, scheduler)
                conn.exec_driver_sql(card_rows.UPDATE_BY_PK, (*card_rows.state_params(s), pk))
                # The latest review (one pulled now) ends where the card is: the state a later answer
                # or its undo starts from (storage.review_log).
                latest, at = conn.exec_driver_sql("SELECT id, reviewed_at FROM review WHERE question = ? "
                                                  "ORDER BY id DESC LIMIT 1", (pk,)).one()
                conn.exec_driver_sql(_SET_AFTER, (*review_log.state_values(at, s), latest))
            if pulled_until is not None:
                conn.exec_driver_sql("INSERT INTO hub_state (key, value) VALUES ('pulled_until', ?) ON CONFLICT (key) "
                                     "DO UPDATE SET value = excluded.value", (utc_text(pulled_until),))
        return added

    def pulled_until(self) -> datetime | None:
        with self._progress.read_connection() as conn:
            value = conn.exec_driver_sql("SELECT value FROM hub_state WHERE key = 'pulled_until'").scalar()
        return parse_utc(value)
