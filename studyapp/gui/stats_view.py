"""The statistics page: today, a year's heatmap, the 30-day forecast, retention, mastery, hard questions.

The figures are read and computed on a worker thread (`run_in_background`): with a large history
that takes a moment, and the window must keep answering meanwhile. The page shows a loading
state until the worker's result arrives, then fills the charts. It reports what the user asked
for by signal and does no navigation itself:

    view = StatsView()                                        # the main window's page
    view.show_counts(progress.counts(...))                    # per-bank table (the main window's worker)
    view.set_loader(stats_loader(progress, day_hour, tz, clock), runner)
    view.source_requested.connect(window.show_bank_source)   # (bank id, question id, excerpt)
    view.refresh()                                            # figures: loading state, then the charts
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QStackedWidget, QTableView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from studyapp.core.bank import TOPIC_LABELS, quoted
from studyapp.core.insight import Insight, Mastery, study_day
from studyapp.core.richtext import plain_tooltip
from studyapp.core.wording import count
from studyapp.gui.charts import BarChart, HBarChart, HeatmapChart
from studyapp.gui.stats_model import COLUMNS, BankCountsModel
from studyapp.gui.workers import Background, run_in_background


@dataclass(frozen=True)
class QuestionText:
    prompt: str
    answer: str
    source: str


@dataclass(frozen=True)
class StatsData:
    """What the worker hands the page: the figures and the text of the questions it lists.

    First it hands over partial data (`complete` False): what the cards alone say, while the
    `answers_total` answers are still being summed."""

    insight: Insight
    titles: dict[str, str]
    day_hour: int = 4
    tz: object = None
    texts: dict[tuple[str, str], QuestionText] = field(default_factory=dict)
    counts: list | None = None  # Progress.counts per bank, for the table
    complete: bool = True
    answers_total: int = 0


class Stopped(Exception):
    """The page no longer wants the figures (it was left, or the window is closing)."""


Loader = Callable[..., StatsData]  # load(publish=None) -> the whole figures


def stats_loader(progress, day_hour: int, tz, clock: Callable[[], datetime]) -> Loader:
    """A function (for the worker) that reads the history and computes every figure at clock().

    The figures are summed by SQLite (`storage.insight_totals`), not read answer by answer: a
    million answers take a pass over the review log, with the interpreter (and so the window) free
    meanwhile. `load(publish)` first hands `publish` (called on the worker thread) what the cards
    alone say, in a fraction of a second, then returns everything. When `publish` returns False
    the load stops there (raises Stopped)."""

    def load(publish: Callable[[StatsData], bool] | None = None) -> StatsData:
        from studyapp.core.insight import insight_from_totals
        from studyapp.core.scheduling import day_bounds
        from studyapp.storage.insight_totals import with_cards

        now = clock()
        # The answers' pass (most of the time) runs beside the cards' in a thread of its own: SQLite
        # works without the interpreter, so the two use both cores.
        beside = ThreadPoolExecutor(1, thread_name_prefix="statistics")
        try:
            answers = beside.submit(progress.totals.answers, now, day_hour, tz)
            titles = progress.history.bank_titles()
            cards = progress.totals.cards(now, day_hour, tz)
            if publish is not None:
                partial = StatsData(insight_from_totals(cards, now, day_hour, tz), titles, day_hour, tz,
                                    complete=False, answers_total=progress.review_count())
                if publish(partial) is False:
                    raise Stopped()  # without waiting for the answers' pass (it ends on its own)
            insight = insight_from_totals(with_cards(answers.result(), cards), now, day_hour, tz)
        finally:
            beside.shutdown(wait=False)
        start, end = day_bounds(now, day_hour, tz)
        counts = progress.counts(start, end, now)
        return StatsData(insight, titles, day_hour, tz, question_texts(progress, insight), counts,
                         answers_total=insight.total_reviews)

    return load


def question_texts(progress, insight: Insight) -> dict[tuple[str, str], QuestionText]:
    """Prompt, answer and source of the questions the page lists, from the installed banks' shelf."""
    from studyapp.core.bank import answer_text, prompt_of
    from studyapp.core.records import CardKey

    wanted = {(s.bank_id, s.question_id) for s in insight.most_failed} | set(insight.leeches)
    shelf = progress.bank_shelf()  # the listed questions from their banks' caches: no bank file is parsed
    texts = {}
    for bank_id, question_id in wanted:
        q = shelf.question(CardKey(bank_id, question_id)) if bank_id in shelf else None
        if q is not None:  # None: the bank cannot be read, or no longer has the question
            bank = shelf.header(bank_id)
            texts[(bank_id, question_id)] = QuestionText(prompt_of(bank, q), answer_text(bank, q), q.source)
    return texts


