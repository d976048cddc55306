"""One sync of a student's data folder with the class hub: banks down, reviews up, own reviews down.

Offline-first: the local SQLite file is the source of truth and every step is safe to cut short.

1. Banks: the latest version of each published bank is installed through the app's own
   `install_bank` (progress kept, changes reported like an import); a bank the teacher retired
   leaves the library, its history kept, if it came from the hub.
2. Pull: reviews of class banks get a uid (committed locally first); then the student's own
   reviews pushed since the last pull (less a margin for transactions that were still open
   then) which this folder has not seen are logged and replayed in one local transaction with
   the new cursor. A kill before that commit pulls them again next time.
3. Push: reviews go up in batches, each one transaction with `ON CONFLICT (uid) DO NOTHING`,
   and are marked sent locally after the hub committed. A kill between the two re-sends a batch
   the hub already has: no doubles. Pulling first means what this sync sends is not fetched back.

Every local write (the hub's tables made, banks installed or removed, pulled reviews replayed,
pushed reviews marked) is handed to `write`, one short operation each, and everything else (the
network, local reads) runs on the caller's thread. The app passes its progress writer's `call`,
so the sync writes in turn with answers and imports while an answer never waits for the network;
the CLI runs the writes where it is (`run_here`).
"""

from __future__ import annotations

import tempfile
from uuid import UUID
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert

from studyapp.core.loader import load_bank
from studyapp.core.records import InstallReport
from studyapp.core.scheduling import Scheduler
from studyapp.errors import StudyAppError
from studyapp.hub.connection import hub_engine, talking_to
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import HubPermissionError, SyncStopped
from studyapp.hub.local import LocalHub
from studyapp.hub.schema import SCHEMA, review_table

PUSH_BATCH = 500
# A review pushed in a transaction that began before a pull and committed after it is not seen by
# that pull; the next pull looks this far back before its cursor, and known uids are skipped.
PULL_OVERLAP = timedelta(minutes=10)

T = TypeVar("T")
# Runs one local write (a callable) and returns its result or raises its error: `run_here`, or the
# app's `workers.Writer.call`, which runs it on the one thread that writes progress.
Writes = Callable[[Callable[[], Any]], Any]


def run_here(write: Callable[[], T]) -> T:
    """The write on the calling thread (the CLI, which has no other writer)."""
    return write()


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    installed: list[InstallReport] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"sent {self.pushed} review{'s' if self.pushed != 1 else ''}",
                 f"received {self.pulled} from your other devices"]
        changed = [r for r in self.installed if r.status != "unchanged"]
        if changed:
            parts.append("banks " + ", ".join(f"{r.bank_id} v{r.version}" for r in changed))
        if self.removed:
            parts.append("retired by the teacher: " + ", ".join(self.removed))
        return "; ".join(parts)


def sync(progress, creds: HubCredentials, scheduler: Scheduler, now: datetime, *,
         batch: int = PUSH_BATCH, after_push: Callable[[int], None] | None = None,
         resend: bool = False, banks: bool = True, write: Writes = run_here,
         report: SyncReport | None = None) -> SyncReport:
    """Sync one progress store (`storage.progress.Progress`) with the hub; `scheduler` without fuzz.

    `banks=False` leaves bank updates for a later sync (the app, while a sitting has banks open).
    `resend` sends every review again (the hub was restored from an older dump); the hub keeps
    one copy of each. The caller holds the data folder's lock (as for any writer). Raises HubUnreachable when the
    server cannot be reached: nothing is lost, the next sync picks up where this one stopped.
    `write` runs each local write (see the module's docstring). `report` is filled as the sync goes,
    so a caller whose sync stopped half way still knows what it installed or pulled before.
    """
    if creds.role != "student":
        raise HubPermissionError("only a student's data folder syncs with the class; the teacher publishes with "
                                 "`studyapp class publish` and reads the class with `studyapp class report`")
    local = LocalHub(progress)
    write(local.ensure)
    if resend:
        write(local.mark_all_unpushed)
    report = report if report is not None else SyncReport()
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "sync"), engine.connect() as conn:
            if banks:
                _pull_banks(conn, progress, local, now, report, write)
            else:
                with conn.begin():  # still know which banks are the class's, to send their reviews
                    hub_banks = list(conn.execute(text(f"SELECT DISTINCT bank_id FROM {SCHEMA}.bank")).scalars())
                write(lambda: local.record_hub_banks(hub_banks))
            write(local.assign_uids)
            # Pull before pushing: what this sync sends is not fetched straight back.
            report.pulled = _pull_reviews(conn, local, scheduler, write)
            while rows := local.unpushed(batch):
                with conn.begin():
                    conn.execute(insert(review_table).on_conflict_do_nothing(index_elements=["uid"]),
                                 [{**r, "uid": UUID(r["uid"]), "student": creds.user} for r in rows])
                sent = [r["uid"] for r in rows]
                write(lambda: local.mark_pushed(sent))
                report.pushed += len(rows)
                if after_push is not None:
                    after_push(report.pushed)
    finally:
        engine.dispose()
    return report


