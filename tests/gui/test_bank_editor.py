"""The bank editor through the real window: edit an installed question of every type, see the validator's
messages as you type, keep or reset a changed question's schedule, write a bank from scratch and study it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

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


def validate_lines(capsys, path: Path) -> list[str]:
    """What `studyapp validate PATH` prints, problem lines only."""
    capsys.readouterr()
    assert cli_main(["validate", str(path)]) == 1
    return capsys.readouterr().out.splitlines()


def test_problems_are_shown_as_you_type_in_the_words_of_studyapp_validate(window, qtbot, keep_or_reset, capsys,
                                                                         mini_bank_path, tmp_path):
    dialog = open_editor(window, "q-choice")
    editor = dialog.editor
    retype(qtbot, editor.key, "Governorr")
    assert editor.problems.isVisible()
    # the same bank written by hand, checked by the command line: the editor said the same
    broken = tmp_path / "mini.toml"
    shutil.copytree(mini_bank_path.parent / "sources", tmp_path / "sources")
    broken.write_text(mini_bank_path.read_text(encoding="utf-8").replace('answer = "Mayor"', 'answer = "Governorr"'),
                      encoding="utf-8")
    [line] = validate_lines(capsys, broken)
    assert line.endswith("questions[1].answer: 'Governorr' is not among the choices")
    assert editor.problems.text() == "Cannot be saved yet: answer: 'Governorr' is not among the choices"
    assert dialog.list.currentItem().text().endswith("⚠")
    retype(qtbot, editor.key, "Governor")
    assert editor.problems.isHidden() and not dialog.list.currentItem().text().endswith("⚠")

    # the source sentence is checked against the article, as validate does
    editor.source_edit.selectAll()
    qtbot.keyClicks(editor.source_edit, "Alice Smith, the governor, said")
    broken.write_text(mini_bank_path.read_text(encoding="utf-8").replace(
        'source = "Alice Smith, the mayor, said"\n', 'source = "Alice Smith, the governor, said"\n'), encoding="utf-8")
    [line] = validate_lines(capsys, broken)
    message = "question 'q-choice': the source is not a verbatim excerpt of sources/mini.txt"
    assert line.endswith(f"questions[1].source: {message}")
    assert editor.problems.text() == f"Cannot be saved yet: source: {message}"
    assert "Cannot be saved yet (1 problem): q-choice: source: " in dialog.status.text()

    # a save now shows the problem and writes nothing
    dialog.list.setCurrentRow(0)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.list.currentRow() == 1 and dialog.tabs.currentIndex() == 1
    assert not (window.ctx.dirs.data / "edited").exists() and keep_or_reset.asked == []
    assert installed(window, "q-choice")[0] == 1

    # an id another question has: validate names the second of the two, and so does the editor
    retype(qtbot, editor.qid, "q-tf")
    assert "q-tf: id: duplicate question id 'q-tf'" in dialog.model.blocking()
    assert dialog.list.item(2).text().endswith("⚠")


@pytest.fixture
def unburied_window(make_window, qtbot, mini_bank_path, tmp_path):
    """mini.toml without q-quote, the one question sharing q-choice's source sentence: studying the others
    first never buries q-choice until the next day, whatever order new questions come in."""
    blocks = mini_bank_path.read_text(encoding="utf-8").split("[[questions]]")
    path = tmp_path / "bank" / "mini.toml"
    shutil.copytree(mini_bank_path.parent / "sources", path.parent / "sources")
    path.write_text("[[questions]]".join(b for b in blocks if 'id = "q-quote"' not in b), encoding="utf-8")
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([path])
    return w


@pytest.mark.parametrize("choice", [KeepOrReset.KEEP, KeepOrReset.RESET])
def test_a_wrong_key_fixed_and_studied_again_keeps_or_resets_its_schedule(unburied_window, qtbot, clock,
                                                                          keep_or_reset, choice):
    """The student meets a question whose key they think is wrong, answers 'Councillor', is marked wrong,
    fixes the key with E, and studies it again: now it is right, on the schedule they chose."""
    window = unburied_window
    key = CardKey("mini", "q-choice")
    progress = window.library.progress
    window.start_study("mini")
    while window.study.session.current.key != key:
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    p = window.study.session.current
    qtbot.keyClick(window.study_view.question_widget, str(p.choices.index("Councillor") + 1))
    assert "Wrong" in window.study_view.feedback.verdict.text()
    window.actions["edit_question"].trigger()  # E, with the feedback on screen
    dialog = window.dialogs[-1]
    assert isinstance(dialog, BankEditorDialog) and dialog.model.questions[dialog.list.currentRow()]["id"] == "q-choice"
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible()
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_1)  # Again
    before = progress.card_state(key)
    others = {qid: progress.card_state(CardKey("mini", qid)) for qid in ("q-tf", "q-typed", "q-date", "q-flash")}
    assert before.stage == Stage.LEARNING and before.reps == 1

    dialog = open_editor(window, "q-choice")
    retype(qtbot, dialog.editor.key, "Councillor")
    keep_or_reset.choice = choice
    save_and_install(qtbot, window, dialog)
    assert keep_or_reset.asked == [["q-choice"]]
    after = progress.card_state(key)
    if choice == KeepOrReset.KEEP:
        assert after == before
    else:
        assert (after.stage, after.reps, after.due) == (Stage.NEW, 0, None)
    assert len(progress.reviews(key)) == 1  # the history stays either way
    assert {qid: progress.card_state(CardKey("mini", qid)) for qid in others} == others  # unchanged ones kept

    # studied again: the fixed key is the right answer now
    window.actions["back"].trigger()
    clock.advance(days=1)  # the next day: a sibling answered today may keep a new question back until then
    window.start_study("mini")
    while window.study.session.current.key != key:
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    p = window.study.session.current
    assert p.question.answer == "Councillor"
    qtbot.keyClick(window.study_view.question_widget, str(p.choices.index("Councillor") + 1))
    assert "Right" in window.study_view.feedback.verdict.text()
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    history = progress.reviews(key)
    assert [r.correct for r in history] == [False, True]
    assert history[1].before.stage == (Stage.LEARNING if choice == KeepOrReset.KEEP else Stage.NEW)


def test_e_while_studying_opens_the_question_on_screen_and_saving_studies_on(window, qtbot, keep_or_reset):
    window.start_study("mini")
    current = window.study.session.current.key
    qtbot.keyClick(window, Qt.Key.Key_E)
    dialog = window.dialogs[-1]
    assert isinstance(dialog, BankEditorDialog)
    assert dialog.model.questions[dialog.list.currentRow()]["id"] == current.question_id
    dialog.editor.explanation.setPlainText("A better explanation.")
    save_and_install(qtbot, window, dialog)
    # the sitting goes on, on the new version of the bank
    assert window.pages.currentWidget() is window.study_view
    assert window.study.session.state == SessionState.ASKING
    assert window.library.bank_file("mini").bank.bank.version == 2
    assert window.library.bank_file("mini").bank.question(current.question_id).explanation == "A better explanation."


def test_typing_e_into_a_typed_answer_is_text_not_the_editor(window, qtbot):
    window.start_practice("mini", None)
    while window.study.session.current.question.type != "typed":
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    n = len(window.dialogs)
    line = window.study_view.question_widget.findChild(QLineEdit)
    line.setFocus()
    qtbot.keyClicks(line, "free")
    assert line.text() == "free" and len(window.dialogs) == n


def test_edit_is_not_offered_in_an_exam(window, qtbot):
    window.start_exam("mini", 3)
    assert not window.actions["edit_question"].isEnabled()
    n = len(window.dialogs)
    window.edit_current_question()
    assert len(window.dialogs) == n


ARTICLE = ("The river council met on 5 May 2024. Maria Lopez, the chair, said: “We will open the ferry in June.” "
           "Tom Reed said the fares were too high. The ferry opened in June 2024.\n")


def add(qtbot, dialog: BankEditorDialog, kind: str) -> QuestionEditor:
    dialog.new_type.setCurrentIndex(dialog.new_type.findData(kind))
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    return dialog.editor


def fill(qtbot, editor: QuestionEditor, source: str, explanation: str = "From the article.", **fields) -> None:
    """Type into the editor's widgets: one-line fields by key clicks, boxes as pasted text."""
    for name, value in fields.items():
        widget = {"speaker": editor.speaker.lineEdit()}.get(name) or getattr(editor, name)
        if isinstance(widget, QLineEdit):
            retype(qtbot, widget, value)
        else:
            widget.setPlainText(value)
    editor.source_edit.setPlainText(source)
    editor.explanation.setPlainText(explanation)


