"""The library page as a list: every bank listed with its card's text, cards built only for the banks
in view, and the library's keys and clicks working on any bank however far down the list."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from studyapp.gui.library_view import BankRow, LibraryView, left_today_text
from tests.helpers.bank_copies import copy_of_mini

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)


@pytest.fixture
def three_banks(window, qtbot, mini_bank_path, tmp_path):
    """The window's library with mini and two copies of it under other titles."""
    paths = [copy_of_mini(mini_bank_path, tmp_path / "more", b, t) for b, t in (("zulu", "Zulu talks"),
                                                                                ("alpha", "Alpha summit"))]
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.import_paths(paths)
    return window


def rows(n: int) -> list[BankRow]:
    return [BankRow(f"b{i:04d}", f"Bank {i:04d}", f"Source {i}", i % 5, 1, 2, 20, ("dates", "context"),
                    unseen=10, leeches=1 if i % 7 == 0 else 0) for i in range(n)]


@pytest.fixture
def long_list(qtbot):
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_rows(rows(300), NOW)
    qtbot.waitUntil(lambda: len(view._open) > 0)
    return view


def test_every_bank_is_listed_with_its_cards_text(three_banks, qtbot):
    view = three_banks.library_view
    assert [r.title for r in view.rows] == ["A small bank for tests", "Alpha summit", "Zulu talks"]
    for card, row in zip(view.cards, view.rows):
        assert card.row == row
        assert card.counts.text() == (f"{left_today_text(row.new, row.learning, row.due)} · "
                                      f"{row.unseen} of {row.total} questions not studied yet")
        assert card.counts.text().startswith("Left today: ")
        assert card.isVisible() and view.list.viewport().isAncestorOf(card)
    assert three_banks.actions["study"].isEnabled()


def test_keys_move_between_banks_and_enter_studies_the_one_chosen(three_banks, qtbot):
    window = three_banks
    view = window.library_view
    view.focus_first()
    assert view.focusWidget() is view.cards[0].study_button
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down)
    assert view.current_bank() == "zulu" and view.focusWidget() is view.cards[2].study_button
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down)  # the last bank stays chosen
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up)
    assert view.current_bank() == "alpha"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.study_view and window.current_bank == "alpha"


def test_a_click_on_a_cards_button_acts_on_that_bank(three_banks, qtbot):
    window = three_banks
    qtbot.mouseClick(window.library_view.cards[1].study_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.study_view and window.current_bank == "alpha"


def test_a_click_far_down_the_list_acts_on_that_bank(long_list, qtbot):
    view = long_list
    asked = []
    view.remove.connect(asked.append)
    view.study.connect(asked.append)
    view.exam.connect(lambda bank, n: asked.append((bank, n)))
    view.list.scrollTo(view.model.index(150))
    qtbot.waitUntil(lambda: "b0150" in view._open)
    card = view._open["b0150"]
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.study_button, Qt.MouseButton.LeftButton)
    card.exam_button.menu().actions()[0].trigger()
    assert asked == ["b0150", "b0150", ("b0150", 5)]


def test_only_the_banks_in_view_have_their_card_built(long_list, qtbot):
    view = long_list
    assert view.model.rowCount() == 300 and len(view.cards) == 300
    built = len(view._open)
    assert 0 < built < 20
    # Scrolling to the end builds the cards there and lets go of those scrolled away.
    view.list.scrollToBottom()
    qtbot.waitUntil(lambda: "b0299" in view._open)
    current = view.current_bank()  # kept built: it holds the keyboard's place
    assert all(b == current or int(b[1:]) > 250 for b in view._open) and len(view._open) < 20
    card = view._open["b0299"]
    assert card.isVisible() and card.geometry().bottom() <= view.list.viewport().height()


def test_down_walks_the_whole_list_and_enter_studies_the_bank_reached(long_list, qtbot):
    view = long_list
    studied = []
    view.study.connect(studied.append)
    view.focus_first()
    for _ in range(120):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down)
    assert view.current_bank() == "b0120"
    card = view._open["b0120"]
    assert view.focusWidget() is card.study_button
    assert view.list.viewport().rect().contains(card.geometry())  # scrolled into view
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    assert studied == ["b0120"]
    # The list itself focused (a click on its margin): Enter studies the current bank too.
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert studied == ["b0120", "b0120"]


