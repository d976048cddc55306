"""Importing banks of every format from the window, and the notice that says what an update changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from studyapp.gui import dialogs
from studyapp.gui.import_notice import ImportNotice
from tests.gui.helpers import answer_right
from tests.gui.test_main_window import drop

CSV_BANK = '''\
# title: Geneva in brief
# version: 1
# source.title: Top diplomats meet in Geneva
id,type,topic,prompt,answer,choices,speaker,distractors,quote,explanation,source
q1,quote,who-said-what,,,,Antony Blinken,Sergei Lavrov,These are difficult issues.,He lowered expectations.,"Mr Blinken said: ""These are difficult issues."""
q2,choice,context,Where did they meet?,Geneva,Geneva|Vienna|Paris,,,,Both sides said so.,They met in Geneva.
'''

NEW_QUESTION = '''
[[questions]]
id = "q-new"
type = "choice"
topic = "context"
prompt = "Who is the mayor?"
answer = "Alice Smith"
choices = ["Alice Smith", "Bob Jones"]
source = "Alice Smith, the mayor, said"
explanation = "She is introduced as the mayor."
'''


def csv_bank(tmp_path):
    path = tmp_path / "geneva-brief.csv"
    path.write_text(CSV_BANK, encoding="utf-8")
    return path


def notice(window, bank_id) -> ImportNotice:
    return window.library_view.notices[bank_id]


def test_a_csv_bank_dropped_on_the_window_is_imported(make_window, tmp_path, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        entered, dropped = drop(w, [csv_bank(tmp_path)])
    assert entered and dropped
    assert [c.row.id for c in w.library_view.cards] == ["geneva-brief"]
    assert w.library_view.cards[0].row.total == 2
    assert notice(w, "geneva-brief").headline.text() == "Installed version 1: 2 questions."
    w.start_study("geneva-brief")  # studied from the library's stored (TOML) copy
    assert w.study.session.current is not None


def test_a_csv_bank_by_the_menu_and_a_gift_file_with_warnings(make_window, tmp_path, qtbot, monkeypatch):
    w = make_window()
    chosen = [csv_bank(tmp_path)]
    monkeypatch.setattr(dialogs.ChooseBankFile, "ask",
                        classmethod(lambda cls, parent=None, start=None: chosen[0]))
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.actions["import_bank"].trigger()
    assert [c.row.id for c in w.library_view.cards] == ["geneva-brief"]

    chosen[0] = gift = tmp_path / "moodle.gift"
    shutil.copy(Path(__file__).parents[1] / "exchange" / "data" / "moodle.gift", gift)
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.actions["import_bank"].trigger()
    assert sorted(c.row.id for c in w.library_view.cards) == ["geneva-brief", "moodle"]
    n = notice(w, "moodle")
    assert n.headline.text() == "Installed version 1: 6 questions. 4 warnings about moodle.gift."
    assert "essay questions have no studyapp form" in n.details.text()
    assert str(gift) in n.details.text()
    assert not n.details.isVisibleTo(w)
    n.details_button.click()
    assert n.details.isVisibleTo(w)


def test_a_file_of_another_kind_is_not_accepted_on_drop(make_window, tmp_path):
    w = make_window()
    other = tmp_path / "bank.json"
    other.write_text("{}")
    entered, _ = drop(w, [other])
    assert not entered


def _mini_copy(mini_bank_path, tmp_path, name):
    folder = tmp_path / name
    shutil.copytree(mini_bank_path.parent, folder)
    return folder / "mini.toml"


def test_an_update_shows_what_changed_and_keeps_progress(window, mini_bank_path, tmp_path, qtbot):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    progress = window.library.progress
    reviewed = next(k for k in progress.questions(["mini"]) if progress.reviews(k))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.actions["back"].trigger()

    v2 = _mini_copy(mini_bank_path, tmp_path, "v2")
    text = v2.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
    text = text.replace('prompt = "Bob Jones thought the plan was cheap."',
                        'prompt = "Bob Jones thought the plan was good value."')
    flash = text.index('[[questions]]\nid = "q-flash"')
    text = text[:flash] + NEW_QUESTION.lstrip()  # q-flash is the last question: retired
    v2.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([v2])

    n = notice(window, "mini")
    assert n.headline.text() == "Updated to version 2: 1 added, 1 changed, 6 unchanged, 1 retired."
    details = n.details.text().splitlines()
    assert details == ["Added: q-new", "Changed (progress kept, marked as changed): q-tf",
                       "Retired (history kept): q-flash"]
    assert "q-new" in n.headline.toolTip() and "q-flash" in n.headline.toolTip()
    assert window.status_text.text() == "A small bank for tests: " + n.headline.text()
    # the notice sits right under the bank's card (at its foot) and stays across a refresh
    card = window.library_view.cards[0]
    assert card.notice is n and card.isAncestorOf(n) and n.isVisible()
    assert n.geometry().top() >= card.counts.geometry().bottom()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show_library()
    assert window.library_view.notices["mini"] is n
    assert window.library_view.cards[0].notice is n and window.library_view.cards[0].isAncestorOf(n)
    assert len(progress.reviews(reviewed)) == 1  # progress kept
    assert window.library_view.cards[0].row.total == 8

    # the same version again changes nothing; an older one is refused, and said so in the notice
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([v2])
    assert notice(window, "mini").headline.text() == "Already up to date: version 2 is installed; nothing changed."
    v2.write_text(text.replace("good value", "a bargain"), encoding="utf-8")  # edited, version not raised
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([v2])
    assert notice(window, "mini").headline.text() == (
        "Not updated: this file differs in 1 question but is still version 2. Raise [bank] version to 3 to update.")
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([mini_bank_path])
    refused = notice(window, "mini").headline.text()
    assert refused.startswith("Not imported: ") and "version 1, but version 2 is already installed" in refused
    assert window.dialogs == []
    assert [b.version for b in progress.banks()] == [2]

    # Dismiss removes it
    shown = notice(window, "mini")
    shown.dismiss_button.click()
    assert window.library_view.notices == {}
    assert window.library_view.cards[0].notice is None and not shown.isVisible()


def _another_bank_with_mini_id(mini_bank_path, tmp_path):
    """A "Fun quiz" on another article that uses mini's id, a higher version, and lacks q-flash."""
    path = _mini_copy(mini_bank_path, tmp_path, "fun")
    text = path.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
    text = text.replace('title = "A small bank for tests"', 'title = "Fun quiz"', 1)
    text = text.replace('title = "Mini article"', 'title = "Another article"', 1)
    path.write_text(text[:text.index('[[questions]]\nid = "q-flash"')], encoding="utf-8")
    return path


def _replace_question(window):
    from PySide6.QtWidgets import QMessageBox

    boxes = [d for d in window.dialogs if isinstance(d, QMessageBox)]
    assert len(boxes) == 1 and boxes[0].isVisible()
    return boxes[0]


def test_a_bank_taking_over_another_ones_id_is_kept_out_unless_the_user_says_replace(
        window, mini_bank_path, tmp_path, qtbot):
    fun = _another_bank_with_mini_id(mini_bank_path, tmp_path)
    progress = window.library.progress
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([fun])
    box = _replace_question(window)
    text = box.text()
    assert "“Fun quiz” (mini.toml)" in text and "the installed bank “A small bank for tests”" in text
    assert "retires 1 of its 8 questions" in text and "--replace" not in text
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"Keep the installed bank", "Replace it"}
    assert box.defaultButton() is buttons["Keep the installed bank"]
    assert box.escapeButton() is buttons["Keep the installed bank"]
    assert notice(window, "mini").headline.text().startswith("Installed")  # nothing said until the user answers

    # Keep (the default): nothing changes, and the notice says why in the app's words
    buttons["Keep the installed bank"].click()
    assert window.dialogs == []
    assert [(b.title, b.version) for b in progress.banks()] == [("A small bank for tests", 1)]
    headline = notice(window, "mini").headline.text()
    assert headline.startswith(
        "Not imported: “Fun quiz” uses the id of the installed bank “A small bank for tests”")
    assert "--replace" not in headline

    # Replace it: installed the way `import --replace` does, q-flash retired
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([fun])
    box = _replace_question(window)
    replace = next(b for b in box.buttons() if b.text() == "Replace it")
    with qtbot.waitSignal(window.ready, timeout=20000):
        replace.click()
    assert window.dialogs == []
    assert [(b.title, b.version) for b in progress.banks()] == [("Fun quiz", 2)]
    assert notice(window, "mini").headline.text() == (
        "Updated to version 2: 0 added, 0 changed, 7 unchanged, 1 retired.")