def test_a_bank_written_from_scratch_validates_installs_and_is_studied(window, qtbot, monkeypatch, tmp_path, capsys):
    target = tmp_path / "ferry.toml"
    monkeypatch.setattr(generate_dialog.SaveBankFile, "ask", classmethod(lambda cls, suggested, parent=None: target))
    window.actions["new_bank"].trigger()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, BankEditorDialog) and dialog.windowTitle() == "New bank"
    qtbot.keyClicks(dialog.title, "The river ferry")
    qtbot.keyClicks(dialog.bank_id, "ferry")
    qtbot.keyClicks(dialog.source_title, "Ferry to open in June")
    qtbot.keyClicks(dialog.published, "2024-05-06")
    qtbot.keyClicks(dialog.sides, "Council, Opposition")
    qtbot.keyClicks(dialog.language, "e")
    assert dialog.model.bank_problems[-1].startswith("bank.language: String should match pattern")
    qtbot.keyClicks(dialog.language, "n")
    dialog.people.setPlainText("Maria Lopez | Chair | Council\nTom Reed | Councillor | Opposition | Mr Reed")
    dialog.article.setPlainText(ARTICLE)
    assert dialog.model.bank_problems == ["questions: List should have at least 1 item after validation, not 0"]

    dialog.tabs.setCurrentIndex(1)
    fill(qtbot, add(qtbot, dialog, "quote"), "Maria Lopez, the chair, said: “We will open the ferry in June.”",
         quote="We will open the ferry in June.", speaker="Maria Lopez")
    fill(qtbot, add(qtbot, dialog, "choice"), "Maria Lopez, the chair, said", prompt="What is Maria Lopez's role?",
         options="Chair\nTreasurer\nMayor", key="Chair")
    fill(qtbot, add(qtbot, dialog, "truefalse"), "Tom Reed said the fares were too high.",
         prompt="Tom Reed found the fares cheap.", key="False")
    fill(qtbot, add(qtbot, dialog, "typed"), "We will open the ferry in June.",
         prompt="The council will open the {{ferry}} in June.", accept="the ferry")
    fill(qtbot, add(qtbot, dialog, "date"), "The river council met on 5 May 2024.",
         prompt="When did the river council meet?", key="2024-05-05")
    fill(qtbot, add(qtbot, dialog, "order"), "The ferry opened in June 2024.", prompt="Put these in time order.",
         options="The council met\nThe ferry opened")
    fill(qtbot, add(qtbot, dialog, "match"), "Tom Reed said the fares were too high.", prompt="Who wants what?",
         options="Open the ferry -> Maria Lopez\nLower the fares -> Tom Reed")
    fill(qtbot, add(qtbot, dialog, "flash"), "Tom Reed said the fares were too high.",
         prompt="What did Tom Reed object to?", key="The fares")
    assert dialog.model.blocking() == [], dialog.model.blocking()
    assert [q["type"] for q in dialog.model.questions] == ["quote", "choice", "choice", "typed", "date", "order",
                                                           "match", "flash"]

    # add one too many, move it up by keyboard, remove it
    add(qtbot, dialog, "flash")
    assert dialog.list.currentRow() == 8 and dialog.list.currentItem().text().endswith("⚠")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.list.currentRow() == 7 and dialog.model.questions[7]["id"] == "flash-9"
    assert dialog.model.questions[8]["id"] == "flash-8"
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Space)
    assert dialog.model.ids() == ["quote-1", "choice-2", "question-3", "typed-4", "date-5", "order-6", "match-7",
                                  "flash-8"]
    assert dialog.model.blocking() == []

    with qtbot.waitSignal(window.ready, timeout=20000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert not dialog.isVisible()

    # the file passes `studyapp validate`, its article beside it
    capsys.readouterr()
    assert cli_main(["validate", str(target)]) == 0
    written = load_bank(target).bank
    assert written.bank.sides == ["Council", "Opposition"] and written.bank.source.published.isoformat() == "2024-05-06"
    assert written.person("Tom Reed").aliases == ["Mr Reed"]
    assert (tmp_path / "sources" / "ferry.txt").read_text(encoding="utf-8") == ARTICLE
    assert "ferry" in [c.row.id for c in window.library_view.cards]

    # and it is studied like any bank: its questions come up and the keys typed in the editor grade them
    def sitting() -> list[str]:
        seen = []
        while window.study.session.state == SessionState.ASKING:
            seen.append(window.study.session.current.key.question_id)
            answer_right(qtbot, window)
            assert "Right" in window.study_view.feedback.verdict.text() or seen[-1].startswith("flash")
            qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
        return seen

    window.start_study("ferry")
    studied = sitting()
    assert studied and all(len(window.library.progress.reviews(CardKey("ferry", q))) == 1 for q in studied)
    window.start_practice("ferry", None)  # every question, whatever the day's queue kept back
    assert sorted(sitting()) == sorted(dialog.model.ids())


def test_esc_asks_before_throwing_edits_away(window, qtbot, monkeypatch):
    asked = []
    answer = {"discard": False}
    monkeypatch.setattr(bank_editor.DiscardEdits, "ask",
                        classmethod(lambda cls, parent=None: asked.append(1) or answer["discard"]))
    window.actions["new_bank"].trigger()
    dialog = window.dialogs[-1]
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)  # nothing typed yet: closes without asking
    assert not dialog.isVisible() and asked == []

    window.actions["new_bank"].trigger()
    dialog = window.dialogs[-1]
    qtbot.keyClicks(dialog.title, "Draft")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [1]  # Keep editing
    answer["discard"] = True
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == [1, 1]


