"""Demands and positions by side: what each party wants, rejects, offers or argues.

A sentence holds a position when it has a cue ("wants", "demands", "calls for", "insists",
"is prepared to", "refuses", "core demand", "grievance", "won't budge" …) or reports what a named
party said. The side is whoever holds the cue: the first party named in the cue's clause, the
speaker when the sentence is inside a quotation, or the subject of the reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studyapp.core.generate.lexicon import AGENT_NOUNS, COUNTRIES, DEMONYMS, PARTY_NAMES, TITLE_WORDS
from studyapp.core.generate.people import Cast
from studyapp.core.generate.quotes import Quotation, Speaker
from studyapp.core.generate.speech import Claim
from studyapp.core.generate.text import Article

CUES = re.compile(
    r"\b(?:wants?|wanted|wanting|demands?|demanded|demanding|calls?\s+for|called\s+for|calling\s+for|"
    r"insists?|insisted|(?:is|are|was|were|not)\s+prepared\s+to|refuses?|refused|refusing|rejects?|rejected|"
    r"core\s+demand|grievances?|won['’]t\s+budge|will\s+not\s+budge|urges?|urged|seeks?|seeking|sought|"
    r"hopes?\s+(?:to|for|that)|hoped|opposes?|opposed|opposition\s+to|pledged?|pledges|agreed\s+to|agrees\s+to|"
    r"argued?|argues|asking\s+for|asks?\s+for|asked\s+for|propose[sd]?|proposals?|offers?|offered|"
    r"threaten(?:s|ed)?|veto|determined\s+to|committed\s+to|aims?\s+to|protest(?:s|ing)?|campaign(?:s|ing|ed)?\s+"
    r"(?:for|against)|stance|position|cannot\s+accept|will\s+not\s+accept|in\s+favour\s+of|defend(?:s|ing)?|"
    r"appeal(?:s|ing)?\s+against|considering\s+whether|believes?|must|should|needs?\s+to|essential|"
    r"has\s+hit\s+out|hit\s+back|will\s+(?:not\s+)?(?:support|oppose|allow|accept)|ready\s+to|"
    r"(?:is|are)\s+to\s+refuse|would\s+(?:halt|not\s+oppose|never)|negotiate|deal|sceptical|suggest\s+that|"
    r"(?:is|are)\s+required\s+to|welcomed?|condemned?|criticised|criticized|accused|blamed?|"
    r"challenge\s+against|refusal|agreed?\s+not\s+to|have\s+to|has\s+to|not\s+convinced)\b",
    re.IGNORECASE)
QUOTE_CUES = re.compile(r"\b(?:will|won['’]t|would|must|should|need|needs|have to|has to|cannot|can['’]t|"
                        r"asking|want|wants|essential|required|right to|protect)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",\s|;\s|\s-\s|\s–\s|\bwhere\b|\bwhich\b|\bwhile\b|\bwhereas\b|\bbut\b")


@dataclass(frozen=True)
class Position:
    side: str
    holder: str
    demand: str
    evidence: str
    start: int
    cue: bool

    def as_fact(self) -> dict:
        return {"side": self.side, "demand": self.demand, "evidence": self.evidence}


def party_name(label: str) -> str:
    """One name per party: 'America', 'US' and 'Washington' are all 'United States'."""
    bare = re.sub(r"^(?:the)\s+", "", label.strip(), flags=re.IGNORECASE)
    return PARTY_NAMES.get(bare.lower(), DEMONYMS.get(bare.lower(), bare) if bare.lower() in DEMONYMS and
                           bare.lower() not in PARTY_NAMES else bare)


def side_label(sp: Speaker | None, cast: Cast) -> tuple[str, str] | None:
    """(side as shown, the party itself) for a speaker: 'PCS Union (Jeff Evans)', 'Russia'."""
    if sp is None:
        return None
    if sp.kind == "person":
        p = cast.person(sp.name)
        if p and p.side:
            party = party_name(p.side)
            return f"{party} ({p.name})", party
        return sp.name, sp.name
    name = party_name(sp.name)
    if sp.kind == "unnamed":
        name = re.sub(r"^(?:a|an|the)\s+", "", name, flags=re.IGNORECASE)
        name = name[:1].upper() + name[1:]  # "a UK Government official" -> "UK Government official"
    return name, name


_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|do|did|"
                  r"said|says|say|told|wants?|hopes?|believes?|insists?|argued?|argues|claims?|claimed|warned|"
                  r"argue|insist|warn|fear|fears|know|think|feel|"
                  r"won['’]t|cannot|can['’]t|sees?|knows?|feels?|thinks?|now|also|previously|already)\b")
_LEAD = re.compile(r"^(?:\W|and\b|but\b|so\b|yet\b|or\b|meanwhile\b|instead\b|also\b|now\b|then\b|earlier\b|"
                   r"later\b|indeed\b|however\b|last month\b|last week\b|on \w+day\b|in \d{4}\b|"
                   r"it\s+is\s+(?:believed|understood|thought|expected|said|reported|likely)\s+(?:that\s+)?)+",
                   re.IGNORECASE)
_DET = re.compile(r"^(?:the|a|an|their|its|his|her|our|some|many|most|thousands of|hundreds of|dozens of|all|"
                  r"several|both)\s+", re.IGNORECASE)
_NOUN_CUES = re.compile(r"^(?:core\s+demand|demands?|grievances?|position|stance|proposals?|offer)\b", re.IGNORECASE)


def _mention_speaker(m) -> Speaker:
    if m.kind == "person":
        return Speaker(m.person, "person")
    return Speaker(m.text, "organisation")


def _np_holder(article: Article, cast: Cast, att, start: int, end: int, context: Speaker | None) -> Speaker | None:
    """The party named by the noun phrase that opens text[start:end] (the clause before a cue)."""
    raw = att.masked[start:end]
    lead = _LEAD.match(raw)
    off = lead.end() if lead else 0
    verb = _AUX.search(raw, off)
    np_end = verb.start() if verb else len(raw)
    np = raw[off:np_end].strip(" ,")
    # drop asides: "the artists - A, B and C - will …", "(left)"
    np = re.sub(r"\s+[-–—]\s+.*?(?:\s+[-–—]\s+|$)", " ", np).strip()
    np = re.sub(r"\s*\([^)]*\)", "", np).strip()
    if not np:
        return None
    np_end = off + len(raw[off:np_end]) - len(raw[off:np_end].lstrip(" ,")) + len(np)
    a = start + off
    b = start + np_end
    low = np.lower()
    if low in ("he", "she", "they", "we"):
        return context
    if low == "it":
        return None
    mentions = [m for m in cast.mentions_in(a, b) if "_" not in att.masked[m.start:m.end]]
    prep = re.search(r"\s(?:of|in|at|from|with|for|on|by|near|outside)\s", np)
    core_end = a + (prep.start() if prep else len(np))
    persons = [m for m in mentions if m.kind == "person" and m.start < core_end]
    if persons:
        sp = att.who(a, b)
        if sp is not None:
            return sp
    clean = _DET.sub("", _DET.sub("", np))
    core = re.split(r"\s+(?:of|who|which|that|allegedly|in|at|from|with|for|on|by)\s+", clean)[0]
    words = core.split()
    head = words[-1].strip(".,;:") if words else ""
    if len(np.split()) <= 12 and head.lower() in AGENT_NOUNS and not head.isupper():
        label = " ".join(clean.split()[:6])
        return Speaker(label, "unnamed")
    named = [m for m in mentions if m.kind in ("org", "place") or (m.kind == "unknown" and (
        m.text.lower() in DEMONYMS or m.text.lower() in PARTY_NAMES or m.text.isupper()
        or _DET.sub("", np) == m.text))]
    if named:
        return _mention_speaker(named[0])
    for w in words:
        if w.lower().strip(",") in DEMONYMS:
            return Speaker(DEMONYMS[w.lower().strip(",")], "organisation")
    return None


def _noun_cue_holder(article: Article, cast: Cast, att, at: int, cue: str) -> Speaker | None:
    """'Russia's core demand', 'grievances for Russia'."""
    before = [m for m in cast.mentions_in(max(0, at - 40), at) if m.possessive]
    if before and re.fullmatch(r"(?:['’]s)?\s+(?:\w+\s+){0,2}", article.body[before[-1].end:at]):
        return _mention_speaker(before[-1])
    after = re.match(r"\s+(?:for|of|from|by)\s+", article.body[at + len(cue):at + len(cue) + 10])
    if after:
        b0 = at + len(cue) + after.end()
        ms = [m for m in cast.mentions_in(b0, b0 + 40) if m.start == b0 or m.start == b0 + 4]
        if ms:
            return _mention_speaker(ms[0])
    return None


