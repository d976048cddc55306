"""The teacher's progress report, per bank: mastery by topic, retention, time spent, weak questions.

Two forms from the same figures: a CSV (one row per bank, topic and weak question, for a
spreadsheet) and a PDF made with Qt's own writer (QPdfWriter + QTextDocument, as the printable
quiz), so no extra library is needed and it works headless. Qt is imported only when writing
the PDF.

    reports = collect_reports(progress, bank_ids=None, now=now, settings=settings)
    write_progress_report(reports, Path("report.pdf"))     # or .csv
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from studyapp.core.bank import TOPIC_LABELS, prompt_of
from studyapp.core.insight import (
    CardInfo, Mastery, RetentionPoint, ReviewEvent, Struggle, counts_by_state, mastery, study_day, true_retention,
    weak_questions,
)
from studyapp.errors import StudyAppError
from studyapp.exchange.fields import write_neutral_csv

FORMATS = (".pdf", ".csv")
CSV_COLUMNS = ("bank_id", "bank_title", "kind", "name", "questions", "seen", "mature", "recall_pct",
               "retention_pct", "reviews", "minutes", "fails", "leech", "prompt")


@dataclass(frozen=True)
class BankReport:
    bank_id: str
    title: str
    generated: datetime
    questions: int
    states: dict[str, int]
    overall: Mastery
    by_topic: list[Mastery]
    retention_30d: RetentionPoint | None
    retention_all: RetentionPoint | None
    minutes_total: float
    minutes_30d: float
    reviews_total: int
    weak: list[Struggle]
    prompts: dict[str, str] = field(default_factory=dict)  # question id -> prompt, where the bank loaded


def bank_report(bank_id: str, title: str, reviews: Sequence[ReviewEvent], cards: Sequence[CardInfo], now: datetime,
                day_hour: int = 4, tz: tzinfo | None = None, prompts: dict[str, str] | None = None) -> BankReport:
    """One bank's figures; `reviews`/`cards` may hold other banks too, only `bank_id`'s are used."""
    reviews = [r for r in reviews if r.bank_id == bank_id]
    cards = [c for c in cards if c.bank_id == bank_id]
    today = study_day(now, day_hour, tz)
    last30 = [r for r in reviews if (today - study_day(r.reviewed_at, day_hour, tz)).days < 30]
    overall = mastery(cards, reviews, now, "bank", day_hour, tz) or [Mastery(bank_id)]
    return BankReport(
        bank_id=bank_id, title=title, generated=now, questions=len(cards), states=counts_by_state(cards),
        overall=overall[0], by_topic=mastery(cards, reviews, now, "topic", day_hour, tz),
        retention_30d=true_retention(last30, day_hour, tz), retention_all=true_retention(reviews, day_hour, tz),
        minutes_total=sum(r.duration_ms or 0 for r in reviews) / 60000,
        minutes_30d=sum(r.duration_ms or 0 for r in last30) / 60000,
        reviews_total=len(reviews), weak=weak_questions(cards, reviews, now), prompts=dict(prompts or {}),
    )


def collect_reports(progress, bank_ids: Sequence[str] | None, now: datetime, day_hour: int = 4,
                    tz: tzinfo | None = None) -> list[BankReport]:
    """Reports for the given installed banks (all when None); unknown ids are a StudyAppError."""
    from studyapp.core.records import CardKey

    installed = {b.id: b for b in progress.banks()}
    shelf = progress.bank_shelf()  # prompts from each bank's cache: no bank file is parsed
    wanted = list(bank_ids) if bank_ids else list(installed)
    unknown = [b for b in wanted if b not in installed]
    if unknown:
        have = ", ".join(sorted(installed)) or "none"
        raise StudyAppError(f"no bank {unknown[0]!r} is installed (installed: {have}); "
                            "`studyapp banks` lists them")
    reviews = progress.history.review_events(wanted)
    cards = progress.history.card_infos(wanted)
    out = []
    for bank_id in wanted:
        info = installed[bank_id]
        prompts = {}
        try:
            bank = shelf.header(bank_id)
            questions = (shelf.question(CardKey(bank_id, qid)) for qid in shelf.question_ids(bank_id))
            prompts = {q.id: prompt_of(bank, q) for q in questions if q is not None}
        except KeyError:
            pass  # the bank cannot be read: the figures do not need the text; ids are shown instead
        out.append(bank_report(bank_id, info.title, reviews, cards, now, day_hour, tz, prompts))
    return out


def write_progress_report(reports: Sequence[BankReport], path: Path | str) -> Path:
    """Write the report; the extension picks the form (.pdf or .csv)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise StudyAppError(f"{path}: a progress report is written as .pdf or .csv; give a file name ending in one")
    try:
        if suffix == ".csv":
            write_csv(reports, path)
        else:
            write_pdf(reports, path)
    except OSError as exc:
        raise StudyAppError(f"{path}: cannot write the report ({exc.strerror or exc}); choose another folder") from None
    return path


