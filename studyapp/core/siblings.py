"""Which questions give each other away: siblings, in Anki's word.

A who-said-it and the cloze on the same quote, a true/false and a choice on the same sentence,
two banks that ask the same question: answering one teaches the other, so seen back to back (or
twice in one exam) the second is no test at all. Anki buries a card's siblings until the next
day; studyapp does the same for every question that shares a mark with one already seen.

A question's marks are the sentences of its `source` (so an excerpt of several sentences is a
sibling of each question on any of them), the words of its quote, and its prompt (the same
question in two banks). Text is compared as a reader would: case, spacing, quote marks and
trailing punctuation do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)
Marks = frozenset[str]

_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+")
_NOT_WORD = re.compile(r"[^\w]+")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def sentences(text: str) -> list[str]:
    """The sentences of `text`, each reduced to its words (empty pieces dropped)."""
    return [p for p in (_plain(s) for s in _SENTENCE_END.split(" ".join(text.split()))) if p]


def marks(question: Any) -> Marks:
    """What a question shares with its siblings; empty for None (a question no longer in its bank)."""
    if question is None:
        return frozenset()
    out = set(sentences(getattr(question, "source", "") or ""))
    quote = getattr(question, "quote", "")
    if quote:
        out.add(_plain(quote))  # a cloze whose source is the quote alone is its sibling
    prompt = getattr(question, "prompt", "")
    if prompt:
        out.add("p:" + _plain(prompt))
    return frozenset(out)


def one_per_group(keys: Iterable[K], marks_of: Callable[[K], Marks], taken: Iterable[str] = (),
                  limit: int | None = None) -> tuple[list[K], list[K]]:
    """(kept, buried): walk `keys` in order and keep each one that shares no mark with the ones
    kept before it (nor with `taken`, the marks of questions already seen), up to `limit`."""
    used = set(taken)
    kept: list[K] = []
    buried: list[K] = []
    for key in keys:
        if limit is not None and len(kept) >= limit:
            break
        m = marks_of(key)
        if m & used:
            buried.append(key)
            continue
        kept.append(key)
        used |= m
    return kept, buried


def spread(keys: Iterable[K], marks_of: Callable[[K], Marks]) -> list[K]:
    """The same keys, reordered so that no two siblings are back to back where that can be helped.

    Greedy and stable: each step takes the first remaining key that shares no mark with the one
    just placed, or the first key when every remaining one does."""
    left, out = list(keys), []
    previous: Marks = frozenset()
    while left:
        pick = next((i for i, k in enumerate(left) if not (marks_of(k) & previous)), 0)
        item = left.pop(pick)
        out.append(item)
        previous = marks_of(item)
    return out


__all__ = ["Marks", "marks", "one_per_group", "sentences", "spread"]
