"""File → New bank from article…: draft off the GUI thread, review, untick, edit, save, import."""

from __future__ import annotations

import copy
import threading
import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.core.generate.checks import CHECKS
from studyapp.core.generate.facts import STAGES
from studyapp.core.generate.pipeline import bank_toml
from studyapp.core.loader import load_bank
from studyapp.gui import generate_dialog
from studyapp.gui.generate_dialog import KEEP, PROMPT, SCORE, GenerateDialog

ARTICLES = Path(__file__).parents[1] / "data" / "articles"
FERRY = ARTICLES / "ferry-talks.txt"
REAL_DISCARD_ASK = generate_dialog.DiscardChanges.ask


class DiscardQuestion:
    """Stands in for the discard question: answers as the test says (Discard unless told) and counts the
    times it was asked, so no test waits on a real message box."""

    def __init__(self):
        self.asked: list[object] = []  # the parent of each question
        self.discard = True

    def ask(self, parent=None) -> bool:
        self.asked.append(parent)
        return self.discard


@pytest.fixture(autouse=True)
def discard_question(monkeypatch) -> DiscardQuestion:
    question = DiscardQuestion()
    monkeypatch.setattr(generate_dialog.DiscardChanges, "ask", classmethod(lambda cls, parent=None:
                                                                           question.ask(parent)))
    return question


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


def test_review_untick_edit_save_and_the_library_shows_it(article_dialog, qtbot, tmp_path, monkeypatch,
                                                          discard_question):
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
    assert discard_question.asked == []  # saved: nothing left to lose

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


# The generator's choice of question types changes as its rules grow; these questions, written from the
# ferry article's own sentences, make sure every kind of editor is exercised on whatever it drafts.
FERRY_EXTRA = [
    {"id": "test-cloze-varga", "type": "typed", "topic": "context",
     "prompt": "Transport Minister {{Lena Varga}} is due to meet her Northland counterpart on Thursday.",
     "accept": ["Ms Varga"],
     "source": "Transport Minister Lena Varga is due to meet her Northland counterpart on Thursday.",
     "explanation": "Lena Varga is the Transport Minister."},
    {"id": "test-quote-varga", "type": "quote", "topic": "who-said-what",
     "quote": "We want a service that both islands can afford, and we will not sign a blank cheque.",
     "speaker": "", "distractors": ["Southport council"],
     "source": "Ahead of the meeting, Ms Varga said on Monday: “We want a service that both islands can afford, "
               "and we will not sign a blank cheque.”",
     "explanation": "The Transport Minister said it before meeting her Northland counterpart."},
    {"id": "test-choice-day", "type": "choice", "topic": "dates",
     "prompt": "On which day is the Transport Minister due to meet her Northland counterpart?",
     "choices": ["Monday", "Tuesday", "Thursday"], "answer": "Thursday",
     "source": "Transport Minister Lena Varga is due to meet her Northland counterpart on Thursday.",
     "explanation": "On Thursday."},
    {"id": "test-match-sides", "type": "match", "topic": "demands",
     "prompt": "Match each demand to the island that makes it.",
     "pairs": [["The subsidy stays at its current level", "Northland"],
               ["A new timetable with a daily crossing", "Southport"]],
     "source": "Mr Hale wants the subsidy to stay at its current level. Southport’s core demand is a new "
               "timetable with a daily crossing.",
     "explanation": "Northland wants the subsidy kept; Southport a daily crossing."},
    {"id": "test-order-ferry", "type": "order", "topic": "dates",
     "prompt": "Put these in time order, earliest first.",
     "items": ["The ferry starts running every day", "The winter timetable ends"],
     "source": "The ferry has run every day since 1998",
     "explanation": "1998, then mid-April."},
]


@pytest.fixture
def ferry_extra(monkeypatch):
    """Drafts get FERRY_EXTRA after the generator's own questions (the quote spoken by its first person)."""
    real = generate_dialog.make_draft

    def make(*args, **kwargs):
        made = real(*args, **kwargs)
        extra = copy.deepcopy(FERRY_EXTRA)
        extra[1]["speaker"] = made.bank["people"][0]["name"]
        made.bank["questions"].extend(extra)
        return made

    monkeypatch.setattr(generate_dialog, "make_draft", make)


