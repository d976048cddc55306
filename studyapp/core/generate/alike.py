"""Whether two positions say the same thing in other words ("wants a 9% rise" and "demands a pay rise of nine per
cent"): a headline or standfirst restates the body's demand, and a union and its members hold one plan. Two such
options in one list make two right answers, so a list never holds both (issue 14, point 2).

Two positions are one when, numbers normalised ("9%" = "9 per cent" = "nine per cent"), their stance verbs of one
class ("wants", "demands", "seeks", "calls for") and their content words stemmed, most of the smaller one's words
are the other's; or when both ask the same key figure with a verb of the same class and share a word beside it."""

from __future__ import annotations

import functools
import re



def stem(word: str) -> str:
    """A crude stem ("rises" and "rise", "funding" and "funds" meet), as `rank.stem` cuts it (not imported: the
    checks read this module and `rank` reads the checks)."""
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)] + ("y" if suffix == "ies" else "")
            break
    word = word.rstrip("e") if len(word) > 4 else word
    return _SAME_WORD.get(word, word)


# Words news copy uses for one thing in a headline and in the body: a "rise" is an "increase" is a "hike".
_SAME_WORD = {w: group[0] for group in (("rise", "ris", "increas", "rais", "hik", "uplift"),
                                        ("pay", "wag", "salary", "salari", "earning"),
                                        ("cut", "reduc", "reduction", "lower"),
                                        ("job", "post", "rol"), ("scrap", "abolish", "end", "drop"))
              for w in group}

# Stance verbs by what they do with the thing asked: two wordings of one position use verbs of one class.
_CLASSES = {
    "want": ("want", "wants", "wanted", "demand", "demands", "demanded", "demanding", "seek", "seeks", "seeking",
             "sought", "call", "calls", "calling", "called", "push", "pushes", "pushing", "pushed", "press", "presses",
             "pressing", "pressed", "ask", "asks", "asking", "asked", "urge", "urges", "urged", "urging", "insist",
             "insists", "insisted", "claim", "claims", "claimed", "need", "needs", "needed", "request", "requests",
             "requested", "require", "requires"),
    "reject": ("reject", "rejects", "rejected", "refuse", "refuses", "refused", "oppose", "opposes", "opposed",
               "dismiss", "dismisses", "dismissed", "resist", "resists", "resisted", "against", "rule", "rules",
               "ruled", "block", "blocks", "blocked"),
    "offer": ("offer", "offers", "offered", "propose", "proposes", "proposed", "put", "puts", "table", "tables",
              "tabled"),
    "back": ("back", "backs", "backed", "support", "supports", "supported", "welcome", "welcomes", "welcomed",
             "accept", "accepts", "accepted", "endorse", "endorses", "endorsed", "favour", "favours", "favoured"),
    "plan": ("plan", "plans", "planned", "intend", "intends", "intended", "aim", "aims", "aimed", "vow", "vows",
             "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "threaten", "threatens",
             "threatened"),
}
# Stems that turn a plan into its opposite with every other word the same.
_OPPOSED = (("keep", "scrap"), ("open", "clos"), ("rise", "cut"), ("rais", "cut"), ("start", "stop"), ("add", "cut"),
            ("expand", "cut"), ("build", "demolish"), ("hir", "cut"), ("restor", "cut"), ("lift", "impos"))
_CLASS_OF = {w: c for c, words in _CLASSES.items() for w in words}
_NEGATION = {"not", "no", "never", "nor", "won't", "cannot", "can't", "don't", "doesn't", "isn't", "aren't"}

# Words that carry no content of a position: the small words, and those that only frame it.
_SMALL = {"a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "its", "their",
          "his", "her", "it", "they", "that", "this", "is", "are", "be", "been", "was", "were", "will", "would",
          "should", "could", "can", "may", "must", "has", "have", "had", "do", "does", "did", "which", "who", "as",
          "than", "more", "also", "all", "any", "some", "up", "out", "into", "over", "about", "per", "cent",
          "percent", "says", "said", "say", "there", "what", "new", "further", "so", "such", "both"}

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS = re.compile(r"\b(?:(" + "|".join(_TENS) + r")(?:[\s-](" + "|".join(k for k in _UNITS if _UNITS[k] < 10) +
                           r"))?|(" + "|".join(_UNITS) + r"))\b")
