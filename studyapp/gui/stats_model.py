"""The statistics page's per-bank table as a Qt model: one row per bank, sortable by any column.

A `QTableWidget` made an item per cell and, with columns resized to their contents, measured every
row again on each insert: 1,000 banks froze the window for minutes. A model hands the view only
the cells it draws, and the view's column widths are set once per fill (`column_texts` gives the
widest text of each column to measure).

    model = BankCountsModel()
    model.set_counts(progress.counts(...))    # a list of BankCounts, in the order to show first
    view.setModel(model); view.setSortingEnabled(True)   # a header click sorts by that column's value
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

COLUMNS = ("Bank", "Questions", "New", "Learning", "Due today", "Review", "Mature", "Answered today",
           "Retention 30 d")

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def retention_text(c) -> str:
    return "–" if c.retention_30d is None else f"{100 * c.retention_30d:.0f}% of {c.reviews_30d}"


# Per column: the text shown and the value it sorts by (numbers as numbers, not as text).
_CELLS: tuple[tuple[Callable, Callable], ...] = (
    (lambda c: c.title, lambda c: (c.title.casefold(), c.title)),
    (lambda c: str(c.total), lambda c: c.total),
    (lambda c: str(c.new), lambda c: c.new),
    (lambda c: str(c.learning), lambda c: c.learning),
    (lambda c: str(c.due_today), lambda c: c.due_today),
    (lambda c: str(c.review), lambda c: c.review),
    (lambda c: str(c.mature), lambda c: c.mature),
    (lambda c: str(c.reviews_today), lambda c: c.reviews_today),
    (retention_text, lambda c: (-1.0 if c.retention_30d is None else c.retention_30d, c.reviews_30d)),
)


class BankCountsModel(QAbstractTableModel):
    """`Progress.counts` rows as a read-only table; `sort(-1)` restores the order they came in."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self._given: list = []
        self._rows: list = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- filling -----------------------------------------------------------------------------------

    def set_counts(self, counts: Sequence) -> None:
        self.beginResetModel()
        self._given = list(counts)
        self._rows = self._sorted(*self._sort)
        self.endResetModel()

    def counts_at(self, row: int):
        return self._rows[row]

    def column_texts(self, column: int) -> list[str]:
        """Every text of a column (for measuring its width once, not per row drawn)."""
        text = _CELLS[column][0]
        return [text(c) for c in self._rows]

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        text, key = _CELLS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text(c)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return c.title
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(_RIGHT.value)
        if role == self.SORT_ROLE:
            return key(c)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection and current row follow their bank
        banks = [self._rows[i.row()] for i in kept]
        self._rows = self._sorted(column, order)
        where = {id(c): r for r, c in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(where[id(c)], i.column()) for c, i in zip(banks, kept)])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list:
        if not 0 <= column < len(COLUMNS):
            return list(self._given)
        key = _CELLS[column][1]
        # Stable, so equal values keep the given (title) order whichever way the column is sorted.
        rows = sorted(self._given, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        return rows


__all__ = ["COLUMNS", "BankCountsModel", "retention_text"]
