"""The bank editor: fix any question of an installed bank (E while studying, Enter in Browse), or write a
bank from scratch (File → New bank…). One dialog for both, around the same per-type question editor the
generator's review uses (`question_editor.QuestionEditor`).

Every field is judged as it is typed by the real loader (`bank_editor_model`), so the editor says what
`studyapp validate` would, the source sentence checked against the article. Saving an installed bank
writes its next version as a normal bank file (kept under the data folder's `edited/`, and exportable
with `studyapp export`), installs it through the import pipeline, which keeps the progress of every
question by id, and — when questions changed — asks whether their schedules are kept or started again.
A new bank is saved where the teacher chooses (its article beside it in `sources/`), then imported.
Ctrl+S saves, Esc cancels (asking first when there are edits to lose). A sitting of the edited bank
starts again on the new version; an answer on screen but not yet rated is dropped with it, since it
was marked against the question as it was (the usual reason to press E on a wrong answer).

    open_question_editor(window, bank_id, question_id)   # an installed bank, that question selected
    open_new_bank_editor(window)                         # an empty bank
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from studyapp.core.loader import load_bank
from studyapp.errors import BankError, StudyAppError
from studyapp.exchange.toml_export import write_toml
from studyapp.gui.confirm import ask_safely
from studyapp.gui.bank_editor_model import BankEditorModel, new_types, parse_people, people_lines, published_value
from studyapp.gui.draft_editor import article_panel
from studyapp.gui.draft_model import apply_edits, is_optional
from studyapp.gui.error_dialog import ProblemsDialog
from studyapp.gui.plain_label import plain_label
from studyapp.gui.question_editor import QuestionEditor, split_tags

if TYPE_CHECKING:
    from studyapp.gui.main_window import MainWindow

EDITED_FOLDER = "edited"  # under the data folder: each edited installed bank's versions as saved


class DiscardEdits:
    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """True to throw the edits away; Keep editing is the default and Esc's answer."""
        return ask_safely("Edit bank", "Discard your changes to this bank?", "&Discard", "&Keep editing", parent,
                          informative="Nothing has been saved since you changed it.")


