"""When a false statement is worth asking: another side's position, given to a side that could hold it.

A true/false statement made false by swapping in another side teaches something only when a student could
believe it. Readers found four kinds that nobody could: "Canada objects to the Canadian fishing quotas …" (the
side swapped in is named inside the statement), "Dolvane rejects the offer." (the side swapped in made the
offer), "Nurses defend the hospital budget approved by the trustees" (a side standing up for what its opponent
made: a role reversal), and a position built from words the source denies ("they were not 'chasing rainbows'"). The
question writer picks a side none of these rules out, and the checks reject a statement that breaks one.
"""

from __future__ import annotations

import functools
import re

from studyapp.core.generate.described import state_adjective
from studyapp.core.generate.kinds import _a_state as a_state, read_cues
from studyapp.core.generate.lexicon import COUNTRIES, DEMONYMS, PARTY_NAMES
from studyapp.core.generate.positions import country_of, initials, party_name

# Things a side makes, which another side then rejects, accepts or criticises: the maker is the counterparty.
MADE_THINGS = ("offer", "offers", "bid", "bids", "proposal", "proposals", "plan", "plans", "deal", "demand",
               "demands", "request", "requests", "ultimatum", "takeover", "terms", "package", "scheme", "bill",
               "motion", "decision", "ruling", "sanctions", "tariffs", "accusation", "accusations", "allegation",
               "allegations", "claims", "threat", "threats", "warning", "call", "calls", "appeal", "policy",
               "reform", "reforms", "budget", "merger", "ban", "measures", "cuts", "invasion", "attack", "strike",
               "approach", "settlement", "resolution", "suggestion", "suggestions", "idea", "ideas", "condition",
               "conditions", "deadline", "order", "orders")
_MADE = {"offer": "offered|offering", "offers": "offered|offering", "takeover": "took over|bid", "bid": "bid",
         "bids": "bid", "proposal": "proposed",
         "proposals": "proposed", "plan": "planned", "plans": "planned", "demand": "demanded", "demands": "demanded",
         "request": "requested", "requests": "requested", "threat": "threatened", "threats": "threatened",
         "warning": "warned", "ban": "banned", "invasion": "invaded", "attack": "attacked",
         "suggestion": "suggested", "suggestions": "suggested"}
# One thing under several names: the bid is the offer ("Dolvane launched a bid …" / "… reject the offer").
_BID = ("offer", "offers", "bid", "bids", "takeover", "proposal", "approach")
_KIN = {n: _BID for n in _BID}
_MAKING = r"(?:made|make|makes|making|launched|launch|tabled|submitted|put\s+forward|unveiled|imposed|issued|announced)"


@functools.lru_cache(maxsize=4096)
def forms(side: str) -> tuple[str, ...]:
    """The ways a story names a side: itself, its other names ("US", "America", "Washington"), its adjective
    ("American"), its initials, an upper-case first word ("WMC" of "WMC Resources"), a person's surname."""
    bare = re.sub(r"^the\s+", "", " ".join(side.split()), flags=re.IGNORECASE)
    out = {bare}
    canonical = country_of(bare) or party_name(bare)
    out.add(canonical)
    for alias, name in PARTY_NAMES.items():
        if name == canonical:
            out.add(alias.upper() if len(alias) <= 4 and "." not in alias or alias == "u.s." else alias.title())
    for adjective, country in DEMONYMS.items():
        if party_name(country) == canonical or country == canonical:
            out.add(adjective.title())
    words = bare.split()
    if len(words) >= 2:
        letters = initials(bare)
        if len(letters) >= 3:
            out.add(letters)
        if words[0].isupper() and len(words[0]) >= 2:
            out.add(words[0])
        if words[-1][:1].isupper() and len(words[-1]) >= 4 and all(w[:1].isupper() for w in words) and \
                words[-1].lower() not in _NOT_FORMS:
            out.add(words[-1])  # "Pirk" of "Jonas Pirk"; "States" is no form of its own (below)
        elif words[-1].islower() and len(words[-1]) >= 4:
            # a described group or body by its noun: "the weavers" are the "Handloom weavers", "the government"
            # the "State government"
            out.add(words[-1])
    return tuple(sorted(f for f in out if f and f.lower() != "the"))