def _demand_text(sentence: str, cue_at: int) -> str:
    text = sentence[cue_at:].strip().rstrip(".")
    words = text.split()
    if len(words) > 20:
        text = " ".join(words[:20]) + "…"
    return text


def find_positions(article: Article, cast: Cast, att, quotes: list[Quotation], claims: list[Claim],
                   contexts: list[Speaker | None]) -> list[Position]:
    """Positions in text order; a sentence gives at most one position per side."""
    spans = []
    for q in quotes:
        for seg in q.segments:
            spans.append((seg.open, seg.close if seg.close is not None else seg.end, q))
    claim_at = {c.start: c for c in claims}
    out: list[Position] = []
    for si, sent in enumerate(article.sentences):
        if sent.furniture or sent.text.rstrip().endswith("?"):
            continue
        found: list[tuple[Speaker, int, bool]] = []
        claim = claim_at.get(sent.start)
        cues = list(CUES.finditer(sent.text))
        for m in QUOTE_CUES.finditer(sent.text):
            if not any(c.start() <= m.start() < c.end() for c in cues):
                cues.append(m)
        for m in sorted(cues, key=lambda c: c.start()):
            at = sent.start + m.start()
            inq = next((q for a, b, q in spans if a <= at < b), None)
            if inq is not None:
                if inq.speaker and len(sent.text.split()) >= 5:
                    found.append((inq.speaker, m.start(), True))
                continue
            if m.re is QUOTE_CUES:
                continue
            holder = None
            if _NOUN_CUES.match(m.group()):
                holder = _noun_cue_holder(article, cast, att, at, m.group())
            if holder is None and claim is not None and claim.verb_at < at:
                holder = claim.speaker
            if holder is None:
                rel = att.masked[sent.start:at]
                cuts = [x.end() for x in _CLAUSE.finditer(rel)]
                clause_start = sent.start + (cuts[-1] if cuts else 0)
                holder = _np_holder(article, cast, att, clause_start, at, contexts[si])
                if holder is None and clause_start != sent.start:
                    holder = _np_holder(article, cast, att, sent.start, at, contexts[si])
            if holder is not None:
                found.append((holder, m.start(), True))
        if not found and sent.start in claim_at:
            c = claim_at[sent.start]
            if c.speaker.kind in ("person", "joint", "organisation", "unnamed"):
                found.append((c.speaker, sent.text.find(c.claim[:20]) if c.claim else 0, False))
        seen: set[str] = set()
        for holder, cue_at, cue in found:
            label = side_label(holder, cast)
            if label is None or label[0] in seen:
                continue
            seen.add(label[0])
            out.append(Position(label[0], holder.name, _demand_text(sent.text, max(cue_at, 0)), sent.text,
                                sent.start, cue))
    return merge_sides(out, cast)


