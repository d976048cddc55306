"""Tools → Optimise schedule: fit FSRS to the student's own answers, compare, simulate, apply.

The fit and the simulations run on a worker (`run_in_background`); the dialog shows "Fitting…"
until they are done. It never changes settings itself: Apply hands the parameters to the
`apply` callable the main window gives it (which saves them and rebuilds the scheduler).

    dialog = OptimiseDialog(load_histories, settings, runner, apply=window.apply_fsrs_parameters,
                            deck_size=n_questions, parent=window)
    dialog.start(); dialog.show()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studyapp.errors import StudyAppError
from studyapp.core.optimise import RETENTIONS, History, Outcome, optimise_and_simulate
from studyapp.gui.workers import Background, run_in_background


class OptimiseDialog(QDialog):
    finished_fitting = Signal()

    def __init__(self, load_histories: Callable[[], Sequence[History]], desired_retention: float, new_per_day: int,
                 runner: Background, apply: Callable[[tuple[float, ...]], None] | None = None, deck_size: int = 0,
                 current: Sequence[float] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Optimise schedule")
        self._load, self._runner, self._apply = load_histories, runner, apply
        self._desired, self._new_per_day, self._deck_size = desired_retention, new_per_day, deck_size
        self._current = tuple(current) if current is not None else None
        self.outcome: Outcome | None = None
        self.error: BaseException | None = None
        self.applied: tuple[float, ...] | None = None

        layout = QVBoxLayout(self)
        intro = QLabel("FSRS can fit its memory model to your own answers. The fit is judged by how well it "
                       "predicts the answers you gave: log loss, lower is better.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status = QLabel("Fitting your schedule…")
        self.status.setObjectName("optimiseStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)  # the verdict's two lines, no jump
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

        sim = QLabel("Daily workload over a year for a few desired retentions (simulated with your parameters "
                     "when they are better, else the defaults):")
        sim.setWordWrap(True)
        layout.addWidget(sim)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Desired retention", "Answers a day", "Minutes a day",
                                              "Known after a year"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(self.table.fontMetrics().horizontalAdvance("Desired retention") + 16)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox()
        self.apply_button = QPushButton("Apply my parameters")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply_clicked)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)

    @property
    def is_busy(self) -> bool:
        return self.outcome is None and self.error is None

    def start(self) -> None:
        """Read the history and fit it off the GUI thread."""
        load, deck, new, current = self._load, self._deck_size, self._new_per_day, self._current
        retentions = sorted(set(RETENTIONS) | {round(self._desired, 2)})

        def work() -> Outcome:
            histories = load()
            return optimise_and_simulate(histories, deck or max(1, len(histories)), new, retentions, current)

        run_in_background(work, self._done, self._failed, self._runner)

    def _done(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.status.setText(as_sentence(outcome.message))
        self.table.setRowCount(len(outcome.workloads))
        for row, w in enumerate(outcome.workloads):
            mark = " (now)" if abs(w.desired_retention - self._desired) < 1e-9 else ""
            cells = (f"{100 * w.desired_retention:.0f}%{mark}", f"{w.reviews_per_day:.1f}", f"{w.minutes_per_day:.1f}",
                     f"{w.memorised:.0f}")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        better = outcome.result is not None and outcome.result.better
        self.apply_button.setEnabled(better and self._apply is not None)
        self.finished_fitting.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.status.setText(f"The schedule could not be fitted: {exc}")
        self.finished_fitting.emit()

    def _apply_clicked(self) -> None:
        if self.outcome is None or self.outcome.result is None or self._apply is None:
            return
        try:
            self._apply(self.outcome.result.parameters)
        except StudyAppError as exc:  # e.g. settings cannot be saved: say so here
            self.status.setText(as_sentence(str(exc)))
            return
        self.applied = self.outcome.result.parameters
        self.apply_button.setEnabled(False)
        self.status.setText("Your parameters are in use from the next question on.")


def as_sentence(text: str) -> str:
    """A message from the core (written to follow "error: " on the command line) as a sentence."""
    return text[:1].upper() + text[1:]


__all__ = ["OptimiseDialog"]
