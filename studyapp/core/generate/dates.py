"""Dated events: every phrase that places something in time, resolved when it can be.

Absolute dates ("18 January 2022", "January 18, 2022", "September 2003", "1984", "2007-2013"),
weekdays, months and relative phrases ("last month", "next summer", "mid-February",
"in the next two weeks", "six months before"). With a publication date, weekdays and relative
phrases become ISO dates (the tense of the sentence says whether "Thursday" is past or coming);
without one, or when a phrase names no definite day, month or year, it is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from studyapp.core.generate.lexicon import MONTH_NAMES, WEEKDAYS
from studyapp.core.generate.text import Article

_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|"
         r"a couple of|several|a|an)")
_UNIT = r"(?:day|week|fortnight|month|year|decade|century)s?"
_SEASON = r"(?:summer|winter|spring|autumn|fall|weekend|season|term|quarter)"
_FUTURE = re.compile(r"\b(?:will|shall|'ll|’ll|is due|are due|is set to|are set to|is to|are to|plans?|planned|"
                     r"expected|scheduled|going to|next|upcoming|coming|would)\b", re.IGNORECASE)
_PAST_HINT = re.compile(r"\b(?:was|were|had|did|said|announced|warned|claimed|met|held|took|made|ruled|"
                        r"last|ago|earlier|previously|\w+ed)\b", re.IGNORECASE)

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy", re.compile(r"(?:\b" + _WD + r",?\s+)?\b(\d{1,2})(?:st|nd|rd|th)?((?:\s*(?:or|and|-|–|to)\s*\d{1,2}"
                       r"(?:st|nd|rd|th)?)?)\s+" + _MON + r"\b(?:,?\s+(\d{4})\b)?")),
    ("mdy", re.compile(r"(?:\b" + _WD + r",?\s+)?\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d))"
                       r"(?:,?\s+(\d{4})\b)?")),
    ("month", re.compile(r"(?:\b(early|mid|late|the end of|the start of|the beginning of|the middle of|last|next|"
                         r"this)[\s-]+)?"
                         r"\b" + _MON + r"\b(?:\s+(\d{4})\b)?")),
    ("year", re.compile(r"(?<![£$€\d,.])\b(?:(early|mid|late|the end of|the start of)[\s-]+)?"
                        r"((?:1[89]|20)\d\d)(s)?\b(?:\s*[-–/]\s*((?:1[89]|20)?\d\d)\b)?(?!\s*(?:%|per\b|,\d))")),
    ("weekday", re.compile(r"(?:\b((?i:last|next|this|on|by|from|until|since|before|after))\s+)?\b" + _WD +
                           r"(?:\s+(morning|afternoon|evening|night))?\b")),
    ("span", re.compile(r"\b(?:in|over|within|during|for)?\s*the\s+(?:next|last|past|coming|previous)\s+(?:" +
                        _NUMW + r"(?:\s+(?:to|or)\s+" + _NUMW + r")?\s+)?(?:couple of\s+|few\s+)?" + _UNIT +
                        r"(?:\s+or\s+so)?", re.IGNORECASE)),
    ("relative", re.compile(r"\b(?:(?:later|earlier)\s+)?(?:this|last|next|the past|the previous|the coming|"
                            r"the following)\s+(?:" + _UNIT + "|" + _SEASON + r")\b", re.IGNORECASE)),
    ("offset", re.compile(r"\b" + _NUMW + r"\s+" + _UNIT + r"\s+(?:ago|before|after|earlier|later)\b"
                          r"(?:\s+(?:the|their|its|his|her|a)\s+\w+(?:\s+(?!and\b|but\b|which\b|who\b|that\b|"
                          r"when\b|as\b)\w+){0,2})?",
                          re.IGNORECASE)),
    ("ordinal", re.compile(r"\b(?:its|the|this|their)\s+(?:final|last|first|opening|closing)\s+(?:day|week|"
                           r"weekend|month|year|days|weeks)\b(?:\s+(?:under|of|since|after)\s+(?:the\s+|its\s+)?"
                           r"(?:new\s+|old\s+|current\s+)?\w+)?", re.IGNORECASE)),
    ("day", re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|"
                       r"this evening)\b", re.IGNORECASE)),
]
_MAY_CONTEXT = re.compile(r"(?:\b(?:in|by|since|until|from|last|next|early|late|mid|of|during|this|before|"
                          r"after)\s+|-)$", re.IGNORECASE)


@dataclass(frozen=True)
class DatedEvent:
    date: str  # ISO (YYYY, YYYY-MM, YYYY-MM-DD, or YYYY/YYYY for a range) or the phrase as written
    as_written: str
    event: str
    evidence: str
    precision: str | None  # day | month | year | None when kept as written
    start: int

    def as_fact(self) -> dict:
        return {"date": self.date, "as_written": self.as_written, "event": self.event, "evidence": self.evidence}


def _nearest_year(month: int, day: int, published: date) -> int:
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        gap = abs((d - published).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else published.year


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _future(sentence: str, at: int | None = None) -> bool | None:
    """Is the event still to come? The cue of tense nearest the date phrase decides; quotes are ignored."""
    text = re.sub(r"[“\"][^”\"]*[”\"]", lambda m: " " * len(m.group()), sentence)
    at = len(text) // 2 if at is None else at
    cues = [(abs(m.start() - at), True) for m in _FUTURE.finditer(text)]
    cues += [(abs(m.start() - at), False) for m in _PAST_HINT.finditer(text)]
    if not cues:
        return None
    return min(cues)[1]


def resolve(kind: str, m: re.Match, sentence: str, published: date | None) -> tuple[str, str | None]:
    """(date value, precision) for one matched phrase."""
    g = m.groups()
    phrase = m.group().strip()
    if kind == "iso":
        try:
            date(int(g[0]), int(g[1]), int(g[2]))
            return phrase, "day"
        except ValueError:
            return phrase, None
    if kind == "dmy":
        day, mon, year = int(g[1]), MONTH_NAMES.index(g[3].lower()) + 1, g[4]
        if year:
            return _safe(int(year), mon, day)
        if published:
            return _safe(_nearest_year(mon, day, published), mon, day)
        return re.sub(r"^" + _WD + r",?\s+", "", phrase), None
    if kind == "mdy":
        mon, day, year = MONTH_NAMES.index(g[1].lower()) + 1, int(g[2]), g[3]
        if year:
            return _safe(int(year), mon, day)
        if published:
            return _safe(_nearest_year(mon, day, published), mon, day)
        return re.sub(r"^" + _WD + r",?\s+", "", phrase), None
    if kind == "month":
        mon, year = MONTH_NAMES.index(g[1].lower()) + 1, g[2]
        if year:
            return _iso(int(year), mon), "month"
        if published:
            rel = (g[0] or "").lower()
            year = _nearest_year(mon, 15, published)
            if rel == "last" and (year, mon) >= (published.year, published.month):
                year -= 1
            elif rel == "next" and (year, mon) <= (published.year, published.month):
                year += 1
            return _iso(year, mon), "month"
        return (phrase if g[0] else g[1]), None  # "mid-February", "last August" keep their modifier
    if kind == "year":
        if g[3]:
            end = g[3] if len(g[3]) == 4 else g[1][:2] + g[3]
            return f"{g[1]}/{end}", None
        if g[2]:
            return phrase, None
        return g[1], "year"
    if kind == "weekday":
        wd = WEEKDAYS.index(g[1].lower())
        if not published:
            return (f"{g[0]} {g[1]}" if g[0] and g[0].lower() in ("last", "next", "this") else g[1]), None
        rel = (g[0] or "").lower()
        delta = (wd - published.weekday()) % 7
        if rel == "next" or (rel not in ("last",) and _future(sentence, m.start()) and rel != "since"):
            d = published + timedelta(days=delta if rel != "next" or delta else 7)
        else:
            back = (published.weekday() - wd) % 7
            if rel == "last" and back == 0:
                back = 7
            d = published - timedelta(days=back)
        return d.isoformat(), "day"
    if kind == "relative" and published:
        low = phrase.lower()
        unit = low.split()[-1]
        step = -1 if " last " in f" {low} " or "previous" in low or "past" in low else (
            1 if "next" in low or "coming" in low or "following" in low else 0)
        if unit == "month":
            y, mth = published.year, published.month + step
            if mth == 0:
                y, mth = y - 1, 12
            if mth == 13:
                y, mth = y + 1, 1
            return _iso(y, mth), "month"
        if unit == "year":
            return _iso(published.year + step), "year"
        if unit == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            sunday = monday + timedelta(days=6)
            if monday.month == sunday.month:
                return _iso(monday.year, monday.month), "month"
        return _strip_prep(phrase), None
    if kind == "day" and published:
        low = phrase.lower()
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(low, 0)
        return (published + timedelta(days=shift)).isoformat(), "day"
    if kind == "offset" and published:
        n = re.match(r"(\d+)\s+(day|month|year)s?\s+ago", phrase, re.IGNORECASE)
        if n:
            k, unit = int(n.group(1)), n.group(2).lower()
            if unit == "day":
                return (published - timedelta(days=k)).isoformat(), "day"
            if unit == "year":
                return _iso(published.year - k), "year"
    return _strip_prep(phrase), None


def _safe(y: int, m: int, d: int) -> tuple[str, str | None]:
    try:
        return date(y, m, d).isoformat(), "day"
    except ValueError:
        return _iso(y, m), "month"


def _strip_prep(phrase: str) -> str:
    return re.sub(r"^(?:on|in|at|by)\s+", "", phrase, flags=re.IGNORECASE)


def _event(sentence: str, phrase: str) -> str:
    text = sentence.replace(phrase + "’s", " ").replace(phrase + "'s", " ").replace(phrase, " ")
    text = re.sub(r"[\"“”]", "", text)
    text = re.sub(r"\b(?:on|in|at|by|since|until|from|during|over|within|for)\s+(?=[,.;]|\s*$)", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    text = re.sub(r"^(?:and|but|so|meanwhile|also|then|on|in|at|by|come)\b,?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:")
    words = text.split()
    if len(words) > 18:
        text = " ".join(words[:18]).rstrip(",;:") + "…"
    text = text.rstrip(".")
    return text[:1].upper() + text[1:]


def find_dates(article: Article, published: date | None = None) -> list[DatedEvent]:
    """Dated events in text order; page furniture is skipped, photo captions are not."""
    out: list[DatedEvent] = []
    for sent in article.sentences:
        if sent.furniture:
            continue
        taken: list[tuple[int, int]] = []
        found: list[DatedEvent] = []
        for kind, rx in _PATTERNS:
            for m in rx.finditer(sent.text):
                a, b = m.span()
                phrase = m.group().strip()
                if not phrase:
                    continue
                a = a + (len(m.group()) - len(m.group().lstrip()))
                if any(a < y and b > x for x, y in taken):
                    continue
                if kind == "month" and m.group(2) == "May" and not m.group(3) and not m.group(1) and \
                        not _MAY_CONTEXT.search(sent.text[:a]):
                    continue
                if kind == "month" and m.group(2) == "March" and a == 0 and not m.group(3):
                    continue
                if kind == "relative" and phrase.lower() in ("this day", "this week's", "this season"):
                    continue
                if kind == "day" and phrase[:1].isupper() and a > 0 and re.match(r"\s+[A-Za-z]", sent.text[b:]):
                    continue  # "the Today programme" is a name, not a day
                if kind == "weekday" and (m.group(1) or "").lower() == "on":
                    phrase = phrase  # keep "on Thursday" as written
                value, precision = resolve(kind, m, sent.text, published)
                taken.append((a, b))
                ev = DatedEvent(value, phrase, _event(sent.text, phrase), sent.text, precision, sent.start + a)
                found.append(ev)
        out.extend(sorted(found, key=lambda e: e.start))
    return out
