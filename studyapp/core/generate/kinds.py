"""What kind of thing a capitalised name is, read from how the article itself uses it: a place ("in Alderbrook",
"Alderbrook residents", "near Alderbrook", "the Alderbrook area", "Alderbrook, a market town", a dateline) or a
thing ("Lithium prices", "the lithium deposit"), where a side must be a party (a country, an organisation, a
union, a club, a government, a group of people).

A town that "refuses" a plan speaks through a council or its residents, and a commodity that "refuses to wait"
is a figure of speech: offered as a side, or among the people who might have said a quotation, either is an
option of the wrong kind. A name is kept as a party wherever the text also shows it is one: a word of a body's
name ("Alderbrook Town Council"), a state the article speaks of as one (a country it knows, a "-n"/"-ian"/"-ese"
adjective of the name, "X's government", "the government of X"), or a name the lexicon already gives a party.

Every cue is read from one pass over the body per article (`_cues`), never a scan per name.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from studyapp.core.generate.lexicon import COUNTRIES, ORG_WORDS, PARTY_NAMES
from studyapp.core.generate.text import word_starts

# Words of ORG_WORDS that name a place or a thing, not a body that could hold a view
_PLACE_WORDS = {"city", "street", "road", "avenue", "square", "station", "airport", "port", "bridge", "river",
                "lake", "mountain", "mount", "island", "islands", "bay", "sea", "ocean", "park", "centre", "center",
                "hall", "palace", "castle", "church", "cathedral", "mosque", "temple", "stadium", "arena", "tower",
                "building", "room", "mine", "dam", "east", "west", "north", "south", "eastern", "western",
                "northern", "southern", "central", "middle", "region", "province", "county", "district", "state",
                "territory", "area", "valley", "coast", "channel", "lane", "terrace", "crescent", "boulevard",
                "highway", "creek", "canal", "estuary", "reservoir", "fjord", "glacier", "harbour", "harbor",
                "wharf", "quay", "marina", "no", "yes", "says", "day", "week", "war", "crisis", "oil", "gas",
                "water", "power", "steel", "energy", "homes"}
_BODY_WORDS = {w for w in ORG_WORDS if w not in _PLACE_WORDS} | {
    "residents", "tenants", "campaign", "campaigners", "supporters", "fans", "workers", "members", "parents",
    "students", "teachers", "nurses", "doctors", "farmers", "owners", "families", "friends", "save", "stop", "keep"}

_CAP = r"[A-Z][\w-]*(?:['’](?!s\b)[A-Za-z][\w-]*)?"  # "O'Hara", never "Kelmar's"
_NAME = _CAP + r"(?:\s+" + _CAP + r"){0,3}"
# a name that ends here: no further capitalised word, no possessive ("in Fenwick's plans" is the firm's plans)
_ENDS = r"(?![\w’'-])(?!\s+[A-Z])(?![’']s\b)"

# What may follow a place named after "in": the end of the phrase (a stop, a function word, an auxiliary, a verb
# of saying, a past participle), never a noun the name modifies ("in Bhavanpur Metro fares", "near CBP facilities")
_PHRASE_ENDS = (r"(?=\s*(?:[,.;:!?)”\"—–]|$)|\s+(?:and|or|but|to|for|on|in|at|with|from|by|as|of|since|until|after|"
                r"before|over|who|which|that|where|when|while|this|last|next|is|are|was|were|has|have|had|will|would|"
                r"could|can|may|might|must|should|do|does|did|said|say|says|told|[a-z]+ed)\b)")
# "in Alderbrook", "near Hollins Vale", "residents of X", "the town of X": where something is
_BEFORE_PLACE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside|[Aa]cross|[Tt]hroughout|[Bb]eyond|"
                           r"(?:mine|site|quarry|deposit|depot|farm|camp|reserve|field)s?\s+at|"  # "a mine at X"
                           r"(?:[Mm]ayor|[Mm]ayoress|residents|people|streets|homes|families|shops|villages?|towns?|city|"
                           r"hamlet|suburb)"
                           r"\s+of)\s+(" + _NAME + r")" + _ENDS + _PHRASE_ENDS)
# "on the Alder Vale line", "along the Kelby branch line": a railway or a route, named after the place it runs to
_LINE_OF = re.compile(r"\b(?:[Oo]n|[Aa]long|[Aa]cross|[Oo]ff)\s+the\s+(" + _NAME + r")\s+(?:branch\s+)?(?:line|route|loop)"
                      r"(?![\w’'-])(?!\s+of\b)")
# The last of the places a plural of places lists: "the towns of Osgood and Perrin Falls" (Perrin Falls a town)
_PLACE_LIST = re.compile(r"\b(?:towns|villages|cities|suburbs|hamlets|islands|counties|districts|boroughs|parishes)"
                         r"\s+of\s+" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+(" + _NAME + r")" + _ENDS + _PHRASE_ENDS)
# "Alderbrook residents", "the Hollins Vale area", "Kingsmere town centre": a place its people live in
_AFTER_PLACE = re.compile(r"(?<![\w’'-])(" + _NAME + r")\s+(?:residents?|villagers|townspeople|homeowners|"
                          r"householders|town\s+cent(?:re|er)|city\s+cent(?:re|er)|area|neighbou?rhood|"
                          r"district|suburbs?|outskirts|high\s+street)\b")
# "Hollins Vale, a hamlet on the edge of the site": an apposition that says what kind of place it is
_PLACE_APPOSED = re.compile(r"(?<![\w’'-])(" + _NAME + r"),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:town|village|"
                            r"hamlet|suburb|city|district|county|region|province|island|neighbou?rhood|borough|"
                            r"settlement|valley)" + _PHRASE_ENDS)  # not "Miriam Castell, a port economist"
# "Lithium prices", "the lithium deposit": a commodity, never a side
_THING_AFTER = re.compile(r"(?<![\w’'-])([A-Za-z][a-z]+)\s+(?:prices?|mines?|mining|deposits?|reserves|ore|"
                          r"futures|exports|imports|output|production|shortages?|stockpiles?|refineries|"
                          r"refinery|smelters?)\b")
# A wire dateline at the head of the body: "ALDERBROOK —", "VELLA CITY (Newswire) -", "Perthwaite, May 3 -"
_DATELINE = re.compile(r"\A\s*([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})\s*(?:,[ \t]*[^\n,()—–-]{1,30})?"
                       r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|-)\s")
# The state of a name: "X's government", "the government of X", "X's president"
_STATE_AFTER = re.compile(r"(?<![\w’'-])(" + _NAME + r")(?:[’']s)?\s+(?:(?:[a-z]+\s+){0,2}?minist(?:er|ry)|government|president|prime\s+minister|"
                          r"foreign\s+minist(?:er|ry)|parliament|army|military|embassy|ambassador|officials|"
                          r"delegation|negotiators)\b")
_STATE_BEFORE = re.compile(r"\b(?:[Gg]overnment|[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]arliament|[Ee]mbassy|[Pp]eople|"
                           r"[Rr]epublic|[Kk]ingdom|Party|Union|Front|Congress|Assembly)\s+of\s+"
                           r"(?:the\s+)?(" + _NAME + r")" + _ENDS)
_DEMONYM_ENDS = ("n", "an", "ian", "ese", "i", "ish", "ean")


_CUES: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {}


def read_cues(body: str, pace: Callable[[int], None] | None = None
              ) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(names used as places, words used as things, names spoken of as states, every capitalised word of the
    body), lower-cased, read a line at a time (`pace` hears of each line, so a long article's Cancel is heard) and
    kept for the article: every later look-up is a set's."""
    if body in _CUES:
        return _CUES[body]
    places: set[str] = set()
    things: set[str] = set()
    states: set[str] = set()
    words: set[str] = set()
    for line in body.split("\n"):
        if pace:
            pace(len(line))
        if not line.strip():
            continue
        places.update(m.group(1).lower().removeprefix("the ") for rx in (_BEFORE_PLACE, _AFTER_PLACE, _PLACE_APPOSED,
                                                                           _PLACE_LIST, _LINE_OF)
                      for m in rx.finditer(line) if not m.group(1).isupper())  # ("CBP": an acronym names a body)
        things.update(m.group(1).lower() for m in _THING_AFTER.finditer(line))
        states.update(m.group(1).lower() for rx in (_STATE_AFTER, _STATE_BEFORE) for m in rx.finditer(line))
        words.update(w.lower() for w in _CAPITALISED.findall(line))
    dateline = _DATELINE.match(body)
    if dateline:
        places.add(dateline.group(1).lower())
    if len(_CUES) >= 4:
        _CUES.pop(next(iter(_CUES)))
    _CUES[body] = out = (frozenset(places), frozenset(things), frozenset(states), frozenset(words))
    return out


