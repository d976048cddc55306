"""Publishing and retiring banks for a class, as the students' apps see it after a sync."""

from __future__ import annotations

import shutil

from tests.hub.helpers import REPO, bank_version, cli

MINI = REPO / "tests" / "data" / "banks" / "mini.toml"


def test_publish_retire_and_publish_again(hub_class, tmp_path, capsys):
    url, _ = hub_class
    teacher, ada = tmp_path / "teacher", tmp_path / "ada"
    assert cli(capsys, "class", "init", url, "--data-dir", str(teacher))[0] == 0
    join_code = cli(capsys, "class", "add-student", "Ada", "--data-dir", str(teacher))[1].strip().splitlines()[-1]
    assert cli(capsys, "class", "join", join_code, "--data-dir", str(ada))[0] == 0

    code, out, err = cli(capsys, "class", "publish", str(MINI), "--data-dir", str(teacher))
    assert code == 0 and "'mini' version 1 published" in out, err
    code, out, err = cli(capsys, "class", "publish", str(MINI), "--data-dir", str(teacher))
    assert code == 0 and "already published" in out
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
    assert code == 0 and "banks mini v1" in out, err
    assert bank_version(ada, "mini") == 1

    # Same version, other content: refused with what to do.
    changed = tmp_path / "changed"
    shutil.copytree(MINI.parent, changed)
    text = (changed / "mini.toml").read_text(encoding="utf-8")
    (changed / "mini.toml").write_text(text.replace('title = "A small bank for tests"', 'title = "Renamed"'),
                                       encoding="utf-8")
    code, out, err = cli(capsys, "class", "publish", str(changed / "mini.toml"), "--data-dir", str(teacher))
    assert code == 1 and "raise [bank] version to 2" in err

    code, out, err = cli(capsys, "class", "retire", "mini", "--data-dir", str(teacher))
    assert code == 0, err
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
    assert code == 0 and "retired by the teacher: mini" in out, err
    assert bank_version(ada, "mini") is None
    code, out, err = cli(capsys, "class", "retire", "nothing-such", "--data-dir", str(teacher))
    assert code == 1 and "no bank 'nothing-such' is published (published: mini)" in err

    code, out, err = cli(capsys, "class", "publish", "mini", "--data-dir", str(ada))  # a student's folder
    assert code == 1 and "student" in err
    code, out, err = cli(capsys, "class", "publish", str(MINI), "--data-dir", str(teacher))
    assert code == 0 and "published again" in out
    assert cli(capsys, "class", "sync", "--data-dir", str(ada))[0] == 0
    assert bank_version(ada, "mini") == 1


def test_the_report_can_be_read_from_a_replica(pg, hub_class, tmp_path, capsys):
    url, _ = hub_class
    teacher = tmp_path / "teacher"
    assert cli(capsys, "class", "init", url, "--data-dir", str(teacher))[0] == 0
    # The test server stands in for a replica (reached as localhost instead of 127.0.0.1).
    code, out, err = cli(capsys, "class", "report", "--to", str(tmp_path / "r.csv"), "--replica",
                         f"localhost:{pg.port}", "--data-dir", str(teacher))
    assert code == 0 and "0 students" in out, err
    code, out, err = cli(capsys, "class", "report", "--to", str(tmp_path / "r.csv"), "--replica", "localhost:1",
                         "--data-dir", str(teacher))
    assert code == 1 and "localhost:1/" in err and "cannot be reached" in err


def test_after_the_hub_is_restored_from_an_older_dump_resend_fills_it_again(hub_class, tmp_path, capsys):
    from datetime import datetime, timezone

    from sqlalchemy import text

    from studyapp.hub.connection import hub_engine
    from studyapp.hub.credentials import HubCredentials
    from tests.hub.helpers import GENEVA, fill_reviews

    url, _ = hub_class
    teacher, ada = tmp_path / "teacher", tmp_path / "ada"
    assert cli(capsys, "class", "init", url, "--data-dir", str(teacher))[0] == 0
    assert cli(capsys, "class", "publish", str(GENEVA), "--data-dir", str(teacher))[0] == 0
    join_code = cli(capsys, "class", "add-student", "Ada", "--data-dir", str(teacher))[1].strip().splitlines()[-1]
    assert cli(capsys, "class", "join", join_code, "--data-dir", str(ada))[0] == 0
    fill_reviews(ada, 7, datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc))
    assert "sent 7 reviews" in cli(capsys, "class", "sync", "--data-dir", str(ada))[1]
    engine = hub_engine(HubCredentials.from_url(url, "teacher"))
    with engine.begin() as conn:  # the dump restored was taken before Ada's sync
        conn.execute(text("DELETE FROM hub.review"))
    assert "sent 0 reviews" in cli(capsys, "class", "sync", "--data-dir", str(ada))[1]
    assert "sent 7 reviews" in cli(capsys, "class", "sync", "--resend", "--data-dir", str(ada))[1]
    assert "sent 7 reviews" in cli(capsys, "class", "sync", "--resend", "--data-dir", str(ada))[1]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub.review")).scalar() == 7  # one copy each
    engine.dispose()


def test_sync_from_the_command_line_waits_for_the_app_to_close(hub_class, tmp_path, capsys):
    import subprocess
    import sys

    url, _ = hub_class
    teacher, ada = tmp_path / "teacher", tmp_path / "ada"
    assert cli(capsys, "class", "init", url, "--data-dir", str(teacher))[0] == 0
    join_code = cli(capsys, "class", "add-student", "Ada", "--data-dir", str(teacher))[1].strip().splitlines()[-1]
    assert cli(capsys, "class", "join", join_code, "--data-dir", str(ada))[0] == 0
    holder = ("import sys\nfrom studyapp.storage.app_lock import AppLock\nlock = AppLock(sys.argv[1])\n"
              "assert lock.acquire()\nprint('HELD', flush=True)\nsys.stdin.read()\nlock.release()\n")
    with subprocess.Popen([sys.executable, "-c", holder, str(ada)], cwd=REPO,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as app:  # the app, in its process
        assert app.stdout.readline().strip() == "HELD"
        code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
        assert code == 1 and "syncs with the class by itself" in err
        app.stdin.close()
    code, out, err = cli(capsys, "class", "sync", "--data-dir", str(ada))
    assert code == 0, err