def test_cards_do_not_overlap_and_match_their_rows(long_list, qtbot):
    view = long_list
    view.list.scrollTo(view.model.index(7))  # a bank with a leech note: a taller card
    qtbot.waitUntil(lambda: "b0007" in view._open)
    cards = sorted(view._open.values(), key=lambda c: c.geometry().top())
    for above, below in zip(cards, cards[1:]):
        assert above.geometry().bottom() < below.geometry().top()
    for card in cards:
        assert card.height() >= card.minimumSizeHint().height()
    assert view._open["b0007"].leeches.text().startswith("1 leech: ")


def test_a_refresh_keeps_the_chosen_bank(long_list, qtbot):
    view = long_list
    view.focus_first()
    for _ in range(3):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Down)
    view.set_rows(rows(300), NOW)
    assert view.current_bank() == "b0003" and view.focusWidget() is view._open["b0003"].study_button
    view.set_rows(rows(2), NOW)  # it went: the first bank is the one Enter studies
    assert view.current_bank() == "b0000"


def test_banks_counted_after_the_first_view_get_their_cards_then_and_nothing_else_moves(qtbot):
    """Issue 18: rows not counted yet (`counted=False`: the library counts the first view's banks
    before it shows) get no card; their counts, when they come for the same banks, are taken in place:
    the cards built stay, with the focus, the current bank and the scroll position."""
    from dataclasses import replace

    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    counted = rows(300)
    pending = [r if i < 2 else replace(r, new=0, learning=0, due=0, counted=False) for i, r in enumerate(counted)]
    view.set_rows(pending, NOW)
    view.focus_first()
    qtbot.waitUntil(lambda: "b0000" in view._open and not view._sync_timer.isActive())
    assert sorted(view._open) == ["b0000", "b0001"]  # the rows below them in view: drawn plain for now
    first, focus, top = view._open["b0000"], view.focusWidget(), view.list.verticalScrollBar().value()
    built_early = view.cards[5]  # asked for by index before its counts came: built from the row as it was
    assert built_early.row.counted is False
    view.set_rows(counted, NOW)
    qtbot.waitUntil(lambda: "b0002" in view._open)
    assert view._open["b0000"] is first and view.focusWidget() is focus and view.current_bank() == "b0000"
    assert view.list.verticalScrollBar().value() == top and view.rows == counted
    for bank_id, card in view._open.items():
        assert card.row == counted[int(bank_id[1:])]
        assert card.counts.text().startswith(left_today_text(card.row.new, card.row.learning, card.row.due))
    assert view.cards[5] is not built_early and view.cards[5].row == counted[5]


def test_tab_walks_every_banks_buttons_in_order(long_list, qtbot):
    view = long_list
    view.focus_first()
    seen = []
    for _ in range(4 * 40):  # Study, Practice, Exam, Remove on each of 40 banks: past the cards first built
        focus = view.focusWidget()
        card = next(c for c in view._open.values() if c.isAncestorOf(focus))
        seen.append((card.row.id, focus.text()))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert seen[:5] == [("b0000", "&Study"), ("b0000", "&Practice by topic"), ("b0000", "&Exam"),
                        ("b0000", "Remove…"), ("b0001", "&Study")]
    assert [b for b, text in seen if text == "&Study"] == [f"b{i:04d}" for i in range(40)]
    assert view.current_bank() == "b0040" and view.focusWidget() is view._open["b0040"].study_button
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Backtab)  # to the previous bank's last button
    assert view.current_bank() == "b0039" and view.focusWidget() is view._open["b0039"].remove_button
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Backtab)  # and on within that card
    assert view.focusWidget() is view._open["b0039"].exam_button


