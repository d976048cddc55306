"""Browse's search language, parsed into plain terms (no Qt, no SQL): Anki's search, cut to what a
question bank has.

    blinken geneva            both words, anywhere in the prompt, the key or the source sentence
    "difficult issues"        the words together, as written (quotes)
    -lavrov                   not containing it (a leading minus negates any term)
    bank:geneva*              bank id or title; * matches any run of characters
    topic:dates  type:quote   a topic id; a question type (quote, choice, typed, date, order, match, flash)
    id:quote-*                the question id
    is:due is:new is:learn is:review is:suspended is:buried is:leech is:flagged is:changed
    flag:1 … flag:4, flag:0   a flag colour (1 red, 2 orange, 3 green, 4 blue), or no flag

Terms are ANDed, as in Anki. Matching is case-insensitive (text is casefolded here and when it is
stored). `storage.browse_query` turns a `SearchQuery` into SQL; the GUI and `studyapp find`
share both, so Browse and the command line always agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.bank import QUESTION_TYPES
from studyapp.core.card import LEECH_THRESHOLD
from studyapp.errors import StudyAppError

FIELDS = ("bank", "topic", "type", "id", "is", "flag")
STATES = ("due", "new", "learn", "review", "suspended", "buried", "leech", "flagged", "changed")
FLAGS = {0: "no flag", 1: "red", 2: "orange", 3: "green", 4: "blue"}
LEECH_LAPSES = LEECH_THRESHOLD  # Anki's default leech threshold

# field:value where the field is letters; "10:30" stays a word.
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)


class SearchQueryError(StudyAppError):
    """A search the language does not allow; the message says what to write instead."""


@dataclass(frozen=True)
class Term:
    """One condition. `field` None: `value` is text to find in the prompt, key or source sentence."""

    field: str | None
    value: str
    negated: bool = False


@dataclass(frozen=True)
class SearchQuery:
    text: str
    terms: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.terms


def parse(text: str) -> SearchQuery:
    """The search as terms; raises SearchQueryError naming the part that is wrong."""
    return SearchQuery(text, tuple(_term(raw, negated, words) for raw, negated, words in _tokens(text)))


def _tokens(text: str):
    """(text, negated, words only) per term: split on spaces outside double quotes; quotes group
    words and may follow a field (`bank:"my bank"`); a term that opens with a quote is words
    even with a colon in it; a leading '-' negates."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        start, parts, quoted = i, [], False
        while i < n and not text[i].isspace():
            if text[i] in "\"“”":
                close = _closing(text, i)
                if close < 0:
                    raise SearchQueryError(f"search: the quote opened at character {i + 1} is not closed; "
                                           "add a closing \" (or remove the quote)")
                parts.append(text[i + 1:close])
                quoted = True
                i = close + 1
            else:
                parts.append(text[i])
                i += 1
        raw = "".join(parts)
        if not raw and not quoted:
            raise SearchQueryError(f"search: a lone '-' at character {start}; write -word to leave out questions "
                                   "with that word")
        if raw:
            yield raw, negated, text[start] in "\"“”"


def _closing(text: str, i: int) -> int:
    closers = "\"”" if text[i] in "\"“" else "\"”"
    for j in range(i + 1, len(text)):
        if text[j] in closers:
            return j
    return -1


def _term(raw: str, negated: bool, words: bool) -> Term:
    m = None if words else _FIELD.fullmatch(raw)
    if m is None:
        return Term(None, raw.casefold(), negated)
    field, value = m.group(1).lower(), m.group(2)
    if field not in FIELDS:
        raise SearchQueryError(
            f"search: {field + ':'!r} is not a search field; use one of "
            f"{', '.join(f + ':' for f in FIELDS)}, or put the text in quotes to search for it as words")
    if not value:
        raise SearchQueryError(f"search: {field}: needs a value, like {_EXAMPLES[field]}")
    value = value.casefold()
    if field == "type" and value not in QUESTION_TYPES:
        raise SearchQueryError(f"search: type:{value} is not a question type; use one of "
                               + ", ".join(f"type:{t}" for t in QUESTION_TYPES))
    if field == "is" and value not in STATES:
        raise SearchQueryError(f"search: is:{value} is not known; use one of " + ", ".join(f"is:{s}" for s in STATES))
    if field == "flag":
        if not (value.isdigit() and int(value) in FLAGS):
            raise SearchQueryError(f"search: flag:{value} is not a flag; use flag:1 (red), flag:2 (orange), "
                                   "flag:3 (green), flag:4 (blue), or flag:0 for no flag")
        value = str(int(value))
    return Term(field, value, negated)


_EXAMPLES = {"bank": "bank:geneva-talks-2022 or bank:geneva*", "topic": "topic:dates", "type": "type:quote",
             "id": "id:quote-*", "is": "is:due", "flag": "flag:1"}


__all__ = ["FIELDS", "FLAGS", "LEECH_LAPSES", "STATES", "SearchQuery", "SearchQueryError", "Term", "parse"]
