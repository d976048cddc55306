"""A saved web page -> the article as plain text (title line, blank line, paragraphs).

trafilatura finds the story among the menus, footers and adverts; it is in the optional
`generate` extra so the study app itself stays lean. Bylines and credits that survive are
recognised later as page furniture.
"""

from __future__ import annotations

from studyapp.errors import GenerateError


def html_to_text(html: str, where: str = "the page") -> str:
    try:
        import trafilatura
    except ImportError:
        raise GenerateError(
            f"{where}: reading web pages needs the generator's extra; install it with "
            "`pip install 'studyapp[generate]'`, or save the article as plain text (title line, blank line, "
            "body) and pass that instead") from None
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise GenerateError(f"{where}: no article text could be found in this page; save the article as plain "
                            "text (title line, blank line, body) and pass that instead")
    title = (getattr(doc, "title", None) or "").strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    if not title:
        title, lines = lines[0], lines[1:]
    return title + "\n\n" + "\n\n".join(lines) + "\n"
