"""A body described by where it comes from: "the German insurer", "the Ostravian reinsurance group", "the
Munich-based group", "a spokeswoman for the Norlandic airline" (issue 14, point 4: blind readers found the country
keyed, or offered, where the article's party was the company the adjective describes).

News writing names a company once and then varies it: "Kessler Re, the Ostravian reinsurance group, said …. The
Ostravian group wants …", "Germany's Rheinhaus …. The German insurer offered …", "the Danish utility Nordvarme". The
adjective says where the body is from; the actor is the body. `describes` finds which of the article's named bodies
the article has described with the same adjective (or the country it is made from: "Germany's" and "German"), the
body's own name ("the Rheinhaus group") or the same "X-based"; a description the article ties to no body, or to
several, stays without a name (never the country).
"""

from __future__ import annotations

import functools
import re

from studyapp.core.generate.lexicon import COUNTRIES, DEMONYMS, PARTY_NAMES

# Nouns for a body that takes part in a story of business, work or sport: a company, a union, a club (never a
# state's organs: "the German government", "Dutch officials" are the state's)
BODY_NOUNS = ("company|firm|group|insurer|reinsurer|carrier|airline|bank|lender|utility|operator|retailer|supermarket|"
              "chain|manufacturer|maker|carmaker|automaker|producer|miner|developer|builder|broadcaster|publisher|"
              "conglomerate|giant|start-up|startup|supplier|shipper|exporter|importer|investor|fund|rival|bidder|"
              "buyer|suitor|parent|subsidiary|business|brand|platform|network|railway|club|union|charity|grocer|"
              "brewer|drugmaker|chipmaker|telecom|telecoms|provider|consortium|outfit|owner|group's|company's")
_QUALIFIER_SUFFIX = r"-(?:based|listed|owned|headquartered|registered)"
_QUALIFIED = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<q>[A-Z][\w-]*?)(?P<based>" + _QUALIFIER_SUFFIX + r"|['’]s)?"
                        r"\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>" + BODY_NOUNS + r")"
                        r"(?:['’]s\s+(?:board|directors|management|chairman|chairwoman|chief\s+executive))?")
# "A spokeswoman for the Norlandic airline", "a spokesman for the Munich-based group": the body it speaks for
_VOICE_FOR = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative|official|"
                        r"executive|source)\s+(?:for|at|of|from)\s+(.+)")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w]*(?:" + _QUALIFIER_SUFFIX + r")?")
_ADJECTIVE_ENDS = ("ian", "ean", "ese", "ish", "ic", "an", "n", "i")
_STATE_ENDS = ("ia", "a", "y", "e")


def state_stem(word: str) -> str:
    """The stem a state's name and its adjective share ("Ostravia", "Ostravian" → "ostrav"; "Marenland",
    "Marenlandic" → "marenland"); a known adjective is its country's ("German" → "german" as "Germany")."""
    low = word.lower().strip("’'")
    if low in DEMONYMS:
        low = DEMONYMS[low].lower()
    elif low in PARTY_NAMES and PARTY_NAMES[low] in COUNTRIES:
        low = PARTY_NAMES[low].lower()
    elif state_adjective(word):
        for end in _ADJECTIVE_ENDS:
            if low.endswith(end) and len(low) - len(end) >= 4:
                return low[:-len(end)]
    for end in _STATE_ENDS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[:-len(end)]
    return low


def state_adjective(word: str) -> bool:
    """Whether a capitalised word reads as a state's adjective ("German", "Ostravian", "Marenlandic")."""
    low = word.lower()
    return low in DEMONYMS or low.endswith(("ian", "ean", "ese", "ish", "ic")) and len(low) >= 6


def qualified(label: str) -> re.Match | None:
    """The parts of a body's description by where it is from, or None."""
    return _QUALIFIED.fullmatch(" ".join(label.split()))


_OWN_SUFFIX = re.compile(_QUALIFIER_SUFFIX + r"|['’]s")
_LOWER_WORD = re.compile(r"\s+[a-z][\w-]*")
_SPACES = re.compile(r"\s+")
# ", the Ostravian …" after a body's name: the description set off after it
_SET_OFF_BEFORE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")


def _name_at(body: str, at: int, orgs: tuple[str, ...]) -> str:
    """The named body that starts at `at` (the longest, ending at a word's end), or ''."""
    for o in orgs:
        end = at + len(o)
        if body.startswith(o, at) and (end >= len(body) or not (body[end].isalnum() or body[end] in "_-")):
            return o
    return ""


