"""Key figures -> "How many …?" / "How much …?" questions realised from the clause that holds the figure.

A story often turns on a number ("a 7% rise", "$2 billion in reserves", "nearly 300 schools"). The figure is
found with its kind (a share, an amount of money, a count of something), the clause around it is split at its
finite verb as in `realise`, and the question is asked about the figure's own place in the clause:

    "The strike would close about 180 schools"     -> "About how many schools would the strike close?"
    "Nearly 4,200 teachers walked out"             -> "About how many teachers walked out?"
    "Teachers are demanding a 7% pay rise"         -> "How big a pay rise are teachers demanding?"
    "The penalties cut exports by 40%"             -> "By how much did the penalties cut exports?"
    "The currency has lost 65% of its value"       -> "What share of its value has the currency lost?"
    "The council will spend £4 million on roads"   -> "How much will the council spend on roads?"

Where the clause does not give the figure one of these places, nothing is asked (None): a question that
would need the sentence cut or rearranged by guesswork is no question a teacher can hand out.
Options are figures of the same kind and a similar scale, the article's own first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studyapp.core.generate.realise import (AUXILIARIES, IRREGULAR, base_of, clean_clause, lower_first, singular_verb,
                                            split_clause, subject_of)

# Fixed patterns used per sentence or per question, compiled once (tests/core/generate/test_regex_cache.py)
_SAYING_QUOTE_TAIL = re.compile(r",\s+(?:saying|adding|claiming|arguing|warning|insisting)\b[^“”\"]*[“”\"].*$")
_ARTICLE_AT_END = re.compile(r"\s(?:a|an)$")
_CLAUSE_BREAK = re.compile(r",(?!\d{3}\b)|;|\s[-–—]\s|\s+(?:and|but|which|who|after|because|as|while)\s+")

_MOD = (r"(?:nearly|almost|about|around|roughly|some|approximately|an estimated|more than|over|at least|up to|"
        r"fewer than|less than|just over|just under|close to)")
_SCALE = r"(?:\s?(?:billion|million|trillion|bn|m|k)\b)"
_MONEY = r"[$£€]\s?\d[\d,]*(?:\.\d+)?" + _SCALE + "?"
_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
_COUNT = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s(?:million|billion)|\d+"
FIGURE = re.compile(r"(?<![\w.,$£€])(?:(?P<mod>" + _MOD + r")\s+)?(?:(?P<money>" + _MONEY + r")|(?P<percent>" +
                    _PERCENT + r")|(?P<count>" + _COUNT + r"))(?![\w%]|[.,]\d)", re.IGNORECASE)
# After a count, the thing counted: lower-case words ending on a plural noun ("political prisoners").
# (a make or a model's name may stand before the plural noun: "84,300 Aster hatchbacks", "1,200 Volta scooters")
_COUNTED = re.compile(r"\s+((?:[A-Z][a-z]+\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?!(?:this|thus|was|has|his|its|is|plus|"
                      r"versus|unless|across|always|perhaps)\b)[a-z][a-z-]*[^su\W]s|(?:[a-z][a-z-]*\s+){0,2}?(?:people|"
                      r"children|men|women|staff|police|cattle|sheep|fish|aircraft))\b")
_NOT_COUNTED = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "percent", "cents",
                "pounds", "dollars", "euros", "points", "per", "miles", "metres", "meters", "kilometres",
                "kilometers", "feet", "tonnes", "tons", "degrees", "ago", "is", "was", "has", "its", "this", "his",
                "does", "goes", "less", "plus", "yes", "thus", "us"}
# A trailing attribution: "…, the association said." "…, officials said on Friday."
_ATTRIBUTION = re.compile(r",\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|told\s+\w+|added|reported|according\s+to\s+[^,]+)"
                          r"(?:\s+(?:on|in|last)\s+\w+)?\s*[.!]?$")
_CHANGE = {"rise", "fall", "grow", "increase", "drop", "decline", "cut", "raise", "reduce", "lower", "jump", "climb",
           "shrink", "slump", "slide", "lift", "boost", "fell", "rose", "grew", "expand", "contract", "slash",
           # a currency's or a price's change of value: "devalued the krell by 12%", "weakened by 3%"
           "devalue", "revalue", "weaken", "strengthen", "depreciate", "trim", "hike", "surge", "plunge", "tumble"}
# Present-tense verbs that take a figure as their object ("employs 2,300 people", "wants a 7% rise"): a list, since
# a plural noun ("penalties") reads like one.
_PRESENT = ("wants", "needs", "plans", "employs", "runs", "owns", "holds", "costs", "represents", "expects", "seeks",
            "demands", "offers", "proposes", "controls", "serves", "produces", "receives", "earns", "pays", "spends",
            "loses", "sells", "buys", "makes", "takes", "gets", "covers", "supports", "requires", "faces", "asks",
            "hopes", "counts", "reports", "estimates", "predicts", "forecasts", "includes", "carries", "operates",
            "manages", "funds", "gives", "keeps", "houses", "teaches", "treats", "trains", "builds", "opens",
            "closes", "cuts", "raises", "lowers", "reduces", "adds")
# A name of up to five capitalised words ("Talvio Marine", "Kestrel Systems"): the subject the apposition, plan and
# saying patterns below look for (and date questions in questions.py).
NAMED = r"(?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*"
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some",
                "all", "both", "each", "every"}
_APPROX = {"nearly", "almost", "about", "around", "roughly", "some", "approximately", "an estimated", "close to"}


@dataclass(frozen=True)
class Figure:
    """One figure in a sentence: its kind ('percent', 'money', 'count'), the value as written ('7%', '£12
    million', '4,200'), what it counts ('schools'; '' for money and shares) and where it stands."""

    kind: str
    value: str
    counted: str
    approx: bool
    start: int  # of the whole phrase, modifier included
    end: int  # after the value, or after what it counts

    @property
    def number(self) -> float:
        return amount(self.value)


# Each word for a multiple after a number, compiled once: compiled per figure they crowded the re module's cache.
_SCALES = [(re.compile(r"\d\s?" + word + r"\b"), times)
           for word, times in (("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("k", 1e3))]


def amount(value: str) -> float:
    """'£12 million' -> 12e6, '4,200' -> 4200, '7.5%' -> 7.5."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    n = float(m.group().replace(",", "")) if m else 0.0
    low = value.lower()
    for scale, times in _SCALES:
        if scale.search(low):
            return n * times
    if re.search(r"\d\s?m\b", low):
        return n * 1e6
    return n


# A capitalised noun just before a number makes it a label, no quantity: "Year 9 pupils", "a Category 4 storm",
# "Stage 3" (a capitalised word that counts or places a number, "About 40", "Only 3", "In 12", is none)
_LABEL_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:About|Nearly|Almost|Around|Roughly|Some|Approximately|Over|Under|Only|"
                           r"Just|More|Fewer|Less|Up|At|By|In|On|Of|For|From|To|With|And|But|Or|Nor|The|All|Another|"
                           r"Its|Their|His|Her|Our|My|Your|These|Those|Each|Every|Exactly|Barely|Than|After|Before|"
                           r"Since|Until|Between|Among|Still|Then|Now|Even|Also)\b)"
                           r"[A-Z][a-z]+\s+$")


def figures_in(text: str) -> list[Figure]:
    """Every figure a question could ask about: not a year, a date's day, an age or a clock time."""
    out = []
    for m in FIGURE.finditer(text):
        before = text[:m.start()]
        mod = (m.group("mod") or "").lower()
        if m.group("money"):
            kind, value = "money", m.group("money")
        elif m.group("percent"):
            kind, value = "percent", re.sub(r"\s?(?:per\s?cent|percent)$", "%", m.group("percent"), flags=re.I)
        else:
            kind, value = "count", m.group("count")
        value = " ".join(value.split())
        end = m.end()
        counted = ""
        if kind == "count":
            if re.fullmatch(r"(?:1[89]|20)\d\d", value) or re.search(
                    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+day|no|number|page|"
                    r"section|article|aged|age|chapter|route|flight|room)\.?\s*$", before) or \
                    re.match(r"\s*(?:[ap]\.?m\b|o['’]clock|:\d|th\b|st\b|nd\b|rd\b|-year|-month)", text[m.end():]) or \
                    not mod and _LABEL_BEFORE.search(before[-30:]):
                continue
            c = _COUNTED.match(text, m.end())
            if not c or c.group(1).split()[-1] in _NOT_COUNTED or any(w in _NOT_COUNTED for w in c.group(1).split()):
                continue
            counted, end = c.group(1), c.end()
            if amount(value) < 2:
                continue
        if re.search(r"\w,\s*$", before) and re.match(r"\s*,", text[m.end():]):
            continue  # "the mayor, 61, said": an age in apposition
        out.append(Figure(kind, value, counted, mod in _APPROX, m.start(), end))
    return out


def _clause(sentence: str) -> str:
    """The sentence without its trailing attribution and end mark: the clause the figure belongs to."""
    t = " ".join(sentence.split())
    t = _SAYING_QUOTE_TAIL.sub("", t)  # "…, saying the
    # offer “…”": a quotation hung on the end is no part of the figure's clause
    t = _ATTRIBUTION.sub("", t)
    return t.rstrip(" .!")


def _finite(before: str) -> tuple[str, str, str] | None:
    """(subject, finite verb, what comes between the verb and the figure) of the words before the figure;
    a present-tense verb ('wants', 'employs') is split too, which `split_clause` leaves alone."""
    parts = split_clause(before + " X")
    if parts:
        subject, verb, rest = parts
        return subject, verb, rest[:-1].rstrip()
    m = re.match(r"^(.+?)\s+(" + "|".join(_PRESENT) + r")\b(.*)$", before)
    if not m or re.search(r"[,;:()]|\b(?:that|who|which)\b", m.group(1)) or \
            m.group(1).split()[-1].lower() in _DETERMINERS:
        return None
    return m.group(1), m.group(2), m.group(3).strip()


def _present_base(verb: str) -> str | None:
    low = verb.lower()
    if low in ("has", "does", "is", "was"):
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("shes", "ches", "xes", "sses", "zes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") else None


def _inverted(subject: str, verb: str, names: frozenset[str]) -> tuple[str, str] | None:
    """('did the strike', 'close') for 'the strike' + 'closed'; ('would the strike', '') for an auxiliary."""
    low = verb.lower()
    if subject.split()[-1][:1].isupper() and subject_of(subject).startswith("the "):
        subject = subject_of(subject)  # "… Workers Union is demanding": "is the … Workers Union demanding?"
    subj = lower_first(subject, names)
    if low in AUXILIARIES:
        return f"{low} {subj}", ""
    base = base_of(low)
    if base:
        return f"did {subj}", base
    base = _present_base(low)
    if base and not low.endswith("ed"):
        head = subject.split(" of ")[0].split()[-1].lower()  # "the Federation of Small Bakers" is one federation
        plural = head.endswith("s") and not head.endswith("ss")
        return f"{'do' if plural else 'does'} {subj}", base
    return None


# A sum its subject was fined, awarded or ordered to pay, in the passive: "X has been fined £1.8m", "Y was awarded $2m".
_PASSIVE_SUM = re.compile(r"\s+(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:also\s+)?"
                          r"(?P<verb>fined|awarded|ordered\s+to\s+pay|charged|offered)$")
_NOT_PASSIVE_SUBJECT = frozenset({"it", "he", "she", "they", "this", "that", "which", "who"})


def how_question(sentence: str, fig: Figure, names: frozenset[str] = frozenset()) -> str | None:
    """The question a figure answers, asked from its own clause; None when its place does not allow one."""
    wire = WIRE_LEAD.match(sentence)
    if wire and fig.start >= wire.end():  # "PORTHAVEN, Feb 24 (Northwire) - …": the story's sentence after it
        return how_question(sentence[wire.end():], _moved(fig, wire.end()), names)
    clause = _clause(sentence)
    if fig.end > len(clause) or re.search(r"[“”\"]", clause):
        return None  # the figure is in the attribution, or a quotation's words would be rearranged
    lead = clean_clause(clause[:fig.start])
    lead = _NAME_APPOSITION.sub(r"\1 ", lead)  # "Kestrel Systems, the cloud software company, is to cut": the name's verb
    lead = _DESCRIBED_NAME.sub(r"\1 ", lead)  # "The developer, Northmoor Wind, wants to build": the name is the subject
    lead = _IS_TO.sub(r"\1 will \2", lead)  # "is to cut 2,300 jobs": a plan, asked "will … cut"
    tail = clause[fig.end:].strip()
    # the figure's own clause ends at a second verb or a condition: "a 7% rise and will strike if …"
    appos = _SUBORD_BEFORE_APPOSITION.search(tail)
    if appos:  # "since Okafor, a former airline boss, took charge": the clause's verb is past the apposition
        tail = tail[:appos.start()]
    tail = _OWN_CLAUSE_END.split(tail)[0].rstrip(" ,")
    tail = _AND_MORE.sub("", tail)  # "above 5 million crowns and only at national level": another phrase, left out
    why = _WHY_CLAUSE.search(tail)
    if why and (fig.kind == "money" or figures_in(tail[why.start():]) or re.search(r"\b(?:it|its|them|this|that|these|those|him)\b",
                                                             tail[why.start():], re.IGNORECASE)):
        # "fined X £4.2m after the company released sewage on 300 days": the reason is a clause of its own, left out
        # where it holds what the question cannot (a second figure, an "it" only the article explains; a sum's
        # question ends on a phrase, never on a clause)
        tail = _DANGLING_SPAN.sub("", tail[:why.start()]).rstrip(" ,")
    sized = fig.kind == "money" and _ARTICLE_AT_END.search(clause[:fig.start].rstrip()) and \
        _SIZED.match(_cut_complement(clause[fig.end:].strip()))
    if sized:  # "The government has announced a £900m plan to build 40,000 homes"
        parts = _finite(re.sub(r"\s+(?:a|an)$", "", clause[:fig.start].rstrip()))
        perfect = parts and parts[1].lower() in ("has", "have") and re.fullmatch(r"[a-z]+", parts[2])
        return _worth_question(parts[0], parts[2] if perfect else parts[1],
                               _SIZED.match(_cut_complement(clause[fig.end:].strip())), names) \
            if parts and (perfect or not parts[2]) else None
    valued = _valued_question(clause, fig, names) if fig.kind == "money" and not sized else None
    if valued:  # "has blocked the planned €2.4 billion merger of Skyvale Airways and Nordair"
        return valued
    beside = _BESIDE.match(tail)
    if beside and not figures_in(tail[beside.end():]):  # "a loss of $3m on revenue of $9m in the quarter"
        tail = tail[beside.end():].strip()
    if fig.kind == "percent" and _TO_A_PRICE.match(tail):
        tail = ""  # "fell 14 per cent to 412p": the level it fell to, not a second share of a range
    voted = _VOTED_BY.match(lead) if fig.kind == "percent" else None
    what = _VOTED_FOR.match(tail) if voted else None
    if what and len(voted.group(1).split()) <= 8 and not re.search(r"[,;:]|\d", voted.group(1)) and \
            not figures_in(what.group(2)):
        # "Members of the X union voted by 87 per cent in favour of industrial action on a turnout of 79 per cent"
        return _q(f"what share of {lower_first(voted.group(1), names)} voted {what.group(1)} {what.group(2)}")
    if re.match(r"(?:and|or|to)\s+\S*\d", tail) or figures_in(tail) or re.match(r"[-–]\d", tail):
        return None  # "between 3% and 5%": a range, or another figure in the same clause
    about = "about " if fig.approx else ""
    lost = _LOSS_OF.search(lead) if fig.kind == "count" and fig.counted else None
    if lost:  # "Goldfield Foods will close its factory in Tarnby next spring with the loss of 420 jobs"
        return _lost_question(lead[:lost.start()].rstrip(" ,"), fig, about, names)
    lead = re.sub(r"\s+a total of$", "", lead)
    lead = _RECORD.sub("", lead)  # "drew a record 2.4 million visitors": the count drawn, a record or not
    lead = _OPENING.sub("", lead)  # "In July, the agency selected …": the time phrase is not the figure's
    lead = _COUNT_SO_FAR.sub("", lead)  # "With 97 percent of polling stations counted, X had …": how far the count got
    told = _TOLD_THAT.search(lead)
    if told and not _OPENING.match(told.group(1)):  # "X's announcement in May that 2,300 posts would go"
        at = clause.rfind("that", 0, fig.start) + len("that ")  # the lead is cleaned: its offsets are not the clause's
        inner = how_question(clause[at:], _moved(fig, at), names)
        if inner and not inner.lower().startswith("according to"):
            return _q(f"according to {lower_first(told.group(1), names)}, {inner[0].lower()}{inner[1:-1]}")
        return None
    framed = _SAID.match(_APPOSED.sub(r"\1", lead))
    own = _OWN_PLAN.search(clause[:fig.start]) if framed and fig.kind in ("count", "money") else None
    if own and own.start() >= len(framed.group(1)) and not re.search(r"\b(?:he|she|i|we|you)\b", framed.group(1),
                                                                      re.IGNORECASE):
        # "Talvio Marine said on Tuesday it would cut 1,200 jobs": the body's own plan, asked of the body by name
        speaker = framed.group(1)
        inner = how_question(f"{speaker} {clause[own.end():]}", _moved(fig, own.end() - len(speaker) - 1), names)
        if inner:
            return inner
    if framed:  # "The organisers said more than 2,000 people signed up" asks the organisers' figure
        at = clause.rfind(framed.group(2), 0, fig.start) if framed.group(2) else fig.start
        inner = how_question(clause[at:], _moved(fig, at), names)
        if inner:  # else "The publisher reported a loss of …": the verb's own object, asked below
            return _q(f"according to {lower_first(framed.group(1), names)}, {inner[0].lower()}{inner[1:-1]}")
    hung = None
    for hung in _HUNG_CLAUSE.finditer(lead):
        pass
    if hung:  # "The walkout came as Orlan Freight reported a profit of £48.5m": the figure is that clause's
        at = clause.rfind(hung.group(1), 0, fig.start)
        inner = how_question(clause[at:], _moved(fig, at), names) if at > 0 else None
        if inner:
            return inner
        return None
    done = _AFTER_DOING.search(lead) if fig.kind in ("percent", "money") else None
    if done:  # "… will walk out from Monday after rejecting a 3% pay offer": what the clause's subject did before
        noun = re.match(r"((?:[a-z-]+\s+){0,2}?(?:" + _MEASURED + r"|offer|bonus|payment|package))\b", tail)
        parts = split_clause(clean_clause(lead[:done.start()]) + " X") or _finite(lead[:done.start()])
        base = _gerund_base(done.group(1)) if done.group(0).split()[0] == "after" else None
        if not noun or not parts or not base or len(parts[0].split()) > 8 or re.search(r"[,;:]", parts[0]):
            return None
        return _q(f"how big a {noun.group(1)} did {lower_first(subject_of(parts[0]), names)} {base}")
    if not lead:  # the figure opens the clause: "Nearly 4,200 teachers walked out"
        if fig.kind == "count" and fig.counted and re.match(r"[a-z]+", tail) and (
                len(tail.split()) >= 2 or base_of(tail) or tail in ("left", "died", "closed")):
            return _q(f"{about}how many {fig.counted} {tail}")
        m = re.match(r"of\s+(.+?)\s+((?:have|has|had|were|was|are|is|will|would|[a-z]+ed)\b.*)$", tail)
        if fig.kind == "percent" and m:  # "40% of voters backed the plan"
            return _q(f"what share of {m.group(1)} {m.group(2)}")
        return None
    measured = re.search(r"\s((?:a|an)\s+)?((?:(?![a-z]+ed\s|[a-z]+s\s)[a-z-]+\s+)?(?:" + _MEASURED + r"))\s+of$", lead) \
        if fig.kind in ("money", "percent") else None
    levied = _RATE_OF.search(lead) if fig.kind == "percent" and not measured else None
    if levied:  # "will impose tariffs of 35 percent on steel" -> "What rate of tariffs will Norland impose on steel?"
        parts = _finite(lead[:levied.start()])
        noun = levied.group(1)
        if " " in noun and (not parts or not parts[2] and parts[1].lower() in AUXILIARIES):
            bare = _RATE_NOUN.search(lead)  # "will impose tariffs of": "impose" is the verb, not a kind of tariff
            parts, noun = _finite(lead[:bare.start()]), bare.group(1)
        inv = _inverted(parts[0], parts[1], names) if parts and len(parts[0].split()) <= 8 else None
        if not inv or re.search(r"\b(?:said|says|told|that|and|or|but)\b|\d", parts[2]) or \
                _NOT_OBJECT.search(parts[2]) or len(parts[2].split()) > 2 or re.match(r"(?:and|or|to)\b", tail):
            return None
        rest = " ".join(x for x in (inv[1], parts[2]) if x)
        return _q(f"what rate of {noun} {inv[0]} {rest} {tail}")
    if measured:  # "reported a loss of $3 million" -> "How big a loss did … report?"
        parts = _finite(lead[:measured.start()])
        inv = _inverted(parts[0], parts[1], names) if parts and len(parts[0].split()) <= 8 else None
        progressive = parts and parts[1].lower() in ("is", "are", "was", "were") and \
            re.fullmatch(r"[a-z]{2,}ing", parts[2] or "")  # "The union is demanding a rise of 9 per cent"
        if not inv or re.search(r"\b(?:said|says|told|that|and|or|but)\b|\d", parts[2]) or \
                _NOT_OBJECT.search(parts[2]) and not progressive:
            return None  # "has backed the scheme, subject to conditions including a payment of": not the verb's object
        front, base = inv
        noun = measured.group(2)
        middle = parts[2]
        if middle and not measured.group(1) and _NOUN_MODIFIERS.fullmatch(middle):
            noun, middle = f"{middle} {noun}", ""  # "reported half-year pre-tax profit of £48.5m": the profit's words
        rest = " ".join(x for x in (base, middle) if x)
        how = f"how big {measured.group(1) or ''}" if measured.group(1) or fig.kind == "percent" else "how much "
        return _q(f"{about}{how}{noun} {front} {rest} {tail}")
    extra = _ARTICLE_ADJECTIVE_END.search(lead)
    if extra:  # "expects the rise to raise an additional 14.2 billion marks": the adjective goes with what is counted
        if fig.kind != "count" or not fig.counted:
            return None  # "… an additional £14.2bn": "How much … raise an additional?" is no question
        fig = replace(fig, counted=f"{extra.group(1).lower()} {fig.counted}")
        lead = lead[:extra.start()].rstrip()
    if re.search(r"\b(?:worth|valued\s+at|totalling|totaling|costing)$", lead, re.IGNORECASE):
        return None  # "lost stock worth £1.9m": the figure measures a noun, "How much did … lose stock worth?" is no question
    if re.search(r"\b(?:after|before|when|whenever|while|because|since|until|once|if|unless|although|though|as|"
                 r"whereas)$", lead, re.IGNORECASE):
        return None  # "celebrated after 40% of entries were graded A": the figure opens a clause the lead hangs on
    if _PREPOSITION_AT_END.search(lead) and \
            not (fig.kind == "percent" and re.search(r"\bby$", lead)):
        return None  # "talks on the roughly $8 billion": a figure inside a phrase, not the clause's own
    if _DETERMINER_AT_END.search(lead):
        return None  # "formed outside all 12 hospitals": the figure is inside a phrase the question cannot front
    by = fig.kind == "percent" and re.search(r"\bby$", lead)
    lead_words = lead[:-2].rstrip() if by else lead
    article = re.search(r"\b(?:a|an)$", lead_words)
    if article:
        lead_words = lead_words[:article.start()].rstrip()
    rel = _RELATIVE_SUBJECT.search(lead_words)
    if rel:  # "organised by the Nurses Union, which represents about 30,000 nurses": the union represents them
        lead_words = f"{rel.group(1)} {rel.group(2)}"
    passive = _PASSIVE_SUM.search(lead_words) if fig.kind == "money" and not article else None
    if passive:  # "A scaffolding firm has been fined £1.8m after …" -> "How much has a scaffolding firm been fined?"
        subject = lead_words[:passive.start()].strip()
        if not subject or len(subject.split()) > 8 or re.search(r"[,;:]|\b(?:said|says|told|that|who|which|and)\b",
                                                                subject) or subject.lower() in _NOT_PASSIVE_SUBJECT:
            return None
        described = _DESCRIPTOR_NAME.match(subject)
        if described:  # "Tennis player Lena Torvik has been fined …": the name, without its headline-style label
            subject = described.group("name")
        first, _, more = passive.group("aux").partition(" ")
        kept = tail if re.match(r"(?:by|for|over|in)\b", tail) else ""
        return _q(f"{about}how much {first.lower()} {lower_first(subject, names)} {more + ' ' if more else ''}"
                  f"{passive.group('verb')} {kept}")
    parts = _finite(lead_words)
    if not parts:
        return None
    subject, verb, middle = parts
    if verb.lower() in ("is", "are", "was", "were") and middle.startswith("to ") and _PLAN_NOUN.search(subject):
        return None  # "The aim is to cut 600 jobs": the aim cuts nothing; what is aimed at is no clause of its own
    inv = _inverted(subject, verb, names)
    if not inv or len(subject.split()) > 8:
        return None
    front, base = inv
    if re.search(r"\b(?:said|says|told|that|and|or|but)\b|\d", middle) or \
            any(w in IRREGULAR or re.fullmatch(r"[a-z]{3,}ed", w)
                for w in middle.lower().split()[1 if verb.lower() in AUXILIARIES else 0:]):
        return None  # a reported clause inside, or a second verb ("milk prices paid to farmers rose"): not one clause
    rest = " ".join(x for x in (base, middle) if x)
    if by:
        if not re.search(r"\b(?:" + "|".join(_CHANGE) + r")\w*\b", f"{base} {verb} {middle}"):
            return None
        return _q(f"{about}by how much {front} {rest} {tail}")
    if fig.kind == "percent" and article:  # "a 7% pay rise"
        noun = re.match(r"((?:[a-z-]+\s+){0,2}?(?:rise|increase|cut|fall|drop|raise|reduction|hike|share|stake|"
                        r"discount|rate|tax|tariff|levy|pay\s+rise|pay\s+cut|growth|decline|jump))\b(.*)$", tail)
        if not noun:
            return None
        after = re.split(r"\s+(?:and|or|as\s+well\s+as|plus)\s+", noun.group(2))[0]  # "… and a 30-minute break"
        return _q(f"how big a {noun.group(1)} {front} {rest}{after}")
    if fig.kind == "percent":
        m = re.match(r"of\s+(.+)$", tail)
        if not m:
            if verb.lower() in _CHANGE or (base or "") in _CHANGE:
                return _q(f"{about}by how much {front} {rest}")
            return None
        cut = re.search(r"\s(?:since|after|before|in|on|during|over|when|because|from|to|by|until)\b", m.group(1))
        np, later = (m.group(1)[:cut.start()], m.group(1)[cut.start():]) if cut else (m.group(1), "")
        if verb.lower() in ("had", "has", "have") and not middle:  # "X had 41.3 percent of the vote": had, the verb
            front, rest = ("did" if verb.lower() == "had" else "does" if verb.lower() == "has" else "do") + \
                " " + lower_first(subject, names), "have"
        return _q(f"what share of {np} {front} {rest}{later}")
    if article:
        return None  # "a $300 million wind farm": the figure describes a thing, it is not the object
    if fig.kind == "count":
        if not fig.counted:
            return None
        counted = fig.counted
        aged = _AGED.match(tail)
        if aged:  # "tracked 9,200 adults aged 40 to 60 for five years": the age goes with the adults
            counted, tail = f"{counted} {aged.group().strip()}", tail[aged.end():].strip()
        if _PARTICIPLE_AFTER.match(tail) or tail.split(" ", 1)[0] in IRREGULAR:
            return None  # "employs 300 people working …", "is recalling 52,700 scooters sold in …": the words
            # describe the people or things, not the verb, and would hang after it in the question
        return _q(f"{about}how many {counted} {front} {rest} {tail}")
    m = re.match(r"in\s+(.+?)$", tail)  # "$2 billion in reserves" -> "how much in reserves"
    noun = f" in {m.group(1)}" if m else ""
    after = "" if m else tail
    rate = re.match(r"(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|head|share)\b", tail)
    if rate:  # "would reach $40 million a year by 2025" -> "how much a year would … reach by 2025"
        noun, after = f" {rate.group()}", tail[rate.end():].strip()
    if after and not re.match(r"(?:on|for|to|from|in|over|by|this|last|next|a|each|per)\b", after):
        return None
    return _q(f"{about}how much{noun} {front} {rest} {after}")


# Where the figure's own clause ends: a comma or dash, a second verb after "and"/"but"/"or" (an irregular past
# too: "inspected 64 shops and found fake goods in 19"), or a condition.
_OWN_CLAUSE_END = re.compile(r",(?!\d{3}\b)|;|\s[-–—]\s|(?:^|\s+)(?:and|but|or)\s+(?=(?:will|would|is|are|was|were|has|"
                             r"have|had|can|could|[a-z]+ed|[a-z]+s|" + "|".join(sorted(IRREGULAR)) + r")\b)|"
                             r"\s+(?:if|unless|although|though|while|whereas)\b")
# A time clause whose subject is set off by an apposition: "since Okafor, a former airline boss, took charge".
_SUBORD_BEFORE_APPOSITION = re.compile(r"(?:^|\s+)(?:since|after|before|when|because|as|once|until|while)\s+"
                                       r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s")
# A clause hung on the main one before the figure: "came as Orlan Freight reported …", "fell after the company …".
_HUNG_CLAUSE = re.compile(r"\s(?:as|when|while|because|although|though|whereas|after|before|since)\s+"
                          r"((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}\s+[a-z])")
# Words between a verb and its object that say nothing the object needs: a phrase set off by a comma, a gerund.
_NOT_OBJECT = re.compile(r"[,;:]|\b[a-z]{2,}ing\b")
# Words before a measured noun that belong to it: "half-year pre-tax", "annual", "first-quarter".
_NOUN_MODIFIERS = re.compile(r"(?:(?:[a-z]+-[a-z-]+|annual|quarterly|monthly|yearly|net|gross|total|operating|"
                             r"underlying|record|full-year|half-year)\s+){0,2}(?:[a-z]+-[a-z-]+|annual|quarterly|"
                             r"monthly|yearly|net|gross|total|operating|underlying|record)")
# A name's apposition before its verb: "Kestrel Systems, the cloud software company based in Aldermoor, is to cut".
_NAME_APPOSITION = re.compile(r"^(" + NAMED + r"),\s+(?:the|a|an)\s+[^,]{2,70},\s+")
# An article and an adjective before the figure: "an additional", "a further", "an estimated", "a record"
_ARTICLE_ADJECTIVE_END = re.compile(r"\s(?:a|an|the)\s+(additional|extra|further|estimated|projected|expected|total|"
                                    r"staggering|whopping|mere|combined)$", re.IGNORECASE)
# A label of lower-case words before a full name, as a sentence's opening writes it: "Tennis player Lena Torvik".
_DESCRIPTOR_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){1,3}\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})$")
# A description before the name it sets off: "The developer, Northmoor Wind, wants to build 14 turbines".
_DESCRIBED_NAME = re.compile(r"^(?:The|the)\s+[a-z][a-z\s-]{1,40},\s+(" + NAMED + r"),\s+(?=[a-z])")
# A noun whose "is to …" says what it is, not what it will do: "The aim is to cut", "Our plan is to sell".
_PLAN_NOUN = re.compile(r"\b(?:aim|plan|goal|target|idea|intention|hope|ambition|priority|proposal|strategy|purpose|"
                        r"task|job|challenge|answer|solution|option)s?$", re.IGNORECASE)
# A name's "is to cut", "are to close": a plan announced, which a question asks with "will" ("The aim is to cut …" is
# no plan of the aim's, and is left alone).
_IS_TO = re.compile(r"^(" + NAMED + r")\s+(?:is|are)\s+to\s+([a-z]+)\b")
# A share price moved to: "to 412p", "to $31.20" (a sum a total reached, "to £4.6 billion", is left as it was).
_TO_A_PRICE = re.compile(r"to\s+(?:\d[\d.,]*p\b|[$€]\d{1,4}\.\d\d\b)")
# A preposition just before a figure: the figure sits in a phrase, not the clause's own object ("talks on the
# roughly $8 billion", "contracts above 5 million crowns").
_PREPOSITION_AT_END = re.compile(r"\b(?:of|in|on|at|for|with|from|to|into|than|between|under|over|above|below|beyond|"
                                 r"outside|inside|across|within|without|towards|toward|through|around|per)$", re.IGNORECASE)
# "and only …", "but not …" after the figure: another phrase of the sentence, which the question leaves out
# ("graded A or above" stays whole).
_AND_MORE = re.compile(r"(?:^|\s+)(?:and|or|but)\s+(?:only|also|not|then|even|just|still|later|again|instead|now)\b.*$")
# A determiner or "all" just before a figure: the figure sits inside a noun phrase ("outside all 12 hospitals").
_DETERMINER_AT_END = re.compile(r"(?:^|\s)(?:all|the|its|their|his|her|our|these|those|both|each|every)$", re.IGNORECASE)
# An age after what is counted: "adults aged 40 to 60", "people aged 65 and over".
_AGED = re.compile(r"aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:to|and|-|–)\s*\d{1,3})?(?:\s+(?:and|or)\s+"
                   r"(?:over|under|above|older|younger))?\b")
# A participle describing what is counted: "300 people working …", "40 homes built …".
_PARTICIPLE_AFTER = re.compile(r"(?:[a-z]{2,}ing|[a-z]{3,}ed|aged|born|based)\b")


# A clause of its own after the figure's, giving the reason or the time: "… after the company released sewage into
# the river", "… because demand fell". A preposition's phrase ("after a two-year inquiry") stays.
_WHY_CLAUSE = re.compile(r"(?:^|\s+)(?:after|because|since|when|as|before|once|despite|following)\s+(?=(?:the|a|an|its|"
                         r"their|his|her|it|they|he|she|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,5}?(?:was|were|is|are|had|"
                         r"has|have|did|will|would|could|[a-z]{3,}ed|scrapped|cut|shut|lost|made|took|fell|rose|won|takes|begins|starts|"
                         r"opens|closes|comes|ends|expires|runs)\b)|(?:^|\s+)(?:for|over)\s+(?=[a-z]{3,}ing\s)")
# (…and a penalty's reason, "fined X £6m for selling loans to 40,000 customers": the sum is asked, the reason left out)
# what the cut clause qualified, now left hanging: "in the twelve months" (after it scrapped its fee)
_DANGLING_SPAN = re.compile(r"(?:^|\s+)(?:in|over|during|for)\s+the\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|period|"
                            r"hours?)$")
# "a record" before a figure: the figure is asked, the word "record" is not its object
_RECORD = re.compile(r"(?<=\s)(?:a\s+)?(?:new\s+)?(?:record|record-breaking|all-time)(?:\s+high\s+of)?$")
# The nouns a sum is the size of: "a £900 million plan to build homes", "a $2bn bid for Corvane".
_SIZED = re.compile(r"((?:[a-z-]+\s+)?(?:plan|package|scheme|programme|program|project|investment|fund|bid|offer|deal|"
                    r"approach|proposal|takeover|bailout|contract|settlement|grant|loan|rescue|expansion|upgrade|stimulus))"
                    r"((?:\s+(?:to|for|with|in|from)\s+[^;]{3,80})?)$")


def _cut_complement(tail: str) -> str:
    """The thing's own words: up to a comma, a second clause or a time phrase at the end ("over the next decade")."""
    tail = _CLAUSE_BREAK.split(tail)[0]
    return re.sub(r"\s+(?:over|in|within|during|by)\s+(?:the\s+)?(?:next|coming|last|past|following)\s+(?:\w+\s+)?"
                  r"(?:years?|months?|decades?|weeks?)$|\s+(?:by|in|before)\s+(?:1[89]|20)\d\d$", "", tail.strip())


# "… with the loss of": the count lost along with the clause's event
_LOSS_OF = re.compile(r",?\s+with\s+the\s+(?:loss|losses)\s+of$")


def _lost_question(main: str, fig: Figure, about: str, names: frozenset[str]) -> str | None:
    """"Goldfield Foods will close its cereal factory in Tarnby with the loss of 420 jobs" -> "How many jobs will be
    lost when Goldfield Foods closes its cereal factory in Tarnby?"; a past event's -> "were lost when … closed …".
    None unless the clause before is one subject and one verb, with no figure or pronoun of its own."""
    parts = split_clause(main)
    if not parts or figures_in(main) or re.search(r"[,;:“”\"]|\b(?:it|them|this|that|these|those|he|she|they)\b",
                                                  main, re.IGNORECASE):
        return None
    subject, verb, rest = parts
    low = verb.lower()
    if len(subject.split()) > 8:
        return None
    subj = lower_first(subject, names)
    if low in ("will", "would"):
        words = rest.split()
        if not words or not re.fullmatch(r"[a-z]+", words[0]) or words[0] in ("be", "have", "not"):
            return None
        last = subject.split()[-1]
        plural = last[:1].islower() and last.endswith("s") and not last.endswith("ss")
        done = words[0] if plural else singular_verb(words[0])
        return _q(f"{about}how many {fig.counted} {low} be lost when {subj} {done} {' '.join(words[1:])}")
    if base_of(low) and (low.endswith("ed") or low in IRREGULAR):
        return _q(f"{about}how many {fig.counted} were lost when {subj} {low} {rest}")
    return None


# Verbs of what is done with another's offer: its size is asked as the offer "from" its maker.
_RECEIVED = frozenset({"rejected", "received", "accepted", "welcomed", "considered", "backed", "spurned", "rebuffed",
                       "rejects", "receives", "accepts", "welcomes", "considers", "backs", "spurns", "rebuffs"})


def _worth_question(subject: str, verb: str, sized: re.Match | None, names: frozenset[str]) -> str | None:
    """"The government has announced a £900m plan to build 40,000 homes" -> "How much is the government's plan to
    build 40,000 homes worth?": the size of what the main clause's subject announced, offered or agreed, asked of
    the thing with its owner's name; None when the subject is no short name or the thing is no such plan or deal."""
    low = verb.lower()
    if not sized or len(sized.group(0).split()) > 14:
        return None
    maker = re.match(r"\s+from\s+(?:[\w’'-]+\s+){0,3}?((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*)"
                     r"(?=\s+(?:for|to|in|of|at|on|over|with|worth)\b|$)(.*)$", sized.group(2))
    if low in _RECEIVED and maker:
        # "The board has rejected a £3.1bn takeover approach from US rival Corvane": the bid is the bidder's; what
        # follows the bidder only the article explains ("for their striker") is left out
        who = maker.group(1) + ("’" if maker.group(1).endswith("s") else "’s")
        after = "" if re.search(r"\b(?:it|its|them|their|this|that|his|her|he|she|they)\b", maker.group(2),
                                re.IGNORECASE) else maker.group(2)
        return _q(f"how much {'was' if low.endswith('ed') else 'is'} {who} {sized.group(1)}{after} worth")
    if len(subject.split()) > 5 or re.search(r"[,;:()]|\b(?:who|which|that|and|or)\b", subject):
        return None
    if low not in ("announced", "unveiled", "launched", "approved", "agreed", "offered", "made", "tabled", "proposed",
                   "submitted", "launched",
                   "announces", "unveils", "launches", "approves", "agrees", "offers", "makes", "proposes",
                   "has", "have"):
        return None
    owner = subject_of(subject) if subject.split()[-1][:1].isupper() else subject
    first = owner.split()[0]
    if first.lower() in _DETERMINERS - {"the"} or owner.lower() in ("it", "they", "he", "she", "we", "i", "you"):
        return None
    if first == "The":
        owner = "the" + owner[3:]
    owner = owner + ("’" if owner.endswith("s") else "’s")
    thing = f"{owner} {sized.group(1)}{sized.group(2)}"
    return _q(f"how much is {thing} worth")


# A deal, a bid or a claim whose size a sum gives, written with its determiner or owner before the sum: "the planned
# €2.4 billion merger of A and B", "its £142 million takeover of the club", "Lumora's $300m bid for Vell".
_DEAL_NOUN = (r"merger|takeover|acquisition|purchase|sale|deal|bid|offer|lawsuit|claim|contract|settlement|package|"
              r"plan|scheme|programme|program|project|investment|fund|loan|bailout|rescue|expansion|upgrade|transfer")
_VALUED_BEFORE = re.compile(r"(?:^|\s)(?P<det>the|its|their|(?P<owner>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s?)"
                            r"(?P<adj>(?:\s+(?:planned|proposed|hostile|agreed|record|failed|rival|original|revised|"
                            r"controversial|long-awaited|flagship|first|second|third|new|latest|final))*)\s*$")
_VALUED_AFTER = re.compile(r"\s*(?P<noun>(?:[a-z]+-[a-z]+\s+|cash\s+|takeover\s+|transfer\s+|rescue\s+)?(?:"
                           + _DEAL_NOUN + r"))\b(?P<rest>(?:\s+(?:of|for|with|between|by|from|against|to\s+buy)\s+"
                           r"[^,;:()“”\"]{2,70})?)")
# A participle phrase set off by commas after a subject: "The consortium, led by the investor X, completed".
_SET_OFF = re.compile(r"^([^,]{2,80}),\s+(?:led|owned|run|based|backed|founded|chaired|headed|controlled|which|who)"
                      r"\b[^,]{2,90},\s+")
# Where the thing's own words end: a verb of the clause ("… upgrade of the line will finish"), a relative or a reason.
_VALUED_END = re.compile(r"\s+(?:will|would|is|are|was|were|has|have|had|can|could|must|may|might|should|which|who|"
                         r"that|after|because|as|while|when|if|unless|despite|amid|following)\b")
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|made|won|struck|sold|bought|took|gave|paid|lost|set|put|brought)\b")
_TRAILING_TIME = re.compile(r"\s+(?:on|last|this|next|in|earlier|later)\s+(?:[A-Z][a-z]+|week|month|year)$|"
                            r"\s+(?:on|by|before|after|until)\s+\d{1,2}\s+[A-Z][a-z]+$|"
                            r"\s+(?:last\s+night|this\s+morning|yesterday|today|tonight)$")


def _valued_question(clause: str, fig: Figure, names: frozenset[str]) -> str | None:
    """"The authority has blocked the planned €2.4 billion merger of Skyvale Airways and Nordair" -> "How much was the
    planned merger of Skyvale Airways and Nordair worth?"; "The Meridian consortium completed its £142 million
    takeover of Castlebridge Athletic" -> "How much was the Meridian consortium's takeover of Castlebridge Athletic
    worth?". The thing must be known by its own words: an owner the clause names (its subject for "its") or a
    name in what follows ("of Skyvale Airways"); "the deal" alone, or an owner only the article explains, is not asked."""
    before = _VALUED_BEFORE.search(clause[:fig.start])
    after = _VALUED_AFTER.match(clause, fig.end)
    if not before or not after or re.match(r"\s*(?:of|in)\s+(?:cash|shares|stock|debt|new\s+money)\b", clause[fig.end:]):
        return None
    rest = _VALUED_END.split(_OWN_CLAUSE_END.split(after.group("rest"))[0])[0] if after.group("rest") else ""
    rest = _TRAILING_TIME.sub("", _TRAILING_TIME.sub("", rest)).rstrip(" ,")
    if figures_in(rest) or re.search(r"\d|\b(?:it|its|them|their|this|that|his|her|he|she|they)\b", rest):
        return None
    det = before.group("det")
    lead = _SET_OFF.sub(r"\1 ", clean_clause(clause[:before.start()].strip()))
    lead = _OPENING.sub("", _NAME_APPOSITION.sub(r"\1 ", lead))
    parts = _finite(lead) if lead else None
    past = bool(parts and (_PAST_VERB.fullmatch(parts[1].lower()) or parts[1].lower() in ("was", "were", "had") or
                           parts[1].lower() in ("has", "have") and _PAST_VERB.match(parts[2])))
    if det in ("its", "their"):
        if not parts or len(parts[0].split()) > 6 or re.search(r"[,;:()]|\b(?:who|which|that|and|or|it|they)\b",
                                                                 parts[0], re.IGNORECASE):
            return None
        owner = subject_of(parts[0]) if parts[0].split()[-1][:1].isupper() else parts[0]
        if owner.split()[0] == "The":
            owner = "the" + owner[3:]
        if not re.search(r"(?:^|\s)[A-Z]", owner):
            return None  # "the company's takeover": whose, only the article says
        owner += "’" if owner.endswith("s") else "’s"
    elif det == "the":
        owner = "the"
        if not re.search(r"\s[A-Z]", rest):
            return None  # "the £2.4bn deal": which deal, only the article says
    else:
        owner = before.group("owner") + ("’" if before.group("owner").endswith("s") else "’s")
        if before.group("owner").split()[0] in ("The", "A", "An", "This", "That"):
            return None
    adj = " ".join(before.group("adj").split())
    thing = " ".join(x for x in (owner, adj, after.group("noun").strip()) if x) + rest
    if len(thing.split()) > 14:
        return None
    return _q(f"how much {'was' if past else 'is'} {thing} worth")


# Nouns a sum or a share measures: "a loss of $3 million", "debt of $700 million", "a turnout of 25.7%".
# Duties levied at a rate, in the plural, right before the figure: "impose tariffs of 35 percent", "duties of 25%".
_RATE_OF = re.compile(r"\s((?:[a-z-]+\s+)?(?:tariffs|duties|taxes|levies))\s+of(?:\s+up\s+to)?$")
_RATE_NOUN = re.compile(r"\s(tariffs|duties|taxes|levies)\s+of(?:\s+up\s+to)?$")
# A share voted for something: "Members of the X union voted by 87 per cent" + "in favour of industrial action …".
_VOTED_BY = re.compile(r"^(.+?)\s+voted\s+by$")
_VOTED_FOR = re.compile(r"(in\s+favour\s+of|for|against|to)\s+(.+?)(?:\s+on\s+a\s+turnout\b.*)?$")
# How far a count had got, opening a results story's sentence: "With 97 percent of polling stations counted, …".
_COUNT_SO_FAR = re.compile(r"^With\s+[^,]{3,60}?\s+(?:counted|declared|reported|in|tallied|processed),\s+")
_MEASURED = (r"loss|profit|deficit|surplus|debt|revenue|revenues|budget|fine|payout|settlement|bill|bonus|grant|"
             r"investment|turnout|stake|share|majority|margin|lead|rise|increase|fall|drop|cut|growth|contribution|"
             r"subsidy|fund|award|salary|price|fee|tax|levy|tariff|loan|bailout|ransom|bid|offer")
# A time phrase or link word before the clause: "In July, …", "This past May, …", "Earlier this year, …".
_OPENING = re.compile(r"^(?:(?:In|On|At|By|Since|During|After|Before|Earlier|Later|Last|This|Next|Meanwhile|However|"
                      r"Also|Overall|Now|Today|Yesterday)\b[^,]{0,30},\s+)")
# A speaker and a verb of saying before the clause that holds the figure.
_SAID = re.compile(r"^((?:[A-Z][\w’'.-]*|the|[a-z]+)(?:\s+[\w’'.-]+){0,4}?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|"
                   r"estimated|estimates|reported|reports|told\s+\w+|believes|expects)(?:\s+that)?(?:\s+(.*))?$")


# A name's apposition before its verb of saying: "Talvio Marine, the country's largest shipbuilder, said".
_APPOSED = re.compile(r"^(" + NAMED + r"),\s+(?:the|a|an)\s+[^,]{1,60},(?=\s+(?:has\s+|had\s+)?"
                      r"(?:said|says|reported|reports|estimated|estimates)\b)")
# The speaker's own plan in what it says: "said on Tuesday (that) it would cut", "says they will sell".
_OWN_PLAN = re.compile(r"\b(?:said|says|announced|confirmed)(?:\s+(?:on|last|this|late|early)\s+[A-Z]?[a-z]+)?(?:\s+that)?"
                       r"\s+(?:it|they)\s+(?=(?:would|will|plans\s+to|planned\s+to|intends\s+to|aims\s+to)\b)")
# A wire dateline before the story's first sentence: "PORTHAVEN, Feb 24 (Northwire) - ".
WIRE_LEAD = re.compile(r"^[A-Z][A-Z .'’-]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?\([^)]{1,40}\)\s+[-–—]\s+")


# Someone's announcement, estimate or plan and the "that" opening what it says, just before a figure: "Chancellor
# Ada Brown's announcement in July that …". The figure's clause is asked according to it.
_TOLD_THAT = re.compile(r"(?:^|\s)((?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.-]*|the\s+[a-z]+)['’]s\s+(?:[a-z-]+\s+)?(?:"
                        r"announcement|estimate|forecast|plan|plans|proposal|warning|report|statement|promise|pledge|"
                        r"claim|prediction|figures|budget)(?:\s+(?:in|on|last|this)\s+[A-Z]?[a-z]+)?)\s+that\s*$")
# A second measured figure right after the first ("a loss of $3m on revenue of $9m"): a phrase the question leaves out.
_BESIDE = re.compile(r"(?:on|from|against|with|out of)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+)?(?:"
                     + _MEASURED + r"|sales)\s+of\s+" + _MONEY + r"(?=[\s,.;]|$)")
# A named subject and the verb of its relative clause, just before a figure: "the Nurses Union, which represents"
_RELATIVE_SUBJECT = re.compile(r"((?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|de)\s+)?){0,5}[A-Z][\w’'&.-]*|"
                               r"\b[Tt]he\s+[a-z]+),\s+(?:which|who)\s+"
                               r"((?:now\s+|also\s+|still\s+)?[a-z]+)$")


# "after rejecting a": a gerund after a time word, and the figure's article, at the end of the words before a figure
# (only "after" is asked, as what the subject did; "before taking a 4% cut" is no question the clause's verb can ask)
_AFTER_DOING = re.compile(r"\s+(?:after|before|by|while|without)\s+([a-z]{2,}ing)\s+(?:a|an)$")


def _gerund_base(gerund: str) -> str | None:
    """'rejecting' -> 'reject', 'accepting' -> 'accept', 'turning' -> 'turn': only where the stem ends on two
    different consonants, so the base form is the stem without doubt ('taking', 'running' are left: None)."""
    stem = gerund[:-3]
    if len(stem) >= 4 and re.search(r"[^aeiouy][^aeiouy]$", stem) and stem[-1] != stem[-2]:
        return stem
    return None


def _moved(fig: Figure, by: int) -> Figure:
    return Figure(fig.kind, fig.value, fig.counted, fig.approx, fig.start - by, fig.end - by)


def _q(text: str) -> str | None:
    if re.search(r"\b(?:it|them|this|that|these|those|him)\b", text, re.IGNORECASE):
        return None  # "how many residents have signed it?": what "it" is, only the article says
    # "did the company also report": the adverb links to a sentence the student has not read
    text = re.sub(r"\b(?:also|still|again|even|already|meanwhile|too)\s+(?=[a-z])", "", text)
    text = " ".join(text.split()).rstrip(" ,;:")
    return text[0].upper() + text[1:] + "?"


def same_kind(a: Figure, b: Figure) -> bool:
    """Options a student compares: shares with shares, money in one currency, counts of things."""
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.value[:1] == b.value[:1]
    if a.kind == "count":  # schools with schools, not with pupils
        return a.counted.split()[-1:] == b.counted.split()[-1:]
    return True


def _grain(value: str) -> float:
    """Half the unit of a figure's last written digit where it is written with a scale word or decimals ("£2.1
    billion": 0.05 billion); 0 for a plain whole number, whose rounding the words do not show."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", value)
    if not m:
        return 0.0
    unit = 10.0 ** -len(m.group(1)) if m.group(1) else 1.0
    n = amount(value)
    plain = float(m.group().replace(",", "")) or 1.0
    scale = n / plain if plain else 1.0
    return unit * scale / 2 if (m.group(1) or scale > 1) else 0.0


def same_value(a: str, b: str) -> bool:
    """A rounded and an exact form of one number ("£2.1 billion" and "£2,087 million"; "3.4%" and "3.42%"): the
    exact one rounds to the other as written, so a student choosing either is right."""
    x, y = amount(a), amount(b)
    return abs(x - y) <= max(_grain(a), _grain(b)) and x != 0


def _rounded_from(rounded: str, exact: str) -> bool:
    """A round whole number and one it stands for ("more than 48,000" in a headline, "48,612" in the body): the
    round one's last non-zero digit is its grain, and the other lies within it, so both are right answers."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", rounded)
    if not m or "." in m.group() or amount(rounded) != float(m.group().replace(",", "")):
        return False
    digits = m.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2:
        return False
    return abs(amount(exact) - amount(rounded)) < 10 ** zeros


def nearby(key: Figure, others: list[Figure], seed: int) -> list[str]:
    """Up to three wrong options: the article's own figures of the key's kind within a factor of ten of it,
    then figures made from the key at a similar scale, written the way it is written."""
    out: list[str] = []
    k = key.number
    for o in others:
        if len(out) >= 3:
            break
        if same_kind(key, o) and o.value != key.value and o.value not in out and k and \
                0.1 <= o.number / k <= 10 and o.number != k and not same_value(key.value, o.value) and \
                not _rounded_from(key.value, o.value) and not _rounded_from(o.value, key.value):
            out.append(o.value)
    # never all above or all below the key: the odd one out at an end of the scale is a guess, not a recall
    factors = [(0.5, 1.5, 2.0), (0.5, 2.0, 3.0), (0.25, 0.5, 1.5), (0.75, 1.5, 2.0)][seed % 4]
    for f in (*factors, 0.75, 1.25, 0.25, 0.4):
        if len(out) >= 3:
            break
        made = scaled(key.value, f)
        if made and made != key.value and made not in out and amount(made) != k:
            out.append(made)
    return out[:3]


# A figure as written, split for the forms a student types: sign, digits, scale word, per cent.
_WRITTEN = re.compile(r"([$£€]?)\s?(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|bn|m|k)?\s?(%)?$", re.IGNORECASE)
_CURRENCY_WORDS = {"£": "pounds", "$": "dollars", "€": "euros"}
_SCALE_SHORT = {"billion": "bn", "million": "m", "trillion": "tn", "bn": "billion", "m": "million"}


def typed_forms(value: str, counted: str = "") -> list[str]:
    """The ways a student writes a figure, for a typed answer: '£142 million' -> '£142 million', '142 million',
    '£142m', '142m', '142 million pounds'; '35%' -> '35%', '35', '35 per cent', '35 percent'; '2,300' (jobs) ->
    '2,300', '2,300 jobs'. (The answer check folds thousands separators, so '2300' is '2,300'.)"""
    m = _WRITTEN.match(value.strip())
    if not m:
        return [value]
    sign, digits, scale, percent = m.group(1), m.group(2), (m.group(3) or "").lower(), m.group(4)
    if percent:
        return [f"{digits}%", digits, f"{digits} per cent", f"{digits} percent"]
    scales = [scale, _SCALE_SHORT[scale]] if scale in _SCALE_SHORT else [scale]
    numbers = [f"{digits} {s}" if len(s) > 2 else f"{digits}{s}" for s in scales] if scale else [digits]
    whole = float(digits.replace(",", "")) * (10 ** 6 if scale in ("million", "m") else 10 ** 9)
    if scale in ("million", "m", "billion", "bn") and whole.is_integer():  # '1.4 million' is also '1,400,000'
        numbers.append(f"{int(whole):,}")
    out = [value]
    for n in numbers:
        out += [sign + n, n] if sign else [n]
    if sign in _CURRENCY_WORDS:
        out.append(f"{numbers[0]} {_CURRENCY_WORDS[sign]}")
    if counted:
        out.append(f"{numbers[0]} {counted}")
    return list(dict.fromkeys(out))


def as_typed(q: dict) -> dict:
    """A figure question drafted with made-up wrong options (the article gives too few figures of its kind) is
    asked typed instead: readers judge an invented figure beside the real one no fair option. The answer is the
    figure as its source writes it, the other forms a student writes accepted. Its prompt passed every check as a
    choice; `figure_candidates` leaves the forms on it (`_typed`), which this takes off."""
    forms = q.pop("_typed", None)
    if not forms:
        return q
    source = " ".join(q.get("source", "").lower().split())
    # the fullest form the source writes ("3.1 per cent", never its "3.1" alone), else the figure as drafted
    answer = max((f for f in forms if f.lower() in source), key=len, default=forms[0])
    typed = {k: v for k, v in q.items() if k not in ("type", "choices", "answer")}
    typed["type"] = "typed"
    typed["answer"] = answer
    typed["accept"] = [f for f in forms if f != answer]
    order = ["id", "type", "topic", "prompt", "answer", "accept"]
    return {k: typed[k] for k in order if k in typed} | {k: v for k, v in typed.items() if k not in order}


def scaled(value: str, factor: float) -> str | None:
    """'£12 million' × 1.5 -> '£18 million'; '4,200' × 0.5 -> '2,100'; '7%' × 2 -> '14%'; same precision."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    if not m:
        return None
    digits = m.group()
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    n = float(digits.replace(",", "")) * factor
    if "%" in value and n >= 100:
        return None
    if decimals:
        text = f"{n:.{decimals}f}"
    else:  # as round as the key: 4,200 -> 2,100 (two significant digits), 300 -> 600, not 2,143
        sig = max(1, len(digits.replace(",", "").rstrip("0")))
        n = int(float(f"{n:.{sig}g}")) if n >= 1 else 0
        text = f"{n:,}" if "," in digits else str(n)
    if text in ("0", "0.0"):
        return None
    return value[:m.start()] + text + value[m.end():]


# A change from one figure to another: "raise the pension age from 63 to 65", "cut the top retainer from 180,000
# dollars to 150,000 dollars", "has risen from $3.1 billion to $4.6 billion". Both ends are the fact, asked together.
_PAIR_END = (r"[$£€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent\b|percent\b|(?:trillion|billion|million|bn|m)\b"
             r"(?:\s+(?:dollars|euros|pounds))?|dollars\b|euros\b|pounds\b|pence\b|p\b))?")
_FROM_TO = re.compile(r"\s+from\s+(?P<a>" + _PAIR_END + r")\s+to\s+(?P<b>" + _PAIR_END + r")(?![\w%]|[.,]\d)",
                      re.IGNORECASE)
# What moves between the two ends: a verb of change, the clause's own ("raise", "cut", "has risen", "proposed cutting").
_CHANGE_WORD = re.compile(r"\b(?:rais|ris|rose|cut|reduc|lower|increas|lift|fall|fell|drop|grow|grew|boost|slash|"
                          r"hik|push|bring|brought|extend|shorten|trim|doubl|halv|expand|shrink|chang|mov|jump|"
                          r"climb|slid|decreas)[a-z]*\b", re.IGNORECASE)
_MONEY_WORD = re.compile(r"\s+(?:dollars|euros|pounds|pence)$")
_NOT_PAIR = re.compile(r"^(?:(?:1[89]|20)\d\d|\d{1,2})$")


@dataclass(frozen=True)
class Pair:
    """A "from … to …" question: the prompt, the key ("63 to 65") and the forms a student writes."""

    prompt: str
    value: str
    accept: tuple[str, ...]


def pair_question(sentence: str, names: frozenset[str] = frozenset()) -> Pair | None:
    """"The plan would raise the pension age from 63 to 65" -> "From what to what would the plan raise the pension
    age?" (63 to 65): asked from the clause's own verb of change; a pair of years, days or a time ("from 1958 to 1979",
    "from 15 to 17 December") is no change of a figure, and a clause the question cannot front is not asked."""
    wire = WIRE_LEAD.match(sentence)
    clause = _clause(sentence[wire.end():] if wire else sentence)
    m = _FROM_TO.search(clause)
    if not m or re.search(r"[“”\"]", clause) or _FROM_TO.search(clause, m.end()):
        return None
    a, b = " ".join(m.group("a").split()), " ".join(m.group("b").split())
    if _NOT_PAIR.match(a) and _NOT_PAIR.match(b) and not re.match(r"\s*(?:years?|months?|weeks?|days?|hours?)\b",
                                                                  clause[m.end():]) or \
            re.match(r"\s*(?:[A-Z][a-z]+|[ap]\.?m\b|:\d)", clause[m.end():]) or a == b:
        return None  # "from 1958 to 1979", "from 15 to 17 December", "from 9 to 5pm": dates and times
    unit = re.match(r"\s*(years?|months?|weeks?|days?|hours?)\b", clause[m.end():])
    lead = clean_clause(clause[:m.start()])
    lead = _OPENING.sub("", lead)
    lead = _IS_TO.sub(r"\1 will \2", lead)
    tail = clause[m.end() + (unit.end() if unit else 0):].strip()
    tail = _OWN_CLAUSE_END.split(tail)[0].rstrip(" ,")
    if figures_in(tail) or re.search(r"\d", tail) or len(tail.split()) > 6:
        tail = ""
    framed = _SAID.match(_APPOSED.sub(r"\1", lead))
    if framed and framed.group(2):  # "The authority said the cost had risen from …": the authority's figures
        inner = pair_question(f"{framed.group(2)}{clause[m.start():]}.", names)
        if not inner or re.search(r"\b(?:he|she|i|we|you|they)\b", framed.group(1), re.IGNORECASE) or \
                inner.prompt.lower().startswith("according to"):
            return None
        asked = _q(f"according to {lower_first(framed.group(1), names)}, {inner.prompt[0].lower()}{inner.prompt[1:-1]}")
        return Pair(asked, inner.value, inner.accept) if asked else None
    tail = re.sub(r"^(?:a|an|per|each)\s+(?:year|month|week|day|hour|head|person)\b\s*", "", tail)  # "… an hour"
    parts = _finite(lead)
    if not parts or not _CHANGE_WORD.search(f"{parts[1]} {parts[2]}") or len(parts[0].split()) > 8 or \
            re.search(r"[,;:()]|\b(?:who|which|that)\b", parts[0]):
        return None
    subject, verb, middle = parts
    if re.search(r"\b(?:said|says|told|that|and|or|but)\b|\d|[,;:]", middle) or len(middle.split()) > 8:
        return None
    inv = _inverted(subject, verb, names)
    if not inv:
        return None
    front, base = inv
    rest = " ".join(x for x in (base, middle, tail) if x)
    prompt = _q(f"from what to what {front} {rest}")
    if not prompt:
        return None
    u = f" {unit.group(1)}" if unit else ""
    value = f"{a} to {b}{u}"
    forms = [value, f"from {value}", f"{a}{u} to {b}{u}"]
    for x, y in zip(typed_forms(a)[1:3], typed_forms(b)[1:3]):
        forms += [f"{x} to {y}{u}", f"{x}-{y}{u}"]
    bare = [_MONEY_WORD.sub("", x) for x in (a, b)]  # "1,150 euros to 1,390 euros": "1,150 to 1,390"
    if bare != [a, b]:
        forms += [f"{bare[0]} to {bare[1]}", f"{bare[0]}-{bare[1]}"]
    return Pair(prompt, value, tuple(f for f in dict.fromkeys(forms) if f != value))


# A vote's count: "survived the motion by 151 votes to 146", "voted 5-2 to remove the books", "voted 312 to 290 for".
_BY_VOTES = re.compile(r"\s+by\s+(?P<a>\d[\d,]*)\s+votes?\s+to\s+(?P<b>\d[\d,]*)\b(?!\s*(?:%|per\s?cent|percent))")
_VOTED_COUNT = re.compile(r"\s+(?P<verb>voted|votes)\s+(?P<a>\d{1,3}(?:,\d{3})?)\s*(?:[-–]|\s+to\s+)(?P<b>\d{1,3}(?:,\d{3})?)"
                          r"(?=\s+(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:[A-Z][a-z]+day\s+(?:night\s+|morning\s+|"
                          r"evening\s+|afternoon\s+)?)?(?:to|for|against|in\s+favour\s+of)\b)")


_LONG_OPENING = re.compile(r"^(?:After|Before|Following|Despite|Amid|During|At\s+the\s+end\s+of)\b[^,]{0,80},\s+")
_ON_WEEKDAY = re.compile(r"\s+(?:on\s+|last\s+)?[A-Z][a-z]+day(?:\s+(?:night|morning|evening|afternoon))?(?=\s*$|\s+(?:to|for|"
                         r"against|in\s+favour)\b)")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?=(?:[a-z]+ed|won|lost|beaten)\b)")


def vote_question(sentence: str, names: frozenset[str] = frozenset()) -> Pair | None:
    """"Prime minister X survived a no-confidence motion by 151 votes to 146" -> "What was the vote when Prime
    minister X survived a no-confidence motion?" (151 votes to 146); "The board voted 5-2 on Monday to remove 14
    books" -> "What was the vote when the board voted to remove 14 books?" (5-2). The clause keeps its own words and
    order; a subject only the article explains ("it", "they") or set off by a clause is not asked."""
    wire = WIRE_LEAD.match(sentence)
    clause = _clause(sentence[wire.end():] if wire else sentence)
    if re.search(r"[“”\"]", clause):
        return None
    m = _BY_VOTES.search(clause)
    voted = None if m else _VOTED_COUNT.search(clause)
    if not m and not voted:
        return None
    if m:
        lead, tail = clause[:m.start()], _OWN_CLAUSE_END.split(clause[m.end():])[0]
        tail = tail if re.match(r"\s*(?:in|at)\s+(?:the\s+)?[A-Z]", tail) and len(tail.split()) <= 6 else ""
        a, b, value = m.group("a"), m.group("b"), f"{m.group('a')} votes to {m.group('b')}"
    else:
        rest = _OWN_CLAUSE_END.split(clause[voted.end():])[0]
        rest = re.sub(r"^\s+(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:[A-Z][a-z]+day\s+(?:night|morning|evening|"
                      r"afternoon)?)?", " ", rest)
        lead, tail = clause[:voted.start()], f" {voted.group('verb')} {rest.strip()}"
        a, b = voted.group("a"), voted.group("b")
        value = f"{a}-{b}" if "-" in voted.group(0) or "–" in voted.group(0) else f"{a} to {b}"
    lead = _OPENING.sub("", clean_clause(_LONG_OPENING.sub("", lead.strip())))
    lead = _PERFECT.sub("", _NAME_APPOSITION.sub(r"\1 ", lead))  # "has survived": the vote, a past event ("survived")
    if not lead or re.search(r"[;:(),]|\b(?:said|says|who|which|that)\b", lead) or len(lead.split()) > 16 or \
            lead.split()[0].lower() in ("it", "they", "he", "she", "we", "i", "this", "that", "these", "those") or \
            figures_in(tail) and m:
        return None
    if m and not re.search(r"\b(?:[a-z]+ed|won|lost|passed|survived|beat|overturned|rejected|approved|backed|"
                           r"defeated)\b", lead):
        return None  # "by 151 votes to 146" hangs on a verb of the clause: "survived", "was passed", "rejected"
    tail = _ON_WEEKDAY.sub("", tail)  # "… on Wednesday evening": a day counted from the article's date, left out
    asked = _q(f"what was the vote when {lower_first(lead, names)}{tail}")
    if not asked:
        return None
    forms = [value, f"{a} to {b}", f"{a}-{b}", f"{a} votes to {b}", f"{a} {b}"]
    return Pair(asked, value, tuple(f for f in dict.fromkeys(forms) if f != value))


# A term a court or a body hands down: "was jailed for six years", "has been banned from driving for 18 months",
# "was sentenced to 30 months". The main result of a court story (issue 14's coverage), which the figures above
# leave out (a count of years is no figure of a thing).
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TERM = re.compile(r"^(?P<subj>.+?)\s+(?P<be>was|were|has\s+been|have\s+been|had\s+been|will\s+be|is|are)\s+"
                   r"(?:(?:also|now|then)\s+)?(?P<verb>jailed|sentenced|imprisoned|banned|suspended|disqualified|"
                   r"detained|barred|locked\s+up)(?P<mid>\s+from\s+[a-z]+ing(?:\s+[a-z]+){0,2}?)?\s+(?:for|to)\s+"
                   r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS[1:]) + r")\s+(?P<unit>years?|months?|weeks?|days?)"
                   r"(?P<rest>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """A sentence or a ban: its question, its key ('six years') and up to three wrong terms of the same unit."""

    prompt: str
    value: str
    wrong: tuple[str, ...]


def _asked(text: str) -> str:
    text = " ".join(text.split())
    return text[0].upper() + text[1:] + "?"


def _term_text(n: int, unit: str, words: bool) -> str:
    unit = unit.rstrip("s") + ("s" if n != 1 else "")
    return f"{_NUMBER_WORDS[n] if words and n < len(_NUMBER_WORDS) else n} {unit}"


def term_question(sentence: str, names: frozenset[str] = frozenset(), others: tuple[str, ...] = ()) -> Term | None:
    """"A pharmacist who billed the health service for prescriptions never dispensed was jailed for six years on
    Friday" -> "For how long was the pharmacist who billed … jailed?" (six years). The subject is the clause's own:
    a name (its age and aside dropped) or a description ("a pharmacist who …" becomes "the pharmacist who …");
    a pronoun or a subject with a clause of its own set off by commas is not asked. `others` are the article's
    other terms ("four years"), offered first."""
    clause = _OPENING.sub("", _clause(sentence))
    if re.search(r"[“”\"]", clause):
        return None
    m = _TERM.match(clause)
    if not m or re.match(r"\s+and\s+a\s+half\b|\s*-", m.group("rest")):
        return None
    subj = m.group("subj").strip()
    subj = re.sub(r",\s+\d{1,3},", ",", subj).rstrip(",")  # "Edmund Carraway-Fell, 52, was jailed"
    if re.search(r",(?!\d{3}\b)", subj):
        head = re.split(r",(?!\d{3}\b)", subj)[0].strip()
        if not re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*", head):
            return None
        subj = head  # "Edmund Carraway-Fell, who ran two pharmacies, was jailed": the name
    words = subj.split()
    if not words or len(words) > 16 or words[0].lower() in ("he", "she", "they", "it", "we", "i", "you", "his", "her",
                                                            "their", "its", "this", "that", "these", "those"):
        return None
    if words[0] in ("A", "An"):
        subj = "the " + " ".join(words[1:])
    elif words[0] == "The":
        subj = "the " + " ".join(words[1:])
    be = m.group("be").lower().split()
    if be[-1] == "been":  # "has been jailed for four years": the term handed down, asked as done ("was … jailed")
        be = ["were" if be[0] == "have" else "was"]
    verb = " ".join(m.group("verb").lower().split())
    mid = " ".join((m.group("mid") or "").split())
    if verb == "sentenced":
        front = {"was": "was", "were": "were", "is": "is", "are": "are"}.get(be[0])
        if not front or len(be) > 1:
            return None
        prompt = _asked(f"how long a sentence {front} {subj} given")
    elif len(be) == 1:
        prompt = _asked(f"for how long {be[0]} {subj} {verb}{' ' + mid if mid else ''}")
    else:
        prompt = _asked(f"for how long {be[0]} {subj} {be[1]} {verb}{' ' + mid if mid else ''}")
    if not prompt or re.search(r"\b(?:it|them|this|these|those|him)\b|\bthat\b(?!\s+(?:was|were|is|are|had|has|have|"
                               r"[a-z]+ed)\b)", prompt, re.IGNORECASE):
        return None  # whom "it" or "this" means, only the article says ("that were never dispensed" is a relative)
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.index(raw)
    in_words = not raw.isdigit()
    unit = m.group("unit").lower()
    value = _term_text(n, unit, in_words)
    wrong: list[str] = []
    for o in others:
        k, _, u = o.partition(" ")
        k_n = int(k) if k.isdigit() else _NUMBER_WORDS.index(k) if k in _NUMBER_WORDS else 0
        made = _term_text(k_n, u, in_words) if k_n else ""
        if made and made != value and u.rstrip("s") == unit.rstrip("s") and made not in wrong and len(wrong) < 2:
            wrong.append(made)
    for k in (n // 2, n * 2, n + 2, n - 2, n + 1, n * 3, n - 1):
        made = _term_text(k, unit, in_words)
        if len(wrong) >= 3:
            break
        if 1 <= k and k != n and made not in wrong:
            wrong.append(made)
    return Term(prompt, value, tuple(wrong[:3]))


def terms_in(text: str) -> list[str]:
    """Every term in a text as written the way a question keys it: "for four years" -> "four years"."""
    out = []
    for m in re.finditer(r"\b(?:for|to)\s+(\d{1,3}|" + "|".join(_NUMBER_WORDS[1:]) + r")\s+(years?|months?|weeks?)\b",
                         text, re.IGNORECASE):
        raw = m.group(1).lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.index(raw)
        out.append(_term_text(n, m.group(2).lower(), not raw.isdigit()))
    return out


def term_length(value: str) -> float:
    """'six years' -> 72.0, '18 months' -> 18.0: a term in months, to put options in order."""
    k, _, unit = value.partition(" ")
    n = int(k) if k.isdigit() else _NUMBER_WORDS.index(k) if k in _NUMBER_WORDS else 0
    return n * {"y": 12.0, "m": 1.0, "w": 0.25}.get(unit[:1], 1 / 30)