def select(dialog: GenerateDialog, qid: str) -> int:
    row = dialog.model.ids.index(qid)
    dialog.table.setCurrentCell(row, PROMPT)
    return row


def test_every_field_of_a_drafted_question_is_edited_and_saved(article_dialog, qtbot, tmp_path, monkeypatch,
                                                                ferry_extra):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    editor = dialog.editor
    people = [p["name"] for p in dialog.draft.bank["people"]]

    # a drafted question of the generator's own: its explanation and topic
    first = dialog.model.ids[0]
    select(dialog, first)
    editor.explanation.setPlainText("Rewritten by the teacher.")
    editor.topic.setCurrentIndex(editor.topic.findData("context"))

    # choice: the key typed by keys, the choices one a line
    select(dialog, "test-choice-day")
    assert editor.key_label.text() == "&Answer:" and editor.options_label.text() == "&Choices:"
    assert editor.options.toPlainText() == "Monday\nTuesday\nThursday"
    editor.options.setPlainText("Monday\nWednesday\nThursday\nFriday")
    editor.key.clear()
    qtbot.keyClicks(editor.key, "Thursday")

    # cloze: the key is the gap, and changing it rewrites the prompt's {{…}}; accepted answers one a line
    select(dialog, "test-cloze-varga")
    assert editor.key_label.text() == "G&ap:" and editor.key.text() == "Lena Varga"
    assert editor.accept.isVisible() and editor.accept.toPlainText() == "Ms Varga"
    editor.key.setText("Varga")
    assert editor.prompt.toPlainText() == \
        "Transport Minister {{Varga}} is due to meet her Northland counterpart on Thursday."
    editor.accept.setPlainText("Lena Varga\nMs Varga")
    assert dialog.table.item(dialog.model.ids.index("test-cloze-varga"), generate_dialog.ANSWER).text() == "Varga"

    # quote: the speaker among the bank's people in a combo, distractors one a line
    select(dialog, "test-quote-varga")
    assert editor.speaker.isVisible() and not editor.key.isVisible()
    assert [editor.speaker.itemText(i) for i in range(editor.speaker.count())] == people
    assert editor.options_label.text() == "Distra&ctors:"
    assert len(people) >= 2  # the article names Ewan Hale and Lena Varga
    other = people[1]
    editor.speaker.setCurrentIndex(editor.speaker.findText(other))
    editor.options.setPlainText(f"{people[0]}\nSouthport council")
    editor.prompt.setPlainText("Who said the island would not sign a blank cheque?")

    # match: pairs written left -> right; order: items in the right order
    select(dialog, "test-match-sides")
    assert editor.options.toPlainText() == ("The subsidy stays at its current level -> Northland\n"
                                            "A new timetable with a daily crossing -> Southport")
    assert not editor.key_label.isVisible()
    editor.options.setPlainText("Keep the subsidy -> Northland\nA daily crossing -> Southport\n"
                                "Sign no blank cheque -> Lena Varga")
    select(dialog, "test-order-ferry")
    editor.options.setPlainText("The ferry starts running every day\nPassengers board in March\n"
                                "The winter timetable ends")

    assert dialog.save_button.isEnabled(), editor.problems.text()
    target = tmp_path / "banks" / "ferry.toml"
    target.parent.mkdir()
    monkeypatch.setattr(generate_dialog.SaveBankFile, "ask", classmethod(lambda cls, suggested, parent=None: target))
    with qtbot.waitSignal(w.ready, timeout=20000):
        dialog.save_button.click()

    bank = load_bank(target).bank  # the real loader accepts the edits
    assert bank.question(first).explanation == "Rewritten by the teacher." and bank.question(first).topic == "context"
    choice = bank.question("test-choice-day")
    assert choice.choices == ["Monday", "Wednesday", "Thursday", "Friday"] and choice.answer == "Thursday"
    cloze = bank.question("test-cloze-varga")
    assert cloze.expected == "Varga" and cloze.accept == ["Lena Varga", "Ms Varga"]
    quote = bank.question("test-quote-varga")
    assert quote.speaker == other and quote.distractors == [people[0], "Southport council"]
    assert quote.prompt == "Who said the island would not sign a blank cheque?"
    assert bank.question("test-match-sides").pairs == [["Keep the subsidy", "Northland"],
                                                      ["A daily crossing", "Southport"],
                                                      ["Sign no blank cheque", "Lena Varga"]]
    assert bank.question("test-order-ferry").items == ["The ferry starts running every day",
                                                       "Passengers board in March", "The winter timetable ends"]
    # untouched questions are saved as the generator wrote them
    raw = tomllib.loads(target.read_text(encoding="utf-8"))
    drafted = {q["id"]: q for q in dialog.draft.questions}
    untouched = [q for q in raw["questions"] if not q["id"].startswith("test-") and q["id"] != first]
    assert untouched and all(q == tomllib.loads(bank_toml({"questions": [drafted[q["id"]]]}))["questions"][0]
                             for q in untouched)


