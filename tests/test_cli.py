"""The headless commands as a user runs them: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import MINI


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studyapp", *args], capture_output=True, text=True, timeout=60)


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("studyapp ")


def test_validate_good_bank_exits_0():
    out = run("validate", str(MINI))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 bank valid" in out.stdout


def test_show_json_has_the_contract_shape():
    out = run("show", str(MINI), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"id", "title", "version", "questions"}
    assert data["id"] == "mini"
    for q in data["questions"]:
        assert set(q) == {"id", "type", "topic", "prompt", "answer", "choices", "source"}
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["q-quote"]["answer"] == "Alice Smith"
    assert by_id["q-quote"]["choices"] == ["Alice Smith", "Bob Jones"]
    assert by_id["q-typed"]["prompt"] == "The mayor promised to build the _____ by 2024."
    assert by_id["q-typed"]["answer"] == "bridge"
    assert by_id["q-date"]["answer"] == "3 March 2023"
    assert by_id["q-order"]["answer"] == ["The council met", "The article was published", "The bridge is due"]
    assert by_id["q-match"]["answer"] == [["Build the bridge", "Alice Smith"], ["The plan costs too much", "Bob Jones"]]
    assert by_id["q-flash"]["choices"] == []


def test_schema_is_json_schema_of_the_bank():
    out = run("schema")
    assert out.returncode == 0
    schema = json.loads(out.stdout)
    assert schema["title"] == "studyapp question bank"
    assert "questions" in schema["properties"]


def test_missing_file_is_a_message_not_a_traceback(tmp_path):
    out = run("validate", str(tmp_path / "nope.toml"))
    assert out.returncode == 1
    assert out.stdout.strip() == f"{tmp_path / 'nope.toml'}: file: no such file; check the path"
    assert "Traceback" not in out.stderr


def test_an_unexpected_error_is_logged_not_shown(tmp_path, monkeypatch, capsys):
    import types

    from studyapp import cli

    broken = types.ModuleType("broken_command")
    broken.add_arguments = lambda p: None

    def boom(args):
        raise RuntimeError("a bug")

    broken.run = boom
    monkeypatch.setitem(sys.modules, "broken_command", broken)
    monkeypatch.setitem(cli.COMMANDS, "broken", ("broken_command", "always fails"))
    assert cli.main(["--data-dir", str(tmp_path), "broken"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert str(tmp_path / "logs" / "crash.log") in err
    assert "RuntimeError: a bug" in (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
