"""`studyapp find`, `suspend`, `unsuspend`, `flag` against a real data folder, and `stats` counting them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.loader import load_bank
from studyapp.paths import AppDirs
from studyapp.storage.progress import open_progress

NOW = "2022-01-21T12:00:00+00:00"
REPO = Path(__file__).resolve().parents[2]
APP_HOLDER = ("import sys\nfrom studyapp.storage.app_lock import AppLock\nlock = AppLock(sys.argv[1])\n"
              "assert lock.acquire()\nprint('HELD', flush=True)\nsys.stdin.read()\nlock.release()\n")


@pytest.fixture
def folder(data_dir, mini_bank_path, now):
    """A data folder with only mini.toml installed (the bundled bank removed)."""
    with open_progress(AppDirs.under(data_dir), now) as p:
        for b in p.banks():
            p.remove_bank(b.id)
        p.install_bank(load_bank(mini_bank_path), now)
    return data_dir


def cli(folder, *args) -> int:
    return main(["--data-dir", str(folder), *args, "--now", NOW])


def found(folder, capsys, *query) -> list[dict]:
    assert cli(folder, "find", "--json", *query) == 0
    return json.loads(capsys.readouterr().out)


def test_find_prints_what_browse_shows(folder, capsys):
    assert [q["id"] for q in found(folder, capsys, "type:choice")] == ["q-choice", "q-tf"]
    [q] = found(folder, capsys, '"too expensive"', "type:flash")
    assert q == {"id": "q-flash", "bank": "mini", "topic": "context", "type": "flash", "state": "new", "flag": 0,
                 "prompt": "What did Bob Jones object to?", "answer": "The cost of the plan"}
    assert cli(folder, "find", "topic:dates", "--sort", "prompt", "--desc") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "bank", "topic", "type", "state", "prompt"]
    assert [line.split()[0] for line in lines[1:]] == ["q-date", "q-order"]
    assert cli(folder, "find", "nothing-like-this") == 0 and "No questions match" in capsys.readouterr().out


def test_negated_terms_are_search_terms_not_options(folder, capsys):
    assert [q["id"] for q in found(folder, capsys, "type:choice", "-office")] == ["q-tf"]
    assert [q["id"] for q in found(folder, capsys, "-is:new", "-type:flash")] == []
    assert [q["id"] for q in found(folder, capsys, '-"too expensive"', "topic:context")] == ["q-choice", "q-typed"]
    assert cli(folder, "suspend", "-topic:context", "-topic:dates") == 0
    assert capsys.readouterr().out.strip() == "Suspended 2 questions"


def test_a_bad_search_is_one_clear_line(folder, capsys):
    assert cli(folder, "find", "is:lost") == 1
    err = capsys.readouterr().err
    assert err.startswith("studyapp: search: is:lost is not known") and "Traceback" not in err


def test_suspend_flag_and_stats(folder, capsys):
    assert cli(folder, "suspend", "topic:dates") == 0
    assert capsys.readouterr().out.strip() == "Suspended 2 questions"
    assert cli(folder, "flag", "3", "type:choice") == 0
    assert capsys.readouterr().out.strip() == "Flagged 2 questions green"
    assert [q["id"] for q in found(folder, capsys, "is:suspended")] == ["q-date", "q-order"]
    assert [(q["id"], q["state"]) for q in found(folder, capsys, "flag:3")] == [("q-choice", "new"), ("q-tf", "new")]
    assert cli(folder, "stats", "--json") == 0
    [mini] = json.loads(capsys.readouterr().out)["banks"]
    assert (mini["suspended"], mini["buried"], mini["flagged"]) == (2, 0, 2)
    assert cli(folder, "unsuspend", "id:q-date") == 0 and cli(folder, "flag", "0", "flag:3") == 0
    capsys.readouterr()
    assert [q["id"] for q in found(folder, capsys, "is:suspended")] == ["q-order"]
    assert found(folder, capsys, "is:flagged") == []
    assert cli(folder, "stats") == 0
    assert "suspended" in capsys.readouterr().out


def test_marks_commands_need_a_search_and_a_free_folder(folder, capsys):
    assert cli(folder, "suspend") == 1
    assert "give a search" in capsys.readouterr().err
    # the app (another process) has the folder: refused at once, not waited for
    with subprocess.Popen([sys.executable, "-c", APP_HOLDER, str(folder)], cwd=REPO, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as app:
        assert app.stdout.readline().strip() == "HELD"
        assert cli(folder, "suspend", "id:q-tf") == 1
        app.stdin.close()
    assert "studyapp is open on this data folder" in capsys.readouterr().err
    assert found(folder, capsys, "is:suspended") == []


def test_find_neutralises_control_characters(folder, mini_bank_path, tmp_path, capsys, now):
    hostile = tmp_path / "hostile"
    shutil.copytree(mini_bank_path.parent / "sources", hostile / "sources")
    text = mini_bank_path.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
    text = text.replace('prompt = "What is Alice Smith\'s office?"',
                        'prompt = "What is \\u001b[2J\\u001b]0;owned\\u0007 office?\\u202e"')
    (hostile / "mini.toml").write_text(text, encoding="utf-8")
    if cli(folder, "import", str(hostile / "mini.toml")) != 0:
        pytest.skip("the loader refuses control characters in a bank: nothing hostile can reach `find`")
    capsys.readouterr()
    assert cli(folder, "find", "id:q-choice") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "What is \\x1b[2J\\x1b]0;owned\\x07 office?\\u202e" in out
    assert cli(folder, "find", "id:q-choice", "--json") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["prompt"] == "What is \x1b[2J\x1b]0;owned\x07 office?\u202e"



HOLDER = ("import sys\nfrom studyapp.storage.app_lock import FolderHold\n"
          "hold = FolderHold(sys.argv[1])\nprint('HELD', flush=True)\nsys.stdin.read()\nhold.release()\n")


def test_a_restore_waits_for_suspend_instead_of_refusing(folder, now, tmp_path):
    """`suspend` holds the folder as a command, not as the app: a restore started meanwhile waits
    its turn (and says so) rather than refusing as it does while the app is open. Real processes:
    a holder keeps the folder so that suspend queues, then restore queues behind suspend."""
    from studyapp.storage.backups import make_backup

    source = make_backup(AppDirs.under(folder).database, tmp_path / "source", now, "manual")

    def studyapp(*args):
        return subprocess.Popen([sys.executable, "-m", "studyapp", "--data-dir", str(folder), *args], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    with subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=REPO, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout.readline().strip() == "HELD"
        suspend = studyapp("suspend", "id:q-tf", "--now", NOW)
        assert "waiting for it to finish" in suspend.stderr.readline()  # queued behind the holder
        restore = studyapp("restore", str(source))
        assert "waiting for it to finish" in restore.stderr.readline()  # queued behind suspend, not refused
        holder.stdin.close()  # the holder finishes: suspend runs, then restore
        s_out, s_err = suspend.communicate(timeout=300)
        r_out, r_err = restore.communicate(timeout=300)
    assert suspend.returncode == 0 and "1 question" in s_out, s_err
    assert restore.returncode == 0, r_err
    assert "studyapp is open" not in r_err


def test_stats_new_and_due_leave_out_what_study_sets_aside_as_left_today_does(folder, capsys, now):
    """One definition: `stats` (and `banks`) count new / learning / due today as the day plan
    behind the library's "left today" does, without suspended or still-buried questions."""
    from datetime import timedelta

    from studyapp.core.card import Rating
    from studyapp.core.day_plan import plan_day
    from studyapp.core.records import CardKey, ReviewRecord
    from studyapp.core.scheduling import Scheduler, day_bounds
    from studyapp.settings import Settings
    from studyapp.storage.marks import Marks

    settings = Settings().with_changes(new_per_day=9999, reviews_per_day=9999, bury_siblings=False,
                                       timezone="UTC")
    dirs = AppDirs.under(folder)
    settings.save(dirs.settings_file)
    start, end = day_bounds(now, settings.day_starts_at_hour, settings.tzinfo)
    with open_progress(dirs, now) as p:
        key = CardKey("mini", "q-quote")  # answered long ago, so today's work
        before = p.card_state(key)
        after, _ = Scheduler(settings, fuzz=False).review(before, Rating.GOOD, now - timedelta(days=40))
        p.record_review(ReviewRecord(key, now - timedelta(days=40), Rating.GOOD, before, after))
        marks = Marks(p.engine)
        marks.suspend([CardKey("mini", "q-tf"), key], now)
        marks.bury([CardKey("mini", "q-choice")], end, now)
        plan = plan_day(p, lambda k: frozenset(), ["mini"], settings, start, end,
                        excluded=marks.excluded(now)).counts
    [mini] = [b for b in json.loads(stats_out(folder, capsys))["banks"] if b["id"] == "mini"]
    assert (mini["new"], mini["learning"], mini["due_today"]) == (plan.new, plan.learning, plan.review) == (5, 0, 0)
    assert (mini["total"], mini["suspended"], mini["buried"]) == (8, 2, 1)
    assert cli(folder, "banks", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["new"], row["learning"], row["due_today"]) == (5, 0, 0)
    # unsuspended, the answered question is today's work again in both
    with open_progress(dirs, now) as p:
        Marks(p.engine).unsuspend([key], now)
        plan = plan_day(p, lambda k: frozenset(), ["mini"], settings, start, end,
                        excluded=Marks(p.engine).excluded(now)).counts
    [mini] = [b for b in json.loads(stats_out(folder, capsys))["banks"] if b["id"] == "mini"]
    assert (mini["new"], mini["learning"], mini["due_today"]) == (plan.new, plan.learning, plan.review)
    assert (mini["new"], mini["learning"] + mini["due_today"]) == (5, 1)


def stats_out(folder, capsys) -> str:
    assert cli(folder, "stats", "--json") == 0
    return capsys.readouterr().out
