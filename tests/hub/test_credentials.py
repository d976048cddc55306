"""The hub's login: parsed from a URL, carried in a join code, kept owner-only (no server needed)."""

from __future__ import annotations

import os
import stat

import pytest

from studyapp.hub import credentials
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import HubError, NotJoined


def test_a_join_code_carries_the_login_without_the_password_in_the_clear():
    teacher = HubCredentials.from_url("postgresql://ms_rey:s3cret@school.example:5433/class_7b", "teacher")
    assert (teacher.host, teacher.port, teacher.database, teacher.user, teacher.sslmode) == \
        ("school.example", 5433, "class_7b", "ms_rey", "prefer")
    student = HubCredentials(role="student", database="class_7b", user="class_7b_s_ada", password="pw-ada-123",
                             host="school.example", port=5433, sslmode="require", name="Ada")
    code = student.join_code()
    assert code.startswith("studyapp-class:") and "pw-ada-123" not in code and " " not in code
    assert HubCredentials.from_join_code(code) == student
    assert HubCredentials.from_join_code(f"  {code}\n") == student


@pytest.mark.parametrize("bad", ["", "studyapp-class:bm90IGpzb24", "hello world", "studyapp-class:e30"])
def test_a_mangled_join_code_is_refused_plainly(bad):
    with pytest.raises(HubError, match="not one studyapp made"):
        HubCredentials.from_join_code(bad)


@pytest.mark.parametrize("url, message", [
    ("mysql://a:b@h/db", "PostgreSQL"),
    ("postgresql://h/db", "needs a user"),
    ("not a url", "not a database URL"),
    ("postgresql://a:b@h/db?sslmode=sometimes", "sslmode 'sometimes'"),
])
def test_a_bad_url_is_refused_plainly(url, message):
    with pytest.raises(HubError, match=message):
        HubCredentials.from_url(url, "teacher")


def test_require_tls_is_a_setting(tmp_path):
    creds = HubCredentials.from_url("postgresql://t:p@h/db", "teacher", sslmode="require")
    assert creds.url().query["sslmode"] == "require"
    assert credentials.with_sslmode(creds, "prefer").sslmode == "prefer"


def test_the_login_is_kept_owner_only(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "class.json").write_text("{}")
    os.chmod(config / "class.json", 0o644)  # an old file with loose rights is replaced, not reused
    creds = HubCredentials.from_url("postgresql://t:p@h/db", "teacher")
    path = credentials.save(creds, config)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert credentials.load(config, role="teacher") == creds
    assert [p.name for p in config.iterdir()] == ["class.json"]  # no temporary file left


def test_a_folder_that_never_joined_says_what_to_run(tmp_path):
    with pytest.raises(NotJoined, match="studyapp class join CODE"):
        credentials.load(tmp_path, role="student")
    with pytest.raises(NotJoined, match="studyapp class init"):
        credentials.load(tmp_path, role="teacher")