def test_a_choice_key_not_among_the_choices_is_shown_and_blocks_save(article_dialog, qtbot, ferry_extra):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    row = select(dialog, "test-choice-day")
    assert dialog.save_button.isEnabled()
    dialog.editor.key.selectAll()
    qtbot.keyClicks(dialog.editor.key, "Sunday")
    assert dialog.editor.problems.isVisible()
    assert "answer: 'Sunday' is not among the choices" in dialog.editor.problems.text()
    assert not dialog.save_button.isEnabled()
    assert "⚠" in dialog.table.item(row, SCORE).text()
    # adding the choice makes it valid again
    dialog.editor.options.setPlainText("Monday\nTuesday\nThursday\nSunday")
    assert not dialog.editor.problems.isVisible() and dialog.save_button.isEnabled()
    assert "⚠" not in dialog.table.item(row, SCORE).text()
    dialog.reject()


def checks_shown(dialog: GenerateDialog) -> dict[str, bool]:
    items = [dialog.editor.checks.item(i) for i in range(dialog.editor.checks.count())]
    return {item.text(): item.data(Qt.ItemDataRole.UserRole) for item in items}


def test_the_checks_and_score_follow_an_edit(article_dialog, qtbot, ferry_extra):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    qid = "test-choice-day"
    row = select(dialog, qid)
    before = dialog.model.reviews[qid]
    assert len(checks_shown(dialog)) == len(before.checks)
    assert dialog.table.item(row, SCORE).text().startswith(f"{before.score:.2f}")
    complete = f"✓ {CHECKS['complete']}"
    assert checks_shown(dialog)[complete] is True

    dialog.editor.prompt.setPlainText("On which day is … due to meet her Northland counterpart?")
    after = dialog.model.reviews[qid]
    assert not after.passed and after.score < before.score
    shown = checks_shown(dialog)
    failed = [text for text, ok in shown.items() if not ok]
    assert any(text.startswith(f"✗ {CHECKS['complete']}: ") for text in failed)  # with why
    assert len(failed) == len(after.failed)
    n = len(after.failed)
    assert dialog.table.item(row, SCORE).text() == f"{after.score:.2f} ✗ {n} check{'s' if n > 1 else ''}"
    assert dialog.editor.score.text().startswith(f"Score {after.score:.2f}")
    dialog.reject()


def test_keep_only_the_questions_that_passed_every_check(article_dialog, qtbot, ferry_extra):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    # make one question fail for certain: a prompt cut with "…"
    row = select(dialog, "test-choice-day")
    dialog.editor.prompt.setPlainText("On which day is … due to meet her counterpart?")
    assert not dialog.model.reviews["test-choice-day"].passed
    ids = dialog.model.ids
    dialog.table.item(0, KEEP).setCheckState(Qt.CheckState.Unchecked)  # the teacher's own choice stays
    failing = {qid for qid in ids if not dialog.model.reviews[qid].passed}
    kept_before = dialog.kept_ids()

    qtbot.keyClick(dialog.keep_passed, Qt.Key.Key_Space)
    assert dialog.keep_passed.isChecked()
    assert dialog.kept_ids() == [qid for qid in kept_before if qid not in failing]
    assert dialog.table.item(row, KEEP).checkState() == Qt.CheckState.Unchecked
    assert all(dialog.model.reviews[qid].passed for qid in dialog.kept_ids())

    qtbot.keyClick(dialog.keep_passed, Qt.Key.Key_Space)  # undone: the same questions as before
    assert not dialog.keep_passed.isChecked() and dialog.kept_ids() == kept_before
    dialog.reject()