def test_the_article_is_loaded_from_a_file(window, qtbot, monkeypatch, tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(generate_dialog.ChooseArticleFile, "ask", classmethod(lambda cls, parent=None: article))
    window.actions["new_bank"].trigger()
    dialog = window.dialogs[-1]
    dialog.load_article_button.click()
    assert dialog.article.toPlainText().strip() == ARTICLE.strip()
    assert dialog.model.article == dialog.article.toPlainText()


def test_the_generator_review_and_the_bank_editor_share_one_question_editor(window):
    from studyapp.gui.generate_dialog import GenerateDialog

    review = GenerateDialog(Path("article.txt"), window.runner, window)
    window.actions["new_bank"].trigger()
    editor_dialog = window.dialogs[-1]
    assert type(review.editor) is QuestionEditor and type(editor_dialog.editor) is QuestionEditor
    assert not review.editor.full and editor_dialog.editor.full
    review.deleteLater()


def test_the_editor_keys_are_listed_in_help():
    rows = shortcut_rows()
    assert ("Study menu", "E", "Edit question") in rows
    assert ("File menu", "Ctrl+Shift+N", "New bank") in rows
    assert any(where == "Bank editor" and keys == "Ctrl+S" for where, keys, _ in rows)
    assert any(where == "Bank editor" and keys == "Esc" for where, keys, _ in rows)


def test_enter_in_browse_opens_the_question_in_the_editor(window, qtbot):
    """View → Browse, a row, Enter: Browse's `edit_requested` reaches `MainWindow.open_question_editor`."""
    window.actions["browse"].trigger()
    browse = window.browse_window
    qtbot.waitUntil(lambda: browse.model.rowCount() == 8, timeout=10000)
    browse.select_row(4)
    qid = browse.model.key(4).question_id
    browse.actions_by_name["edit"].trigger()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, BankEditorDialog) and dialog.model.questions[dialog.list.currentRow()]["id"] == qid
    browse.close()


