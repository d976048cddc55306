"""The article as offsets: title, paragraphs and sentences, each knowing where it sits.

Every later stage works on character offsets into one body string, so evidence handed back is
always a verbatim slice of the article and quotes can be matched to the sentences around them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from studyapp.core.generate.furniture import is_furniture, is_subhead, masthead
from studyapp.core.generate.pacing import Pacer

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "capt", "sgt", "rev", "hon",
           "gov", "sen", "rep", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est",
           "smt", "shri", "sri", "kum", "cllr",
           # titles of rank, office and the church written with a full stop ("Det. Sgt. Ann Lee", "Ald. Jo Ng")
           "maj", "adm", "supt", "insp", "det", "brig", "fr", "cpl", "pte", "ald", "revd", "msgr", "ven", "cmdr", "cdr",
           "rt", "br", "pres", "mx"}  # Indian honorifics ("Smt. Kavya Rao") and a councillor's title
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+)")
_QUOTE_MARKS = "\"“”"
_NEXT = re.compile(r"\s+(\S)")
_LAST_WORD = re.compile(r"(\S+)$")
# A wire dateline before the story's first sentence: "PORT ALVER, March 14 (Meridian Wire) - ", "OSLO (Reuters) — ",
# "HARBOURTON: ". It says where and by whom the story was filed: marked as page furniture, so that no stage takes
# the place for a party or the agency for a person.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"
                       r"(?:\s*\([^()\n]{1,40}\))?\s*(?::|[—–]|\s-)\s+(?=[\"“A-Z0-9])")

# …and one written in title case, set off by a dash: "Brussels — ", "Port Alver, March 14 (Meridian Wire) – " (a
# colon or a hyphen after a title-case word opens a story sentence as often as a dateline: not taken)
_TITLE_DATELINE = re.compile(r"[A-Z][a-zà-ÿ'’.]+(?:[ -][A-Z][a-zà-ÿ'’.]+){0,2}(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?"
                             r"(?:,?\s+\d{4})?)?(?:\s*\([^()\n]{1,40}\))?\s*[—–]\s+(?=[\"“A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    furniture: bool = False


@dataclass
class Article:
    """`body` is the text after the title; offsets in sentences and paragraphs refer to it."""

    title: str
    body: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    # Lookups bisect over the start offsets (built on first use) so that a long article is not scanned
    # once per quote, name and claim.
    _sent_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _sent_ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _par_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _indexed: tuple[int, int] = field(default=(-1, -1), repr=False, compare=False)

    def _index(self) -> None:
        if self._indexed != (len(self.sentences), len(self.paragraphs)):
            self._sent_starts = [s.start for s in self.sentences]
            self._sent_ends = [s.end for s in self.sentences]
            self._par_starts = [a for a, _ in self.paragraphs]
            self._indexed = (len(self.sentences), len(self.paragraphs))

    def sentence_at(self, pos: int) -> Sentence | None:
        self._index()
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, pos: int) -> int:
        """The first sentence that ends after `pos` (the last one if none does)."""
        self._index()
        i = bisect_right(self._sent_ends, pos)
        return min(i, len(self.sentences) - 1)

    def ended_by(self, pos: int) -> int:
        """How many sentences end at or before `pos`."""
        self._index()
        return bisect_right(self._sent_ends, pos)

    def paragraph_of(self, pos: int) -> int:
        self._index()
        i = bisect_right(self._par_starts, pos) - 1
        if i >= 0 and pos <= self.paragraphs[i][1]:
            return i
        return len(self.paragraphs) - 1


def parse_article(text: str, pace: Pacer | None = None) -> Article:
    """Title on the first non-empty line, then the body; each non-empty line is a paragraph. `pace` is told
    how much text has been read, so a Cancel stops a long article between sentences."""
    pace = pace or Pacer()
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    title, i = "", 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines):
        title = lines[i].strip()
        i += 1
    body = "\n".join(lines[i:])
    article = Article(title=title, body=body)
    lines = [m for m in re.finditer(r"[^\n]+", body) if m.group().strip()]
    # an interview's closing note ("This interview has been edited for length and clarity.") in a paragraph of its own
    # in the last part of the page: what follows it is the page's (a talk's promotion, a book's details, a credit)
    closed = next((k for k, m in enumerate(lines) if k >= len(lines) * 3 // 5 and len(m.group().split()) <= 16 and
                   _CLOSING_NOTE.match(m.group())), None)
    mast = masthead([m.group() for m in lines])  # the writer's name, job and time stamp; a sign-off at the foot
    for k, m in enumerate(lines):
        a = m.start() + (len(m.group()) - len(m.group().lstrip()))
        b = m.end() - (len(m.group()) - len(m.group().rstrip()))
        p = len(article.paragraphs)
        article.paragraphs.append((a, b))
        # the first paragraph of the story: a byline, a "Published …" line or a credit may stand above it, and
        # under a standfirst too a dateline naming its agency ("LONDON (Business Wire) -")
        dateline = _DATELINE.match(body, a, b) if p < 4 or all(x.furniture for x in article.sentences) else None
        if dateline is None and all(x.furniture for x in article.sentences):
            dateline = _TITLE_DATELINE.match(body, a, b)  # "Brussels — The Commission …", "Lyon, March 3 — …"
        if dateline and not all(x.furniture for x in article.sentences) and "(" not in dateline.group():
            dateline = None
        if dateline:
            tag = body[a:dateline.end()].rstrip()
            article.sentences.append(Sentence(a, a + len(tag), tag, p, True))
            a = dateline.end()
        subhead = 0 < k < len(lines) - 1 and is_subhead(m.group(), lines[k - 1].group(), lines[k + 1].group())
        for s, e in split_sentences(body, a, b, pace):
            chunk = body[s:e]
            article.sentences.append(Sentence(s, e, chunk, p, subhead or k in mast or is_furniture(chunk) or
                                              closed is not None and k >= closed))
    return article


_CLOSING_NOTE = re.compile(r"\s*[*_]*(?:This|The)\s+(?:interview|conversation|Q&A|transcript)\s+(?:has\s+been|was)\s+"
                           r"(?:edited|condensed|shortened|lightly\s+edited)\b[^\n]*$", re.IGNORECASE)


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    pace: Pacer | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end]: split after . ! ? (and a closing mark) before a capital or a quote.
    `pace` is told the length of each stretch read, so one enormous paragraph is paced too."""
    end = len(text) if end is None else end
    pace = pace or Pacer()
    read = start
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        pace(stop - read)
        read = stop
        nxt = _NEXT.match(text, stop, end)
        if not nxt:
            continue
        ch = nxt.group(1)
        if not (ch.isupper() or ch.isdigit() or ch in _QUOTE_MARKS + "‘'("):
            continue
        word = _LAST_WORD.search(text, max(cur, m.start() - 60), m.start())
        w = word.group(1) if word else ""
        if m.group().startswith(".") and len(m.group().rstrip("\"”’')]")) == 1:
            bare = w.strip("(\"“‘'").lower()
            if bare in _ABBREV or re.fullmatch(r"(?:[a-z]\.)*[a-z]", bare):
                continue
        spans.append((cur, stop))
        cur = stop + len(nxt.group()) - 1
    pace(end - read)
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans if text[a:b].strip()]


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def word_starts(small: str, big: str, haystack: str | None = None) -> Iterator[int]:
    """Where `small` stands in `big` between word boundaries, as re.finditer(r"\b" + re.escape(small) + r"\b", big)
    would find it, without compiling a pattern per name: a draft compares hundreds of names and options, more distinct
    patterns than the re module keeps, so each was compiled again on every draft. `haystack` is `big` as searched
    (e.g. lower-cased, same length), the boundaries are read from `big`."""
    if not small:
        return
    hay = big if haystack is None else haystack
    first, last = is_word_char(small[0]), is_word_char(small[-1])
    at = hay.find(small)
    while at >= 0:
        end = at + len(small)
        if (at > 0 and is_word_char(big[at - 1])) != first and (end < len(big) and is_word_char(big[end])) != last:
            yield at
        at = hay.find(small, at + 1)


def word_in(small: str, big: str) -> bool:
    """Whether `small` stands in `big` between word boundaries (see `word_starts`)."""
    return next(word_starts(small, big), -1) >= 0


def word_count(small: str, big: str) -> int:
    """How many times `small` stands in `big` between word boundaries (see `word_starts`)."""
    return sum(1 for _ in word_starts(small, big))
