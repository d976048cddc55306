"""The part of a question's source worth reading right after answering.

A bank's `source` is a verbatim excerpt, and excerpts cut from news pages carry what the page put
around the story: video-player notices, photo captions and agency credits, "Read more" links. On
the feedback panel that pushed the verdict out of view (a 17-line order source), so the panel shows
the sentences that hold the answer and keeps the whole passage one click away. No Qt: plain text in,
plain text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHORT_ENOUGH = 320  # characters: a source this short is shown whole
MOST_SENTENCES = 4  # an order question's four events may each need their own

# Page furniture, as the generator's core.generate.furniture knows it plus what a pasted page may
# still carry. Not imported from there: that package loads the whole generator (1.1 s measured),
# too much for the first answer of a sitting.
FURNITURE = re.compile(
    r"video player|this video can ?not be played|enable javascript|^media playback is|"
    r"image source|image caption|media caption|getty images|\bvia (?:reuters|afp|ap|getty)\b|"
    r"\b(?:reuters|afp|ap|epa|pa)/|attention editors|this image (?:was|has been)|picture taken|\bhandout\b|"
    r"\(photo:|photo by|^(?:copyright|©)|^(?:read|see) more\b|\bsign up\b|\bclick here\b|^advertisement$|"
    r"\bshare this\b", re.IGNORECASE)
ITEM_BREAK = re.compile(r"\s*(?:→|;)\s*")  # how the answer lists an order's items or a match's pairs
SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[”\"’')\]]*|$)")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
COMMON = frozenset("""a an the and or but of to in on at for by with from as is was were be been are it its that this
these those he she they we you his her their our your who whom which what when where why how not no than then
there here into over after before about said says will would could should has have had do does did i""".split())


@dataclass(frozen=True)
class Excerpt:
    text: str  # what the panel shows first
    shortened: bool  # True when `text` leaves part of the source out


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if w.lower() not in COMMON and len(w) > 1}


def sentences(text: str) -> list[str]:
    """The source's sentences, line breaks counting as ends (a caption is often its own line)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in SENTENCE.findall(line) if s.strip())
    return out


def is_furniture(sentence: str) -> bool:
    return bool(FURNITURE.search(sentence.strip()))


def excerpt(source: str, answer: str, hints: str = "") -> Excerpt:
    """The sentences of `source` that hold `answer` (then `hints`), in their order, without page
    furniture; the whole source when it is short and clean."""
    source = source.strip()
    parts = sentences(source)
    clean = [s for s in parts if not is_furniture(s)]
    if len(source) <= SHORT_ENOUGH and len(clean) == len(parts):
        return Excerpt(source, False)
    if not clean:
        return Excerpt(source, False)
    extra = words(hints)
    chosen: set[int] = set()
    for item in [i for i in ITEM_BREAK.split(answer) if i.strip()] or [answer]:
        wanted = words(item)
        scores = [len(words(s) & wanted) + 0.25 * len(words(s) & extra) for s in clean]
        best = max(range(len(clean)), key=lambda i: (scores[i], -i))
        if scores[best] > 0:
            chosen.add(best)
    if not chosen:
        chosen = {0}
    picked = sorted(chosen)[:MOST_SENTENCES]
    if len(picked) == len(clean) == len(parts):
        return Excerpt(source, False)
    return Excerpt(" … ".join(clean[i] for i in picked), True)