_NOT_FORMS = {"states", "kingdom", "union", "nations", "republic", "resources", "group", "party", "government", "the"}


def _pattern(form: str) -> str:
    """A form as a regex: a short upper-case one (US, EU) keeps its case, so the pronoun "us" is not "US"."""
    text = re.escape(form)
    return text if len(form) <= 4 and form.replace(".", "").isupper() else f"(?i:{text})"


@functools.lru_cache(maxsize=4096)
def _naming(side: str) -> re.Pattern:
    """Any form of the side, as a whole word: one pattern, compiled once (a long article asks it thousands of times)."""
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(_pattern(f) for f in forms(side))})(?![\w-])")


def named_in(side: str, text: str) -> str:
    """The form of `side` that `text` names, or ''."""
    m = _naming(side).search(text)
    return m.group() if m else ""


@functools.lru_cache(maxsize=4096)
def _making(side: str, found: str) -> re.Pattern:
    """The article's ways of saying the side made the thing: "the Dolvane offer", "Dolvane's bid", "a bid by rival
    Dolvane", "Dolvane launched a hostile bid", "Dolvane offered"."""
    f = f"(?:{'|'.join(_pattern(x) for x in forms(side))})"
    kin = _KIN.get(found, (found,))
    noun = f"(?i:{'|'.join(kin)})"
    made = [_MADE[n] for n in kin if n in _MADE]
    patterns = [
        rf"(?<![\w-]){f}(?:['’]s?)?\s+(?:[\w$.,-]+\s+){{0,3}}?{noun}\b",
        rf"\b{noun}\s+(?:\w+\s+)?(?i:by|from)\s+(?:[\w-]+\s+){{0,3}}?{f}(?![\w-])",
        rf"(?<![\w-]){f}\s+(?:\w+\s+){{0,2}}?(?i:{_MAKING})\s+(?i:an?|its|the|their|his|her)\s+"
        rf"(?:[\w$.,-]+\s+){{0,4}}?{noun}\b",
    ]
    if made:
        patterns.append(rf"(?<![\w-]){f}\s+(?i:has\s+|had\s+|have\s+)?(?i:also\s+|already\s+|now\s+|\w+ly\s+)?"
                        rf"(?i:{'|'.join(made)})\b")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@functools.lru_cache(maxsize=1024)
def _around(side: str, article: str) -> str:
    """The article's passages around each mention of the side, one a line: what the side made or answered is
    said within a few words of its name, and a long article is not read whole for every statement."""
    spans: list[list[int]] = []
    for m in _naming(side).finditer(article):
        start, end = max(0, m.start() - 160), m.end() + 240
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return "\n|\n".join(article[a:b].replace("\n", " ") for a, b in spans)  # no pattern runs across a "|"


def made_by(side: str, statement: str, article: str) -> str:
    """The thing in the statement ("the offer") that the article shows `side` made, or ''."""
    # the thing as an object ("rejects the offer", "criticises Russia's demands"), not the stance's verb ("calls for")
    found = _objects(statement)
    near = _around(side, article) if found else ""
    return next((n for n in found if _making(side, n).search(near)), "")


_OBJECT = re.compile(rf"\b(?:the|an?|its|their|his|her|this|that|these|those|any|[\w-]+['’]s?)\s+"
                     rf"(?:[\w$.,-]+\s+){{0,3}}?({'|'.join(MADE_THINGS)})\b", re.IGNORECASE)


def _objects(statement: str) -> list[str]:
    return list(dict.fromkeys(m.group(1).lower() for m in _OBJECT.finditer(statement)))


# A stance that makes a thing another side then answers: "offers to run the clinic" is an offer.
_STANCE_THING = {"offers": "offer", "offer": "offer", "proposes": "proposal", "propose": "proposal", "bids": "bid",
                 "demands": "demand", "demand": "demand", "requests": "request", "threatens": "threat",
                 "threaten": "threat", "invites": "invitation", "invite": "invitation"}
