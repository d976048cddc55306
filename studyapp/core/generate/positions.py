"""Demands and positions by side: what each party wants, rejects, offers or argues.

A sentence holds a position when it has a cue ("wants", "demands", "calls for", "insists",
"is prepared to", "refuses", "core demand", "grievance", "won't budge" …) or reports what a named
party said. The side is whoever holds the cue: the first party named in the cue's clause, the
speaker when the sentence is inside a quotation, or the subject of the reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.generate.lexicon import DEMONYMS
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
    r"(?:is|are)\s+to\s+refuse|would\s+(?:halt|not\s+oppose|never)|negotiate|deal)\b",
    re.IGNORECASE)
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


def side_label(sp: Speaker | None, cast: Cast) -> tuple[str, str] | None:
    """(side as shown, the party itself) for a speaker: 'PCS Union (Jeff Evans)', 'Russia'."""
    if sp is None:
        return None
    if sp.kind == "person":
        p = cast.person(sp.name)
        if p and p.side:
            return f"{p.side} ({p.name})", p.side
        return sp.name, sp.name
    name = sp.name
    if name.lower() in DEMONYMS:
        name = DEMONYMS[name.lower()]
    return name, name


def _holder_in(article: Article, cast: Cast, att, start: int, end: int) -> Speaker | None:
    for m in cast.mentions_in(start, end):
        if "_" in att.masked[m.start:m.end]:
            continue
        if m.kind == "person":
            return Speaker(m.person, "person")
        if m.kind in ("org", "place") or (m.kind == "unknown" and (m.text.lower() in DEMONYMS or m.text.isupper())):
            return Speaker(DEMONYMS.get(m.text.lower(), m.text), "organisation")
    # lower-case demonyms and groups: "the Russians", "critics", "the record companies"
    low = article.body[start:end]
    d = re.search(r"\b(" + "|".join(k for k in DEMONYMS if k.endswith("s")) + r")\b", low, re.IGNORECASE)
    if d:
        return Speaker(DEMONYMS[d.group(1).lower()], "organisation")
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
        for m in CUES.finditer(sent.text):
            at = sent.start + m.start()
            inq = next((q for a, b, q in spans if a <= at < b), None)
            if inq is not None:
                if inq.speaker and len(sent.text.split()) >= 5:
                    found.append((inq.speaker, m.start(), True))
                continue
            rel = att.masked[sent.start:at]
            cuts = [x.end() for x in _CLAUSE.finditer(rel)]
            clause_start = sent.start + (cuts[-1] if cuts else 0)
            holder = _holder_in(article, cast, att, clause_start, at) or _holder_in(
                article, cast, att, sent.start, at)
            if holder is None and re.match(r"\s*(?:he|she)\b", article.body[clause_start:at], re.IGNORECASE):
                holder = contexts[si]
            if holder is None and sent.start in claim_at:
                holder = claim_at[sent.start].speaker
            if holder is not None:
                found.append((holder, m.start(), True))
        if not found and sent.start in claim_at:
            c = claim_at[sent.start]
            if c.speaker.kind in ("person", "joint", "organisation"):
                found.append((c.speaker, sent.text.find(c.claim[:20]) if c.claim else 0, False))
        seen: set[str] = set()
        for holder, cue_at, cue in found:
            label = side_label(holder, cast)
            if label is None or label[0] in seen:
                continue
            seen.add(label[0])
            out.append(Position(label[0], holder.name, _demand_text(sent.text, max(cue_at, 0)), sent.text,
                                sent.start, cue))
    return out
