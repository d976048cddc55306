"""The library's banks as a Qt list model, for a view that builds widgets only for the banks on screen.

One `BankCard` per bank cost the library page seconds at 1,000 banks (each card is a frame, five
labels, four buttons and two menus, all built and laid out on the GUI thread before the page
showed). The model holds the `BankRow`s; `LibraryView` shows them in a `QListView` whose delegate
opens a card only for the rows in view.

    model = LibraryModel()
    model.set_rows(rows)                 # BankRows, in the order shown
    model.index(model.row_of("mini"))    # a bank's row, or -1 when it is not listed
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    """Read-only list of `BankRow`s; `ROW_ROLE` gives a row's BankRow, DisplayRole its title."""

    ROW_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self._where: dict[str, int] = {}

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._where = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def replace_rows(self, rows: Sequence) -> None:
        """New data for the same rows (the same banks in the same order): no reset, so the view keeps
        its current row, its open editors and its scroll position."""
        self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def row_of(self, bank_id: str | None) -> int:
        return self._where.get(bank_id, -1) if bank_id is not None else -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        return None


__all__ = ["LibraryModel"]
