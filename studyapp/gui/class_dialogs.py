"""The class hub's two windows: joining with a code, and the teacher's report of the class."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from studyapp.gui.plain_label import plain_label


class JoinClassDialog(QDialog):
    """Paste the join code the teacher gave; the login is kept owner-only in the config folder."""

    def __init__(self, config_dir: Path, parent=None):
        super().__init__(parent)
        self.config_dir = config_dir
        self.setWindowTitle("Join class")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Paste the join code your teacher gave you (it starts with studyapp-class:). "
                                     "Your answers are sent to the class; studying never needs the network."))
        self.code = QLineEdit()
        self.code.setAccessibleName("Join code")
        self.code.setPlaceholderText("studyapp-class:…")
        layout.addWidget(self.code)
        self.problem = plain_label("")
        self.problem.setAccessibleName("Problem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Join")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from studyapp.hub import credentials
        from studyapp.hub.errors import HubError

        try:
            creds = credentials.HubCredentials.from_join_code(self.code.text())
            credentials.save(creds, self.config_dir)
        except (HubError, OSError) as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class ClassReportDialog(QDialog):
    """View → Class: per student, then per question, as the CSV/PDF report has them."""

    def __init__(self, database: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Class {database}")
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.status = plain_label("Reading the class's reviews…")
        layout.addWidget(self.status)
        layout.addWidget(QLabel("Students"))
        self.students = _table()
        layout.addWidget(self.students, 1)
        layout.addWidget(QLabel("Questions, most often wrong first"))
        self.questions = _table()
        layout.addWidget(self.questions, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_report(self, report) -> None:
        from studyapp.hub.report import format_percent, format_when

        self.status.setText(f"{len(report.students)} students; mastery is recall now, per topic")
        head = ["Student", "Last studied", "Reviews", "Questions seen", "Retention %",
                *[f"{t} %" for t in report.topics]]
        _fill(self.students, head, [
            [s.name, format_when(s.last_studied), str(s.reviews), str(s.questions_seen), format_percent(s.retention),
             *[format_percent(s.mastery.get(t)) for t in report.topics]] for s in report.students])
        _fill(self.questions, ["Bank", "Question", "Topic", "Answered by", "Wrong %"], [
            [q.bank_id, q.question_id, q.topic, str(q.answered_by), format_percent(q.share_wrong)] for q in report.questions])

    def show_problem(self, text: str) -> None:
        self.status.setText(text)


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, head: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(head))
    table.setHorizontalHeaderLabels(head)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
