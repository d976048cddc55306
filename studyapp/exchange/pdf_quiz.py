"""A printable quiz: the questions as a worksheet, then an answer key starting on a new page.

Made with Qt's own PDF writer (QPdfWriter + QTextDocument), so no extra library is needed and it
works headless (QT_QPA_PLATFORM=offscreen). Qt is imported here only, lazily, so the rest of the
exchange package stays usable without a display.

Pages are laid out here, one block per question: QTextDocument.print_() cuts its pages anywhere,
which split a question's options across two pages and drew a line cut by the page edge on both
pages (the key then showed that answer twice). A block that does not fit the rest of a page starts
the next one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.bank import QUESTION_TYPES, TOPIC_LABELS, Bank, answer_of, answer_text, choices_of, prompt_of, quoted

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
RESOLUTION = 300  # dots per inch of the page layout: fine enough that block positions do not show
BODY_POINTS = 11
GAP_POINTS = 8  # between two blocks


@dataclass(frozen=True)
class Block:
    """A piece of rich text kept whole on one page; `new_page` starts it on a fresh page."""

    html: str
    new_page: bool = False


def quiz_blocks(bank: Bank) -> list[Block]:
    """The worksheet, then the answer key on a new page: the title, then one block per question."""
    e = html.escape
    info = bank.bank
    src = info.source
    byline = ", ".join(x for x in (src.publisher, src.published.isoformat() if src.published else "") if x)
    blocks = [Block(f"<h1>{e(info.title)}</h1>"
                    f"<p><i>From “{e(src.title)}”{' — ' + e(byline) if byline else ''}.</i></p>"
                    "<p>Name: ______________________________ &nbsp;&nbsp; Date: ______________</p>")]
    for n, q in enumerate(bank.questions, 1):
        blocks.append(Block(f"<p><b>{n}.</b> {_br(prompt_of(bank, q))} <small>({e(TOPIC_LABELS[q.topic])})</small>"
                            f"</p>{_work_area(bank, q)}"))
    blocks.append(Block(f"<h1>Answer key</h1><p><i>{e(info.title)} (version {info.version})</i></p>", new_page=True))
    for n, q in enumerate(bank.questions, 1):
        blocks.append(Block(f"<p><b>{n}.</b> {_answer(bank, q)}<br/>{_br(q.explanation)}<br/>"
                            f"<small>Source: {_br(quoted(q.source))}</small></p>"))
    return blocks


def quiz_html(bank: Bank) -> str:
    """The whole quiz as one piece of rich text (for a preview; the PDF is laid out by blocks)."""
    return "\n".join(('<h1 style="page-break-before: always"></h1>' if b.new_page else "") + b.html
                     for b in quiz_blocks(bank))


def write_quiz_pdf(bank: Bank, path: Path | str) -> None:
    """Write the quiz as an A4 PDF; creates a QGuiApplication when none is running (the CLI)."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    # Fonts need a GUI application. The CLI makes its own on the offscreen platform: a quiz needs no
    # display, and without one (a server, ssh) Qt's default platform would abort the process.
    owned = QGuiApplication(["studyapp", "-platform", "offscreen"]) if QGuiApplication.instance() is None else None
    writer = QPdfWriter(str(path))
    writer.setTitle(bank.bank.title)
    writer.setCreator("studyapp")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    font = QFont()
    font.setPointSize(BODY_POINTS)
    footer = round(2.2 * BODY_POINTS * RESOLUTION / 72)  # room for the page number
    gap = round(GAP_POINTS * RESOLUTION / 72)
    height = area.height() - footer

    def laid_out(block: Block) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(block.html)
        doc.setTextWidth(area.width())
        return doc

    painter = QPainter(writer)
    page, y = 1, 0.0

    def number_page() -> None:
        painter.save()
        painter.setFont(font)
        painter.drawText(QRectF(0, height, area.width(), footer), Qt.AlignmentFlag.AlignCenter, str(page))
        painter.restore()

    try:
        for block in quiz_blocks(bank):
            doc = laid_out(block)
            tall = doc.size().height()
            if y > 0 and (block.new_page or y + tall > height):
                number_page()
                writer.newPage()
                page, y = page + 1, 0.0
            painter.save()
            painter.translate(QPointF(0, y))
            doc.drawContents(painter)  # a block taller than a page (rare) runs into the footer room
            painter.restore()
            y += tall + gap
        number_page()
    finally:
        painter.end()
    del writer  # the file is finished when the writer goes away
    del owned


def _work_area(bank: Bank, q) -> str:
    e = html.escape
    spec = QUESTION_TYPES.of(q)
    choices = choices_of(bank, q)
    lefts = spec.lefts(bank, q)
    if lefts:
        rows = "".join(f"<li>{e(a)} → ________________</li>" for a in lefts)
        return f"<ul>{rows}</ul><p>Choose from: {e(', '.join(choices))}</p>"
    if spec.sequence:
        items = "".join(f"<li>____ &nbsp;{e(x)}</li>" for x in choices)
        return f"<p>Number them 1 to {len(choices)} in time order:</p><ul>{items}</ul>"
    if choices:
        return "<p>" + "<br/>".join(f"{LETTERS[i]}. {e(c)}" for i, c in enumerate(choices)) + "</p>"
    if q.self_graded:  # recalled, not typed: room for a longer answer
        return "<p>Answer: ______________________________________________</p><p>&nbsp;</p>"
    return "<p>Answer: ______________________________</p>"


def _answer(bank: Bank, q) -> str:
    e = html.escape
    spec = QUESTION_TYPES.of(q)
    if spec.sequence:
        return "In order: " + e(answer_text(bank, q))
    if spec.lefts(bank, q):
        return e(answer_text(bank, q))
    answer = answer_of(bank, q)
    choices = choices_of(bank, q)
    if choices and answer in choices:
        return f"<b>{LETTERS[choices.index(answer)]}. {e(answer)}</b>"
    return f"<b>{e(answer_text(bank, q))}</b>"


def _br(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")
