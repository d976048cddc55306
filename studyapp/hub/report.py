"""The teacher's view of the class, read from the hub, and its CSV and PDF forms.

Per student: last studied, reviews, questions seen, retention and mastery by topic. Per question:
the share of the students who answered it whose latest answer was wrong (rated Again).

- retention is "true retention" as in the app's statistics: of the reviews of cards already in
  review, the share not rated Again;
- mastery of a topic is the mean recall now (FSRS retrievability) over the topic's questions in
  the published banks, a question never answered counting 0, as the app's own mastery figure.

Two reads do it: a hash aggregate per student, and each student's latest answer per question read
in order from the covering index `review_latest` (DISTINCT ON, no sort);
see docs/class-hub.md for the numbers at 3,000 students and 300,000 reviews.
"""

from __future__ import annotations

import html
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from studyapp.core.scheduling import Rating, Scheduler, Stage
from studyapp.errors import StudyAppError
from studyapp.exchange.fields import write_neutral_csv
from studyapp.hub.connection import hub_engine, talking_to
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.schema import SCHEMA

FORMATS = (".csv", ".pdf")


@dataclass(frozen=True)
class StudentLine:
    name: str
    role: str
    last_studied: datetime | None
    reviews: int
    questions_seen: int
    retention: float | None
    mastery: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class QuestionLine:
    bank_id: str
    question_id: str
    topic: str
    answered_by: int
    wrong: int

    @property
    def share_wrong(self) -> float:
        return self.wrong / self.answered_by if self.answered_by else 0.0


@dataclass(frozen=True)
class ClassReport:
    database: str
    made_at: datetime
    topics: tuple[str, ...]
    students: tuple[StudentLine, ...]
    questions: tuple[QuestionLine, ...]


# Per student, aggregated before the join (one hash aggregate over the log, no sort).
_STUDENTS = (f"""
WITH per AS (
    SELECT student, max(reviewed_at) AS last, count(*) AS reviews,
           count(*) FILTER (WHERE stage_before = {Stage.REVIEW:d}) AS n_review,
           count(*) FILTER (WHERE stage_before = {Stage.REVIEW:d} AND rating > {Rating.AGAIN:d}) AS ok_review
    FROM {SCHEMA}.review GROUP BY student)
SELECT s.role, s.name, per.last, COALESCE(per.reviews, 0), COALESCE(per.n_review, 0), COALESCE(per.ok_review, 0)
FROM {SCHEMA}.student s LEFT JOIN per ON per.student = s.role ORDER BY s.name""")
# Each student's latest answer to each question, scored in SQL: recall now is FSRS's retrievability
# R = (1 + factor * elapsed_days / stability) ** decay of the state after that answer (0 for a card
# never learnt), as `Scheduler.retrievability` computes it. One pass gives both groupings: per
# (student, topic) the questions seen and their summed recall (topic NULL: a question no longer in
# a live bank, seen but not in mastery), per question how many answered and how many were last wrong.
_SCORED = (f"""
WITH latest AS (
    SELECT DISTINCT ON (student, bank_id, question_id) student, bank_id, question_id, topic, rating, stage_after,
           stability, last_review
    FROM {SCHEMA}.review ORDER BY student, bank_id, question_id, reviewed_at DESC, uid DESC),
class_question AS (
    SELECT * FROM unnest(CAST(:banks AS text[]), CAST(:questions AS text[]), CAST(:topics AS text[]))
        AS q(bank_id, question_id, topic)),
scored AS (
    SELECT l.student, l.bank_id, l.question_id, l.rating, l.topic AS logged_topic, q.topic AS class_topic,
           CASE WHEN q.topic IS NULL OR COALESCE(l.stage_after, {Stage.NEW:d}) = {Stage.NEW:d} OR l.stability IS NULL
                     OR l.last_review IS NULL THEN 0.0
                ELSE power(1 + :factor * greatest(0, floor(extract(epoch FROM
                         (CAST(:now AS timestamptz) - l.last_review)) / 86400)) / l.stability, :decay) END AS recall
    FROM latest l LEFT JOIN class_question q ON q.bank_id = l.bank_id AND q.question_id = l.question_id)
SELECT 's' AS kind, student, NULL AS bank_id, NULL AS question_id, class_topic AS topic, count(*) AS n,
       0 AS wrong, sum(recall) AS recall
FROM scored GROUP BY student, class_topic
UNION ALL
SELECT 'q', NULL, bank_id, question_id, max(COALESCE(class_topic, logged_topic)), count(*),
       count(*) FILTER (WHERE rating = 1), NULL
FROM scored GROUP BY bank_id, question_id""")
_BANKS = (f"SELECT DISTINCT ON (bank_id) bank_id, content, retired FROM {SCHEMA}.bank "
          f"ORDER BY bank_id, version DESC")


def _forgetting_curve(scheduler: Scheduler) -> tuple[float, float]:
    """(factor, decay) of FSRS-6's forgetting curve for the scheduler's parameters."""
    import fsrs

    parameters = scheduler.settings.fsrs_parameters or fsrs.scheduler.DEFAULT_PARAMETERS
    decay = -float(parameters[20])
    return 0.9 ** (1 / decay) - 1, decay


