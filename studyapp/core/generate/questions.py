"""Facts -> questions: who said it, which side wants it, when, in what order, and cloze gaps.

Distractors always come from the same article (its other speakers, sides and dates), so a
student has to know the story, not general knowledge. Anything that would make a poor question
is skipped: a quote too short to recognise, a side with no other side to confuse it with, a date
with nothing else to order.
"""

from __future__ import annotations

import re
import unicodedata

from studyapp.core.bank import format_date
from studyapp.core.generate.facts import Extraction
from studyapp.core.generate.lexicon import DEMONYMS, PARTY_NAMES

MIN_QUOTE_WORDS = 6
MAX_SOURCE = 3900
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def slug(text: str, limit: int = 40) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return (t[:limit].rstrip("-") or "x")


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: str) -> str:
        base = "-".join(slug(p, 30) for p in parts if p)[:70].rstrip("-")
        qid, n = base, 2
        while qid in self.used:
            qid, n = f"{base}-{n}", n + 1
        self.used.add(qid)
        return qid


def _short(text: str, words: int = 14) -> str:
    ws = text.split()
    out = " ".join(ws[:words])
    return out + ("…" if len(ws) > words else "")


def _date_label(value: str) -> str:
    return format_date(value) if _ISO.match(value) else value


def build_people(ex: Extraction) -> list[dict]:
    """The bank's [[people]]: speakers, and others the article clearly marks as people (a role or a 'Mr X')."""
    speakers = {q.speaker.name for q in ex.quotes if q.speaker}
    people = []
    names = set()
    for p in ex.cast.people:
        if p.name not in speakers and not p.role and not p.aliases:
            continue
        entry = {"name": p.name}
        if p.role:
            entry["role"] = p.role[:500]
        if p.side:
            entry["side"] = p.side[:500]
        aliases = [a for a in p.aliases if a and a != p.name]
        if aliases:
            entry["aliases"] = aliases
        people.append(entry)
        names.add(p.name)
    for q in ex.quote_facts():
        if q["speaker_type"] == "organisation" and q["speaker"] not in names:
            people.append({"name": q["speaker"], "role": "organisation"})
            names.add(q["speaker"])
    return people


def quote_questions(ex: Extraction, ids: _Ids, people: list[dict]) -> list[dict]:
    names = [p["name"] for p in people]
    speakers: list[str] = []
    for q in ex.quotes:
        if q.speaker and q.speaker.name in names and q.speaker.name not in speakers:
            speakers.append(q.speaker.name)
    body = ex.article.body
    out = []
    seen: set[str] = set()
    for q in ex.quotes:
        sp = q.speaker
        if sp is None or sp.name not in names or (q.partial and q.extra.get("no_verb")):
            continue
        seg = max(q.segments, key=lambda s: s.words)
        if seg.words < MIN_QUOTE_WORDS or seg.text in seen:
            continue
        others = [s for s in speakers if s != sp.name]
        others += [n for n in names if n != sp.name and n not in others
                   and next((p for p in people if p["name"] == n), {}).get("role") != "organisation"]
        if not others:
            continue
        seen.add(seg.text)
        sent = ex.article.sentence_at(q.start)
        start = sent.start if sent else seg.open
        stop = q.end
        source = body[start:stop] if stop - start <= MAX_SOURCE else seg.text
        person = next((p for p in people if p["name"] == sp.name), {})
        role = person.get("role", "")
        who = f"{sp.name} ({role})" if role and role != "organisation" else sp.name
        out.append({
            "id": ids.make("quote", sp.name, " ".join(seg.text.split()[:4])),
            "type": "quote", "topic": "who-said-what",
            "quote": seg.text.strip("\"“”").rstrip(",")[:4000], "speaker": sp.name, "distractors": others[:3],
            "source": source,
            "explanation": f"{who} said this in the article.",
        })
    return out


