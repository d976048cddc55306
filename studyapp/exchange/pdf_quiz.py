"""A printable quiz: the questions as a worksheet, then an answer key starting on a new page.

Made with Qt's own PDF writer (QPdfWriter + QTextDocument), so no extra library is needed and it
works headless (QT_QPA_PLATFORM=offscreen). Qt is imported here only, lazily, so the rest of the
exchange package stays usable without a display.
"""

from __future__ import annotations

import html
from pathlib import Path

from studyapp.core.bank import TOPIC_LABELS, Bank, answer_of, choices_of, prompt_of

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def quiz_html(bank: Bank) -> str:
    """The worksheet and the answer key as rich text; the key starts on its own page."""
    e = html.escape
    info = bank.bank
    src = info.source
    byline = ", ".join(x for x in (src.publisher, src.published.isoformat() if src.published else "") if x)
    parts = [f"<h1>{e(info.title)}</h1>",
             f"<p><i>From “{e(src.title)}”{' — ' + e(byline) if byline else ''}.</i></p>",
             "<p>Name: ______________________________ &nbsp;&nbsp; Date: ______________</p>"]
    for n, q in enumerate(bank.questions, 1):
        parts.append(f"<p><b>{n}.</b> {_br(prompt_of(bank, q))} <small>({e(TOPIC_LABELS[q.topic])})</small></p>")
        parts.append(_work_area(bank, q))
    parts.append('<h1 style="page-break-before: always">Answer key</h1>')
    parts.append(f"<p><i>{e(info.title)} (version {info.version})</i></p>")
    for n, q in enumerate(bank.questions, 1):
        parts.append(f"<p><b>{n}.</b> {_answer(bank, q)}<br/>{_br(q.explanation)}<br/>"
                     f"<small>Source: “{_br(q.source)}”</small></p>")
    return "\n".join(parts)


def write_quiz_pdf(bank: Bank, path: Path | str) -> None:
    """Write the quiz as an A4 PDF; creates a QGuiApplication when none is running (the CLI)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    # Fonts need a GUI application. The CLI makes its own on the offscreen platform: a quiz needs no
    # display, and without one (a server, ssh) Qt's default platform would abort the process.
    owned = QGuiApplication(["studyapp", "-platform", "offscreen"]) if QGuiApplication.instance() is None else None
    writer = QPdfWriter(str(path))
    writer.setTitle(bank.bank.title)
    writer.setCreator("studyapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setHtml(quiz_html(bank))
    doc.print_(writer)
    del writer  # the file is finished when the writer goes away
    del owned


def _work_area(bank: Bank, q) -> str:
    e = html.escape
    if q.type == "match":
        lefts = "".join(f"<li>{e(a)} → ________________</li>" for a, _ in q.pairs)
        return f"<ul>{lefts}</ul><p>Choose from: {e(', '.join(choices_of(bank, q)))}</p>"
    if q.type == "order":
        items = "".join(f"<li>____ &nbsp;{e(x)}</li>" for x in choices_of(bank, q))
        return f"<p>Number them 1 to {len(q.items)} in time order:</p><ul>{items}</ul>"
    choices = choices_of(bank, q)
    if choices:
        return "<p>" + "<br/>".join(f"{LETTERS[i]}. {e(c)}" for i, c in enumerate(choices)) + "</p>"
    if q.type == "flash":
        return "<p>Answer: ______________________________________________</p><p>&nbsp;</p>"
    return "<p>Answer: ______________________________</p>"


def _answer(bank: Bank, q) -> str:
    e = html.escape
    answer = answer_of(bank, q)
    if q.type == "order":
        return "In order: " + " → ".join(e(x) for x in answer)
    if q.type == "match":
        return "; ".join(f"{e(a)} → {e(b)}" for a, b in answer)
    choices = choices_of(bank, q)
    if choices and answer in choices:
        return f"<b>{LETTERS[choices.index(answer)]}. {e(answer)}</b>"
    return f"<b>{e(str(answer))}</b>"


def _br(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")
