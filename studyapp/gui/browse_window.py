"""Browse (View → Browse, Ctrl+B): every question of every installed bank in one searchable table.

A window of its own, like Anki's browser, so a student can keep it open beside a study session.
The table is a model over one query (`browse_model.BrowseModel`); the search box takes the
language of `core.search_query`; the preview on the right draws the selected question with the
study page's widgets. Suspend (@), bury (-) and flags (Ctrl+1…4, Ctrl+0 clears) act on the
selected rows, each change undoable with Ctrl+Z; `marks_changed` tells the main window, so the
library's counts and a running study session follow.

Enter on a row emits `edit_requested(CardKey)`: the question editor connects to it. Until
something is connected it does nothing but say so in the status line.

It reads and marks through the store it was given until the main window gives it another
(`use_store`: a backup restored closes the store and opens the restored file); from `store_closed`
until then it is disabled, so nothing is read from a file being replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QItemSelectionModel, QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from studyapp.core.records import CardKey
from studyapp.core.search_query import FLAGS, SearchQueryError, parse
from studyapp.errors import StudyAppError
from studyapp.gui.browse_model import BrowseModel
from studyapp.gui.browse_preview import BrowsePreview
from studyapp.gui.plain_label import plain_label
from studyapp.storage.browse_query import COLUMN_NAMES
from studyapp.storage.marks import MarkChange

PLACEHOLDER = ('Search: words, "a phrase", -word, bank:ID, topic:T, type:T, is:due, is:new, is:suspended, '
               'is:buried, is:leech, flag:1…4   (Enter)')


@dataclass(frozen=True)
class BrowseKey:
    name: str
    text: str
    keys: tuple[str, ...]


# Browse's own keys (its window has them; Help → Keyboard shortcuts lists them from here).
BROWSE_KEYS: tuple[BrowseKey, ...] = (
    BrowseKey("find", "Go to the search box", ("Ctrl+F",)),
    BrowseKey("edit", "Edit the selected question", ("Return", "Enter")),
    BrowseKey("suspend", "Suspend / unsuspend the selected questions", ("@",)),
    BrowseKey("bury", "Bury / unbury until tomorrow", ("-",)),
    *(BrowseKey(f"flag_{n}", f"Flag {FLAGS[n]} (again: clear)", (f"Ctrl+{n}",)) for n in range(1, 5)),
    BrowseKey("flag_0", "Clear the flag", ("Ctrl+0",)),
    BrowseKey("undo", "Undo the last suspend, bury or flag", ("Ctrl+Z",)),
    BrowseKey("close", "Close Browse", ("Esc",)),
)


TEXT_CHUNK = 2000  # search-text rows per write on the progress writer


class BrowseWindow(QWidget):
    edit_requested = Signal(object)  # CardKey: the question editor opens it
    marks_changed = Signal()         # suspended / buried / flagged questions changed
    text_ready = Signal()            # the search text of every question is up to date

    def __init__(self, progress, clock: Callable[[], datetime], day_end: Callable[[], datetime],
                 tz: tzinfo | None = None, runner=None, parent: QWidget | None = None, writer=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Browse — studyapp")
        self.progress = progress
        self.clock = clock
        self.day_end = day_end
        self.runner = runner
        self.writer = writer  # the window's one progress writer: the search text is written there in chunks
        self.browse = progress.browse
        self.marks = progress.marks
        self.shelf = progress.bank_shelf()
        self.undo_stack: list[MarkChange] = []

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(PLACEHOLDER)
        self.search_box.setAccessibleName("Search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(lambda: self.search(self.search_box.text()))
        top.addWidget(self.search_box, 1)
        self.count = plain_label()
        self.count.setAccessibleName("Questions found")
        top.addWidget(self.count)
        outer.addLayout(top)
        self.problem = plain_label()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)

        self.model = BrowseModel(self.browse, clock, day_end, tz, self)
        self.model.searched.connect(self._searched)
        self.table = QTableView()
        self.table.setAccessibleName("Questions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._header_sort)
        for column, width in zip(range(len(COLUMN_NAMES)), (300, 130, 120, 95, 55, 110, 95, 65, 55, 95)):
            self.table.setColumnWidth(column, width)
        self.preview = BrowsePreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])  # the table first: most of its columns in view
        outer.addWidget(splitter, 1)
        self.status = plain_label()
        self.status.setAccessibleName("Status")
        outer.addWidget(self.status)

        self.actions_by_name: dict[str, QAction] = {}
        handlers = {
            "find": self.focus_search, "edit": self.request_edit, "suspend": self.toggle_suspend,
            "bury": self.toggle_bury, "undo": self.undo, "close": self.close,
            **{f"flag_{n}": (lambda _checked=False, n=n: self.toggle_flag(n)) for n in range(5)},
        }
        for spec in BROWSE_KEYS:
            action = QAction(spec.text, self)
            action.setObjectName(spec.name)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            if spec.name == "edit":  # Enter in the search box searches; on the table it edits
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(action)
            else:
                self.addAction(action)
            action.triggered.connect(handlers[spec.name])
            self.actions_by_name[spec.name] = action

        self.resize(1200, 720)
        self.model.refresh()  # header order: bank order, as the library lists questions
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_NAMES.index("bank"), Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        if self.model.rowCount():
            self.select_row(0)
        self.table.setFocus()
        QTimer.singleShot(0, self, self.refresh_text)

    # -- searching -------------------------------------------------------------------------------

    def search(self, text: str) -> bool:
        """Run a search; a bad one is explained under the box and the table is left as it was."""
        if self.search_box.text() != text:
            self.search_box.setText(text)
        try:
            query = parse(text)
        except SearchQueryError as exc:
            self.problem.setText(str(exc).removeprefix("search: "))
            self.problem.show()
            return False
        self.problem.hide()
        self.model.search(query)
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.preview.clear("No question matches this search.")
        return True

    def sort_by(self, column: str, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(COLUMN_NAMES.index(column), order)

    def _header_sort(self, section: int, order: Qt.SortOrder) -> None:
        self.model.sort(section, order)
        if self.model.rowCount():
            self.select_row(0)

    def _searched(self) -> None:
        n = self.model.rowCount()
        self.count.setText("1 question" if n == 1 else f"{n:,} questions")

    def refresh_text(self) -> None:
        """Make the search text of new or changed questions (after an import), then search again."""
        stale = self.browse.stale_text()
        if not stale:
            self.text_ready.emit()
            return
        self.status.setText(f"Preparing {len(stale):,} questions for search…")
        shelf = self.shelf

        def done(made: int) -> None:
            self.status.clear()
            if made:
                self.model.refresh()
                self._show_current()
            self.text_ready.emit()

        if self.runner is None:
            done(self.browse.refresh_text(shelf))
            return
        browse = self.browse

        def write(rows: list[tuple]) -> None:
            if self.writer is None:
                done(browse.write_text(rows))
                return
            # Made off the writer (reading banks takes seconds at 100,000 questions), written on it in
            # chunks of a few milliseconds each, so an answer given meanwhile waits for one chunk at most.
            chunks = [rows[i:i + TEXT_CHUNK] for i in range(0, len(rows), TEXT_CHUNK)] or [[]]
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                self.writer.run(lambda chunk=chunk: browse.write_text(chunk),
                                (lambda _n: done(len(rows))) if last else (lambda _n: None), self._failed)

        self.runner.run(lambda: browse.make_text(shelf), write, self._failed)

    def reload(self) -> None:
        """The library changed (an import, an update, a removal): read it again."""
        self.shelf = self.progress.bank_shelf()
        self.refresh_text()
        self.model.refresh()

    def schedules_changed(self) -> None:
        """Cards' states changed elsewhere (a class sync replayed reviews from the student's other
        devices): the search runs again, so states, due dates and `is:` filters are today's, and the
        selected question stays selected."""
        key = self.current_key()
        self.model.refresh()
        row = self.model.row_of(key) if key is not None else None
        if row is not None or self.model.rowCount():
            self.select_row(row if row is not None else 0)
        self._show_current()

    def store_closed(self) -> None:
        """The store is being closed and its file replaced (a restore): nothing is read or marked
        until `use_store` gives the one opened after."""
        self.setEnabled(False)
        self.status.setText("Your progress is being reopened…")

    def use_store(self, progress, marks) -> None:
        """Read and mark through `progress` (and `marks`, its marks on the progress writer) from now
        on: the window's store after a restore. The old store is closed and its file replaced, so
        its shelf, queries and undo steps go with it; the search text of the restored file is made
        again where it is missing."""
        self.progress, self.browse, self.marks = progress, progress.browse, marks
        self.model.browse = self.browse
        self.undo_stack.clear()  # the marks they would undo were in the file the restore replaced
        self.status.clear()
        self.setEnabled(True)
        self.reload()
        self._show_current()

    def first_rows_shown(self) -> None:
        """Draw the table now (its visible rows read), for the benchmark and tests."""
        QApplication.processEvents()
        self.table.viewport().repaint()

    # -- selection and preview -------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def current_key(self) -> CardKey | None:
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        if row is None:
            self.preview.clear("Select a question to see it here.")
            return
        question = self.shelf.question(row.key)
        if question is None:
            self.preview.show_missing(f"{row.key.question_id}: the bank file for {row.key.bank_id} could not be read.")
            return
        bank = self.shelf.header(row.key.bank_id)
        state = self.model.cell(row, "state")
        self.preview.show_question(bank, question, row.answer, self.progress.reviews(row.key), state)

    # -- suspend, bury, flag, undo ----------------------------------------------------------------

    def toggle_suspend(self) -> None:
        self._mark(lambda keys, now: self.marks.toggle_suspend(keys, now))

    def toggle_bury(self) -> None:
        def bury(keys, now):
            if all(m.buried(now) for m in self.marks.get(keys).values()):
                return self.marks.unbury(keys, now)
            return self.marks.bury(keys, self.day_end(), now)
        self._mark(bury)

    def toggle_flag(self, flag: int) -> None:
        self._mark(lambda keys, now: self.marks.toggle_flag(keys, flag, now))

    def _mark(self, how) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        try:
            change = how(self.model.keys(rows), self.clock())
        except StudyAppError as exc:
            self._failed(exc)
            return
        self.undo_stack.append(change)
        self._changed(rows, f"{change.description}.  Ctrl+Z undoes it.")

    def undo(self) -> None:
        if not self.undo_stack:
            self.status.setText("Nothing to undo here.")
            return
        change = self.undo_stack.pop()
        self.marks.restore(change, self.clock())
        rows = [r for r in (self.model.row_of(k) for k in change.keys) if r is not None]
        self._changed(rows, f"Undone: {change.description[0].lower()}{change.description[1:]}.")

    def _changed(self, rows: list[int], text: str) -> None:
        self.model.reload_rows(rows)
        self._show_current()
        self.status.setText(text)
        self.marks_changed.emit()

    # -- other keys ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def request_edit(self) -> None:
        key = self.current_key()
        if key is None:
            return
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.edit_requested)):
            self.status.setText("Editing questions is not available in this version.")
            return
        self.edit_requested.emit(key)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"Could not do that: {exc}")


__all__ = ["BROWSE_KEYS", "BrowseWindow"]
