"""The one editor of a question's fields, for every question type: the generator's review step and the
bank editor (edit an installed question, write a bank from scratch) both use it.

It shows only the fields the question's type has, with an editor that fits each (a line for the key,
a combo of the bank's people for a speaker, one option a line for lists, `left -> right` for pairs),
and reports each change as the fields it sets; the owner keeps the edits and hands the edited question
back through `sync`, which rewrites only widgets whose value differs (a cloze's gap and prompt follow
each other; the widget being typed in is never rewritten under the cursor). With `full=True` (the bank
editor) the id, the source sentence and the tags are editable too, and the generator's score and
checks are left out. All bank and article text is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

from studyapp.core.bank import QUESTION_TYPES, TOPIC_LABELS, TOPICS
from studyapp.core.generate.checks import Review
from studyapp.gui.draft_model import (check_lines, fields_of, is_cloze, key_of, lines_of, options_field, parse_lines,
                                      score_text, value_of, with_key)
from studyapp.gui.plain_label import plain_label
from studyapp.gui.theme import BAD, current_scheme

CLOZE_KEY = ("G&ap:", "The answer the student types into the gap; it is the {{…}} in the prompt")


def _key_label(q: dict) -> tuple[str, str]:
    """The key row's label and tip: the type's (`QuestionType.key_label`), or the gap's for a cloze."""
    return CLOZE_KEY if is_cloze(q) else QUESTION_TYPES[q["type"]].key_label


