"""Reported speech: "X warned that …", "X claimed …" as claims attributed to X.

Direct quotations are masked out first, so only the reporter's own words are read here; a
sentence's claim is what follows its verb of saying (and "that").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.generate.quotes import Attributor, Speaker
from studyapp.core.generate.text import Article

REPORT_VERBS = (r"said|says|warned|warns|claimed|claims|argued|argues|insisted|insists|indicated|indicates|"
                r"admitted|admits|believes|believed|suggested|suggests|added|announced|stressed|maintained|"
                r"denied|denies|confirmed|revealed|predicted|acknowledged|hopes|hoped|thinks|feels|fears|feared|"
                r"accepted|conceded|complained|alleged|promised|pledged|vowed|ruled|told\s+[\w\s]{1,30}?|"
                r"saying|arguing|claiming|warning|insisting")
_RX = re.compile(r"\b(?:has\s+|have\s+|had\s+|also\s+|previously\s+|already\s+|repeatedly\s+)*(" + REPORT_VERBS +
                 r")\b\s+(?:that\s+)?(?=[A-Za-z£$\d])")


@dataclass(frozen=True)
class Claim:
    speaker: Speaker
    claim: str
    evidence: str
    start: int

    def as_fact(self) -> dict:
        return {"speaker": self.speaker.name, "claim": self.claim, "evidence": self.evidence}


def find_claims(article: Article, att: Attributor, contexts: list[Speaker | None]) -> list[Claim]:
    """Attributed claims in text order, at most one per sentence."""
    out: list[Claim] = []
    for si, sent in enumerate(article.sentences):
        if sent.furniture:
            continue
        masked = att.masked[sent.start:sent.end]
        if masked.count("_") > 0.6 * len(masked):
            continue
        for m in _RX.finditer(masked):
            rest = masked[m.end():].rstrip(" .")
            if not rest or rest.startswith(("_", ":")) or len(rest.split()) < 3:
                continue
            att.tracker.current = contexts[si]
            verb_at = sent.start + m.start(1)
            who_start = att._clause_start(sent.start, verb_at, quotes_cut=False)
            speaker = att.who(who_start, verb_at)
            if speaker is None:
                continue
            claim = article.body[sent.start + m.end():sent.end].strip().rstrip(".")
            out.append(Claim(speaker, claim, sent.text, sent.start))
            break
    return out
