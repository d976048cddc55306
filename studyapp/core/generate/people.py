"""Who is in the article: people (full name, role, side, aliases) and the organisations and places.

Names are capitalised runs of words. A run becomes a person when what is left after its titles
("US Secretary of State", "Mr") is two to four name-like words, or one word with a role or a
title in front ("midfielder Edu"). Later mentions ("Mr Blinken", "Blinken", "the foreign
secretary") are aliases and resolve back to the full name as the article introduced it.
"""

from __future__ import annotations

import re
import itertools
import functools
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from studyapp.core.generate.kinds import _lower_word_in, kind_of, named_as_work, read_cues
from studyapp.core.generate.sides import written_as_name
from studyapp.core.generate.described import describes, key_of
from studyapp.core.generate.lexicon import (
    ASCII_CASE_PAIRS, COUNTRIES, DEMONYMS, HONORIFICS, MONTH_NAMES, NOBLE, NOT_NAMES, NOT_PERSON_TITLES, ORG_WORDS,
    PLACE_STARTS, PORTFOLIOS, TITLE_WORDS, WEEKDAYS,
)
from studyapp.core.generate import names
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.text import Article, is_word_char, word_count, word_in, word_starts

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_LINE_OR_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’]?\s)\s*$")
_BORN_BEFORE = re.compile(r"\b[Bb]orn\s+$")

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_TOKEN = re.compile(names.APOSTROPHE_HYPHENATED + r"|(?:[A-Z]\.){2,}|[" + _UP + r"][^\W_][\w\-!&]*(?:['’][^\W\d_]+)?(?:['’]s|(?<=s)['’])?|[" + _UP +
                    r"](?:['’]s)?|[A-Z]['’][A-Z][a-z]+")
# A surname written with a lower-case particle joined to it, inside a name ("Faisal al-Harbi").
_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|de|da|di|du|van|von|le|la|d)['’-]"
                       r"[A-Z][^\W_][\w\-]*(?:['’]s)?")
# A particle joined to a surname standing alone ("al-Harthy said"): the surname of a name introduced with it.
_SURNAME_ALONE = re.compile(r"(?:al|el)-[A-Z][^\W_][\w\-]*(?:['’]s)?")
_WORD = re.compile(r"\S+")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_POSS = re.compile(r"['’]s$")
_PLURAL_POSS = re.compile(r"s['’]$")
# An irregular plural's possessive inside a body's name, before the body's head: "National Fishermen's Federation",
# "the Women's Institute", "Children's Hospital" (a plural possessive, like "Workers’ Union")
_PLURAL_POSS_IN_NAME = re.compile(r"(?:[A-Z][a-z]*men|Women|Children|People)['’]s")
_NAME_HEAD_NEXT = re.compile(r" (?:[A-Z][a-z]+ )?(?:Federation|Union|Association|Institute|Hospital|Trust|League|"
                             r"Society|Party|Guild|Club|Council|Movement|Alliance|Front|Fund|Organi[sz]ation|Network|"
                             r"Forum|Committee|Army|Collective|Co-?operative|Campaign|Coalition|Assembly)\b")
_CONNECT = {"of", "for", "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin",
            "bint", "al", "ibn", "dos", "das", "&"}  # ("Hale & Byrne Bank": one firm's name)
_FUNCTION = {"the", "a", "an", "and", "but", "or", "said", "says", "to", "by", "with", "from", "for", "in", "on",
             "at", "as", "that", "which", "who", "when", "while", "after", "before", "is", "was", "has", "had",
             "have", "be", "been", "will", "would", "its", "his", "her", "their", "it", "he", "she", "they", "of",
             "about", "over", "into", "than", "then", "this", "these", "those", "told", "not", "were", "are"}

# Titles that news copy shortens ("the PM said"): the abbreviation names the same one person.
ROLE_ABBREVIATIONS = {"prime minister": "pm", "chief executive": "ceo", "first minister": "fm",
                      "chief financial officer": "cfo", "chief operating officer": "coo"}


# Letters after a name: a rank, an honour or a generation, never part of the name.
POST_NOMINALS = {"qc", "kc", "san", "mp", "msp", "mep", "mla", "mpp", "mna", "td", "jr", "sr", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "esq",
                 "ii", "iii"}

_BODY_HEADS = {"association", "union", "council", "society", "federation", "club", "trust", "group", "league", "guild",
               "company", "committee", "board", "authority", "alliance", "coalition", "cooperative", "co-operative",
               "chamber", "institute", "foundation", "party", "ltd", "plc", "inc"}
_LEGAL_SUFFIXES = {"ltd", "limited", "plc", "inc", "llc", "llp", "corp", "gmbh", "ag", "sa", "nv", "bv"}

# The kind of organisation a name is introduced with, in lower case right before it ("campaign group Blue Varn").
_ORG_INTRO = re.compile(r"\b(?:group|firm|company|charity|organi[sz]ation|app|platform|campaign|coalition|watchdog|"
                        r"lobby|consultancy|retailer|chain|start-?up|airline|carrier|operator|manufacturer|carmaker|"
                        r"automaker|lender|insurer|broadcaster|"
                        r"newspaper|show|programme|program|series|podcast|magazine|channel|restaurant|bistro)\s+$")
# Words before a name that only address the person ("Smt.", "Sir", "Datuk Seri"): never the role.
_ADDRESSING = HONORIFICS | names.TITLES_BEFORE_GIVEN | names.address_titles_lower()
# A name run found in a sentence costs about as much to resolve as this many characters of text.
RUN_COST = 20

_ABBREVIATED = {"mr", "mrs", "ms", "dr", "prof", "sen", "gov", "rep", "gen", "col", "lt", "sgt", "capt", "st", "rev",
                "hon", "maj", "adm", "supt", "insp", "det", "cllr", "smt", "shri", "sri", "kum", "brig", "fr", "cpl",
                "pte", "ald", "revd", "msgr", "ven", "cmdr", "cdr", "rt", "sr", "br", "pres", "mx"}


@dataclass
class Person:
    name: str
    role: str = ""
    side: str = ""
    aliases: list[str] = field(default_factory=list)
    first: int = 0
    kind: str = "person"  # person | organisation

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Mention:
    """A name in the text: `person` is the resolved full name, or None for an organisation or place."""

    start: int
    end: int
    text: str
    kind: str  # person | org | place | unknown
    person: str | None = None
    possessive: bool = False


@dataclass
class Cast:
    """Everyone the article names, and where each name occurs."""

    people: list[Person]
    mentions: list[Mention]
    orgs: list[str]
    # Built on first use and rebuilt if a list changes length: every quote and claim asks for the
    # names in a stretch of text, so a scan of all mentions each time made long articles quadratic.
    _by_name: dict[str, Person] = field(default_factory=dict, repr=False, compare=False)
    _ordered: list[Mention] = field(default_factory=list, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _indexed: tuple[int, int] = field(default=(-1, -1), repr=False, compare=False)
    # Lookups later stages derive from the mentions, each built once (cleared when the lists change).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def _index(self) -> None:
        if self._indexed == (len(self.people), len(self.mentions)):
            return
        self.memo.clear()
        self._by_name = {}
        for p in self.people:
            self._by_name.setdefault(p.name, p)
        # a stable sort keeps the text order the list was built in for mentions at the same place
        self._ordered = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._ordered]
        self._indexed = (len(self.people), len(self.mentions))

    def derived(self, key: str, build):
        """`build()` once per key while the cast is unchanged: an index a later stage reads for every sentence."""
        self._index()
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]

    def person(self, name: str) -> Person | None:
        self._index()
        return self._by_name.get(name)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        self._index()
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        return [m for m in self._ordered[lo:hi] if m.end <= end]


@dataclass
class _Run:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    possessive: bool


_FIELD_NEXT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:scholar|expert|analyst|specialist|watcher|correspondent|editor|reporter|"
                         r"researcher|historian|economist)s?\b")
_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _field_of(side: str, role: str) -> bool:
    """Whether the role calls its holder a student of the side ("a China scholar"), as a pattern built from the
    side would say, without building one per person: such patterns pushed the fixed ones out of the re module's
    cache, so every draft compiled them all again."""
    at = role.find(side)
    while at >= 0:
        if (at > 0 and is_word_char(role[at - 1])) != is_word_char(side[0]) and _FIELD_NEXT.match(role, at + len(side)):
            return True
        at = role.find(side, at + 1)
    return False


_THE = re.compile(r"\b[Tt]he ")
_ROLE_END = re.compile(r"\b(?!\s+[A-Z])")


def _after_the(text: str) -> dict[str, list[int]]:
    """Where each "the " starts, by the next letter in lower case ("" for one outside ASCII, whose case pairs
    only re knows): a role phrase is then looked for only after the "the"s that can open it."""
    out: dict[str, list[int]] = {}
    for m in _THE.finditer(text):
        c = text[m.end():m.end() + 1]
        out.setdefault(c.lower() if c.isascii() else "", []).append(m.start())
    return out


def _same_but_case(seg: str, phrase: str) -> bool:
    """Whether `seg` is `phrase` with letters in either case, as re.IGNORECASE matches it: ASCII letters compared
    here, any other letter that differs left to re, which knows Unicode's case pairs."""
    if len(seg) != len(phrase):
        return False
    for a, b in zip(seg, phrase):
        if a == b:
            continue
        if a.isascii() and b.isascii():
            if a.lower() != b.lower():
                return False
        elif (a.isascii() or b.isascii()) and a not in ASCII_CASE_PAIRS and b not in ASCII_CASE_PAIRS:
            return False  # "£" is no case of any ASCII letter
        else:
            return bool(re.match(re.escape(phrase), seg, re.IGNORECASE))
    return True


def _the_phrase(text: str, phrase: str, after_the: dict[str, list[int]]) -> list[tuple[int, int]]:
    r"""The spans re.finditer(r"\b[Tt]he (?i:PHRASE)\b(?!\s+[A-Z])", text) finds, without compiling a pattern per
    phrase: patterns built from names and roles pushed the fixed ones out of the re module's cache, so every draft
    compiled them all again."""
    if not phrase or not phrase[0].isascii():
        pattern = r"\b[Tt]he (?i:" + re.escape(phrase) + r")\b(?!\s+[A-Z])"
        return [m.span() for m in re.finditer(pattern, text)]
    n = len(phrase)
    low = phrase.lower()
    out: list[tuple[int, int]] = []
    for start in sorted(after_the.get(low[0], []) + after_the.get("", [])):
        if out and start < out[-1][1]:
            continue  # inside the last one found, as finditer goes on from a match's end
        if _same_but_case(text[start + 4:start + 4 + n], phrase) and _ROLE_END.match(text, start + 4 + n):
            out.append((start, start + 4 + n))
    return out


_MONTHS = frozenset(MONTH_NAMES)
_DAY_NEXT = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.:%\d])")


_BOUNDARY = re.compile(r"\b")
# A nickname in quotation marks inside a name, and what the gap around it looks like ('Marcus "Sonny" Achterberg')
_NICKNAME = re.compile(r"[\"“‘][A-Z][a-z]+[\"”’]")
_NICKNAME_GAP = re.compile(r" [\"“‘][A-Z][a-z]+[\"”’] ")
_NICKNAME_NEXT = re.compile(r" [A-Z]")