def _pull_banks(conn, progress, local: LocalHub, now: datetime, report: SyncReport, write: Writes) -> None:
    with conn.begin():
        latest = conn.execute(text(f"SELECT DISTINCT ON (bank_id) bank_id, version, retired FROM {SCHEMA}.bank "
                                   "ORDER BY bank_id, version DESC")).all()
    write(lambda: local.record_hub_banks([r.bank_id for r in latest]))
    installed = {b.id: b.version for b in progress.banks()}
    from_hub = local.installed_from_hub()
    for bank_id, version, retired in latest:
        if retired:
            if from_hub.get(bank_id) is not None and bank_id in installed:
                write(lambda: progress.remove_bank(bank_id))  # history kept: publishing it again restores progress
                report.removed.append(bank_id)
            if from_hub.get(bank_id) is not None:
                write(lambda: local.set_installed(bank_id, None))
            continue
        if installed.get(bank_id, 0) >= version:
            continue
        with conn.begin():
            row = conn.execute(text(f"SELECT file_name, content, article_path, article FROM {SCHEMA}.bank "
                                    "WHERE bank_id = :b AND version = :v"), {"b": bank_id, "v": version}).one()
        try:
            report.installed.append(_install(progress, row, now, write))
            write(lambda: local.set_installed(bank_id, version))
        except SyncStopped:
            raise
        except StudyAppError as exc:
            report.problems.append(f"bank {bank_id!r} version {version} from the class hub: {exc}")


def _install(progress, row, now: datetime, write: Writes) -> InstallReport:
    """Write the published files to a scratch folder and install them as an import would (the
    files are read here, the install is a write)."""
    with tempfile.TemporaryDirectory(prefix="studyapp-hub-") as scratch:
        root = Path(scratch)
        bank_file = root / Path(row.file_name).name
        bank_file.write_text(row.content, encoding="utf-8")
        if row.article_path and row.article is not None:
            article = (root / row.article_path).resolve()
            if root.resolve() in article.parents:  # never write outside the scratch folder
                article.parent.mkdir(parents=True, exist_ok=True)
                article.write_text(row.article, encoding="utf-8")
        loaded = load_bank(bank_file)
        return write(lambda: progress.install_bank(loaded, now))


def _pull_reviews(conn, local: LocalHub, scheduler: Scheduler, write: Writes) -> int:
    since = local.pulled_until()
    with conn.begin():
        started = conn.execute(text("SELECT now()")).scalar_one()  # the transaction's start: the next cursor
        query = (f"SELECT uid, bank_id, question_id, reviewed_at, rating, correct, score, answer, duration_ms, "
                 f"stage_before, state_before, state_after FROM {SCHEMA}.review WHERE student = current_user")
        params = {}
        if since is not None:
            query += " AND pushed_at >= :since"
            params["since"] = since - PULL_OVERLAP
        rows = [dict(r._mapping) for r in conn.execute(text(query + " ORDER BY pushed_at, uid"), params)]
    for r in rows:
        r["uid"] = r["uid"].hex
    known = local.known([r["uid"] for r in rows])
    fresh = [r for r in rows if r["uid"] not in known]
    return write(lambda: local.add_pulled(fresh, scheduler, started))