# -- CSV ---------------------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def csv_rows(reports: Sequence[BankReport]) -> list[dict[str, str]]:
    rows = []
    for r in reports:
        def row(kind, name, m: Mastery | None = None, **extra):
            d = {c: "" for c in CSV_COLUMNS}
            d.update(bank_id=r.bank_id, bank_title=r.title, kind=kind, name=name)
            if m is not None:
                d.update(questions=str(m.questions), seen=str(m.seen), mature=str(m.mature),
                         recall_pct=_pct(m.recall), retention_pct=_pct(m.retention), reviews=str(m.reviews),
                         minutes=f"{m.time_ms / 60000:.1f}")
            d.update({k: str(v) for k, v in extra.items()})
            return d
        rows.append(row("bank", r.bank_id, r.overall,
                        retention_pct=_pct(r.retention_30d.rate if r.retention_30d else None)))
        for m in r.by_topic:
            rows.append(row("topic", m.group, m))
        for w in r.weak:
            rows.append(row("weak", w.question_id, None, recall_pct=_pct(w.recall), reviews=w.answers,
                            fails=w.fails, leech="yes" if w.leech else "no", prompt=r.prompts.get(w.question_id, "")))
    return rows


def write_csv(reports: Sequence[BankReport], path: Path) -> None:
    """UTF-8 with a BOM so spreadsheet programs read accents right; retention_pct of the bank row is 30 days."""
    write_neutral_csv(path, CSV_COLUMNS, csv_rows(reports), encoding="utf-8-sig")


# -- PDF ---------------------------------------------------------------------------------------------

def _fmt_pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def report_html(reports: Sequence[BankReport]) -> str:
    e = html.escape
    parts = []
    for i, r in enumerate(reports):
        brk = ' style="page-break-before: always"' if i else ""
        parts.append(f"<h1{brk}>{e(r.title)}</h1>")
        parts.append(f"<p><i>Progress report for bank “{e(r.bank_id)}”, made {r.generated:%d %B %Y %H:%M} UTC.</i></p>")
        ret30 = r.retention_30d
        ret_all = r.retention_all
        parts.append("<h2>Summary</h2><table cellpadding='3' width='100%'>")
        for label, value in (
            ("Questions", str(r.questions)),
            ("Studied at least once", f"{r.overall.seen} of {r.questions}"),
            ("Known for 3 weeks or more (mature)", str(r.overall.mature)),
            ("Expected share right now (recall)", _fmt_pct(r.overall.recall)),
            ("Retention, last 30 days", f"{_fmt_pct(ret30.rate)} of {ret30.reviewed} reviews" if ret30 else "–"),
            ("Retention, all time", f"{_fmt_pct(ret_all.rate)} of {ret_all.reviewed} reviews" if ret_all else "–"),
            ("Answers given", str(r.reviews_total)),
            ("Time spent", f"{r.minutes_total:.0f} min in all, {r.minutes_30d:.0f} min in the last 30 days"),
            ("Leeches (forgotten 8 times or more)", str(r.overall.leeches)),
        ):
            parts.append(f"<tr><td>{e(label)}</td><td><b>{e(value)}</b></td></tr>")
        parts.append("</table>")
        parts.append("<h2>Mastery by topic</h2>")
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>Topic</th><th>Questions</th>"
                     "<th>Studied</th><th>Mature</th><th>Recall now</th><th>Retention</th><th>Answers</th>"
                     "<th>Minutes</th></tr>")
        for m in r.by_topic:
            parts.append(f"<tr><td>{e(TOPIC_LABELS.get(m.group, m.group))}</td><td>{m.questions}</td><td>{m.seen}</td>"
                         f"<td>{m.mature}</td><td>{_fmt_pct(m.recall)}</td><td>{_fmt_pct(m.retention)}</td>"
                         f"<td>{m.reviews}</td><td>{m.time_ms / 60000:.0f}</td></tr>")
        parts.append("</table>")
        parts.append("<h2>Questions still weak</h2>")
        if not r.weak:
            parts.append("<p>None: every question studied is currently well known.</p>")
        else:
            parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>Question</th><th>Topic</th>"
                         "<th>Wrong</th><th>Recall now</th><th>Leech</th></tr>")
            for w in r.weak:
                text = r.prompts.get(w.question_id) or w.question_id
                parts.append(f"<tr><td>{e(text)}<br/><small>{e(w.question_id)}</small></td>"
                             f"<td>{e(TOPIC_LABELS.get(w.topic, w.topic))}</td><td>{w.fails} of {w.answers}</td>"
                             f"<td>{_fmt_pct(w.recall)}</td><td>{'yes' if w.leech else ''}</td></tr>")
            parts.append("</table>")
    if not reports:
        parts.append("<h1>Progress report</h1><p>No banks are installed.</p>")
    return "\n".join(parts)


def write_pdf(reports: Sequence[BankReport], path: Path) -> None:
    """A4 PDF; creates a QGuiApplication when none is running (the CLI)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    # Fonts need a GUI application. The CLI makes its own on the offscreen platform: a report needs no
    # display, and without one (a server, cron, ssh) Qt's default platform would abort the process.
    owned = QGuiApplication(["studyapp", "-platform", "offscreen"]) if QGuiApplication.instance() is None else None
    writer = QPdfWriter(str(path))
    writer.setTitle("Progress report" + (f": {reports[0].title}" if len(reports) == 1 else ""))
    writer.setCreator("studyapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    # QTextDocument.print_ adds 2 cm margins of its own; the writer adds none.
    writer.setResolution(96)  # lay the tables out for screen-sized text: wide columns, 10 pt body
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-size: 10pt; } td, th { font-size: 9pt; } th { background: #eceef1; }")
    doc.setHtml(report_html(reports))
    doc.print_(writer)
    del writer
    del owned
    if not path.is_file():
        raise StudyAppError(f"{path}: the PDF could not be written; check the folder exists and is writable")


__all__ = ["BankReport", "bank_report", "collect_reports", "csv_rows", "report_html", "write_csv", "write_pdf",
           "write_progress_report"]
