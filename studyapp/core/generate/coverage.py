"""Which annotated facts a bank asks about: the measure behind "the bank covers the article".

An annotation (the shape of `../shared/articles/*.json`: quotes, reported, demands, dates) lists the
facts a reader would expect; a fact counts as covered when a question's source holds its evidence, or,
for a quotation, when a question quotes its words.
"""

from __future__ import annotations

import re

KINDS = ("quotes", "reported", "demands", "dates")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£$€%]+", (text or "").lower().replace("’", "'"))


def _overlap(small: list[str], big: list[str]) -> float:
    if not small:
        return 0.0
    pool: dict[str, int] = {}
    for w in big:
        pool[w] = pool.get(w, 0) + 1
    hit = 0
    for w in small:
        if pool.get(w):
            pool[w] -= 1
            hit += 1
    return hit / len(small)


def _quoted(q: dict) -> str:
    """The words a question quotes: its quotation, or those between the marks of its prompt ("Which side said:
    “…”?", a typed "Who said: “…”?"), which ask who said them as much as a quotation question does."""
    if q.get("quote"):
        return q["quote"]
    m = re.search(r"said:\s*“(.+)”", q.get("prompt", "") or "")
    if m:
        return m.group(1)
    # "Which side said that …?" asks whose the claim is as much as "Who said that …?" of a person does (whose
    # claim is its quotation): a speaker read as a body rather than a person asks the same words
    m = re.match(r"Which side said that (.+)\?$", q.get("prompt", "") or "")
    return m.group(1) if m else ""


def covered(fact: dict, kind: str, questions: list[dict]) -> bool:
    if kind == "quotes":
        want = _words(fact["quote"])
        for q in questions:
            got = _words(_quoted(q))
            if got and (" ".join(want) in " ".join(got) or _overlap(got, want) >= 0.8):
                return True
        return False
    evidence = _words(fact.get("evidence", ""))
    return any(_overlap(evidence, _words(q.get("source", ""))) >= 0.6 for q in questions)


def coverage(annotation: dict, questions: list[dict], article: str | None = None
             ) -> tuple[int, int, list[tuple[str, dict]]]:
    """(facts covered, facts annotated, the missed ones as (kind, fact)). Given the article, a fact whose
    evidence is a picture's or a video's caption is left out: the bank asks nothing from captions (issue 14's
    fifth mark), so such a fact is no miss."""
    facts = [(k, f) for k in KINDS for f in annotation.get(k, [])]
    if article:
        from studyapp.core.generate.checks import CheckContext

        pictured = CheckContext(article)
        facts = [(k, f) for k, f in facts if not pictured.in_caption(f.get("evidence", ""))]
    missed = [(k, f) for k, f in facts if not covered(f, k, questions)]
    return len(facts) - len(missed), len(facts), missed