def test_the_source_sentence_is_highlighted_in_the_article(article_dialog, qtbot, ferry_extra):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    pane = dialog.article_pane
    assert pane.isReadOnly() and pane.toPlainText() == dialog.draft.article.replace("\r\n", "\n")
    for qid in ("test-cloze-varga", "test-quote-varga"):
        select(dialog, qid)
        source = dialog.model.question(qid)["source"]
        selections = pane.extraSelections()
        assert len(selections) == 1 and selections[0].cursor.selectedText() == source
        assert dialog.editor.source.text() == source
        assert pane.textCursor().position() == selections[0].cursor.selectionStart()  # scrolled to it
    dialog.reject()


def test_progress_and_cancel_stop_a_draft_and_drafting_again_works(article_dialog, qtbot, monkeypatch):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    reached, go = threading.Event(), threading.Event()
    real = generate_dialog.make_draft

    def gated(path, published, title, checkpoint=None):
        def step(number, name):
            checkpoint(number, name)  # the dialog's: reports the stage, raises once cancelled
            if number == 2 and not go.is_set():
                reached.set()
                go.wait(20)

        return real(path, published, title, step)

    monkeypatch.setattr(generate_dialog, "make_draft", gated)
    dialog.draft_button.click()
    qtbot.waitUntil(reached.is_set, timeout=20000)
    qtbot.waitUntil(lambda: dialog.busy_bar.value() == 2 and dialog.cancel_button.isVisible(), timeout=5000)
    assert dialog.busy_bar.maximum() == len(STAGES) + 1
    assert dialog.busy_bar.format() == f"{STAGES[2]}…" and STAGES[2] in dialog.status.text()
    assert not dialog.draft_button.isEnabled()
    with qtbot.waitSignal(dialog.drafted, timeout=20000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        go.set()
    assert dialog.status.text() == "Drafting cancelled."
    assert dialog.table.rowCount() == 0 and not dialog.save_button.isEnabled()
    assert not dialog.busy_bar.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.draft_button.isEnabled()

    draft(qtbot, dialog)  # the gate is open now: the same dialog drafts to the end
    assert dialog.table.rowCount() > 0 and dialog.save_button.isEnabled()
    dialog.reject()


def test_tab_goes_from_the_questions_to_the_fields_of_the_selected_one(article_dialog, qtbot, ferry_extra):
    _, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    select(dialog, "test-cloze-varga")
    dialog.table.setFocus()
    order = []
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    editor = dialog.editor
    assert order == [dialog.keep_passed, editor.topic, editor.prompt, editor.key, editor.accept, editor.explanation]
    assert editor.key.accessibleName() == "Gap of the selected question"
    dialog.reject()


def edit_a_prompt(qtbot, dialog: GenerateDialog) -> tuple[int, str]:
    """Types at the end of the first prompt the editor shows, as a teacher would; its row and new text."""
    row = next(r for r, q in enumerate(dialog.draft.questions) if q.get("prompt"))
    dialog.table.setCurrentCell(row, PROMPT)
    dialog.prompt_edit.setFocus()
    dialog.prompt_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.prompt_edit, " Really?")
    text = dialog.draft.questions[row]["prompt"] + " Really?"
    assert dialog.prompt_edit.toPlainText() == text
    return row, text