_PER_CENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b)")
_SCALE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(million|mn|m)|(billion|bn)|(thousand|k))\b")
_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:%|m|bn|k)?|[a-z][a-z'’-]*")


def _number_word(m: re.Match) -> str:
    if m.group(3):
        return str(_UNITS[m.group(3)])
    return str(_TENS[m.group(1)] + (_UNITS[m.group(2)] if m.group(2) else 0))


def normalise_numbers(text: str) -> str:
    """'nine per cent' → '9%', '£2 million' → '2m', '1,200' → '1200', currency signs dropped."""
    t = text.lower().replace("’", "'")
    t = _NUMBER_WORDS.sub(_number_word, t)
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    t = re.sub(r"[$£€]\s?", "", t)
    t = _PER_CENT.sub(lambda m: m.group(1) + "%", t)
    t = _SCALE.sub(lambda m: m.group(1) + ("m" if m.group(2) else "bn" if m.group(3) else "k"), t)
    return t


# Backing another's call is wanting what it calls for: "backs the drivers' call for shorter shifts" wants shorter shifts
_BACKS_CALL = re.compile(r"\b(?:backs?|backed|supports?|supported|endorses?|endorsed|joins?|joined|echoe?s?|echoed)\s+"
                         r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:call|calls|demand|demands|push|bid|campaign)\s+"
                         r"for\b")


# News copy's wordings of going back into negotiations: "return to talks", "get back round the table", "go back to the
# negotiating table", "resume negotiations" are one act, so two of them in one list are two right answers
_BACK_TO_TALKS = re.compile(r"\b(?:(?:get|go|come|got|went|came|getting|going|coming)\s+back\s+(?:round|around|to)|"
                            r"return(?:s|ed|ing)?\s+to|back\s+to)\s+(?:the\s+)?(?:negotiating\s+)?"
                            r"(?:table|talks|negotiations)\b|\bresum(?:e|es|ed|ing)\s+(?:the\s+)?(?:talks|negotiations)\b")


@functools.lru_cache(maxsize=8192)
def _read(text: str) -> tuple[frozenset[str], frozenset[str], str, bool, str]:
    """(content stems, figures, verb class, negated, words as one string) of a position's wording."""
    words = _TOKEN.findall(_BACK_TO_TALKS.sub("resume talks", _BACKS_CALL.sub("wants", normalise_numbers(text))))
    figures = frozenset(w for w in words if w[0].isdigit())
    verb = next((_CLASS_OF[w] for w in words if w in _CLASS_OF), "")
    negated = any(w in _NEGATION or w.endswith("n't") for w in words)
    stems = frozenset(w if w[0].isdigit() else stem(w.strip("'-")) for w in words
                      if w not in _SMALL and w not in _CLASS_OF and w not in _NEGATION and (w[0].isdigit() or len(w) > 2))
    return stems, figures, verb, negated, " ".join(text.lower().split())


def same_saying(a: str, b: str) -> bool:
    """Whether two positions say one thing ("wants a 9% rise" and "demands a pay rise of nine per cent"). Different
    figures, verbs of different classes ("wants" and "rejects") or one negated and not the other are never one.
    (Lean on purpose: a draft compares every position with every other side's.)"""
    sa, fa, va, na, wa = _read(a)
    sb, fb, vb, nb, wb = _read(b)
    if wa == wb:
        return True
    if na != nb or va and vb and va != vb or fa and fb and fa.isdisjoint(fb):
        return False  # "a 9% rise" and "a 3% rise": two offers, not one; "wants" and "rejects" two stances
    only_a, only_b = sa - sb, sb - sa
    for x, y in _OPPOSED:
        if x in only_a and y in only_b or y in only_a and x in only_b:
            return False  # "keep the split shifts" and "scrap the split shifts": the words are one, the plans two
    common = sa & sb
    small = min(len(sa), len(sb))
    if not small:
        return False
    beside = len(common - fa - fb)
    if va and va == vb and fa & fb and beside >= 1:
        return True  # one key figure asked with one kind of verb, and a word beside it: "rise", "cut", "jobs"
    return len(common) >= 2 and len(common) >= 0.75 * small and (fa == fb or beside >= 2)


# A second position joined to the first with its own stance verb: "opposes the merger and calls for a consultation"
_AND_STANCE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?=(?:" + "|".join(sorted(_CLASS_OF, key=len, reverse=True)) +
                         r")\b)")


def holds_saying(position: str, held: str) -> bool:
    """Whether a side that holds `held` holds `position` too: the same in other words, or one of the positions
    `held` joins with "and" and a stance verb of its own ("opposes the merger and calls for a public consultation"
    holds "backs the call for a public consultation")."""
    if same_saying(position, held):
        return True
    parts = _AND_STANCE.split(held)
    return len(parts) > 1 and any(same_saying(position, part) for part in parts)


# "… and says it will save money", "… but warns that …": the writer's report of a second thing said, after the position
_AND_SAYS = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?:says|said|argues|argued|warns|warned|adds|added)\b")


def first_position(text: str) -> str:
    """A position without a second one joined to it ("the merger" of "the merger and calls for a public
    consultation"; "the merger completed by spring" of "… and says it will save money"): an answer is one position."""
    return _AND_SAYS.split(_AND_STANCE.split(text, maxsplit=1)[0], maxsplit=1)[0]