_cues = read_cues
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _a_state(name: str, states: frozenset[str], words: frozenset[str]) -> bool:
    """Whether the article speaks of the name as a country: a state it knows, or one with an adjective of its own
    ("Norvania" and "Norvanian") or a government, a president, an army of its own."""
    low = name.lower()
    if name in COUNTRIES or low in PARTY_NAMES or low in states:
        return True
    if " " in name or len(name) < 4:
        return False
    stems = {low, low[:-1]} if low[-1] in "aeiouy" else {low}
    return any(s + end in words for s in stems for end in _DEMONYM_ENDS if s + end != low) or \
        low[-1] in "aeiouy" and (low[:-1] in words or low[:-1] + "s" in words)  # "Kastrany", "the Kastrans"


def kind_of(name: str, body: str) -> str:
    """'place' or 'thing' when the article uses `name` as one and never as a party; '' otherwise."""
    name = name.strip()
    if not name or not name[:1].isupper():
        return ""
    words = [w.lower().strip("’'") for w in name.split()]
    if any(w in _BODY_WORDS or w.endswith(("’s", "'s")) for w in words):
        return ""  # "Alderbrook Residents' Association", "Greyfield Parish Council": a body named after a place
    places, things, states, caps = _cues(body)
    low = name.lower()
    if low in places and not _a_state(name, states, caps):
        return "place"
    if " " not in name and low in things and not _a_state(name, states, caps) and \
            _lower_word_in(low, body):
        return "thing"  # "Lithium" read as a side: the article writes it as a common noun, "lithium"
    return ""


