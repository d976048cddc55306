#!/usr/bin/env python3
"""Consistency check for the heldout2 set (standard library only).

For every NAME.txt with NAME.json: JSON loads and has the dev-set shape plus `published`; title is line 1;
every quote / excluded text / evidence / as_written is verbatim in the article; as_written lies inside its
evidence; quotes are in text order and sit directly between quote marks; `continuation` is used exactly where
the previous segment has no closing mark (only one mark and white space between); every quotation mark in the
article belongs to an annotated or excluded quote; names and aliases occur; person speakers are in `people`;
`date` and `resolved` values are well-formed. Prints counts, then OK.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN = set('"\u201c\u2018\'')
CLOSE = set('"\u201d\u2019\'')
ISO = r"\d{4}(-\d{2}(-\d{2})?)?"
problems = []
tot = dict(words=0, quotes=0, full=0, partial=0, continuation=0, excluded=0, dates=0, resolved=0, demands=0, people=0)


def prob(name, msg):
    problems.append(f"{name}: {msg}")


def mark_style(text):
    """'double' if the body quotes with double marks, else 'single' (curly single marks)."""
    return "single" if text.count("\u2018") > text.count('"') + text.count("\u201c") else "double"


for jpath in sorted(HERE.glob("*.json")):
    name = jpath.stem
    tpath = jpath.with_suffix(".txt")
    if not tpath.exists():
        prob(name, "no .txt"); continue
    text = tpath.read_text(encoding="utf-8")
    try:
        a = json.loads(jpath.read_text(encoding="utf-8"))
    except Exception as e:
        prob(name, f"JSON does not load: {e}"); continue
    for k in ("title", "published", "quotes", "excluded_quotes", "demands", "dates", "people"):
        if k not in a:
            prob(name, f"missing key {k}")
    if a.get("title") != text.split("\n", 1)[0]:
        prob(name, "title is not line 1")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("published") or ""):
        prob(name, "published not YYYY-MM-DD")
    style = mark_style(text)
    marks = {'"', "\u201c", "\u201d"} if style == "double" else {"\u2018"}
    covered = set()  # positions of quotation marks that belong to a quote
    pos = 0
    prev_end = None
    prev_speaker = None
    for i, q in enumerate(a.get("quotes", [])):
        for k in ("speaker", "quote", "kind", "speaker_type"):
            if k not in q:
                prob(name, f"quote {i} missing {k}")
        s = q["quote"]
        j = text.find(s, pos)
        if j < 0:
            prob(name, f"quote {i} not found (in order): {s[:60]!r}"); continue
        e = j + len(s)
        # directly between marks
        b = j - 1
        while b >= 0 and text[b] in " \n":
            b -= 1
        f = e
        while f < len(text) and text[f] in " \n":
            f += 1
        if b < 0 or text[b] not in OPEN:
            prob(name, f"quote {i} not preceded by a mark: {s[:40]!r}")
        else:
            covered.add(b)
        closed = f < len(text) and text[f] in CLOSE
        if closed:
            covered.add(f)
        # continuation structure: between previous quote and this one only white space + one mark
        between = text[prev_end:j] if prev_end is not None else None
        is_cont = between is not None and re.fullmatch(r"\s*[\"\u201c\u2018]\s*", between) is not None \
            and "\n" in between
        if is_cont != (q["kind"] == "continuation"):
            prob(name, f"quote {i} kind {q['kind']} but structure says continuation={is_cont}: {s[:40]!r}")
        if q["kind"] == "continuation" and q["speaker"] != prev_speaker:
            prob(name, f"quote {i} continuation changes speaker")
        if q["kind"] not in ("full", "partial", "continuation"):
            prob(name, f"quote {i} bad kind")
        if q["speaker_type"] not in ("person", "organisation", "unnamed", "document"):
            prob(name, f"quote {i} bad speaker_type")
        if q["kind"] == "partial" and len(s.split()) < 3:
            prob(name, f"quote {i} partial under three words")
        if q["kind"] in ("full", "partial") and len(s.split()) < 3:
            prob(name, f"quote {i} under three words")
        tot[q["kind"]] = tot.get(q["kind"], 0) + 1
        pos = e
        prev_end = e
        prev_speaker = q["speaker"]
    for x in a.get("excluded_quotes", []):
        t = x["text"]
        idx = [m.start() for m in re.finditer(re.escape(t), text)]
        if not idx:
            prob(name, f"excluded text not found: {t!r}")
        for j in idx:
            for k in range(j, j + len(t)):
                if text[k] in marks or text[k] in ("\u201d", "\u2019"):
                    covered.add(k)
        if not x.get("reason"):
            prob(name, f"excluded {t!r} has no reason")
    # every opening/double mark accounted for
    for k, ch in enumerate(text):
        if ch in marks and k not in covered:
            # a closing mark right after the end of some covered quote is fine
            prob(name, f"unaccounted quotation mark at {k}: {text[max(0,k-30):k+30]!r}")
    for d in a.get("demands", []):
        for k in ("side", "demand", "evidence"):
            if k not in d:
                prob(name, f"demand missing {k}")
        if d.get("evidence", "") not in text:
            prob(name, f"demand evidence not verbatim: {d.get('evidence','')[:60]!r}")
    for d in a.get("dates", []):
        for k in ("date", "as_written", "event", "evidence"):
            if k not in d:
                prob(name, f"date missing {k}")
        if d["evidence"] not in text:
            prob(name, f"date evidence not verbatim: {d['evidence'][:60]!r}")
        if d["as_written"] not in d["evidence"]:
            prob(name, f"as_written not inside evidence: {d['as_written']!r}")
        dv = d["date"]
        if re.match(r"\d{4}", dv) and not re.fullmatch(f"{ISO}(/{ISO})?", dv):
            prob(name, f"bad ISO date {dv!r}")
        r = d.get("resolved")
        if r is not None and not re.fullmatch(f"{ISO}(/{ISO})?", r):
            prob(name, f"bad resolved {r!r}")
        if r and re.fullmatch(ISO, dv) and r != dv:
            prob(name, f"ISO date {dv} but resolved {r}")
        tot["resolved"] += bool(r)
    names = set()
    for p in a.get("people", []):
        names.add(p["name"])
        if p["name"].lower() not in text.lower() and not all(w in text for w in p["name"].split()):
            prob(name, f"person name not in text: {p['name']!r}")
        for al in p.get("aliases", []):
            if al not in text:
                prob(name, f"alias not in text: {al!r}")
    for q in a.get("quotes", []):
        if q.get("speaker_type") == "person" and q["speaker"] not in names:
            prob(name, f"person speaker not in people: {q['speaker']!r}")
    body_words = len(text.split())
    n = dict(words=body_words, quotes=len(a["quotes"]), excluded=len(a["excluded_quotes"]),
             dates=len(a["dates"]), resolved=sum(bool(d.get("resolved")) for d in a["dates"]),
             demands=len(a["demands"]), people=len(a["people"]))
    kinds = {k: sum(q["kind"] == k for q in a["quotes"]) for k in ("full", "partial", "continuation")}
    print(f"{name}: pub {a['published']} words {n['words']} quotes {n['quotes']} "
          f"({kinds['full']}/{kinds['partial']}/{kinds['continuation']}) excl {n['excluded']} "
          f"dates {n['dates']} (resolved {n['resolved']}) demands {n['demands']} people {n['people']}")
    for k in ("words", "quotes", "excluded", "dates", "demands", "people"):
        tot[k] += n[k]
print("TOTAL: words {words} quotes {quotes} (full {full} / partial {partial} / cont. {continuation}) "
      "excluded {excluded} dates {dates} (resolved {resolved}) demands {demands} people {people}".format(**tot))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
