"""The main window: menus from the action table, the pages, drag-and-drop import, window geometry.

It delegates: the library controller owns the progress store and the library page; a study
controller drives each sitting. The window only switches pages and shows dialogs.
"""

from __future__ import annotations

import logging
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QProgressBar, QStackedWidget, QWidget

from studyapp.errors import BankError, SettingsError, StudyAppError
from studyapp.gui.actions import MENUS, Actions
from studyapp.gui.app_context import AppContext
from studyapp.gui.backups_dialog import TrustControls
from studyapp.gui.class_hub import ClassHubControls
from studyapp.gui.lazy_pages import LazyPages
from studyapp.gui.library_controller import LibraryController
from studyapp.gui.library_view import LibraryView, empty_text
from studyapp.gui.plain_label import plain_label
from studyapp.gui.theme import apply_theme, current_scheme
from studyapp.gui.progress_ops import MARK_WRITES, PROGRESS_WRITES, OpChanges, on_writer
from studyapp.gui.workers import Background, Busy, Writer
from studyapp.settings import Settings

if TYPE_CHECKING:
    from studyapp.core.session import Mode, StudySession, Summary
    from studyapp.gui.article_view import ArticleView
    from studyapp.gui.end_view import EndView
    from studyapp.gui.exam_view import ExamScoreView
    from studyapp.gui.stats_view import StatsView
    from studyapp.gui.study_controller import StudyController
    from studyapp.gui.study_view import StudyView

# Modules the first window does not need (the pages not on screen, dialogs, the scheduler and
# session) are imported where they are used, so the window shows before they load.

log = logging.getLogger("studyapp.gui")
UNDO_NOTE = "Last answer taken back."
DEFAULT_SIZE = QSize(980, 720)
FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's title bar and borders, before they are known


def fit_on_screen(window: QWidget, centre: bool) -> None:
    """Shrink `window` to the available part of a screen it is on (the primary one when its saved
    place is on no screen any more) and move it fully onto that screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = QGuiApplication.screenAt(window.geometry().center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    room = available.size() - FRAME_ALLOWANCE
    size = window.size().boundedTo(room).expandedTo(QSize(320, 240))
    if size != window.size():
        window.resize(size)
    frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    if centre or not available.contains(frame):
        place = QRect(QPoint(0, 0), frame.size())
        place.moveCenter(available.center())
        if not centre:  # keep as much of the saved place as fits
            place.moveLeft(min(max(frame.left(), available.left()), available.right() - frame.width() + 1))
            place.moveTop(min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1))
        place.moveTopLeft(QPoint(max(place.left(), available.left()), max(place.top(), available.top())))
        window.move(place.topLeft())


def dropped_banks(mime) -> list[Path]:
    """The local bank files in a drag's data (the formats `exchange.registry` reads)."""
    from studyapp.exchange.registry import is_bank_file

    if not mime.hasUrls():
        return []
    return [p for p in (Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()) if is_bank_file(p)]


