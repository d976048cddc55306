"""The library: one card per installed bank with its counts, and Study / Practice / Exam buttons.

It draws `BankRow`s and reports what the user asked for by bank id; the main window decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from studyapp.gui.plain_label import plain_label

if TYPE_CHECKING:
    from studyapp.gui.import_flow import ImportResult
    from studyapp.gui.import_notice import ImportNotice

EXAM_SIZES = (5, 10, 20)


def empty_text() -> str:
    from studyapp.gui.import_flow import KINDS  # the bank readers load with the library, after the first paint

    return f"No banks yet. Import one with File → Import bank… or drop a bank file ({KINDS}) here."


def drop_hint() -> str:
    from studyapp.gui.import_flow import KINDS  # the bank readers load with the library, after the first paint

    return f"Drop a bank file ({KINDS}) anywhere on this window to import it."


@dataclass(frozen=True)
class BankRow:
    """One bank's card. `new`, `learning` and `due` are what is left today (`core.day_plan`: the
    numbers the study screen starts from); `unseen` is every question not yet studied."""

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
        self.setObjectName("card")
        layout = QGridLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setHorizontalSpacing(16)
        title = plain_label(row.title)
        title.setObjectName("bankTitle")
        title.setWordWrap(True)
        layout.addWidget(title, 0, 0, 1, 2)
        source = plain_label(row.source)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Buttons would move focus sideways on arrows and the scroll area would scroll; Up/Down
        # mean "previous/next bank" here.
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and not event.modifiers()):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)


class LibraryView(QWidget):
    study = Signal(str)
    practice = Signal(str, str)
    exam = Signal(str, int)
    remove = Signal(str)
    import_requested = Signal()

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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 8, 0, 0)
        self.list_layout.setSpacing(12)
        self.list_layout.addStretch(1)
        scroll.setWidget(self.list_host)
        outer.addWidget(scroll, 1)
        self.scroll = scroll
        self.hint = QLabel()  # filled in with the library (set_rows): it names the bank formats
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        outer.addWidget(self.hint)
        self.cards: list[BankCard] = []
        self.notices: dict[str, ImportNotice] = {}  # by bank id, each under its bank's card

    def set_rows(self, rows: list[BankRow], now: datetime) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, row in enumerate(rows):
            card = BankCard(row, now, self.list_host)
            card.study.connect(self.study)
            card.practice.connect(self.practice)
            card.exam.connect(self.exam)
            card.remove.connect(self.remove)
            card.step.connect(self.move_between_cards)
            self.list_layout.insertWidget(i, card)
            self.cards.append(card)
        self._place_notices()
        self.status.setText("" if rows else empty_text())
        if self.hint.isHidden():
            self.hint.setText(drop_hint())
            self.hint.show()

    def show_import(self, result: ImportResult) -> None:
        """Put (or replace) the note about an import under its bank's card."""
        from studyapp.gui.import_notice import ImportNotice  # only after an import

        self.dismiss_notice(result.bank_id)
        notice = ImportNotice(result, self.list_host)
        notice.dismissed.connect(self.dismiss_notice)
        self.notices[result.bank_id] = notice
        self._place_notices()

    def dismiss_notice(self, bank_id: str) -> None:
        notice = self.notices.pop(bank_id, None)
        if notice is not None:
            self.list_layout.removeWidget(notice)
            notice.hide()
            notice.deleteLater()

    def _place_notices(self) -> None:
        """Each notice right below its bank's card; one whose bank has gone is dropped."""
        for bank_id in [b for b in self.notices if not any(c.row.id == b for c in self.cards)]:
            self.dismiss_notice(bank_id)
        for notice in self.notices.values():
            self.list_layout.removeWidget(notice)
        for card in self.cards:
            notice = self.notices.get(card.row.id)
            if notice is not None:
                self.list_layout.insertWidget(self.list_layout.indexOf(card) + 1, notice)
                notice.show()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def current_bank(self) -> str | None:
        """The bank whose card holds the keyboard focus, else the first."""
        focus = self.focusWidget()
        for card in self.cards:
            if focus is not None and (focus is card or card.isAncestorOf(focus)):
                return card.row.id
        return self.cards[0].row.id if self.cards else None

    def focus_first(self) -> None:
        if self.cards:
            self.cards[0].study_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_between_cards(self, step: int) -> None:
        """Up/Down: the Study button of the previous/next bank."""
        if not self.cards:
            return
        current = self.current_bank()
        index = next((i for i, c in enumerate(self.cards) if c.row.id == current), 0)
        target = self.cards[max(0, min(len(self.cards) - 1, index + step))]
        target.study_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.move_between_cards(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cards:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not None and self.isAncestorOf(focus):
                focus.click()  # Enter presses the focused button (Study by default)
            else:
                bank = self.current_bank()
                if bank:
                    self.study.emit(bank)
            return
        super().keyPressEvent(event)
