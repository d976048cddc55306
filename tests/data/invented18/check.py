#!/usr/bin/env python3
"""Consistency check for this set's annotations (standard library only).

The checks of `../invented/check.py`, widened for the three ways this set's quotations are marked:

- `"marks": "double"` (the default): the quote sits directly between double marks (straight or curly), as in
  the other sets; a `continuation` follows a segment that ran to the end of its paragraph without a closing mark.
- `"marks": "single"`: the same, with single marks (‘ ’ or '), as British local papers print quotations.
- `"marks": "none"`: a turn of a transcript or Q&A interview. The quote is the whole rest of its line after the
  turn's label (`A: `, `NAME: `, `PRESENTER (NAME): `), with no marks at all.

A name may occur only in capitals (a transcript's turn labels).
Every double mark and every opening single mark ‘ in the body belongs to an annotated or excluded quote.
Articles have 350-1,100 words.

python3 check.py [FOLDER]   -> prints counts per article, then OK (exit 0), or the problems (exit 1).
FOLDER defaults to this set's; invented19 and invented21 are checked by the same rules with their folder.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN = {'"', "\u201c"}
CLOSE = {'"', "\u201d"}
SOPEN = {"\u2018", "'"}
SCLOSE = {"\u2019", "'"}
MARKS = OPEN | CLOSE | {"\u2018"}
KINDS = {"full", "partial", "continuation"}
TYPES = {"person", "organisation", "unnamed", "document"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LABEL = re.compile(r"^(?:Q|A|[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*(?: \([A-Z][A-Z .'-]*\))?): ")


def check(txt: Path) -> tuple[list[str], tuple[int, int, int]]:
    errs: list[str] = []
    text = txt.read_text(encoding="utf-8")
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    title = text.split("\n", 1)[0]
    if gold.get("title") != title:
        errs.append("title is not the first line")
    if text.split("\n")[1] != "":
        errs.append("line 2 is not blank")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", gold.get("published") or ""):
        errs.append("published is not YYYY-MM-DD")
    for key in ("quotes", "dates", "demands", "people"):
        if not isinstance(gold.get(key), list):
            errs.append(f"{key} missing")
    body_start = len(title) + 1
    used: set[int] = set()
    pos = body_start
    prev_open_ended = False
    for i, q in enumerate(gold["quotes"]):
        for k in ("speaker", "quote", "kind", "speaker_type"):
            if not q.get(k):
                errs.append(f"quote {i}: no {k}")
        if q.get("kind") not in KINDS:
            errs.append(f"quote {i}: bad kind {q.get('kind')}")
        if q.get("speaker_type") not in TYPES:
            errs.append(f"quote {i}: bad speaker_type")
        marks = q.get("marks", "double")
        s = text.find(q["quote"], pos)
        if s < 0:
            errs.append(f"quote {i} not found (in order): {q['quote'][:50]!r}")
            continue
        e = s + len(q["quote"])
        open_ended = False
        if marks == "none":
            line_start = text.rfind("\n", 0, s) + 1
            m = LABEL.match(text[line_start:s + 1])
            if not m or line_start + m.end() != s:
                errs.append(f"quote {i} (no marks) does not follow a turn label: {q['quote'][:50]!r}")
            if e < len(text) and text[e] != "\n":
                errs.append(f"quote {i} (no marks) does not run to the end of its line: {q['quote'][-50:]!r}")
            if q.get("kind") == "continuation":
                errs.append(f"quote {i}: a turn is never a continuation")
            prev_open_ended = False
            pos = e
            continue
        opens, closes = (SOPEN, SCLOSE) if marks == "single" else (OPEN, CLOSE)
        b = s - 1
        while b >= 0 and text[b] in " \t":
            b -= 1
        if b < 0 or text[b] not in opens:
            errs.append(f"quote {i} has no opening mark: {q['quote'][:50]!r}")
        else:
            used.add(b)
        a = e
        while a < len(text) and text[a] in " \t":
            a += 1
        if a < len(text) and text[a] in closes:
            used.add(a)
        elif a >= len(text) or text[a] == "\n":
            open_ended = True
        else:
            errs.append(f"quote {i} has no closing mark: {q['quote'][-50:]!r}")
        cont = q.get("kind") == "continuation"
        if cont != prev_open_ended:
            errs.append(f"quote {i}: kind {q.get('kind')} but previous segment open-ended={prev_open_ended}")
        if cont and i and gold["quotes"][i - 1]["speaker"] != q["speaker"]:
            errs.append(f"quote {i}: continuation changes speaker")
        prev_open_ended = open_ended
        pos = e
    for q in gold["quotes"]:
        if q.get("marks", "double") == "none":
            s = text.find(q["quote"], body_start)
            used |= {j for j in range(s, s + len(q["quote"])) if text[j] in MARKS} if s >= 0 else set()
    for x in gold.get("excluded_quotes", []):
        t = x.get("text", "")
        s = text.find(t)
        if s < 0:
            errs.append(f"excluded text not found: {t!r}")
            continue
        used |= {j for j in range(s, s + len(t)) if text[j] in MARKS}
        if len(t.split()) > 2 and not x.get("reason"):
            errs.append(f"excluded {t!r} has no reason")
    for j in range(body_start, len(text)):
        if text[j] in MARKS and j not in used:
            errs.append(f"stray quote mark at {j}: ...{text[max(0, j - 40):j + 40]!r}")
    for i, dt in enumerate(gold["dates"]):
        for k in ("date", "as_written", "event", "evidence"):
            if not dt.get(k):
                errs.append(f"date {i}: no {k}")
        if dt.get("evidence", "") not in text:
            errs.append(f"date {i}: evidence not in text: {dt.get('evidence', '')[:60]!r}")
        if dt.get("as_written", "") not in dt.get("evidence", ""):
            errs.append(f"date {i}: as_written {dt.get('as_written')!r} not in its evidence")
        if "resolved" in dt and not DATE_RE.match(dt["resolved"]):
            errs.append(f"date {i}: bad resolved {dt['resolved']!r}")
    for i, dm in enumerate(gold["demands"]):
        for k in ("side", "demand", "evidence"):
            if not dm.get(k):
                errs.append(f"demand {i}: no {k}")
        if dm.get("evidence", "") not in text:
            errs.append(f"demand {i}: evidence not in text: {dm.get('evidence', '')[:60]!r}")
    names = set()
    for p in gold["people"]:
        names.add(p["name"])
        for n in [p["name"], *p.get("aliases", [])]:
            if n not in text and n.upper() not in text:
                errs.append(f"person name/alias not in text: {n!r}")
    for q in gold["quotes"]:
        if q.get("speaker_type") == "person" and q["speaker"] not in names:
            errs.append(f"person speaker not in people: {q['speaker']!r}")
    nw = len(text.split())
    if not 350 <= nw <= 1100:
        errs.append(f"{nw} words (want 350-1100)")
    return errs, (len(gold["quotes"]), len(gold["dates"]), len(gold["demands"]))


def main(folder: Path = HERE) -> int:
    bad = False
    tot = [0, 0, 0]
    print(f"{'article':40} quotes dates demands words")
    for txt in sorted(folder.glob("*.txt")):
        errs, counts = check(txt)
        nw = len(txt.read_text(encoding='utf-8').split())
        print(f"{txt.stem:40} {counts[0]:6} {counts[1]:5} {counts[2]:7} {nw:5}")
        tot = [a + b for a, b in zip(tot, counts)]
        for e in errs:
            print(f"  {txt.stem}: {e}")
            bad = True
    print(f"{'total':40} {tot[0]:6} {tot[1]:5} {tot[2]:7}")
    if bad:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
