"""File → New bank from article…: draft a bank with the generator, review it, save it, import it.

The generator's rules are good, not perfect, so nothing reaches the library unseen: the draft is
shown one question per row with a tick to keep it and its score from the generator's checks; the
selected question can be edited field by field (question_editor, the editor the bank editor uses too), beside the article with its source
highlighted, and is judged again as it is edited (draft_model). Drafting runs off the GUI thread
(`run_in_background`) with its stages as progress and a Cancel; saving writes the bank and the
article beside it as `sources/<name>.txt` (as `studyapp generate` does), checks the result with
the real loader, and hands the path to the library's import. A review is the teacher's work, so Esc,
Cancel, the close button and Draft again ask before throwing away edits or unticks (`DiscardChanges`).

    dialog = GenerateDialog(article_path, runner, parent=window)
    dialog.saved.connect(lambda path: window.import_paths([path]))
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from studyapp.core.bank import TOPIC_LABELS, answer_text, bank_model, choices_of, prompt_of
from studyapp.core.generate.facts import STAGES
from studyapp.core.loader import LoadedBank, load_bank
from studyapp.core.richtext import plain_tooltip
from studyapp.core.wording import count
from studyapp.errors import BankError, GenerateCancelled, GenerateError, Problem, StudyAppError
from studyapp.gui.confirm import ask_safely
from studyapp.gui.draft_editor import QuestionEditor, article_panel
from studyapp.gui.draft_model import Draft, DraftModel, apply_edits, is_optional, score_text
from studyapp.gui.error_dialog import ProblemsDialog
from studyapp.gui.plain_label import plain_label
from studyapp.gui.save_places import in_documents
from studyapp.gui.workers import Background, Busy, run_in_background

__all__ = ["Draft", "GenerateDialog", "finished_bank", "make_draft", "save_bank", "shown_questions"]

KEEP, TYPE, TOPIC, SCORE, PROMPT, ANSWER = range(6)
STEPS = len(STAGES) + 1  # the extraction stages, then writing the questions


class ChooseArticleFile:
    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Choose a news article", str(Path.home()),
                                              "Articles (*.txt *.html *.htm);;All files (*)")
        return Path(name) if name else None


class SaveBankFile:
    @classmethod
    def ask(cls, suggested: str, parent: QWidget | None = None) -> Path | None:
        """Where to save the bank; always a .toml path (the article goes into sources/ beside it)."""
        name, _ = QFileDialog.getSaveFileName(parent, "Save the question bank", in_documents(suggested),
                                              "studyapp banks (*.toml)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".toml" else path.with_name(path.name + ".toml")


class DiscardChanges:
    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True to throw the review away. Keep editing is the default and Esc's answer, so a stray Enter or
        Esc never costs the teacher their edits."""
        return ask_safely("New bank from article", "Discard your changes to the drafted questions?", "&Discard",
                          "&Keep editing", parent, informative="Your edits and unticked questions will be lost.")


def make_draft(article_path: Path, published: date | None, title: str | None, checkpoint=None) -> Draft:
    """Read and draft (worker thread: pure Python, no Qt); `checkpoint` reports stages and may cancel."""
    from studyapp.core.generate.pipeline import generate_bank, read_article

    text = read_article(article_path)
    bank, _facts = generate_bank(text, published=published, title=title or None, checkpoint=checkpoint)
    return Draft(text, bank)


def finished_bank(draft: Draft, kept: list[str], edits: dict[str, dict], path: Path) -> dict:
    """The bank to save: only the kept questions, with the teacher's edits (fields by question id); id and
    article file from `path` (as `studyapp generate -o path` names them)."""
    from studyapp.core.generate.questions import slug

    bank = copy.deepcopy(draft.bank)
    by_id = {q["id"]: q for q in bank["questions"]}
    bank["questions"] = [apply_edits(by_id[i], edits.get(i, {})) for i in kept]
    bank["bank"]["id"] = slug(path.stem, 60)
    bank["bank"]["source"]["file"] = f"sources/{path.stem}.txt"
    return bank


