"""Glue between the progress store and the library page: open, refresh, import, remove.

Everything that touches the database or reads files runs off the GUI thread: what writes
(opening, which may migrate or install the bundled bank; installing; removing) on the window's one
progress `Writer`, what only reads (the rows, bank files being parsed) on `Background`; results
come back as `BankRow`s for the view. No SQL here: only `Progress` calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from studyapp.errors import StudyAppError
from studyapp.gui.library_view import BankRow
from studyapp.gui.progress_ops import OpChanges
from studyapp.gui.workers import Background, Writer, run_in_background
from studyapp.paths import AppDirs

if TYPE_CHECKING:
    from studyapp.core.bank import BankInfo
    from studyapp.core.day_plan import DayCounts
    from studyapp.core.records import CardKey
    from studyapp.core.loader import LoadedBank
    from studyapp.core.records import BankCounts
    from studyapp.storage.bank_figures import BankFigures
    from studyapp.exchange.importing import ImportOutcome
    from studyapp.settings import Settings
    from studyapp.storage.bank_shelf import BankShelf
    from studyapp.storage.sibling_marks import SiblingMarks

# The core and storage modules are imported inside the functions that run off the GUI thread,
# after the first paint: the window is built without them.

log = logging.getLogger("studyapp.gui")


def source_text(info: BankInfo) -> str:
    from studyapp.core.bank import format_date  # loaded with the banks, off the GUI thread

    src = info.source
    parts = [p for p in (src.publisher, format_date(src.published.isoformat()) if src.published else "") if p]
    return " · ".join([*parts, src.title])


# Banks whose "left today" is counted before the library first shows: more than a screen holds (a
# card is ~100 px high). The others' rows come with `counted=False` and are counted just after, off the
# GUI thread (`LibraryController._count_rest`); the list builds no card for such a row meanwhile.
FIRST_VIEW = 40


@dataclass
class LibraryData:
    """What the library shows. `banks` is the BankShelf once the store is open (a snapshot: a new
    one comes with each refresh); its questions are read when a session first asks for them.
    `rest`: what counting the rows still `counted=False` needs (the same day, settings and shelf)."""

    banks: BankShelf | None = None
    rows: list[BankRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rest: tuple | None = None


def left_today(progress, shelf: BankShelf, bank_ids: list[str], settings: Settings, start: datetime, end: datetime,
               excluded: set[CardKey], sibling_marks: SiblingMarks | None = None, *,
               few: bool = False) -> dict[str, DayCounts]:
    """Each bank's "left today": the counts of the day plan a study session of that bank starts from.

    Counted by `core.day_plan.count_day` from keys read once for every bank (`PlanReads.days`), not
    planned bank by bank with a `DueCard` per candidate. The sibling marks come from `sibling_marks`
    (kept per bank version, beside the bank and across refreshes), only those a question shares with
    another of its bank: within one bank no other mark can bury anything. Each bank is counted by
    its question ids (plain strings): a `CardKey` made and hashed for every question looked at was a
    fifth of the count. `few`: `bank_ids` are a few of the library's (the first view's), read by
    their ids rather than by reading every bank and skipping the others."""
    from studyapp.core.day_plan import SPARE, count_day
    from studyapp.storage.sibling_marks import SiblingMarks

    marks = sibling_marks or SiblingMarks()
    set_aside: dict[str, set[str]] = {}
    for key in excluded:
        set_aside.setdefault(key.bank_id, set()).add(key.question_id)

    # A bank none of whose questions shares a mark with another buries nothing: its count does not
    # depend on the order of its unseen questions, so they are read unordered and not put through
    # the round robin (`PlanReads.days(any_order=...)`).
    if getattr(settings, "bury_siblings", True):
        readers = {b: marks.bank_reader_if_any(shelf, b) for b in bank_ids}
    else:  # no bank buries anything
        readers = dict.fromkeys(bank_ids)
    unmarked = [b for b, reader in readers.items() if reader is None]

    def count(bank_id: str, day) -> DayCounts | None:
        here = frozenset(shelf.question_ids(bank_id))  # what the bank's file holds (a stale row is not counted)
        out = set_aside.get(bank_id)
        usable = here.__contains__ if not out else (lambda q: q not in out and q in here)
        return count_day(day, readers[bank_id], settings, usable)

    reads = progress.plan_reads(bank_ids, start, end, settings.reviews_per_day, settings.new_per_day, SPARE,
                                getattr(settings, "new_order", "mixed"))
    out: dict[str, DayCounts | None] = {b: count(b, day)
                                        for b, day in reads.days(bank_ids if few else None, by_id=True,
                                                               any_order=unmarked).items()}
    # A bank whose unseen questions read ahead were used up by siblings or set-aside questions: its whole order.
    short = [b for b, counts in out.items() if counts is None]
    for b, day in reads.days(short, whole_new=True, by_id=True).items():
        out[b] = count(b, day)
    return out  # type: ignore[return-value]  # every bank counted


def build_rows(shelf: BankShelf, topics: dict[str, tuple[str, ...]], figures: list[BankFigures],
               left: dict[str, DayCounts], counted: Callable[[str], bool] | None = None) -> list[BankRow]:
    """One row per installed bank, in the figures' order (by title). With `counted`, a bank it
    says False for is not counted yet: its row has `counted=False` (and no day counts)."""
    from studyapp.core.day_plan import DayCounts

    rows = []
    for f in figures:
        try:
            header = shelf.header(f.bank_id)
        except KeyError:  # could not be loaded: listed in shelf.problems instead
            continue
        today = left.get(f.bank_id) or DayCounts()
        rows.append(BankRow(id=f.bank_id, title=f.title, source=source_text(header.bank), new=today.new,
                            learning=today.learning, due=today.review, total=f.live,
                            topics=topics.get(f.bank_id, ()), last_studied=f.last_review,
                            leeches=f.leeches, unseen=f.unseen,
                            counted=True if counted is None else counted(f.bank_id)))
    return rows


def with_counts(rows: list[BankRow], left: dict[str, DayCounts]) -> list[BankRow]:
    """`rows` with the banks in `left` counted (the others as they were)."""
    from dataclasses import replace

    from studyapp.core.day_plan import DayCounts

    out = []
    for row in rows:
        if row.id in left:
            today = left[row.id] or DayCounts()
            row = replace(row, new=today.new, learning=today.learning, due=today.review, counted=True)
        out.append(row)
    return out


def _readable(shelf: BankShelf, bank_id: str) -> bool:
    try:
        shelf.header(bank_id)
    except KeyError:
        return False
    return True


class LibraryController(QObject):
    """Owns the Progress store for the window's lifetime and keeps the library page current."""

    loaded = Signal()        # the store is open and the rows are drawn
    counted = Signal()       # every listed bank's "left today" is counted and drawn (after `loaded`)
    imported = Signal(object)  # exchange.importing.ImportOutcome
    failed = Signal(object)  # an exception for the window to show

    def __init__(self, dirs: AppDirs, clock: Callable[[], datetime], runner: Background,
                 day: Callable[[], tuple[int, object]], install_bundled: bool = True,
                 parent: QObject | None = None, settings: Callable[[], Settings] | None = None,
                 excluded: Callable[[datetime], set[CardKey]] | None = None, writer: Writer | None = None,
                 first_view: int = FIRST_VIEW):
        super().__init__(parent)
        self.dirs = dirs
        self.clock = clock
        self.runner = runner
        self.writer = writer if writer is not None else Writer(self)  # every change to progress runs here
        self.day = day  # () -> (hour a study day starts, tzinfo or None)
        # The settings that decide what is left today (daily limits, burying, new order), read at
        # each refresh; and the questions set aside by hand, which a session does not show either.
        self.settings = settings
        self.excluded = excluded
        self.install_bundled = install_bundled
        self.first_view = first_view  # banks counted before the page first shows (FIRST_VIEW)
        # Counting the banks below the first view runs on a thread of its own, not in `runner`'s pool:
        # on two cores that pool has two threads, and the open check holds one for seconds just then.
        self.counter = Background(QThreadPool(self), self)
        self.progress = None
        self.sibling_marks: SiblingMarks | None = None  # made off the GUI thread, kept across refreshes
        self.data = LibraryData()
        self.rows_changed: Callable[[list[BankRow]], None] = lambda rows: None
        from studyapp.gui.open_check import LogCheck  # Qt only: the check's storage loads when it starts

        self.log_check = LogCheck(dirs, clock, runner, self.close, self)
        self.log_check.found.connect(self.failed.emit)

    # -- work done off the GUI thread ------------------------------------------------------------

    def _collect(self, first_view: int | None = None) -> LibraryData:
        """The library's rows. With `first_view`, only the first that many banks in the list's order
        are counted (what the page shows when it opens); the rest's rows say `counted=False` and
        `LibraryData.rest` holds what `_count_rest` needs to count them."""
        from concurrent.futures import ThreadPoolExecutor

        from studyapp.core.scheduling import day_bounds  # off the GUI thread, after the first paint
        from studyapp.settings import Settings  # with the day plan

        progress = self.progress
        now = self.clock()
        start, end = day_bounds(now, *self.day())
        settings = self.settings() if self.settings is not None else Settings()
        excluded = self.excluded(now) if self.excluded is not None else set()
        if self.sibling_marks is None:
            from studyapp.storage.sibling_marks import SiblingMarks

            self.sibling_marks = SiblingMarks()
        # Each bank's totals, leeches and latest review are kept by the store's writes (one row a bank,
        # `progress.figures`); the topics walk an index. Both are SQLite's own work and run beside the
        # Python work of this thread (SQLite lets go of the GIL). The day counts' keys (40,000 rows)
        # stay here: Python's sqlite3 takes the GIL back for every row, and on a helper thread beside
        # the header reads their 0.1 s of CPU became 0.25 s and 0.4-1.4 s of wall at load 1.5-6.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-read") as pool:
            topics = pool.submit(progress.topics)
            figures = pool.submit(progress.figures.kept)
            # Bank content comes from each bank's cache, read here once for the headers; no bank
            # file is parsed unless its cache is missing or stale (see storage.bank_shelf).
            shelf = progress.bank_shelf()
            # A bank that cannot be read is left out here and reported when the library opens.
            readable = [bank_id for bank_id in shelf if _readable(shelf, bank_id)]
            first: list[str] | None = None
            if first_view is not None and len(readable) > first_view:
                listed = set(readable)
                first = [f.bank_id for f in figures.result() if f.bank_id in listed][:first_view]
            left = left_today(progress, shelf, readable if first is None else first, settings, start, end,
                              excluded, self.sibling_marks, few=first is not None)
            rows = build_rows(shelf, topics.result(), figures.result(), left,
                              None if first is None else left.__contains__)
        rest = None
        if first is not None:
            rest = (settings, start, end, excluded, [r.id for r in rows if not r.counted])
        return LibraryData(shelf, rows, [*progress.sync_problems, *shelf.problems], rest)

    def _count_rest(self, data: LibraryData) -> list[BankRow] | None:
        """`data`'s rows with every bank counted: the banks `_collect(first_view)` left for after the
        first view, counted for the same day, settings and set-aside questions from the same shelf.
        None when the store was closed meanwhile (the window went)."""
        progress = self.progress
        if progress is None:
            return None
        settings, start, end, excluded, bank_ids = data.rest
        left = left_today(progress, data.banks, bank_ids, settings, start, end, excluded, self.sibling_marks)
        return with_counts(data.rows, left)

    def _count_failed(self, exc: BaseException) -> None:
        if self.progress is not None:  # else the store was closed under the count: nothing to show
            self.failed.emit(exc)

    def _show_counted(self, data: LibraryData, rows: list[BankRow] | None) -> None:
        """The rows of a first view's remaining banks, counted: shown unless a newer refresh came first."""
        if rows is not None and self.data is data and self.progress is not None:
            self.data = LibraryData(data.banks, rows, data.problems)
            self.rows_changed(rows)
        self.counted.emit()

    def _open(self) -> None:
        from studyapp.storage.progress import open_progress

        # The review log's check (seconds on a big file) runs just after, in the background.
        self.progress = open_progress(self.dirs, self.clock(), None if self.install_bundled else [],
                                      defer_log_check=True)

    def _write_then_show(self, write: Callable[[], object], then: Callable[[object, LibraryData], None],
                         changes: OpChanges, failed: Callable[[BaseException], None] | None = None,
                         first_view: int | None = None) -> None:
        """`write` on the progress writer, then the rows read again off it (reading 1,000 banks'
        counts takes seconds that no answer should queue behind), then `then(result, data)`."""
        failed = failed or self.failed.emit

        def written(result: object) -> None:
            if self.progress is not None:  # else closed meanwhile (the window went): nothing to draw
                run_in_background(lambda: self._collect(first_view), lambda data: then(result, data), failed,
                                  self.runner)

        self.writer.run(write, written, failed, changes)

    # -- entry points ---------------------------------------------------------------------------

    def open(self) -> None:
        # A damaged page met while opening (before the review log's check got to it) is the check's to report.
        # The page shows once the banks of its first view are counted; the others just after.
        self._write_then_show(self._open, lambda _, data: self._opened(data), OpChanges(store=True),
                              lambda exc: self.log_check.suspect(exc) or self.failed.emit(exc), self.first_view)

    def _opened(self, data: LibraryData) -> None:
        self._show(data)
        if data.rest is not None:  # after the page is drawn: counting competes with it for the GIL
            run_in_background(lambda: self._count_rest(data), lambda rows: self._show_counted(data, rows),
                              self._count_failed, self.counter)
        self.log_check.start()  # damage found there reaches `failed` like damage found on opening

    def refresh(self) -> None:
        if self.progress is not None:
            run_in_background(self._collect, self._show, self.failed.emit, self.runner)

    def import_file(self, path: Path) -> None:
        """Any bank format `exchange.registry` reads; `imported` says what changed, `failed` why not."""
        self.import_files([path])

    def import_files(self, paths: list[Path], *, replace: bool = False) -> None:
        """Several files as one import: read off the GUI thread, then installed in order on the
        progress writer inside one `import_batch`, so they share one backup.
        A file that fails does not stop the rest: `failed` is emitted for it, `imported` for each
        of the others, in order. `replace` installs over another bank with the same id (the user
        answered "Replace it")."""
        paths = list(paths)

        def read() -> list:
            from studyapp.exchange.importing import read_paths  # the bank readers, off the GUI thread

            return read_paths(paths)  # a file that cannot be read is an outcome: the others still import

        def done(results: list[ImportOutcome], data: LibraryData) -> None:
            self._show(data)
            for result in results:
                if result.cause is not None:  # not a bank, or not installable: the window lists why
                    self.failed.emit(result.cause)
                else:
                    log.info("imported %s: %s", result.path, result.headline)
                    self.imported.emit(result)

        # Read every file first (off the writer: parsing is the slow part), then install them in order.
        run_in_background(read, lambda reads: self._install_each(reads, replace, done), self.failed.emit, self.runner)

    def _install_each(self, reads: list, replace: bool,
                      then: Callable[[list[ImportOutcome], LibraryData], None]) -> None:
        """One writer operation per file, all inside one `import_batch` (one backup before the first),
        each queued once the one before has run: an answer given meanwhile waits for one install,
        not for a whole folder of them."""
        from contextlib import ExitStack

        from studyapp.exchange.importing import install_reads  # loaded with the readers

        batch = ExitStack()
        outcomes: list[ImportOutcome] = []

        def failed(exc: BaseException) -> None:
            self.writer.run(batch.close, lambda _: None, lambda _: None)
            self.failed.emit(exc)

        def step(i: int) -> None:
            if self.progress is None:  # closed meanwhile (a restore, the window went)
                self.writer.run(batch.close, lambda _: None, lambda _: None)
            elif i == len(reads):
                self._write_then_show(lambda: batch.close() or outcomes, then, OpChanges(banks=True))
            else:
                self.writer.run(lambda: outcomes.extend(install_reads(self.progress, [reads[i]], self.clock(),
                                                                      replace=replace)),
                                lambda _: step(i + 1), failed)

        self.writer.run(lambda: batch.enter_context(self.progress.import_batch()), lambda _: step(0), failed)

    def statistics(self, on_done: Callable[[list[BankCounts]], None]) -> None:
        """Per-bank counts for the statistics page, computed off the GUI thread."""
        if self.progress is None:
            return

        def work() -> list[BankCounts]:
            from studyapp.core.scheduling import day_bounds  # off the GUI thread

            now = self.clock()
            return self.progress.counts(*day_bounds(now, *self.day()), now)

        run_in_background(work, on_done, self.failed.emit, self.runner)

    def remove(self, bank_id: str) -> None:
        self._write_then_show(lambda: self.progress.remove_bank(bank_id), lambda _, data: self._show(data),
                              OpChanges(banks=True))

    def _show(self, data: LibraryData) -> None:
        self.data = data
        self.rows_changed(data.rows)
        self.loaded.emit()
        if data.rest is None:
            self.counted.emit()

    def title_of(self, bank_id: str) -> str:
        """From the library's rows (the database's titles): no bank file is read for a title."""
        return next((r.title for r in self.data.rows if r.id == bank_id), bank_id)

    def bank_file(self, bank_id: str | None) -> LoadedBank | None:
        """The bank with its article, parsed from its file now (reading, printing, exporting one bank).

        None for no such bank; StudyAppError naming the file when its copy can no longer be read
        (the library was drawn from the cache, so this is the first time the file is parsed)."""
        shelf = self.data.banks
        if bank_id is None or shelf is None or bank_id not in shelf:
            return None
        known = len(shelf.problems)
        loaded = shelf.loaded(bank_id)
        if loaded is None and len(shelf.problems) > known:
            raise StudyAppError(shelf.problems[-1])
        return loaded

    def has_article(self, bank_id: str) -> bool:
        """Whether the bank names an article file, from its cached header: no file is parsed."""
        shelf = self.data.banks
        if shelf is None:
            return False
        try:
            return bool(shelf.header(bank_id).bank.source.file)
        except KeyError:
            return False

    def close(self) -> None:
        """After every queued write has run: closing drops none the user was told about."""
        self.writer.wait()
        if self.progress is not None:
            self.progress.close()
            self.progress = None