def test_saving_without_a_change_installs_nothing_and_a_second_edit_is_version_3(window, qtbot, keep_or_reset):
    dialog = open_editor(window, "q-flash")
    dialog.save_button.click()
    assert not dialog.isVisible() and installed(window, "q-flash")[0] == 1
    for version, answer in ((2, "Its cost"), (3, "The cost")):
        dialog = open_editor(window, "q-flash")
        assert dialog.version_label.text() == f"{version} (installed: {version - 1})"
        retype(qtbot, dialog.editor.key, answer)
        save_and_install(qtbot, window, dialog)
        assert installed(window, "q-flash") == (version, installed(window, "q-flash")[1])
        assert installed(window, "q-flash")[1].answer == answer
    # the edited file is a normal bank a teacher can take away; only the newest is kept there
    edited = window.ctx.dirs.data / "edited" / "mini"
    assert [p.name for p in edited.iterdir()] == ["v3"]
    assert load_bank(edited / "v3" / "mini.toml").bank.question("q-flash").answer == "The cost"


def test_a_person_added_on_the_bank_tab_can_be_chosen_as_speaker(window, qtbot, keep_or_reset):
    dialog = open_editor(window, "q-quote")
    dialog.people.setPlainText(dialog.people.toPlainText() + "\nCarol White | Treasurer | Council")
    speakers = [dialog.editor.speaker.itemText(i) for i in range(dialog.editor.speaker.count())]
    assert speakers == ["Alice Smith", "Bob Jones", "Carol White"]
    retype(qtbot, dialog.editor.speaker.lineEdit(), "Carol White")
    assert dialog.model.blocking() == []
    save_and_install(qtbot, window, dialog)
    loaded = window.library.bank_file("mini").bank
    assert loaded.question("q-quote").speaker == "Carol White" and loaded.person("Carol White").role == "Treasurer"


