"""Browse driven through its real widgets: open, sort, every search filter, preview, suspend /
bury / flag with undo, Enter for the editor."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.core.records import CardKey
from studyapp.core.scheduling import Rating
from studyapp.gui.browse_window import BrowseWindow
from studyapp.storage.browse_query import COLUMN_NAMES
from studyapp.storage.marks import Marks
from tests.helpers.reviews import answer

ALL = ["q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash"]


@pytest.fixture
def browse(qtbot, mini_progress, clock):
    """Browse over mini.toml, q-quote answered (Good) an hour before the clock."""
    answer(mini_progress, "q-quote", Rating.GOOD, clock() - timedelta(hours=1))
    w = BrowseWindow(mini_progress, clock, lambda: clock() + timedelta(hours=12))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.text_ready, timeout=10000):
        w.show()
    return w


def shown(w) -> list[str]:
    return [w.model.key(r).question_id for r in range(w.model.rowCount())]


def cell(w, row: int, column: str) -> str:
    return w.model.index(row, COLUMN_NAMES.index(column)).data()


def test_opens_with_every_question_and_the_first_previewed(browse):
    assert shown(browse) == ALL and browse.count.text() == "8 questions"
    assert browse.table.hasFocus() or browse.isActiveWindow() is False
    assert cell(browse, 0, "prompt") == "Who said: “We will build the bridge by 2024”?"
    assert cell(browse, 0, "answer") == "Alice Smith" and cell(browse, 0, "state") == "learning"
    assert cell(browse, 0, "bank") == "mini" and cell(browse, 0, "last_answered") == "2022-01-21"
    preview = browse.preview
    assert preview.prompt.text() == cell(browse, 0, "prompt")
    assert preview.question_widget is not None and not preview.question_widget.isEnabled()
    assert preview.key.text() == "Key: Alice Smith"
    assert preview.source.text().startswith("Source: Alice Smith, the mayor, said")
    assert preview.history.count() == 1 and "Good" in preview.history.item(0).text()


def test_each_column_sorts_both_ways(browse):
    for column in COLUMN_NAMES:
        browse.sort_by(column)
        up = shown(browse)
        browse.sort_by(column, descending=True)
        assert sorted(shown(browse)) == sorted(ALL), column
        if column in ("prompt", "type"):
            assert shown(browse) != up, column
    browse.sort_by("prompt")
    assert shown(browse)[:2] == ["q-tf", "q-match"]  # "Bob Jones …", "Match each …"
    browse.sort_by("last_answered", descending=True)
    assert shown(browse)[0] == "q-quote"


@pytest.mark.parametrize("text, expected", [
    ("mayor", ["q-quote", "q-choice", "q-typed"]),
    ('"too expensive" -type:flash', ["q-tf", "q-match"]),
    ("bank:mini type:choice", ["q-choice", "q-tf"]),
    ("bank:nothing", []),
    ("topic:dates", ["q-date", "q-order"]),
    ("type:order", ["q-order"]),
    ("id:q-t*", ["q-tf", "q-typed"]),
    ("is:new -type:choice", ["q-typed", "q-date", "q-order", "q-match", "q-flash"]),
    ("is:due", ["q-quote"]),  # its 10-minute step came due 50 minutes ago
    ("is:leech", []),
])
def test_each_search_filter(browse, text, expected):
    assert browse.search(text)
    assert shown(browse) == expected
    assert browse.count.text() == (f"{len(expected)} questions" if len(expected) != 1 else "1 question")
    if not expected:
        assert "No question matches" in browse.preview.heading.text()


def test_search_by_typing_and_enter(browse, qtbot):
    browse.search_box.setFocus()
    browse.search_box.clear()
    qtbot.keyClicks(browse.search_box, "type:date")
    qtbot.keyClick(browse.search_box, Qt.Key.Key_Return)
    assert shown(browse) == ["q-date"]


def test_a_bad_search_is_explained_and_leaves_the_table(browse):
    assert not browse.search("is:lost")
    assert browse.problem.isVisibleTo(browse) and browse.problem.text().startswith("is:lost is not known")
    assert shown(browse) == ALL
    assert browse.search("")
    assert not browse.problem.isVisibleTo(browse)


def test_suspend_bury_and_flag_with_undo(browse, mini_progress, clock):
    marks = Marks(mini_progress.engine)
    choice, tf = CardKey("mini", "q-choice"), CardKey("mini", "q-tf")
    browse.select_row(1)
    browse.actions_by_name["suspend"].trigger()
    assert cell(browse, 1, "state") == "suspended" and marks.excluded(clock()) == {choice}
    assert "Suspended 1 question" in browse.status.text()
    browse.search("is:suspended")
    assert shown(browse) == ["q-choice"]
    browse.search("")
    browse.select_row(2)
    browse.actions_by_name["bury"].trigger()
    assert cell(browse, 2, "state") == "buried"
    assert marks.get([tf])[tf].buried_until == clock() + timedelta(hours=12)
    browse.actions_by_name["flag_2"].trigger()
    assert marks.get([tf])[tf].flag == 2 and cell(browse, 2, "state") == "buried · orange"
    assert browse.model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    browse.actions_by_name["flag_2"].trigger()  # the same flag again clears it
    assert marks.get([tf])[tf].flag == 0
    browse.actions_by_name["flag_3"].trigger()
    browse.actions_by_name["flag_0"].trigger()
    assert marks.get([tf])[tf].flag == 0
    for _ in range(5):  # flag 0, flag 3, flag 2 off, flag 2, bury: all undone, newest first
        browse.actions_by_name["undo"].trigger()
    assert cell(browse, 2, "state") == "new" and marks.get([tf])[tf].flag == 0
    browse.actions_by_name["undo"].trigger()
    assert cell(browse, 1, "state") == "new" and marks.excluded(clock()) == set()
    browse.actions_by_name["undo"].trigger()
    assert browse.status.text() == "Nothing to undo here."


def test_a_selection_of_rows_is_marked_together(browse, mini_progress, clock):
    browse.table.selectAll()
    browse.actions_by_name["suspend"].trigger()
    assert len(Marks(mini_progress.engine).excluded(clock())) == 8
    browse.actions_by_name["suspend"].trigger()  # all suspended: @ unsuspends
    assert Marks(mini_progress.engine).excluded(clock()) == set()


def test_enter_asks_for_the_editor_and_is_harmless_without_one(browse, qtbot):
    browse.select_row(3)
    browse.table.setFocus()
    browse.actions_by_name["edit"].trigger()
    assert "not available" in browse.status.text()
    asked = []
    browse.edit_requested.connect(asked.append)
    browse.actions_by_name["edit"].trigger()
    assert asked == [CardKey("mini", "q-typed")]


def test_a_long_library_reads_only_the_first_ids_until_needed(qtbot, mini_progress, clock, tmp_path):
    """450 questions: the search reads 200 ids and a count; the rest when a row beyond is drawn."""
    from studyapp.core.loader import load_bank
    from studyapp.gui.browse_model import FIRST

    lines = ['[bank]\nid = "long"\nversion = 1\ntitle = "Long"\n[bank.source]\ntitle = "A"\npublisher = "B"\n']
    for i in range(450):
        lines.append(f'[[questions]]\nid = "f{i:03d}"\ntype = "flash"\ntopic = "context"\nprompt = "Card {i}?"\n'
                     f'answer = "Answer {i}"\nsource = "Sentence {i}."\nexplanation = "Because {i}."\n')
    path = tmp_path / "long.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    mini_progress.install_bank(load_bank(path), clock())
    w = BrowseWindow(mini_progress, clock, lambda: clock() + timedelta(hours=12))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.text_ready, timeout=10000):
        w.show()
    assert w.model.rowCount() == 458 and len(w.model._ids) == FIRST and not w.model.complete
    assert cell(w, 457, "prompt") == "What did Bob Jones object to?" and w.model.complete  # long, then mini
    assert cell(w, 449, "prompt") == "Card 449?"
    w.sort_by("prompt", descending=True)
    assert not w.model.complete and cell(w, 0, "prompt").startswith("Who said: “We will build")
    w.search("bank:long")  # a filter reads all its ids at once
    assert w.model.rowCount() == 450 and w.model.complete and cell(w, 0, "prompt") == "Card 9?"  # "?" after digits
    w.table.selectAll()
    w.actions_by_name["flag_3"].trigger()
    assert len(w.model.keys(w.selected_rows())) == 450
    w.search("flag:3")
    assert w.model.rowCount() == 450


def test_help_lists_browse_keys():
    from studyapp.gui.actions import shortcut_rows

    rows = shortcut_rows()
    assert ("Browse", "@", "Suspend / unsuspend the selected questions") in rows
    assert any(where == "Browse" and what.startswith("Flag red") for where, _keys, what in rows)


def test_tooltips_show_bank_text_as_text(browse, mini_progress, mini_bank_path, clock, tmp_path, qtbot):
    from studyapp.core.loader import load_bank
    from tests.storage.conftest import make_variant

    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2,
                      {"What is Alice Smith's office?": "What is <img src='/etc/passwd'> <b>office</b>?"})
    mini_progress.install_bank(load_bank(v2), clock())
    with qtbot.waitSignal(browse.text_ready, timeout=10000):
        browse.reload()
    browse.search("id:q-choice")
    tip = browse.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>What is &lt;img src=&#x27;/etc/passwd&#x27;&gt; &lt;b&gt;office&lt;/b&gt;?</p>"
    assert cell(browse, 0, "prompt") == "What is <img src='/etc/passwd'> <b>office</b>?"



def test_browse_follows_the_store_a_restore_opens(window, qtbot, now, geneva_bank_path):
    """A backup restored with Browse open: Browse searches the restored file through the store the
    window opened after (it kept the closed store, whose search text was never made for that file,
    so a search by word found nothing), and is disabled while the file is replaced."""
    from studyapp.storage.backups import make_backup

    dirs = window.ctx.dirs
    backup = make_backup(dirs.database, dirs.backups, now, "manual")  # the mini bank alone, no search text yet
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths([geneva_bank_path])
    window.actions["browse"].trigger()
    browse = window.browse_window
    qtbot.waitUntil(lambda: not window.runner.busy and browse.model.rowCount() > 8, timeout=20000)
    old = window.library.progress
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.trust.restore(backup)
        assert not browse.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.busy and not window.writer.busy, timeout=20000)
    assert browse.isEnabled() and browse.progress is window.library.progress is not old
    assert browse.search("mayor")
    assert shown(browse) == ["q-quote", "q-choice", "q-typed"]
    assert browse.search("")
    assert len(shown(browse)) == 8 and browse.count.text() == "8 questions"
    browse.select_row(0)
    browse.actions_by_name["suspend"].trigger()  # marks go to the restored file
    assert window.library.progress.marks.get([browse.current_key()])[browse.current_key()].suspended
    browse.close()
