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
    verb_at: int = 0

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
            lead = masked[:m.start()]
            if "_" in lead or re.search(r":\s*_", rest):
                continue  # the sentence attributes a direct quotation
            if re.search(r"\b(?:is|are|was|were|been|being)\s*$", lead):
                continue  # passive: "it is believed …" reports no one's speech
            if "_" in lead and not re.search(r"[A-Za-z]", lead.split("_")[-1]):
                break  # '"…," said X' attributes a direct quotation, not reported speech
            who_start = att._clause_start(sent.start, verb_at, quotes_cut=False)
            speaker = None
            if not re.search(r"[A-Za-z]", re.sub(r"^\W*(?:also|and|but|meanwhile|now|then|instead)\W*", "",
                                                  lead, flags=re.IGNORECASE)) and m.group(1) in ("said", "says"):
                # "Also, said Ms Delgado, the port has …": the speaker follows the verb
                after = re.match(r"\s*([^,;]+)", masked[m.end(1):])
                if after:
                    a = sent.start + m.end(1) + after.start(1)
                    speaker = att.who(a, a + len(after.group(1).rstrip()))
                    rest_at = masked.find(",", m.end(1) + after.end(1) - 1)
                    if speaker and rest_at > 0:
                        claim = article.body[sent.start + rest_at + 1:sent.end].strip().rstrip(".")
                        out.append(Claim(speaker, claim, sent.text, sent.start, verb_at))
                        break
            speaker = speaker or att.who(who_start, verb_at)
            if speaker is None:
                continue
            claim = article.body[sent.start + m.end():sent.end].strip().rstrip(".")
            claim = re.sub(r"^that\s+", "", claim)
            out.append(Claim(speaker, claim, sent.text, sent.start, verb_at))
            break
    return out
