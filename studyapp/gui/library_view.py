"""The library: one card per installed bank with its counts, and Study / Practice / Exam buttons.

It draws `BankRow`s and reports what the user asked for by bank id; the main window decides.
The banks are a list model (`library_model.LibraryModel`) in a `QListView`: a `BankCard` widget
is built only for the banks in view (and the current one), as the delegate's editor, so 1,000
banks cost what the handful on screen cost. `cards[i]` builds bank i's card when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QListView, QMenu,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from studyapp.exchange.registry import READABLE_TEXT  # the table only: the readers load when used
from studyapp.gui.library_model import LibraryModel
from studyapp.gui.plain_label import plain_label

if TYPE_CHECKING:
    from studyapp.exchange.importing import ImportOutcome
    from studyapp.gui.import_notice import ImportNotice

EXAM_SIZES = (5, 10, 20)


def empty_text() -> str:
    return f"No banks yet. Import one with File → Import bank… or drop a bank file ({READABLE_TEXT}) here."


def drop_hint() -> str:
    return f"Drop a bank file ({READABLE_TEXT}) anywhere on this window to import it."


@dataclass(frozen=True)
class BankRow:
    """One bank's card. `new`, `learning` and `due` are what is left today (`core.day_plan`: the
    numbers the study screen starts from); `unseen` is every question not yet studied. `counted`
    False: those three are not counted yet (a bank below the first view, counted just after the
    library opens); the list builds no card for it until they are."""

    id: str
    title: str
    source: str
    new: int
    learning: int
    due: int
    total: int
    topics: tuple[str, ...]
    last_studied: datetime | None = None
    leeches: int = 0  # questions forgotten 8 times or more (studyapp.core.insight.is_leech)
    unseen: int = 0
    counted: bool = True


def left_today_text(new: int, learning: int, review: int) -> str:
    """The one way "left today" reads, on the library and on the study screen."""
    from studyapp.core.day_plan import DayCounts  # loaded with the library, after the first paint

    return f"Left today: {DayCounts(new, learning, review).text}"


def last_studied_text(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "Not studied yet"
    days = (now.date() - when.date()).days
    if days <= 0:
        return "Last studied today"
    if days == 1:
        return "Last studied yesterday"
    return f"Last studied {days} days ago"


class BankCard(QFrame):
    study = Signal(str)
    practice = Signal(str, str)
    exam = Signal(str, int)
    remove = Signal(str)
    step = Signal(int)  # Up/Down inside a card: move to the previous/next bank

    def __init__(self, row: BankRow, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.notice: ImportNotice | None = None  # what the last import of this bank changed, under the card
        self.tab_out: Callable[[str, int], bool] | None = None  # (bank, ±1) -> moved to that bank's card
        self.setObjectName("card")
        self.setAutoFillBackground(True)  # over the list's own drawing of the row
        layout = QGridLayout(self)
        self._layout = layout
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setHorizontalSpacing(16)
        title = self.title_label = plain_label(row.title)
        title.setObjectName("bankTitle")
        title.setWordWrap(True)
        layout.addWidget(title, 0, 0, 1, 2)
        source = self.source_label = plain_label(row.source)
        source.setObjectName("muted")
        source.setWordWrap(True)
        layout.addWidget(source, 1, 0, 1, 2)
        from studyapp.core.day_plan import DayCounts  # cards are drawn after the library has loaded

        left = DayCounts(row.new, row.learning, row.due)
        self.counts = plain_label(f"{left_today_text(row.new, row.learning, row.due)} · "
                                  f"{row.unseen} of {row.total} questions not studied yet")
        self.counts.setAccessibleName(f"Left today: {left.spoken}. {row.unseen} of {row.total} questions "
                                      "not studied yet")
        layout.addWidget(self.counts, 2, 0)
        last = QLabel(last_studied_text(row.last_studied, now))
        last.setObjectName("muted")
        layout.addWidget(last, 2, 1, Qt.AlignmentFlag.AlignRight)
        if row.leeches:
            self.leeches = QLabel(f"{row.leeches} leech{'es' if row.leeches != 1 else ''}: forgotten 8 times or more. "
                                  "Re-read their paragraphs in the article; the Statistics page lists them.")
            self.leeches.setObjectName("muted")
            self.leeches.setWordWrap(True)
            layout.addWidget(self.leeches, 4, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.study_button = QPushButton("&Study")
        self.study_button.setObjectName("primary")
        self.study_button.setAccessibleName(f"Study {row.title}")
        self.study_button.setToolTip("Due reviews and today's new questions (Enter)")
        self.study_button.clicked.connect(lambda: self.study.emit(row.id))
        buttons.addWidget(self.study_button)
        self.practice_button = QPushButton("&Practice by topic")
        self.practice_button.setAccessibleName(f"Practise one topic of {row.title}; the schedule is left alone")
        menu = QMenu(self.practice_button)
        from studyapp.core.bank import TOPIC_LABELS  # cards are drawn after the library has loaded

        for topic in row.topics:
            action = QAction(TOPIC_LABELS.get(topic, topic), menu)
            action.triggered.connect(lambda _=False, t=topic: self.practice.emit(row.id, t))
            menu.addAction(action)
        self.practice_button.setMenu(menu)
        buttons.addWidget(self.practice_button)
        self.exam_button = QPushButton("&Exam")
        self.exam_button.setAccessibleName(f"Exam on {row.title}: answer without feedback, then see a score")
        exam_menu = QMenu(self.exam_button)
        # An exam asks one question of each family of related ones (core.siblings), so "all" may
        # be fewer than the bank holds; the exam's header says how many it asks.
        for n in [n for n in EXAM_SIZES if n < row.total] + [row.total]:
            action = QAction(f"{n} questions" if n < row.total else "As many as possible", exam_menu)
            action.triggered.connect(lambda _=False, k=n: self.exam.emit(row.id, k))
            exam_menu.addAction(action)
        self.exam_button.setMenu(exam_menu)
        buttons.addWidget(self.exam_button)
        buttons.addStretch(1)
        self.remove_button = QPushButton("Remove…")
        self.remove_button.setAccessibleName(f"Remove {row.title} from the library")
        self.remove_button.clicked.connect(lambda: self.remove.emit(row.id))
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons, 3, 0, 1, 2)

        for button in (self.study_button, self.practice_button, self.exam_button, self.remove_button):
            button.installEventFilter(self)

    def set_notice(self, notice: ImportNotice | None) -> None:
        """Show (or, with None, take away) the import note at the foot of the card."""
        if self.notice is not None and self.notice is not notice:
            self._layout.removeWidget(self.notice)
        self.notice = notice
        if notice is not None:
            self._layout.addWidget(notice, 5, 0, 1, 2)
            notice.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Buttons would move focus sideways on arrows and the scroll area would scroll; Up/Down
        # mean "previous/next bank" here.
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and not event.modifiers()):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        # Tab past the last button (Shift+Tab before the first) goes on to the next (previous) bank's
        # card, which may not be built yet: the list builds only the cards in view.
        if event.type() == QEvent.Type.KeyPress and self.tab_out is not None:
            forward = watched is self.remove_button and event.key() == Qt.Key.Key_Tab and not event.modifiers()
            back = watched is self.study_button and event.key() == Qt.Key.Key_Backtab
            if (forward or back) and self.tab_out(self.row.id, 1 if forward else -1):
                return True
        return super().eventFilter(watched, event)


def _plain_char(c: str) -> bool:
    """Latin letters, digits and punctuation (no combining marks, no control characters): text of these
    is never narrower apart than shaped together by more than kerning takes."""
    n = ord(c)
    return 0x20 <= n < 0x300 and not 0x7F <= n < 0xA0 or 0x2010 <= n < 0x2028 or 0x2030 <= n < 0x205F


def _surely_one_line(metrics, text: str, width: int, advances: dict[str, int]) -> bool:
    """Whether `text` surely fits on one line `width` wide, from its characters' advances one by one (kept
    in `advances`) with a tenth and 8 px to spare for kerning: a row's wrapped-text measure (a text layout,
    ~30 µs) is needed only for a text near or past the width, or one of other scripts (shaped, measured)."""
    total = 0
    for c in text:
        w = advances.get(c)
        if w is None:
            if not _plain_char(c):
                return False
            w = advances[c] = metrics.horizontalAdvance(c)
        total += w
    return total + total // 10 + 8 <= width


class _BankDelegate(QStyledItemDelegate):
    """Opens a `BankCard` as the editor of a row, sizes rows to their card, and draws a plain card
    for a row whose widget is not built yet (while scrolling fast)."""

    def __init__(self, view: LibraryView):
        super().__init__(view)
        self.view = view
        self._base: dict[tuple[bool, int], int] = {}  # (has leeches, width) -> height of a one-line card
        # (title, source, has leeches, width) -> estimate: the list asks every row's size at least twice
        # when the rows come (1,000 wrapped-text measures a pass) and again on each refresh.
        self._estimates: dict[tuple[str, str, bool, int], int] = {}
        self._probe: BankCard | None = None
        # Each character's advance in the title's and the source's font (`_surely_one_line`).
        self._title_advances: dict[str, int] = {}
        self._source_advances: dict[str, int] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:  # noqa: N802
        return self.view._adopt(index.data(LibraryModel.ROW_ROLE), parent)

    def destroyEditor(self, editor: QWidget, index) -> None:  # noqa: N802 - Qt's name
        self.view._release(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802 - a card shows its row already
        pass

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802 - nothing to write back
        pass

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        editor.setGeometry(option.rect)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        # Called for every row at each layout (twice when 1,000 rows come): the row straight from the
        # model's list, not through index.data() and the model's data() (a call into Python and back each).
        rows, r = self.view.model.rows, index.row()
        row = rows[r] if 0 <= r < len(rows) else None
        width = self.view.card_width()
        card = self.view._open.get(row.id) if row is not None else None
        if card is not None:
            return QSize(width, card.heightForWidth(width) if card.hasHeightForWidth() else card.sizeHint().height())
        width = self.view.estimate_width(width, min(self._base.values(), default=0))
        return QSize(width, self.estimate(row, width))

    def estimate(self, row: BankRow | None, width: int) -> int:
        """A card's height without building it: a measured one-line card, plus the lines its title
        and source wrap onto (measured with the fonts the card's labels have)."""
        if row is None:
            return 1
        known = self._estimates.get((row.title, row.source, bool(row.leeches), width))
        if known is not None:
            return known
        if len(self._estimates) > 20_000:  # widths a resize went through: start again
            self._estimates.clear()
        key = (bool(row.leeches), width)
        if self._probe is None:
            now = datetime.now(timezone.utc)
            self._probe = BankCard(BankRow("probe", "X", "X", 0, 0, 0, 1, (), leeches=1), now, self.view)
            self._probe.hide()
            self._probe.ensurePolished()
            for label in self._probe.findChildren(QLabel):
                label.ensurePolished()
        if key not in self._base:
            self._probe.leeches.setVisible(key[0])
            self._probe._layout.invalidate()
            self._base[key] = self._probe.heightForWidth(width)
        text_width = max(40, width - 40)
        extra = 0
        for label, text, advances in ((self._probe.title_label, row.title, self._title_advances),
                                      (self._probe.source_label, row.source, self._source_advances)):
            metrics = label.fontMetrics()
            if _surely_one_line(metrics, text, text_width, advances):
                continue  # one line: nothing to add (what measuring it finds too, without laying it out)
            wrapped = metrics.boundingRect(QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
            extra += max(0, wrapped - metrics.height())
        height = self._estimates[(row.title, row.source, key[0], width)] = self._base[key] + extra
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = index.data(LibraryModel.ROW_ROLE)
        if row is None or row.id in self.view._open:
            return
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.mid().color())
        painter.setBrush(palette.base())
        painter.drawRoundedRect(option.rect.adjusted(0, 0, -1, -1), 8, 8)
        painter.setPen(palette.text().color())
        text = option.rect.adjusted(18, 14, -18, -14)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         painter.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight, text.width()))
        painter.restore()