def save_bank(draft: Draft, kept: list[str], edits: dict[str, dict], path: Path) -> LoadedBank:
    """Write BANK.toml and sources/<name>.txt beside it, then load it: BankError lists what is wrong."""
    from studyapp.core.generate.pipeline import bank_toml

    path = Path(path)
    bank = finished_bank(draft, kept, edits, path)
    try:
        (path.parent / "sources").mkdir(parents=True, exist_ok=True)
        (path.parent / bank["bank"]["source"]["file"]).write_text(draft.article.replace("\r\n", "\n"),
                                                                  encoding="utf-8", newline="\n")
        path.write_text(bank_toml(bank), encoding="utf-8", newline="\n")
    except OSError as exc:
        raise GenerateError(f"{path}: cannot be written ({exc.strerror}); choose another folder") from None
    return load_bank(path)


@dataclass(frozen=True)
class Shown:
    """A question as the review table shows it."""

    type: str
    topic: str
    prompt: str
    answer: str
    choices: str
    source: str
    explanation: str


def shown_questions(bank: dict) -> list[Shown]:
    """Display text through the app's own helpers; raw fields if the draft does not validate."""
    try:
        model = bank_model().model_validate(bank)
    except ValueError:
        return [Shown(q.get("type", ""), TOPIC_LABELS.get(q.get("topic", ""), q.get("topic", "")),
                      q.get("prompt", "") or q.get("quote", ""),
                      str(q.get("answer", q.get("speaker", ""))), " | ".join(map(str, q.get("choices", []))),
                      q.get("source", ""), q.get("explanation", "")) for q in bank["questions"]]
    out = []
    for q in model.questions:
        out.append(Shown(q.type, TOPIC_LABELS.get(q.topic, q.topic), prompt_of(model, q), answer_text(model, q),
                         " | ".join(map(str, choices_of(model, q))), q.source, q.explanation))
    return out


class _Stages(QObject):
    """Carries a stage number from the drafting thread to the dialog (only an int crosses, as in workers)."""

    reached = Signal(int)