def _mask(evidence: str, words: list[str]) -> str:
    out = evidence
    for w in sorted({w for w in words if w and len(w) > 1}, key=len, reverse=True):
        out = re.sub(r"(?<![\w])" + re.escape(w) + r"(?:['’]s)?(?![\w])", "…", out, flags=re.IGNORECASE)
    return re.sub(r"[\"“”]", "", out).strip()


def _hidden_words(ex: Extraction, party: str, holder: str) -> list[str]:
    """Every way the article may name the answer: the party, its other names, the person and their aliases."""
    words = [party, holder, *holder.split()]
    words += [k for k, v in PARTY_NAMES.items() if v == party]
    words += [k for k, v in DEMONYMS.items() if v == party or PARTY_NAMES.get(v.lower()) == party]
    person = ex.cast.person(holder)
    if person:
        words += person.aliases
    return words


def _balanced_positions(ex: Extraction) -> list[tuple[str, object]]:
    """Cue positions, taking turns between parties, people only when fewer than two groups hold positions."""
    people = {p.name for p in ex.cast.people}
    parties = ex.sides()
    groups = [s for s in parties if s not in people]
    pool = groups if len(groups) >= 2 else parties
    holders: dict[str, set[str]] = {}
    for p in ex.positions:
        holders.setdefault(p.evidence, set()).add(p.side.split(" (")[0])
    by_party: dict[str, list] = {}
    for p in ex.positions:
        party = p.side.split(" (")[0]
        if p.cue and party in pool and len(p.evidence) <= 400 and len(holders[p.evidence]) == 1:
            by_party.setdefault(party, []).append(p)
    out = []
    for k in range(3):
        for party in pool:
            items = by_party.get(party, [])
            if k < len(items):
                out.append((party, items[k]))
    return out


def side_questions(ex: Extraction, ids: _Ids) -> list[dict]:
    chosen = _balanced_positions(ex)
    pool = sorted({party for party, _ in chosen}, key=lambda s: ex.sides().index(s))
    if len(pool) < 2:
        return []
    out = []
    used: set[str] = set()
    for party, p in chosen:
        if p.evidence in used:
            continue
        masked = _mask(p.evidence, _hidden_words(ex, party, p.holder))
        if "…" not in masked:
            continue
        others = [s for s in pool if s != party][:3]
        used.add(p.evidence)
        out.append({
            "id": ids.make("side", party, " ".join(p.demand.split()[:3])),
            "type": "choice", "topic": "demands",
            "prompt": f"Whose position is this? “{masked}”",
            "choices": sorted([party, *others]), "answer": party,
            "source": p.evidence,
            "explanation": f"The article gives this as the position of {p.side}.",
        })
        if len(out) >= 8:
            break
    return out


def match_question(ex: Extraction, ids: _Ids) -> list[dict]:
    pairs, lefts, rights = [], set(), set()
    first = None
    for party, p in _balanced_positions(ex):
        left = _short(_mask(p.evidence, _hidden_words(ex, party, p.holder)).rstrip("."), 12)
        if left in lefts or len(left) < 8 or "…" not in left[:-1]:
            continue
        pairs.append([left, party])
        lefts.add(left)
        rights.add(party)
        first = first or p
        if len(pairs) >= 6:
            break
    if len(pairs) < 2 or len(rights) < 2:
        return []
    return [{
        "id": ids.make("match", "positions"), "type": "match", "topic": "demands",
        "prompt": "Match each position to the side that holds it.", "pairs": pairs,
        "source": first.evidence,
        "explanation": "; ".join(f"{r}: {l}" for l, r in pairs),
    }]


