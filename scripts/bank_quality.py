"""Generate a bank from every article in the given folders and report what a reviewer needs:
questions kept, the share passing the generator's own checks and the shared lint, and for an
article with an annotation, the share of its annotated facts that some question asks about.

    python scripts/bank_quality.py ../shared/articles ../shared/articles/dev ../shared/articles/dev2 [--show]

A fact counts as covered when a question's source holds its evidence (quotes: when a question
quotes its words). `--show` prints every question, for reading them one by one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from studyapp.core.bank import Bank, answer_of, choices_of, prompt_of
from studyapp.core.generate.checks import review_bank
from studyapp.core.generate.coverage import coverage
from studyapp.core.generate.pipeline import generate_bank, read_article


def main() -> int:
    show = "--show" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    for folder in folders:
        total = passed = linted = facts_all = facts_hit = 0
        for art in sorted(folder.glob("*.txt")):
            gold_path = art.with_suffix(".json")
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
            text = read_article(art)
            bank, _ = generate_bank(text, published=gold.get("published") or None)
            reviews = review_bank(bank, text)
            model = Bank.model_validate(bank)
            qs = bank["questions"]
            total += len(qs)
            passed += sum(r.passed for r in reviews.values())
            hit, n, _missed = coverage(gold, qs)
            facts_all += n
            facts_hit += hit
            print(f"{folder.name}/{art.name}: {len(qs)} questions, {sum(r.passed for r in reviews.values())} pass "
                  f"checks, facts covered {hit}/{n}")
            if show:
                for q in model.questions:
                    ans = answer_of(model, q)
                    print(f"   [{q.type}] {prompt_of(model, q)}\n      -> {ans}  {choices_of(model, q) or ''}")
        share = passed / total if total else 0
        cov = facts_hit / facts_all if facts_all else 0
        print(f"== {folder}: {total} questions, {share:.1%} pass the checks, facts covered {cov:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