@functools.lru_cache(maxsize=64)
def _ties(body: str, orgs: tuple[str, ...]) -> tuple[tuple[int, str, str], ...]:
    """(where, key, body's name) for each adjective, state name or "X-based" the article puts just before a named
    body ("Germany's Rheinhaus", "the Danish utility Nordvarme", "Munich-based Rheinhaus") or in the description
    set off after it ("Kessler Re, the Ostravian reinsurance group"); key is "state:<stem>" or "place:<word>".
    (Fixed patterns only: the names are compared as strings, so no pattern is compiled per article.)"""
    if not orgs:
        return ()
    orgs = tuple(sorted(orgs, key=len, reverse=True))
    out: list[tuple[int, str, str]] = []
    words = _CAPITALISED.findall(body)
    adjectives = tuple({state_stem(w) for w in set(words) if state_adjective(w)})
    for w in _CAPITALISED.finditer(body):
        word = w.group()
        if "-" in word:
            key = "place:" + word.split("-")[0].lower()
        elif word in COUNTRIES or word.lower() in PARTY_NAMES or word.lower().startswith(adjectives) and (
                state_adjective(word) or state_stem(word) in adjectives):  # "Marenland" beside "Marenlandic"
            key = "state:" + state_stem(word)
        else:
            continue
        at = w.end()
        own = _OWN_SUFFIX.match(body, at)
        if own:
            at = own.end()
        named = ""
        for _ in range(4):  # "Germany's Rheinhaus", "the Danish utility Nordvarme": up to three words between
            space = _SPACES.match(body, at)
            if not space:
                break
            named = _name_at(body, space.end(), orgs)
            if named:
                break
            lower = _LOWER_WORD.match(body, at)
            if not lower:
                break
            at = lower.end()
        if named and named != word:
            out.append((w.start(), key, named))
            continue
        window = body[max(0, w.start() - 120):w.start()]
        set_off = _SET_OFF_BEFORE.search(window)
        if set_off:
            before = window[:set_off.start()]
            named = next((o for o in orgs if before.endswith(o) and (len(before) == len(o) or not (
                before[-len(o) - 1].isalnum() or before[-len(o) - 1] in "_-"))), "")
            if named:
                out.append((w.start(), key, named))
    return tuple(out)


_OUTLET = re.compile(r"\b(?:Broadcasting|Radio|Television|TV|Broadcaster|News\s+Agency|Press\s+Agency)\b")


def describes(label: str, body: str, orgs: list[str] | tuple[str, ...], at: int) -> str | None:
    """The named body a description by origin stands for, read up to `at` (the body named in it, the one body the
    article describes so, else the last one it described so before `at`); '' when the label is such a description
    but the article ties it to no body; None when the label is no such description."""
    voice = _VOICE_FOR.fullmatch(" ".join(label.split()))
    if voice:
        label = voice.group(1)
    m = qualified(label)
    if m and not m.group("based"):
        q = m.group("q")
        own = [o for o in orgs if o.split()[0] == q and o != q and not _OUTLET.search(o)]
        # ("Ostmark's interior minister" is not the Ostmark Broadcasting Corporation's, whose name opens on it)
        if own:
            return own[0]  # "the Rheinhaus group": the body whose name it opens
    key = key_of(label)
    if not key:
        return None
    ties = [(w, o) for w, k, o in _ties(body, tuple(orgs)) if k == key]
    if not ties:
        return ""
    names = {o for _, o in ties}
    if len(names) == 1:
        return ties[0][1]
    earlier = [o for w, o in ties if w < at]
    return earlier[-1] if earlier else ""


def keys_of(name: str, body: str, orgs: list[str] | tuple[str, ...]) -> set[str]:
    """Every origin the article gives a named body ("state:german", "place:munich")."""
    return {k for _, k, o in _ties(body, tuple(orgs)) if o == name}


def key_of(label: str) -> str:
    """The origin a description by origin gives ("state:german", "place:munich"), or ''."""
    voice = _VOICE_FOR.fullmatch(" ".join(label.split()))
    if voice:
        label = voice.group(1)
    m = qualified(label)
    if not m:
        q = label.strip()
        return "state:" + state_stem(q) if " " not in q and state_adjective(q) and q not in COUNTRIES else ""
    q, based = m.group("q"), m.group("based") or ""
    if based.startswith("-"):
        return "place:" + q.lower()
    if state_adjective(q) or q in COUNTRIES or q.lower() in PARTY_NAMES:
        return "state:" + state_stem(q)
    return ""