@dataclass(frozen=True)
class _Span:
    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def _name_ends(name: str, text: str) -> list[_Span]:
    r"""What re.finditer(re.escape(name) + r"", text) finds, without compiling a pattern per name: such
    patterns pushed the fixed ones out of the re module's cache, so every draft compiled them all again."""
    if not name:
        return [_Span(*m.span()) for m in _BOUNDARY.finditer(text)]
    out: list[_Span] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _BOUNDARY.match(text, end):
            out.append(_Span(at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


_AND_RIGHT = re.compile(r" ([" + _UP + r"][\w'’-]*(?: [" + _UP + r"][\w'’-]*){0,3})(?=( \(([A-Z]{2,})\))?)")


# A campaign named with a call to act ("a campaign group, Bring Back the Tram Lines, said"): set off by commas
# right after the kind of body it is, its 'the' is inside the name
_NAME_SET_OFF = re.compile(r"\b(?:group|campaign|charity|coalition|movement|organi[sz]ation|initiative|network|"
                           r"alliance|petition|body)\s*,\s*$", re.IGNORECASE)
_THE_RIGHT = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*\s*[,(]")


# A campaign named as a call: "Stop the Sell-Off", "Save the Victoria Baths", "Protect the Meadow"
_CAMPAIGN_VERBS = {"Save", "Stop", "Keep", "Protect", "Defend", "Reclaim", "Rescue", "Restore", "Scrap", "Halt", "Ban",
                   "Free", "Fix", "Fund", "Preserve", "Revive", "Reopen", "Block"}
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][\w'’-]*")


def _the_inside_name(text: str, cur: list[tuple[int, int, str]], after: int) -> bool:
    """Whether the 'the' ending at `after` is inside a body's name set off after the kind of body it is, or after
    a campaign's verb ("Stop the Sell-Off")."""
    if len(cur) == 1 and cur[0][2] in _CAMPAIGN_VERBS and _CAPITAL_NEXT.match(text, after):
        return True
    return len(cur) <= 3 and bool(_NAME_SET_OFF.search(text, max(0, cur[0][0] - 40), cur[0][0])) and \
        bool(_THE_RIGHT.match(text, after))


# Before a name: "the" or a lower-case word, so the name does not open its sentence ("the Friends of the Marsh",
# "armed group Sons of the Eastern Passes"), and after "of the" a capitalised word
_LOWER_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[a-z][\w-]*)\s+$")
_PLURAL_HEAD = re.compile(r"[A-Z][a-z]+[^suie\W]s")  # "Sons", "Friends", "Guardians" (not "Jones", "Harris")
_THE_OR_KIND_BEFORE = re.compile(r"(?:\b[Tt]he|\b(?:group|organi[sz]ation|movement|militia|faction|network|campaign|"
                                 r"charity|society|coalition|alliance))\s+$")
_OF_THE_NEXT = re.compile(r"\s+[A-Z][a-z][\w'’-]*")


def _of_the_inside_name(text: str, cur: list[tuple[int, int, str]], after: int) -> bool:
    """Whether the 'the' ending at `after`, in "X of the Y", is inside one body's name: "the Sons of the Eastern
    Passes", "Friends of the Old Mill", "the University of the Highlands". Only one or two name words before "of"
    that are no title ("the Speaker of the House", "Minister of the Interior" are a person's), the name not opening
    its sentence, a capitalised word after "the"."""
    if cur[0][2] == "The" and len(cur) > 1:
        cur = cur[1:]  # ("The Brothers of the Northern Ridge said …" opening a sentence)
    elif len(cur) > 2 or not _LOWER_BEFORE.search(text, max(0, cur[0][0] - 30), cur[0][0]):
        return False
    if len(cur) > 2 or not _OF_THE_NEXT.match(text, after):
        return False
    last = _bare(cur[-1][2]).lower()
    if not (last in _BODY_HEADS or last in ORG_WORDS or last in _FIELD_HEADS or len(cur) == 1 and
            _PLURAL_HEAD.fullmatch(cur[0][2]) and _THE_OR_KIND_BEFORE.search(text, max(0, cur[0][0] - 30), cur[0][0])):
        return False  # "Katrin Vollmer of the Liberal Union": a person and her party, two names
    return not any(_bare(t[2]).lower() in TITLE_WORDS and _bare(t[2]).lower() not in ORG_WORDS or
                   _bare(t[2]) in COUNTRIES or _is_acronym(t[2]) for t in cur)


# Bodies named for the fields they cover ("School of Arts and Sciences", "Department of Health and Social Care")
_FIELD_HEADS = {"faculty", "school", "department", "ministry", "college", "institute", "academy", "division"}
# The second field of a body's name after "and": a plural ("Nurses", "Fisheries", "Surgeons") or a field's noun
_PLURAL_FIELD = re.compile(r"[A-Z][a-z]{2,}[a-rt-z]s")
_FIELDS = frozenset({"health", "care", "culture", "justice", "defence", "defense", "trade", "industry", "science",
                     "technology", "education", "training", "development", "security", "safety", "transport", "energy",
                     "environment", "housing", "planning", "welfare", "sport", "media", "innovation", "enterprise",
                     "agriculture", "tourism", "heritage", "skills", "labour", "labor", "finance", "commerce"})


# The level of a government before a title ("Federal Minister for Arts X", "Provincial Health Minister X")
_LEVEL_WORDS = frozenset({"federal", "national", "provincial", "regional", "municipal", "union", "central", "county"})
# The levels that name no party alone ("Union secretary" is the union's, which a later step names)
_LEVEL_ONLY = _LEVEL_WORDS - {"union", "county", "central"}
# The field a minister's or a commissioner's portfolio names after "for"/"of" ("Minister for Commerce X")
_PORTFOLIO_FIELDS = _FIELDS | PORTFOLIOS | {"arts", "fisheries", "water", "communications", "employment",
                                            "infrastructure", "mines", "mining", "lands", "forests", "forestry",
                                            "women", "children", "youth", "families", "rural", "urban", "affairs",
                                            "telecommunications", "information", "broadcasting", "railways",
                                            "aviation", "shipping", "ports", "roads", "power", "petroleum", "oil",
                                            "gas", "food", "climate", "digital", "equality", "veterans"}


def _and_inside_name(text: str, cur: list[tuple[int, int, str]], after: int) -> bool:
    """Whether the 'and' ending at `after` joins two halves of one body's name ("Dockers and Allied Trades").

    Only when the article uses the whole name more than once, or gives its initials in brackets after it, and a
    word of the name is a body's word: two parties named side by side are otherwise two names."""
    right = _AND_RIGHT.match(text, after)
    if not right:
        return False
    left = [t for t in cur if t[2].lower() not in NOT_NAMES and t[2].lower() not in HONORIFICS]
    if not left or len(left) > 4 or any(_is_acronym(t[2]) for t in left):
        return False
    whole_words = [t[2] for t in left] + ["and"] + right.group(1).split()
    letters = right.group(3)
    if letters:
        caps = "".join(w[0] for w in whole_words if w[:1].isupper())
        with_and = "".join(w[0].upper() for w in whole_words)
        if letters in (caps, with_and):
            return True
    whole = text[left[0][0]:right.end(1)]
    of_at = next((k for k, t in enumerate(cur) if t[2] == "of"), None)
    if of_at and cur[of_at - 1][2].lower() in _FIELD_HEADS and len(cur) - of_at == 2 and \
            len(right.group(1).split()) <= 2 and \
            text.count(right.group(1)) == text.count(whole) and not any(
            _is_acronym(w) or w in COUNTRIES for w in right.group(1).split()):
        return True  # "the Faculty of Arts and Sciences": a field named in two halves; "Sciences" is no one (one
        # field word before 'and': "the Department of Coastal Security and Mira Okafor" are two)
    if of_at and (cur[of_at - 1][2].lower() in _FIELD_HEADS or cur[of_at - 1][2].lower() in _BODY_HEADS) and \
            len(cur) - of_at == 2 and len(right.group(1).split()) == 1 and \
            re.search(r"(?:^|[\s(])[Tt]he\s+$", text[max(0, left[0][0] - 5):left[0][0]]) and \
            (_PLURAL_FIELD.fullmatch(right.group(1)) or right.group(1).lower() in _FIELDS) and \
            not _SAYS_AFTER.match(text, right.end(1)):
        return True  # "the Royal College of Midwives and Nurses", "the Ministry of Health and Social Care" is cut at
        # "Social", but "the Ministry of Agriculture and Fisheries": after "the", a body of two fields is one name
    right_words = right.group(1).split()
    if re.fullmatch(r"[Tt]he ", text[max(0, left[0][0] - 4):left[0][0]]) and len(left) <= 2 and \
            right_words[-1].lower() in _BODY_HEADS and not any(
            t[2].lower() in ORG_WORDS or t[2].lower() in PORTFOLIOS or _is_acronym(t[2]) or t[2] in COUNTRIES or
            text.count(t[2]) != text.count(whole) for t in left):
        return True  # "The Metal and Shipyard Workers' Union said": after "the", words that are no name of their own
        # anywhere in the article and a half that ends in a body's noun are one name, even named once
    if len(left) <= 2 and len(right_words) >= 2 and right_words[-1].lower() in _BODY_HEADS and \
            re.search(r"(?:^|[\s(])[Tt]he\s+$", text[max(0, left[0][0] - 5):left[0][0]]) and \
            not any(w.lower() in _BODY_HEADS or w.lower() in ORG_WORDS or w in COUNTRIES for w in (t[2] for t in left)):
        return True  # "The Bakers and Allied Workers Union said": one "the" before bare words and a body's name
        # after "and" is one body (two would each have their own: "the Bakers' Guild and the Allied Workers Union")
    if len(left) <= 2 and _the_one_and_body(text, left, right):
        return True
    words = {w.lower() for w in whole_words}
    named = any(w in ORG_WORDS or w in PORTFOLIOS or w in _FIRM_ENDS or w in _BODY_HEADS for w in words)
    return named and text.count(whole) >= 2 and not any(w.lower() in TITLE_WORDS for w in
                                                                            whole_words if w.lower() not in ORG_WORDS)


_OPENS_INITIAL = re.compile(r"(?:^|\n|\b(?:said|says|by|" + "|".join(sorted(
    w for w in TITLE_WORDS if re.fullmatch(r"[a-z]+", w))) + r")\s)$")
# The last word of a public body's name: "the Health and Safety Directorate", "the Arbitration and Conciliation Board"
_AND_BODY_HEADS = {"directorate", "board", "executive", "commission", "authority", "service", "agency", "department",
                   "council", "tribunal", "office", "inspectorate", "committee", "institute", "ministry", "union",
                   "federation", "association", "alliance", "society", "league", "guild", "confederation"}


def _the_one_and_body(text: str, left: list[tuple[int, int, str]], right: re.Match) -> bool:
    """'the Health and Safety Directorate', 'the Castlegate Tenants and Residents Union': one or two words after
    'the', 'and', then words ending in a body's word, the words before 'and' never written alone elsewhere: one
    body, not 'Health' beside 'Safety Directorate'."""
    start = left[0][0]
    if not text[max(0, start - 4):start].lower() == "the " or any(
            t[2].lower() in HONORIFICS or _is_acronym(t[2]) or t[2] in COUNTRIES for t in left):
        return False
    tail = right.group(1).split()
    if _no_possessive(tail[-1]).lower() not in _AND_BODY_HEADS:
        return False
    words = text[start:left[-1][1]]
    whole = _no_possessive(text[start:right.end(1)])  # ("the Health and Safety Executive's inspector": the same body)
    return word_count(words, text) == text.count(whole)


def _no_possessive(word: str) -> str:
    for end in ("'s", "’s", "'", "’"):
        if word.endswith(end):
            return word[:-len(end)]
    return word


def _runs(text: str, start: int, end: int) -> list[_Run]:
    out: list[_Run] = []
    cur: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text, start, end):
        raw = m.group()
        c0 = raw[0]
        if raw == "and" and cur and not pending and _and_inside_name(text, cur, m.end()):
            pending.append((m.start(), m.end(), raw))  # "Coastal Survey and Port Security": one body
            continue
        if raw == "the" and cur and len(pending) == 1 and pending[0][2] == "of" and _of_the_inside_name(text, cur, m.end()):
            pending.append((m.start(), m.end(), raw))  # "the Sons of the Eastern Passes": one body
            continue
        if raw == "the" and cur and not pending and _the_inside_name(text, cur, m.end()):
            pending.append((m.start(), m.end(), raw))  # "campaign group, Bring Back the Tram Lines,": one body
            continue
        if not c0.isupper() and c0 not in "\"“”‘([" and raw not in _CONNECT and not (
                cur and ("-" in raw or "'" in raw or "’" in raw)) and not (cur and (  # "ap Rhys", "Mac an tSaoir"
                names.joins_name(cur[-1][2], raw) or names.prefixed_surname((pending or cur)[-1][2], raw))) and not (
                c0 in "ae" and _SURNAME_ALONE.fullmatch(raw.rstrip(".,;:?!"))):
            if cur:  # a lower-case word ends the run (the common case, checked first for speed)
                last = cur[-1]
                if re.search(r"s['’]$", last[2]) and len(last[2]) > 2 and len(cur) >= 2:  # (not "Patients' group")
                    # "Harbour Mills' spokesman": a plural possessive before a lower-case noun ends the name
                    cur[-1] = (last[0], last[1] - 1, last[2][:-1])
                    out.append(_Run(cur[0][0], cur[-1][1], cur, True))
                else:
                    out.append(_Run(cur[0][0], cur[-1][1], cur, False))
            cur, pending = [], []
            continue
        s, e = m.start(), m.end()
        word = raw.strip("\"“”‘(),;:[]")
        if cur and word.lower() in _MONTHS and _DAY_NEXT.match(text, e):
            # "… in Vell, Castrania March 3, 2026": a caption's dateline; the month starts the date, not a name's end
            out.append(_Run(cur[0][0], cur[-1][1], cur, False))
            cur, pending = [], []
            continue
        lead = len(raw) - len(raw.lstrip("\"“”‘(["))
        tm = _TOKEN.fullmatch(word.rstrip(".?!") if not _DOTTED.fullmatch(word) else word) or (
            _TOKEN.fullmatch(word) if word.endswith("!") else None)
        particle = _PARTICLE.fullmatch(word.rstrip(".?!")) or names.prefixed_surname((pending or cur)[-1][2], word) \
            if cur and lead == 0 else _SURNAME_ALONE.fullmatch(word.rstrip(".?!")) if lead == 0 else None
        # ("al-Harbi", "Ó hEochaidh" inside a name; "al-Harbi said" on its own, the surname a reader uses)
        if particle:
            tm = particle
        if particle or tm and word[:1].isupper() and lead == 0 or (tm and word[:1].isupper() and not cur):
            ws = s + raw.find(word[:1]) if word else s
            tok = tm.group()
            if cur and pending:
                cur.extend(pending)
            elif not cur and pending:
                pass
            pending = []
            gap = text[cur[-1][1]:s] if cur else ""
            if cur and not (gap == " " or _NICKNAME_GAP.fullmatch(gap) or (gap == ". " and (cur[-1][2].lower() in _ABBREVIATED or
                                                           re.fullmatch(r"[A-Z]", cur[-1][2]) and (len(cur) > 1 or
                                                           names.initials_open_name(text, cur[-1][0]) or
                                                           _OPENS_INITIAL.search(text, max(0, cur[0][0] - 30),
                                                                                 cur[0][0]))))):
                out.append(_Run(cur[0][0], cur[-1][1], cur, False))
                cur = []
            cur.append((ws, ws + len(tok), tok))
            possessive = bool(_POSS.search(tok)) and tok.lower() not in {"'s", "’s"}
            closes = raw != raw.rstrip(",;:.)?!\"”’") or len(tok) < len(word) or possessive
            if word.endswith("!") and tok.endswith("!"):
                closes = raw != raw.rstrip(",;:.)?\"”’") or possessive
            if raw.endswith(".") and tok.lower() in _ABBREVIATED and raw == tok + ".":
                closes = False  # "Mr. Smith", "Sen. Jones": the full stop marks an abbreviation
            if (_DOTTED.fullmatch(raw) and len(raw) <= 6 or re.fullmatch(r"[A-Z]\.", raw) and cur[:-1]) and \
                    re.match(r" [" + _UP + r"][a-z]", text[e:e + 3]):
                closes = False  # "J.D. Farrow", "Dr. S. Rao": initials before a surname are part of the name
            if re.fullmatch(r"[A-Z]\.", raw) and names.initials_open_name(text, s):
                closes = False  # "K. S. Ramanathan": initials open the name
            if re.fullmatch(r"[A-Z]\.", raw) and len(cur) == 1 and re.match(r" [" + _UP + r"][a-z]", text[e:e + 3]) and \
                    _OPENS_INITIAL.search(text, max(0, ws - 30), ws):
                closes = False  # "said trust chair M. Kessel", "M. Kessel said": one initial after a title, a verb
                # of saying or at a paragraph's start opens a name ("vitamin D. Experts …" ends a sentence)
            if raw == tok and _PLURAL_POSS.search(tok):
                closes = False  # "Maritime Workers’ Union": a plural possessive inside a name
            elif raw == tok and _PLURAL_POSS_IN_NAME.fullmatch(tok) and _NAME_HEAD_NEXT.match(text, e):
                closes = False  # "National Fishermen's Federation": one body, not "National Fishermen" and another
            if closes:
                out.append(_Run(cur[0][0], cur[-1][1], cur, possessive))
                cur = []
        elif cur and (raw in _CONNECT or names.joins_name(cur[-1][2], raw)):
            pending.append((s, e, raw))
        elif cur and not pending and _NICKNAME.fullmatch(raw) and text[cur[-1][1]:s] == " " and \
                _NICKNAME_NEXT.match(text, e):
            continue  # 'Marcus "Sonny" Achterberg': a nickname inside the name, the run goes on past it
        else:
            if cur:
                out.append(_Run(cur[0][0], cur[-1][1], cur, False))
            cur, pending = [], []
    if cur:
        out.append(_Run(cur[0][0], cur[-1][1], cur, False))
    return out


def _bare(tok: str) -> str:
    return tok if _PLURAL_POSS_IN_NAME.fullmatch(tok) else _POSS.sub("", tok)  # ("Fishermen's" is no one's owner)


def _is_acronym(tok: str) -> bool:
    b = _bare(tok).replace(".", "")
    return len(b) >= 2 and b.isupper()


# What ends a transcript's label after a name opening a paragraph ("Halvard Strom: …", "**Maud Ferrers:** …")
_TURN_LABEL = re.compile(r"(?:\*\*|__)?\s*[:：]")
# Organisation words that are also common surnames ("Ellen Park", "Ann Hall"): a title still makes a person.
_SURNAME_LIKE = {"park", "hall", "church", "house", "bay", "lake", "banks", "wood", "field", "mills", "street",
                 "bridge", "castle", "tower", "guard", "post", "press", "west", "north", "south", "east", "power",
                 "mount", "city", "times", "booth", "wall", "ford", "marsh"}
# Buildings a story names ("the Ohlmar Statehouse"): a place, never a person, even with no other clue
_BUILDINGS = {"statehouse", "capitol", "courthouse", "museum", "embassy", "plaza", "campus", "library", "chapel",
              "theatre", "theater", "prison", "jail", "cathedral", "stadium", "arena", "airport", "mosque", "temple",
              "synagogue", "auditorium", "gallery", "terminal", "pier", "barracks", "lawn", "quad", "quadrangle",
              "courtyard", "piazza"}  # (open spaces too: "students gathered on the Orrin Lawn")
# Words of ORG_WORDS that, alone and capitalised only to open a sentence ("Industry analysts …"), name no body.
_COMMON_ORG_WORDS = {"industry", "industries", "media", "news", "sport", "sports", "music", "entertainment", "press",
                     "radio", "television", "tv", "technologies", "resources", "securities", "services", "systems",
                     "networks", "world", "international", "national", "european", "federal"}
_OPENS_ON_NOUN = re.compile(r"[ \t]+[a-z]")
# The last word of a newspaper's name that ORG_WORDS lacks (after "the": "the Fenmouth Gazette")
_PAPER_ENDS = {"examiner", "echo", "observer", "mirror", "express", "standard", "guardian", "argus", "advertiser",
               "sentinel", "bulletin", "gazette", "herald", "chronicle", "courier", "tribune", "telegraph", "post",
               "times", "journal", "record", "recorder", "despatch", "dispatch", "leader", "citizen", "enquirer"}
# Institutions named by a word that is not ORG_WORDS' own ("Brookside Primary"): a body, never a person
_INSTITUTION_ENDS = {"primary", "infirmary", "academy", "polytechnic", "seminary"}
# The last words of firms' names, never of a person's ("Vantor Mobile", "Quell Energy", "Arden Holdings")
_FIRM_ENDS = {"mobile", "bank", "group", "holdings", "airlines", "airways", "energy", "media", "telecom", "telecoms",
              "pharma", "pharmaceuticals", "capital", "logistics", "foods", "motors", "insurance", "finance",
              "properties", "ventures", "labs", "software", "solutions", "networks", "systems", "technologies",
              "industries", "securities", "resources", "shipping", "freight", "mining", "petroleum", "biotech",
              "broadband", "wireless", "utilities", "investments", "brewery", "breweries", "bakeries", "plc", "ltd"}
# Nouns for a company or body (never a person) that stand in apposition to its name.
_BODY = (r"(?:company|firm|operator|carrier|airline|retailer|chain|manufacturer|maker|insurer|lender|bank|utility|"
         r"supplier|distributor|start-?up|conglomerate|charity|group|organi[sz]ation|agency|union|club|team|network|"
         r"brand|label|band|venue|website|app|platform|newspaper|paper|channel|station|party|subsidiary|consortium|"
         r"cooperative|co-operative|partnership|syndicate|joint\s+venture)")
_BODY_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}" + _BODY +
                          r",\s*$")
# A body's noun right before a one-word name, after "the", "its" or a possessive: "the workers' union Unitek"
_BODY_NOUN_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|[\w-]['’]s?)\s+(?:[\w'’-]+\s+){0,2}" + _BODY + r"\s+$")
# Names listed after a plural noun for bodies are bodies: "several operators, including Brackwater Line and …",
# "carriers such as X, Y and Z" (the first of them right after "including", a later one after the list's comma or "and")
_BODIES_LISTED = re.compile(r"\b(?:companies|firms|operators|carriers|airlines|retailers|chains|manufacturers|makers|"
                            r"insurers|lenders|banks|utilities|suppliers|distributors|charities|groups|organi[sz]ations|"
                            r"agencies|unions|clubs|teams|networks|brands|labels|venues|websites|apps|platforms|"
                            r"newspapers|papers|channels|broadcasters|stations|parties|subsidiaries|lines|shippers|"
                            r"hauliers|builders|developers|contractors|providers|operators|outlets|publishers|"
                            r"bodies|institutions|associations|federations|councils|authorities|businesses|brewers|"
                            r"chains|stores|supermarkets|hospitals|universities|schools|colleges|funds|investors)\b"
                            r"(?:\s+\([^()]{1,40}\))?,?\s+(?:including|such\s+as|like|among\s+them|notably|led\s+by)\s+"
                            r"(?:[^.;:()\"“”]{0,80}?(?:,|\band)\s+)?$")
# The plural of a title is never a person's name: "the Confederation of Hospital Chief Executives" is a body
_PLURAL_TITLES = frozenset({"executives", "officers", "directors", "secretaries", "presidents", "governors",
                            "commissioners", "superintendents", "inspectors", "administrators", "coordinators",
                            "managers", "headteachers", "editors", "engineers", "ministers", "chairs", "chairmen",
                            "chairwomen", "trustees", "consultants", "surgeons", "physicians", "nurses", "teachers",
                            "principals", "registrars", "coroners", "solicitors", "barristers", "councillors",
                            "magistrates", "prosecutors", "investigators", "auditors", "treasurers"})
_SPOKES_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+$", re.IGNORECASE)
_PREP_END = re.compile(r"\b(?:for|of|at|from|to|with)\s+$", re.IGNORECASE)
_BODY_AFTER = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}" + _BODY +
                         r"(?=\s*[,.;)]|\s+(?:said|says|which|that|has|had|is|was|will|led|owned|run|based|backed|"
                         r"founded|formed|set\s+up|made\s+up|controlled)\b)")


# A body's staff or organ after its name: "Brenner management", "Kelby bosses", "Acme's board"
_STAFF_AFTER = re.compile(r"(?:['’]s)?\s+(?:management|bosses|executives|directors|board|shareholders|"
                          r"spokes(?:man|woman|person))\b")
# A capitalised agent noun before a name is its title, never a given name: "Mediator Karlsson", "Negotiator Lind",
# "Auditor Reyes" (a headline's or a caption's shorthand for "the mediator, Elin Karlsson")
_AGENT_TITLE = re.compile(r"[a-z]{3,}(?:ator|itor)")
_SAID_NEXT = re.compile(r"\s+(?:said|says|told|tells|added|adds|wrote|asked|replied)\b")
_SAID_LAST = re.compile(r"\b(?:said|says|told|added|wrote|asked|replied)\s+$")
_DETERMINERS = ("the ", "this ", "that ", "a ", "an ", "its ", "their ")


@functools.lru_cache(maxsize=4096)
def _a_common_noun(low: str, text: str) -> bool:
    """Whether the article writes `low` (a name's last word, lower-cased) as a common noun after a determiner ("this
    quarry", "the aggregates") and never capitalised alone before a verb of saying (as a surname is: "Baker said")."""
    if len(low) < 4 or not low.isalpha():
        return False
    found = False
    for at in word_starts(low, text):
        if text[max(0, at - 7):at].lower().endswith(_DETERMINERS):
            found = True
            break
    if not found:
        return False
    cap = low[0].upper() + low[1:]
    return not any(_SAID_NEXT.match(text, at + len(cap)) for at in word_starts(cap, text))


def _gerund_opener(run: _Run, text: str, sentence_start: int, mid_caps: set[str]) -> bool:
    """'Addressing Vance, the mayor said': a participle that opens the sentence is not a first name.

    Only when the word is never written capitalised inside a sentence, where it would be a name
    ("Fleming", "Manning")."""
    if len(run.tokens) < 2 or text[sentence_start:run.start].strip("\"“‘'( "):
        return False
    word = _bare(run.tokens[0][2])
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}ing", word)) and word.lower() not in TITLE_WORDS and \
        word not in mid_caps


def _mid_sentence_caps(text: str) -> set[str]:
    """Capitalised words that follow a lower-case word: names, not sentence openers."""
    return set(re.findall(r"(?<=[a-z,] )([A-Z][a-z]+)\b", text))


# What a story calls someone it meets, capitalised only because it opens the sentence ("Resident Ann Lowe").
_LAY_ROLES = {"resident", "shopper", "commuter", "parent", "pensioner", "student", "neighbour", "neighbor",
              "villager", "retiree", "passenger", "patient", "voter", "fan", "supporter", "worker", "volunteer",
              "grandmother", "grandfather", "widow", "widower", "homeowner", "tenant", "landlord", "motorist",
              "advocate", "adv"}  # ("Advocate Naledi Mokoena": a South African barrister's title)
_DESCRIPTION = re.compile(r"[A-Z][a-z]+(?:-[a-z]+){2,}|"  # "Mum-of-two", "Father-of-three", "Stay-at-home"
                          r"[A-Z][a-z]+-[a-z]+(?:er|or|ist|ian)")  # "Eighth-grader", "Co-founder", "Ex-footballer"


# The rest of a list of people's names after the first ("…, Tom Reyes and Ann Lee"), never a body's name's clause
_NAMES_LISTED = re.compile(r",\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,|\s+and\b)")
# A trade's compound word before a name ("Deckhand Jonas Eide", "Dockworker Ann Lowe", "Shipwright Tom Reyes") or a
# trade's noun in "-ician", "-ist", "-rarian" ("Librarian Kate Ng", "Electrician Tom Reyes", "Economist Ann Lowe"): who
# they are, never a given name
_TRADE_WORD = re.compile(r"[a-z]{3,}(?:hand|worker|keeper|maker|monger|wright|ician|ist|rarian)")
# A noun of what someone does, by its ending ("Pharmacist", "Physiotherapist", "Technician"), opening a run of three or
# more words: who the person is, capitalised because it opens the sentence (no given name ends so)
_AGENT_WORD = re.compile(r"[a-z]{4,}(?:ist|ician)")
# A noun of someone's work in "-ant"/"-ent" of eight letters or more ("Accountant", "Consultant", "Attendant",
# "Assistant") opening the sentence before two name words: who the person is (no given name ends so at that length)
_ANT_WORD = re.compile(r"[A-Z][a-z]{4,}(?:ant|ent)")


_JUDGE_TITLES = HONORIFICS | NOBLE | {"justice", "judge"}


def _titled_surname(name: str) -> bool:
    """A judge's formal name: only titles before the surname ("Mrs Justice Strachan", "Judge Ames")."""
    words = name.split()
    return len(words) >= 2 and any(w.lower() in ("justice", "judge") for w in words[:-1]) and all(
        w.rstrip(".").lower() in _JUDGE_TITLES for w in words[:-1])


