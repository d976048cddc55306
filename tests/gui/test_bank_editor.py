"""The bank editor through the real window: edit an installed question of every type, see the validator's
messages as you type, keep or reset a changed question's schedule, write a bank from scratch and study it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp.cli import main as cli_main
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Stage
from studyapp.core.session import SessionState
from studyapp.gui import bank_editor, generate_dialog
from studyapp.gui.actions import shortcut_rows
from studyapp.gui.bank_editor import BankEditorDialog, KeepOrReset
from studyapp.gui.question_editor import QuestionEditor
from tests.gui.helpers import answer_right


@pytest.fixture
def keep_or_reset(monkeypatch):
    """Answers the keep-or-reset question with `answer.choice`, and records what it was asked."""

    class Answer:
        choice: str | None = KeepOrReset.KEEP
        asked: list[list[str]] = []

    def ask(cls, changed, parent=None):
        Answer.asked.append(list(changed))
        return Answer.choice

    monkeypatch.setattr(KeepOrReset, "ask", classmethod(ask))
    return Answer


def open_editor(window, qid: str) -> BankEditorDialog:
    dialog = window.open_question_editor("mini", qid)
    assert isinstance(dialog, BankEditorDialog) and dialog in window.dialogs
    assert dialog.tabs.currentIndex() == 1 and dialog.model.questions[dialog.list.currentRow()]["id"] == qid
    return dialog


def retype(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClicks(line, text)


def save_and_install(qtbot, window, dialog) -> None:
    with qtbot.waitSignal(window.ready, timeout=20000):
        dialog.save_button.click()
    assert not dialog.isVisible()


def installed(window, qid: str):
    loaded = window.library.bank_file("mini")
    return loaded.bank.bank.version, loaded.bank.question(qid)


# Each question type of mini.toml, a real edit made through its widget, and what the installed question says then.
EDITS = {
    "q-quote": (lambda ed, qtbot: retype(qtbot, ed.speaker.lineEdit(), "Bob Jones"),
                lambda q: q.speaker == "Bob Jones"),
    "q-choice": (lambda ed, qtbot: retype(qtbot, ed.key, "Councillor"), lambda q: q.answer == "Councillor"),
    "q-tf": (lambda ed, qtbot: retype(qtbot, ed.key, "True"), lambda q: q.answer == "True"),
    "q-typed": (lambda ed, qtbot: retype(qtbot, ed.key, "new bridge"),
                lambda q: q.prompt == "The mayor promised to build the {{new bridge}} by 2024."),
    "q-date": (lambda ed, qtbot: retype(qtbot, ed.key, "2023-03"), lambda q: q.answer == "2023-03"),
    "q-order": (lambda ed, qtbot: ed.options.setPlainText("The council met\nThe bridge is due\n"
                                                          "The article was published"),
                lambda q: q.items == ["The council met", "The bridge is due", "The article was published"]),
    "q-match": (lambda ed, qtbot: ed.options.setPlainText("Build the bridge -> Bob Jones\n"
                                                          "The plan costs too much -> Alice Smith"),
                lambda q: q.pairs == [["Build the bridge", "Bob Jones"], ["The plan costs too much", "Alice Smith"]]),
    "q-flash": (lambda ed, qtbot: retype(qtbot, ed.key, "Its cost"), lambda q: q.answer == "Its cost"),
}


@pytest.mark.parametrize("qid", list(EDITS))
def test_editing_a_question_of_each_type_installs_the_next_version(window, qtbot, keep_or_reset, qid,
                                                                  mini_bank_path):
    dialog = open_editor(window, qid)
    edit, check = EDITS[qid]
    edit(dialog.editor, qtbot)
    assert dialog.editor.problems.isHidden(), dialog.editor.problems.text()
    save_and_install(qtbot, window, dialog)
    version, q = installed(window, qid)
    assert version == 2 and check(q)
    assert keep_or_reset.asked == [[qid]]  # only the edited question counts as changed
    original = load_bank(mini_bank_path).bank
    assert all(installed(window, other)[1] == original.question(other) for other in EDITS if other != qid)
    assert "Updated to version 2: 0 added, 1 changed, 7 unchanged, 0 retired." in window.status_text.text()
