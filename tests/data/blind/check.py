#!/usr/bin/env python3
"""Consistency check for the blind set (standard library only).

Run from anywhere:  python3 check.py
For every NAME.txt that has a NAME.json it checks:
- shape: the fields and the allowed values of kind / speaker_type; `title` is line 1; `published` is YYYY-MM-DD;
- verbatim text: every quote, excluded text, demand evidence, date evidence and as_written is a substring
  of the article, and as_written lies inside its own evidence;
- quotes: the article is split at its double quote marks (straight " or curly “ ”); a quote left open at the
  end of a paragraph ends there, and a quote that opens the next paragraph carries it on. Every annotated
  quote must be exactly one such segment, in text order; `continuation` is used exactly on the segments that
  carry on an unclosed quote and keeps the speaker; every segment is either annotated or excluded;
- dates: `resolved` is YYYY, YYYY-MM or YYYY-MM-DD (or null); a resolved day whose as_written names a weekday
  falls on that weekday;
- people: names and aliases occur in the text (ignoring case); every person speaker is listed in people.
Prints counts per article and totals, then OK (exit status 1 and a list of problems otherwise).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"full", "partial", "continuation"}
TYPES = {"person", "organisation", "unnamed", "document"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
OPEN, CLOSE = "\u201c", "\u201d"


def segments(text: str) -> list[tuple[str, bool]]:
    """(segment text, carries on an unclosed quote) for every stretch between double quote marks."""
    out: list[tuple[str, bool]] = []
    pending = False  # previous paragraph ended inside a quote
    for para in text.split("\n\n"):
        inside, start, first = False, 0, True
        for i, ch in enumerate(para):
            if ch not in ('"', OPEN, CLOSE):
                continue
            opening = (ch == OPEN) or (ch == '"' and not inside)
            if opening and not inside:
                inside, start = True, i + 1
                cont = pending and first and para[:i].strip() == ""
                first = False
            elif inside and ch != OPEN:
                out.append((para[start:i].strip(), cont))
                inside = False
            else:
                raise ValueError(f"unbalanced quote mark at {para[max(0, i - 30):i + 30]!r}")
        if inside:
            out.append((para[start:].strip(), cont))
        pending = inside
    return out


def strip_marks(s: str) -> str:
    return s.strip().strip('"\u201c\u201d\'\u2018\u2019').strip()


def check(txt: Path, problems: list[str]) -> dict:
    name = txt.stem
    text = txt.read_text(encoding="utf-8")
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))

    def bad(msg: str) -> None:
        problems.append(f"{name}: {msg}")

    for key in ("title", "published", "quotes", "dates", "demands", "people"):
        if key not in gold:
            bad(f"missing field {key}")
    if gold.get("title") != text.split("\n", 1)[0]:
        bad("title is not line 1")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.get("published") or ""):
        bad("published is not YYYY-MM-DD")
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        bad("line 2 is not blank")

    # quotes
    segs = segments(text)
    excluded = [strip_marks(e["text"]) for e in gold.get("excluded_quotes", [])]
    for e in gold.get("excluded_quotes", []):
        if e["text"] not in text:
            bad(f"excluded text not verbatim: {e['text']!r}")
    pos = 0
    prev_speaker = None
    quotes = gold.get("quotes", [])
    used = set()
    for q in quotes:
        for k in ("speaker", "quote", "kind", "speaker_type"):
            if not q.get(k):
                bad(f"quote lacks {k}: {q}")
        if q.get("kind") not in KINDS:
            bad(f"bad kind {q.get('kind')!r}")
        if q.get("speaker_type") not in TYPES:
            bad(f"bad speaker_type {q.get('speaker_type')!r}")
        if q["quote"] not in text:
            bad(f"quote not verbatim: {q['quote'][:60]!r}")
        idx = next((i for i in range(pos, len(segs)) if segs[i][0] == q["quote"] and i not in used), None)
        if idx is None:
            bad(f"quote is not a segment between marks (or out of order): {q['quote'][:60]!r}")
            continue
        for j in range(pos, idx):
            if segs[j][0] not in excluded:
                bad(f"segment skipped (neither annotated nor excluded): {segs[j][0][:60]!r}")
        used.add(idx)
        is_cont = segs[idx][1]
        if is_cont != (q["kind"] == "continuation"):
            bad(f"continuation mismatch on {q['quote'][:60]!r}")
        if q["kind"] == "continuation" and q["speaker"] != prev_speaker:
            bad(f"continuation changes speaker on {q['quote'][:60]!r}")
        if q["kind"] == "partial" and len(q["quote"].split()) < 3:
            bad(f"partial quote under three words: {q['quote']!r}")
        prev_speaker = q["speaker"]
        pos = idx + 1
    for j in range(pos, len(segs)):
        if segs[j][0] not in excluded:
            bad(f"segment skipped (neither annotated nor excluded): {segs[j][0][:60]!r}")

    # demands
    for d in gold.get("demands", []):
        if not d.get("side") or not d.get("demand"):
            bad(f"demand lacks side/demand: {d}")
        if d.get("evidence", "") not in text or not d.get("evidence"):
            bad(f"demand evidence not verbatim: {d.get('evidence', '')[:60]!r}")

    # dates
    for d in gold.get("dates", []):
        ev, aw = d.get("evidence", ""), d.get("as_written", "")
        if not ev or ev not in text:
            bad(f"date evidence not verbatim: {ev[:60]!r}")
        if not aw or aw not in ev:
            bad(f"as_written {aw!r} not inside its evidence")
        if not d.get("date") or not d.get("event"):
            bad(f"date lacks date/event: {d}")
        r = d.get("resolved")
        if r is not None:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r):
                bad(f"bad resolved value {r!r}")
            elif len(r) == 10:
                day = dt.date.fromisoformat(r)
                named = [w for w in WEEKDAYS if w in aw.lower()]
                if named and WEEKDAYS[day.weekday()] != named[0]:
                    bad(f"{aw!r} resolved to {r}, a {WEEKDAYS[day.weekday()]}")

    # people
    names = set()
    for p in gold.get("people", []):
        names.add(p["name"])
        if p["name"].lower() not in text.lower():
            bad(f"person name not in text: {p['name']!r}")
        for a in p.get("aliases", []):
            if a.lower() not in text.lower():
                bad(f"alias not in text: {a!r}")
    for q in quotes:
        if q.get("speaker_type") == "person" and q["speaker"] not in names:
            bad(f"person speaker not in people: {q['speaker']!r}")
        if q.get("speaker_type") == "person" and re.match(r"(Dr|Mr|Mrs|Ms|Prof|Sen)\.?\s", q["speaker"]):
            bad(f"speaker keeps an honorific: {q['speaker']!r}")

    kinds = [q.get("kind") for q in quotes]
    return {"quotes": len(quotes), "full": kinds.count("full"), "partial": kinds.count("partial"),
            "continuation": kinds.count("continuation"), "excluded": len(gold.get("excluded_quotes", [])),
            "demands": len(gold.get("demands", [])), "dates": len(gold.get("dates", [])),
            "people": len(gold.get("people", [])), "words": len(text.split())}


def main() -> int:
    problems: list[str] = []
    total: dict[str, int] = {}
    txts = sorted(t for t in HERE.glob("*.txt") if t.with_suffix(".json").exists())
    for t in sorted(HERE.glob("*.txt")):
        if not t.with_suffix(".json").exists():
            problems.append(f"{t.name}: no annotation")
    for t in txts:
        try:
            c = check(t, problems)
        except (ValueError, KeyError, json.JSONDecodeError) as e:
            problems.append(f"{t.stem}: {e}")
            continue
        print(f"{t.stem:28} " + "  ".join(f"{k}={v}" for k, v in c.items()))
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    print(f"{'total (' + str(len(txts)) + ' articles)':28} " + "  ".join(f"{k}={v}" for k, v in total.items()))
    if problems:
        print("\n".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