class KeepOrReset:
    KEEP, RESET = "keep", "reset"

    @classmethod
    def ask(cls, changed: list[str], parent: QWidget | None = None) -> str | None:
        """For questions whose content changed: keep their schedules (a typo fixed) or start them again as
        new (the question now asks something else). None goes back to editing."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Changed questions")
        box.setTextFormat(Qt.TextFormat.PlainText)
        n = len(changed)
        box.setText(f"You changed {n} question{'s' if n != 1 else ''} you may have studied: {', '.join(changed)}.")
        box.setInformativeText("Keep the schedule (what you have learnt still counts), or reset it so "
                               f"{'they come' if n != 1 else 'it comes'} back as new?")
        keep = box.addButton("&Keep schedule", QMessageBox.ButtonRole.AcceptRole)
        reset = box.addButton("&Reset schedule", QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton("&Back to editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return cls.KEEP if clicked is keep else cls.RESET if clicked is reset else None


@dataclass(frozen=True)
class SavedBank:
    """What a save wrote: the bank file to install, and the questions whose schedules start again."""

    path: Path
    bank_id: str
    reset: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


class BankEditorDialog(QDialog):
    saved = Signal(object)  # SavedBank

    def __init__(self, model: BankEditorModel, installed_version: int | None = None,
                 edited_folder: Path | None = None, parent: QWidget | None = None):
        """`installed_version` and `edited_folder` for an installed bank (saved as the next version
        there); without them the bank is new and saved where the teacher chooses."""
        super().__init__(parent)
        self.model = model
        self.installed_version = installed_version
        self.edited_folder = edited_folder
        self.problems_dialog: ProblemsDialog | None = None
        self._filling = False
        new = installed_version is None
        self.setWindowTitle("New bank" if new else f"Edit bank — {model.info.get('title', '')}")
        self.resize(1100, 720)
        self._build(new)
        self._fill_bank()
        self._fill_list()
        self.list.setCurrentRow(0 if model.questions else -1)
        self._update_status()
        self.finished.connect(lambda _=0: self.model.close())

    # -- building -------------------------------------------------------------------------------

    def _build(self, new: bool) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._bank_tab(new), "&Bank")
        self.tabs.addTab(self._questions_tab(), "Q&uestions")
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("What stops the bank from being saved")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton("Save and install" if new else "Save new version")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setAccessibleName("Save the bank and install it in the library (Ctrl+S)")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _bank_tab(self, new: bool) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title = QLineEdit()
        self.title.setAccessibleName("Bank title")
        form.addRow("&Title:", self.title)
        self.bank_id = QLineEdit()
        self.bank_id.setAccessibleName("Bank id: lowercase letters, digits, '.', '_' or '-'")
        self.bank_id.setToolTip("Progress is kept by bank id and question id; an installed bank keeps its id")
        self.bank_id.setReadOnly(not new)
        form.addRow("&Id:", self.bank_id)
        version = 1 if new else self.installed_version + 1
        self.version_label = plain_label(f"{version}" + ("" if new else f" (installed: {self.installed_version})"))
        form.addRow("Version when saved:", self.version_label)
        self.description = QLineEdit()
        self.description.setAccessibleName("Bank description")
        form.addRow("Desc&ription:", self.description)
        self.language = QLineEdit()
        self.language.setPlaceholderText("en")
        self.language.setAccessibleName("Language of the bank, such as en or fr")
        form.addRow("Lan&guage:", self.language)
        self.sides = QLineEdit()
        self.sides.setPlaceholderText("United States, Russia")
        self.sides.setAccessibleName("Sides whose positions the bank covers, separated by commas")
        form.addRow("&Sides:", self.sides)
        self.source_title = QLineEdit()
        self.source_title.setAccessibleName("Title of the article")
        form.addRow("Article titl&e:", self.source_title)
        self.publisher = QLineEdit()
        self.publisher.setAccessibleName("Publisher of the article")
        form.addRow("&Publisher:", self.publisher)
        self.published = QLineEdit()
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.published.setAccessibleName("Publication date, YYYY-MM-DD")
        form.addRow("Publis&hed:", self.published)
        self.url = QLineEdit()
        self.url.setAccessibleName("Address of the article (shown as text; the app never opens it)")
        form.addRow("Article &web address:", self.url)
        self.people = QPlainTextEdit()
        self.people.setTabChangesFocus(True)
        self.people.setPlaceholderText("Antony Blinken | US Secretary of State | United States | Blinken, Mr Blinken")
        self.people.setAccessibleName("People, one a line: name | role | side | aliases separated by commas")
        self.people.setFixedHeight(6 * self.people.fontMetrics().lineSpacing() + 12)
        form.addRow("Pe&ople:", self.people)
        row = QHBoxLayout()
        self.article = QPlainTextEdit()
        self.article.setTabChangesFocus(True)
        self.article.setAccessibleName("Article text: every question's source must be a sentence of it")
        self.article.setPlaceholderText("Paste the article here, or load it from a file")
        row.addWidget(self.article, 1)
        self.load_article_button = QPushButton("&Load from file…")
        self.load_article_button.setAccessibleName("Load the article text from a .txt or .html file")
        self.load_article_button.setAutoDefault(False)
        self.load_article_button.clicked.connect(self.load_article)
        row.addWidget(self.load_article_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("&Article:", row)
        self.bank_problems = plain_label()
        self.bank_problems.setWordWrap(True)
        self.bank_problems.setAccessibleName("Problems with the bank's details")
        form.addRow("", self.bank_problems)

        self.title.textChanged.connect(lambda text: self._bank_edit(self.model.set_info, "title", text))
        self.bank_id.textChanged.connect(lambda text: self._bank_edit(self.model.set_info, "id", text))
        self.description.textChanged.connect(lambda t: self._bank_edit(self.model.set_info, "description", t))
        self.language.textChanged.connect(lambda t: self._bank_edit(self.model.set_info, "language", t))
        self.sides.textChanged.connect(lambda t: self._bank_edit(self.model.set_info, "sides", split_tags(t)))
        self.url.textChanged.connect(lambda t: self._bank_edit(self.model.set_source, "url", t))
        self.source_title.textChanged.connect(lambda t: self._bank_edit(self.model.set_source, "title", t))
        self.publisher.textChanged.connect(lambda t: self._bank_edit(self.model.set_source, "publisher", t))
        self.published.textChanged.connect(
            lambda t: self._bank_edit(self.model.set_source, "published", published_value(t)))
        self.people.textChanged.connect(self._people_edited)
        self.article.textChanged.connect(self._article_edited)
        return page

    def _questions_tab(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel("Questions (Ctrl+Up / Ctrl+Down move the selected one):")
        left_layout.addWidget(list_label)
        self.list = QListWidget()
        self.list.setAccessibleName("Questions of the bank; ⚠ marks one that cannot be saved yet")
        list_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._select)
        left_layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.new_type = QComboBox()
        for kind, label in new_types():
            self.new_type.addItem(label, kind)
        self.new_type.setAccessibleName("Type of the question to add")
        add_row.addWidget(self.new_type, 1)
        self.add_button = QPushButton("Add &new question")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_question(self.new_type.currentData()))
        add_row.addWidget(self.add_button)
        left_layout.addLayout(add_row)
        move_row = QHBoxLayout()
        self.up_button = QPushButton("Move up")
        self.up_button.setToolTip("Ctrl+Up")
        self.down_button = QPushButton("Move down")
        self.down_button.setToolTip("Ctrl+Down")
        self.remove_button = QPushButton("Remo&ve question")
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
            move_row.addWidget(button)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.remove_button.clicked.connect(self.remove_question)
        left_layout.addLayout(move_row)
        self.list.installEventFilter(self)  # Ctrl+Up / Ctrl+Down move the selected question
        article_box, article_layout, self.article_pane = article_panel()
        self.use_selection = QPushButton("Use selected &text as the source")
        self.use_selection.setAccessibleName("Make the text selected in the article the selected question's source")
        self.use_selection.setAutoDefault(False)
        self.use_selection.clicked.connect(self.use_selection_as_source)
        article_layout.addWidget(self.use_selection)
        column = QSplitter(Qt.Orientation.Vertical)
        column.addWidget(left)
        column.addWidget(article_box)
        column.setStretchFactor(0, 3)
        column.setStretchFactor(1, 2)
        splitter.addWidget(column)

        self.editor = QuestionEditor(full=True)
        self.editor.edited.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        chain = [self.list, self.new_type, self.add_button, self.up_button, self.down_button, self.remove_button,
                 *self.editor.focus_chain(), self.article_pane, self.use_selection]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        return page

    # -- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        """Ctrl+S from any field (keys a field does not use come up to the dialog); Esc is QDialog's."""
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.move_question(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # -- showing --------------------------------------------------------------------------------

    def _fill_bank(self) -> None:
        info = self.model.info
        source = info.get("source", {})
        self._filling = True
        try:
            self.title.setText(info.get("title", ""))
            self.bank_id.setText(info.get("id", ""))
            self.description.setText(info.get("description", ""))
            self.language.setText(info.get("language", ""))
            self.sides.setText(", ".join(info.get("sides", [])))
            self.url.setText(source.get("url", ""))
            self.source_title.setText(source.get("title", ""))
            self.publisher.setText(source.get("publisher", ""))
            published = source.get("published")
            self.published.setText(published.isoformat() if hasattr(published, "isoformat") else str(published or ""))
            self.people.setPlainText(people_lines(self.model.bank["people"]))
            self.article.setPlainText(self.model.article)
            self.article_pane.set_article(self.model.article)
        finally:
            self._filling = False

    def _item_text(self, i: int) -> str:
        q = self.model.questions[i]
        prompt = (q.get("prompt") or q.get("quote") or "").replace("\n", " ")
        mark = " ⚠" if self.model.problems[i] else ""
        return f"{i + 1}. {q.get('type')} · {q.get('id') or '(no id)'} — {prompt[:70]}{mark}"

    def _fill_list(self) -> None:
        if self.list.count() == len(self.model.questions):  # the same rows: rewrite only what changed
            for i in range(self.list.count()):
                if self.list.item(i).text() != self._item_text(i):
                    self._refresh_item(i)
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for i in range(len(self.model.questions)):
            item = QListWidgetItem(self._item_text(i))
            item.setToolTip("\n".join(self.model.problems[i]) or "ready to save")
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)

    def _refresh_item(self, i: int) -> None:
        item = self.list.item(i)
        item.setText(self._item_text(i))
        item.setToolTip("\n".join(self.model.problems[i]) or "ready to save")

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.model.questions):
            self.editor.clear()
            return
        q = self.model.questions[row]
        default = ""  # an optional prompt (a quote's) shows what the student is asked when left empty
        if is_optional(q["type"], "prompt"):
            from studyapp.gui.generate_dialog import shown_questions

            default = shown_questions({**self.model.bank, "questions": [apply_edits(q, {"prompt": ""})]})[0].prompt
        self.editor.load(q, self.model.people_names(), default)
        self.editor.show_judgement(None, self.model.problems[row])
        self._show_source()

    def select_question(self, qid: str) -> bool:
        """Open the Questions tab on `qid`, its first field focused."""
        i = self.model.index_of(qid)
        if i is None:
            return False
        self.tabs.setCurrentIndex(1)
        self.list.setCurrentRow(i)
        self._focus_first_field()
        return True

    def _focus_first_field(self) -> None:
        """The prompt, or a quote's words (a quote's prompt is optional)."""
        q = self.editor.question
        (self.editor.quote if q is not None and q.get("type") == "quote" else self.editor.prompt).setFocus()

    def _update_status(self) -> None:
        self.bank_problems.setText("\n".join(self.model.bank_problems))
        blocking = self.model.blocking()
        if blocking:
            n = len(blocking)
            self.status.setText(f"Cannot be saved yet ({n} problem{'s' if n != 1 else ''}): " + blocking[0]
                                + (" …" if n > 1 else ""))
        else:
            self.status.setText("Ready to save (Ctrl+S).")

    # -- editing --------------------------------------------------------------------------------

    def _bank_edit(self, setter, name: str, value) -> None:
        if self._filling:
            return
        setter(name, value)
        self._after_whole_change()

    def _people_edited(self) -> None:
        if not self._filling:
            self.model.set_people(parse_people(self.people.toPlainText()))
            self._after_whole_change()
            self._select(self.list.currentRow())  # a quote's speaker list is the people

    def _article_edited(self) -> None:
        if not self._filling:
            self.model.set_article(self.article.toPlainText())
            self.article_pane.set_article(self.model.article)
            self._after_whole_change()
            self._show_source()

    def _show_source(self) -> None:
        q = self.editor.question
        if q is not None:
            self.article_pane.show_source(q.get("source", ""))

    def use_selection_as_source(self) -> None:
        """The text selected in the article pane becomes the selected question's source, word for word."""
        text = self.article_pane.textCursor().selectedText().replace("\u2029", " ").strip()
        if text and self.editor.question is not None:
            self.editor.source_edit.setPlainText(text)  # edited as if typed: judged, and the pane follows

    def _after_whole_change(self) -> None:
        self._fill_list()
        row = self.list.currentRow()
        if 0 <= row < len(self.model.questions):
            self.editor.show_judgement(None, self.model.problems[row])
        self._update_status()

    def _edited(self, fields: dict) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.model.questions):
            return
        before = self.model.problems
        self.model.edit(row, fields)
        if "type" in fields:  # other rows for another type: shown afresh
            self._select(row)
        else:
            self.editor.sync(self.model.questions[row])
            if "source" in fields:
                self._show_source()
        self.editor.show_judgement(None, self.model.problems[row])
        if self.model.problems is not before:  # the whole bank was judged again (an id changed)
            self._fill_list()
        else:
            self._refresh_item(row)
        self._update_status()

    def add_question(self, kind: str) -> None:
        row = self.list.currentRow()
        at = self.model.add(kind, row if row >= 0 else None)
        self._fill_list()
        self.list.setCurrentRow(at)
        self._update_status()
        self._focus_first_field()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.model.questions):
            self.model.remove(row)
            self._fill_list()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self._select(self.list.currentRow())
            self._update_status()

    def move_question(self, delta: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.model.questions):
            to = self.model.move(row, delta)
            self._fill_list()
            self.list.setCurrentRow(to)

    def load_article(self) -> None:
        from studyapp.core.generate.pipeline import read_article
        from studyapp.gui.generate_dialog import ChooseArticleFile

        path = ChooseArticleFile.ask(self)
        if path is None:
            return
        try:
            self.article.setPlainText(read_article(path))
        except StudyAppError as exc:
            self.status.setText(str(exc))

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Check, ask what is needed (keep or reset; where a new bank goes), write, load it back, hand it on."""
        self.model.revalidate()
        self._after_whole_change()
        if self.model.blocking():  # nothing is written: the first problem is shown where it can be fixed
            self.show_first_problem()
            return
        if self.installed_version is not None and not self.model.unsaved():
            self.accept()  # nothing changed: no new version
            return
        try:
            if self.installed_version is None:
                saved = self._save_new()
            else:
                saved = self._save_version()
        except BankError as exc:
            self.problems_dialog = ProblemsDialog(exc.problems[0].path if exc.problems else "The bank",
                                                  [str(p) for p in exc.problems], self)
            self.problems_dialog.open()
            return
        except StudyAppError as exc:
            self.status.setText(str(exc))
            return
        if saved is None:
            return
        self.model.mark_saved()
        self.saved.emit(saved)
        self.accept()

    def show_first_problem(self) -> None:
        if self.model.bank_problems:
            self.tabs.setCurrentIndex(0)
            return
        row = next((i for i, found in enumerate(self.model.problems) if found), None)
        if row is not None:
            self.tabs.setCurrentIndex(1)
            self.list.setCurrentRow(row)
            self.list.setFocus()

    def _save_version(self) -> SavedBank | None:
        version = self.installed_version + 1
        bank = self.model.validated(version=version)
        changed = self.model.changed_ids(bank)
        reset: tuple[str, ...] = ()
        if changed:
            choice = KeepOrReset.ask(changed, self)
            if choice is None:
                return None
            reset = tuple(changed) if choice == KeepOrReset.RESET else ()
        folder = self.edited_folder / f"v{version}"
        if folder.exists():  # left by a save whose install did not happen
            shutil.rmtree(folder)
        saved = self._write(bank, folder / f"{bank.bank.id}.toml", reset)
        for older in self.edited_folder.iterdir():  # the installed copy keeps each version's file; one here
            if older.is_dir() and older != folder:
                shutil.rmtree(older, ignore_errors=True)
        return saved

    def _save_new(self) -> SavedBank | None:
        from studyapp.gui.generate_dialog import SaveBankFile

        self.model.validated(version=1)  # every problem listed before asking where to save
        path = SaveBankFile.ask(f"{self.model.info.get('id') or 'bank'}.toml", self)
        if path is None:
            return None
        bank = self.model.validated(version=1, article_file=f"sources/{path.stem}.txt")
        return self._write(bank, path, ())

    def _write(self, bank, path: Path, reset: tuple[str, ...]) -> SavedBank:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            warnings = write_toml(bank, path, self.model.article.replace("\r\n", "\n"))
        except OSError as exc:
            raise StudyAppError(f"{path}: cannot be written ({exc.strerror}); choose another folder") from None
        load_bank(path)  # the real loader has the last word: BankError lists anything still wrong
        return SavedBank(path, bank.bank.id, reset, tuple(warnings))

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the close button: ask before losing edits."""
        if not self.model.unsaved() or DiscardEdits.ask(self):
            super().reject()


