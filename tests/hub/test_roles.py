"""Row-level security and rights, enforced by PostgreSQL: tested by connecting as a student's role."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import psycopg
import pytest
from sqlalchemy import text

from studyapp.core.loader import load_bank
from studyapp.hub import credentials
from studyapp.hub.connection import hub_engine, talking_to
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import HubPermissionError
from studyapp.hub.teacher import add_student, init_hub, publish
from studyapp.paths import AppDirs
from tests.hub.helpers import GENEVA, cli

T = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)


def _review(student: str | None = None) -> dict:
    row = {"uid": uuid.uuid4(), "bank_id": "geneva-talks-2022", "question_id": "q", "topic": "dates",
           "reviewed_at": T, "rating": 3, "answer": "", "stage_before": 0, "state_before": "{}", "state_after": "{}"}
    if student is not None:
        row["student"] = student
    return row


_INSERT = ("INSERT INTO hub.review (uid, {s}bank_id, question_id, topic, reviewed_at, rating, answer, stage_before, "
           "state_before, state_after) VALUES (:uid, {v}:bank_id, :question_id, :topic, :reviewed_at, :rating, "
           ":answer, :stage_before, :state_before, :state_after)")


def _insert(conn, row: dict) -> None:
    has = "student" in row
    conn.execute(text(_INSERT.format(s="student, " if has else "", v=":student, " if has else "")), row)


@pytest.fixture
def hub(hub_class):
    url, _ = hub_class
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    return teacher, add_student(teacher, "Ada"), add_student(teacher, "Ben")


def test_a_student_reads_and_adds_only_their_own_reviews(hub):
    teacher, ada, ben = hub
    for who in (ada, ben):
        engine = hub_engine(who)
        with engine.begin() as conn:
            _insert(conn, _review())  # `student` defaults to the login
        engine.dispose()
    engine = hub_engine(ada)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT student FROM hub.review")).scalars().all() == [ada.user]
            assert conn.execute(text("SELECT count(*) FROM hub.review WHERE student = :b"), {"b": ben.user}).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM hub.bank")).scalar() == 1  # the class's banks: readable
        with pytest.raises(Exception) as caught, engine.begin() as conn:
            _insert(conn, _review(student=ben.user))  # writing as a classmate
        assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege)
        assert "row-level security" in str(caught.value.orig)
        for statement in ("SELECT * FROM hub.student",
                          "INSERT INTO hub.bank (bank_id, version, title, file_name, content) VALUES ('x', 1, 'x', 'x', 'x')",
                          "UPDATE hub.bank SET retired = true",
                          "UPDATE hub.review SET rating = 4",
                          "DELETE FROM hub.review"):
            with pytest.raises(HubPermissionError, match="a student may not"), talking_to(ada, "do this"), \
                    engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()
    engine = hub_engine(teacher)  # the teacher sees the whole class
    with engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT student FROM hub.review")).scalars()) == sorted([ada.user, ben.user])
    engine.dispose()


def test_a_student_folder_cannot_do_the_teachers_jobs(hub, tmp_path, capsys):
    teacher, ada, _ = hub
    folder = tmp_path / "ada"
    assert cli(capsys, "class", "join", ada.join_code(), "--data-dir", str(folder))[0] == 0
    code, out, err = cli(capsys, "class", "publish", str(GENEVA), "--data-dir", str(folder))
    assert code == 1 and "joined the class as student" in err, out + err
    # Even with the student's login put where a teacher's goes, the server refuses.
    credentials.save(HubCredentials(**{**ada.__dict__, "role": "teacher"}), AppDirs.under(folder).config)
    code, out, err = cli(capsys, "class", "retire", "geneva-talks-2022", "--data-dir", str(folder))
    assert code == 1 and "may not retire a bank" in err and "Traceback" not in err
    code, out, err = cli(capsys, "class", "add-student", "Cy", "--data-dir", str(folder))
    assert code == 1 and "may not add a student" in err


def test_a_wrong_password_or_a_dead_server_gets_a_plain_message(hub, pg, tmp_path, capsys):
    _, ada, _ = hub
    forged = HubCredentials(**{**ada.__dict__, "password": "not-it"})
    code, out, err = cli(capsys, "class", "join", forged.join_code(), "--data-dir", str(tmp_path / "a"))
    assert code == 1 and "refused the password" in err
    assert not (AppDirs.under(tmp_path / "a").config / "class.json").exists()
    nowhere = HubCredentials(**{**ada.__dict__, "port": 1})
    code, out, err = cli(capsys, "class", "join", nowhere.join_code(), "--data-dir", str(tmp_path / "b"))
    assert code == 0 and "cannot be reached" in err  # joined offline: the first sync happens later
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(tmp_path / "b"))
    assert code == 1 and "cannot be reached to sync" in err and "Traceback" not in err


def test_init_needs_a_role_that_may_create_roles(pg, hub_class, capsys, tmp_path):
    _, database = hub_class
    pg.admin("CREATE ROLE plain LOGIN PASSWORD 'pw'")
    try:
        code, out, err = cli(capsys, "class", "init", pg.url("plain", "pw", database), "--data-dir", str(tmp_path))
        assert code == 1 and "may not create roles" in err
    finally:
        pg.admin("DROP ROLE plain")
