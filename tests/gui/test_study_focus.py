"""After any dialog closes, the study page owns the keyboard: Space never lands on "Library (Esc)"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from studyapp.core.session import SessionState
from tests.gui.helpers import answer_right


def close_a_dialog(qtbot, window) -> None:
    """Help → Keyboard shortcuts, closed again, and the window active as it is after any dialog."""
    window.actions["shortcuts"].trigger()
    dialog = window.dialogs[-1]
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.wait(1)  # the focus is put right from the event loop


def space_where_the_keys_are(qtbot, window) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not window.study_view.back_button
    qtbot.keyClick(focused, Qt.Key.Key_Space)


def test_space_after_a_dialog_while_waiting_for_a_learning_step_stays_in_the_sitting(make_window, mini_bank_path,
                                                                                     data_dir, qtbot):
    from studyapp.paths import AppDirs
    from studyapp.settings import Settings

    Settings().with_changes(learn_ahead_minutes=0, new_per_day=1).save(AppDirs.under(data_dir).settings_file)
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([mini_bank_path])
    w.start_study("mini")
    answer_right(qtbot, w)
    qtbot.keyClick(w.study_view.feedback, Qt.Key.Key_1)  # Again: back in a minute
    assert w.study.session.state == SessionState.WAITING
    close_a_dialog(qtbot, w)
    space_where_the_keys_are(qtbot, w)
    assert w.pages.currentWidget() is w.study_view and w.study is not None


def test_a_dialog_gives_the_keys_back_to_the_question_not_to_the_library_button(window, qtbot):
    window.start_study("mini")
    window.study_view.back_button.setFocus()  # tabbed there, or Qt's guess when the window came back
    close_a_dialog(qtbot, window)
    assert window.study_view.owns_focus()
    space_where_the_keys_are(qtbot, window)
    assert window.pages.currentWidget() is window.study_view


def test_after_a_blocking_dialog_the_suggested_rating_has_the_keys(window, qtbot, monkeypatch):
    from studyapp.gui import settings_dialog

    def ask(cls, settings, parent=None):
        dialog = settings_dialog.SettingsDialog(settings, parent)
        QTimer.singleShot(0, dialog.reject)
        dialog.exec()
        return None

    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask", classmethod(ask))
    window.start_study("mini")
    answer_right(qtbot, window)
    window.study_view.back_button.setFocus()
    window.actions["settings"].trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.wait(1)
    fb = window.study_view.feedback
    assert QApplication.focusWidget() is fb.rating_buttons[fb.feedback.suggested - 1]