def date_questions(ex: Extraction, ids: _Ids) -> list[dict]:
    out = []
    labels: list[str] = []
    for d in ex.dates:
        lab = _date_label(d.date)
        if lab not in labels:
            labels.append(lab)
    seen_events: set[str] = set()
    for d in ex.dates:
        if len(d.event.split()) < 4 or d.event in seen_events:
            continue
        seen_events.add(d.event)
        lab = _date_label(d.date)
        others = [x for x in labels if x != lab][:3]
        if len(others) >= 2:
            out.append({
                "id": ids.make("when", _short(d.event, 4)), "type": "choice", "topic": "dates",
                "prompt": f"When? {d.event}", "choices": sorted([lab, *others]), "answer": lab,
                "source": d.evidence,
                "explanation": f"The article says “{d.as_written}”" + (
                    f", which is {lab}." if lab.lower() != d.as_written.lower() else "."),
            })
        if d.precision and _ISO.match(d.date):
            out.append({
                "id": ids.make("date", _short(d.event, 4)), "type": "date", "topic": "dates",
                "prompt": f"When? {d.event}", "answer": d.date, "precision": d.precision,
                "source": d.evidence,
                "explanation": f"The article says “{d.as_written}” ({format_date(d.date)}).",
            })
    # Timeline: dated events with distinct, comparable dates.
    dated = []
    for d in ex.dates:
        if not (d.precision and _ISO.match(d.date)):
            continue
        item = _short(d.event, 12)[:200].strip()
        if len(item.split()) < 3 or any(x[1] == item or x[0].startswith(d.date) or d.date.startswith(x[0]) for x in dated):
            continue
        dated.append((d.date, item, d))
    if len(dated) >= 2:
        dated = sorted(dated[:6], key=lambda x: x[0])
        out.append({
            "id": ids.make("timeline"), "type": "order", "topic": "dates",
            "prompt": "Put these events in time order, earliest first.",
            "items": [x[1] for x in dated], "source": dated[0][2].evidence,
            "explanation": "; ".join(f"{format_date(x[0])}: {x[1]}" for x in dated),
        })
    return out


_NUMBER = re.compile(r"(?<![\w.])(?:[£$€]\s?)?\d[\d,.]*(?:\s?(?:%|bn|m|billion|million|per cent))?(?![\w])")


def cloze_questions(ex: Extraction, ids: _Ids, people: list[dict]) -> list[dict]:
    out = []
    used: set[str] = set()
    for p in ex.cast.people:
        if not p.role or " " not in p.name:
            continue
        sent = next((s for s in ex.article.sentences if not s.furniture and p.name in s.text
                     and s.text.count(p.name) == 1 and "{" not in s.text and len(s.text) < 400), None)
        if sent is None or sent.text in used:
            continue
        used.add(sent.text)
        out.append({
            "id": ids.make("name", p.name), "type": "typed", "topic": "context",
            "prompt": sent.text.replace(p.name, "{{" + p.name + "}}", 1),
            "accept": [a for a in p.aliases if a.lower() not in {"the", p.name.lower()}][:5],
            "source": sent.text, "explanation": f"{p.name}: {p.role}.",
        })
        if len(out) >= 5:
            break
    n = 0
    for s in ex.article.sentences:
        if s.furniture or s.text in used or "{" in s.text or len(s.text) > 400:
            continue
        nums = [m for m in _NUMBER.finditer(s.text)
                if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group()) and re.search(r"\d{2}|%|bn|m\b|,", m.group())]
        if len(nums) != 1:
            continue
        m = nums[0]
        value = m.group().strip().rstrip(".,")
        if not value:
            continue
        used.add(s.text)
        out.append({
            "id": ids.make("number", _short(s.text, 3)), "type": "typed", "topic": "context",
            "prompt": s.text[:m.start()] + "{{" + value + "}}" + s.text[m.start() + len(value):],
            "source": s.text, "explanation": f"The article gives the figure as {value}.",
        })
        n += 1
        if n >= 4:
            break
    return out


def build_questions(ex: Extraction, people: list[dict]) -> list[dict]:
    ids = _Ids()
    return [*quote_questions(ex, ids, people), *side_questions(ex, ids), *match_question(ex, ids),
            *date_questions(ex, ids), *cloze_questions(ex, ids, people)]