def test_closing_after_an_edit_asks_and_keep_editing_keeps_it(article_dialog, qtbot, discard_question):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    row, text = edit_a_prompt(qtbot, dialog)

    discard_question.discard = False  # Keep editing
    qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Escape)
    assert discard_question.asked == [dialog]
    assert dialog.isVisible() and w.dialogs == [dialog]
    assert dialog.prompt_edit.toPlainText() == text and dialog.table.item(row, PROMPT).text() == text.strip()
    cancel = dialog.findChild(generate_dialog.QDialogButtonBox).button(
        generate_dialog.QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    dialog.close()  # the window's close button
    assert len(discard_question.asked) == 3 and dialog.isVisible() and w.dialogs == [dialog]

    discard_question.discard = True
    qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Escape)
    assert len(discard_question.asked) == 4
    assert not dialog.isVisible() and w.dialogs == []
    assert dialog.result() == generate_dialog.QDialog.DialogCode.Rejected


def test_closing_with_nothing_changed_does_not_ask(article_dialog, qtbot, discard_question):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)  # nothing drafted yet
    assert discard_question.asked == [] and w.dialogs == []

    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    # an untick ticked again and an edit typed back are no change: nothing would be lost
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    edit_a_prompt(qtbot, dialog)
    for _ in " Really?":
        qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Backspace)
    assert not dialog.has_unsaved_work()
    qtbot.keyClick(dialog.prompt_edit, Qt.Key.Key_Escape)
    assert discard_question.asked == [] and not dialog.isVisible() and w.dialogs == []


def test_an_untick_alone_is_asked_about(article_dialog, qtbot, discard_question):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    discard_question.discard = False
    dialog.close()
    assert discard_question.asked == [dialog] and dialog.isVisible()
    assert dialog.table.item(0, KEEP).checkState() == Qt.CheckState.Unchecked
    discard_question.discard = True
    dialog.close()
    assert w.dialogs == []


def test_drafting_again_after_an_edit_asks_first(article_dialog, qtbot, discard_question):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    assert dialog.draft_button.text() == "&Draft again"
    row, text = edit_a_prompt(qtbot, dialog)
    before = dialog.model

    discard_question.discard = False
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert discard_question.asked == [dialog]
    assert dialog.draft_button.isEnabled() and dialog.model is before  # no draft started
    assert dialog.prompt_edit.toPlainText() == text

    discard_question.discard = True
    draft(qtbot, dialog)
    assert len(discard_question.asked) == 2
    assert dialog.model is not before and dialog.model.edits == {}
    assert dialog.table.item(row, PROMPT).text() != text.strip()
    dialog.reject()  # the new draft is untouched: no question
    assert len(discard_question.asked) == 2 and w.dialogs == []


def test_closing_while_drafting_again_cancels_without_asking_twice(article_dialog, qtbot, discard_question):
    w, open_on = article_dialog
    dialog = open_on(FERRY)
    draft(qtbot, dialog)
    edit_a_prompt(qtbot, dialog)
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)  # answered Discard
    assert discard_question.asked == [dialog] and not dialog.draft_button.isEnabled()
    dialog.reject()
    assert discard_question.asked == [dialog]  # the review was already given up
    assert w.dialogs == [] and dialog._cancel.is_set()
    w.runner.wait()


def test_the_discard_question_defaults_to_keep_editing(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def answer(key_or_button):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, lambda: answer(key_or_button))
            return
        # the buttons' order is the platform's layout; which is default and which Esc picks is ours
        seen.append((box.parent() is parent, box.text(), sorted(b.text().replace("&", "") for b in box.buttons()),
                     box.defaultButton().text(), box.escapeButton().text()))
        if key_or_button == "Esc":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text().replace("&", "") == key_or_button).click()

    QTimer.singleShot(0, lambda: answer("Esc"))
    assert REAL_DISCARD_ASK(parent) is False
    assert seen == [(True, "Discard your changes to the drafted questions?", ["Discard", "Keep editing"],
                     "&Keep editing", "&Keep editing")]
    QTimer.singleShot(0, lambda: answer("Discard"))
    assert REAL_DISCARD_ASK(parent) is True
    QTimer.singleShot(0, lambda: answer("Keep editing"))
    assert REAL_DISCARD_ASK(parent) is False
