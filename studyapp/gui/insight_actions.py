"""The main window's insight commands: View → Statistics, Tools → Optimise schedule, File → Export progress report.

Kept out of main_window.py so the window only creates this object once its library controller
exists (`self.insight = InsightActions(self)`); everything here goes through the window's
public parts (pages, actions, runner, library, settings, show_error, open_dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from studyapp.gui.optimise_dialog import OptimiseDialog
from studyapp.gui.report_export import ReportExport
from studyapp.gui.stats_view import StatsView, stats_loader
from studyapp.gui.theme import current_scheme


class InsightActions(QObject):
    NAMES = ("stats", "optimise", "export_report")

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.view = StatsView()
        window.stats_view = self.view
        window.pages.addWidget(self.view)
        self.view.back.connect(window.show_library)
        self.view.source_requested.connect(self.show_source)
        a = window.actions
        a["stats"].triggered.connect(self.show_stats)
        a["optimise"].triggered.connect(self.optimise)
        a["export_report"].triggered.connect(self.export_report)
        self.export: ReportExport | None = None
        self._enable()
        window.library.loaded.connect(self._enable)

    def _enable(self) -> None:
        ready = self.w.library.progress is not None
        for name in self.NAMES:
            self.w.actions[name].setEnabled(ready)

    def _zone(self):
        s = self.w.settings
        return s.day_starts_at_hour, s.tzinfo

    def show_stats(self) -> None:
        progress = self.w.library.progress
        if progress is None:
            return
        hour, tz = self._zone()
        self.view.set_loader(stats_loader(progress, hour, tz, self.w.ctx.clock), self.w.runner)
        self.w._end_study()
        self.w.pages.setCurrentWidget(self.view)
        self.view.refresh()

    def show_source(self, bank_id: str, _question_id: str, excerpt: str) -> None:
        """A hard question's source sentence, highlighted in its article."""
        loaded = self.w.library.data.banks.get(bank_id)
        if loaded is None or not loaded.article:
            return
        view = self.w.article_view
        view.set_article(loaded.bank.bank.source.title, loaded.article)
        self.w.pages.setCurrentWidget(view)
        view.show_excerpt(excerpt, current_scheme(QApplication.instance()))
        view.text.setFocus()

    def optimise(self) -> OptimiseDialog | None:
        progress = self.w.library.progress
        if progress is None:
            return None
        from studyapp.core.optimise import apply_parameters, histories_from_events
        from studyapp.storage.history import review_events

        hour, tz = self._zone()
        settings = self.w.settings
        current = getattr(settings, "fsrs_parameters", None) or None
        deck = sum(b.questions for b in progress.banks())

        def load():
            return histories_from_events(review_events(progress.engine, include_retired=True), hour, tz)

        def apply(params) -> None:
            self.w.apply_settings(apply_parameters(self.w.settings, params))

        dialog = OptimiseDialog(load, settings.desired_retention, settings.new_per_day, self.w.runner, apply=apply,
                                deck_size=deck, current=current, parent=self.w)
        self.w.open_dialog(dialog)
        dialog.start()
        return dialog

    def export_report(self) -> None:
        progress = self.w.library.progress
        if progress is None:
            return
        hour, tz = self._zone()
        self.export = ReportExport(progress, self.w.ctx.clock, hour, tz, self.w.runner, self.w)
        self.export.done.connect(lambda path: self.w.status_text.setText(f"Progress report written to {path}"))
        self.export.failed.connect(self.w.show_error)
        self.export.ask_and_write()


__all__ = ["InsightActions"]