def _classify(run: _Run, text: str, sentence_start: int, mid_caps: set[str] | None = None
              ) -> tuple[str, list[tuple[int, int, str]], list[str], bool]:
    """(kind, name tokens, title words stripped, had honorific) for a run of capitalised tokens."""
    toks = list(run.tokens)
    titles: list[str] = []
    honorific = False
    if mid_caps is not None and _gerund_opener(run, text, sentence_start, mid_caps):
        toks.pop(0)
    # sentence-initial words that are not names ("But", "Earlier", "Ahead")
    while toks and _bare(toks[0][2]).lower() in NOT_NAMES and toks[0][2].lower() not in TITLE_WORDS and \
            not names.is_initial(text, toks[0]) and not (
            _is_acronym(toks[0][2]) and f"({_bare(toks[0][2])})" in text):  # "WHO" after "… Organization (WHO)"
        toks.pop(0)
    if len(toks) >= 2 and _bare(toks[0][2]).lower() in NOT_NAMES and _bare(toks[1][2]).lower() not in TITLE_WORDS and \
            not text[sentence_start:toks[0][0]].strip(" \"“‘(—–-"):
        toks.pop(0)  # "Then Adeyemi-Hart went on": the adverb opening the sentence, not "then" of "then Premier X"
    while toks and toks[0][2].lower() in _CONNECT:
        toks.pop(0)
    if not toks:
        return "unknown", [], [], False
    if any(t[2] == "&" or t[2] == "and" for t in toks[1:]):
        return "org", toks, [], False  # "Hale & Byrne": two names joined by an ampersand are a firm; a run that
        # holds "and" is one body's name (see _and_inside_name: "the Health and Safety Executive"), whose first word
        # is never a person's title
    # "Provost Dr. Elaine Whitcombe", "Mum-of-two Leanne Probert": words before an honorific, and a hyphenated
    # description with lower-case parts, are the person's role, not the name
    while len(toks) > 2 and _DESCRIPTION.fullmatch(_bare(toks[0][2])):
        titles.append(toks.pop(0)[2])
    while len(toks) > 2 and (_bare(toks[0][2]).lower() in _LAY_ROLES or _bare(toks[0][2]).lower() in names.OCCUPATIONS
                             or len(toks) == 3 and toks[0][2].endswith("s") and
                             _bare(toks[0][2]).lower()[:-1] in _LAY_ROLES | names.OCCUPATIONS and
                             _NAMES_LISTED.match(text, run.end)  # "Residents Dara Whitlock, Tom Reyes and …"
                             or _TRADE_WORD.fullmatch(_bare(toks[0][2]).lower())
                             or _AGENT_WORD.fullmatch(_bare(toks[0][2]).lower())
                             or len(toks) == 3 and _ANT_WORD.fullmatch(_bare(toks[0][2])) and
                             not text[sentence_start:toks[0][0]].strip(" \"“‘(—–-")):
        titles.append(toks.pop(0)[2])  # "Resident Ann Lowe said": who she is, opening the sentence, not her name
    hon_at = next((k for k in range(1, len(toks) - 1) if _bare(toks[k][2]).lower() in HONORIFICS and
                   _bare(toks[k][2]).lower() != "father"), None)
    if hon_at is not None and not any(_bare(t[2]).lower() in NOBLE for t in toks[:hon_at]):
        titles.extend(t[2] for t in toks[:hon_at])
        toks = toks[hon_at:]
    if len(toks) == 2 and _DOTTED.fullmatch(toks[0][2]) and len(toks[0][2]) <= 6 and \
            _bare(toks[1][2]).lower() not in TITLE_WORDS | ORG_WORDS and _bare(toks[1][2]) not in COUNTRIES and \
            re.fullmatch(r"[" + _UP + r"][a-z][\w'’-]+", _bare(toks[1][2])):
        return "person", toks, titles, honorific  # "J.D. Farrow": initials and a surname
    joined = " ".join(_bare(t[2]) for t in toks)
    if joined in COUNTRIES or _bare(toks[-1][2]) in COUNTRIES and len(toks) == 1:
        return "place", toks, [], False
    noble_at = None
    i = 0
    while i < len(toks):
        low = _bare(toks[i][2]).lower()
        if low in NOBLE and i + 1 < len(toks):
            noble_at = i
            break
        if low in HONORIFICS or names.address_title(toks[i][2], len(toks) - i - 1):
            honorific = True
            if i + 2 < len(toks) and _bare(toks[i + 1][2]).lower() == "justice":
                noble_at = i  # "Mrs Justice Okoro"
                break
            titles.append(toks[i][2])
            i += 1
            continue
        if names.is_initial(text, toks[i]) and _bare(toks[i + 1][2] if i + 1 < len(toks) else "").lower() not in TITLE_WORDS:
            break  # "Rep. J.R. Castellanos": initials open the name, not an acronym's title
        if (low in TITLE_WORDS or low.endswith("-based") or _AGENT_TITLE.fullmatch(low) or
                low in _LEVEL_WORDS and i + 3 < len(toks) and _bare(toks[i + 1][2]).lower() in TITLE_WORDS and
                _bare(toks[i + 1][2]).lower() not in _PORTFOLIO_FIELDS and not any(
                    _bare(t[2]).lower() in ORG_WORDS for t in toks[i + 2:]) or
                "-" in low and all(
                x in TITLE_WORDS for x in low.split("-")) or _is_acronym(toks[i][2]) or low in DEMONYMS or toks[i][2] != _bare(toks[i][2])
                or low in _CONNECT or _bare(toks[i][2]) in COUNTRIES) and i + 1 < len(toks):
            titles.append(toks[i][2])
            i += 1
            continue
        break
    while noble_at is None and titles and titles[-1].lower() in ("for", "of") and len(toks) - i > 2 and \
            _bare(toks[i][2]).lower() in _PORTFOLIO_FIELDS:
        # "Minister for Commerce Rukhsana Sheikh-Malik", "Minister for Arts and Heritage X": the portfolio's words
        titles.append(toks[i][2])
        i += 1
        if len(toks) - i > 3 and toks[i][2] in ("and", "&") and _bare(toks[i + 1][2]).lower() in _PORTFOLIO_FIELDS:
            titles.append(toks[i][2])
            i += 1
        elif titles[-1].lower() not in ("and", "&"):
            break
    if noble_at is None and len(toks) - i > 2:
        # "Transport Minister Lena Varga": everything up to the last title word is the role
        last_title = max((k for k in range(i, len(toks) - 1) if _bare(toks[k][2]).lower() in TITLE_WORDS
                          and _bare(toks[k][2]).lower() not in HONORIFICS
                          and _bare(toks[k][2]).lower() not in PORTFOLIOS), default=None)  # not "Health Watch"
        if last_title is not None:
            titles.extend(t[2] for t in toks[i:last_title + 1])
            i = last_title + 1
            while len(toks) - i > 2 and _bare(toks[i][2]).lower() in HONORIFICS:
                honorific = True  # "Water Minister Shri Ravi Patil": an honorific after the title
                titles.append(toks[i][2])
                i += 1
    tail = _PORTFOLIO_TAIL.search(text[sentence_start:run.start]) if noble_at is None and len(toks) - i > 2 else None
    if tail and tail.group(1).lower() in TITLE_WORDS and tail.group(1).lower() not in ORG_WORDS:
        # "Commissioner for Trade and Customs Ana Pires": the run after "and" opens with the portfolio's tail
        while len(toks) - i > 2 and _bare(toks[i][2]).lower() not in HONORIFICS:
            titles.append(toks[i][2])
            i += 1
    if noble_at is None and len(toks) - i > 2:
        # "Harbour City FB Tom Reyes": a team or firm, then a position written as an acronym
        acro = max((k for k in range(i + 1, len(toks) - 2) if _is_acronym(toks[k][2])), default=None)
        if acro is not None:
            titles.extend(t[2] for t in toks[i:acro + 1])
            i = acro + 1
    name = toks[noble_at:] if noble_at is not None else toks[i:]
    if titles and noble_at is None and not honorific and all(_bare(t).lower() in PORTFOLIOS for t in titles) and \
            not re.match(r"\s*,", text[run.end:run.end + 3]):
        return "org", toks, titles, honorific  # "the Education Skills Passport regulation": a portfolio alone is
        # no one's title, it opens a longer name ("Health Minister X" has its title word)
    while name and name[-1][2].lower() in _CONNECT:
        name = name[:-1]
    while len(name) > 2 and _bare(name[-1][2]).rstrip(".").lower() in POST_NOMINALS:
        name = name[:-1]  # "Ann Moss QC", "Tom Reyes Jr": letters after a name are not part of it
    if noble_at is not None and _bare(name[0][2]).lower() in HONORIFICS and len(name) >= 4:
        titles.extend(t[2] for t in name[:2])
        name = name[2:]  # "Mrs Justice Ada Okoro" (a judge) is Ada Okoro; "Mr Justice Okoro" stays as written
    if noble_at is not None and len(name) >= 3 and _bare(name[0][2]).lower() in names.TITLES_BEFORE_GIVEN and not any(
            _bare(t[2]).lower() in TITLE_WORDS or _bare(t[2]).lower() in NOBLE or t[2] == "of" for t in name[1:]):
        titles.append(name[0][2])
        name = name[1:]  # "Sir Anthony Hale" is Anthony Hale ("Lord Justice Penhale", "Lord Hale of Ashcombe" stay)
    of_at = next((k for k, t in enumerate(name) if t[2] == "of"), None)
    if of_at in (2, 3) and noble_at is None and not any(
            _bare(t[2]).lower() in ORG_WORDS or _bare(t[2]).lower() in TITLE_WORDS or _bare(t[2]).lower() in _BUILDINGS
            for t in name[:of_at]):  # (not "the Harrowgate Museum of Art": a building's, no one's name)
        return "person", name[:of_at], titles, honorific  # "Cara Diemont of IT firm Dimension Data"
    if not name:
        return "unknown", [], titles, honorific
    lows = [_bare(t[2]).lower() for t in name]
    if noble_at is None and lows[-1] in _PLURAL_TITLES and len(toks) >= 2:
        return "org", toks, titles, honorific  # "… Chief Executives", "… Head Teachers": a body of office-holders
    if noble_at is None and not honorific and len(name) >= 2 and lows[-1] in TITLE_WORDS and \
            _AGENT_TITLE.fullmatch(lows[-1]) and not _SAID_NEXT.match(text, run.end):
        return "unknown", name, titles, honorific  # "… and Humanitarian Coordinator in X, Ana Kest": a post's
        # words after "and", never a surname ("Coordinator", "Administrator", "Legislator")
    if lows[0] in PLACE_STARTS and len(name) >= 2 and noble_at is None and not honorific and \
            lows[-1] not in _BODY_HEADS:  # "Upper Tamsin Growers Association" is a body, not a place
        return "place", toks, titles, honorific
    if len(name) >= 2 and noble_at is None and not honorific and not titles and \
            re.match(r"\s+(?:residents?|villagers?|locals|shopkeepers?|householders?)\b", text[run.end:run.end + 16]):
        return "place", toks, titles, honorific  # "Pell Green resident Ann Lee": where she lives, no one
    if len(name) >= 2 and name[-1][2] in _VOTE_ANSWERS and _FOR_AN_ANSWER.match(text[run.end:].lstrip()[:14]):
        return "unknown", name, titles, honorific  # "a Farnley No campaigner": a place and an answer, no body
    if len(name) >= 2 and noble_at is None and not honorific and not titles and _named_kind_after(text, run):
        return "org", toks, titles, honorific  # "Save Pell Green group chair X", "the Keep Ashby Common campaign"
    if len(name) >= 2 and noble_at is None and not honorific and lows[-1] in _PAPER_ENDS and \
            re.search(r"\b[Tt]he\s+$", text[max(0, run.start - 4):run.start]):
        return "org", toks, titles, honorific  # "she told the Fenmouth Gazette": a newspaper, no one
    if len(name) >= 2 and noble_at is None and not honorific and lows[-1] in _BUILDINGS:
        return "place", toks, titles, honorific  # "Ohlmar Statehouse", "Harbour Museum": a building, no one
    if len(name) >= 2 and noble_at is None and not honorific and lows[-1] in _INSTITUTION_ENDS:
        return "org", toks, titles, honorific
    if len(name) >= 2 and noble_at is None and any(w in PORTFOLIOS for w in lows):
        return "org", toks, titles, honorific  # "Norberg Health Watch": a portfolio inside a name is a body
    if len(name) >= 2 and noble_at is None and not honorific and lows[-1] in _FIRM_ENDS and \
            lows[0] not in TITLE_WORDS and not (titles and titles[-1].lower() in TITLE_WORDS):
        return "org", toks, titles, honorific  # "Vantor Mobile": a trade's word after a name makes a firm
    if len(name) >= 2 and noble_at is None and not honorific and len(lows[-1]) > 5 and lows[-1].endswith("ies") and \
            lows[0] not in TITLE_WORDS and word_in(lows[-1][:-3] + "y", text):
        return "org", toks, titles, honorific  # "Kessway Ferries" beside "a ferry": a trade's plural, never "Davies"
    before = text[sentence_start:run.start].rstrip()
    prev_word = re.search(r"([A-Za-z\-]+)$", before)
    titled = bool(prev_word and prev_word.group(1).lower() in TITLE_WORDS and
                  prev_word.group(1).lower() not in NOT_PERSON_TITLES) or honorific or bool(
        titles and titles[-1].lower() in TITLE_WORDS and titles[-1].lower() not in NOT_PERSON_TITLES)
    if titled and 2 <= len(name) <= 3 and (lows[0] not in ORG_WORDS or lows[0] in _GIVEN_NAME_WORDS and
                                            lows[-1] not in ORG_WORDS) and not any(
            _bare(t[2]) in COUNTRIES for t in name) and not any(
            w in ORG_WORDS and w not in _SURNAME_LIKE for w in lows[1:]):
        return "person", name, titles, honorific  # "Union leader Jo Park": a title makes a person
    if 2 <= len(name) <= 3 and lows[0] not in ORG_WORDS and not any(_is_acronym(t[2]) for t in name) and \
            re.match(r",\s*(?:\d{1,3},|who\b|aged\s+\d)", text[run.end:run.end + 12]):
        return "person", name, titles, honorific  # "Ellen Park, 71," / "Ann Hall, who": an age or 'who'
    if len(name) == 2 and lows[1] in _SURNAME_LIKE and lows[0] not in ORG_WORDS and lows[0] not in TITLE_WORDS \
            and lows[0] not in PLACE_STARTS and not _is_acronym(name[0][2]) and (
            re.match(r"\s+(?:said|says|told|added|wrote|asked|replied)\b", text[run.end:run.end + 12]) or
            re.search(r"\b(?:said|says|told|added|wrote|asked|replied)\s+$", text[max(0, run.start - 12):run.start])):
        return "person", name, titles, honorific  # "said Jo Park": a speaker, not a park
    if noble_at is None and honorific and len(name) == 1 and names.is_family_name(name[0][2]):
        return "alias", name, titles, honorific  # "Mr Park" after "Park Ji-hoon": a family name, not a park
    if noble_at is None and names.korean_style([_bare(t[2]) for t in name]):
        return "person", name, titles, honorific  # "Park Ji-hoon": a family name that is also a common noun
    if any(w in ORG_WORDS for w in lows) or any(_bare(t[2]) in COUNTRIES for t in name) and len(name) == 1:
        return "org", toks, titles, honorific
    if any(w in NOT_NAMES for w in lows[:1]) and not names.is_initial(text, name[0]) or any(w in {"of", "for"} for w in lows):
        return "org", toks, titles, honorific
    if all(_is_acronym(t[2]) for t in name):
        return "org", toks, titles, honorific
    if noble_at is not None:
        return "person", name, titles, honorific
    if 2 <= len(name) <= 4 or len(name) > 4 and names.core_length([t[2] for t in name]) <= 4:  # "José María de la Fuente"
        if any((w in DEMONYMS or w in NOT_NAMES) and not names.is_particle(t[2]) for w, t in zip(lows, name)):
            return "org", toks, titles, honorific  # "Leading British", "Year Honours" are not names
        if not titles and not honorific and lows[-1] not in _SURNAME_LIKE and _a_common_noun(lows[-1], text) and \
                not _SAID_NEXT.match(text, run.end) and not _SAID_LAST.search(text, max(0, run.start - 12), run.start):
            return "org", toks, titles, honorific  # "expand Marlow Quarry, which …" beside "this quarry": the name
            # of a site or a firm ends on a noun the article writes as a common one; a surname never stands so
        body_before = _BODY_BEFORE.search(text[sentence_start:run.start])
        if body_before and _PREP_END.search(text[sentence_start:sentence_start + body_before.start()]) and not \
                _SPOKES_FOR.search(text[sentence_start:sentence_start + body_before.start()]):
            body_before = None  # "Counsel for the company, X,": the body belongs to a noun before it, X is that one
            # (but "a spokesman for the engine maker, X,": the spokesman is the person, X the maker)
        if not titles and not honorific and _BODIES_LISTED.search(text, max(sentence_start, run.start - 160), run.start):
            return "org", toks, titles, honorific  # "operators, including Brackwater Line and …": one of the bodies
        if body_before or _BODY_AFTER.match(text[run.end:run.end + 60]):
            return "org", toks, titles, honorific  # "The operator, Merrow Ferries, said"
        return "person", name, titles, honorific
    if len(name) == 1:
        before = text[sentence_start:run.start].rstrip()
        prev = re.search(r"([A-Za-z\-]+)$", before)
        role_before = bool(prev and prev.group(1).lower() in TITLE_WORDS and
                           prev.group(1).lower() not in NOT_PERSON_TITLES)
        low0 = lows[0]
        if low0 in TITLE_WORDS or low0 in DEMONYMS or low0 in NOT_NAMES:
            return "unknown", name, titles, honorific
        age_after = bool(re.match(r",\s*\d{1,3},", text[run.end:run.end + 8]))
        if honorific:
            return "alias", name, titles, honorific
        if not titles and _BODY_AFTER.match(text, run.end, run.end + 60):
            return "org", toks, titles, honorific  # "Voltra, the grid operator, says": a body set off with its noun
        if not titles and _BODY_NOUN_BEFORE.search(text, max(0, run.start - 40), run.start):
            return "org", toks, titles, honorific  # "the workers' union Unitek said": a body's noun before its name
        if titles and all(t.lower() in NOT_PERSON_TITLES or t.lower() in DEMONYMS for t in titles):
            return "org", toks, titles, honorific  # "Liberal Democrats", "Welsh Nationalists"
        person_title = bool(titles) and (titles[-1].lower() in TITLE_WORDS or _AGENT_TITLE.fullmatch(titles[-1].lower())) and \
            titles[-1].lower() not in NOT_PERSON_TITLES and titles[-1].lower() not in PORTFOLIOS
        if person_title or role_before or age_after or names.known_by_one_name(text, name[0][0]):
            return "single", name, titles, honorific
        return "unknown", name, titles, honorific
    return "org", toks, titles, honorific


_DAYS_AND_MONTHS = frozenset(MONTH_NAMES) | frozenset(WEEKDAYS)


# "his Russian counterpart, foreign minister X": the counterpart's country says whose title follows
_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([" + _UP + r"][a-z]+)\s+counterparts?,\s+(?:[a-z-]+\s+){1,3}$")


def _role_before(text: str, sentence_start: int, run_start: int, titles: list[str]) -> str:
    before = text[sentence_start:run_start]
    rank = _RANK_SET_OFF.search(before)
    if rank and all(w.lower().rstrip(".") in TITLE_WORDS or w.lower().rstrip(".") in HONORIFICS
                    for w in rank.group(1).split()):
        # "Its chairman, Captain Henrik Solberg,": the rank is how he is addressed, the description set off before
        # it his role (and "Its" the body it names)
        set_off = _role_before(text, sentence_start, sentence_start + rank.start(1), titles)
        if set_off and not set_off.split()[-1][:1].isupper():
            return set_off
    port = _PORTFOLIO_ROLE.search(before)
    if port and any(w.lower() in TITLE_WORDS for w in port.group(1).split()[:port.group(1).split().index(
            port.group(2))]):
        return port.group(1)  # "European Commissioner for Trade and Customs", "Minister for Arts and Heritage"
    if before.endswith(", "):
        port = _PORTFOLIO_ROLE.search(before[:-2] + " ")
        title = port.group(1).split(" ", 1) if port else []
        if len(title) == 2 and title[0] in ("The", "the") and title[1].split()[0].lower() in TITLE_WORDS and \
                _THE_BEFORE.search(before, 0, port.start() + 4):
            return title[1]  # "The Minister of Fisheries and Coastal Affairs, Helga Brandvold, today set …"
    # (also after a preposition: "flanked by the city's water director, Jo Lee,", or a title in capitals after one:
    # "…, and the Minister of Culture, Ada Lund, will come")
    appo = re.search(r"(?:^|,\s|\.\s|\b(?:by|with|from|and|said|says|added)\s(?=the\s(?:[\w-]+\s){0,2}[\w-]+['’]s\s|"
                     r"[" + _UP + r"][\w&.-]*(?:\s[" + _UP + r"][\w&.-]*){0,3}['’]s\s[a-z]|"
                     r"the\s(?:Minister|Secretary|Director|Chair|President|Governor|Mayor|Commissioner|Chief|Head)\s))((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[" + _UP + r"][\w&.-]*(?:\s+[" + _UP +
                     r"][\w&.-]*){0,3}(?:['’]s|(?<=s)['’])(?=\s+[a-z]))\s+[^,.;:\"“”]{3,60}),\s$", before)
    if appo and not re.search(r"\b(?:said|says|told|and|but|when|after|before)\b", appo.group(1)):
        if _GROUP_HEAD.match(appo.group(1)):
            return ""  # "the family of one of the men, Tom Ray,": a name set off after a group is one of its own
        return appo.group(1)  # "The league's finance director, Ruth Amadi, said"
    said_the = _SAID_THE_ROLE.search(before)
    if said_the and said_the.group(1).split()[0].lower() != "the" and \
            not _QUOTE_CLOSED.search(before, 0, said_the.start()):
        said_the = None  # "The company also said its chairman, X, would …": "its" is the sentence's own subject's,
        # which the owner rules read; after a quotation ('"…," said its chairman, X') it is the body before
    if said_the and said_the.group(3).lower() in TITLE_WORDS and not _GROUP_HEAD.match(said_the.group(1)):
        # '"…," said the council leader, Ann Lee.' and 'said its chief executive, Ann Lee': the title set off after
        # the verb ("the" dropped before a plain title; "its" kept for the body before it to be named)
        return said_the.group(2) if said_the.group(1).split()[0] in ("the", "The") else said_the.group(1)
    kin = _KIN_BEFORE.search(before)
    if kin:
        return kin.group(1)  # "She leaves a widower and her son, Ann Lee,": whose relative the person is
    words = before.split()
    role: list[str] = []
    for w in reversed(words):
        if re.search(r"[\"”]$|[,.;:!?][’']$", w):
            break  # '"… quickly," Agency Administrator X': a quotation closes before the role
        bare = w.strip("\"“”‘’(")
        if bare and (not any(c.isalnum() for c in bare) or bare.isdigit() and not role):
            break  # "By Ann Lee | Fenwick Herald", "Rovers 2 Fenwick Town 1": a separator or a score ends any role
        if bare == "of" and role and role[0][:1].isupper():
            role.insert(0, bare)
            continue
        if bare.lower() in _DAYS_AND_MONTHS:
            break  # "Speaking on Tuesday chief executive Ann Lee": the day is the sentence's, not the title's
        abbreviation = w.endswith(".") and w[:-1].lower() in _ABBREVIATED  # "Provost Dr. Ann Lee"
        if not bare or w != w.rstrip(",;:.)") and not abbreviation or bare.lower() in _FUNCTION or (
                bare.lower() in NOT_NAMES and bare.lower() not in TITLE_WORDS and
                (bare.islower() or w is words[0])):
            break
        role.insert(0, bare)
        if len(role) >= 6:
            break
    while role and (role[0].lower() in _CONNECT or role[0].lower() in HONORIFICS or (
            role[0].islower() and role[0] not in TITLE_WORDS and not (len(role) > 1 and role[1] in TITLE_WORDS
                                                                       and role[0].endswith("'")))):
        role.pop(0)
    while role and role[-1].lower().rstrip(".") in HONORIFICS:
        role.pop()
    if role and role[0].islower() and role[-1].lower() in TITLE_WORDS:
        whose = _COUNTERPART.search(before, max(0, len(before) - 40 - len(" ".join(role))))
        if whose and whose.group(1).lower() in DEMONYMS and before.rstrip().endswith(" ".join(role)):
            role.insert(0, whose.group(1))  # "his Russian counterpart, foreign minister X": Russia's minister
    if role and role[-1].endswith("s") and not role[-1].endswith("ss") and (
            role[-1][:-1].lower() in TITLE_WORDS or role[-1][:-1].lower() in _LISTED_HEADS):
        role[-1] = role[-1][:-1]  # "Board members Ann Lee and Tom Ray": each of them is a board member
    return " ".join(role).strip()


