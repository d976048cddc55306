"""The marks' keys pressed for real on the study page: @ suspends, while a typed answer keeps its '-'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from studyapp.core.records import CardKey
from studyapp.storage.marks import Marks
from tests.helpers.reviews import MINI_IDS


def test_at_suspends_and_a_minus_typed_into_an_answer_stays_text(window, qtbot, clock):
    marks = Marks(window.library.progress.engine)
    marks.suspend([CardKey("mini", q) for q in MINI_IDS if q not in ("q-typed", "q-choice")], clock())
    window.start_study("mini")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for _ in range(2):
        if window.study.session.current.key.question_id == "q-typed":
            break
        qtbot.keyClick(window.study_view.question_widget, "@")  # a choice question: @ suspends it
    box = window.study_view.question_widget.findChild(QLineEdit)
    box.setFocus()
    qtbot.keyClicks(box, "a-b")
    assert box.text() == "a-b"  # the line edit kept '-' (Qt lets text fields override shortcuts)
    assert window.study.session.current.key.question_id == "q-typed"
    assert marks.get([CardKey("mini", "q-choice")])[CardKey("mini", "q-choice")].suspended
    qtbot.keyClick(box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1 works while typing
    assert marks.get([CardKey("mini", "q-typed")])[CardKey("mini", "q-typed")].flag == 1
