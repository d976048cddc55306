"""Article text -> facts: the stages run in order, each handing offsets and names to the next.

The facts dict has the shape of the hand annotations (quotes, demands, dates, people, plus
reported speech and the sides), so the same scorer reads both and a teacher can check them.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from studyapp.core.generate.dates import DatedEvent, find_dates
from studyapp.core.generate.lexicon import SAY_VERBS
from studyapp.core.generate.pacing import Pacer
from studyapp.core.generate.people import Cast, find_cast
from studyapp.core.generate.positions import Position, described_speakers, find_positions
from studyapp.core.generate.quotes import MIN_WORDS, Quotation, attribute_with_context
from studyapp.core.generate.speech import Claim, find_claims
from studyapp.core.generate.text import Article, parse_article
from studyapp.core.generate.unquoted import add_title_guest


_ANSWER = re.compile(r"[A-Z][^.!?]*[,?!]")  # '"Mostly price," …': a short answer, its tag outside the marks
# A speaker's tag right after a quotation's closing mark: '," Ms Lee answered', '," she said', '," said Jo Lee'
_TAG_AFTER = re.compile(r"\s+(?:(?:he|she|they|I|we)\s+|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}|"
                        r"the\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?(?:" + "|".join(sorted(SAY_VERBS, key=len, reverse=True)) +
                        r")\b")


@dataclass
class Extraction:
    """Everything the stages found, with offsets; `facts()` is its plain, JSON-ready form."""

    article: Article
    cast: Cast
    quotes: list[Quotation]
    claims: list[Claim]
    positions: list[Position]
    dates: list[DatedEvent]
    published: date | None
    # what the question writer reads of the facts again and again (the sides, the text a side's name is read in):
    # built once, as the facts do not change after `extract`; a long article's questions would rebuild them per name
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, build):
        """`build()` once per key."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]

    def quote_facts(self) -> list[dict]:
        out = []
        for q in self.quotes:
            if q.speaker is None or (q.partial and q.extra.get("no_verb")):
                continue
            for k, seg in enumerate(q.segments):
                if seg.words < MIN_WORDS and not (seg.words == 2 and not q.partial and (
                        re.fullmatch(r"[A-Z][^.!?]*[.!?]", seg.text.strip()) or
                        _ANSWER.fullmatch(seg.text.strip()) and seg.close is not None and
                        _TAG_AFTER.match(self.article.body, seg.close + 1))):
                    continue  # ('"Nobody listened."' after a named quote is a sentence of its own, not a scare quote;
                    # so is '"Mostly price," Ms Lee answered.', an answer with its speaker's tag)
                kind = "continuation" if k else ("partial" if q.partial else "full")
                out.append({"speaker": q.speaker.name, "quote": seg.text, "kind": kind,
                            "speaker_type": q.speaker.kind})
        return out

    def sides(self) -> list[str]:
        """Each party holding a position, in the order the article first gives one (a new list each call)."""
        return list(self.derived("sides", lambda: tuple(dict.fromkeys(p.side.split(" (")[0]
                                                                     for p in self.positions))))

    def facts(self) -> dict:
        return {
            "title": self.article.title,
            "published": self.published.isoformat() if self.published else None,
            "quotes": self.quote_facts(),
            "reported": [c.as_fact() for c in self.claims],
            "demands": [p.as_fact() for p in self.positions],
            "dates": [d.as_fact() for d in self.dates],
            "people": [{"name": p.name, "role": p.role, "side": p.side, "aliases": list(p.aliases)}
                       for p in self.cast.people],
            "sides": self.sides(),
        }


STAGES = ("Reading the article", "Finding people", "Finding quotations", "Finding reported speech",
          "Finding positions", "Finding dates")


def extract(text: str, published: date | None = None,
            checkpoint: Callable[[int, str], None] | None = None) -> Extraction:
    """Run every stage on an article's text (title line, blank line, body).

    `checkpoint(stage number, stage name)` is called as each stage starts and then after every few
    thousand characters' worth of work inside it (see pacing.py): the review dialog shows it as progress
    and cancels by raising from it, so even a 2 MB article stops within a fraction of a second.
    """
    step = checkpoint or (lambda _n, _name: None)

    def stage(n: int) -> Pacer:
        pace = Pacer(lambda: step(n, STAGES[n]))
        pace.now()
        return pace

    article = parse_article(text, stage(0))
    cast = find_cast(article, stage(1))
    add_title_guest(article, cast)  # (an interview's guest whom only the title names)
    quotes, contexts, att = attribute_with_context(article, cast, stage(2))
    claims = find_claims(article, att, contexts, stage(3))
    positions = find_positions(article, cast, att, quotes, claims, contexts, stage(4))
    claims = described_speakers(claims, positions, article, cast)  # ("the German insurer said": the insurer)
    dates = find_dates(article, published, stage(5))
    return Extraction(article, cast, quotes, claims, positions, dates, published)