# Plural heads of a title that lists people after it ("Board members X and Y", "Council officials X and Y")
_LISTED_HEADS = frozenset({"member", "official", "lawmaker", "executive", "organiser", "organizer", "representative",
                           "delegate", "negotiator", "spokesperson", "campaigner", "volunteer"})


# A title set off after a verb of saying: '"…," said the council leader, Ann Lee' ("the" + up to four plain words)
_SAID_THE_ROLE = re.compile(r"\b(?:said|says|added|adds|told|tells|warned|warns|according\s+to)\s+"
                            r"((?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*))),\s$")
_QUOTE_CLOSED = re.compile(r"[”\"][,.!?]?\s*$|[,.!?][”\"]\s*$")
# One or two capitalised words between a comma and a name: "Its chairman, Captain X", "The head, Dr X"
# A title over a portfolio ("Minister of Fisheries and Coastal Affairs", "Secretary of State for Health")
_PORTFOLIO_TITLE = re.compile(r"(?:[" + _UP + r"][a-z]+\s+){0,2}(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?"
                              r"\s+(?:of|for)\s+(?:the\s+)?([" + _UP + r"].*)")
_MINISTRY_WORDS = frozenset({"Ministry", "Department", "Office"})
_THE_BEFORE = re.compile(r"(?:^|[\s(])[Tt]he\s+$")
_RANK_SET_OFF = re.compile(r",\s((?:[" + _UP + r"][\w.-]*\s){1,2})$")


# A group of people, which no one person set off after it is: "the family of …", "the parents of …"
_GROUP_HEAD = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:family|families|relatives|"
                         r"parents|friends|colleagues|neighbours|neighbors|children|members|supporters|residents|"
                         r"workers|staff|crew|team|pupils|students|victims)(?:\s+of\s|\s*$)")
# A relative set off before a name, after any word ("mourned by her nephew, Tom Ray"): the relation is the role
_KIN_BEFORE = re.compile(r"\b((?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|elder|eldest|younger|youngest|only)\s+)?"
                         r"(?:husband|wife|son|daughter|mother|father|brother|sister|widow|widower|grandson|"
                         r"granddaughter|grandmother|grandfather|niece|nephew)(?:,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?),?\s$")
_CAP = r"[" + _UP + r"][\w'’-]*"
# "… for Trade and " right before a run: the run opens with the rest of a portfolio ("Customs Ana Pires")
_PORTFOLIO_TAIL = re.compile(r"\b(" + _CAP + r")\s+(?:for|of)\s+(?:the\s+)?(?:" + _CAP + r"\s+)+and\s+$")
# (a title may hold several links: "Minister of State for Housing and Urban Affairs" is one title, not its tail)
_PORTFOLIO_ROLE = re.compile(r"((?:" + _CAP + r"\s+){1,3}(for|of)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:(?:and|of|for)\s+"
                             r"(?:the\s+)?)?" + _CAP + r")*)\s+(?:(?:Shri|Sri|Smt|Kumari|Dr|Mr|Mrs|Ms|Prof|Cllr)\.\s+)?$")


_RANK_LAST = re.compile(r"(?<!Lieutenant)(?<!Major)(?<!Attorney)(?<!Sergeant)(?<!Secretary)(?<!Surgeon)\s+"
                        r"(Colonel|General|Major|Captain|Admiral|Brigadier|Commodore|Sergeant|Corporal)$")
_NOT_A_POST = {"former", "lieutenant", "deputy", "acting", "major", "general", "vice", "senior", "junior",
               "assistant", "staff", "first", "second", "lance", "wing", "flight", "rear", "brigadier"}
# Words for bodies or things that are also given names: after a title ("Treasurer Bill Tavake") they open a name
_GIVEN_NAME_WORDS = {"bill", "grant", "chase", "cliff", "dale", "glen", "bank", "art", "rob", "will", "mark", "sky"}
_OF_A_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[" + _UP + r"]")
_NEXT_NAME_SET_OFF = re.compile(r",\s+[" + _UP + r"][\w'’-]+(?:\s+[" + _UP + r"][\w'’-]+){0,3}\s*[,.;]")


# What sets a person off after the name, never a firm: ", who …", an age (", 34,"), ", aged 34".
_PERSON_SET_OFF = re.compile(r",\s*(?:who\b|aged\s+\d|\d{1,3}\s*,)")
# A personal pronoun later in the clause a name opens ("Marguerite Okafor opened her bakery"): a person, not a firm.
_OWN_PRONOUN = re.compile(r"[^.!?\"“”\n]{0,80}?\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
# A verb of saying right after a name ("Marguerite said", "Tobias recalled").
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|admitted|admits|"
                         r"insisted|insists|laughed|laughs)\b")
# Letters after a name ("Ann Moss KC, counsel for …", "Tom Reyes MLA, who …"), skipped to reach the description.
_LETTERS_AFTER = re.compile(r"(?:,?\s+(?:QC|KC|SAN|MPP|MNA|MLA|MSP|MEP|MP|TD|OBE|MBE|CBE|KBE|DBE|FRS|PhD|Jr\.?|Sr\.?)\b)+")


def _past_letters(text: str, end: int) -> int:
    """Where a name's description may begin: after the letters written after the name, if any."""
    m = _LETTERS_AFTER.match(text, end)
    return m.end() if m else end


def _role_after(text: str, end: int) -> str:
    m = re.match(r",\s+((?:an?\s+|the\s+)?(?:[a-z]|(?=[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?of\s)|"
                 r"(?=[" + _UP + r"][\w&.-]*(?:\s+[" + _UP + r"][\w&.-]*){0,3}(?:['’]s|(?<=s)['’])\s+[a-z]))[^,.;:\"“”]{2,90}?)"
                 r"(?:,|\.|;|$| said| says| had)", text[end:end + 120])
    if m and m.group(1)[:1].isupper() and m.group(1).split()[0].lower() not in TITLE_WORDS and not (
            re.match(r"[^\s]+(?:\s+[" + _UP + r"][^\s]*){0,3}(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,3}[a-z-]+", m.group(1)) and
            set(re.split(r"[\s-]+", m.group(1).lower())) & TITLE_WORDS):
        m = None  # ", the agency's associate administrator,": a possessive owner before a title is a role too
    if m and _NEXT_NAME_SET_OFF.match(text, end + m.end(1), end + m.end(1) + 60):
        m = None  # "her daughter, Ann Lee, her son, Tom, and …": a list, the description is the next name's
    if m and m.group(1)[-1:].isdigit() and re.match(r",\d", text[end + m.end(1):end + m.end(1) + 2]):
        m = None  # "X, owner of a 3,000-acre estate,": a role is not cut inside a figure ("owner of a 3")
    if m and not re.match(r"(?:who|whose|whom|which|that|and|but|as|he|she|said|says|added|told|like|unlike|"
                          r"both|all|each|also|then|now|later|however|too|together|meanwhile|"
                          r"today|yesterday|tonight|recently|earlier|previously|currently|first|last|this|"
                          r"from|in|at|on|with|by|for|to|"
                          # ", before substitute X headed the winner": the next clause, not an apposition
                          r"before|after|until|till|since|when|whenever|while|whilst|once|because|if|unless|"
                          r"although|though|where|whereas|so|or|nor|yet|not|despite|amid|during|over|under|"
                          r"into|onto|than|only|even|just|still|again|leaving|giving|making|taking|sending|"
                          r"putting|bringing|helping|forcing|(?!acting\b)[a-z]+ing)\b", m.group(1)):
        return m.group(1).strip()
    m = re.match(r"\s+(of\s+[^,.;:\"“”]{2,60}?)\s+(?:said|says|told|added|has|had|is|was)\b", text[end:end + 100])
    if m:
        return m.group(1).strip()
    m = re.match(r",\s+who\s+(?:now\s+|currently\s+|still\s+)?(chairs|heads|leads|runs|directs|manages|founded|"
                 r"represents)\s+((?:(?:the|its|their|a|an)\s+|[" + _UP + r"][\w&.-]*(?:\s+[" + _UP + r"][\w&.-]*){0,3}"
                 r"(?:['’]s|(?<=s)['’])\s+(?=[a-z]))[^,.;:\"“”]{2,70}?)\s*(?:[,.;]|$)", text[end:end + 120])
    if m:  # "Dr Tomas Reinholt, who chairs the association's doctors committee,", "X, who heads Kelso Mining's legal
        # team,": what he does is his role
        return f"{_ROLE_OF_VERB[m.group(1)]} of {m.group(2)}"
    return ""


# A role that names a body: "the chairman of Vance Holdings", "of the Civil Aviation Board", "Acme's head of sales"
_NAMES_A_BODY = re.compile(r"(?:\b(?:of|at|for)\s+(?:the\s+)?|^(?:[Tt]he\s+)?(?=[" + _UP + r"][\w&.-]*(?:\s+[" + _UP +
                           r"][\w&.-]*){0,3}(?:['’]s|(?<=s)['’])\s))[" + _UP + r"]")


def _body_named_after(role: str, text: str, end: int) -> str:
    """A person introduced with a description before the name that names no body ("Local businessman X", "Aviation
    regulator X") and set off after it with one that does ("…, the chairman of Vance Holdings,", "… of the Civil
    Aviation Board said"): the one naming the body is the role ("chairman of Vance Holdings", "aviation regulator of
    the Civil Aviation Board"), the employer the role questions and the person's side are about."""
    if not role or _NAMES_A_BODY.search(role) or any(w[:1].isupper() for w in role.split()[1:]):
        return role
    after = _role_after(text, end)
    if not after or not _NAMES_A_BODY.search(after) or after.split()[0].lower() in ("a", "an"):
        return role
    if after.startswith("of "):
        first = role.split()[0]
        if first[:1].isupper() and written_as_name(first, text) != "name":
            role = first.lower() + role[len(first):]  # "Aviation regulator" opened the sentence
        return f"{role} {after}"
    return after


_ROLE_OF_VERB = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "directs": "director",
                 "manages": "manager", "founded": "founder", "represents": "representative"}


# Words that open a title without being one ("Managing Director", "Associate Editor"): never a side's last word
_TITLE_MODIFIERS = {"managing", "associate", "joint", "additional", "operating", "founding", "presiding",
                    "commanding", "supervising", "consulting", "contributing", "visiting", "honorary", "emeritus"}


# Sentence-opening words that describe a person and never name a party
_DESCRIBING = {"local", "fellow", "former", "veteran", "rival", "telly", "tv", "celebrity", "star", "top", "leading",
               "retired", "ex", "longtime", "long-time", "outspoken", "popular", "famous", "young", "elderly", "new"}
_GENERIC_OWNERS = {"union", "state", "federal", "national", "central", "city", "county", "district", "regional"}


# Playing positions written as capitals after a team ("Ravens DE", "Harbour City FB"): the player's place on
# the field, never part of the party's name
_FIELD_POSITIONS = {"QB", "RB", "HB", "FB", "WR", "TE", "OL", "OT", "OG", "DL", "DE", "DT", "NT", "LB", "ILB", "OLB",
                    "MLB", "CB", "DB", "FS", "SS", "LS", "GK", "CF", "LW", "RW", "CM", "CDM", "CAM", "SF", "PF", "PG",
                    "SG", "SP", "RP"}
# The answers of a vote: "a Farnley No campaigner" campaigns for the vote's answer, and "Farnley No" is no party
_VOTE_ANSWERS = {"No", "Yes", "Leave", "Remain"}
_FOR_AN_ANSWER = re.compile(r"campaigners?|supporters?|voters?|activists?|backers?|canvassers?")
# Kinds of body written in lower case after a name that is its own ("the Save Pell Green group"): part of the name
_NAMED_KINDS = {"group", "campaign", "trust", "union", "association", "society", "alliance", "coalition", "network",
                "movement", "committee", "collective", "forum"}
_KIND_NAMED = re.compile(r"((?:[" + _UP + r"][\w'’&-]*\s+){2,5})(?:" + "|".join(sorted(_NAMED_KINDS)) + r")\b")


_KIND_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_NAMED_KINDS)) + r")\b(?:\s+([a-z]+))?")


def _named_kind_after(text: str, run: "_Run") -> bool:
    """Whether a lower-case kind of body follows the run as part of its name: before a title ("group chair") or
    after "the" ("the Save Pell Green group has …"), the run is the body's name, never a person."""
    kind = _KIND_AFTER.match(text, run.end)
    if not kind:
        return False
    return bool(kind.group(1) and kind.group(1) in TITLE_WORDS and kind.group(1) not in ORG_WORDS) or \
        bool(re.search(r"\b[Tt]he\s+$", text[max(0, run.start - 4):run.start])) or \
        run.tokens[0][2] == "The" and len(run.tokens) >= 3


_RELATIVE_IN_ROLE = re.compile(r"\s+(?:whose|who|whom|which|that|where|when)\s")


def _side_of(role: str) -> str:
    """The organisation or country in a role: 'Daiwa Securities analyst' -> 'Daiwa Securities'."""
    role = _RELATIVE_IN_ROLE.split(role)[0]  # "the architect whose plan rebuilt the old town of Halden": no one's
    side = _side_run(role)
    if side.lower() in _LEVEL_ONLY:
        return ""  # "Provincial Health Minister": a level of government names no party
    if re.sub(r"['’]s?$", "", side.split(" ")[0]).lower() in _DAYS_AND_MONTHS:
        return ""  # "the chief executive of Tuesday's winning bidder": a day is no party
    words = side.split()
    while len(words) > 1 and words[-1] in _FIELD_POSITIONS:
        words.pop()  # "Ravens DE": the team is the side, "DE" where the player plays
    named = _KIND_NAMED.search(role) if side else None
    if named and len(words) > 1 and named.group(1).startswith(side) and words[-1] not in _VOTE_ANSWERS:
        return named.group(1).strip()  # "Save Pell Green group chair": the whole run, not "Save Pell", names it
    if len(words) > 1 and words[-1] in _VOTE_ANSWERS:
        after = role[role.find(side) + len(side):].split()
        if after and after[0].lower().strip(",.;:") == "campaign":
            return " ".join(words) + " campaign"  # "the Farnley Yes campaign": the campaign is the party
        if after and _FOR_AN_ANSWER.fullmatch(after[0].strip(",.;:")):
            return ""  # "a Farnley No campaigner": a place and an answer name no party; the person is the side
    return " ".join(words)


_BROADCASTER = re.compile(r"\b(?:Broadcasting|Radio|Television|TV|Broadcaster|News\s+Agency|Press\s+Agency)\b")


def _opening_side(side: str, role: str, text: str, orgs: list[str]) -> str:
    """A person's side read from the first word of a role that opens the sentence ("Crane driver X", "Federation
    president X", "Skyward's chief operating officer, X"), where the article never writes that word as a name of its
    own elsewhere: the one longer body's name it opens or ends ("Skyward Airways", "the Metal Workers' Federation"),
    else no side when the word is a common one (written in lower case elsewhere, opening a compound of lower-case
    words, or hyphenated with a lower-case part: "County councillor" beside "the county's", "Crane driver" beside
    "the cranes", "Assembly line worker", "Second-year student"). A name that stands alone mid-sentence ("former Elmridge captain") stays the side."""
    if " " in side or side in COUNTRIES or side.isupper() or not role.startswith(side) or \
            written_as_name(side, text) == "name":
        return side
    longer = {o for o in orgs if o != side and " " in o and (o.startswith(side + " ") or o.startswith(side + "'") or
                                                            o.startswith(side + "’") or o.endswith(" " + side))
              and o.split()[-1].lower() not in _PAPER_ENDS and not _BROADCASTER.search(o)}
    # ("Velland's fisheries minister" is no newspaper's, "Ostmark's interior minister" no broadcaster's)
    if len(longer) == 1:
        return longer.pop()
    low = side.lower()
    after = role[len(side):].split()
    if any(part.islower() for part in side.split("-")[1:]) or word_in(low, text) or word_in(low + "s", text) or \
            len(after) >= 2 and after[0].islower() and after[0] not in TITLE_WORDS:  # "Assembly line worker"
        return ""
    return side


_OWN_INSIDE = re.compile(r"[" + _UP + r"][\w-]*['’]s")


def _side_run(role: str) -> str:
    run: list[str] = []
    words = role.split()
    for k, w in enumerate(words):
        if w == "of" and run and k + 1 < len(words) and words[k + 1][:1].isupper():
            run.append(w)
            continue
        b = _bare(w.strip(",.;:()")).rstrip("'’")
        if b.lower() in {"the", "a", "an", "its", "his", "her", "their", "our"} and not run:
            continue
        named = b == "New" and k + 1 < len(words) and words[k + 1][:1].isupper()  # "New Media Group" is one name
        if b[:1].isupper() and (run or named or b.lower() not in TITLE_WORDS or b.lower() in ORG_WORDS or b in COUNTRIES):
            inside = re.fullmatch(r"[\w-]+s['’]", w) and k + 1 < len(words) and words[k + 1][:1].isupper() or \
                _OWN_INSIDE.fullmatch(w) and k + 1 < len(words) and words[k + 1][:1].isupper() and \
                _bare(words[k + 1].strip(",.;:()")).lower() in _BODY_HEADS | ORG_WORDS and \
                k - len(run) > 0 and words[k - len(run) - 1].lower() == "the"
            run.append(w if inside else b)  # "Bhavanpur Riders' Forum": a plural possessive inside the name; "the
            # Lanford Children's Trust": after "the", a possessive before a body's word is inside the name too
            if b != w.strip(",.;:()") and not inside:
                break
        elif run:
            break
    head = next((k for k in range(1, len(run)) if run[k].lower() in TITLE_WORDS and run[k].lower() not in ORG_WORDS
                 and run[k] not in COUNTRIES and not (k + 1 < len(run) and run[k + 1] != "of")), None)
    if head is not None and any(w == "of" for w in run[head:]):
        run = run[:head]  # "Union Minister of State": a title and its 'of', no body ("Bank of England" stays)
        if len(run) == 1 and run[0].lower() in _GENERIC_OWNERS:
            run = []  # "Union", "State" alone say which government only to a reader who knows the country
    while run and (run[-1] == "of" or (run[-1].lower() in TITLE_WORDS and run[-1].lower() not in ORG_WORDS
                                        and run[-1] not in COUNTRIES)):
        run.pop()
    if len(run) > 1 and run[-1].lower() in _TITLE_MODIFIERS:
        run.pop()  # "BMRC Managing Director": the body is BMRC
    while run and (run[0] == "of" or (run[0].lower() in TITLE_WORDS and run[0].lower() not in ORG_WORDS
                                      and not (run[0] == "New" and len(run) > 1))):
        run.pop(0)
    if run and run[0].lower() in _DESCRIBING and (len(run) == 1 or len(run) == 2 and (
            run[1].lower() in _DESCRIBING or run[1].lower() not in ORG_WORDS and run[1].lower() not in _BODY_HEADS)):
        return ""  # "Local councillor X", "Fellow TV favourite Y": how the story describes them, not a party
    if len(run) == 1 and run[0].lower() in DEMONYMS:
        return DEMONYMS[run[0].lower()]
    return " ".join(run)


# What follows a name set off by commas when it is the sentence's verb, not an apposition: "Ann Lee, drew the …",
# "Ann Lee has posted …"
_VERB_PHRASE = re.compile(r"(?:has|have|had|is|was|were|will|would|did|does|can|could|should|may|might|must)\b|"
                          r"(?:drew|took|gave|made|went|came|told|won|lost|led|ran|left|kept|held|brought|sent|spent|"
                          r"got|saw|met|began|became|wrote|spoke|sat|stood|paid|[a-z]+ed)\s+(?:the|a|an|to|in|on|at|by|"
                          r"for|with|from|his|her|its|their|up|out|down|over|back|questions)\b")
_KIN_SET_OFF = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:husband|wife|son|daughter|brother|sister|"
                          r"father|mother|partner|grandson|granddaughter|grandmother|grandfather)\s*,\s+$")
_PART_SET_OFF = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}(?:caller|listener|viewer|reader|"
                           r"contributor|guest|texter|resident|customer|passenger|shopper|neighbour|neighbor|pensioner|"
                           r"parent|student|fan|voter|questioner|commuter|patient|tenant)\s*,\s+$")
