"""The statistics page's per-bank table on a real progress file with several banks: one row per
bank with the store's numbers, sorting by a header click, and a long list that scrolls in place."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import day_bounds
from studyapp.gui.stats_view import StatsView, stats_loader
from studyapp.gui.workers import Background
from studyapp.storage.progress import open_progress
from tests.helpers.bank_copies import copy_of_mini
from tests.helpers.reviews import answer_timed

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

UTC = timezone.utc
# (bank id, title, questions answered today: (question id, rating))
BANKS = (
    ("mini", "A small bank for tests", (("q-quote", 1),)),
    ("zulu", "Zulu talks", (("q-quote", 3), ("q-choice", 3), ("q-tf", 1))),
    ("alpha", "alpha summit", ()),
)


@pytest.fixture
def library(dirs, now, mini_bank_path, tmp_path):
    progress = open_progress(dirs, now, bundled=[])
    for bank_id, title, answers in BANKS:
        path = copy_of_mini(mini_bank_path, tmp_path / "banks", bank_id, title)
        progress.install_bank(load_bank(path), now)
        for i, (qid, rating) in enumerate(answers):
            answer_timed(progress, qid, rating, now + timedelta(minutes=i), bank_id=bank_id)
    yield progress
    progress.close()


def open_view(qtbot, progress, now) -> StatsView:
    view = StatsView(stats_loader(progress, 4, UTC, lambda: now + timedelta(minutes=10)), Background())
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.complete or view.error is not None, timeout=60000)  # not partial figures
    assert view.error is None
    return view


def rows(view: StatsView) -> list[list[str]]:
    model = view.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def click_header(qtbot, view: StatsView, column: str) -> None:
    header = view.table.horizontalHeader()
    section = view.COUNT_COLUMNS.index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_one_row_per_bank_with_the_stores_numbers(qtbot, library, now):
    view = open_view(qtbot, library, now)
    assert view.table.horizontalHeader().count() == 9
    # In title order, as the store lists them; what the user reads in each cell.
    assert rows(view) == [
        ["A small bank for tests", "8", "7", "1", "0", "0", "0", "1", "–"],
        ["Zulu talks", "8", "5", "3", "0", "0", "0", "3", "–"],
        ["alpha summit", "8", "8", "0", "0", "0", "0", "0", "–"],
    ]
    later = now + timedelta(minutes=10)
    counts = library.counts(*day_bounds(later, 4, UTC), later)
    assert [r[:8] for r in rows(view)] == [[c.title, *map(str, (c.total, c.new, c.learning, c.due_today, c.review,
                                                                c.mature, c.reviews_today))] for c in counts]
    view.grab()


def test_a_header_click_sorts_by_that_columns_value(qtbot, library, now):
    view = open_view(qtbot, library, now)
    click_header(qtbot, view, "Answered today")
    assert [r[0] for r in rows(view)] == ["alpha summit", "A small bank for tests", "Zulu talks"]
    click_header(qtbot, view, "Answered today")
    assert [r[0] for r in rows(view)] == ["Zulu talks", "A small bank for tests", "alpha summit"]
    click_header(qtbot, view, "Bank")  # titles whatever their case
    assert [r[0] for r in rows(view)] == ["A small bank for tests", "alpha summit", "Zulu talks"]
    # The selected bank stays selected through a sort.
    view.table.selectRow(2)
    click_header(qtbot, view, "Bank")
    assert [r[0] for r in rows(view)] == ["Zulu talks", "alpha summit", "A small bank for tests"]
    assert view.table.selectionModel().selectedRows()[0].data() == "Zulu talks"
    # A sort holds when the counts come again (the page refreshed).
    view.show_counts(view.counts_model._given)
    assert [r[0] for r in rows(view)] == ["Zulu talks", "alpha summit", "A small bank for tests"]


def test_many_banks_scroll_inside_the_table(qtbot, library, now):
    from studyapp.core.records import BankCounts

    view = open_view(qtbot, library, now)
    few = view.table.height()
    many = [BankCounts(f"b{i:04d}", f"Bank {i:04d}", 10, i % 10, 0, 0, 0, 0, 0, 0, None, 0) for i in range(1000)]
    view.show_counts(many)
    assert view.table.model().rowCount() == 1000
    assert few < view.table.height() < 20 * view.table.verticalHeader().defaultSectionSize()
    assert view.table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    click_header(qtbot, view, "New")
    click_header(qtbot, view, "New")
    assert rows(view)[0][2] == "9" and rows(view)[-1][2] == "0"
    view.grab()
