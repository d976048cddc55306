"""Bank text as the GUI may show it: plain text escaped, or the rare rich field sanitised.

Bank text is plain unless a field is documented as rich (none is yet). Plain text goes into a
rich widget only through `escape`. A rich field goes through `sanitise`: nh3 (ammonia) keeps a
small allowlist of formatting tags, drops every attribute but an image's `src`/`alt`, drops links
(a bank must not open anything) and any image that is not a file inside the bank's own folder
within the size limits (`limits.check_image`), so drawing it cannot read elsewhere or go online.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nh3

from studyapp.core.limits import ImageRefused, check_image

RICH_TAGS = frozenset({"b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "p", "ul", "ol", "li", "code",
                       "img"})


_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\bsrc=)[^>]*>")


def escape(text: str) -> str:
    """Plain text for a rich-text widget: markup shown as written, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """Bank text for a tooltip. Qt shows a tooltip as rich text whenever it looks like markup, so
    plain text is escaped and wrapped, and an <img> in a bank is shown, not loaded."""
    return f"<p>{escape(text)}</p>"


def sanitise(markup: str, bank_folder: Path | str | None = None) -> str:
    """Allowlisted formatting only; images only from `bank_folder` (none at all without one)."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag != "img":
            return None
        if attribute == "alt":
            return value
        if attribute == "src" and bank_folder is not None:
            try:
                check_image(Path(bank_folder), value)
            except ImageRefused:
                return None
            return value
        return None

    cleaned = nh3.clean(markup, tags=set(RICH_TAGS), attributes={"img": {"src", "alt"}}, attribute_filter=keep,
                        clean_content_tags={"script", "style"}, url_schemes=set(), link_rel=None,
                        strip_comments=True)
    # An <img> whose src was refused is dropped rather than left as an empty box (nh3's output is
    # normalised HTML, so this pattern sees every tag as written).
    return _IMG_WITHOUT_SRC.sub("", cleaned)