# The last word of a place's own name: "Central Lawn", "Alder Crossing", "Mill Green", "Korrin Flats"
_PLACE_HEADS = {"lawn", "green", "common", "meadow", "meadows", "gardens", "plaza", "pier", "beach", "heath", "moor",
                "wharf", "quay", "marina", "flats", "crossing", "junction", "square", "road", "street", "lane",
                "avenue", "estate", "village", "bridge", "reservoir", "woods", "creek",
                "tunnel", "dam", "tower", "stadium", "viaduct", "barrage", "causeway", "lighthouse", "canal"}
# What the article says a structure does or has done to it: "the Harlow Bridge, which opened in 1998 and crosses …",
# "Kelby Tower was built in 1960", "the Dunmore Dam collapsed"
_BUILT = re.compile(r",?\s+(?:which\s+|that\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be)\s+)?"
                    r"(?:\w+ly\s+)?(?:built|opened|reopened|completed|collapsed|crosses|spans|links|carries|"
                    r"demolished|rebuilt|repaired|closed)\b")
# (not "Vale", "Park", "Hill": a club is often called after its ground or its town's hill, "Kestrel Vale")


def named_as_place(name: str, body: str = "") -> bool:
    """Whether a party's name of two words or more is a place's by its last word ("Central Lawn", "Alder Crossing")
    and holds no body's word ("Mill Green Residents' Association"), and the article (when given) puts something
    on, at or in it ("tents on Central Lawn"). For parties only: a person may be called "Ward Green", and "The
    local MP, Yvonne Street," is one."""
    words = [w.lower().strip("’'") for w in name.split()]
    if name in COUNTRIES or name.lower() in PARTY_NAMES:
        return False  # "Downing Street": the government it stands for
    if not (len(words) >= 2 and name[:1].isupper() and words[-1] in _PLACE_HEADS and
            not any(w in _BODY_WORDS or w in ("of", "for") or w.endswith(("’s", "'s")) for w in words)):  # "Mothers of …"
        return False
    if body and any(_BUILT.match(body, at + len(name)) for at in word_starts(name, body)):
        return True  # a structure: "the Harlow Bridge, which opened in 1998"
    return not body or re.search(r"\b(?:[Oo]n|[Aa]t|[Ii]n|[Nn]ear|[Aa]long|[Tt]o|[Ff]rom|[Oo]utside|[Aa]cross|[Oo]ff)\s+"
                                 r"(?:the\s+)?" + re.escape(name) + r"(?![\w’'-])", body) is not None