_ANSWERING = (r"(?:accept|reject|refus|turn(?:ed|s|ing)?\s+down|dismiss|welcom|consider|receiv|respond(?:ed|s)?\s+to|"
              r"snub|spurn)\w*")


@functools.lru_cache(maxsize=4096)
def _answering(side: str, thing: str) -> re.Pattern:
    f = f"(?:{'|'.join(_pattern(x) for x in forms(side))})"
    kin = "|".join(_KIN.get(thing, (thing,)))
    # "Harbour Police, part of the city council, did not accept the offer": an aside may follow the name
    return re.compile(rf"(?<![\w-]){f}(?:,[^,.;]{{1,60}},)?\s+(?:\w+\s+){{0,3}}?(?i:{_ANSWERING})\s+(?i:the|an?|its|their|this|that|"
                      rf"his|her)\s+(?:[\w$.,-]+\s+){{0,3}}?(?i:{kin})s?\b")


def answered_by(side: str, statement: str, article: str) -> str:
    """The thing the statement's stance makes ("offers to run the clinic": an offer) when the article shows `side`
    answering it ("Customs and Border Protection did not accept the offer"): the side it was made to, ''
    otherwise."""
    first = statement.split()[0].lower() if statement.split() else ""
    thing = _STANCE_THING.get(first, "")
    return thing if thing and _answering(side, thing).search(_around(side, article)) else ""


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w’'-]*)+")


@functools.lru_cache(maxsize=256)
def _spelled_out(short: str, article: str) -> tuple[str, ...]:
    """The names in the article an abbreviation stands for ("CBP": "Customs and Border Protection")."""
    if not re.fullmatch(r"[A-Z]{2,6}", short):
        return ()
    return tuple(dict.fromkeys(m.group() for m in _CAPITALISED_RUN.finditer(article) if initials(m.group()) == short))


def implausible(side: str, statement: str, source: str, article: str) -> str:
    """Why giving the position in `statement` (the words after its holder) to `side` is no plausible false
    statement ('' when it is one); see `_implausible`. An abbreviation is judged by its spelled-out name too."""
    for name in (side, *_spelled_out(side, article)):
        why = _implausible(name, statement, source, article)
        if why:
            return why
    return ""


def _noun_named(side: str, statement: str) -> str:
    """A word of the side's name the statement uses as a plain noun: "the Harlan Court Tenants Union backs the
    tenants" is about the union's own members, true or false nobody could tell; '' when none."""
    said = {w.lower() for w in _LOWER_WORD.findall(statement)}  # lower-case words only
    for word in side.split()[1:]:
        w = word.lower().strip("’'.,")
        if len(w) >= 5 and w not in _NOT_FORMS and w not in _NOUN_NOT_NAMED and (
                w in said or w.rstrip("s") in said or f"{w}s" in said):
            return w
    return ""


_LOWER_WORD = re.compile(r"[a-z][a-z’'-]+")
# words of a name that say only what kind of body it is ("Association", "Council"): not the side's own people
_NOUN_NOT_NAMED = {"association", "council", "network", "federation", "committee", "partners", "foods", "living",
                   "residential", "department", "ministry", "health", "national", "international", "economic",
                   "league", "trust", "alliance", "states", "commission", "authority", "office", "agency",
                   "company", "corporation", "holdings", "limited", "services", "institute", "society"}


def _implausible(side: str, statement: str, source: str, article: str) -> str:
    """Why giving the position in `statement` (the words after its holder) to `side` is no plausible false
    statement ('' when it is one): the side is named in the statement itself or in the source sentence (it takes
    part in the clause: its object or counterparty), it made the thing the statement is about, or the thing the
    statement's stance makes was made to it."""
    named = named_in(side, statement) or _noun_named(side, statement)
    if named:
        return f"{side} is named in the statement itself (“{named}”)"
    named = named_in(side, source)
    if named:
        return f"{side} takes part in the source sentence (“{named}”)"
    made = made_by(side, statement, article)
    if made:
        return f"{side} made the {made} the statement is about"
    answered = answered_by(side, statement, article)
    if answered:
        return f"the {answered} was made to {side}"
    maker = made_by_other(side, statement)
    if maker:
        verb = statement.split()[0]
        verb = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb  # "would not defend"
        return f"{side} would not {verb} what {maker} made: a role reversal, not a claim to weigh"
    if _DOMESTIC.search(source) and _a_state(side, article) and not _names_a_state(source, article):
        # "Vesterholm says the pension age should be 65", where a party's leader said it: a state given the view of
        # someone inside a state's politics, whom no reader would mistake for the state
        return f"{side} is a state, and the source gives the view to no state"
    return ""


