"""The same article gives the same bank on every run, so a teacher can regenerate and diff (docs/generator.md).
Python salts the order of its sets of strings per process (PYTHONHASHSEED): a rule that takes the first or last
name out of a set gave one article 20 questions in some runs and 17 in others. Each run here is its own process
with its own seed, the way two runs of `studyapp generate` are."""

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
ARTICLES = [DATA / "invented7" / "local-mother-son-contest.txt", DATA / "invented17" / "us-tolland-budget-veto.txt",
            DATA / "invented18" / "court-pharmacist-ghost-prescriptions.txt"]
RUN = """
import json, sys
from studyapp.core.generate.pipeline import generate_bank
out = []
for path in sys.argv[1:]:
    bank, facts = generate_bank(open(path, encoding="utf-8").read(), published="2026-04-20")
    out.append([bank["people"], bank["questions"], facts])
print(json.dumps(out, sort_keys=True))
"""


def _banks(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", RUN, *map(str, ARTICLES)], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[3], check=True)
    return json.loads(done.stdout)


def test_two_runs_with_different_hash_seeds_give_the_same_banks():
    first = _banks("1")
    assert all(questions for _, questions, _ in first)
    for seed in ("4", "7"):
        assert _banks(seed) == first
