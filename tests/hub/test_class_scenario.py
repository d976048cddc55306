"""The issue's "Done means", end to end on a real PostgreSQL server, through the real CLI.

A teacher sets up a hub, adds two students and publishes the Geneva bank; both students join from
their own data folders, study, lose the server, study more, get it back and sync; the report is
right to the review; a new bank version reaches both with their progress kept.
"""

from __future__ import annotations

import csv
import os
import stat
from datetime import datetime, timedelta, timezone

from studyapp.paths import AppDirs
from tests.hub.helpers import (
    GENEVA, GENEVA_ID, bank_version, cards, cli, local_reviews, new_geneva_version, study,
)

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)
REPORT_AT = datetime(2022, 1, 26, 12, 0, tzinfo=timezone.utc)


def _mastery(folder) -> dict[str, float]:
    """What the app's own mastery figure says for this student's cards at REPORT_AT."""
    from studyapp.core.loader import load_bank
    from studyapp.core.records import CardKey
    from studyapp.core.scheduling import Scheduler
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress

    scheduler = Scheduler(Settings(), fuzz=False)
    sums: dict[str, list[float]] = {}
    with open_progress(AppDirs.under(folder), REPORT_AT) as progress:
        for q in load_bank(GENEVA).bank.questions:
            r = scheduler.retrievability(progress.card_state(CardKey(GENEVA_ID, q.id)), REPORT_AT)
            sums.setdefault(q.topic, []).append(r)
    assert any(sum(v) > 0 for v in sums.values())
    return {topic: sum(v) / len(v) for topic, v in sums.items()}


def test_a_class_studies_offline_and_the_teacher_sees_every_review(pg, hub_class, tmp_path, capsys, qapp):
    # qapp: the PDF report is drawn by Qt; with the test session's application, the command makes none of its own
    url, database = hub_class
    teacher, ada, ben = tmp_path / "teacher", tmp_path / "ada", tmp_path / "ben"

    code, out, err = cli(capsys, "class", "init", url, "--data-dir", str(teacher))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(AppDirs.under(teacher).config / "class.json").st_mode) == 0o600
    codes = {}
    for name in ("Ada", "Ben"):
        code, out, err = cli(capsys, "class", "add-student", name, "--data-dir", str(teacher))
        assert code == 0, err
        codes[name] = out.strip().splitlines()[-1]
        assert "teacher-secret" not in codes[name]  # the teacher's password never goes to a student
    code, out, err = cli(capsys, "class", "publish", str(GENEVA), "--data-dir", str(teacher))
    assert code == 0 and f"bank {GENEVA_ID!r}" in out, err

    for name, folder in (("Ada", ada), ("Ben", ben)):
        code, out, err = cli(capsys, "class", "join", codes[name], "--data-dir", str(folder))
        assert code == 0, err
        assert stat.S_IMODE(os.stat(AppDirs.under(folder).config / "class.json").st_mode) == 0o600
        assert cli(capsys, "class", "sync", "--data-dir", str(folder))[0] == 0

    made = {"Ada": study(ada, T0, [3, 1, 3, 3, 4], seed=1), "Ben": study(ben, T0, [1, 1, 3, 2], seed=2)}
    for folder in (ada, ben):
        code, out, err = cli(capsys, "class", "sync", "--data-dir", str(folder))
        assert code == 0, err

    pg.stop()  # the school's server is down: studying goes on, sync says so and loses nothing
    made["Ada"] += study(ada, T0 + timedelta(hours=3), [3, 3, 1], seed=3)
    made["Ben"] += study(ben, T0 + timedelta(hours=4), [4, 3], seed=4)
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
    assert code == 1
    assert "cannot be reached" in err and "studying goes on offline" in err and "Traceback" not in err
    pg.start()
    for folder in (ada, ben):
        code, out, err = cli(capsys, "class", "sync", "--data-dir", str(folder))
        assert code == 0, err
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
    assert "sent 0 reviews; received 0" in out  # nothing left over, nothing pulled back as new

    report = tmp_path / "class.csv"
    code, out, err = cli(capsys, "class", "report", "--to", str(report), "--data-dir", str(teacher),
                         "--now", REPORT_AT.isoformat())
    assert code == 0, err
    with report.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    students = {r["student"]: r for r in rows if r["section"] == "student"}
    assert set(students) == {"Ada", "Ben"}
    for name, folder in (("Ada", ada), ("Ben", ben)):
        mine = made[name]
        assert len(local_reviews(folder)) == len(mine)
        assert int(students[name]["reviews"]) == len(mine)
        assert int(students[name]["questions_seen"]) == len({q for q, _, _ in mine})
        assert datetime.fromisoformat(students[name]["last_studied"]) == max(t for _, t, _ in mine).replace(microsecond=0)
        # Mastery by topic: mean recall now over the bank's questions of the topic, unseen ones 0.
        for topic, expected in _mastery(folder).items():
            assert students[name][f"mastery {topic} %"] == f"{100 * expected:.1f}"
    # Per question: of the students who answered it, the share whose latest answer was Again.
    latest: dict[str, dict[str, int]] = {}
    for name, mine in made.items():
        for qid, t, rating in sorted(mine, key=lambda x: x[1]):
            latest.setdefault(qid, {})[name] = rating
    questions = {r["question"]: r for r in rows if r["section"] == "question"}
    assert set(questions) == set(latest)
    for qid, by in latest.items():
        assert int(questions[qid]["answered_by"]) == len(by)
        assert int(questions[qid]["wrong"]) == sum(1 for r in by.values() if r == 1)

    # A new version of the bank reaches both students; their progress is kept.
    before = {name: (local_reviews(folder), cards(folder)) for name, folder in (("Ada", ada), ("Ben", ben))}
    newer = new_geneva_version(tmp_path / "v-next")
    code, out, err = cli(capsys, "class", "publish", str(newer), "--data-dir", str(teacher))
    assert code == 0, err
    for name, folder in (("Ada", ada), ("Ben", ben)):
        old_version = bank_version(folder)
        code, out, err = cli(capsys, "class", "sync", "--data-dir", str(folder))
        assert code == 0, err
        assert bank_version(folder) == old_version + 1
        reviews, states = before[name]
        assert local_reviews(folder) == reviews
        now_cards = cards(folder)
        assert {q: now_cards[q] for q in states} == states
        assert now_cards["added-by-teacher"][0] == 0  # the new question is new
    code, out, err = cli(capsys, "class", "report", "--to", str(tmp_path / "class.pdf"), "--data-dir", str(teacher))
    assert code == 0, err
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")
