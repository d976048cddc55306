"""File → Print quiz…: the selected bank as a PDF worksheet with the answer key on its own page."""

from __future__ import annotations

import re

import pypdf
from PySide6.QtWidgets import QApplication

from studyapp.gui import quiz_print
from studyapp.gui.error_dialog import ErrorDialog


def pages(path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def test_print_quiz_writes_the_selected_bank(make_window, mini_bank_path, geneva_bank_path, qtbot, tmp_path,
                                             monkeypatch):
    w = make_window()
    assert not w.actions["print_quiz"].isEnabled()  # no bank yet
    for path in (mini_bank_path, geneva_bank_path):
        with qtbot.waitSignal(w.ready, timeout=20000):
            w.import_paths([path])
    target = tmp_path / "quiz.pdf"
    asked = []
    monkeypatch.setattr(quiz_print.ChooseQuizFile, "ask",
                        classmethod(lambda cls, suggested, parent=None: asked.append(suggested) or target))
    second = w.library_view.cards[1]
    second.study_button.setFocus()
    assert w.actions["print_quiz"].isEnabled()
    w.actions["print_quiz"].trigger()
    assert asked == [f"{second.row.id}-quiz.pdf"]
    assert w.status_text.text() == f"Wrote the quiz to {target}"
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
    text = pages(target)
    title = second.row.title
    key_start = next(i for i, p in enumerate(text) if p.startswith("Answer key"))
    assert 0 < key_start < len(text)
    assert text[0].startswith(title)
    assert all("Answer key" not in p for p in text[:key_start])
    assert title in text[key_start]


def test_a_quiz_that_cannot_be_written_says_why(window, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "no-such-folder" / "quiz.pdf"
    monkeypatch.setattr(quiz_print.ChooseQuizFile, "ask", classmethod(lambda cls, suggested, parent=None: target))
    window.actions["print_quiz"].trigger()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, ErrorDialog)
    assert str(target) in dialog.message.text() and "choose another folder" in dialog.message.text()
    assert not target.exists()
    dialog.accept()


def test_cancelling_the_save_dialog_does_nothing(window, monkeypatch):
    monkeypatch.setattr(quiz_print.ChooseQuizFile, "ask", classmethod(lambda cls, suggested, parent=None: None))
    before = window.status_text.text()
    window.actions["print_quiz"].trigger()
    assert window.dialogs == [] and window.status_text.text() == before
