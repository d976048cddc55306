#!/usr/bin/env python3
"""No 6-word run of this set's articles is shared with any file under /work/shared/articles (the dev articles).

python3 shared_runs.py [FOLDER]  -> lists shared runs, then their count (0 wanted); FOLDER defaults to this set's."""
from pathlib import Path
import re, sys, glob, unicodedata
HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
def w(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    return re.findall(r"[a-z0-9£$€%]+(?:'[a-z]+)?", t)
def grams(ws, n=6): return {" ".join(ws[i:i+n]) for i in range(len(ws)-n+1)}
shared = set()
for f in [p for p in glob.glob("/work/shared/articles/**/*", recursive=True) if __import__("os").path.isfile(p)]:
    shared |= grams(w(open(f, encoding="utf-8").read()))
bad = 0
for f in sorted(glob.glob(str(HERE / "*.txt"))):
    hit = grams(w(open(f, encoding="utf-8").read())) & shared
    for h in sorted(hit): print(f.split("/")[-1], "|", h); bad += 1
print("shared 6-word runs:", bad)