class _BankList(QListView):
    """The list of cards. Up/Down and Enter are the library's (previous/next bank, study), not the
    list's own moving of the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers():
            event.ignore()  # to LibraryView.keyPressEvent
            return
        super().keyPressEvent(event)


class _Cards(Sequence):
    """The cards of the listed banks, built on demand: `cards[i]` opens bank i's card."""

    def __init__(self, view: LibraryView):
        self._view = view

    def __len__(self) -> int:
        return self._view.model.rowCount()

    @overload
    def __getitem__(self, i: int) -> BankCard: ...
    @overload
    def __getitem__(self, i: slice) -> list[BankCard]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._view.card_at(k) for k in range(*i.indices(len(self)))]
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        return self._view.card_at(i % n)

    def __iter__(self) -> Iterator[BankCard]:
        return (self._view.card_at(k) for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list | tuple | _Cards) else NotImplemented

    def __repr__(self) -> str:
        return f"<{len(self)} bank cards>"


class LibraryView(QWidget):
    study = Signal(str)
    practice = Signal(str, str)
    exam = Signal(str, int)
    remove = Signal(str)
    import_requested = Signal()

    SPACING = 6  # around each card: 12 px between two

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        header = QHBoxLayout()
        title = QLabel("Library")
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.import_button = QPushButton("&Import bank…")
        self.import_button.setAccessibleName("Import a question bank file")
        self.import_button.clicked.connect(self.import_requested)
        header.addWidget(self.import_button)
        outer.addLayout(header)
        self.status = plain_label()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.now = datetime.now(timezone.utc)
        self.model = LibraryModel(self)
        self._open: dict[str, BankCard] = {}  # bank id -> its card, for the rows whose card is built
        self._estimate_width: tuple[tuple, int] = ((), 0)  # estimate_width's last question and answer
        self.list = _BankList()
        self.list.setObjectName("bankList")
        self.list.setAccessibleName("Banks")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSpacing(self.SPACING)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(24)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.viewport().setAutoFillBackground(False)
        self.list.setModel(self.model)
        self.list.setItemDelegate(_BankDelegate(self))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._sync_later())
        self.list.verticalScrollBar().valueChanged.connect(lambda *_: self._sync_later())
        self.list.viewport().installEventFilter(self)
        outer.addWidget(self.list, 1)
        self.scroll = self.list
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._sync_cards)
        self.hint = QLabel()  # filled in with the library (set_rows): it names the bank formats
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        outer.addWidget(self.hint)
        self.cards = _Cards(self)
        self.notices: dict[str, ImportNotice] = {}  # by bank id, each at the foot of its bank's card

    @property
    def rows(self) -> list[BankRow]:
        return self.model.rows

    def set_rows(self, rows: list[BankRow], now: datetime) -> None:
        if self._counts_of_the_same_rows(rows):
            return
        current = self.current_bank() if self._open or self.list.currentIndex().isValid() else None
        had_focus = self.list.isAncestorOf(self.focusWidget()) if self.focusWidget() is not None else False
        self.now = now
        for bank_id in list(self._open):
            self._close(bank_id)
        self.model.set_rows(rows)
        for bank_id in [b for b in self.notices if self.model.row_of(b) < 0]:  # its bank has gone
            self.dismiss_notice(bank_id)
        keep = self.model.row_of(current)
        if keep >= 0:
            self.list.setCurrentIndex(self.model.index(keep))
            if had_focus:
                self.card_at(keep).study_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for bank_id in self.notices:
            self.card_at(self.model.row_of(bank_id))
        self._sync_later()
        self.status.setText("" if rows else empty_text())
        if self.hint.isHidden():
            self.hint.setText(drop_hint())
            self.hint.show()

    def _counts_of_the_same_rows(self, rows: list[BankRow]) -> bool:
        """The same banks with the counts of those not counted yet (the rest of the first view, counted
        after the library opened): taken in place, the cards built stay as they are (their rows are
        unchanged), the current bank, the focus and the scroll position too. False for any other rows."""
        old = self.model.rows
        if not old or len(rows) != len(old) or all(r.counted for r in old):
            return False
        if any(a.id != b.id or (a != b and a.counted) for a, b in zip(old, rows)):
            return False
        for bank_id in [b for b, card in self._open.items() if not card.row.counted]:
            self._close(bank_id)  # built before its counts came (cards[i]): built again from its counted row
        self.model.replace_rows(rows)
        self._sync_later()
        return True

    # -- the cards in view ----------------------------------------------------------------------------

    def card_width(self) -> int:
        return max(200, self.list.viewport().width() - 2 * self.SPACING)

    def estimate_width(self, width: int, lowest_row: int) -> int:
        """The width to estimate rows at: `width` (`card_width()`), or what it will be once the scroll
        bar shows when the rows surely overflow the list (each at least `lowest_row` high, 0: unknown).
        The list lays every row out once without the bar and again with it: estimating the first pass
        at the second's width measures 1,000 rows' wrapped text once instead of twice."""
        if not lowest_row:
            return width
        viewport = self.list.viewport()
        key = (width, lowest_row, len(self.model.rows), viewport.height(), self.list.width())
        if self._estimate_width[0] == key:  # the list asks for every row, twice, in one layout
            return self._estimate_width[1]
        bar = self.list.verticalScrollBar()
        found = width
        if not (viewport.width() < self.list.maximumViewportSize().width()  # the bar takes its room already
                or self.list.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAsNeeded
                or self.list.style().styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, bar)  # drawn over
                or key[2] * (lowest_row + 2 * self.SPACING) <= key[3]):
            found = max(200, width - self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar))
        self._estimate_width = (key, found)
        return found

    def card_at(self, row: int) -> BankCard:
        """Bank `row`'s card, built (and kept while in view or current) if it was not."""
        bank = self.model.rows[row]
        card = self._open.get(bank.id)
        if card is None:
            self.list.openPersistentEditor(self.model.index(row))
            card = self._open[bank.id]
        return card

    def _adopt(self, row: BankRow, parent: QWidget) -> BankCard:
        """A new card for `row` (the delegate's editor), wired to the page's signals."""
        card = BankCard(row, self.now, parent)
        card.study.connect(self.study)
        card.practice.connect(self.practice)
        card.exam.connect(self.exam)
        card.remove.connect(self.remove)
        card.step.connect(self.move_between_cards)
        card.tab_out = self._tab_out
        self._open[row.id] = card
        notice = self.notices.get(row.id)
        if notice is not None:
            card.set_notice(notice)
        self._resized(row.id)
        return card

    def _release(self, card: QWidget) -> None:
        """A card is going: keep its import note (hidden, on the page) for when it comes back."""
        if isinstance(card, BankCard):
            if self._open.get(card.row.id) is card:
                del self._open[card.row.id]
            if card.notice is not None:
                notice = card.notice
                card.set_notice(None)
                notice.hide()
                notice.setParent(self)

    def _close(self, bank_id: str) -> None:
        row = self.model.row_of(bank_id)
        card = self._open.get(bank_id)
        if card is None:
            return
        if row >= 0:
            self.list.closePersistentEditor(self.model.index(row))
        if self._open.get(bank_id) is card:  # not closed through the delegate: let it go here
            self._release(card)
            card.hide()
            card.deleteLater()

    def _resized(self, bank_id: str) -> None:
        """A card's height may differ from the estimate: have the list lay its row out again."""
        row = self.model.row_of(bank_id)
        if row >= 0:
            self.list.itemDelegate().sizeHintChanged.emit(self.model.index(row))

    def _sync_later(self) -> None:
        self._sync_timer.start()

    def _sync_cards(self) -> None:
        """Build the cards of the rows in view; let go of those scrolled away (not the current
        bank's, one holding the focus, or one with an import note)."""
        rows = self.model.rowCount()
        wanted: set[int] = set()
        viewport = self.list.viewport()
        if rows and viewport.isVisible():
            lo, hi = 0, rows  # the first row not wholly above the viewport (rows are in order)
            while lo < hi:
                mid = (lo + hi) // 2
                if self.list.visualRect(self.model.index(mid)).bottom() < 0:
                    lo = mid + 1
                else:
                    hi = mid
            r = lo
            while r < rows and self.list.visualRect(self.model.index(r)).top() < viewport.height():
                wanted.add(r)
                r += 1
        current = self.list.currentIndex()
        if current.isValid():
            wanted.add(current.row())
        focus = self.focusWidget()
        for bank_id, card in list(self._open.items()):
            row = self.model.row_of(bank_id)
            if row in wanted or bank_id in self.notices or (focus is not None and card.isAncestorOf(focus)):
                continue
            self._close(bank_id)
        listed = self.model.rows
        for r in sorted(wanted):
            if listed[r].counted:  # else drawn plain until its counts come (`set_rows`)
                self.card_at(r)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._sync_later()
        return super().eventFilter(watched, event)

    # -- import notes ---------------------------------------------------------------------------------

    def show_import(self, result: ImportOutcome) -> None:
        """Put (or replace) the note about an import at the foot of its bank's card."""
        from studyapp.gui.import_notice import ImportNotice  # only after an import

        self.dismiss_notice(result.bank_id)
        notice = ImportNotice(result, self)
        notice.hide()
        notice.dismissed.connect(self.dismiss_notice)
        self.notices[result.bank_id] = notice
        row = self.model.row_of(result.bank_id)
        if row >= 0:
            card = self.card_at(row)
            card.set_notice(notice)
            self._resized(result.bank_id)

    def dismiss_notice(self, bank_id: str) -> None:
        notice = self.notices.pop(bank_id, None)
        if notice is not None:
            card = self._open.get(bank_id)
            if card is not None and card.notice is notice:
                card.set_notice(None)
            notice.hide()
            notice.deleteLater()
            self._resized(bank_id)
            self._sync_later()

    # -- focus and keys -------------------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def current_bank(self) -> str | None:
        """The bank whose card holds the keyboard focus, else the list's current bank, else the first."""
        focus = self.focusWidget()
        if focus is not None:
            for bank_id, card in self._open.items():
                if focus is card or card.isAncestorOf(focus):
                    return bank_id
        current = self.list.currentIndex()
        if current.isValid():
            return self.model.rows[current.row()].id
        return self.model.rows[0].id if self.model.rows else None

    def focus_first(self) -> None:
        if self.model.rows:
            self._go_to(0)
        else:
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_between_cards(self, step: int) -> None:
        """Up/Down: the Study button of the previous/next bank."""
        if not self.model.rows:
            return
        index = max(0, self.model.row_of(self.current_bank()))
        self._go_to(max(0, min(len(self.model.rows) - 1, index + step)))

    def _tab_out(self, bank_id: str, step: int) -> bool:
        """Tab from a card's last button to the next bank's first (Shift+Tab: back to the previous
        bank's last); False past either end of the list, where Tab leaves the list."""
        row = self.model.row_of(bank_id) + step
        if not 0 <= row < len(self.model.rows):
            return False
        self._go_to(row)
        if step < 0:
            self.card_at(row).remove_button.setFocus(Qt.FocusReason.BacktabFocusReason)
        return True

    def _go_to(self, row: int) -> None:
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        self.card_at(row).study_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_later()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.move_between_cards(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rows:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not None and self.isAncestorOf(focus):
                focus.click()  # Enter presses the focused button (Study by default)
            else:
                bank = self.current_bank()
                if bank:
                    self.study.emit(bank)
            return
        super().keyPressEvent(event)
