"""The printable quiz: worksheet pages, then the answer key on pages of its own."""

from __future__ import annotations

import re
import unicodedata

import pypdf

from studyapp.core.loader import load_bank
from studyapp.exchange.pdf_quiz import write_quiz_pdf


def _pages(path) -> list[str]:
    reader = pypdf.PdfReader(path)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def test_worksheet_then_answer_key_on_a_new_page(qapp, mini_bank_path, tmp_path):
    bank = load_bank(mini_bank_path).bank
    out = tmp_path / "quiz.pdf"
    write_quiz_pdf(bank, out)
    pages = _pages(out)
    assert len(pages) == 2  # the mini bank fits one worksheet page; the key starts a page
    sheet, key = pages
    assert sheet.startswith("A small bank for tests")
    assert "Answer key" not in sheet
    assert "1. Who said: “We will build the bridge by 2024”?" in sheet
    assert "A. Mayor B. Councillor C. Governor" in sheet
    assert "The mayor promised to build the _____ by 2024." in sheet
    assert "Build the bridge → ________________" in sheet
    assert "Mayor" in sheet and "She is introduced" not in sheet  # no answers on the worksheet
    assert key.startswith("Answer key")
    assert "A. Alice Smith" in key
    assert "In order: The council met → The article was published → The bridge is due" in key
    assert "She is introduced as the mayor." in key


def test_a_long_bank_spans_pages_and_the_key_still_starts_fresh(qapp, geneva_bank_path, tmp_path):
    bank = load_bank(geneva_bank_path).bank
    out = tmp_path / "quiz.pdf"
    write_quiz_pdf(bank, out)
    pages = _pages(out)
    assert len(pages) > 4
    starts = [i for i, p in enumerate(pages) if p.startswith("Answer key")]
    assert len(starts) == 1 and 0 < starts[0] < len(pages) - 1
    assert all("Answer key" not in p for p in pages[: starts[0]])
    assert f"{len(bank.questions)}." in " ".join(pages[starts[0]:])


def test_quiz_export_needs_no_display(tmp_path):
    """On a server (no DISPLAY, no QT_QPA_PLATFORM) the quiz is still written, not a Qt abort."""
    import os
    import subprocess
    import sys

    from pypdf import PdfReader

    from tests.conftest import MINI

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "quiz.pdf"
    done = subprocess.run([sys.executable, "-m", "studyapp", "--data-dir", str(tmp_path / "d"), "export", str(MINI),
                           "--to", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) >= 2


def test_no_question_is_split_across_pages_and_the_key_gives_each_answer_once(qapp, geneva_bank_path, tmp_path):
    """The layout, not only the text: each question's prompt and every option sit on one page, and no
    line cut by a page edge is drawn on two pages."""
    from studyapp.core.bank import choices_of, prompt_of

    bank = load_bank(geneva_bank_path).bank
    out = tmp_path / "quiz.pdf"
    write_quiz_pdf(bank, out)
    # Compared without spaces and ligatures: the PDF's text runs are split and joined as Qt drew them.
    pages = [squeeze(p) for p in _pages(out)]
    key_start = next(i for i, p in enumerate(pages) if p.startswith("Answerkey"))
    sheet, key = pages[:key_start], pages[key_start:]
    for n, q in enumerate(bank.questions, 1):
        opening = squeeze(f"{n}. {prompt_of(bank, q)}")[:40]
        holding = [i for i, page in enumerate(sheet) if opening in page]
        assert len(holding) == 1, (n, opening, holding)  # drawn once: no repeated cut line
        page = sheet[holding[0]]
        tail = page[page.index(opening):]
        following = re.search(rf"\){n + 1}\.", tail)  # the next question follows its topic's ")"
        block = tail[: following.start()] if following else tail
        for letter, choice in zip("ABCDEFGH", choices_of(bank, q) if q.type not in ("order", "match") else []):
            assert squeeze(f"{letter}. {choice}") in block, (n, choice)  # the options did not run onto the next page
        answer_pages = [i for i, page in enumerate(key) if re.search(rf"(^|[^\d]){n}\.[A-Z]?", page)
                        and squeeze(q.explanation)[:30] in page]
        assert len(answer_pages) == 1, (n, answer_pages)  # each answer printed once, on one key page


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
