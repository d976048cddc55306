"""Driving the class hub as its users do: the real CLI in-process, studying through the Qt-free session."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp.cli import main
from studyapp.core.scheduling import Scheduler
from studyapp.core.session import SessionState, StudySession
from studyapp.core.utc_text import parse_ms, utc_text
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress

REPO = Path(__file__).resolve().parents[2]
GENEVA = REPO / "questions" / "geneva-talks-2022.toml"
GENEVA_ID = "geneva-talks-2022"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def study(data: Path, start: datetime, ratings: list[int], seed: int = 0,
          fuzz: bool = False) -> list[tuple[str, datetime, int]]:
    """Answer questions in a study sitting, one a minute, rating each as given (the answer typed is
    empty, so the rating is the student's own). Returns (question id, time, rating) per review."""
    done = []
    dirs = AppDirs.under(data)
    with open_progress(dirs, start) as progress:
        session = StudySession(progress, progress.bank_shelf(), Scheduler(Settings(), fuzz=fuzz),
                               rng=random.Random(seed), bank_ids=[GENEVA_ID], tz=timezone.utc)
        t = start
        session.start(t)
        for rating in ratings:
            t += timedelta(minutes=1)
            if session.state == SessionState.WAITING:
                session.resume(t)
            assert session.state == SessionState.ASKING, session.state
            p = session.current
            if p.self_graded:
                session.reveal(t)
            else:
                session.submit(_empty_answer(p.type), t)
            qid = p.key.question_id
            session.rate(rating, t)
            done.append((qid, t, rating))
    return done


def _read_only(data: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{AppDirs.under(data).database.resolve().as_uri()}?mode=ro", uri=True)


def _empty_answer(qtype: str):
    return {"order": [], "match": {}}.get(qtype, "")


def local_reviews(data: Path) -> list[tuple]:
    """Every review in a data folder: (question id, reviewed_at text, rating), in time order."""
    if not AppDirs.under(data).database.exists():
        return []
    con = _read_only(data)
    try:
        if con.execute("PRAGMA user_version").fetchone()[0] == 0:
            # a sync killed while the folder's first open was creating the file: not set up yet, which the
            # next open does (integrity.content_problems reads version 0 the same way), and so no review in it
            return []
        rows = con.execute("SELECT q.question_id, r.reviewed_at, r.rating FROM review r JOIN question q "
                           "ON q.id = r.question ORDER BY r.reviewed_at, q.question_id").fetchall()
        return [(q, utc_text(parse_ms(at)), rating) for q, at, rating in rows]  # the log keeps milliseconds
    finally:
        con.close()


def cards(data: Path) -> dict[str, tuple]:
    con = _read_only(data)
    try:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT q.question_id, c.stage, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses "
            "FROM card c JOIN question q ON q.id = c.question WHERE q.bank_id = ?", (GENEVA_ID,))}
    finally:
        con.close()


def bank_version(data: Path, bank_id: str = GENEVA_ID) -> int | None:
    con = _read_only(data)
    try:
        row = con.execute("SELECT version FROM bank WHERE id = ? AND NOT removed", (bank_id,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def new_geneva_version(folder: Path) -> Path:
    """The Geneva bank one version up, with one question's explanation reworded: a teacher's update."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(GENEVA.parent / "sources", folder / "sources", dirs_exist_ok=True)
    text = GENEVA.read_text(encoding="utf-8")
    import tomllib

    version = tomllib.loads(text)["bank"]["version"]
    text = text.replace(f"version = {version}\n", f"version = {version + 1}\n", 1)
    assert f"version = {version + 1}" in text
    target = folder / GENEVA.name
    target.write_text(text + '\n[[questions]]\nid = "added-by-teacher"\ntype = "flash"\ntopic = "context"\n'
                      'prompt = "Where did Blinken and Lavrov meet in January 2022?"\nanswer = "Geneva"\n'
                      f'source = {_first_source(text)!r}\nexplanation = "They met at a hotel in Geneva."\n', encoding="utf-8")
    return target


def _first_source(text: str) -> str:
    import tomllib

    return tomllib.loads(text)["questions"][0]["source"]


def fill_reviews(data: Path, n: int, start: datetime, fuzz: bool = False) -> None:
    """`n` reviews of the Geneva bank's questions in turn, one a minute, through the store's own
    record_review (what a long term of study leaves behind, made quickly)."""
    from studyapp.core.records import CardKey, ReviewRecord
    from studyapp.core.scheduling import Rating

    with open_progress(AppDirs.under(data), start) as progress:
        scheduler = Scheduler(Settings(), fuzz=fuzz)
        keys = progress.questions([GENEVA_ID])
        t = start
        for i in range(n):
            key = keys[i % len(keys)]
            before = progress.card_state(key)
            rating = Rating(1 + (i * 7) % 4)
            after, _ = scheduler.review(before, rating, t)
            progress.record_review(ReviewRecord(key=key, reviewed_at=t, rating=rating, before=before, after=after,
                                                duration_ms=1500))
            t += timedelta(minutes=1)
