"""The settings dialog's study-order choices, and what they do to a real sitting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.core.session import SessionState
from studyapp.gui.settings_dialog import SettingsDialog
from studyapp.settings import Settings
from tests.gui.helpers import answer_right


def test_new_questions_are_mixed_and_siblings_held_back_by_default(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.new_order.currentData() == "mixed"
    assert dialog.new_order.currentText() == "Mixed across topics and banks"
    assert dialog.bury_siblings.isChecked()
    assert (dialog.values().new_order, dialog.values().bury_siblings) == ("mixed", True)


def test_the_dialog_changes_the_order_and_burying(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.new_order.setCurrentIndex(dialog.new_order.findData("bank"))
    dialog.bury_siblings.setChecked(False)
    dialog.accept()
    assert (dialog.values().new_order, dialog.values().bury_siblings) == ("bank", False)
    again = SettingsDialog(dialog.values())
    qtbot.addWidget(again)
    assert again.new_order.currentData() == "bank" and not again.bury_siblings.isChecked()


def first_topics(window, qtbot, n: int) -> list[str]:
    window.start_study("mini")
    topics = []
    while window.study.session.state == SessionState.ASKING and len(topics) < n:
        topics.append(window.study.session.current.topic)
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    return topics


def test_a_sitting_mixes_topics_by_default(window, qtbot):
    # Issue 20: the first 20 new questions all came from the first topics of the file.
    assert sorted(first_topics(window, qtbot, 4)) == ["context", "dates", "demands", "who-said-what"]


def test_bank_order_chosen_in_the_dialog_is_used_by_the_next_sitting(window, qtbot, monkeypatch):
    dialog = SettingsDialog(window.settings, window)
    dialog.new_order.setCurrentIndex(dialog.new_order.findData("bank"))
    dialog.bury_siblings.setChecked(False)
    dialog.accept()
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, settings, parent=None: dialog.values()))
    with qtbot.waitSignal(window.library.loaded, timeout=20000):
        window.actions["settings"].trigger()
    # mini.toml lists q-quote, then three context questions.
    assert first_topics(window, qtbot, 4) == ["who-said-what", "context", "context", "context"]
