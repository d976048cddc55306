"""News copy that prints its opening words in capitals ("LONDON — THE council …", "A UNION leader has …",
"TEACHERS in Marford have …"): those words are ordinary words, not names. A side is never "GOVERNMENT" or
"TEACHERS" (it is "Government", "Teachers"), and no question prints the shouted words as a student's text.

A word counts when it is written in capitals among the first words of the body's opening sentence (after a
dateline's place), is three letters or more, and the article uses it elsewhere only in lower case: an
abbreviation ("WHO", "NHS") is written in capitals again, or defined in brackets, and stays as it is."""

from __future__ import annotations

import re

from studyapp.core.generate.text import word_count, word_in, word_starts

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .,'’-]{1,40}?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s+")
OPENING_WORDS = 6
# A line that reads as a paragraph (eight words or more), its first word caught
_LONG_LINE = re.compile(r"^(\S+)(?:[ \t]+\S+){7,}", re.MULTILINE)


def shouted_words(body: str) -> set[str]:
    """The capitalised ordinary words of the opening (see the module's note)."""
    head = body[:400]
    dateline = _DATELINE.match(head)
    start = dateline.end() if dateline else 0
    out = _shouted_run(head[start:], body)
    # a tabloid's label line before its opening ("EXCLUSIVE by Ann Roe", then "FURIOUS neighbours have …"): the
    # first line of the body that reads as a paragraph opens the story too
    first = _LONG_LINE.search(body, max(0, body.find("\n")), 1200)
    if first and first.group(1).isupper():
        out |= _shouted_run(body[first.start():first.start() + 400], body)
    return out


def _shouted_run(head: str, body: str) -> set[str]:
    words = _WORD.findall(head)[:OPENING_WORDS]
    out: set[str] = set()
    for k, w in enumerate(words):
        bare = w.strip("’'")
        if len(bare) < 3 or not bare.isupper():
            if out or not bare.isupper():
                break  # the shouted run is over at the first word in ordinary case
            continue  # "A UNION leader": a one-letter word in capitals opens the run
        if word_count(bare, body) > 1 or f"({bare})" in body:
            break  # an abbreviation the article uses again in capitals
        if not _in_ordinary_case(bare, body) and not (
                len(bare) >= 6 and k + 1 < len(words) and words[k + 1][:1].islower()):
            continue  # never written in ordinary case: a name, perhaps ("FURIOUS neighbours": a word of six letters
            # or more before a lower-case word is an ordinary one, where an abbreviation is short)
        out.add(bare)
    return out


def unshouted(name: str, shouted: set[str]) -> str:
    """'GOVERNMENT' -> 'Government', 'THE COUNCIL' -> 'The Council' when every word of it is shouted."""
    words = name.split()
    if not shouted or not words or not all(w in shouted for w in words):
        return name
    return " ".join(w.capitalize() for w in words)


def shouts(text: str, shouted: set[str]) -> bool:
    """Whether a question's text prints a shouted word."""
    return bool(shouted) and any(word_in(w, text) for w in shouted)


def _in_ordinary_case(word: str, body: str) -> bool:
    """Whether the article also writes `word` (in capitals) as a whole word not in capitals ("Union", "union")."""
    lowered = body.lower()
    if len(lowered) != len(body):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in body)  # (keep places in step)
    return any(not body[at:at + len(word)].isupper() for at in word_starts(word.lower(), body, lowered))
