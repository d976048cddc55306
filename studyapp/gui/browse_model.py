"""Browse's table model: a QAbstractTableModel over one search, not a widget per row.

Why this shape: at 100,000 questions a widget (or even a Python object) per row costs seconds
and hundreds of MB. The empty search (every question, as Browse opens) reads the ids of its
first rows only (`find(limit=...)`, which for the bank order walks an index and stops) and how
many there are (`count`); the rest of the ids are read when the view first needs a row beyond
them (scrolling down, select all). A filtered search reads its ids in one scan. Row contents are
read a page at a time (`BrowseQuery.rows`). So opening and searching cost about one
scan of the library, whatever its size. Sorting re-runs the query with another ORDER BY.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from studyapp.core.bank import TOPIC_LABELS
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Stage
from studyapp.core.search_query import FLAGS, SearchQuery, parse
from studyapp.storage.browse_query import COLUMN_NAMES, COLUMNS, BrowseQuery, BrowseRow

PAGE = 100  # rows read at a time, about two screens
FIRST = 2 * PAGE  # ids read with the search; the rest when a row beyond them is needed
# Anki's flag colours, as light row tints that keep text readable in both themes' table colours.
FLAG_COLOURS = {1: QColor(255, 120, 120, 90), 2: QColor(255, 170, 80, 90), 3: QColor(110, 200, 110, 90),
                4: QColor(100, 150, 255, 90)}
SUSPENDED_COLOUR = QColor(230, 210, 90, 80)


class BrowseModel(QAbstractTableModel):
    searched = Signal()  # after every search or sort: rowCount() is the number found

    def __init__(self, browse: BrowseQuery, clock: Callable[[], datetime], day_end: Callable[[], datetime],
                 tz: tzinfo | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.browse = browse
        self.clock = clock
        self.day_end = day_end
        self.tz = tz
        self.query: SearchQuery = parse("")
        self.sort_column = "bank"
        self.descending = False
        self._ids: list[int] = []
        self._total = 0  # rows found; _ids may hold only the first of them
        self._rows: dict[int, BrowseRow] = {}
        self._now = clock()

    # -- the search ------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> None:
        self.query = query
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """QTableView's header click; re-runs the search in that order."""
        self.sort_column = COLUMN_NAMES[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        """Run the search again (after a sort, or marks changed which rows match)."""
        self._now = self.clock()
        if self.query.empty:
            # Every question: the first rows (an index walk in bank order, a top-N sort otherwise)
            # and a count cost less than building 100,000 ids in Python.
            ids = self._find(FIRST)
            total = len(ids) if len(ids) < FIRST else self.browse.count(self.query, self._now, self.day_end())
        else:
            # A filter: one scan gives the ids and the count, where the first rows and a count
            # would scan twice (matches spread through the library stop no walk early).
            ids = self._find()
            total = len(ids)
        self.beginResetModel()
        self._ids, self._rows, self._total = ids, {}, total
        self.endResetModel()
        self.searched.emit()

    @property
    def complete(self) -> bool:
        """Are the ids of every row found read (not only the first rows')?"""
        return len(self._ids) >= self._total

    def _find(self, limit: int | None = None) -> list[int]:
        return self.browse.find(self.query, self._now, self.day_end(), sort=self.sort_column,
                                descending=self.descending, limit=limit)

    def _ensure(self, r: int) -> None:
        """Read every id when row `r` lies beyond those read with the search."""
        if r < len(self._ids) or self.complete:
            return
        ids = self._find()
        if ids[:len(self._ids)] != self._ids or len(ids) != self._total:  # changed meanwhile: redraw all
            self.beginResetModel()
            self._ids, self._rows, self._total = ids, {}, len(ids)
            self.endResetModel()
        else:
            self._ids = ids

    def reload_rows(self, rows: Sequence[int]) -> None:
        """Read these rows again (their marks changed) without running the search again."""
        rows = [r for r in rows if 0 <= r < len(self._ids)]
        for r in rows:
            self._rows.pop(self._ids[r], None)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    # -- rows --------------------------------------------------------------------------------------

    def row(self, r: int) -> BrowseRow | None:
        if not 0 <= r < self._total:
            return None
        self._ensure(r)
        if r >= len(self._ids):
            return None
        pk = self._ids[r]
        found = self._rows.get(pk)
        if found is None:
            start = r - r % PAGE
            for row in self.browse.rows(self._ids[start:start + PAGE]):
                self._rows[row.id] = row
            found = self._rows.get(pk)
        return found

    def key(self, r: int) -> CardKey | None:
        row = self.row(r)
        return row.key if row is not None else None

    def row_of(self, key: CardKey) -> int | None:
        """The row showing `key` among those read so far (None if not read or not found)."""
        for r, pk in enumerate(self._ids):
            row = self._rows.get(pk)
            if row is not None and row.key == key:
                return r
        return None

    def keys(self, rows: Sequence[int]) -> list[CardKey]:
        if rows:
            self._ensure(max(rows))
        return self.browse.keys([self._ids[r] for r in rows if 0 <= r < len(self._ids)])

    # -- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.flag:
                return FLAG_COLOURS.get(row.flag)
            return SUSPENDED_COLOUR if row.suspended else None
        if role == Qt.ItemDataRole.FontRole:
            if row.suspended or (row.buried_until is not None and row.buried_until > self._now):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        column = COLUMN_NAMES[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = {"bank": row.bank_title, "prompt": row.prompt, "answer": row.answer}.get(column)
            # Qt shows a tooltip that looks like markup as rich text (which may load images named
            # in a bank); escaped inside <p> it is always shown as the text it is.
            return f"<p>{html.escape(text)}</p>" if text else None
        return self.cell(row, column)

    def cell(self, row: BrowseRow, column: str) -> str:
        """A cell as text (the display and the accessible text are the same)."""
        if column == "prompt":
            return " ".join(row.prompt.split())
        if column == "answer":
            return " ".join(row.answer.split())
        if column == "bank":
            return row.key.bank_id
        if column == "topic":
            return TOPIC_LABELS.get(row.topic, row.topic)
        if column == "type":
            return row.type
        if column == "state":
            state = row.state(self._now)
            return f"{state} · {FLAGS.get(row.flag, row.flag)}" if row.flag else state
        if column == "due":
            if row.due is None:
                return ""
            local = row.due.astimezone(self.tz)
            return local.strftime("%Y-%m-%d %H:%M" if row.stage in (Stage.LEARNING, Stage.RELEARNING) else "%Y-%m-%d")
        if column == "interval":
            return f"{row.interval} d" if row.stage == Stage.REVIEW else ""
        if column == "lapses":
            return str(row.lapses) if row.lapses else ""
        if column == "last_answered":
            return row.last_answered.astimezone(self.tz).strftime("%Y-%m-%d") if row.last_answered else ""
        raise KeyError(column)


__all__ = ["BrowseModel", "FLAG_COLOURS", "PAGE"]