def test_a_row_height_is_its_wrapped_texts_measured_whether_or_not_they_surely_fit_one_line(qtbot):
    """Issue 18: the delegate skips the wrapped-text measure of a title or source that surely fits on
    one line (its characters' advances, with room to spare); the height is the same as measuring both
    texts every time, for one-line, near-the-edge and wrapping texts, other scripts and marks."""
    from PySide6.QtCore import QRect

    from studyapp.gui.library_view import _BankDelegate

    view = LibraryView()
    qtbot.addWidget(view)
    texts = ["Short", "Harbour works: the board’s vote — “item 4”, 1 May 2024 … done",
             " ".join(["A summit of many words that wraps"] * 6), "W" * 40, "i" * 120, "Wi " * 33,
             "Здравствуйте, совет гавани " * 3, "港湾委员会批准了疏浚计划 " * 4, "مجلس الميناء وافق على الخطة " * 3,
             "Cafe\u0301 de\u0301cor with combining marks " * 2, "Zero\u200bwidth and \u200fmarks here"]
    rows_ = [BankRow(f"r{i}", t, u, 1, 0, 0, 5, (), leeches=i % 2) for i, (t, u) in
             enumerate((t, u) for t in texts for u in texts[::-1])]
    delegate = _BankDelegate(view)
    for width in (200, 260, 333, 480, 700, 1000):
        for row in rows_:
            got = delegate.estimate(row, width)
            probe = delegate._probe
            measured = delegate._base[(bool(row.leeches), width)]
            for label, text in ((probe.title_label, row.title), (probe.source_label, row.source)):
                metrics = label.fontMetrics()
                box = metrics.boundingRect(QRect(0, 0, max(40, width - 40), 100_000), Qt.TextFlag.TextWordWrap, text)
                measured += max(0, box.height() - metrics.height())
            assert got == measured, (row.title, row.source, width)
    assert delegate.estimate(rows_[2 * len(texts)], 200) > delegate.estimate(rows_[0], 200)  # it wraps


def test_a_row_height_estimated_once_is_the_same_as_measured_afresh(qtbot):
    """The delegate keeps each row's estimated height (the list asks every row at each layout and
    refresh): what it keeps is what a new delegate measures, per width, wrapped lines included."""
    from studyapp.gui.library_view import _BankDelegate

    view = LibraryView()
    qtbot.addWidget(view)
    long_title = " ".join(["A summit of many words that wraps"] * 6)
    some = [BankRow("w", long_title, "Some paper · 1 May 2024 · " + long_title, 1, 0, 0, 5, ()),
            BankRow("s", "Short", "Paper", 1, 0, 0, 5, (), leeches=2)]
    kept = view.list.itemDelegate()
    for width in (260, 700, 260):
        for row in some:
            assert kept.estimate(row, width) == _BankDelegate(view).estimate(row, width)
    assert kept.estimate(some[0], 260) > kept.estimate(some[0], 700)  # more lines when narrower


def test_rows_that_overflow_the_list_are_estimated_once_at_the_width_they_get(qtbot):
    """Issue 18: the list lays its rows out without the scroll bar, then again with it; when the rows surely
    overflow, the first pass is estimated at the second's width, so each row's wrapped text is measured
    once. What is kept is what a new delegate measures at the width the rows end up with."""
    from studyapp.gui.library_view import _BankDelegate

    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    many = rows(300)
    view.set_rows(many, NOW)
    qtbot.waitUntil(lambda: len(view._open) > 0)
    delegate = view.list.itemDelegate()
    width = view.card_width()
    assert view.list.verticalScrollBar().isVisible() and width < view.list.maximumViewportSize().width()
    assert {key[3] for key in delegate._estimates} <= {width, view.list.maximumViewportSize().width() - 12}
    assert sum(key[3] == width for key in delegate._estimates) >= len(many) - 1
    assert len(delegate._estimates) <= len(many) + 1  # the first row, asked before any height was known
    fresh = _BankDelegate(view)
    for row in many:
        if row.id not in view._open:
            assert delegate.sizeHint(None, view.model.index(view.model.row_of(row.id))).height() == \
                fresh.estimate(row, width)
    # A list the rows do not fill gets no bar and keeps its whole width.
    view.set_rows(many[:2], NOW)
    qtbot.waitUntil(lambda: not view.list.verticalScrollBar().isVisible())
    assert view.list.itemDelegate().sizeHint(None, view.model.index(1)).width() == \
        view.list.maximumViewportSize().width() - 12