class _Partials(QObject):
    """Hands the worker's partial figures to the GUI thread: the newest waits under a lock and a
    no-argument signal says one is there (only plain signals cross threads: see gui/workers.py)."""

    arrived = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: StatsData | None = None
        self.generation = 0  # which refresh the worker belongs to; older ones' partials are dropped

    def publisher(self) -> Callable[[StatsData], None]:
        generation = self.generation

        def publish(data: StatsData) -> bool:
            """Hand over partial figures; False once the page no longer wants them."""
            with self._lock:
                if generation != self.generation:
                    return False
                self._latest = data
            self.arrived.emit()
            return True

        return publish

    def take(self) -> StatsData | None:
        with self._lock:
            data, self._latest = self._latest, None
        return data

    def close(self) -> None:
        """The refresh ended: partials still on their way are stale."""
        with self._lock:
            self.generation += 1
            self._latest = None


def _minutes(ms: int) -> str:
    minutes = ms / 60000
    if minutes < 1:
        return f"{ms / 1000:.0f} s"
    if minutes < 90:
        return f"{minutes:.0f} min"
    return f"{minutes / 60:.1f} h"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


class StatsView(QWidget):
    """Progress at a glance. `refresh()` reloads in the background; `loaded` tells when figures are shown."""

    source_requested = Signal(str, str, str)  # bank id, question id, source excerpt
    back = Signal()
    loaded = Signal()

    COUNT_COLUMNS = COLUMNS
    TABLE_ROWS = 12  # rows shown before the per-bank table scrolls on its own

    def __init__(self, load: Loader | None = None, runner: Background | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._load, self._runner = load, runner
        self.data: StatsData | None = None
        self.error: BaseException | None = None
        self._pending = False
        self._partials = _Partials(self)
        self._partials.arrived.connect(self._partial_arrived)
        self._watching_window = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        page.setObjectName("statsContent")
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(8)

        top = QHBoxLayout()
        title = QLabel("Statistics")
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.back_button = QPushButton("Back to library")
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        layout.addLayout(top)

        # Per-bank counts (filled by `show_counts`, from Progress.counts). A model and a view with
        # fixed row heights, widths measured once per fill: nothing is measured per row drawn.
        self.counts_model = BankCountsModel(self)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setAccessibleName("Counts per bank")
        self.table.setModel(self.counts_model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # first as given (by title); a click sorts
        self.table.setSortingEnabled(True)
        self._fit_table()
        layout.addWidget(self.table)

        # The figures (filled by `refresh`, on a worker thread).
        self.stack = QStackedWidget()
        self.loading = QLabel("Loading statistics…")
        self.loading.setObjectName("statsLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setMinimumHeight(80)
        self.stack.addWidget(self.loading)
        self.content = QWidget()
        self.stack.addWidget(self.content)
        layout.addWidget(self.stack)
        self._build(QVBoxLayout(self.content))
        self.stack.setVisible(load is not None)
        layout.addStretch(1)

    def set_loader(self, load: Loader, runner: Background) -> None:
        """Connect the figures' source once the progress store is open."""
        self._load, self._runner = load, runner
        self.stack.setVisible(True)

    def show_counts(self, counts) -> None:
        """Fill the per-bank table from `Progress.counts(...)` (a list of BankCounts)."""
        self.counts_model.set_counts(counts)
        self._fit_columns()
        self._fit_table()
        if self._load is not None and self.data is None and not self._pending:
            self.refresh()

    def _fit_columns(self) -> None:
        """Each number column as wide as its header or its widest text, measured once per fill."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        head_metrics = header.fontMetrics()
        for col in range(1, len(COLUMNS)):
            widest = max(self.counts_model.column_texts(col), key=len, default="")
            # The header's room for its sort arrow, and the cell's margins.
            width = max(head_metrics.horizontalAdvance(COLUMNS[col]) + 28, metrics.horizontalAdvance(widest) + 16)
            header.resizeSection(col, width)

    def _fit_table(self) -> None:
        """Tall enough for every bank up to TABLE_ROWS; beyond that the table scrolls."""
        rows = self.counts_model.rowCount()
        shown = max(1, min(rows, self.TABLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + shown * self.table.verticalHeader().defaultSectionSize()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if rows > self.TABLE_ROWS
                                              else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    # -- layout -------------------------------------------------------------------------------------

    def _section(self, layout: QVBoxLayout, title: str, widget: QWidget, note: QLabel | None = None) -> None:
        head = QLabel(title)
        head.setObjectName("bankTitle")
        layout.addWidget(head)
        if note is not None:
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(widget)

    def _build(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        self.reading = QLabel()  # while a big history is read: how far, and that the figures fill in
        self.reading.setObjectName("statsReading")
        self.reading.setWordWrap(True)
        self.reading.setVisible(False)
        layout.addWidget(self.reading)

        today = QWidget()
        grid = QGridLayout(today)
        grid.setContentsMargins(0, 0, 0, 0)
        self.today_answered, self.today_right, self.today_time = QLabel(), QLabel(), QLabel()
        self.state_labels: dict[str, QLabel] = {}
        for col, (label, value) in enumerate((("Answered", self.today_answered), ("Right", self.today_right),
                                              ("Time spent", self.today_time))):
            value.setObjectName("verdictSelf")
            grid.addWidget(value, 0, col)
            caption = QLabel(label)
            caption.setObjectName("muted")
            grid.addWidget(caption, 1, col)
        self._section(layout, "Today", today)

        self.heatmap = HeatmapChart()
        self.heatmap_note = QLabel()
        self._section(layout, "Answers over the past year", self.heatmap, self.heatmap_note)

        self.forecast = BarChart()
        self.forecast.empty_text = "Nothing scheduled in the next 30 days"
        self.forecast_note = QLabel()
        self._section(layout, "Due in the next 30 days", self.forecast, self.forecast_note)

        self.retention = BarChart()
        self.retention.empty_text = "No reviews of learned questions yet"
        self.retention_note = QLabel()
        self._section(layout, "Retention by week", self.retention, self.retention_note)

        self.by_topic = HBarChart()
        self.by_topic.empty_text = "No questions installed"
        self._section(layout, "Mastery by topic", self.by_topic,
                      QLabel("The bar is the share you would get right now (FSRS's recall estimate; "
                             "questions not studied yet count as 0)."))
        self.by_bank = HBarChart()
        self.by_bank.empty_text = "No banks installed"
        self._section(layout, "Mastery by bank", self.by_bank)

        states = QWidget()
        row = QHBoxLayout(states)
        row.setContentsMargins(0, 0, 0, 0)
        for name in ("new", "learning", "review", "relearning", "mature"):
            lab = QLabel()
            lab.setObjectName(f"state_{name}")
            self.state_labels[name] = lab
            row.addWidget(lab)
        row.addStretch(1)
        self._section(layout, "Questions by state", states)

        self.failed = QTreeWidget()
        self.failed.setObjectName("mostFailed")
        self.failed.setRootIsDecorated(False)
        self.failed.setHeaderLabels(["Question", "Topic", "Wrong", "Recall now", ""])
        self.failed.setMinimumHeight(180)
        head = self.failed.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.failed.currentItemChanged.connect(self._show_failed)
        self.failed.itemActivated.connect(lambda *_: self.open_source())
        self.failed_detail = QLabel()
        self.failed_detail.setWordWrap(True)
        self.failed_detail.setTextFormat(Qt.TextFormat.RichText)
        self.read_source = QPushButton("Read the source in the article")
        self.read_source.setEnabled(False)
        self.read_source.clicked.connect(self.open_source)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.failed)
        v.addWidget(self.failed_detail)
        v.addWidget(self.read_source, 0, Qt.AlignmentFlag.AlignLeft)
        self._section(layout, "Questions most often wrong", box,
                      QLabel("A question forgotten 8 times is a leech: drilling it again rarely helps; "
                             "re-read its paragraph in the article instead."))

    # -- loading -----------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self.stack.currentWidget() is self.loading

    @property
    def computing(self) -> bool:
        """A worker is reading the history for this page."""
        return self._pending

    @property
    def complete(self) -> bool:
        """Every figure is shown, from the whole history (not partial figures while it is read)."""
        return self.data is not None and self.data.complete and not self._pending

    def refresh(self) -> None:
        """Show the loading state and compute the figures off the GUI thread; partial figures are
        shown as the history is read."""
        if self._pending or self._load is None or self._runner is None:
            return
        self._pending = True
        self.error = None
        if self.data is None:
            self.loading.setText("Loading statistics…")
            self.stack.setCurrentWidget(self.loading)
        load, publish = self._load, self._partials.publisher()
        run_in_background(lambda: load(publish), self._loaded, self._failed, self._runner)

    def _partial_arrived(self) -> None:
        data = self._partials.take()
        if data is not None and self._pending:
            self.show_data(data)

    def _loaded(self, data: StatsData) -> None:
        self._partials.close()
        self._pending = False
        self.show_data(data)
        self.loaded.emit()

    def stop(self) -> None:
        """Stop computing figures nobody will see: the worker ends at its next batch, so closing the
        window (which waits for background work) does not wait for a million answers to be read."""
        if self._pending:
            self._partials.close()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        window = self.window()
        if window is not self and not self._watching_window:
            window.installEventFilter(self)  # the window's close reaches this before its closeEvent runs
            self._watching_window = True
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.stop()  # left for another page: refresh() computes afresh when shown again
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _failed(self, exc: BaseException) -> None:
        self._partials.close()
        self._pending = False
        if isinstance(exc, Stopped):  # asked for: the page keeps what it showed
            if self.isVisible():
                self.refresh()  # shown again before the old worker stopped: compute afresh
            return
        self.error = exc
        self.loading.setText(f"The statistics could not be computed: {exc}")
        self.stack.setCurrentWidget(self.loading)

    # -- filling in --------------------------------------------------------------------------------

    def show_data(self, data: StatsData) -> None:
        self.data = data
        self.reading.setVisible(not data.complete)
        if not data.complete:
            self.reading.setText(f"Counting your {count(data.answers_total, 'answer')}… The figures from them "
                                 "(today, the past year, retention, the questions most often wrong) follow in a moment.")
        if data.counts is not None:
            self.show_counts(data.counts)
        ins = data.insight
        today = study_day(ins.now, data.day_hour, data.tz)
        t = ins.today
        self.today_answered.setText(str(t.answered))
        self.today_right.setText(f"{t.right} ({_pct(t.right_share)})" if t.answered else "–")
        self.today_time.setText(_minutes(t.time_ms))

        self.heatmap.set_data(ins.heatmap, today)
        days_studied = len(ins.heatmap)
        self.heatmap_note.setText(f"{count(sum(ins.heatmap.values()), 'answer')} on {count(days_studied, 'day')}; "
                                  "hover a day for its count.")

        labels = [("Today" if i == 0 else f"{today + timedelta(days=i):%d %b}") if i % 7 == 0 else ""
                  for i in range(len(ins.forecast))]
        tips = [f"{'Today (and overdue)' if i == 0 else f'{today + timedelta(days=i):%a %d %b}'}: {n} due"
                for i, n in enumerate(ins.forecast)]
        self.forecast.set_data(ins.forecast, labels, tips)
        self.forecast_note.setText(f"{count(sum(ins.forecast), 'question')} due in 30 days, "
                                   f"{ins.forecast[0] if ins.forecast else 0} of them today.")

        weeks = ins.retention_weeks
        self.retention.set_data(
            [w.rate for w in weeks],
            [f"{w.start:%d %b}" if i % 4 == 0 else "" for i, w in enumerate(weeks)],
            [f"Week of {w.start:%d %b %Y}: " + (f"{_pct(w.rate)} ({w.passed} of {w.reviewed})" if w.reviewed
                                                else "no reviews") for w in weeks],
            maximum=1.0, value_text=lambda v: f"{100 * v:.0f}%")
        r30 = ins.retention
        self.retention_note.setText(
            "True retention: the first answer of the day to questions already learned, Again counting as "
            "forgotten. " + (f"Last 30 days: {_pct(r30.rate)} of {r30.reviewed} reviews." if r30 else
                             "Last 30 days: no reviews yet."))

        self.by_topic.set_data([self._mastery_row(m, TOPIC_LABELS.get(m.group, m.group)) for m in ins.by_topic])
        self.by_bank.set_data([self._mastery_row(m, data.titles.get(m.group, m.group)) for m in ins.by_bank])

        for name, lab in self.state_labels.items():
            lab.setText(f"{name.capitalize()}: <b>{ins.states.get(name, 0)}</b>")

        self.failed.clear()
        for s in ins.most_failed:
            text = data.texts.get((s.bank_id, s.question_id))
            item = QTreeWidgetItem([text.prompt if text else s.question_id, TOPIC_LABELS.get(s.topic, s.topic),
                                    f"{s.fails} of {s.answers}", _pct(s.recall), "Leech" if s.leech else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (s.bank_id, s.question_id))
            item.setToolTip(0, plain_tooltip(text.prompt if text else s.question_id))  # bank text: never rich (trust)
            self.failed.addTopLevelItem(item)
        if not ins.most_failed:
            self.failed_detail.setText("No wrong answers yet.")
        else:
            self.failed_detail.setText("Select a question to see its answer and source sentence.")
        self.read_source.setEnabled(False)
        self.stack.setCurrentWidget(self.content)

    @staticmethod
    def _mastery_row(m: Mastery, label: str) -> tuple[str, float, str, str]:
        text = f"{_pct(m.recall)} · {m.seen}/{m.questions} studied"
        tip = (f"{label}: {count(m.questions, 'question')}, {m.seen} studied, {m.mature} mature, "
               f"{count(m.leeches, 'leech', 'leeches')}\n"
               f"recall now {_pct(m.recall)}, retention {_pct(m.retention)} over {count(m.reviews, 'answer')}, "
               f"{_minutes(m.time_ms)} spent")
        return (label, m.recall, text, tip)

    def _selected(self) -> tuple[str, str] | None:
        item = self.failed.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _show_failed(self, *_args) -> None:
        key = self._selected()
        if key is None or self.data is None:
            self.read_source.setEnabled(False)
            return
        text = self.data.texts.get(key)
        leech = key in set(self.data.insight.leeches)
        e = html.escape
        parts = []
        if text:
            parts.append(f"<b>{e(text.prompt)}</b><br/>Answer: {e(text.answer)}")
            parts.append(f"<i>Source: {e(quoted(text.source))}</i>")
        if leech:
            parts.append("<b>Leech:</b> this question has been forgotten 8 times or more. Re-read its paragraph "
                         "in the article before studying it again.")
        self.failed_detail.setText("<br/>".join(parts) or e(key[1]))
        self.read_source.setEnabled(text is not None)

    def open_source(self) -> None:
        """Ask (by signal) for the selected question's source sentence to be shown in its article."""
        key = self._selected()
        if key is None or self.data is None or key not in self.data.texts:
            return
        self.source_requested.emit(key[0], key[1], self.data.texts[key].source)


__all__ = ["QuestionText", "StatsData", "StatsView", "Stopped", "question_texts", "stats_loader"]
