"""`studyapp find`, `suspend`, `unsuspend`, `flag` against a real data folder, and `stats` counting them."""

from __future__ import annotations

import json
import shutil

import pytest

from studyapp.cli import main
from studyapp.core.loader import load_bank
from studyapp.paths import AppDirs
from studyapp.storage.app_lock import AppLock
from studyapp.storage.progress import open_progress

NOW = "2022-01-21T12:00:00+00:00"


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
    with AppLock(folder):  # the app has the folder
        assert cli(folder, "suspend", "id:q-tf") == 1
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