# Words of a state's own politics: a party, its leader, a member of a parliament or a council
_DOMESTIC = re.compile(r"\b(?:[Ll]eader|[Pp]arty|MP|MPs|[Ss]enator|[Cc]ouncillor|[Cc]andidate|[Oo]pposition|[Cc]oalition|"
                       r"[Ss]peaker|[Cc]hairman|[Cc]hairwoman|[Cc]hief\s+executive|[Uu]nion|[Cc]ampaign)\b")


def _a_state(side: str, article: str) -> bool:
    """Whether a side is a state: a country the lexicon knows, or one the article speaks of as a state."""
    name = party_name(side)
    if name in COUNTRIES:
        return True
    _, _, states, capitalised = read_cues(article.split("\n", 2)[-1] if "\n\n" in article[:400] else article)
    return " " not in name and a_state(name, states, capitalised)


def _names_a_state(text: str, article: str) -> bool:
    """Whether a sentence names a state or its people ("Russia", "Russian", "the Vesterholm government")."""
    for word in re.findall(r"\b[A-Z][\w’'-]*", text):
        bare = word.rstrip("’'s").rstrip("’'") if word.endswith(("’s", "'s")) else word
        if bare in COUNTRIES or bare.lower() in DEMONYMS or bare.lower() in PARTY_NAMES or \
                state_adjective(bare) or _a_state(bare, article):
            return True
    return " government" in text.lower() or "minister" in text.lower()


# Stances that stand up for a thing: given to a side other than the thing's maker they read as a role reversal
# ("Nurses defend the hospital budget approved by the trustees", said of the nurses who march against it).
_SUPPORTING = re.compile(r"(?:defends|defend|praises|praise|touts|tout|hails|hail|endorses|endorse|stands\s+by|"
                         r"stand\s+by|backs|back|supports|support|welcomes|welcome)\b", re.IGNORECASE)
_MADE_BY = re.compile(rf"\b(?:{'|'.join(MADE_THINGS)})\s+(?:(?:it|they|he|she)\s+)?(?:[a-z]+\s+){{0,2}}?"
                      r"(?:by|from)\s+((?:the\s+)?(?:its|their|his|her)\s+[a-z]+|(?:the\s+)?(?-i:[A-Z])[\w’'&-]*"
                      r"(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w’'&-]*)*)", re.IGNORECASE)


def made_by_other(side: str, statement: str) -> str:
    """The maker the statement itself names for the thing a supporting stance stands up for ("defends the budget
    approved by Republicans": Republicans), when it is not `side`; '' otherwise. Defending what another side made
    is that side's part: said of its opponent it is no claim a student could believe."""
    if not _SUPPORTING.match(statement):
        return ""
    m = _MADE_BY.search(statement)
    if not m:
        return ""
    maker = m.group(1)
    return "" if named_in(side, maker) or named_in(maker, side) else maker


_QUOTED = re.compile(r"[“\"‘]([^”\"’]{3,80})[”\"’]")


def quoted_figure(statement: str, source: str) -> str:
    """The source's quoted phrase that the statement's whole position is ("chases rainbows" from 'they were not
    “chasing rainbows”'), or ''. Someone's phrase, often a figure of speech, given to another side is no claim
    a student could weigh, so no false statement is made of it."""
    said = re.findall(r"[a-z0-9]+", statement.lower())
    for m in _QUOTED.finditer(source):
        words = re.findall(r"[a-z0-9]+", m.group(1).lower())
        if 2 <= len(words) <= 6 and set(words[1:]) <= set(said) and \
                sum(w not in words for w in said[1:]) <= 1:
            return m.group(1)
    return ""