_GENERIC = {"union", "port", "council", "government", "party", "club", "company", "firm", "board", "ministry",
            "department", "court", "police", "army", "bank", "group", "committee", "authority", "agency", "office",
            "campaign", "league", "association", "trust", "service", "house"}


def merge_sides(positions: list[Position], cast: Cast) -> list[Position]:
    """'Union' and 'the union' are the 'Harbour Workers Union' when the article names only one such party."""
    parties = []
    for p in positions:
        party = p.side.split(" (")[0]
        if party not in parties:
            parties.append(party)
    for person in cast.people:
        if person.side and person.side not in parties:
            parties.append(person.side)
    targets = [t for t in parties + [o for o in cast.orgs if o not in parties]
               if t.split()[0].lower() not in TITLE_WORDS]
    mapping: dict[str, str] = {}
    for short in parties:
        if short in COUNTRIES or short in PARTY_NAMES.values():
            continue  # "Australia" is not "South Australia"
        longer = [t for t in targets if t != short and " " in t and
                  t.lower().endswith(" " + short.lower().removeprefix("the "))]
        if len(longer) == 1:
            mapping[short] = longer[0]
        elif " " not in short and short.lower() in _GENERIC:
            mapping[short] = ""  # "Port director X": a common noun, not a party
    for person in cast.people:
        if person.side in mapping:
            person.side = mapping[person.side]
    out = []
    seen: set[tuple[int, str]] = set()
    for p in positions:
        party, _, rest = p.side.partition(" (")
        if party in mapping and (rest or mapping[party]):
            side = f"{mapping[party]} ({rest}" if mapping[party] and rest else (mapping[party] or rest[:-1])
            p = replace(p, side=side)
        if (p.start, p.side) not in seen:
            seen.add((p.start, p.side))
            out.append(p)
    return out