class GenerateDialog(QDialog):
    drafted = Signal()  # the draft is in the table (or its error is shown)
    saved = Signal(object)  # the saved bank's Path, for the library to import

    def __init__(self, article: Path, runner: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New bank from article")
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1240, room.width() - 40) if room else 1240, min(700, room.height() - 60) if room else 700)
        self.article_path = Path(article)
        self.runner = runner
        self.draft: Draft | None = None
        self.model: DraftModel | None = None
        self.shown: list[Shown] = []
        self._closed = False
        self._drafting = False
        self._cancel = threading.Event()
        self._stages = _Stages(self)
        self._stages.reached.connect(self._stage_reached)
        self._unticked_by_filter: list[str] = []
        self.problems: ProblemsDialog | None = None  # the last save's validation problems, if any
        self._filling = False
        self._build()
        self.finished.connect(self._on_finished)

    @property
    def edits(self) -> dict[str, dict]:
        return self.model.edits if self.model is not None else {}

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.article_label = plain_label(str(self.article_path))
        self.article_label.setWordWrap(True)
        row.addWidget(self.article_label, 1)
        self.choose_button = QPushButton("C&hoose…")
        self.choose_button.setAccessibleName("Choose another article file")
        self.choose_button.clicked.connect(self.choose_article)
        row.addWidget(self.choose_button)
        form.addRow("Article:", row)
        date_row = QHBoxLayout()
        self.date_known = QCheckBox("&Known:")
        self.date_known.setAccessibleName("The publication date is known")
        self.date_known.setToolTip("With the date, “on Thursday” or “last month” in the article become dates")
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("yyyy-MM-dd")
        self.published.setAccessibleName("Publication date")
        self.published.setEnabled(False)
        self.date_known.toggled.connect(self.published.setEnabled)
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.published)
        date_row.addSpacing(24)
        title_label = QLabel("&Title:")
        self.title = QLineEdit()
        self.title.setPlaceholderText("the article's title line")
        self.title.setAccessibleName("Bank title")
        title_label.setBuddy(self.title)
        date_row.addWidget(title_label)
        date_row.addWidget(self.title, 1)
        form.addRow("Published:", date_row)
        layout.addLayout(form)

        actions = QHBoxLayout()
        self.draft_button = QPushButton("&Draft questions")
        self.draft_button.setAccessibleName("Draft questions from the article")
        self.draft_button.setDefault(True)
        self.draft_button.clicked.connect(self.start_draft)
        actions.addWidget(self.draft_button)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, STEPS)
        self.busy_bar.setMinimumWidth(220)
        self.busy_bar.setMaximumWidth(300)
        self.busy_bar.setAccessibleName("Drafting progress")
        self.busy_bar.hide()
        actions.addWidget(self.busy_bar)
        self.cancel_button = QPushButton("Cance&l drafting")
        self.cancel_button.setAccessibleName("Cancel drafting")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.cancel_button.hide()
        actions.addWidget(self.cancel_button)
        self.status = plain_label("Choose the date and title if you know them, then draft the questions.")
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        self.busy = Busy(self._busy_show, self._busy_hide, delay_ms=200, parent=self)

        left = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_label = QLabel("Drafted q&uestions (Space ticks or unticks the selected one):")
        table_layout.addWidget(table_label)
        self.table = QTableWidget(0, 6)
        table_label.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(["Keep", "Type", "Topic", "Score", "Question", "Answer"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # arrows move between questions; Tab goes on to the editor
        self.table.setAccessibleName("Drafted questions: untick the ones to leave out")
        header = self.table.horizontalHeader()
        for col in (KEEP, TYPE, TOPIC, SCORE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ANSWER, 160)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)  # Space ticks or unticks the selected row, whatever its column
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        table_layout.addWidget(self.table, 1)
        self.keep_passed = QCheckBox("Keep o&nly the questions that passed every check")
        self.keep_passed.setAccessibleName("Keep only the questions that passed every check; "
                                           "clear it to tick them again")
        self.keep_passed.setEnabled(False)
        self.keep_passed.toggled.connect(self._keep_only_passed)
        table_layout.addWidget(self.keep_passed)
        left.addWidget(table_box)
        article_box, _, self.article_pane = article_panel()
        left.addWidget(article_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.editor = QuestionEditor()
        self.editor.edited.connect(self._edited)
        self.prompt_edit = self.editor.prompt
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, and scrolls them into view
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton("&Save and import…")
        self.save_button.setAccessibleName("Save the bank and add it to the library")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        chain = [self.table, self.keep_passed, *self.editor.focus_chain(), self.article_pane, self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- drafting -------------------------------------------------------------------------------

    def choose_article(self) -> None:
        path = ChooseArticleFile.ask(self)
        if path is not None:
            self.article_path = path
            self.article_label.setText(str(path))

    def start_draft(self) -> None:
        if not self._may_discard():
            return
        published = self.published.date().toPython() if self.date_known.isChecked() else None
        title, path = self.title.text().strip(), self.article_path
        self._cancel = cancel = threading.Event()
        stages = self._stages

        def checkpoint(number: int, _name: str) -> None:  # on the drafting thread: no widgets here
            if cancel.is_set():
                raise GenerateCancelled("drafting cancelled")
            stages.reached.emit(number)

        self._drafting = True
        self.draft_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.busy_bar.setValue(0)
        self.busy_bar.setFormat(f"{STAGES[0]}…")
        self.busy.start("Reading the article and drafting questions…")
        # The checks and the loader's first look run on the drafting thread too: a big draft takes a while.
        run_in_background(lambda: DraftModel(make_draft(path, published, title, checkpoint)), self._show_draft,
                          self._draft_failed, self.runner)

    def cancel_draft(self) -> None:
        """Stops the draft at the generator's next stage (a big article's stage may take a moment)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText("Cancelling after this stage…")

    @Slot(int)
    def _stage_reached(self, number: int) -> None:
        if self._closed or self._cancel.is_set():
            return
        name = STAGES[number] if number < len(STAGES) else "Writing questions"
        self.busy_bar.setValue(number)
        self.busy_bar.setFormat(f"{name}…")
        self.busy_bar.setAccessibleDescription(f"Step {number + 1} of {STEPS}: {name}")
        self.status.setText(f"Drafting: {name} (step {number + 1} of {STEPS})…")

    def _busy_show(self, text: str) -> None:
        if self.busy_bar.value() == 0 and not self._cancel.is_set():  # no stage has said more yet
            self.status.setText(text)
        self.busy_bar.show()
        self.cancel_button.show()

    def _busy_hide(self) -> None:
        self.busy_bar.hide()
        self.cancel_button.hide()

    def _draft_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self._drafting = False  # the review shown before, if any, is the teacher's to keep again
        if self._closed:
            return
        self.draft_button.setEnabled(True)
        if not isinstance(exc, StudyAppError):
            raise exc  # a bug: the app's error hook shows and logs it
        self._update_save()
        self.status.setText("Drafting cancelled." if isinstance(exc, GenerateCancelled) else f"No draft: {exc}")
        self.drafted.emit()

    def _show_draft(self, model: DraftModel) -> None:
        if self._closed:
            return
        self.busy.stop()
        self._drafting = False
        self.draft_button.setEnabled(True)
        draft = model.draft
        self.draft, self.model = draft, model
        self.shown = shown_questions(draft.bank)
        self.article_pane.set_article(draft.article)
        self.keep_passed.blockSignals(True)
        self.keep_passed.setChecked(False)
        self.keep_passed.blockSignals(False)
        self.keep_passed.setEnabled(True)
        self._unticked_by_filter = []
        self._filling = True
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.shown))
        for r, q in enumerate(draft.questions):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            keep.setCheckState(Qt.CheckState.Checked)
            keep.setData(Qt.ItemDataRole.UserRole, q["id"])
            keep.setToolTip(q["id"])
            self.table.setItem(r, KEEP, keep)
            for col in (TYPE, TOPIC, SCORE, PROMPT, ANSWER):
                self.table.setItem(r, col, QTableWidgetItem())
            self._fill_row(r)
        self._filling = False
        if self.shown:
            self.table.setCurrentCell(0, PROMPT)
            self.table.setFocus()
        # From now on Enter must not throw the review away: drafting again is a deliberate click.
        self.draft_button.setText("&Draft again")
        self.draft_button.setDefault(False)
        self.draft_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self._update_save()
        self.drafted.emit()

    def _fill_row(self, row: int) -> None:
        """Type, topic, score, question and answer of a row, from the question as edited."""
        s = self.shown[row]
        review = self.model.reviews.get(self.model.ids[row])
        score = score_text(review) if review is not None else ""
        if self.model.problems.get(self.model.ids[row]):
            score += " ⚠"
        for col, text in ((TYPE, s.type), (TOPIC, s.topic), (SCORE, score), (PROMPT, s.prompt),
                          (ANSWER, s.answer)):
            item = self.table.item(row, col)
            item.setText(text)
            if col in (PROMPT, ANSWER):
                item.setToolTip(plain_tooltip(text))  # article text, escaped (trust)
        tip = [] if review is None else [f"✗ {c.label}: {c.why}" for c in review.failed]
        tip += self.model.problems.get(self.model.ids[row], [])
        self.table.item(row, SCORE).setToolTip(plain_tooltip("\n".join(tip) or "passes every check"))

    # -- reviewing ------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space
                and self.table.currentRow() >= 0):
            item = self.table.item(self.table.currentRow(), KEEP)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return True
        return super().eventFilter(watched, event)

    def kept_ids(self) -> list[str]:
        return [self.table.item(r, KEEP).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())
                if self.table.item(r, KEEP).checkState() == Qt.CheckState.Checked]

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == KEEP:
            self._update_save()

    def _keep_only_passed(self, on: bool) -> None:
        """Untick every question that failed a check; clearing the box ticks again those it unticked."""
        if self.model is None:
            return
        if on:
            self._unticked_by_filter = []
            for r, qid in enumerate(self.model.ids):
                item = self.table.item(r, KEEP)
                if item.checkState() == Qt.CheckState.Checked and not self.model.reviews[qid].passed:
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self._unticked_by_filter.append(qid)
        else:
            for r, qid in enumerate(self.model.ids):
                if qid in self._unticked_by_filter:
                    self.table.item(r, KEEP).setCheckState(Qt.CheckState.Checked)
            self._unticked_by_filter = []

    def _update_save(self) -> None:
        kept = self.kept_ids() if self.model is not None else []
        blocking = self.model.blocking(kept) if self.model is not None else {}
        self.save_button.setEnabled(bool(kept) and not blocking and self.draft_button.isEnabled())
        if self.model is not None:
            total = len(self.model.ids)
            passed = sum(r.passed for r in self.model.reviews.values())
            text = (f"{count(total, 'question')} drafted, {len(kept)} kept; {passed} "
                    f"{'passes' if passed == 1 else 'pass'} every check. "
                    "Untick the ones to leave out; select one to edit it.")
            if blocking:
                n = len(blocking)
                text += f" {count(n, 'kept question')} cannot be saved yet (marked ⚠)."
            self.status.setText(text)

    def _select(self, row: int) -> None:
        if self.model is None or not 0 <= row < len(self.shown):
            self.editor.clear()
            return
        qid = self.model.ids[row]
        q = self.model.question(qid)
        people = [p["name"] for p in self.draft.bank.get("people", [])]
        default = ""  # a quote's prompt may be left empty: show what the student is asked then
        if is_optional(q["type"], "prompt"):
            default = shown_questions({**self.draft.bank, "questions": [apply_edits(q, {"prompt": ""})]})[0].prompt
        self.editor.load(q, people, default)
        self.editor.show_judgement(self.model.reviews.get(qid), self.model.problems.get(qid, []))
        self.article_pane.show_source(q.get("source", ""))

    def _edited(self, fields: dict) -> None:
        row = self.table.currentRow()
        if self.model is None or row < 0:
            return
        qid = self.model.ids[row]
        self.model.edit(qid, fields)
        q = self.model.question(qid)
        self.editor.sync(q)
        self.editor.show_judgement(self.model.reviews.get(qid), self.model.problems.get(qid, []))
        self.shown[row] = shown_questions({**self.draft.bank, "questions": [q]})[0]
        self._fill_row(row)
        self._update_save()

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if self.draft is None or self.model is None:
            return
        kept = self.kept_ids()
        blocking = self.model.blocking(kept)
        if blocking:  # Save is disabled then; a shortcut or a script still gets the reasons, and no file
            lines = [str(Problem("draft", None, qid, line)) for qid, found in blocking.items() for line in found]
            self.problems = ProblemsDialog("The draft", lines, self)
            self.problems.open()
            return
        title = self.draft.bank["bank"]["title"]
        from studyapp.core.generate.questions import slug

        path = SaveBankFile.ask(f"{slug(title, 60)}.toml", self)
        if path is None:
            return
        try:
            save_bank(self.draft, kept, self.model.edits, path)
        except BankError as exc:
            self.problems = ProblemsDialog(str(path), [str(p) for p in exc.problems], self)
            self.problems.open()
            return
        except StudyAppError as exc:
            self.status.setText(str(exc))
            return
        self.model.mark_saved(kept)
        self.saved.emit(path)
        self.accept()

    # -- closing --------------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """While a draft runs, the review on screen is already given up: Draft again asked first."""
        return self.model is not None and not self._drafting and self.model.unsaved(self.kept_ids())

    def _may_discard(self) -> bool:
        return not self.has_unsaved_work() or DiscardChanges.ask(self)

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all end here (QDialog's closeEvent rejects, and stays
        open if the dialog is still visible), so one question guards every way out but Save."""
        if self._may_discard():
            super().reject()

    def _on_finished(self) -> None:
        self._closed = True
        self._cancel.set()  # a draft still running stops at its next stage instead of finishing unseen
        self.busy.stop()