def class_report(creds: HubCredentials, scheduler: Scheduler, now: datetime) -> ClassReport:
    factor, decay = _forgetting_curve(scheduler)
    engine = hub_engine(creds)
    try:
        with talking_to(creds, "read the class's reviews"), engine.begin() as conn:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")  # one snapshot
            conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")  # the latest-answer sort stays in memory
            banks = conn.execute(text(_BANKS)).all()
            question_topic = _class_questions(creds, banks)
            keys = list(question_topic)
            students = conn.execute(text(_STUDENTS)).all()
            scored = conn.execute(text(_SCORED), {
                "banks": [b for b, _ in keys], "questions": [q for _, q in keys],
                "topics": [question_topic[k] for k in keys], "factor": factor, "decay": decay, "now": now}).all()
    finally:
        engine.dispose()
    per_topic: dict[str, int] = defaultdict(int)
    for topic in question_topic.values():
        per_topic[topic] += 1
    topics = tuple(sorted(per_topic))
    recall: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen: dict[str, int] = defaultdict(int)
    questions = []
    for kind, student, bank_id, question_id, topic, n, wrong, summed in scored:
        if kind == "s":
            seen[student] += int(n)
            if topic is not None:
                recall[student][topic] = float(summed)
        else:
            questions.append(QuestionLine(bank_id, question_id, topic, int(n), int(wrong)))
    lines = tuple(
        StudentLine(name, role, last, reviews, seen[role], ok / n if n else None,
                    {t: recall[role][t] / per_topic[t] for t in topics})
        for role, name, last, reviews, n, ok in students)
    questions.sort(key=lambda x: (-x.share_wrong, x.bank_id, x.question_id))
    return ClassReport(creds.database, now, topics, lines, tuple(questions))


def _class_questions(creds: HubCredentials, banks) -> dict[tuple[str, str], str]:
    """(bank id, question id) -> topic, from the latest published version of each live bank."""
    out: dict[tuple[str, str], str] = {}
    for bank_id, content, retired in banks:
        if retired:
            continue
        try:
            for q in tomllib.loads(content).get("questions", []):
                out[(bank_id, q["id"])] = q["topic"]
        except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
            raise StudyAppError(f"class hub {creds.where()}: bank {bank_id!r} as published cannot be read ({exc}); "
                                "publish it again") from None
    return out


def write_report(report: ClassReport, path: Path | str) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise StudyAppError(f"{path}: a class report is written as {' or '.join(FORMATS)}; give a file name ending "
                            "in one of them")
    try:
        if path.suffix.lower() == ".csv":
            _write_csv(report, path)
        else:
            _write_pdf(report, path)
    except OSError as exc:
        raise StudyAppError(f"{path}: the report cannot be written ({exc.strerror}); check the folder") from None
    return path


def format_percent(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def format_when(x: datetime | None) -> str:
    return "" if x is None else x.isoformat(timespec="seconds")


def csv_rows(report: ClassReport) -> tuple[list[str], list[dict[str, str]]]:
    """One table: a row per student (section "student"), then a row per question (section "question")."""
    mastery = [f"mastery {t} %" for t in report.topics]
    head = ["section", "student", "last_studied", "reviews", "questions_seen", "retention %", *mastery,
            "bank", "question", "topic", "answered_by", "wrong", "share_wrong %"]
    rows = []
    for s in report.students:
        row = {"section": "student", "student": s.name, "last_studied": format_when(s.last_studied),
               "reviews": str(s.reviews), "questions_seen": str(s.questions_seen), "retention %": format_percent(s.retention)}
        row.update({m: format_percent(s.mastery.get(t)) for m, t in zip(mastery, report.topics)})
        rows.append(row)
    for q in report.questions:
        rows.append({"section": "question", "bank": q.bank_id, "question": q.question_id, "topic": q.topic,
                     "answered_by": str(q.answered_by), "wrong": str(q.wrong), "share_wrong %": format_percent(q.share_wrong)})
    return head, rows


def _write_csv(report: ClassReport, path: Path) -> None:
    head, rows = csv_rows(report)
    write_neutral_csv(path, head, rows)  # student names, topics and prompts are no formulas


def report_html(report: ClassReport) -> str:
    e = html.escape
    topics = "".join(f"<th>{e(t)}</th>" for t in report.topics)
    out = [f"<h1>Class {e(report.database)}</h1><p>{e(format_when(report.made_at))}; mastery is recall now, per topic.</p>",
           f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>Student</th><th>Last studied</th><th>Reviews</th>"
           f"<th>Questions seen</th><th>Retention %</th>{topics}</tr>"]
    for s in report.students:
        cells = "".join(f"<td>{format_percent(s.mastery.get(t))}</td>" for t in report.topics)
        out.append(f"<tr><td>{e(s.name)}</td><td>{e(format_when(s.last_studied))}</td><td>{s.reviews}</td>"
                   f"<td>{s.questions_seen}</td><td>{format_percent(s.retention)}</td>{cells}</tr>")
    out.append("</table><h2>Questions the class gets wrong</h2><table border='1' cellspacing='0' cellpadding='3'>"
               "<tr><th>Bank</th><th>Question</th><th>Topic</th><th>Answered by</th><th>Wrong %</th></tr>")
    for q in report.questions:
        out.append(f"<tr><td>{e(q.bank_id)}</td><td>{e(q.question_id)}</td><td>{e(q.topic)}</td>"
                   f"<td>{q.answered_by}</td><td>{format_percent(q.share_wrong)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _write_pdf(report: ClassReport, path: Path) -> None:
    """A4 PDF through Qt's text document, like the student's progress report (Qt loads only here)."""
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtCore import QMarginsF

    owned = QGuiApplication(["studyapp", "-platform", "offscreen"]) if QGuiApplication.instance() is None else None
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Class report: {report.database}")
    writer.setCreator("studyapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 10pt; } td, th { font-size: 9pt; }")
    doc.setHtml(report_html(report))
    doc.print_(writer)
    del writer
    del owned
    if not path.is_file():
        raise StudyAppError(f"{path}: the PDF could not be written; check the folder exists and is writable")