def test_keyboard_only_tab_goes_from_the_list_through_the_buttons_to_every_field(window, qtbot):
    dialog = open_editor(window, "q-typed")
    dialog.list.setFocus()
    order = []
    for _ in range(13):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    ed = dialog.editor
    assert order == [dialog.new_type, dialog.add_button, dialog.up_button, dialog.down_button, dialog.remove_button,
                     ed.qid, ed.qtype, ed.topic, ed.prompt, ed.key, ed.accept, ed.explanation, ed.tags]
    assert ed.key.accessibleName() == "Gap of the selected question"


def test_every_alt_key_on_the_bank_tab_is_used_once(window):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window.actions["new_bank"].trigger()
    dialog = window.dialogs[-1]
    page = dialog.tabs.widget(0)
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    keys = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
    assert len(keys) >= 12 and len(keys) == len(set(keys)), sorted(keys)


def test_a_question_changes_type_keeping_what_every_type_has(window, qtbot, keep_or_reset):
    dialog = open_editor(window, "q-flash")
    ed = dialog.editor
    ed.qtype.setCurrentIndex(ed.qtype.findData("choice"))
    q = dialog.model.questions[dialog.list.currentRow()]
    assert q == {"id": "q-flash", "type": "choice", "topic": "context", "prompt": "What did Bob Jones object to?",
                 "choices": [], "answer": "", "explanation": "He said it was too expensive.",
                 "source": "Bob Jones said the plan was too expensive."}
    assert ed.options.isVisible() and ed.options_label.text() == "&Choices:" and not ed.accept.isVisible()
    assert "choices: List should have at least 2 items after validation, not 0" in ed.problems.text()
    ed.options.setPlainText("The cost\nThe route\nThe timing")
    retype(qtbot, ed.key, "The cost")
    assert ed.problems.isHidden()
    save_and_install(qtbot, window, dialog)
    assert keep_or_reset.asked == [["q-flash"]]
    assert installed(window, "q-flash")[1].type == "choice"


def test_the_source_is_highlighted_in_the_article_and_a_selection_becomes_the_source(window, qtbot):
    from PySide6.QtGui import QTextCursor

    dialog = open_editor(window, "q-date")
    pane = dialog.article_pane
    assert pane.highlighted_text() == "The council met on 3 March 2023."
    sentence = "Bob Jones said the plan was too expensive."
    start = pane.toPlainText().index(sentence)
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(sentence), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(dialog.use_selection, Qt.Key.Key_Space)
    assert dialog.editor.source_edit.toPlainText() == sentence
    assert dialog.model.questions[dialog.list.currentRow()]["source"] == sentence
    assert dialog.editor.problems.isHidden() and pane.highlighted_text() == sentence


def test_an_answer_marked_against_the_old_key_and_not_yet_rated_is_not_recorded(unburied_window, qtbot,
                                                                                 keep_or_reset):
    """E on the feedback of a wrong answer, the key fixed and saved: that answer was judged by a key now known
    to be wrong, so it is dropped, and the sitting starts again on the fixed question."""
    window = unburied_window
    key = CardKey("mini", "q-choice")
    window.start_study("mini")
    while window.study.session.current.key != key:
        answer_right(qtbot, window)
        qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
    p = window.study.session.current
    qtbot.keyClick(window.study_view.question_widget, str(p.choices.index("Councillor") + 1))
    assert window.study.session.state == SessionState.ANSWERED
    qtbot.keyClick(window, Qt.Key.Key_E)
    dialog = window.dialogs[-1]
    retype(qtbot, dialog.editor.key, "Councillor")
    save_and_install(qtbot, window, dialog)
    progress = window.library.progress
    assert progress.reviews(key) == [] and progress.card_state(key).stage == Stage.NEW
    assert window.pages.currentWidget() is window.study_view and window.study.session.current.key == key
    p = window.study.session.current
    assert p.question.answer == "Councillor"
    qtbot.keyClick(window.study_view.question_widget, str(p.choices.index("Councillor") + 1))
    assert "Right" in window.study_view.feedback.verdict.text()