def _by_person(kind: str) -> bool:
    """Whether the key is one of the bank's people (a quote's speaker): a combo of them, not a line."""
    return QUESTION_TYPES[kind].key_field == "speaker"


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    """Sized in lines of the current text size, so a larger text size keeps what fits."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)  # Tab moves on, as in the rest of the dialog
    margins = 2 * (box.frameWidth() + round(box.document().documentMargin())) + 4
    box.setFixedHeight(lines * box.fontMetrics().lineSpacing() + margins)
    return box


class QuestionEditor(QWidget):
    """Every field of the selected question, its score and checks, and what the loader says of it."""

    edited = Signal(object)  # a dict of the fields the teacher just set

    def __init__(self, parent: QWidget | None = None, full: bool = False):
        super().__init__(parent)
        self.full = full
        self.question: dict | None = None
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 6, 0)
        self.score = plain_label()
        self.score.setAccessibleName("Score of the selected question")
        self.score.setWordWrap(True)
        outer.addWidget(self.score)
        self.checks_label = QLabel("&Why this score:")
        outer.addWidget(self.checks_label)
        self.checks = QListWidget()
        self.checks.setAccessibleName("Checks of the selected question: passed or failed, and why")
        self.checks.setWordWrap(True)
        self.checks_label.setBuddy(self.checks)
        outer.addWidget(self.checks)
        self.problems = plain_label()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Why the edited question cannot be saved yet")
        self.problems.hide()
        outer.addWidget(self.problems)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.topic = QComboBox()
        for t in TOPICS:
            self.topic.addItem(TOPIC_LABELS[t], t)
        self.topic.setAccessibleName("Topic of the selected question")
        self.qid = QLineEdit()
        self.qid.setAccessibleName("Id of the selected question")
        self.qid.setToolTip("Progress is kept by this id: lowercase letters, digits, '.', '_' or '-'")
        self.form.addRow("I&d:", self.qid)
        self.form.setRowVisible(self.qid, full)
        self.qtype = QComboBox()
        for spec in QUESTION_TYPES.specs():
            self.qtype.addItem(spec.label, spec.name)
        self.qtype.setAccessibleName("Type of the selected question")
        self.qtype.setToolTip("Another type keeps the prompt, topic, explanation and source; the rest starts empty")
        self.form.addRow("T&ype:", self.qtype)
        self.form.setRowVisible(self.qtype, full)
        self.form.addRow("T&opic:", self.topic)
        self.prompt = _text_box("Prompt of the selected question", 3)
        self.form.addRow("&Prompt:", self.prompt)
        self.quote = _text_box("Quoted words of the selected question", 3)
        self.form.addRow("&Quote:", self.quote)
        self.reported = QCheckBox("&Reported speech (not quoted word for word)")
        self.reported.setAccessibleName("The quote is reported speech")
        self.form.addRow("", self.reported)
        self.key = QLineEdit()
        self.speaker = QComboBox()
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.setAccessibleName("Speaker of the selected quote")
        key_box = QWidget()
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key)
        key_layout.addWidget(self.speaker)
        self.key_label = QLabel("&Answer:")
        self.form.addRow(self.key_label, key_box)
        self.precision = QComboBox()
        for text, value in (("from the answer", ""), ("day", "day"), ("month", "month"), ("year", "year")):
            self.precision.addItem(text, value)
        self.precision.setAccessibleName("Precision of the date asked for")
        self.form.addRow("Pre&cision:", self.precision)
        self.options = _text_box("Options of the selected question, one a line", 4)
        self.options_label = QLabel("&Choices:")
        self.options_label.setBuddy(self.options)
        self.form.addRow(self.options_label, self.options)
        self.accept = _text_box("Other answers also counted right, one a line", 2)
        self.form.addRow("Also a&ccept:", self.accept)
        self.explanation = _text_box("Explanation of the selected question", 3)
        self.form.addRow("&Explanation:", self.explanation)
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags of the selected question, separated by commas")
        self.form.addRow("Ta&gs:", self.tags)
        self.form.setRowVisible(self.tags, full)
        self.source = plain_label()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setAccessibleName("Source sentence in the article")
        self.form.addRow("Source:", self.source)
        self.form.setRowVisible(self.source, not full)
        self.source_edit = _text_box("Source sentence, word for word from the article", 3)
        self.form.addRow("&Source:", self.source_edit)
        self.form.setRowVisible(self.source_edit, full)
        outer.addStretch(1)
        for widget in (self.score, self.checks_label, self.checks):
            widget.setVisible(not full)

        self.topic.currentIndexChanged.connect(lambda: self._emit({"topic": self.topic.currentData()}))
        self.prompt.textChanged.connect(lambda: self._emit({"prompt": self.prompt.toPlainText()}))
        self.quote.textChanged.connect(lambda: self._emit({"quote": self.quote.toPlainText()}))
        self.reported.toggled.connect(lambda on: self._emit({"reported": on}))
        self.key.textChanged.connect(self._key_edited)
        self.speaker.editTextChanged.connect(self._key_edited)
        self.precision.currentIndexChanged.connect(lambda: self._emit({"precision": self.precision.currentData()}))
        self.options.textChanged.connect(self._options_edited)
        self.accept.textChanged.connect(
            lambda: self._emit({"accept": parse_lines("accept", self.accept.toPlainText())}))
        self.explanation.textChanged.connect(lambda: self._emit({"explanation": self.explanation.toPlainText()}))
        self.qid.textChanged.connect(lambda text: self._emit({"id": text}))
        self.qtype.currentIndexChanged.connect(lambda: self._emit({"type": self.qtype.currentData()}))
        self.source_edit.textChanged.connect(lambda: self._emit({"source": self.source_edit.toPlainText()}))
        self.tags.textChanged.connect(lambda text: self._emit({"tags": split_tags(text)}))
        self.setEnabled(False)

    def focus_chain(self) -> list[QWidget]:
        """Tab order: the fields top to bottom, then the checks that judge them."""
        if self.full:
            return [self.qid, self.qtype, self.topic, self.prompt, self.quote, self.reported, self.speaker, self.key,
                    self.precision, self.options, self.accept, self.explanation, self.tags, self.source_edit]
        return [self.topic, self.prompt, self.quote, self.reported, self.speaker, self.key, self.precision,
                self.options, self.accept, self.explanation, self.checks]

    # -- showing --------------------------------------------------------------------------------

    def load(self, q: dict, people: list[str], default_prompt: str = "") -> None:
        """Show a question: only its type's rows, filled from its fields."""
        self.question = q
        kind = q["type"]
        fields = fields_of(kind)
        options = options_field(kind)
        self._filling = True
        try:
            self.speaker.clear()
            self.speaker.addItems(people)
            self.prompt.setPlaceholderText(default_prompt if _by_person(kind) else "")
            label, tip = _key_label(q)
            self.key_label.setText(label)
            self.key.setAccessibleName(label.replace("&", "").rstrip(":") + " of the selected question")
            self.key.setAccessibleDescription(tip)
            self.key.setToolTip(tip)
            self.key.setVisible(not _by_person(kind))
            self.speaker.setVisible(_by_person(kind))
            self.key_label.setBuddy(self.speaker if _by_person(kind) else self.key)
            if options:
                label, tip = QUESTION_TYPES[kind].options_label
                self.options_label.setText(label)
                self.options.setAccessibleName(label.replace("&", "").rstrip(":") + " of the selected question")
                self.options.setAccessibleDescription(tip)
                self.options.setToolTip(tip)
                self.options.setPlaceholderText("the bank's other people" if _by_person(kind) else "")
            for widget, row_shown in ((self.quote, "quote" in fields), (self.reported, "reported" in fields),
                                      (self.key_label, key_of(q) is not None), (self.precision, "precision" in fields),
                                      (self.options, options is not None), (self.accept, "accept" in fields)):
                self.form.setRowVisible(widget, row_shown)
            self.source.setText(q.get("source", ""))
            self._write(q, force=True)
        finally:
            self._filling = False
        self.setEnabled(True)

    def sync(self, q: dict) -> None:
        """The edited question back: rewrite the widgets that no longer say what it holds."""
        self.question = q
        self._filling = True
        try:
            self._write(q, force=False)
            label = _key_label(q)[0]
            self.key_label.setText(label)
        finally:
            self._filling = False

    def _write(self, q: dict, force: bool) -> None:
        kind = q["type"]

        def text(box: QPlainTextEdit, value: str) -> None:
            if force or box.toPlainText().strip() != value:
                box.setPlainText(value)

        def lines(box: QPlainTextEdit, field: str) -> None:
            if force or parse_lines(field, box.toPlainText()) != value_of(q, field):
                box.setPlainText(lines_of(value_of(q, field)))

        self.topic.setCurrentIndex(max(0, self.topic.findData(q.get("topic"))))
        text(self.prompt, q.get("prompt", ""))
        text(self.quote, q.get("quote", ""))
        self.reported.setChecked(bool(q.get("reported")))
        key = key_of(q) or ""
        if _by_person(kind):
            if force or self.speaker.currentText().strip() != key:
                self.speaker.setEditText(key)
        elif force or self.key.text().strip() != key:
            self.key.setText(key)
        self.precision.setCurrentIndex(max(0, self.precision.findData(q.get("precision", ""))))
        if options_field(kind) is not None:
            lines(self.options, options_field(kind))
        elif force:
            self.options.clear()
        lines(self.accept, "accept")
        text(self.explanation, q.get("explanation", ""))
        if self.full:
            if force or self.qid.text().strip() != q.get("id", ""):
                self.qid.setText(q.get("id", ""))
            self.qtype.setCurrentIndex(max(0, self.qtype.findData(kind)))
            text(self.source_edit, q.get("source", ""))
            if force or split_tags(self.tags.text()) != list(q.get("tags", [])):
                self.tags.setText(", ".join(q.get("tags", [])))

    def clear(self) -> None:
        self.question = None
        self._filling = True
        for box in (self.prompt, self.quote, self.options, self.accept, self.explanation, self.source_edit):
            box.clear()
        self.key.clear()
        self.qid.clear()
        self.tags.clear()
        self._filling = False
        self.source.clear()
        self.score.clear()
        self.checks.clear()
        self.problems.hide()
        self.setEnabled(False)

    def show_judgement(self, review: Review | None, problems: list[str]) -> None:
        """The score, each check passed or failed (and why), and what would stop a save."""
        self.checks.clear()
        if review is not None:
            failed = len(review.failed)
            self.score.setText(f"Score {score_text(review)}: " + (
                "passes every check." if review.passed else
                f"fails {failed} of {len(review.checks)} check{'s' if len(review.checks) != 1 else ''}."))
            for ok, line in check_lines(review):
                item = QListWidgetItem(line)
                item.setToolTip(line)
                item.setData(Qt.ItemDataRole.UserRole, ok)
                if not ok:  # the ✗ says it too: never colour alone
                    item.setForeground(QColor(BAD[current_scheme(QApplication.instance())]))
                self.checks.addItem(item)
        self._fit_checks()
        if problems:
            self.problems.setStyleSheet(f"color: {BAD[current_scheme(QApplication.instance())]}; font-weight: bold;")
            self.problems.setText("Cannot be saved yet: " + "; ".join(problems))
            self.problems.setToolTip("\n".join(problems))
            self.problems.show()
        else:
            self.problems.hide()

    def _fit_checks(self) -> None:
        """As tall as its checks, a failed one's why wrapped, so no check hides behind a scroll bar."""
        width = max(100, self.checks.viewport().width() - 8)
        metrics = self.checks.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        height = sum(metrics.boundingRect(0, 0, width, 10000, flags, self.checks.item(i).text()).height() + 2
                     for i in range(self.checks.count()))
        self.checks.setFixedHeight(min(height + 2 * self.checks.frameWidth() + 6, 240))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_checks()

    # -- editing --------------------------------------------------------------------------------

    def _emit(self, fields: dict) -> None:
        if not self._filling and self.question is not None:
            self.edited.emit(fields)

    def _key_edited(self, *_args) -> None:
        if self._filling or self.question is None:
            return
        text = self.speaker.currentText() if _by_person(self.question["type"]) else self.key.text()
        self._emit(with_key(self.question, text))

    def _options_edited(self) -> None:
        field = options_field(self.question["type"]) if self.question is not None else None
        if field is not None:
            self._emit({field: parse_lines(field, self.options.toPlainText())})


def split_tags(text: str) -> list[str]:
    """The tags line back as the field's list: comma-separated, blanks skipped."""
    return [t.strip() for t in text.split(",") if t.strip()]