class MainWindow(QMainWindow):
    ready = Signal()  # the library has been drawn (first time and after each change)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rng = ctx.rng or random.Random()
        self.setWindowTitle("studyapp")
        self.setAcceptDrops(True)
        self.dialogs: list[QDialog] = []  # open non-blocking dialogs, newest last
        self.library: LibraryController | None = None
        self.study: StudyController | None = None
        self.browse_window = None  # gui.browse_window.BrowseWindow, made when first opened
        self.current_bank: str | None = None
        self.settings = self._load_settings()
        apply_theme(QApplication.instance(), self.settings.theme, self.settings.text_size)
        QApplication.instance().styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self.runner = Background(parent=self)  # reads and slow work
        self.writer = Writer(parent=self)  # every change to progress, one at a time (gui/progress_ops.py)
        self.writer.changed.connect(self._progress_changed)
        self.actions = Actions(self)
        self._build_pages()
        self._build_menus()
        self._build_status()
        self.library = LibraryController(ctx.dirs, ctx.clock, self.runner, self._day, ctx.install_bundled, self,
                                         settings=lambda: self.settings,  # "left today" as a session sees it
                                         excluded=lambda now: self._marks().excluded(now),  # suspended, buried
                                         writer=self.writer)
        self.library.rows_changed = lambda rows: self.library_view.set_rows(rows, self.ctx.now())
        self.library.loaded.connect(self._library_loaded)
        self.library.failed.connect(self.show_error)
        self.library.imported.connect(self._imported)
        self.trust = TrustControls(self)  # trust: backups, Check database, damaged-file offer
        self.class_hub = ClassHubControls(self)  # the class hub: join, publish, View → Class, background sync
        self._restore_geometry()
        self._update_actions()

    # -- building ---------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.page_set = LazyPages(self.pages, {
            "library_view": self._make_library_view, "study_view": self._make_study_view,
            "article_view": self._make_article_view, "end_view": self._make_end_view,
            "exam_view": self._make_exam_view, "stats_view": self._make_stats_view})
        self.library_view = self.page_set.get("library_view")
        self.library_view.set_status("Opening your library…")  # until start() has opened the store
        self.setCentralWidget(self.pages)
        self.pages.currentChanged.connect(lambda _: self._page_changed())

    def _make_library_view(self) -> LibraryView:
        lib = LibraryView()
        lib.study.connect(self.start_study)
        lib.practice.connect(lambda bank, topic: self.start_practice(bank, topic))
        lib.exam.connect(lambda bank, n: self.start_exam(bank, n))
        lib.remove.connect(self.remove_bank)
        lib.import_requested.connect(self.import_bank)
        return lib

    def _make_study_view(self) -> StudyView:
        from studyapp.gui.study_view import StudyView  # question widgets: not needed to show the window

        view = StudyView()
        view.back.connect(self.back)
        view.show_source.connect(self.show_source)
        return view

    def _make_article_view(self) -> ArticleView:
        from studyapp.gui.article_view import ArticleView  # built when an article is first shown

        view = ArticleView()
        view.back_requested.connect(self._back_from_article)
        return view

    def _make_end_view(self) -> EndView:
        from studyapp.gui.end_view import EndView  # built when a sitting first ends

        view = EndView()
        view.back.connect(self.show_library)
        return view

    def _make_exam_view(self) -> ExamScoreView:
        from studyapp.gui.exam_view import ExamScoreView  # built when an exam first ends

        view = ExamScoreView()
        view.back.connect(self.show_library)
        return view

    def _make_stats_view(self) -> StatsView:
        from studyapp.gui.stats_view import StatsView  # charts: built when statistics are first shown

        view = StatsView()
        view.back.connect(self.show_library)
        view.source_requested.connect(self.show_bank_source)
        return view

    # Pages other than the library, built on first use (tests and selftest reach them by name).
    study_view = property(lambda self: self.page_set.get("study_view"))
    article_view = property(lambda self: self.page_set.get("article_view"))
    end_view = property(lambda self: self.page_set.get("end_view"))
    exam_view = property(lambda self: self.page_set.get("exam_view"))
    stats_view = property(lambda self: self.page_set.get("stats_view"))

    def _build_menus(self) -> None:
        a = self.actions
        for name in MENUS:
            menu = self.menuBar().addMenu("&" + name)
            for action in a.in_menu(name):
                menu.addAction(action)
                self.addAction(action)  # shortcuts work whatever has focus
        a["import_bank"].triggered.connect(self.import_bank)
        a["quit"].triggered.connect(self.close)
        a["library"].triggered.connect(self.back)
        a["article"].triggered.connect(self.show_article)
        a["stats"].triggered.connect(self.show_stats)
        a["export_report"].triggered.connect(self.export_report)
        a["print_quiz"].triggered.connect(self.print_quiz)
        a["new_from_article"].triggered.connect(self.new_bank_from_article)
        a["new_bank"].triggered.connect(self.new_bank)
        a["edit_question"].triggered.connect(self.edit_current_question)
        a["optimise"].triggered.connect(self.optimise_schedule)
        a["study"].triggered.connect(lambda: self._with_bank(self.start_study))
        a["practice"].triggered.connect(lambda: self._with_bank(lambda b: self.start_practice(b, None)))
        a["exam"].triggered.connect(lambda: self._with_bank(lambda b: self.start_exam(b, 10)))
        a["undo"].triggered.connect(self.undo)
        a["back"].triggered.connect(self.back)
        a["settings"].triggered.connect(self.open_settings)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)
        a["browse"].triggered.connect(self.show_browse)
        a["suspend"].triggered.connect(lambda: self.mark_current("suspend"))
        a["bury"].triggered.connect(lambda: self.mark_current("bury"))
        for n in range(5):
            a[f"flag_{n}"].triggered.connect(lambda _checked=False, n=n: self.mark_current("flag", n))

    def _build_status(self) -> None:
        self.status_text = plain_label()
        self.statusBar().addWidget(self.status_text, 1)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName("Working")
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.busy = Busy(self._busy_show, self._busy_hide, parent=self)

    def _busy_show(self, text: str) -> None:
        self.status_text.setText(text)
        self.busy_bar.show()

    def _busy_hide(self) -> None:
        self.busy_bar.hide()
        self.status_text.clear()

    # -- start and the library --------------------------------------------------------------------

    def start(self) -> None:
        """Open the progress store (installing the bundled bank on first run) off the GUI thread."""
        self.library_view.set_status("Opening your library…")
        self.busy.start("Opening your library…")
        from studyapp.gui.storage_layer import load_storage_layer

        # First on the writer, where the store opens next: the open then finds the storage layer imported.
        self.writer.run(load_storage_layer, lambda _: None, lambda _exc: None)  # an import error: the open says it
        self.library.open()

    def _library_loaded(self) -> None:
        self.busy.stop()
        problems = self.library.data.problems
        self.library_view.set_status(("Some banks could not be loaded:\n" + "\n".join(problems)) if problems
                                     else "" if self.library.data.rows else
                                     empty_text())
        if self.pages.currentWidget() is self.library_view:
            self.library_view.focus_first()
        self._update_actions()
        self.ready.emit()

    def show_library(self) -> None:
        self._end_study()
        self.pages.setCurrentWidget(self.library_view)
        self.library.refresh()
        self.library_view.focus_first()

    def _day(self) -> tuple[int, object]:
        return self.settings.day_starts_at_hour, self.settings.tzinfo

    # -- statistics, report, optimiser (their pages and dialogs do the work off the GUI thread) ----

    def show_stats(self) -> None:
        from studyapp.gui.stats_view import stats_loader  # statistics: loaded when first shown

        if self.library.progress is None:
            return
        self._end_study()
        self.stats_view.set_loader(stats_loader(self.library.progress, *self._day(), self.ctx.clock), self.runner)
        self.pages.setCurrentWidget(self.stats_view)
        self.library.statistics(self.stats_view.show_counts)
        self.stats_view.refresh()
        self.stats_view.back_button.setFocus()

    def export_report(self) -> None:
        from studyapp.gui.report_export import ReportExport

        if self.library.progress is None:
            return
        export = ReportExport(self.library.progress, self.ctx.clock, *self._day(), self.runner, parent=self)
        export.done.connect(lambda path: self.status_text.setText(f"Wrote {path}"))
        export.failed.connect(self.show_error)
        export.ask_and_write()

    def new_bank_from_article(self) -> None:
        from studyapp.gui.generate_dialog import ChooseArticleFile, GenerateDialog

        path = ChooseArticleFile.ask(self)
        if path is not None:
            dialog = GenerateDialog(path, self.runner, self)
            dialog.saved.connect(lambda bank: self.import_paths([bank]))
            self.open_dialog(dialog)

    def new_bank(self) -> None:
        from studyapp.gui.bank_editor import open_new_bank_editor  # the editor loads when first opened

        open_new_bank_editor(self)

    def edit_current_question(self) -> None:
        """E while studying: the question on screen in the bank editor (not in an exam: it shows the key)."""
        from studyapp.core.session import Mode  # loaded with the session already

        if self.study is not None and self.study.session.current is not None \
                and self.study.session.mode != Mode.EXAM and self.page_set.current_is("study_view"):
            key = self.study.session.current.key
            self.open_question_editor(key.bank_id, key.question_id)

    def open_question_editor(self, bank_id: str, question_id: str | None = None):
        """The bank editor on an installed bank, `question_id` selected (also Browse's Enter)."""
        from studyapp.gui.bank_editor import open_question_editor

        return open_question_editor(self, bank_id, question_id)

    def print_quiz(self) -> None:
        from studyapp.gui.quiz_print import print_quiz

        on_library = self.pages.currentWidget() is self.library_view
        try:
            loaded = self.library.bank_file(self.library_view.current_bank() if on_library else self.current_bank)
            if loaded is None:
                return
            path = print_quiz(loaded.bank, self)
        except StudyAppError as exc:
            self.show_error(exc)
            return
        if path is not None:
            self.status_text.setText(f"Wrote the quiz to {path}")

    def optimise_schedule(self) -> None:
        from studyapp.core.optimise import histories_from_events
        from studyapp.gui.optimise_dialog import OptimiseDialog

        progress = self.library.progress
        if progress is None:
            return
        hour, tz = self._day()
        dialog = OptimiseDialog(
            lambda: histories_from_events(progress.history.review_events(), hour, tz),
            self.settings.desired_retention, self.settings.new_per_day, self.runner,
            apply=self.apply_fsrs_parameters, deck_size=sum(r.total for r in self.library_view.rows),
            current=getattr(self.settings, "fsrs_parameters", None), parent=self)
        dialog.start()
        self.open_dialog(dialog)

    def apply_fsrs_parameters(self, parameters) -> None:
        from studyapp.core.optimise import apply_parameters

        try:
            self.apply_settings(apply_parameters(self.settings, parameters))
        except StudyAppError as exc:
            self.show_error(exc)

    def _with_bank(self, fn) -> None:
        bank = self.library_view.current_bank()
        if bank and self.pages.currentWidget() is self.library_view:
            fn(bank)

    def import_bank(self) -> None:
        from studyapp.gui.dialogs import ChooseBankFile  # dialogs load when first opened

        path = ChooseBankFile.ask(self)
        if path is not None:
            self.import_paths([path])

    def import_paths(self, paths: list[Path]) -> None:
        """One background import for all of them, in order, with one backup (a drop of several files)."""
        if self.library.progress is None or not paths:
            return
        self.busy.start(f"Importing {paths[0].name}…" if len(paths) == 1 else f"Importing {len(paths)} files…")
        self.library.import_files(paths)

    def _imported(self, result) -> None:
        """What an import changed: a line in the status bar, a notice under the bank's card."""
        if result.takeover is not None:
            self._ask_replace(result)
            return
        self._show_import(result)

    def _ask_replace(self, result) -> None:
        """The file has another installed bank's id: ask (keeping it is the default); "Replace it"
        imports the file again the way `import --replace` does, "Keep" shows the refusal."""
        from studyapp.gui.dialogs import replace_bank_box  # dialogs load when first opened

        box, replace = replace_bank_box(result.title, result.takeover, result.path.name, self)

        def answered(_=0) -> None:
            if box.clickedButton() is replace:
                self.busy.start(f"Importing {result.path.name}…")
                self.library.import_files([result.path], replace=True)
            else:
                self._show_import(result)

        box.finished.connect(answered)
        self.open_dialog(box)

    def _show_import(self, result) -> None:
        self.status_text.setText(result.status_line)
        self.library_view.show_import(result)

    def remove_bank(self, bank_id: str) -> None:
        from studyapp.gui.dialogs import ConfirmRemove  # dialogs load when first opened

        if ConfirmRemove.ask(self.library.title_of(bank_id), self):
            self.library.remove(bank_id)

    # -- drag and drop ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = dropped_banks(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.status_text.setText("Drop to import " + ", ".join(p.name for p in paths))
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.status_text.clear()

    def dragMoveEvent(self, event) -> None:
        if dropped_banks(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_banks(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- studying ----------------------------------------------------------------------------------

    def _session(self, bank_id: str, mode: Mode, topics=None, exam_size: int = 20) -> StudySession:
        from studyapp.core.scheduling import Scheduler  # FSRS and the session: loaded for the first sitting
        from studyapp.core.session import StudySession

        banks = self.library.data.banks  # the BankShelf: questions are read as the session asks for them
        store = on_writer(self.library.progress, self.writer, PROGRESS_WRITES)  # its writes wait for the commit
        return StudySession(store, banks, Scheduler(self.settings, fuzz=self.ctx.fuzz),
                            rng=self.rng, mode=mode, bank_ids=[bank_id], topics=topics, exam_size=exam_size,
                            tz=self.settings.tzinfo, exclude=self._marks().excluded(self.ctx.now()))

    def _marks(self):
        return on_writer(self.library.progress.marks, self.writer, MARK_WRITES)

    def _progress_changed(self, changes: OpChanges) -> None:
        """An operation reported what it changed; what shows that is read again, once per operation.
        A sitting's numbers only when someone else (an import, a sync) changed schedules or banks:
        its own answers it counts. Browse when banks came or went (an import of ten files, a
        removal, a class sync's new version), not once per file; the store itself when it was opened
        again (a restore); its rows when a sync replayed reviews from another device."""
        if changes.schedule and self.study is not None:
            self.study.progress_changed()
        if self.browse_window is None or self.library.progress is None:
            return
        if changes.store:  # opened again (after a restore): Browse follows the store the window has now
            self.browse_window.use_store(self.library.progress, self._marks())
        elif changes.banks:
            self.browse_window.reload()
        elif changes.reviews:  # a sync's reviews from other devices (a sitting's own are not reported)
            self.browse_window.schedules_changed()

    def _day_end(self):
        from studyapp.core.scheduling import day_bounds

        return day_bounds(self.ctx.now(), *self._day())[1]

    def _begin(self, bank_id: str, session: StudySession) -> None:
        from studyapp.gui.study_controller import StudyController  # loaded for the first sitting

        self._end_study()
        self.current_bank = bank_id
        self.study = StudyController(session, self.study_view, self.ctx.clock, self.library.title_of(bank_id),
                                     self._has_article, self)
        self.study.finished.connect(self._finished)
        self.study.changed.connect(self._update_actions)
        self.study.changed.connect(self._forget_undo_note)
        self.study.use_marks(self._marks(), self._day_end)
        self.status_text.clear()
        self.pages.setCurrentWidget(self.study_view)
        self.study.start()

    def start_study(self, bank_id: str) -> None:
        from studyapp.core.session import Mode  # with the session, at the first sitting

        self._begin(bank_id, self._session(bank_id, Mode.STUDY))

    def start_practice(self, bank_id: str, topic: str | None) -> None:
        from studyapp.core.session import Mode  # with the session, at the first sitting

        self._begin(bank_id, self._session(bank_id, Mode.PRACTICE, [topic] if topic else None))

    def start_exam(self, bank_id: str, size: int) -> None:
        from studyapp.core.session import Mode  # with the session, at the first sitting

        self._begin(bank_id, self._session(bank_id, Mode.EXAM, exam_size=size))

    def _has_article(self, bank_id: str) -> bool:
        return self.library.has_article(bank_id)

    def _finished(self, summary: Summary) -> None:
        from studyapp.core.session import Mode  # loaded with the session already
        from studyapp.gui.end_view import EndSummary

        self.class_hub.after_sitting()  # send the sitting's answers to the class, in the background

        if summary.mode == Mode.EXAM and summary.exam is not None:
            exam = summary.exam
            self.exam_view.show_score(f"Exam: {self.study.title}", self.study.exam_lines(), exam.score)
            self.pages.setCurrentWidget(self.exam_view)
            self.exam_view.back_button.setFocus()
        else:
            title = "Practice finished" if summary.mode == Mode.PRACTICE else "Done for now"
            self.end_view.show_summary(EndSummary(title, summary.answered, summary.correct, summary.time_spent,
                                                  summary.next_due, self.ctx.now()))
            self.pages.setCurrentWidget(self.end_view)
            self.end_view.back_button.setFocus()
        self._update_actions()

    def _end_study(self) -> None:
        if self.study is not None:
            self.study.stop()
            self.study.disconnect_view()
            self.study.deleteLater()
            self.study = None

    def mark_current(self, what: str, flag: int = 0) -> None:
        """@, - and Ctrl+0…4 on the study page: suspend, bury or flag the question shown."""
        if self.study is None or not self.page_set.current_is("study_view"):
            return
        said = self.study.mark_current(what, flag)
        if said:
            self.status_text.setText(said)
            self._marks_changed(from_study=True)

    def show_browse(self) -> None:
        """View → Browse: one window over every question, kept while the app runs."""
        from studyapp.gui.browse_window import BrowseWindow  # loaded when first opened

        if self.library.progress is None:
            return
        if self.browse_window is None:
            self.browse_window = BrowseWindow(self.library.progress, self.ctx.clock, self._day_end,
                                              self.settings.tzinfo, self.runner, writer=self.writer)
            self.browse_window.marks = self._marks()  # its suspend, bury and flag on the progress writer
            self.browse_window.marks_changed.connect(self._marks_changed)
            self.browse_window.edit_requested.connect(lambda key: self.open_question_editor(key.bank_id, key.question_id))
        if self.browse_window.isVisible():
            self.browse_window.raise_()  # already open behind: bring it to the front
        self.browse_window.show()
        self.browse_window.activateWindow()

    def _marks_changed(self, from_study: bool = False) -> None:
        """Suspended, buried or flagged questions changed: a sitting in progress leaves out what is
        suspended now (the question on screen stays), Browse redraws them."""
        if not from_study and self.study is not None and isinstance(self.study.session.exclude, set):
            excluded = self._marks().excluded(self.ctx.now())
            self.study.session.exclude.clear()
            self.study.session.exclude.update(excluded)
        if from_study and self.browse_window is not None and self.browse_window.isVisible():
            self.browse_window.model.refresh()
        if self.pages.currentWidget() is self.library_view:
            self.library.refresh()  # "left today" leaves out what is suspended or buried
        self._update_actions()

    def undo(self) -> None:
        if self.study is not None and self.page_set.current_is("study_view", "end_view"):
            if self.study.undo():
                self.pages.setCurrentWidget(self.study_view)
                self.study.summary = None
                self.status_text.setText(self.study.undone or UNDO_NOTE)

    def _forget_undo_note(self) -> None:
        """The note is about the answer taken back; once the student moves on it would read as news."""
        if self.status_text.text() == UNDO_NOTE:
            self.status_text.clear()

    def back(self) -> None:
        """Esc: from the article back to the question; from anywhere else to the library."""
        if self.page_set.current_is("article_view"):
            self._back_from_article()
        elif self.pages.currentWidget() is not self.library_view:
            self.show_library()

    # -- the article ---------------------------------------------------------------------------------

    def show_source(self, excerpt: str) -> None:
        if self.study is None or self.study.session.current is None:
            return
        self.show_bank_source(self.study.session.current.key.bank_id, "", excerpt)

    def show_bank_source(self, bank_id: str, question_id: str, excerpt: str) -> None:
        """The bank's article, scrolled to `excerpt` and highlighted; Esc returns to where we were."""
        try:
            loaded = self.library.bank_file(bank_id)
        except StudyAppError as exc:
            self.show_error(exc)
            return
        if loaded is None or not loaded.article:
            self.status_text.setText("This bank has no article text to show.")
            return
        if self.pages.currentWidget() is not self.article_view:
            self._article_return = self.pages.currentWidget()
        self.article_view.set_article(loaded.bank.bank.source.title, loaded.article)
        self.pages.setCurrentWidget(self.article_view)
        self.article_view.show_excerpt(excerpt, current_scheme(QApplication.instance()))
        self.article_view.text.setFocus()

    def show_article(self) -> None:
        if self.study is not None and self.study.session.feedback is not None:
            self.show_source(self.study.session.feedback.source)

    def _back_from_article(self) -> None:
        back = getattr(self, "_article_return", None) or self.library_view
        self.pages.setCurrentWidget(back)
        if self.page_set.name_of(back) == "study_view" and self.study is not None:
            self.study_view.focus_current()

    # -- settings, dialogs, errors ---------------------------------------------------------------------

    def _load_settings(self) -> Settings:
        try:
            return Settings.load(self.ctx.dirs.settings_file)
        except SettingsError as exc:
            log.warning("%s", exc)
            from studyapp.gui.error_dialog import ErrorDialog  # only when there is an error to show

            self.open_dialog(ErrorDialog("Settings not read", f"{exc}\n\nThe defaults are used for now.", "", self))
            return Settings()

    def open_settings(self) -> None:
        from studyapp.gui.settings_dialog import SettingsDialog  # dialogs load when first opened

        new = SettingsDialog.ask(self.settings, self)
        if new is not None:
            self.apply_settings(new)

    def apply_settings(self, new: Settings) -> None:
        """Save and apply at once: theme and text size now, limits on the next session."""
        self.settings = new
        self.settings.save(self.ctx.dirs.settings_file)
        apply_theme(QApplication.instance(), new.theme, new.text_size)
        self.library.refresh()

    def _system_scheme_changed(self, *_args) -> None:
        if self.settings.theme == "system":
            apply_theme(QApplication.instance(), "system", self.settings.text_size)

    def show_shortcuts(self) -> None:
        from studyapp.gui.dialogs import ShortcutsDialog  # dialogs load when first opened

        self.open_dialog(ShortcutsDialog(self))

    def show_about(self) -> None:
        from studyapp.gui.dialogs import AboutDialog  # dialogs load when first opened

        self.open_dialog(AboutDialog(self.ctx.dirs.data, self))

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog without blocking (tests find it in `self.dialogs` and accept() it)."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        dialog.finished.connect(lambda _=0: QTimer.singleShot(0, self, self.study_keeps_keys))
        dialog.open()
        return dialog

    def study_keeps_keys(self) -> None:
        """After a dialog, the study page owns the keyboard when it is shown: Qt gives the focus back
        to whatever had it last, and that could be "Library (Esc)", so Space ended the sitting."""
        if self.page_set.current_is("study_view") and self.study is not None and not self.dialogs \
                and not self.study_view.owns_focus():
            self.study_view.focus_current()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self, self.study_keeps_keys)  # back from any dialog, ours or the system's

    def show_error(self, exc: BaseException) -> None:
        from studyapp.gui.error_dialog import ErrorDialog, ProblemsDialog  # only when there is an error

        if self.trust.offer_restore(exc):  # trust: a damaged progress file was moved aside
            return
        self.busy.stop()
        if isinstance(exc, BankError):
            path = exc.problems[0].path if exc.problems else "The bank"
            self.open_dialog(ProblemsDialog(path, [str(p) for p in exc.problems], self))
        elif isinstance(exc, StudyAppError):
            self.open_dialog(ErrorDialog("studyapp", str(exc), "", self))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        if self.library.progress is None:  # the library could not open: say so where it would be
            self.library_view.set_status(f"Your library could not be opened: {exc}")
        else:
            self.library_view.set_status("")

    # -- window state ------------------------------------------------------------------------------

    PAGE_TITLES = {"library_view": "Library", "study_view": "Study", "article_view": "Article",
                   "end_view": "Done", "exam_view": "Exam score", "stats_view": "Statistics"}

    def _page_changed(self) -> None:
        name = self.page_set.name_of(self.pages.currentWidget())
        self.setWindowTitle(f"{self.PAGE_TITLES.get(name, '')} — studyapp" if name else "studyapp")
        self._update_actions()

    def _update_actions(self) -> None:
        if self.library is None:
            return
        page = self.pages.currentWidget()
        on_library = page is self.library_view
        ready = self.library.progress is not None
        studying = self.study is not None
        a = self.actions
        for name in ("study", "practice", "exam"):
            a[name].setEnabled(on_library and ready and bool(self.library_view.cards))
        a["import_bank"].setEnabled(ready)
        a["new_from_article"].setEnabled(ready)
        a["new_bank"].setEnabled(ready)
        a["edit_question"].setEnabled(studying and self.study.session.current is not None
                                      and self.study.session.mode.name != "EXAM"
                                      and self.page_set.current_is("study_view"))
        a["print_quiz"].setEnabled(ready and bool(self.library_view.cards))
        for name in ("stats", "export_report", "optimise"):
            a[name].setEnabled(ready)
        a["undo"].setEnabled(studying and self.study.can_undo
                             and self.page_set.current_is("study_view", "end_view"))
        a["browse"].setEnabled(ready)
        can_mark = (studying and self.study.session.current is not None and self.study.session.mode.name != "EXAM"
                    and self.page_set.current_is("study_view"))
        for name in ("suspend", "bury", *(f"flag_{n}" for n in range(5))):
            a[name].setEnabled(can_mark)
        a["article"].setEnabled(studying and self.study.session.feedback is not None)
        a["back"].setEnabled(not on_library)

    def _restore_geometry(self) -> None:
        """The size and place saved on closing, made to fit the screen the window opens on: a saved
        screen may be gone, and scaling (QT_SCALE_FACTOR=1.5 on 1366×768) leaves less room than the
        default size, which used to open the window larger than the screen with its buttons cut off."""
        geometry = self.settings.window_geometry
        restored = bool(geometry) and self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if not restored:
            self.resize(DEFAULT_SIZE)
        fit_on_screen(self, centre=not restored)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_study()
        try:
            geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
            self.settings = self.settings.with_changes(window_geometry=geometry)
            self.settings.save(self.ctx.dirs.settings_file)
        except (OSError, StudyAppError) as exc:
            log.warning("could not save the window size: %s", exc)
        if self.browse_window is not None:
            self.browse_window.close()
        self.runner.wait()
        self.class_hub.close()  # a sync under way finishes (or times out) before the store closes
        self.library.close()
        self.trust.on_close()  # trust: a backup on closing
        super().closeEvent(event)