_DESCRIBED_THEN_SAID = re.compile(r",\s+(?:a|an)\s+[a-z][^,.;:\"“”]{2,80},\s+(?:said|says|told|tells|added|adds|"
                                  r"explained|explains|recalled|recalls|admitted|admits)\b")
_KIN_ROLE = re.compile(r"(?:his|her|their)\s+(?:late\s+)?(?:husband|wife|son|daughter|brother|sister|father|mother|"
                       r"partner|grandson|granddaughter|grandmother|grandfather)$", re.IGNORECASE)
_COMPARED_AGE = re.compile(r"\b(?:the\s+)?(younger|older|elder)\s+$", re.IGNORECASE)
_AGE_GIVEN = re.compile(r",\s*(?:aged\s+)?(\d{1,3}),")
# "in the", "north of the" before a name: where something is, a place's name after it
_WHERE_THE = re.compile(r"\b(?:in|at|on|near|off|across|along|over|beside|above|below|under|beyond|around|through|"
                        r"(?:north|south|east|west)\s+of)\s+the\s+$", re.IGNORECASE)
# An age in the apposition after a name: ", then a 52-year-old physics teacher,", ", a 61-year-old former nurse"
_AGED_APPOSITION = re.compile(r",\s*(?:then|now)?\s*an?\s+\d{1,3}-year-old\b")
# An interview's headline: a quotation, a colon, then the guest (after a role in lower case at most) "on" a topic,
# '"The sea does not care": lighthouse keeper Ann Roe on her forty winters'
_INTERVIEW_HEADLINE = re.compile(r"\s*[\"“‘'][^\"“”\n]{3,160}[\"”’']\s*:\s*(?P<role>(?:[a-z][\w-]*\s+){0,3})"
                                 r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+on\s+[a-z]")
_RELATIVE_END = re.compile(r"\s+(?:who|whose|whom|which|that)$")
_LETTER = re.compile(r"[^\W\d_]")
_SEAT_BEFORE = re.compile(r"\b(?:[Mm]ember|MP|MLA|MSP|MEP|TD|[Cc]ouncillor|[Rr]epresentative|[Ss]enator|"
                          r"[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man|[Cc]andidate)\s+for\s+$")


def _latest_named(owners: list[str], named_at: dict[str, list[int]], at: int, text: str) -> str | None:
    """'the Minister said' when two ministers are in the story: the one named last before it (the one the
    paragraph is about); None when neither has been named yet."""
    last = sorted((named_at[o][bisect_right(named_at[o], at) - 1], o) for o in owners
                  if bisect_right(named_at.get(o, []), at) > 0)
    if not last:
        return None
    if len(last) > 1 and not re.search(r"[.!?][\"”’']?\s", text[last[-2][0]:last[-1][0]]):
        return None  # "Ann Lee, a nurse, and Tom Berg, a nurse, …": named together, "the nurse" is either
    return last[-1][1]


_STAFF = r"(?:manager|boss|coach|captain|skipper|squad|fans|players|striker|midfielder|defender|goalkeeper|keeper|winger)"
_TEAM_OWNER = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+" + _STAFF + r"\b|\b([A-Z][a-z]+)\s+(?:boss|manager|coach|captain|"
                         r"skipper)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


_GENDERED = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_KIN = re.compile(r"\b(?:(?:his|her|their)\s+)?(husband|wife|son|daughter|brother|sister|father|mother|widow|"
                  r"widower)\s*,?\s*$", re.IGNORECASE)


def _sex_hint(text: str, name: str) -> str | None:
    """'m' or 'f' where the text calls a person by a kinship word right before the name ('her husband Colin
    Ng', 'his wife, Ruth Ng,'), else where the next pronoun after the name is 'he' or 'she' in the same sentence
    or opens the next one ('Ruth Ng has run the ward for years. In May she …'). The kinship word decides: in 'Her
    husband, Colin Ng, keeps the hives when she is away' the 'she' is his wife."""
    votes = set()
    kin_votes = set()
    for m in _name_ends(name, text):
        kin = _KIN.search(text[max(0, m.start() - 30):m.start()])
        if kin:
            kin_votes.add("m" if kin.group(1).lower() in ("husband", "son", "brother", "father", "widower") else "f")
        # a window, not the rest of the text: copying that for every mention made long articles quadratic
        # (the match spans at most 83 characters, and its last \b looks at one more)
        pron = re.match(r"[^.!?\"“”]{0,80}?\b(he|she)\b", text[m.end():m.end() + 100], re.IGNORECASE) or \
            _NEXT_OPENS_WITH_PRONOUN.match(text, m.end(), m.end() + 200)
        if pron:
            votes.add("m" if pron.group(1).lower() == "he" else "f")
    if len(kin_votes) == 1:
        return kin_votes.pop()
    return votes.pop() if len(votes) == 1 else None


# The rest of a name's sentence (no quotation in it), then the next sentence's first few words up to its subject
# pronoun: "… on the council. In May she will face …"
_NEXT_OPENS_WITH_PRONOUN = re.compile(r"[^.!?\"“”\n]{0,120}[.!?]\s+(?:[\w,]+\s+){0,4}?(he|she)\b", re.IGNORECASE)


def find_cast(article: Article, pace: Pacer | None = None) -> Cast:
    """People, organisations and every mention of them, in text order. `pace` hears of each sentence and
    name read (see pacing.py)."""
    pace = pace or Pacer()
    text = article.body
    people: dict[str, Person] = {}
    raw: list[tuple[_Run, str, list, list, bool, int]] = []
    mid_caps = _mid_sentence_caps(text)
    for sent in article.sentences:
        pace(len(sent.text))
        if sent.furniture:
            continue
        for run in _runs(text, sent.start, sent.end):
            kind, toks, titles, hon = _classify(run, text, sent.start, mid_caps)
            raw.append((run, kind, toks, titles, hon, sent.start))
    # "Environmental group Blue Varn", "the food app Dashly": a name introduced by the kind of organisation it is
    declared: set[str] = set()
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST // 4)
        if kind in ("person", "single", "unknown") and toks and \
                _ORG_INTRO.search(text, max(s0, toks[0][0] - 40), toks[0][0]) and not (
                kind == "person" and _PERSON_SET_OFF.match(text, run.end)):
            # (not "Crane operator Dean Hollis, who has worked there for 12 years,": a trade's worker, set off as
            # a person is, with "who" or an age)
            declared.add(" ".join(_bare(t[2]) for t in toks))
    if declared:
        raw = [(run, "org" if kind in ("person", "single", "unknown") and " ".join(_bare(t[2]) for t in toks) in declared
                else kind, toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "Her husband, Piet, said": a first name set off after a kinship word is a person of its own
    raw = [(run, "single" if kind == "unknown" and len(toks) == 1 and _KIN_SET_OFF.search(
        text, max(s0, toks[0][0] - 30), toks[0][0]) and text.startswith(",", toks[0][1]) else kind, toks, titles, hon, s0)
           for run, kind, toks, titles, hon, s0 in raw]
    # "The first caller, Dov from Kellingley, …", "One listener, Jerome, …": a first name set off after the part a
    # person plays in the story; "Prudence, a retired nurse from …, said": a first name opening a sentence, set off
    # by a description of the person, then a verb of saying (phone-ins, vox pops, features)
    raw = [(run, "single" if kind == "unknown" and len(toks) == 1 and not hon and (
        _PART_SET_OFF.search(text, max(s0, toks[0][0] - 50), toks[0][0]) and re.match(r",|\s+from\s+[A-Z]", text[toks[0][1]:])
        or not text[s0:toks[0][0]].strip(" \"“") and _DESCRIBED_THEN_SAID.match(text, toks[0][1])) else kind,
            toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "a caller who gave her name only as Mrs Ashgrove": an honorific and a surname no one named in full has is
    # the person's whole name in the story
    in_full = {_bare(t[2]) for run, kind, toks, titles, hon, s0 in raw if kind == "person" and len(toks) >= 2
               for t in toks}  # (any word of a full name: "Mr Shin" after "Shin Min-jae" is his)
    raw = [(run, "single" if kind == "alias" and hon and len(toks) == 1 and len(run.tokens) == 2 and
            _bare(run.tokens[0][2]).lower() in _GENDERED and _bare(toks[0][2]) not in in_full else kind,
            run.tokens if kind == "alias" and hon and len(toks) == 1 and len(run.tokens) == 2 and
            _bare(run.tokens[0][2]).lower() in _GENDERED and _bare(toks[0][2]) not in in_full else toks,
            titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "the member for Harlow Moss", "MP for Eastfield": the seat a member holds is a place, never a person
    raw = [(run, "place" if kind in ("person", "single", "unknown") and toks and
            _SEAT_BEFORE.search(text, max(s0, toks[0][0] - 30), toks[0][0]) else kind, toks, titles, hon, s0)
           for run, kind, toks, titles, hon, s0 in raw]
    # "Northway Tiles Ltd" then "Northway Tiles said": a company named again without its legal suffix
    stems: dict[str, str] = {}
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST // 4)
        words = [_bare(t[2]) for t in toks]
        if kind == "org" and len(words) >= 3 and words[-1].rstrip(".").lower() in _LEGAL_SUFFIXES:
            stems.setdefault(" ".join(words[:-1]), " ".join(words))
    if stems:
        raw = [(run, "org" if kind in ("person", "single") and " ".join(_bare(t[2]) for t in toks) in stems
                else kind, toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "Strandline Ferries … Strandline said … Strandline's shares": a two-word name whose first word is used on its
    # own and its last (a plural, "Ferries") never is, is a firm's; a person is named again by the surname
    alone: dict[str, int] = {}
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST // 4)
        if len(run.tokens) == 1:
            word = _bare(run.tokens[0][2])
            alone[word] = alone.get(word, 0) + 1
            if len(word) > 2 and word.isupper() and re.match(r"\s*:", text[run.tokens[0][1]:run.tokens[0][1] + 3]):
                # a transcript's "HALLORAN:" names the guest by the surname as much as "Halloran said" does
                alone[word.title()] = alone.get(word.title(), 0) + 1
    full: dict[str, int] = {}
    described: set[str] = set()  # given a role or an age somewhere: a person ("Union spokesman David Ross")
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST // 4)
        if kind == "person" and len(toks) == 2:
            name = " ".join(_bare(t[2]) for t in toks)
            full[name] = full.get(name, 0) + 1
            if name not in described and (titles or hon or re.match(r",\s*(?:aged\s+)?\d{1,3}\b", text[toks[-1][1]:toks[-1][1] + 10])
                                          or _role_before(text, s0, toks[0][0], titles) or
                                          _TURN_LABEL.match(text, toks[-1][1]) and not text[s0:toks[0][0]].strip("*_ ")):
                # (or a transcript's label, "Halvard Strom: …" opening a paragraph: a person taking a turn)
                described.add(name)
    # (an interview's guest, named in full again and again and never by the surname, since her answers say "I": a
    # person where her age is given in an apposition, "Ann Roe, then a 52-year-old teacher,", or where the title
    # is the interview's, '"Quote": Ann Roe on her years at the mill', a quotation then the name "on" a topic)
    for run, kind, toks, titles, hon, s0 in raw:
        if kind == "person" and len(toks) == 2 and _AGED_APPOSITION.match(text, toks[-1][1]):
            described.add(" ".join(_bare(t[2]) for t in toks))
    guest = _INTERVIEW_HEADLINE.match(article.title or "")
    if guest:
        described.add(" ".join(guest.group("name").split()))
    # "Kestrel Vale led …, her Kestrel Vale counterpart, … beat Kestrel Vale": named in full again and again and
    # never by a surname, a team or a place, not a person
    firms = {" ".join(_bare(t[2]) for t in toks) for run, kind, toks, titles, hon, s0 in raw
             if kind == "person" and len(toks) == 2 and not titles and not hon and len(run.tokens) == 2 and
             not alone.get(_bare(toks[1][2])) and (
                 alone.get(_bare(toks[0][2]), 0) >= 2 and re.fullmatch(r"[A-Z][a-z]+[^s's]s", _bare(toks[1][2])) or
                 full.get(" ".join(_bare(t[2]) for t in toks), 0) >= 3 and
                 " ".join(_bare(t[2]) for t in toks) not in described)}
    if firms:
        raw = [(run, "org" if kind == "person" and " ".join(_bare(t[2]) for t in toks) in firms else kind, toks,
                titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "after eleven years running the Elmsted Art Hall", "a fight with the Corran Collection": two words the article
    # writes after "the" wherever it names them in full, never described, are a body's name (no one is "the Ann Roe");
    # a place's, where one is where something is ("north of the Sedge Brook", "on the Harrow Downs")
    after_the: dict[str, list[tuple[bool, bool]]] = {}  # (after "the", after "in the") of each mention in full
    for run, kind, toks, titles, hon, s0 in raw:
        if kind == "person" and len(toks) == 2 and len(run.tokens) == 2 and not titles and not hon:
            after_the.setdefault(" ".join(_bare(t[2]) for t in toks), []).append((
                bool(re.search(r"\b[Tt]he\s+$", text[max(s0, toks[0][0] - 4):toks[0][0]])),
                bool(_WHERE_THE.search(text, max(s0, toks[0][0] - 20), toks[0][0]))))
    bodies = {n: "place" if any(where for _the, where in seen) else "org" for n, seen in after_the.items()
              if all(the for the, _where in seen) and n not in described}
    if bodies:
        raw = [(run, bodies.get(" ".join(_bare(t[2]) for t in toks), kind) if kind == "person" and len(toks) == 2 and
                len(run.tokens) == 2 else kind, toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "a text from a listener in Ashby Cross": two words after "in", never described and never named again by the
    # second alone, are where someone is, not who
    raw = [(run, "place" if kind == "person" and len(toks) == 2 and len(run.tokens) == 2 and not titles and not hon and
            not run.possessive and re.search(r"\b(?:in|near)\s+$", text[max(s0, toks[0][0] - 6):toks[0][0]]) and
            not alone.get(_bare(toks[1][2])) and " ".join(_bare(t[2]) for t in toks) not in described else kind,
            toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    pace(len(text) // 100)  # the runs read again for firms, then one scan of the whole text for teams
    # "the Albion manager", "Albion boss Neil Hale": a word that owns a team's staff is a club's, so "Kellford
    # Albion" is a club and "Albion" alone is too, never a person named by a surname
    teams = {w for pair in _TEAM_OWNER.findall(text) for w in pair
             if w and w.lower() not in TITLE_WORDS and w.lower() not in NOT_NAMES}
    if teams:
        raw = [(run, "org" if kind in ("person", "single", "unknown", "alias") and toks and not titles and not hon and
                _bare(toks[-1][2]) in teams else kind, toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # "Brenner management said …" beside "Brenner Motors": a firm's first word before its staff's noun is the firm,
    # never the surname of a person (its founder, its chief executive) the article also names
    firm_heads: dict[str, set[str]] = {}
    for run, kind, toks, titles, hon, s0 in raw:
        if kind == "org" and len(toks) >= 2:
            firm_heads.setdefault(_bare(toks[0][2]), set()).add(" ".join(_bare(t[2]) for t in toks))
    if firm_heads:
        raw = [(run, "org" if kind in ("person", "single", "unknown", "alias") and len(run.tokens) == 1 and not hon and
                not titles and _bare(run.tokens[0][2]) in firm_heads and _STAFF_AFTER.match(text, run.tokens[0][1])
                else kind, toks, titles, hon, s0) for run, kind, toks, titles, hon, s0 in raw]
    # First pass: full names (2+ words) and single names with a role.
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST + len(people) // 4)  # (each run is compared with the people found so far)
        if kind not in ("person", "single"):
            continue
        name = " ".join(_bare(t[2]) for t in toks)
        if kind == "single" and any(p.name.split()[-1] == name for p in people.values()):
            continue
        full_name = names.titled_given_name(name, people)
        if full_name:  # "Sir Anthony" after "Sir Anthony Hale"
            if name not in people[full_name].aliases:
                people[full_name].aliases.append(name)
            continue
        owner = names.particle_owner(name, people) if name not in people else None
        if owner:  # "Ap Rhys-Evans" opening a sentence after "Aled ap Rhys-Evans"
            if name not in people[owner].aliases:
                people[owner].aliases.append(name)
            continue
        initialled = re.fullmatch(r"((?:[A-Z]\.?\s)+)([A-Z][\w’'-]+)", name)
        whole = [q for q in people if initialled and q.endswith(" " + initialled.group(2)) and q != name and
                 not re.match(r"[A-Z]\.?\s", q) and "".join(w[0] for w in q.split()[:-1]).startswith(
                     initialled.group(1).replace(".", "").replace(" ", ""))] if initialled else []
        if len(whole) == 1 and name not in people:
            if name not in people[whole[0]].aliases:
                people[whole[0]].aliases.append(name)  # "E. Tallis" after "Edwin Tallis": the same man, not a second
            continue
        longer = [q for q in people if q.endswith(" " + name)]
        if len(longer) == 1 and name not in people:
            if name not in people[longer[0]].aliases:
                people[longer[0]].aliases.append(name)  # "El Guerrouj" after "Hicham El Guerrouj"
            continue
        kin_first = people.get(name.split()[0]) if " " in name and name not in people else None
        if kin_first is not None and _KIN_ROLE.match(kin_first.role):
            # "his father, Ioan, …. Ioan Brannagh had come from …": the relative named in full later is the same man
            del people[kin_first.name]
            people[name] = Person(name=name, role=kin_first.role, first=kin_first.first, aliases=[kin_first.name])
        if name not in people:
            # A shorter form of a known name ("Joe Biden" vs "President Joe Biden") is the same person.
            people[name] = Person(name=name, first=toks[0][0])
        p = people[name]
        if not p.role:
            p.role = _role_before(text, s0, names.name_opening(text, s0, toks[0][0], _ADDRESSING), titles) or \
                _role_after(text, _past_letters(text, toks[-1][1]))  # (after "Smt.", "the Very Rev Dr": only how one
            # is addressed; after "Ann Moss KC", "Tom Reyes MLA" the letters after the name are no role either)
            p.role = _body_named_after(p.role, text, toks[-1][1])
            # "Union Minister … Affairs Shri X": an honorific between the title and the name is neither
            p.role = re.sub(r"(?:\s+(?:Shri|Sri|Smt|Kumari|Dr|Mr|Mrs|Ms|Prof|Cllr)\.?)+$", "", p.role)
            # "an entomologist at Carrick University who had …": the relative pronoun opens the next clause
            p.role = _RELATIVE_END.sub("", p.role)
            p.role = names.spell_out_titles(p.role)  # "Cllr" is "Councillor" to a reader
            rank = _RANK_LAST.search(p.role)
            if rank and rank.start() > 0 and set(p.role[:rank.start()].lower().split()) & TITLE_WORDS - _NOT_A_POST:
                # "retired Dutch Commander Colonel Jo Brand": the rank is how he is addressed, the rest his role
                p.role = f"{rank.group(1)}, {p.role[:rank.start()].strip()}"
            if _VERB_PHRASE.match(p.role) or not _LETTER.search(p.role) or \
                    re.match(r"(?:I|We|You|He|She|They)(?:['’][a-z]+)?\s", p.role + " "):
                # "X, drew the loudest noise", "X has arrived", a live blog's "07:58 -", "I've met Mrs Pryce" in a
                # speaker's turn (a subject and its verb): no role
                p.role = ""
            first = p.role.split(" ", 1)
            if len(first) == 2 and first[0].lower() in _DESCRIBING and first[1][:1].islower():
                p.role = f"{first[0].lower()} {first[1]}"  # "Local councillor" opened the sentence: "local councillor"
            if re.fullmatch(r"[" + _UP + r"][\w&.\s-]*['’]s", p.role):
                # "the agency's Ann Lee, deputy administrator,": the owner before the name, the title after it
                after = _role_after(text, toks[-1][1])
                p.role = f"{p.role} {after}" if after and after[:1].islower() and not after.startswith(
                    ("a ", "an ", "the ")) else p.role
        if any(_bare(t).lower() in ("justice", "judge") for t in titles) and (
                not p.role or p.role.split()[-1].lower() in ("justice", "judge")):
            p.role = "judge"  # "Mrs Justice Ada Okoro", "Judge Tom Reyes": the judge the story means later
    # '"Quote": lighthouse restorer Ann Roe on …': the role the interview's headline gives its guest, where the body
    # gives her none (the answers say "I")
    if guest and guest.group("role") and " ".join(guest.group("name").split()) in people:
        host = people[" ".join(guest.group("name").split())]
        role = " ".join(guest.group("role").split())
        if not host.role and not any(w in NOT_NAMES for w in role.split()):
            host.role = role
    # "Interview: Dara Whitlock on ten years at the lifeboat station" over a body that only says "Whitlock": the full
    # name the title gives a surname the body uses alone (and never with another given name) is that person's
    for run in _runs(article.title, 0, len(article.title)) if article.title else []:
        pace(RUN_COST)
        kind, toks, _titles, _hon = _classify(run, article.title, 0)
        if kind != "person" or not 2 <= len(toks) <= 4:
            continue
        name = " ".join(_bare(t[2]) for t in toks)
        last = _bare(toks[-1][2])
        if name not in people and alone.get(last) and not any(q.split()[-1] == last for q in people if " " in q) \
                and not word_in(name, text):  # (a name the body writes whole is the body's rules' to read)
            people[name] = Person(name=name, first=0)
    # Single names that are the surname of a full name are aliases, not people.
    for name in list(people):
        if " " not in name and any(q != name and q.split()[-1] == name for q in people):
            del people[name]
    # "Mrs Justice Strachan" after "Mrs Justice Ellen Strachan": a judge named once with her given name, then by title
    # and surname, is the same judge (not a second person offered beside her)
    for name in list(people):
        if not _titled_surname(name):
            continue
        owners = [q for q in people if q != name and q.split()[-1] == name.split()[-1] and not _titled_surname(q)
                  and people[q].role == "judge"]
        if len(owners) == 1:
            owner, gone = people[owners[0]], people.pop(name)
            for alias in [name, *gone.aliases]:
                if alias != owner.name and alias not in owner.aliases:
                    owner.aliases.append(alias)
            owner.first = min(owner.first, gone.first)
    # "Leanne, 29, said" after "Captain Leanne Achebe-Brooks": a first name standing alone, with no role of its own,
    # that begins the name of exactly one person introduced in full before it is that person, as features and
    # sports reports write it (even when a sister shares the surname); a relative met by the first name stays one
    for name in list(people):
        if " " in name or people[name].role or name.lower() in TITLE_WORDS:
            continue
        given = [q for q in people if q != name and len(q.split()) >= 2 and q.split()[0] == name and
                 people[q].first < people[name].first]
        if len(given) == 1 and not _KIN_ROLE.match(people[given[0]].role):
            del people[name]
    by_surname: dict[str, list[str]] = {}
    for name in people:
        by_surname.setdefault(name.split()[-1], []).append(name)

    mentions: list[Mention] = []
    # once per name: each call reads the whole text, and a long article says "Mrs Ng" hundreds of times
    sex_of = functools.cache(lambda n: _sex_hint(text, n))
    orgs: list[str] = []
    last_full: dict[str, int] = {}
    age_of: dict[str, int] = {}  # "Jo Ng, 39," / "Mrs Ng, 66,": the age given beside a name
    for run, kind, toks, titles, hon, s0 in raw:
        pace(RUN_COST + len(people) // 4)
        shouted = " ".join(_bare(t[2]).title() for t in run.tokens)
        if len(run.tokens) >= 2 and shouted in people and all(_bare(t[2]).isupper() for t in run.tokens):
            kind, toks = "person", run.tokens  # "OWEN PRYCE has run the harbour": a feature's opening capitals
            name = shouted
        elif not toks:
            continue
        else:
            name = " ".join(_bare(t[2]) for t in toks)
        start, end = toks[0][0], toks[-1][1]
        last = _bare(toks[-1][2])
        if last not in by_surname and _PARTICLE.fullmatch(last[:1].lower() + last[1:]):
            last = last[:1].lower() + last[1:]  # "Al-Harbi" opening a sentence is "al-Harbi"
        person = None
        suffix_of = [q for q in people if q.endswith(" " + name)] if " " in name else []
        particled = None
        if kind in ("person", "unknown", "alias", "single") and name not in people:
            whole = " ".join(_bare(t[2]) for t in run.tokens)  # ("De la Vega": the particles may be cut off toks)
            particled = names.particle_owner(name, people) or names.particle_owner(whole, people)
            if particled and not names.particle_owner(name, people):
                start = run.tokens[0][0]
        if kind in ("person", "single") and name in people:
            person = name
        elif particled:  # "De la Vega said" after "Ana Lucía de la Vega Ibarra"
            person = particled
        elif kind == "person" and len(suffix_of) == 1:
            person = suffix_of[0]
        elif (kind in ("alias", "single", "unknown", "person") or kind == "org" and len(toks) == 1 and not hon) and \
                len(by_surname.get(last, [])) == 1 and not (len(toks) == 1 and text[max(0, start - 4):start] == "the ") \
                and not (len(toks) == 1 and last in firm_heads and _STAFF_AFTER.match(text, end)):
            # "Park said", after "Ellen Park, 71,"; not "the Moon" after "Blue Moon": no one is "the Park"
            if kind != "person" or len(toks) == 1:
                person = by_surname[last][0]
            elif kind == "person":
                full = people.get(by_surname[last][0], Person("")).name
                person = by_surname[last][0] if name.endswith(" " + last) and (name.split()[0] in full.split() or _titled_surname(
                    name) and people[full].role == "judge" or all(
                    re.fullmatch(r"[A-Z]", w) for w in name.split()[:-1]) and "".join(
                    w[0] for w in full.split()[:-1]).startswith("".join(name.split()[:-1]))) else None
                # ("B. Ashby" after "Bryn Ashby": initials that begin his given names)
        elif kind in ("alias", "single", "unknown") and len(toks) == 1 and len(by_surname.get(last, [])) > 1:
            # Two people share the surname: the one named in full most recently ("Brandt" after
            # "Hugo Brandt", before his wife "Sophie Brandt" is introduced)
            seen = [n for n in by_surname[last] if n in last_full]
            title = next((_bare(t[2]).lower() for t in run.tokens if _bare(t[2]).lower() in _GENDERED), None)
            older = _COMPARED_AGE.search(text, max(0, start - 14), start)
            aged = [n for n in seen if n in age_of]
            if older and len(aged) > 1 and len({age_of[n] for n in aged}) == len(aged):
                # "the younger Ng" after "Jo Ng, 39," and "Mrs Ng, 66,": the ages given say which (of those given one)
                pick = (min if older.group(1).lower() == "younger" else max)(aged, key=lambda n: age_of[n])
                seen = [pick]
            elif title and len(seen) > 1:
                # "Mrs Ng" after "Ruth Ng and her husband Colin Ng": the title says which of the two
                fit = [n for n in seen if sex_of(n) == _GENDERED[title]]
                if len(fit) != 1:
                    fit = [n for n in seen if sex_of(n) in (_GENDERED[title], None)]
                seen = fit if len(fit) == 1 else seen  # (one shown to be the other sex leaves the one left)
            first_named = [n for n in seen if _KIN_ROLE.match(people[n].role) and n.split()[0] in people[n].aliases]
            if len(seen) > 1 and first_named and len(first_named) < len(seen):
                # "Brannagh" after "his father, Ioan, …. Ioan Brannagh had come from …": a relative the story met by
                # his first name is not the one its surname means ("his wife, Sophie Brandt" may be)
                seen = [n for n in seen if n not in first_named]
            if seen:
                person = max(seen, key=lambda n: last_full[n])
        if person is None and kind == "person":
            person = names.titled_given_name(name, people)  # "Dame Rosalind" after "Dame Rosalind Hart"
        if person is None and hon and len(toks) == 1 and last not in by_surname:
            # "Prof Liang" after "Professor Liang Wei": a name written family name first
            first_of = [q for q in people if len(q.split()) == 2 and q.split()[0] == last]
            if len(first_of) == 1:
                person = first_of[0]
        if person is None and kind in ("alias", "single", "unknown") and len(toks) == 1 and not hon and \
                last not in by_surname and last.lower() not in TITLE_WORDS:
            # "Dougie, who lives in the town, …" after "TV chef Dougie Harland": a first name used on its own, as
            # features and tabloids do, is the one person introduced with it
            first_of = [q for q in people if len(q.split()) >= 2 and q.split()[0] == last]
            if len(first_of) == 1 and people[first_of[0]].first < start and (
                    people[first_of[0]].role or names.family_first(first_of[0]) or sex_of(first_of[0]) or
                    _PERSON_SET_OFF.match(text, people[first_of[0]].first + len(first_of[0])) or
                    _OWN_PRONOUN.match(text, people[first_of[0]].first + len(first_of[0]),
                                       people[first_of[0]].first + len(first_of[0]) + 90) or
                    _SAYS_AFTER.match(text, end, end + 14)):
                # (only someone introduced with a role, a "he"/"she"/"her" or a ", who"/", 34,", or quoted by the
                # first name as people are ("Marguerite said"): a firm read as a person,
                # "Bokamoso Platinum", is not one; a feature's "Marguerite Okafor opened her bakery …. Marguerite
                # said" is; "Nguyễn" for "Nguyễn Thị Hằng")
                person = first_of[0]
        if person and name == person:
            last_full[person] = start
        if person and person not in age_of:
            given = _AGE_GIVEN.match(text, end, end + 12)
            if given:
                age_of[person] = int(given.group(1))
        if person:
            surface = text[run.tokens[0][0] if hon or kind == "alias" else start:end]
            surface = re.sub(r"['’]s$", "", surface)
            hon_at = next((k for k, t in enumerate(run.tokens) if _bare(t[2]).lower() in HONORIFICS), None)
            if hon_at is not None and (kind == "alias" or hon):  # "Director Dr. S. Rao" is "Dr. S. Rao"
                surface = re.sub(r"['’]s$", "", text[run.tokens[hon_at][0]:end])
            p = people[person]
            if surface != person and surface not in p.aliases and surface.lower() not in NOT_NAMES:
                if not surface.endswith(person):
                    p.aliases.append(surface)
            at = next((k for k, t in enumerate(run.tokens) if t[0] == toks[0][0]), 0)
            if at and _bare(run.tokens[at - 1][2]).lower() in names.TITLES_BEFORE_GIVEN and name == person:
                titled = text[run.tokens[at - 1][0]:end]  # "Dame Rosalind Hart": the name as styled, typed too
                if titled not in p.aliases:
                    p.aliases.append(titled)
            mentions.append(Mention(start, end, surface, "person", person, run.possessive))
        elif kind == "alias":
            mentions.append(Mention(run.tokens[0][0], end, text[run.tokens[0][0]:end], "unknown", None,
                                    run.possessive))
        elif kind == "org" and name.lower() in _COMMON_ORG_WORDS and _OPENS_ON_NOUN.match(text, end) and \
                (start == 0 or _LINE_OR_SENTENCE_START.search(text[max(0, start - 4):start])):
            # "Industry analysts expect …", an "Industry correspondent" byline: a common noun opening a sentence,
            # not a body ("the company said" is never "Industry")
            mentions.append(Mention(start, end, name, "unknown", None, run.possessive))
        elif kind in ("org", "place"):
            label = stems.get(name, name)
            if kind == "org" and len(toks) == 1 and len(firm_heads.get(name, ())) == 1 and _STAFF_AFTER.match(text, end):
                label = next(iter(firm_heads[name]))  # "Brenner management": Brenner Motors
            if label.lower().startswith("the "):
                label = label[4:]
            mentions.append(Mention(start, end, label, "org" if kind == "org" else "place", None, run.possessive))
            if kind == "org" and label not in orgs:
                orgs.append(label)
        else:
            mentions.append(Mention(start, end, name, "unknown", None, run.possessive))
    # Role aliases: "the home secretary" for "Home Secretary Dana Whitlock", "the PM" for a prime minister.
    role_owner: dict[str, list[str]] = {}
    for p in people.values():
        if names.rank_alias(p.name):  # "the Baroness" for "Baroness Okonkwo"
            role_owner.setdefault(names.rank_alias(p.name), []).append(p.name)
        # "Commissioner for Trade and Customs": the title is the head before "for"/"of"
        head = re.split(r"\s+(?:for|of)\s+", p.role)[0] if re.search(r"\s(?:for|of)\s", p.role) and \
            re.match(r"[" + _UP + r"]", p.role) and not re.match(r"(?:The|An?|Its|Their|His|Her)\s", p.role) else p.role
        words = [w for w in re.findall(r"[^\W\d_]+", head)]
        # "The Tánaiste, Declan Furlong,": one capitalised word after "the", set off before the name, is a title
        own_title = re.fullmatch(r"[Tt]he\s+([" + _UP + r"][^\W\d_]+)", p.role)
        if own_title and (own_title.group(1).lower() in ORG_WORDS or own_title.group(1).endswith("s")):
            own_title = None  # "The Council, …", "The Hawks, …": a body, not a title
        for n in (2, 1):
            if len(words) >= n:
                phrase = " ".join(words[-n:]).lower()
                if (all(w in TITLE_WORDS for w in phrase.split()) or n == 1 and own_title) and \
                        phrase not in {"former", "new"}:
                    role_owner.setdefault(phrase, []).append(p.name)
                    if phrase in ROLE_ABBREVIATIONS:  # "the PM" for "Prime Minister Anna Kessler"
                        role_owner.setdefault(ROLE_ABBREVIATIONS[phrase], []).append(p.name)
    # Whether a spot is already inside a mention, by bisecting the mentions' starts (a long article has
    # tens of thousands of mentions and may say "the minister" hundreds of times).
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    added: list[tuple[int, int]] = []  # role mentions found here, kept sorted

    def covered(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        j = bisect_right(added, (at, len(text) + 1)) - 1
        return k >= 0 and reach[k] > at or j >= 0 and added[j][1] > at

    named_at: dict[str, list[int]] = {}  # where each person is named, in text order
    for m in mentions:
        if m.person:
            named_at.setdefault(m.person, []).append(m.start)
    after_the = _after_the(text) if role_owner else {}
    for phrase, owners in sorted(role_owner.items(), key=lambda kv: -len(kv[0])):
        owners = list(dict.fromkeys(owners))
        pace(len(text) // 100)  # one scan of the whole text for the phrase
        for start, end in _the_phrase(text, phrase, after_the):
            pace(RUN_COST)
            if covered(start):
                continue
            if _OF_A_BODY.match(text, end):
                continue  # "The director of the Quayside Gallery, Elke Morrow,": a new description, not the director met
            owner = owners[0] if len(owners) == 1 else _latest_named(owners, named_at, start, text)
            if owner is None or named_at.get(owner) and named_at[owner][0] > start:
                continue  # "the barrister said" before "His barrister, Jo Park," is someone already met
            surface = text[start:end]
            insort(added, (start, end))
            mentions.append(Mention(start, end, surface, "person", owner, False))
            alias = surface[0].upper() + surface[1:]
            if len(owners) == 1 and alias not in people[owner].aliases and alias.lower() not in [a.lower() for a in people[owner].aliases]:
                people[owner].aliases.append(alias)
    pace(len(text) // 100)  # (the last phrase's scan) and every mention sorted
    mentions.sort(key=lambda m: (m.start, m.end))
    named_as = {(m.person, m.text) for m in mentions if m.person}
    for p in people.values():
        pace(RUN_COST)
        p.side = _side_of(p.role)
        longer = [o for o in orgs if o.endswith(" " + p.side) and o in p.role and o[:-len(p.side)].split()[-1].lower()
                  not in ("of", "for", "at", "and", "&")] if p.side else []  # (not "CEO of New Meridian Media …")
        if longer:
            p.side = max(longer, key=len)  # "Independent Hauliers Association chair": the body's whole name, whose
            # first word is no title of hers ("Hauliers Association" is a cut)
        port = _PORTFOLIO_TITLE.fullmatch(p.role)
        if port and p.side and p.side in port.group(1):
            # "Minister of Fisheries and Coastal Affairs": the portfolio is no party, the ministry the article names is
            p.side = next((o for o in orgs if o.split(" ", 1)[0] in _MINISTRY_WORDS and o.endswith(" " + port.group(1))
                           and o.split()[1] in ("of", "for")), "")
        if p.side == p.role and (p.side.lower() in names.OCCUPATIONS or p.side.lower() in _LAY_ROLES or
                                 _TRADE_WORD.fullmatch(p.side.lower()) or _AGENT_WORD.fullmatch(p.side.lower()) or
                                 _ANT_WORD.fullmatch(p.side)):
            p.side = ""  # "Deckhand Jonas Eide", "Fisherman Tom Lund": a trade is no party
        field_of = _field_of(p.side, p.role) if p.side else False
        works_at = re.search(r"\b(?:with|at)\s+(?:the\s+)?([" + _UP + r"][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[" + _UP +
                             r"][\w&.'’-]*)*)", p.role) if field_of else None
        if works_at:
            p.side = works_at.group(1)  # "a China scholar with the Eastbridge Institute": the institute, not China
        if p.side and " " not in p.side and p.side not in COUNTRIES and p.side not in orgs and \
                not p.side.isupper() and p.role.startswith(p.side) and _LOWER_NEXT.match(p.role, len(p.side)) and \
                p.role[len(p.side):].split()[0] not in TITLE_WORDS and \
                not re.search(r"(?:^|\s)[a-z][\w’'-]*,? " + re.escape(p.side) + r"\b", text):
            p.side = ""  # "High school math teacher": a word capitalised only to open the sentence, no party
        elif p.side and " " not in p.side and p.side not in COUNTRIES and p.side not in orgs and \
                not p.side.isupper() and p.role.startswith(p.side + " ") and \
                re.search(r"\b(?:the|a|an)\s+" + re.escape(p.side.lower()) + r"\b", text) and \
                not re.search(r"(?:^|\s)[a-z][\w’'-]*,? " + re.escape(p.side) + r"\b", text):
            p.side = ""  # "Operator spokesman X" beside "the operator": a common noun opening the sentence
        if p.side:
            p.side = _opening_side(p.side, p.role, text, orgs)
        bare_alias = p.surname
        if " " in p.name and (p.name, bare_alias) in named_as:
            if bare_alias not in p.aliases:
                p.aliases.append(bare_alias)
        particled = names.particled_surname(p.name)
        if particled and p.aliases and particled not in p.aliases:
            p.aliases.append(particled)  # "van den Bosch" is what a reader types for "Annelies van den Bosch"
        p.aliases = [a for a in p.aliases if a != p.name]
    pace(len(text) // 100)  # some people's sides were looked for in the whole text
    bodies = _bodies_read_as_people(people) | _spoken_of_as_it(people, text) | _owning_a_body(people, text) | {
        n for n, p in people.items() if n in orgs and " " in n and not p.role and not p.aliases}  # (named as a body too)
    plans = _plans_read_as_people(people, text) | _credits_read_as_people(people, text, pace)
    places = _places_read_as_people(people, text, pace)
    if places:  # "officials in the town of Tel Ruma said": the town is where they are, never who speaks
        people = {n: p for n, p in people.items() if n not in places}
        mentions = [Mention(m.start, m.end, m.text, "place", None, m.possessive) if m.person in places else m
                    for m in mentions]
    if plans:  # "Bright Start, the government's flagship scheme": a plan, never a person (nor a body)
        people = {n: p for n, p in people.items() if n not in plans}
        mentions = [Mention(m.start, m.end, m.text, "unknown", None, m.possessive) if m.person in plans else m
                    for m in mentions]
    if bodies:
        people = {n: p for n, p in people.items() if n not in bodies}
        mentions = [Mention(m.start, m.end, m.person, "org", None, m.possessive) if m.person in bodies else m
                    for m in mentions]
        orgs.extend(b for b in sorted(bodies) if b not in orgs)
    for p in people.values():
        if p.side and p.side not in orgs and key_of(p.side):
            # "The Selvanian group's chairman": the group the article describes so ("the Selvanian shipping group
            # Astrakhan Line"), never the adjective
            owner = re.match(r"(.+?)['’]s\s", p.role) or re.search(r"\b(?:of|for|at)\s+(.+)$", p.role)
            named = describes(owner.group(1) if owner else p.side, text, tuple(orgs), p.first)
            if named:
                p.side = named
    things = _owned_things(people, mentions, text) | {  # "her book The Long Crossing": a work, no one
        n for n, p in people.items() if not p.aliases and named_as_work(n, text)} | _named_for_own_noun(people)
    if things:
        people = {n: p for n, p in people.items() if n not in things}
        mentions = [Mention(m.start, m.end, m.text, "unknown", None, m.possessive) if m.person in things else m
                    for m in mentions]
    for p in people.values():
        if p.side and re.fullmatch(r"[" + _UP + r"][\w&.\s-]*['’]s?", p.role):
            p.role = ""  # "Blue Ridge Co's Jo Lind": the owner is the side; "Blue Ridge Co's" says no role
    born = _birth_names(people, mentions, text)
    if born:
        for n, subject in born.items():
            people[subject].aliases.append(n)
        people = {n: p for n, p in people.items() if n not in born}
        mentions = [Mention(m.start, m.end, m.text, m.kind, born.get(m.person, m.person), m.possessive)
                    for m in mentions]
    _own_roles(people, mentions, article)
    _whose_relation(people, mentions, text)
    for p in people.values():
        cut = _HEAD_OWNED.fullmatch(p.role)
        whole = {o for o in orgs if o.endswith(" " + cut.group(1))} if cut and p.side in (cut.group(1), *orgs) else ()
        if len(whole) == 1 and cut.group(1).lower() in ORG_WORDS | _THE_LAST:
            # "The Movement's chief negotiator" of the Free Highlands Movement: the body by its name, as a student
            # reads the role without the article
            p.side = whole.pop()
            the = "the " if p.side.split()[-1].lower() in _THE_LAST | _THE_TOO or _OF_NAME.search(p.side) else ""
            p.role = f"{cut.group(2)} of {the}{p.side}"
    dotted = {n: d for n in people if (d := names.dotted_initials(n, text)) != n and d not in people}
    if dotted:  # "Marcus T. Hale", "K. S. Rao": the name as the article writes it, full stops and all
        for n, d in dotted.items():
            people[n].name = d
            people[n].aliases = [a for a in people[n].aliases if a != d]
        people = {p.name: p for p in people.values()}
        mentions = [Mention(m.start, m.end, m.text, m.kind, dotted.get(m.person, m.person), m.possessive)
                    for m in mentions]
    ordered = sorted(people.values(), key=lambda p: p.first)
    return Cast(people=ordered, mentions=mentions, orgs=orgs)


# What a body is called that a person never is: "Spanish trio X, Y and Z", "their rivals X"
_GROUP_ROLES = {"trio", "pair", "duo", "quartet", "clubs", "sides", "teams", "rivals", "giants", "outfit", "club",
                "team", "side", "firms", "companies"}


# What a firm is called that a person never is: "Marenland's third-largest home insurer", "the Danish utility"
_FIRM_ROLES = {"insurer", "reinsurer", "airline", "lender", "bank", "retailer", "firm", "company", "utility",
               "manufacturer", "carmaker", "automaker", "broadcaster", "conglomerate", "supermarket", "charity",
               "consortium", "subsidiary", "group", "companies", "firms", "airlines", "banks", "insurers"}


_RUNS_A_NETWORK = re.compile(r"\b(?:port|rail|railway|network|bus|ferry|train|terminal|mobile|airport|grid|energy|water|"
                             r"pipeline)\s+operator$")


# The head of a role that makes its owner someone's relative ("Ruben's sister", "the mayor's husband").
_KIN_HEAD = re.compile(r"\b(?:sister|brother|son|daughter|wife|husband|mother|father|mum|dad|cousin|partner|widow|"
                       r"widower|niece|nephew|aunt|uncle|grand(?:son|daughter|mother|father|child)|fianc[ée]e?)s?$",
                       re.IGNORECASE)


def _bodies_read_as_people(people: dict[str, Person]) -> set[str]:
    """Organisations the name rules took for people: one described with a group's noun ('Spanish trio Real
    Madrid'), or a one-word name ('rival Norvale') that another person works for ('an executive at Norvale')."""
    sides = {p.side for p in people.values() if p.side}
    # ("Ruben's sister, Abena Mabuza": a relative's owner is a person, whatever the article calls him)
    employers = {p.side for p in people.values() if p.side and not _KIN_HEAD.search(p.role)}
    out: set[str] = set()
    for name, p in people.items():
        # (the role's head noun decides: "a mechanic with one of the works teams" is a person, not a team)
        words = re.split(r"\s+(?:with|of|at|for|from|in|on|who|which|whose)\s+", p.role.lower())[0].split()
        if words and (words[-1] in _GROUP_ROLES or words[-1] in _FIRM_ROLES or _RUNS_A_NETWORK.search(" ".join(words))) \
                or " " not in name and name in sides:
            out.add(name)
        elif " " in name and (not p.role or re.fullmatch(r"[" + _UP + r"][\w&.\s-]*['’]s?", p.role)) and \
                name.split()[0] in p.aliases and name.split()[0] in employers:
            # "Germany's Rheinhaus Versicherung … Rheinhaus chief executive X": a name called by its first word, for
            # whom another person works, is a body (a person is never called by a given name and employs no one)
            out.add(name)
    return out


# A body's nouns a role may end on ("The Norlandic rival Fjordair", "the port operator, Meridian Terminals")
_BODY_ROLE_HEADS = {"rival", "carrier", "airline", "insurer", "lender", "bank", "operator", "retailer", "group",
                    "firm", "company", "utility", "manufacturer", "carmaker", "broadcaster", "publisher", "supplier",
                    "conglomerate", "chain", "brand", "platform", "network", "charity", "union", "club", "bidder",
                    "suitor", "subsidiary", "parent", "owner", "consortium", "developer", "builder", "miner"}


_WHICH_AFTER = re.compile(r",\s+which\s")
_SAID_IT_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|added|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")
# The rest of a name's sentence, with no other name, no "he/she/his/her" in it, and the next sentence opening on "Its"
_ITS_OPENS_NEXT = re.compile(r"(?:(?!\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b)[^.!?\n\"“”A-Z]){0,200}[.!?]\s+Its\s+[a-z]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:under|of|by|with|from|for|to|at|behind|led\s+by)\s$")


def _occurrences(name: str, text: str) -> list[int]:
    """Where `name` stands in `text` as whole words (not after a hyphen: "Lise Berg" of "Anna-Lise Berg")."""
    return [at for at in word_starts(name, text) if text[at - 1:at] != "-"]


def _spoken_of_as_it(people: dict[str, Person], text: str) -> set[str]:
    """Names the name rules took for people that the article speaks of as a thing: "Meridian Terminals, which is
    owned by …" (a person is "who"), or a name with a body's noun for its role ("the Norlandic rival Fjordair")
    that "said it would …"."""
    out: set[str] = set()
    for name, p in people.items():
        if p.kind != "person":
            continue
        spots = _occurrences(name, text)
        if " " in name and len(_occurrences(name.split()[-1], text)) > len(spots):
            continue  # "Sandgren denies this": called by the surname alone, as a person is
        if any(_WHICH_AFTER.match(text, at + len(name)) and
               not _CAPITAL_WORD_BEFORE.search(text, max(0, at - 30), at) and
               not _PREPOSITION_BEFORE.search(text, max(0, at - 12), at) for at in spots):
            out.add(name)  # (not "Save Gorse Hill, which …": a longer name; nor "the party under X, which …")
            continue
        words = re.split(r"\s+(?:with|of|at|for|from|in|on)\s+", p.role.lower())[0].split()
        if words and words[-1] in _BODY_ROLE_HEADS and any(_SAID_IT_AFTER.match(text, at + len(name)) or
                                                           _ITS_OPENS_NEXT.match(text, at + len(name)) for at in spots):
            out.add(name)  # "Quarry owner Castlerock Aggregates wants to … . Its managing director, X, said"
    return out


# What only a body owns, after a name's possessive: "Quillon Harte's shareholders", "Halvern's chief executive"
_BODY_OWNS = re.compile(r"['’]s?\s+(?:(?:new|former|interim|acting|own)\s+)?(?:shareholders|board|chief\s+executive|"
                        r"chief\s+financial\s+officer|chairman|chairwoman|headquarters|share\s+price|shares|employees|"
                        r"workforce|profits?|revenues?|subsidiar(?:y|ies)|factor(?:y|ies)|plants?|branches|directors|"
                        r"executives|management|creditors|investors|balance\s+sheet)\b")


def _owning_a_body(people: dict[str, Person], text: str) -> set[str]:
    """Names the name rules took for people that the article gives what only a body has: shareholders, a board, a
    chief executive, profits, factories ("Quillon Harte's board has recommended …"). A person named with a title or an
    honorific, or called by the surname alone, stays a person."""
    out: set[str] = set()
    for name, p in people.items():
        if p.kind != "person" or " " not in name or p.role and p.role.split()[-1].lower() in TITLE_WORDS and \
                p.role.split()[-1].lower() not in _BODY_ROLE_HEADS or \
                any(a.split()[0].rstrip(".").lower() in HONORIFICS for a in p.aliases if " " in a):
            continue
        spots = _occurrences(name, text)
        if len(_occurrences(name.split()[-1], text)) > len(spots):
            continue  # "Harte said": called by the surname alone, as a person is
        if any(_BODY_OWNS.match(text, at + len(name)) for at in spots):
            out.add(name)
        elif any((m := _FIRM_NEXT.match(text, at + len(name))) and not _OWN_PRONOUN.match(text, at + len(name)) and
                 not _TWO_CAPS.search(m.group("gap")) and not _PERSONAL_NEXT.match(text, m.end())
                 for at in spots) and _sex_hint(text, name) is None:
            out.add(name)  # "The quarry's owner, Brandling Aggregates, had planned …. The company said …": the name
            # the sentence is about is what the next one calls the company (a person is "he" or "she" there)
    return out


# The rest of a name's sentence (no other name in it) and the next one opening on a firm's noun
_FIRM_NEXT = re.compile(r"(?P<gap>[^.!?\n\"“”]{0,200}?)[.!?][\"”’]?\s+(?:The|This)\s+"
                        r"(?:company|firm|business|operator|developer|manufacturer|retailer|insurer|lender|airline|"
                        r"carrier|group|supplier|contractor|producer|chain)\s+(?:said|says|has|had|is|was|will|would|"
                        r"also|did|does|denied|denies|added|told|insisted|argued|plans|planned|wants|wanted)\b")
_TWO_CAPS = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z]")
# ("Jane Roe resigned on Monday. The company said she …": a person the company speaks of)
_PERSONAL_NEXT = re.compile(r"[^.!?]{0,160}?\b(?:he|she|his|her|him|hers)\b", re.IGNORECASE)


# The head nouns of a plan, a policy, a bill or a project under debate
_PLAN_HEADS = r"(?:plan|plans|policy|bill|act|law|scheme|strategy|programme|program|initiative|project|proposal|reform|pact|accord|framework|charter|agenda|levy|treaty|zone)"
_NOT_HEAD = r"(?!(?:of|for|behind|to|who|whose|whom|which|that|where|when|and|with|at|in|on)\b)"


_PLAN_SET_OFF = re.compile(r",\s+(?:the|a|an)\s+(?:" + _NOT_HEAD + r"[\w’'-]+\s+){0,4}?" + _PLAN_HEADS +
                           r"\b(?!\s+(?:of|for|behind)\b)")
_PLAN_NOUN_AFTER = re.compile(r"\s+" + _PLAN_HEADS + r"\b")
# (a determiner or an owner's possessive before the name: "the Bright Start scheme", "the council's Bright Start plan",
# "its Bright Start programme")
# A title over a portfolio ("Minister of Fisheries and Coastal Affairs", "Secretary of State for Health")
_PORTFOLIO_TITLE = re.compile(r"(?:[" + _UP + r"][a-z]+\s+){0,2}(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?"
                              r"\s+(?:of|for)\s+(?:the\s+)?([" + _UP + r"].*)")
_MINISTRY_WORDS = frozenset({"Ministry", "Department", "Office"})
_THE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)|[\w-]['’]s|\ws['’])\s+$")
_COSTS_AFTER = re.compile(r"\s+(?:would|will|could|is\s+expected\s+to)\s+cost\b")
_DEBATED_BEFORE = re.compile(r"\b(?:[Uu]nder|[Oo]pponents\s+of|[Cc]ritics\s+of|[Ss]upporters\s+of)\s+$")


def _plans_read_as_people(people: dict[str, Person], text: str) -> set[str]:
    """Names the name rules took for people that the article uses as a plan's, a bill's or a project's: set off
    with a plan's noun for its head ("Bright Start, the government's flagship insulation scheme,"; never "X, the
    architect of the scheme"), or written "the Bright Start scheme", or that "would cost" something and that is
    debated "under X" or by "opponents/critics/supporters of X". A name the article gives a title or an
    honorific ("Ms Vance") is a person's."""
    out: set[str] = set()
    for name, p in people.items():
        if p.kind != "person" or any(a.split()[0].rstrip(".").lower() in HONORIFICS for a in p.aliases if " " in a):
            continue
        spots = _occurrences(name, text)
        ends = [at + len(name) for at in spots]
        if any(_PLAN_SET_OFF.match(text, e) for e in ends) or \
                any(_PLAN_NOUN_AFTER.match(text, at + len(name)) and _THE_BEFORE.search(text, max(0, at - 8), at)
                    for at in spots) or (
                any(_COSTS_AFTER.match(text, e) for e in ends) and
                any(_DEBATED_BEFORE.search(text, max(0, at - 25), at) for at in spots)):
            out.add(name)
    return out


def _named_for_own_noun(people: dict[str, Person]) -> set[str]:
    """Names whose first word is the very noun the article describes them by: "Storm Delia, the fourth named storm
    of the winter", "Operation Harrow, a police operation": a thing called after its kind, no one (a person's
    description never holds the first word of their name in lower case)."""
    out: set[str] = set()
    for name, p in people.items():
        if p.kind != "person" or p.aliases or " " not in name or not p.role or p.side:
            continue
        first = name.split()[0]
        if first[:1].isupper() and first[1:].islower() and first.lower() not in TITLE_WORDS and \
                first.lower() in [w.strip(",;:.") for w in p.role.split()[:6]]:
            out.add(name)
    return out


# A news agency's credit: the dateline's "(Kestrel Wire) -" at the head of the body, or "© Kestrel Wire 2026" at its foot
_DATELINE_CREDIT = re.compile(r"\A\s*[" + _UP + r"][^\n()]{0,80}\(\s*$")
_CREDIT_CLOSES = re.compile(r"\s*\)\s*(?:—|–|-|:)\s")
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([Cc]\)|[Cc]opyright)\s*$")


def _credits_read_as_people(people: dict[str, Person], text: str, pace: Pacer) -> set[str]:
    """Names the name rules took for people that the article prints only as a credit: the wire service in the
    dateline's brackets ("VELLA CITY, May 3 (Kestrel Wire) - …") or after a copyright sign. An agency that
    reports is no one who speaks in the story; a name with a role or a title stays a person's."""
    out: set[str] = set()
    for name, p in people.items():
        if p.kind != "person" or p.role or p.aliases:
            continue
        pace(RUN_COST)
        for at in _occurrences(name, text):
            end = at + len(name)
            if at < 160 and _DATELINE_CREDIT.match(text, 0, at) and _CREDIT_CLOSES.match(text, end) or \
                    _COPYRIGHT_BEFORE.search(text, max(0, at - 12), at):
                out.add(name)
                break
    return out


def _places_read_as_people(people: dict[str, Person], text: str, pace: Pacer) -> set[str]:
    """Names the name rules took for people that the article uses as a place's ("in the town of Tel Ruma",
    "Tel Ruma residents", "Tel Ruma, a village on the border": `kinds.kind_of`): a name with no title, no side and
    no alias of its own (a person is "Ms Ruma", "Ruma said")."""
    read_cues(text, pace)  # (the article's place cues read once, a line at a time: a long article's Cancel is heard)
    return {name for name, p in people.items() if p.kind == "person" and not p.aliases and not p.side and
            not set(p.role.lower().split()) & TITLE_WORDS and kind_of(name, text) == "place"}


_SAYS_NEAR = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|argued|warned|"
                        r"according\s+to)\b")


def _owned_things(people: dict[str, Person], mentions: list[Mention], text: str) -> set[str]:
    """Names read as people that are an organisation's products or campaigns: "Blue Ridge Co's Skyline
    lander", "the Health Authority's Clear Air campaign". Such a name has only its owner for a role, is never
    named again by a surname, a title or 'Mr', and no verb of saying stands next to it; a person introduced as
    "Acme's Jo Lind" is, or is given a title after the name."""
    out: set[str] = set()
    near: dict[str, bool] = {}
    for m in mentions:
        if m.person:
            near[m.person] = near.get(m.person, False) or bool(
                _SAYS_NEAR.search(text, max(0, m.start - 25), m.start) or _SAYS_NEAR.match(text, m.end + 1, m.end + 30)
                or re.match(r",\s", text[m.end:m.end + 2]))
    for name, p in people.items():
        if p.kind == "person" and not p.aliases and not near.get(name, False) and \
                re.fullmatch(r"[" + _UP + r"][\w&.\s-]*['’]s?", p.role) and not set(p.role.lower().split()) & TITLE_WORDS:
            out.add(name)
    return out


# A role that names its owner only by a pronoun or a common noun: "Its general secretary", "The agency's chief
# executive", "the foreign minister"
_OWNERLESS = re.compile(r"(?:(?P<pron>[Ii]ts|[Tt]heir)|[Tt]he\s+(?P<noun>[a-z][\w-]*)['’]s|[Tt]he)\s+"
                        r"(?P<title>[a-z][\w-]*(?:\s+(?:(?:of|for)\s+)?[a-z][\w-]*){0,3})")
_OWNED_INSIDE = re.compile(r"(?P<title>[a-z][\w-]*) of (?P<owner>(?:[Tt]he\s+(?P<noun>[a-z][\w-]*)['’]s|(?P<pron>its|their)))"
                           r"\s+[a-z][\w\s-]*")
_THE_LAST = _BODY_HEADS | {"agency", "organisation", "organization", "ministry", "department", "commission", "office",
                           "government", "authority", "service", "bureau", "administration", "regulator", "network",
                           "bank", "fund", "forum", "institute", "court", "assembly", "parliament", "programme",
                           "directorate", "inspectorate", "tribunal"}
# Nouns that can stand for a body of any kind ("the agency" for "… Organization"); "the council" is only a council
_ANY_BODY = {"organisation", "organization", "group", "body", "agency", "firm", "company", "charity", "institution"}
# A name that ends in one of these is a building or a place, not a body that employs people ("County Hall",
# "Harbour House"): "the county's chief engineer" is not County Hall's
_BUILDING_HEADS = {"hall", "house", "street", "square", "road", "building", "centre", "center", "park", "station",
                   "bridge", "tower", "palace", "avenue", "lane", "quay", "stadium", "arena", "gate", "gardens"}
# Titles a country or a city gives ("Its trade minister" after a country is that country's)
_STATE_TITLES = {"minister", "ambassador", "president", "premier", "envoy", "governor", "mayor", "secretary",
                 "chancellor", "negotiator", "spokesman", "spokeswoman", "spokesperson", "delegate"}
OWNER_REACH = 400  # "Its chief executive, X": the body named within a few sentences before


# "The firm's finance director" is an officer of a business, never of the court it appeals to or the council,
# ministry or regulator the sentences before also name
_TRADING_NOUNS = {"firm", "company", "business", "operator", "developer", "retailer", "employer", "maker", "group"}
_PUBLIC_BODY_WORDS = {"court", "tribunal", "council", "ministry", "department", "parliament", "assembly", "senate",
                      "government", "police", "commission", "committee", "inquiry", "authority", "directorate",
                      "inspectorate", "ombudsman", "regulator", "office", "judge", "justice", "appeal", "appeals"}


# A batch, model or case code ("LO2633", "AB12345"): no body that employs anyone
_CODE = re.compile(r"[A-Z]{1,4}-?\d{3,}[A-Z]?")


def _public_body(name: str) -> bool:
    """A court, council, ministry or regulator: a name holding one of their words ('Court of Appeal',
    'Digital Markets Authority')."""
    return bool({w.lower().strip(".,'’") for w in name.split()} & _PUBLIC_BODY_WORDS)


# A body's name after "the" ("the Federation of Independent Bakers"): where the cast read no organisation there, the
# names missed one
_THE_BODY = re.compile(r"\b[Tt]he\s+(?:[" + _UP + r"][\w'’&-]*\s+(?:(?:of|for|and|the)\s+)*){0,4}(?:Federation|Union|"
                       r"Association|Council|Society|Trust|League|Guild|Board|Authority|Agency|Institute|Alliance|"
                       r"Chamber|Commission|Committee|Confederation|Foundation)\b")


def _unread_body_between(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a body's name stands between `start` and `end` that no mention of the cast covers."""
    for m in _THE_BODY.finditer(text, start, end):
        if not any(x.start <= m.end() - 1 < x.end for x in mentions if x.kind != "person"):
            return True
    return False


_THE_TOO = frozenset({"movement", "front", "campaign", "network", "forum", "army", "service", "institute"})
# "The Movement's chief negotiator": a role owned by a body's head word alone
_HEAD_OWNED = re.compile(r"[Tt]he\s+([" + _UP + r"][a-z]+)['’]s\s+([a-z][\w -]*)")


# a body's name built on "of" ("Seafarers' Guild of Orvana", "Bank of Kestria"), which English writes with "the"
_OF_NAME = re.compile(r"^(?!The\b)(?:[A-Z][\w’'-]*\s+)*(?:Guild|Union|Association|Society|Federation|Confederation|Bank|"
                      r"University|Institute|College|Academy|Ministry|Department|League|Chamber|Board|Court|Republic|"
                      r"Kingdom|Museum|Port|Office|Agency|Commission|Corporation|Committee|Council|Order|Brotherhood)"
                      r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


def _owned_role(title: str, owner: str) -> str:
    last = owner.split()[-1].lower().strip(".")
    the = "the " if last in _THE_LAST and last not in _LEGAL_SUFFIXES or owner.startswith("United ") else ""
    if re.search(r"\b(?:of|for)\b", title):
        return f"{the}{owner}'{'' if owner.endswith('s') else 's'} {title}"  # "the Ashcombe Council's cabinet
        # member for arts", not "… for arts of …"
    return f"{title} of {the}{owner}"


_DESCRIBED_BODY = re.compile(r"[Tt]he\s+((?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*))\s+(?:said|says|has|have|had|is|are|was|"
                             r"were|will|would|can|could)\b")


def _subject_before(article: Article, at: int, near: list[Mention]) -> str:
    """The body named as the subject of the sentence just before `at` (its first name, within the sentence's first
    few words: "Rival carrier Brisa Air, which …, urged the regulator …") when that sentence names another body
    after it: '' when the subject is the last body named anyway, or no body opens the sentence."""
    i = article.sentence_index(at)
    if i <= 0:
        return ""
    before = article.sentences[i - 1]
    # (not "Campaign" of "Campaign group Clean Vale Now wrote to …": a common word opening the sentence, then the name)
    inside = [m for m in near if before.start <= m.start and m.end <= before.end]
    inside = [m for k, m in enumerate(inside) if not (
        " " not in m.text and _LOWER_NEXT.match(article.body, m.end) and k + 1 < len(inside) and
        inside[k + 1].start - m.end <= 25 and not article.body[before.start:m.start].strip(" \"“‘(—–-"))]
    if len(inside) < 2 or inside[0].text == inside[-1].text:
        return ""
    first = inside[0]
    lead = article.body[before.start:first.start]
    if len(lead.split()) > 3 or any(ch in lead for ch in ",;:\"“”") or lead[:1].islower():
        return ""  # ("After talks with Acme, the union …": a body in a phrase before the subject)
    return first.text


def _described_subject(article: Article, at: int, named: Mention) -> str:
    """The body the sentence before `at` opens on when it describes it without a name ("The regional water authority
    said …") and the name `named` (the last one before) is not in that sentence and is not of that kind: '' else."""
    i = article.sentence_index(at)
    if i <= 0:
        return ""
    before = article.sentences[i - 1]
    m = _DESCRIBED_BODY.match(before.text)
    if not m or m.group(2) not in _THE_LAST | _ANY_BODY or before.start <= named.start < before.end or \
            m.group(2) in named.text.lower().split():
        return ""
    return m.group(1)


def kin_role(p: Person, people: dict[str, Person], mentions: list[Mention], article: Article) -> str:
    """A person's role as the bank prints it: "Her daughter" says whose to no one once printed alone, so it is
    "daughter of Renata Holloway" (`_kin_owner`) or nothing. (The cast keeps "Her daughter": speakers are found by
    it.) Any other role as it is."""
    if not _KIN_ROLE.fullmatch(p.role.strip()):
        return p.role
    owner = _kin_owner(p, people, mentions, article)
    return f"{p.role.strip().split(None, 1)[1]} of {owner}" if owner else ""


def _kin_owner(p: Person, people: dict[str, Person], mentions: list[Mention], article: Article) -> str:
    """Whose kin a person with the role "Her daughter" is: the first person the article names when the title names
    them too and nothing shows them of the other sex (an obituary's subject), else the one person named before them
    who can be of the pronoun's sex when the article shows they are; '' otherwise ("Their son" is two people's; two
    women before "Her grandson" leave it open, and so does a name of unknown sex beside one)."""
    pron = p.role.strip().split()[0].lower()
    if pron not in ("his", "her"):
        return ""
    before = list(dict.fromkeys(m.person or m.text for m in mentions if m.kind == "person" and m.end <= p.first and
                                (m.person or m.text) != p.name and (m.person or m.text) in people))
    if not before:
        return ""
    from studyapp.core.generate.pronouns import sexes  # (pronouns reads people's roles; imported here, once needed)
    sexed = sexes(article.body, [{"name": n, "role": people[n].role} for n in before])
    want = "f" if pron == "her" else "m"
    if before[0] in article.title and sexed.get(before[0]) in (want, None):
        return before[0]  # the story's subject, named in the title and first in the text: an obituary's
    could = [n for n in before if sexed.get(n) in (want, None)]
    return could[0] if len(could) == 1 and sexed.get(could[0]) == want else ""


# A role that is a relation to another person ("her former colleague Dr X", "his old coach, Y"): printed alone
# ("Former colleague") it says nothing; whose, the possessive before it says
_RELATION_ROLE = re.compile(r"(?:(?:former|longtime|long-time|old|close|lifelong|fellow)\s+)?(?:colleague|friend|"
                            r"teammate|team-mate|neighbour|neighbor|mentor|protégé|protege|pupil|student|coach|classmate|"
                            r"collaborator|co-author|rival|understudy)", re.IGNORECASE)


def _birth_names(people: dict[str, Person], mentions: list[Mention], text: str) -> dict[str, str]:
    """A name the article writes only after "born" ("Born Wilhelmina Margaret Corr in Dunharrow, she …") that shares
    its given name with the person the profile is about (or, named once, the first person it names) is that
    person's birth name, not another person: {birth
    name: the subject}. (As its own person it took the subject's quotations and made "her husband" anyone's.)"""
    subject = profile_subject(mentions, text) or next(
        (m.person for m in sorted(mentions, key=lambda m: m.start) if m.kind == "person" and m.person and
         not _BORN_BEFORE.search(text[max(0, m.start - 6):m.start])), "")  # (a profile may name her once, then "she")
    if not subject or subject not in people or " " not in subject:
        return {}
    after_born: dict[str, bool] = {}
    for m in mentions:
        if m.kind == "person" and m.person and m.person != subject:
            after_born[m.person] = after_born.get(m.person, True) and bool(
                _BORN_BEFORE.search(text[max(0, m.start - 6):m.start]))
    given = subject.split()[0]
    return {n: subject for n, only in after_born.items() if only and n in people and " " in n and
            n.split()[0] == given and people[n].kind == "person"}


def profile_subject(mentions: list[Mention], text: str) -> str:
    """The person a profile, obituary or feature is about: the first person the text names, named more often than
    anyone else and at least twice ("Born X Y", a birth name, is no mention of its own); '' when there is none."""
    counts: dict[str, int] = {}
    first = ""
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind == "person" and m.person and not _BORN_BEFORE.search(text[max(0, m.start - 6):m.start]):
            counts[m.person] = counts.get(m.person, 0) + 1
            first = first or m.person
    top = max(counts.values(), default=0)
    if not first or counts[first] < 2 or counts[first] < top or list(counts.values()).count(top) > 1:
        return ""
    return first


def _whose_relation(people: dict[str, Person], mentions: list[Mention], text: str) -> None:
    """Give a relation role its owner: "her former colleague Dr Amrit Basu" in a profile of one person is "former
    colleague of <that person>" when the possessive's sex fits the person the story is about (`profile_subject`);
    a relation no name can own is no role."""
    subject = profile_subject(mentions, text)
    subject = subject if subject in people else ""
    for p in people.values():
        if p.kind != "person" or not _RELATION_ROLE.fullmatch(p.role.strip()):
            continue
        whose = re.search(r"\b(his|her|their)\s+" + re.escape(p.role.strip()) + r"\s*,?\s+(?:[A-Z][a-z]*\.?\s+)?$",
                          text[max(0, p.first - 100):p.first], re.IGNORECASE)
        if not whose:
            continue  # "Student Pia Lands, 19, said": a lay title before the name, nobody's relation
        sex = {"his": "m", "her": "f"}.get(whose.group(1).lower())
        hints = {_sex_hint(text, n) for n in [subject, *people[subject].aliases]} - {None} if subject else set()
        if sex and subject and subject != p.name and hints == {sex}:
            p.role = f"{p.role.strip()} of {subject}"
        else:
            p.role = ""


def _own_roles(people: dict[str, Person], mentions: list[Mention], article: Article) -> None:
    """Give a role that names its owner only by 'its', 'the union's' or nothing ('the foreign minister') the
    party the article means, and make that party the person's side: 'general secretary of the Harbour Workers
    Union'. The owner is the body the pronoun or noun refers back to, or the one country or body the sentence
    introducing the person names; none when the article leaves it open."""
    parties = [m for m in mentions if m.kind in ("org", "place") and m.person is None and not m.text.isupper() or
               m.kind == "org" and m.person is None]
    starts = [m.start for m in parties]
    for p in people.values():
        if p.side or p.kind != "person":
            continue
        if re.match(r"[Hh](?:is|er)\s", p.role) and not _KIN_ROLE.fullmatch(p.role.strip()):
            p.role = ""  # "Her spokesman": a person's aide, whose the role never says once printed alone
            continue
        own = _OWNERLESS.fullmatch(p.role.strip())
        inner = _OWNED_INSIDE.fullmatch(p.role.strip()) if not own else None
        if inner:
            own = inner  # "chair of the association's doctors committee": the association's
        elif not own or not (own.group("noun") or own.group("pron")) and not set(
                own.group("title").split()[-1].split("-")) & TITLE_WORDS:
            continue  # "the foreign minister" is a title; "its cabinet member for arts", set off before a name, a role
        at = bisect_left(starts, p.first)
        before = [m for m in parties[:at] if m.end <= p.first]
        owner = ""
        if own.group("pron") and own.group("pron").lower() == "their" and _people_before(article, p.first):
            p.role = ""  # "Protesters marched … . Their leader, X,": the protesters', whom no body's name stands for
            continue
        if own.group("pron") or own.group("noun"):
            noun = (own.group("noun") or "").lower()
            near = [m for m in before if m.kind == "org" and m.start >= p.first - OWNER_REACH
                    and not (noun in _TRADING_NOUNS and _public_body(m.text)) and not _CODE.fullmatch(m.text)
                    and not _common_word_opening(m, article.body) and not _a_street(m.text)]
            named = [m for m in before if m.kind == "org" and noun and noun in m.text.lower().split() and
                     m.text.split()[-1].lower() not in _BUILDING_HEADS]
            if named:
                owner = named[-1].text
            elif near and own.group("pron") and _described_subject(article, p.first, near[-1]):
                # "The regional water authority said … Its director, X": the body the sentence before is about, which
                # it describes without a name, not a name further back ("the Institute for Mountain Research")
                owner = _described_subject(article, p.first, near[-1])
            elif near and own.group("pron") and _subject_before(article, p.first, near):
                # "Rival carrier Brisa Air … urged the regulator to block the deal. Its commercial director, X,": the
                # body the sentence before is about (its subject), not the one it names last (its object)
                owner = _subject_before(article, p.first, near)
            elif near and (own.group("pron") or noun in _ANY_BODY and (
                    near[-1].text.split()[-1].lower() not in _THE_LAST or near[-1].text.split()[-1].lower() in _ANY_BODY
                    or noun in _TRADING_NOUNS and near[-1].text.split()[-1].lower() in _LEGAL_SUFFIXES | _FIRM_ENDS)):
                owner = near[-1].text  # "The agency's director" after "the Health Organization"; not "the council's"
                if _unread_body_between(article.body, near[-1].end, p.first, mentions):
                    owner = ""  # "… the Federation of Independent Bakers, urged …. Its chairman, X": a body the
                    # names missed stands between, and "its" is more likely its own than the one named before
        else:
            sent = next((x for x in article.sentences if x.start <= p.first < x.end), None)
            if sent is not None:
                here = {m.text for m in parties if sent.start <= m.start and m.end <= sent.end and (
                    m.kind == "org" or m.text in COUNTRIES)}
                one = next(iter(here)) if len(here) == 1 else ""
                if one and not (one in COUNTRIES and own.group("title").split()[-1] in _STATE_TITLES):
                    if re.match(r"\s+of\s+(?:the\s+)?" + re.escape(one), article.body[next((m.end for m in mentions if m.start == p.first), p.first + len(p.name)):]):
                        p.side = one  # "The regional premier, Jonas Lind of the Centre Party": his party, not the
                        # party's premier
                    here = set()  # "Speaking to the Harleigh Chamber of Commerce, the chief executive, X": a
                    # body the sentence names is not the employer of every title in it; a country is a minister's
                if len(here) == 1:
                    owner = here.pop()  # "Eastland's delegation was led by Piet Varga, the foreign minister"
        if owner and owner.replace(".", "").isupper():
            owner = _spelt_out(owner, article.body) or owner  # "president of NFF": the name the article spells out
        if owner and " " not in owner and owner.lower() in ORG_WORDS | _BODY_HEADS:
            # "chief negotiator of Movement": a body's head word alone is a cut name; the one longer name the article
            # gives that ends in it is the body's, else whose the role is stays unsaid
            whole = {m.text for m in parties if m.text.endswith(" " + owner) and m.kind == "org"}
            owner = whole.pop() if len(whole) == 1 else ""
        if owner and inner:
            p.side = owner
            mark = "’" if "’" in inner.group("owner") else "'"
            the = "the " if owner.split()[-1].lower() in _THE_LAST else ""
            ending = mark if owner.endswith("s") else f"{mark}s"  # "Hands Across Borders’ director", not "…s’s"
            p.role = f"{p.role[:inner.start('owner')]}{the}{owner}{ending}{p.role[inner.end('owner'):]}"
        elif owner:
            p.side = owner
            p.role = _owned_role(own.group("title"), owner)
            at = article.body.find(owner)
            if _OF_NAME.search(owner) and p.role.endswith(" of " + owner) and at >= 0 and \
                    not article.body.startswith((" and ", " & "), at + len(owner)):
                p.role = p.role[:-len(owner)] + "the " + owner  # "the Seafarers' Guild of Orvana": "X of Y" takes "the"
        elif own.group("pron"):
            place = [m for m in before if m.start >= p.first - OWNER_REACH and not _in_quotation(article.body, m.start)]
            if place and place[-1].kind == "place" and own.group("title").split()[-1] in _STATE_TITLES and \
                    own.group("pron").lower() == "its" and \
                    not _a_street(place[-1].text):
                p.side = place[-1].text  # "Isla Verdosa has threatened … Its trade minister, X": the country's
                p.role = _owned_role(own.group("title"), place[-1].text)
            else:
                p.role = ""  # "Their spokesperson": whose, the article never says by name; printed, it tells no one


# The last word of a street's or a building's name: a place where things happen, never a state with a leader
_STREET_WORDS = frozenset({"street", "road", "lane", "avenue", "square", "drive", "way", "close", "place", "terrace",
                           "crescent", "boulevard", "highway", "hall", "station", "park", "bridge", "gardens", "allotments"})


# A sentence opening on a plural noun for people, not a body's name: "Protesters marched …", "The strikers said …"
_PEOPLE_OPENING = re.compile(r"(?:(?:The|Some|Many|Most|Several|Dozens\s+of|Hundreds\s+of|Thousands\s+of)\s+)?"
                             r"(?:[a-z][\w-]*\s+)?([A-Za-z][a-z-]+(?:ers|ors|ists|ants|ents|ians|ees|ives|ics|men|women|"
                             r"people|residents|workers|families|parents|fans|staff|crew|villagers))\b")


def _people_before(article: Article, at: int) -> bool:
    """Whether the sentence before `at` opens on a group of people named by a plural noun, not on a body: "their"
    after it is theirs."""
    i = article.sentence_index(at)
    if i <= 0:
        return False
    m = _PEOPLE_OPENING.match(article.sentences[i - 1].text)
    return bool(m) and m.group(1).lower() not in ("members",)


_BRACKETED_LETTERS = re.compile(r"((?:[" + _UP + r"][\w'’&-]*\s+)(?:(?:of|for|and|the|on|in|&)\s+|[" + _UP + r"][\w'’&-]*\s+){0,8}?"
                                r"[" + _UP + r"][\w'’&-]*)\s+\(([A-Z][A-Z&.]{1,9})\)")


@functools.lru_cache(maxsize=256)
def _spelt_out(letters: str, text: str) -> str:
    """The name an article gives before the letters in brackets ("the National Farmers Federation (NFF)"), as long
    as its capitals spell them; "" when it gives none."""
    for m in _BRACKETED_LETTERS.finditer(text):
        if m.group(2).replace(".", "") != letters.replace(".", ""):
            continue
        words = m.group(1).split()
        while words and "".join(w[0] for w in words if w[:1].isupper()) != m.group(2).replace(".", "").replace("&", ""):
            words.pop(0)  # "talks with the National Farmers Federation (NFF)": the name starts where its letters do
        if words:
            return " ".join(words)
    return ""


def bracketed_names(text: str) -> dict[str, str]:
    """Every abbreviation the article spells out in brackets, with its name ("ADWU": "Amalgamated Dock Workers'
    Union"): a question a student reads without the article says the name, as the article did first."""
    found: dict[str, str] = {}
    for m in _BRACKETED_LETTERS.finditer(text):
        letters = m.group(2).replace(".", "")
        if letters not in found:
            name = _spelt_out(m.group(2), text)
            if name and len(name.split()) >= 2:
                found[letters] = name
    return found


def _a_street(name: str) -> bool:
    """"Kettle Lane", "Dunmore Road": a street's or a building's name, which owns no title ("Mothers of Drevno Road",
    a body named for a road, is not one)."""
    return name.split()[-1].lower() in _STREET_WORDS and " of " not in name and "&" not in name


def _in_quotation(text: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks in its paragraph: a place a speaker names ("nobody else in Europe")
    owns no title set off after the quotation."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    return before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


def _common_word_opening(m: Mention, text: str) -> bool:
    """Whether a one-word 'organisation' is only a common noun capitalised because it opens a line or a sentence
    ("Power cuts rise to 86,000" as a heading, beside "homes without power"): no body whose "Its director" a later
    person could be."""
    return " " not in m.text and not m.text.isupper() and \
        bool(_LINE_OR_SENTENCE_START.search(text, max(0, m.start - 4), m.start)) and _lower_word_in(m.text.lower(), text)


# Words that never own a role: a day, a month or a time ("chief executive of Tuesday", "Monday chairman"), a
# determiner or a pronoun ("chairman of This"): a word of the sentence taken for the body the person works for
_NO_OWNER = frozenset(MONTH_NAMES) | frozenset(WEEKDAYS) | {
    "today", "yesterday", "tomorrow", "tonight", "this", "that", "these", "those", "it", "its", "their", "his", "her",
    "them", "him", "the", "a", "an", "which", "who", "whom", "one", "some", "all", "both", "each", "every", "another",
    "earlier", "later", "last", "next", "speaking", "meanwhile", "however"}
# Words a whole role never ends on: its owner was cut after them ("spokesperson for the", "chair of Te Rūnanga o")
_ROLE_NEVER_ENDS = {"the", "a", "an", "of", "for", "at", "to", "and", "or", "with", "from", "in", "on", "by", "its",
                    "their", "his", "her", "our", "my", "your", "o", "de", "da", "di", "du", "del", "della", "der",
                    "den", "van", "von", "la", "le", "el", "al", "bin", "ibn", "y", "e", "&"}
_OWNER_AFTER = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?([" + _UP + r"][\w&.-]*)")
_OWNER_FIRST = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?!(?:The|An?)\s)([" + _UP + r"][\w&.-]*?)(?:['’]s?)?\s+[a-z]")
# The head of a title that is an office in a body ("chief executive", "general secretary", "head coach"): printed
# without the body it says nothing ("Which person is described as the chief executive?" of which firm?)
_OFFICER_HEADS = {"executive", "chairman", "chairwoman", "chair", "chairperson", "director", "spokesperson",
                  "spokesman", "spokeswoman", "president", "officer", "coach", "manager", "captain", "organiser",
                  "organizer", "founder", "treasurer", "chief", "head", "boss", "secretary", "vice-president",
                  "partner", "administrator", "convenor", "convener", "owner"}
# Words that only qualify such an office, never say whose it is
_OFFICE_WORDS = {"the", "a", "an", "chief", "executive", "general", "managing", "finance", "financial", "operating",
                 "head", "assistant", "deputy", "vice", "acting", "interim", "joint", "regional", "branch", "national",
                 "founding", "senior", "new", "technical", "commercial", "marketing", "communications",
                 "press", "company", "club", "team", "firm", "group", "union", "information", "technology", "legal",
                 "policy", "its", "current", "outgoing", "incoming", "co-founder", "vice-chair", "programme",
                 "programmes", "sales", "development", "strategy", "investment", "area", "local"}


def role_fault(role: str) -> str:
    """Why a role cannot be printed as a person's description, '' when it can: a role is used (keyed, offered as a
    distractor, asked about) only whole, its owner a name and not a stray word of the sentence. It stops on a word
    no role ends on ("spokesperson for the": the owner was cut off), or its owner is a day, a month, a determiner or
    a pronoun ("chief executive of Tuesday", "Monday chairman")."""
    words = role.split()
    if not words:
        return "no role"
    last = words[-1].strip(",;:").lower()
    if last in _ROLE_NEVER_ENDS:
        return f"the role stops on “{words[-1]}”: its owner was cut off"
    if len(words) > 1 and words[-1].islower() and len(last) > 4 and last.endswith("ed") and last not in TITLE_WORDS:
        # "The Dairy Farmers' Association elected Kari Lund …": the clause's verb read into her role
        return f"the role ends on the verb “{words[-1]}”: a clause, not a title"
    if len(words) > 1 and (last in _ABBREVIATED or re.fullmatch(r"[A-Z]", words[-1])):
        return f"the role stops on “{words[-1]}”: its owner was cut at a full stop"  # "spokesperson for the St"
    owners = [m.group(1) for m in _OWNER_AFTER.finditer(role)]
    first = _OWNER_FIRST.match(role)
    if first:
        owners.append(first.group(1))
    for owner in owners:
        bare = re.sub(r"['’]s?$", "", owner.strip(".,;:")).lower()
        if bare in _NO_OWNER:
            return f"the role's owner “{owner}” is no body: a word of the sentence taken for one"
    return ""


def lay_role(role: str) -> bool:
    """Whether a person's role makes them no party of a dispute: none at all, or a description of who they are (a
    resident, a pensioner, a packer, a long-serving groundsman) that holds no office's word and names no body."""
    words = re.split(r"\s+(?:of|at|for|with|from|in|on|who|which|whose)\s+", role.strip())[0].split()
    if not words:
        return True
    if any(w[:1].isupper() for w in words[1:]) or re.search(r"['’]s?\s", role):
        return False  # "Fallowfield mayor", "Brenner Motors' head of human resources": a body or a place is named
    head = words[-1].lower().strip(",.;:")
    return head in _LAY_ROLES or head in names.OCCUPATIONS or bool(_TRADE_WORD.fullmatch(head)) or \
        head not in TITLE_WORDS


def bare_office(role: str) -> str:
    """The office of a role that names no body ("Chief executive", "the general secretary", "Head coach"): printed
    alone it does not say whose office it is; '' for a role with an owner, a portfolio or a trade ("Health
    Secretary", "Harriers chairman", "a sports economist")."""
    words = [w.strip(",;:").lower() for w in role.split()]
    if not words or words[-1] not in _OFFICER_HEADS or not all(w in _OFFICE_WORDS | _OFFICER_HEADS for w in words):
        return ""
    while words and words[0] in ("the", "a", "an", "its"):
        words.pop(0)
    return " ".join(words)


def owned_role(title: str, owner: str) -> str:
    """A title given its body: "chief executive of Castleby Homes", "the Ashcombe Council's cabinet member for arts"."""
    return _owned_role(title, owner)
