"""File → New bank from article…: draft off the GUI thread, review, untick, edit, save, import."""

from __future__ import annotations

import threading
import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp.core.loader import load_bank
from studyapp.gui import generate_dialog
from studyapp.gui.generate_dialog import KEEP, PROMPT, SCORE, GenerateDialog

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
FERRY = ARTICLES / "ferry-talks.txt"


@pytest.fixture
def article_dialog(make_window, monkeypatch):
    """A window, and a function opening the dialog on an article through the File menu action."""
    w = make_window()

    def open_on(article: Path) -> GenerateDialog:
        monkeypatch.setattr(generate_dialog.ChooseArticleFile, "ask", classmethod(lambda cls, parent=None: article))
        w.actions["new_from_article"].trigger()
        dialog = w.dialogs[-1]
        assert isinstance(dialog, GenerateDialog)
        return dialog

    return w, open_on


def draft(qtbot, dialog: GenerateDialog) -> None:
    with qtbot.waitSignal(dialog.drafted, timeout=20000):
        dialog.draft_button.click()
    qtbot.waitUntil(lambda: not dialog.busy_bar.isVisible(), timeout=5000)


def test_review_untick_edit_save_and_the_library_shows_it(article_dialog, qtbot, tmp_path, monkeypatch):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()
    dialog.date_known.setChecked(True)
    dialog.published.setDate(date(2023, 3, 7))
    dialog.title.setText("Ferry talks")
    threads = []
    real = generate_dialog.make_draft
    monkeypatch.setattr(generate_dialog, "make_draft",
                        lambda *args: threads.append(threading.current_thread()) or real(*args))
    draft(qtbot, dialog)
    assert threads and threads[0] is not threading.main_thread()  # drafted off the GUI thread
    rows = dialog.table.rowCount()
    assert rows >= 3
    ids = [dialog.table.item(r, KEEP).data(Qt.ItemDataRole.UserRole) for r in range(rows)]
    # every row shows type, topic, question and answer; the selected one its source too
    assert all(dialog.table.item(r, c).text() for r in range(rows) for c in range(1, 5))
    assert dialog.editor.source.text() == dialog.draft.questions[0]["source"]

    dropped = ids[0]
    assert dialog.table.currentRow() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # Space unticks the selected question
    assert dialog.table.item(0, KEEP).checkState() == Qt.CheckState.Unchecked
    assert dropped not in dialog.kept_ids()
    edit_row = next(r for r, q in enumerate(dialog.draft.questions) if r > 0 and "prompt" in q)
    edited_id = ids[edit_row]
    dialog.table.setCurrentCell(edit_row, PROMPT)
    assert dialog.prompt_edit.toPlainText() == dialog.draft.questions[edit_row]["prompt"]
    dialog.prompt_edit.setPlainText("Which island holds this position, according to the article?")
    assert dialog.table.item(edit_row, PROMPT).text() == \
        "Which island holds this position, according to the article?"
    assert f"{rows} questions drafted, {rows - 1} kept" in dialog.status.text()

    target = tmp_path / "banks" / "ferry.toml"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(generate_dialog.SaveBankFile, "ask",
                        classmethod(lambda cls, suggested, parent=None: asked.append(suggested) or target))
    with qtbot.waitSignal(w.ready, timeout=20000):
        dialog.save_button.click()
    assert asked == ["ferry-talks.toml"]
    assert w.dialogs == []

    loaded = load_bank(target)  # validates
    saved_ids = [q.id for q in loaded.bank.questions]
    assert saved_ids == ids[1:]
    assert loaded.bank.question(edited_id).prompt == "Which island holds this position, according to the article?"
    assert loaded.bank.bank.title == "Ferry talks"
    assert loaded.bank.bank.id == "ferry"
    assert loaded.bank.bank.source.published == date(2023, 3, 7)
    raw = tomllib.loads(target.read_text(encoding="utf-8"))
    assert raw["bank"]["source"]["file"] == "sources/ferry.txt"
    assert (target.parent / "sources" / "ferry.txt").read_text(encoding="utf-8") == \
        FERRY.read_text(encoding="utf-8").replace("\r\n", "\n")

    assert [c.row.id for c in w.library_view.cards] == ["ferry"]
    assert w.library_view.cards[0].row.total == rows - 1
    assert w.library_view.notices["ferry"].headline.text() == f"Installed version 1: {rows - 1} questions."


def test_an_article_with_nothing_to_ask_says_so(article_dialog, qtbot, tmp_path):
    _, open_on = article_dialog
    article = tmp_path / "quiet.txt"
    article.write_text("A quiet day\n\nNothing much happened in the town today.\n", encoding="utf-8")
    dialog = open_on(article)
    draft(qtbot, dialog)
    assert dialog.status.text().startswith("No draft: no questions could be made from this article")
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()
    assert dialog.draft_button.isEnabled()
    dialog.reject()


def test_unticking_everything_disables_save_and_a_bad_edit_is_shown_and_blocks_save(article_dialog, qtbot,
                                                                                     tmp_path, monkeypatch):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    row = next(r for r, q in enumerate(dialog.draft.questions) if q["type"] != "quote")
    for r in range(dialog.table.rowCount()):
        dialog.table.item(r, KEEP).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled()
    dialog.table.item((row + 1) % dialog.table.rowCount(), KEEP).setCheckState(Qt.CheckState.Checked)
    assert dialog.save_button.isEnabled()

    # a choice (or any non-quote) prompt cleared: the loader's words show as it is typed, Save waits
    dialog.table.item(row, KEEP).setCheckState(Qt.CheckState.Checked)
    dialog.table.setCurrentCell(row, PROMPT)
    assert not dialog.editor.problems.isVisible()
    dialog.prompt_edit.setPlainText("")
    assert dialog.editor.problems.isVisible() and "prompt:" in dialog.editor.problems.text()
    assert not dialog.save_button.isEnabled()
    assert "⚠" in dialog.table.item(row, SCORE).text()
    assert "cannot be saved yet" in dialog.status.text()

    # Save by other means lists the problem and writes nothing; the existing problems dialog shows it
    target = tmp_path / "bad.toml"
    monkeypatch.setattr(generate_dialog.SaveBankFile, "ask", classmethod(lambda cls, suggested, parent=None: target))
    dialog.save()
    assert dialog.problems is not None
    assert any("prompt" in line for line in dialog.problems.problem_lines)
    dialog.problems.accept()
    assert not target.exists() and dialog.isVisible() and w.library_view.cards == []

    # leaving the bad question out, or fixing it, makes the bank savable again
    dialog.table.item(row, KEEP).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.save_button.isEnabled()
    dialog.table.item(row, KEEP).setCheckState(Qt.CheckState.Checked)
    assert not dialog.save_button.isEnabled()
    dialog.prompt_edit.setPlainText("Which side wants the ferry subsidy kept?")
    assert not dialog.editor.problems.isVisible() and dialog.save_button.isEnabled()
    dialog.reject()


def test_a_saved_web_page_is_drafted_too(article_dialog, qtbot):
    _, open_on = article_dialog
    dialog = open_on(ARTICLES / "library-closure.html")
    draft(qtbot, dialog)
    assert dialog.table.rowCount() > 0 and dialog.save_button.isEnabled()
    assert "<" not in dialog.editor.source.text()  # the story's text, not the page's markup
    dialog.reject()
