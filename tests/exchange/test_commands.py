"""export, import, banks and remove as a user runs them: the real entry point, files and database.

Most run `cli.main` in this process (a new interpreter per call would cost a second each); one test
runs a real process to check the user never sees a traceback.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from types import SimpleNamespace

import pypdf
import pytest

from studyapp.cli import main

from studyapp.core.loader import load_bank
from studyapp.exchange.csv_format import read_csv

NOW = "2022-01-21T12:00:00+00:00"


@pytest.fixture
def run(capsys, monkeypatch, qapp):
    """Run the CLI in-process; the qapp fixture owns the Qt application the PDF export needs."""

    def _run(*args: str, stdin: str = "") -> SimpleNamespace:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return _run


def test_export_to_every_format(run, mini_bank_path, tmp_path):
    for ext in ("toml", "csv", "gift", "apkg", "pdf"):
        out = run("export", str(mini_bank_path), "--to", str(tmp_path / f"mini.{ext}"))
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith(f"wrote {tmp_path / f'mini.{ext}'} from bank 'mini' (8 questions")
    assert load_bank(tmp_path / "mini.toml").bank == load_bank(mini_bank_path).bank  # article copied beside it
    assert read_csv(tmp_path / "mini.csv").bank.questions == load_bank(mini_bank_path).bank.questions
    gift = run("export", str(mini_bank_path), "--to", str(tmp_path / "again.gift"))
    assert "warning: q-order: order questions have no GIFT form; left out" in gift.stderr
    assert gift.stdout.endswith("(8 questions; 5 warnings above)\n")
    assert len(pypdf.PdfReader(tmp_path / "mini.pdf").pages) == 2


def test_export_refuses_unknown_formats_and_banks(run, mini_bank_path, tmp_path):
    out = run("export", str(mini_bank_path), "--to", str(tmp_path / "mini.docx"))
    assert out.returncode == 1
    assert out.stderr == (f"studyapp: {tmp_path / 'mini.docx'}: --to: unknown export format '.docx'; "
                          "use one of .toml, .csv, .gift, .apkg, .pdf\n")
    out = run("--data-dir", str(tmp_path / "d"), "export", "no-such-bank", "--to", str(tmp_path / "x.csv"))
    assert out.returncode == 1
    assert out.stderr.startswith("studyapp: no-such-bank: BANK: no such file, and no installed bank has this id")
    assert "Traceback" not in out.stderr


def test_import_banks_export_by_id_and_remove(run, mini_bank_path, tmp_path):
    data = str(tmp_path / "data")
    csv_path = tmp_path / "mini.csv"
    assert run("export", str(mini_bank_path), "--to", str(csv_path)).returncode == 0

    out = run("--data-dir", data, "import", str(csv_path), "--now", NOW)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "A small bank for tests (mini): Installed version 1: 8 questions.\n"
    again = run("--data-dir", data, "import", str(csv_path), "--now", NOW)
    assert again.stdout == "A small bank for tests (mini): Already up to date: version 1 is installed; nothing changed.\n"

    listed = json.loads(run("--data-dir", data, "banks", "--json", "--now", NOW).stdout)
    mini = next(b for b in listed if b["id"] == "mini")
    assert (mini["version"], mini["questions"], mini["new"], mini["bundled"]) == (1, 8, 8, False)
    table = run("--data-dir", data, "banks", "--now", NOW).stdout.splitlines()
    assert table[0].split() == ["bank", "version", "questions", "new", "learning", "due", "today", "title"]
    assert any(line.split()[:4] == ["mini", "1", "8", "8"] for line in table)

    exported = run("--data-dir", data, "export", "mini", "--to", str(tmp_path / "back.csv"))
    assert exported.returncode == 0, exported.stderr
    assert read_csv(tmp_path / "back.csv").bank.questions == load_bank(mini_bank_path).bank.questions

    removed = run("--data-dir", data, "remove", "mini", "--now", NOW)
    assert removed.stdout == ("removed bank 'mini'; its history is kept: importing it again brings the progress "
                              "back\n")
    assert "mini" not in {b["id"] for b in json.loads(run("--data-dir", data, "banks", "--json").stdout)}

    declined = run("--data-dir", data, "remove", "mini", "--purge", stdin="n\n")
    assert declined.returncode == 1
    assert declined.stdout == ("Delete bank 'mini' and all its review history? This cannot be undone. [y/N] "
                               "Nothing deleted.\n")
    purged = run("--data-dir", data, "remove", "mini", "--purge", stdin="y\n")
    assert purged.returncode == 0 and purged.stdout.endswith("deleted bank 'mini' and its history\n")
    gone = run("--data-dir", data, "remove", "mini", "--purge", "--yes")
    assert gone.returncode == 1
    assert gone.stderr.startswith("studyapp: no bank 'mini' is installed")


def test_import_reports_each_broken_file_and_exits_1(tmp_path):
    """A real process: the message, exit code 1, and no traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.csv").write_text("# source.title: S\nid,type,topic,prompt,answer,explanation,source\n"
                                    "q1,flash,context,P,,E,S\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "studyapp", "--data-dir", str(tmp_path / "data"), "import",
                          str(folder)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert f"studyapp: {folder / 'bad.csv'}:3: answer: required for this type" in out.stderr
    assert "Traceback" not in out.stderr


UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x85", "\u2028"]


def _hostile_bank(mini_bank_path, folder, answer: str = "Mayor"):
    import shutil

    folder.mkdir()
    shutil.copytree(mini_bank_path.parent / "sources", folder / "sources")
    text = mini_bank_path.read_text(encoding="utf-8")
    text = text.replace('title = "A small bank for tests"',
                        r'title = "Fun \u001b]0;pwned\u0007\u001b[2J quiz \u202eexe.txt \u009b31m \u2066x\u2069"')
    text = text.replace('prompt = "What is Alice Smith\'s office?"', r'prompt = "Office?\u001b[8m hidden\u0085\u2028"')
    text = text.replace('answer = "Mayor"', f'answer = "{answer}"', 1)
    (folder / "bank.toml").write_text(text, encoding="utf-8")
    return folder / "bank.toml"


def test_control_characters_from_a_bank_never_reach_the_terminal(run, mini_bank_path, tmp_path):
    bank = _hostile_bank(mini_bank_path, tmp_path / "b")
    data = str(tmp_path / "data")
    outputs = [run("show", str(bank)), run("show", str(bank), "--json"),
               run("--data-dir", data, "import", str(bank), "--now", NOW),
               run("--data-dir", data, "banks", "--now", NOW), run("--data-dir", data, "banks", "--json", "--now", NOW)]
    broken = _hostile_bank(mini_bank_path, tmp_path / "c", answer=r"\u001b[31mMayor\u202e")
    outputs += [run("validate", str(broken)), run("show", str(broken))]
    for out in outputs:
        for char in UNSAFE:
            assert char not in out.stdout + out.stderr, (char, out)
    assert "Fun \\x1b]0;pwned\\x07\\x1b[2J quiz \\u202eexe.txt \\x9b31m \\u2066x\\u2069" in outputs[0].stdout
    assert json.loads(outputs[1].stdout)["title"].startswith("Fun \x1b]0;pwned")  # the JSON value is unchanged
    assert outputs[5].returncode == 1 and "'\\x1b[31mMayor\\u202e' is not among the choices" in outputs[5].stdout
    assert len(outputs[5].stdout.splitlines()) == 1 and outputs[6].stderr.count("\n") == 1


def test_import_refuses_an_id_takeover_until_replace(run, mini_bank_path, tmp_path):
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "import", str(mini_bank_path), "--now", NOW).returncode == 0
    fun = tmp_path / "fun.toml"
    fun.write_text(mini_bank_path.read_text(encoding="utf-8")
                   .replace('title = "A small bank for tests"', 'title = "Fun quiz"\nversion = 9', 1)
                   .replace("version = 1\n", "", 1).replace('title = "Mini article"', 'title = "Trivia"')
                   .replace('file = "sources/mini.txt"\n', ""), encoding="utf-8")
    refused = run("--data-dir", data, "import", str(fun), "--now", NOW)
    assert refused.returncode == 1 and "installed bank with this id is “A small bank for tests”" in refused.stderr
    replaced = run("--data-dir", data, "import", str(fun), "--replace", "--now", NOW)
    assert replaced.returncode == 0 and "Updated to version 9: 0 added" in replaced.stdout
