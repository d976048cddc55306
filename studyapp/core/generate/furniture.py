"""Page furniture: the bits of a web page that are not the story.

Video-player notices, agency credits, bylines and "Source Article" links would otherwise turn
up as facts. Captions themselves are kept: they often carry the dates of the pictured events.
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"^please use .{0,40}browser",
    r"video player",
    r"^media playback is",
    r"^source article\b",
    r"^(?:image|photo|picture|video) (?:caption|copyright|source|credit)",
    r"^picture taken\b",
    r"^(?:read|see) more\b",
    r"^(?:follow|share|subscribe|sign up|click|watch|listen)\b.{0,60}$",
    r"^advertisement$",
    r"^[Bb]y [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:,.*)?$",
    r"\b(?:REUTERS|AFP|AP|Getty Images|PA|EPA|Shutterstock)/",
    r"(?:handout )?via (?:REUTERS|AFP|AP|Getty)\b",
    r"\bATTENTION EDITORS\b",
    r"\bTHIS IMAGE (?:WAS|HAS BEEN)\b",
    r"^\(?(?:photo|picture|image|pic)s?:\s*(?:\S+\s*){0,5}\)?$",  # a credit; a longer caption is kept
    r"^(?:copyright|©)",
    r"^(?:updated|published|last updated)\s*:?\s*\d",
]
# Patterns that name agencies or shout in capitals must match case; the rest ignore it.
_CASED = {r"^[Bb]y [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:,.*)?$", r"\bATTENTION EDITORS\b",
          r"\bTHIS IMAGE (?:WAS|HAS BEEN)\b", r"\b(?:REUTERS|AFP|AP|Getty Images|PA|EPA|Shutterstock)/",
          r"(?:handout )?via (?:REUTERS|AFP|AP|Getty)\b"}
_RX = [re.compile(p, 0 if p in _CASED else re.IGNORECASE) for p in _PATTERNS]


def is_furniture(sentence: str) -> bool:
    """True for a sentence that belongs to the page around the story, not to the story."""
    s = sentence.strip()
    if not s:
        return True
    letters = [c for c in s if c.isalpha()]
    if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    return any(rx.search(s) for rx in _RX)