# -- opening from the main window ------------------------------------------------------------------

def open_question_editor(window: MainWindow, bank_id: str, question_id: str | None = None) -> BankEditorDialog | None:
    """Edit an installed bank, `question_id` selected; saving installs the next version."""
    try:
        loaded = window.library.bank_file(bank_id)
    except StudyAppError as exc:
        window.show_error(exc)
        return None
    if loaded is None:
        return None
    dialog = BankEditorDialog(BankEditorModel.of_installed(loaded), loaded.bank.bank.version,
                              window.ctx.dirs.data / EDITED_FOLDER / bank_id, window)
    if question_id:
        dialog.select_question(question_id)
    dialog.saved.connect(lambda saved: install_saved(window, saved))
    window.open_dialog(dialog)
    return dialog


def open_new_bank_editor(window: MainWindow) -> BankEditorDialog:
    """An empty bank; saving writes it where the teacher chooses and installs it."""
    dialog = BankEditorDialog(BankEditorModel.empty(), parent=window)
    dialog.title.setFocus()
    dialog.saved.connect(lambda saved: install_saved(window, saved))
    window.open_dialog(dialog)
    return dialog


def install_saved(window: MainWindow, saved: SavedBank) -> None:
    """Install the saved file through the import pipeline (progress kept by question id), reset the
    schedules the student chose to reset, then show what changed. A sitting of that bank starts again
    on the new version (its questions as they now are). The file is read off the GUI thread, then
    installed on the window's progress writer, as any import is."""
    from studyapp.gui.progress_ops import OpChanges
    from studyapp.gui.workers import run_in_background

    library = window.library
    progress, clock = library.progress, library.clock
    if progress is None:
        return
    studying = window.study is not None and window.current_bank == saved.bank_id \
        and window.page_set.current_is("study_view")

    def read():
        from studyapp.exchange.importing import read_file

        return read_file(saved.path)

    def install(got):
        from studyapp.exchange.importing import install_reads

        [result] = install_reads(progress, [got], clock())
        if result.cause is not None:
            raise result.cause
        if saved.reset and result.report is not None and result.report.status == "updated":
            progress.reset_cards(saved.bank_id, list(saved.reset))
        return result

    def done(result) -> None:
        def refreshed() -> None:  # as an import does: the library redrawn first, then what changed
            library.imported.emit(result)
            if studying and result.report is not None:
                from studyapp.core.session import Mode

                if window.study is not None and window.study.session.mode == Mode.STUDY:
                    window.start_study(saved.bank_id)
                else:
                    window.show_library()

        _after_refresh(library, refreshed)
        library.refresh()

    def failed(exc: BaseException) -> None:
        window.busy.stop()
        library.failed.emit(exc)

    window.busy.start(f"Installing {saved.path.name}…")
    changes = OpChanges(banks=True, reviews=bool(saved.reset))
    run_in_background(read, lambda got: window.writer.run(lambda: install(got), done, failed, changes),
                      failed, window.runner)


def _after_refresh(library, fn) -> None:
    """Call `fn` once the library's next refresh has drawn it; a refresh that fails drops it."""
    def loaded() -> None:
        disconnect()
        fn()

    def disconnect(*_args) -> None:
        library.loaded.disconnect(loaded)
        library.failed.disconnect(disconnect)

    library.loaded.connect(loaded)
    library.failed.connect(disconnect)
