"""File → New bank from article…: draft a bank with the generator, review it, save it, import it.

The generator's rules are good, not perfect, so nothing reaches the library unseen: the draft is
shown one question per row with a tick to keep it, and the selected question's prompt can be
rewritten. Drafting runs off the GUI thread (`run_in_background`); saving writes the bank and the
article beside it as `sources/<name>.txt` (as `studyapp generate` does), checks the result with
the real loader, and hands the path to the library's import.

    dialog = GenerateDialog(article_path, runner, parent=window)
    dialog.saved.connect(lambda path: window.import_paths([path]))
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit,
                               QProgressBar, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from studyapp.core.bank import TOPIC_LABELS, Bank, answer_of, choices_of, prompt_of
from studyapp.core.loader import LoadedBank, load_bank
from studyapp.core.richtext import plain_tooltip
from studyapp.errors import BankError, GenerateError, StudyAppError
from studyapp.gui.error_dialog import ProblemsDialog
from studyapp.gui.plain_label import plain_label
from studyapp.gui.workers import Background, Busy, run_in_background

KEEP, TYPE, TOPIC, PROMPT, ANSWER = range(5)


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
        name, _ = QFileDialog.getSaveFileName(parent, "Save the question bank", suggested,
                                              "studyapp banks (*.toml)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".toml" else path.with_name(path.name + ".toml")


@dataclass
class Draft:
    """The generator's output kept as the dict it writes, so saving is exactly `studyapp generate`'s."""

    article: str
    bank: dict

    @property
    def questions(self) -> list[dict]:
        return self.bank["questions"]


def make_draft(article_path: Path, published: date | None, title: str | None) -> Draft:
    """Read and draft (worker thread: pure Python, no Qt)."""
    from studyapp.core.generate.pipeline import generate_bank, read_article

    text = read_article(article_path)
    bank, _facts = generate_bank(text, published=published, title=title or None)
    return Draft(text, bank)


def finished_bank(draft: Draft, kept: list[str], prompts: dict[str, str], path: Path) -> dict:
    """The bank to save: only the kept questions, with the edited prompts; id and article file from `path`
    (as `studyapp generate -o path` names them)."""
    from studyapp.core.generate.questions import slug

    bank = copy.deepcopy(draft.bank)
    by_id = {q["id"]: q for q in bank["questions"]}
    bank["questions"] = [by_id[i] for i in kept]
    for q in bank["questions"]:
        if q["id"] in prompts:
            text = prompts[q["id"]].strip()
            if text or q["type"] != "quote":
                q["prompt"] = text
            else:
                q.pop("prompt", None)  # a quote without a prompt asks "Who said: …?"
    bank["bank"]["id"] = slug(path.stem, 60)
    bank["bank"]["source"]["file"] = f"sources/{path.stem}.txt"
    return bank


def save_bank(draft: Draft, kept: list[str], prompts: dict[str, str], path: Path) -> LoadedBank:
    """Write BANK.toml and sources/<name>.txt beside it, then load it: BankError lists what is wrong."""
    from studyapp.core.generate.pipeline import bank_toml

    path = Path(path)
    bank = finished_bank(draft, kept, prompts, path)
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
        model = Bank.model_validate(bank)
    except ValueError:
        return [Shown(q.get("type", ""), q.get("topic", ""), q.get("prompt", q.get("quote", "")),
                      str(q.get("answer", q.get("speaker", ""))), " | ".join(map(str, q.get("choices", []))),
                      q.get("source", ""), q.get("explanation", "")) for q in bank["questions"]]
    out = []
    for q in model.questions:
        answer = answer_of(model, q)
        if q.type == "order":
            answer = " → ".join(answer)
        elif q.type == "match":
            answer = "; ".join(f"{a} → {b}" for a, b in answer)
        out.append(Shown(q.type, TOPIC_LABELS.get(q.topic, q.topic), prompt_of(model, q), str(answer),
                         " | ".join(map(str, choices_of(model, q))), q.source, q.explanation))
    return out


class GenerateDialog(QDialog):
    drafted = Signal()  # the draft is in the table (or its error is shown)
    saved = Signal(object)  # the saved bank's Path, for the library to import

    def __init__(self, article: Path, runner: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New bank from article")
        self.resize(960, 680)
        self.article_path = Path(article)
        self.runner = runner
        self.draft: Draft | None = None
        self.shown: list[Shown] = []
        self.prompts: dict[str, str] = {}  # edited prompts by question id
        self._closed = False
        self.problems: ProblemsDialog | None = None  # the last save's validation problems, if any
        self._filling = False
        self._build()
        self.finished.connect(self._on_finished)

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
        date_row.addStretch(1)
        form.addRow("Published:", date_row)
        self.title = QLineEdit()
        self.title.setPlaceholderText("the article's title line")
        self.title.setAccessibleName("Bank title")
        form.addRow("&Title:", self.title)
        layout.addLayout(form)

        actions = QHBoxLayout()
        self.draft_button = QPushButton("&Draft questions")
        self.draft_button.setAccessibleName("Draft questions from the article")
        self.draft_button.setDefault(True)
        self.draft_button.clicked.connect(self.start_draft)
        actions.addWidget(self.draft_button)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName("Drafting")
        self.busy_bar.hide()
        actions.addWidget(self.busy_bar)
        self.status = plain_label("Choose the date and title if you know them, then draft the questions.")
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        self.busy = Busy(self._busy_show, self._busy_hide, delay_ms=200, parent=self)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Keep", "Type", "Topic", "Question", "Answer"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName("Drafted questions: untick the ones to leave out")
        header = self.table.horizontalHeader()
        for col in (KEEP, TYPE, TOPIC):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ANSWER, 220)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)  # Space ticks or unticks the selected row, whatever its column
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        splitter.addWidget(self.table)

        editor = QWidget()
        editor_form = QFormLayout(editor)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName("Prompt of the selected question")
        self.prompt_edit.setTabChangesFocus(True)
        self.prompt_edit.setMaximumHeight(90)
        self.prompt_edit.setEnabled(False)
        self.prompt_edit.textChanged.connect(self._prompt_edited)
        editor_form.addRow("&Prompt:", self.prompt_edit)
        self.detail = {}
        for key, label in (("answer", "Answer:"), ("choices", "Choices:"), ("source", "Source:"),
                           ("explanation", "Explanation:")):
            value = plain_label()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            editor_form.addRow(label, value)
            self.detail[key] = value
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton("&Save and import…")
        self.save_button.setAccessibleName("Save the bank and add it to the library")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- drafting -------------------------------------------------------------------------------

    def choose_article(self) -> None:
        path = ChooseArticleFile.ask(self)
        if path is not None:
            self.article_path = path
            self.article_label.setText(str(path))

    def start_draft(self) -> None:
        published = self.published.date().toPython() if self.date_known.isChecked() else None
        title, path = self.title.text().strip(), self.article_path
        self.draft_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.busy.start("Reading the article and drafting questions…")
        run_in_background(lambda: make_draft(path, published, title), self._show_draft, self._draft_failed,
                          self.runner)

    def _busy_show(self, text: str) -> None:
        self.status.setText(text)
        self.busy_bar.show()

    def _busy_hide(self) -> None:
        self.busy_bar.hide()

    def _draft_failed(self, exc: BaseException) -> None:
        self.busy.stop()
        if self._closed:
            return
        self.draft_button.setEnabled(True)
        if not isinstance(exc, StudyAppError):
            raise exc  # a bug: the app's error hook shows and logs it
        self.status.setText(f"No draft: {exc}")
        self._update_save()
        self.drafted.emit()

    def _show_draft(self, draft: Draft) -> None:
        if self._closed:
            return
        self.busy.stop()
        self.draft_button.setEnabled(True)
        self.draft, self.prompts = draft, {}
        self.shown = shown_questions(draft.bank)
        self._filling = True
        self.table.setRowCount(len(self.shown))
        for r, (q, s) in enumerate(zip(draft.questions, self.shown)):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            keep.setCheckState(Qt.CheckState.Checked)
            keep.setData(Qt.ItemDataRole.UserRole, q["id"])
            keep.setToolTip(q["id"])
            self.table.setItem(r, KEEP, keep)
            for col, text in ((TYPE, s.type), (TOPIC, s.topic), (PROMPT, s.prompt), (ANSWER, s.answer)):
                item = QTableWidgetItem(text)
                if col in (PROMPT, ANSWER):
                    item.setToolTip(plain_tooltip(text))  # article text, escaped (trust)
                self.table.setItem(r, col, item)
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

    def _update_save(self) -> None:
        kept = len(self.kept_ids()) if self.draft is not None else 0
        self.save_button.setEnabled(kept > 0)
        if self.draft is not None:
            total = len(self.draft.questions)
            self.status.setText(f"{total} questions drafted, {kept} kept. Untick the ones to leave out; "
                                "select one to edit its prompt.")

    def _select(self, row: int) -> None:
        if self.draft is None or not 0 <= row < len(self.shown):
            self.prompt_edit.setEnabled(False)
            return
        q, s = self.draft.questions[row], self.shown[row]
        self._filling = True
        self.prompt_edit.setEnabled(True)
        self.prompt_edit.setPlainText(self.prompts.get(q["id"], q.get("prompt", "")))
        self.prompt_edit.setPlaceholderText(s.prompt if q["type"] == "quote" else "")
        self._filling = False
        self.detail["answer"].setText(s.answer)
        self.detail["choices"].setText(s.choices or "—")
        self.detail["source"].setText(s.source)
        self.detail["explanation"].setText(s.explanation)

    def _prompt_edited(self) -> None:
        row = self.table.currentRow()
        if self._filling or self.draft is None or row < 0:
            return
        q = self.draft.questions[row]
        text = self.prompt_edit.toPlainText()
        self.prompts[q["id"]] = text
        item = self.table.item(row, PROMPT)
        item.setText(text or self.shown[row].prompt)
        item.setToolTip(plain_tooltip(item.text()))

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if self.draft is None:
            return
        title = self.draft.bank["bank"]["title"]
        from studyapp.core.generate.questions import slug

        path = SaveBankFile.ask(f"{slug(title, 60)}.toml", self)
        if path is None:
            return
        try:
            save_bank(self.draft, self.kept_ids(), self.prompts, path)
        except BankError as exc:
            self.problems = ProblemsDialog(str(path), [str(p) for p in exc.problems], self)
            self.problems.open()
            return
        except StudyAppError as exc:
            self.status.setText(str(exc))
            return
        self.saved.emit(path)
        self.accept()

    def _on_finished(self) -> None:
        self._closed = True
        self.busy.stop()