def _lower_word_in(low: str, body: str) -> bool:
    """Whether the article writes `low` as a word of its own in lower case, not inside a hyphenated or
    apostrophised word."""
    return any(at == 0 or body[at - 1] not in "’'-" for at in word_starts(low, body))


# Common nouns for a body that holds views, which the article may put before or beside a name it gives one
# ("the charity Memory First", "Forward Together, the opposition party", "the Patients First group")
_BODY_NOUNS = {"charity", "campaign", "group", "party", "union", "company", "firm", "organisation", "organization",
               "association", "movement", "coalition", "alliance", "club", "bank", "council", "trust", "network",
               "foundation", "society", "agency", "body", "lobby", "institute", "federation", "consortium",
               "cooperative", "co-operative", "co-op", "retailer", "chain", "operator", "insurer", "lender",
               "broadcaster", "publisher", "manufacturer", "developer", "supplier", "airline", "carrier", "start-up",
               "startup", "think-tank", "thinktank", "watchdog", "regulator", "bloc", "faction", "caucus", "collective"}
# Words that end the phrase describing a name set off after it ("Kelsby, the town where the company …")
_PHRASE_STOP = {"where", "which", "who", "whom", "that", "whose", "of", "in", "on", "at", "for", "with", "and", "but",
                "or", "to", "from", "by", ",", "."}


@functools.lru_cache(maxsize=4096)
def named_as_body(name: str, body: str) -> bool:
    """Whether the article calls `name` a body in so many words: a body's common noun just before it ("the charity
    Memory First", "the campaign group Patients First") or just after it ("Memory First, a charity that …", "the
    Forward Together party"). A name ending in a word that is also a title ("First", "Together", "Forward") is still
    a party there. (Asked of every option of every question: each name is looked for in the body once.)"""
    name = name.strip()
    if not name or not name[:1].isupper():
        return False
    for at in word_starts(name, body):
        before = body[max(0, at - 48):at].replace(",", " ").lower().split()
        if before and before[-1] in _BODY_NOUNS and any(w in ("the", "a", "an") for w in before[-3:-1]):
            return True
        after = body[at + len(name):at + len(name) + 48].lower()
        words = after.replace(",", " , ").split()
        if words[:1] and words[0] in _BODY_NOUNS:
            return True  # "the Patients First group"
        if words[:1] == [","] and len(words) >= 3 and words[1] in ("a", "an", "the"):
            for w in words[2:6]:
                w = w.strip(".;:")
                if w in _PHRASE_STOP:
                    break
                if w in _BODY_NOUNS:
                    return True  # "Memory First, a charity", "Forward Together, the largest opposition party"
    return False


# A work: a book, a report, a film … named after its noun ("her book The Long Crossing", "the report, titled “Ports
# Under Pressure”") or written as a title in quotation marks or between asterisks; never a person nor a party
WORK_NOUNS = ("book", "report", "study", "survey", "novel", "album", "film", "documentary", "memoir", "biography",
              "play", "song", "podcast", "poem", "paper", "essay", "thesis", "opera", "musical",
              "journal", "newsletter")  # (a publication named after its noun: "the journal Clinical Notes")
_WORK_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|new|latest)\s+(?:[a-z-]+\s+)?(?:" + "|".join(WORK_NOUNS) +
                          r")s?(?:,?[ \t]+(?:titled|entitled|called|named))?,?[ \t]*[“\"‘']?(?:the[ \t]+)?\Z")
# (never across a paragraph's end: a title line ending "… and her new book" does not make the next name a book)


def work_at(body: str, at: int, length: int) -> bool:
    """Whether the name at body[at:at+length] is a work's title: after a work's noun, or alone between quotation
    marks or asterisks."""
    before = body[max(0, at - 60):at]
    after = body[at + length:at + length + 1]
    return before.endswith(("“", "\"", "‘", "'")) and after in ("”", "\"", "’", "'") or \
        before.endswith("*") and after == "*" or bool(_WORK_BEFORE.search(before.lower()))


def named_as_work(name: str, body: str) -> bool:
    """Whether the article writes `name` as a work's title somewhere (see `work_at`)."""
    return any(work_at(body, at, len(name)) for at in itertools.islice(word_starts(name, body), 4))
