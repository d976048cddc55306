"""Generate a bank from every article in the given folders and report what a reviewer needs:
questions kept, the share passing the generator's own checks and the shared lint, and for an
article with an annotation, the share of its annotated facts that some question asks about.

    python scripts/bank_quality.py ../shared/articles ../shared/articles/dev ../shared/articles/dev2 [--show]

A fact counts as covered when a question's source holds its evidence (quotes: when a question
quotes its words). `--show` prints every question, for reading them one by one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from studyapp.core.bank import Bank, answer_of, choices_of, prompt_of
from studyapp.core.generate.checks import review_bank
from studyapp.core.generate.coverage import coverage
from studyapp.core.generate.pipeline import generate_bank, read_article


# The shared lint (objective defects a reader sees without the story), when the shared tools sit beside the repo.
LINT = Path(__file__).resolve().parents[2] / "shared" / "tools" / "question_lint.py"


def lint(model: Bank) -> tuple[int, int]:
    """(clean questions, questions) by the shared question_lint, fed what `studyapp show --json` prints."""
    shown = {"id": model.bank.id, "title": model.bank.title, "version": model.bank.version, "questions": [
        {"id": q.id, "type": q.type, "topic": q.topic, "prompt": prompt_of(model, q), "answer": answer_of(model, q),
         "choices": choices_of(model, q), "source": q.source} for q in model.questions]}
    out = subprocess.run([sys.executable, str(LINT), "-"], input=json.dumps(shown), capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    summary = json.loads(out)
    return summary["clean"], summary["questions"]


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
            hit, n, _missed = coverage(gold, qs, text)
            facts_all += n
            facts_hit += hit
            clean = lint(model)[0] if LINT.exists() else None
            linted += clean or 0
            print(f"{folder.name}/{art.name}: {len(qs)} questions, {sum(r.passed for r in reviews.values())} pass "
                  f"checks" + (f", {clean} lint-clean" if clean is not None else "") + f", facts covered {hit}/{n}")
            if show:
                for q in model.questions:
                    ans = answer_of(model, q)
                    print(f"   [{q.type}] {prompt_of(model, q)}\n      -> {ans}  {choices_of(model, q) or ''}")
        share = passed / total if total else 0
        cov = facts_hit / facts_all if facts_all else 0
        clean_share = f", {linted / total:.1%} lint-clean" if LINT.exists() and total else ""
        print(f"== {folder}: {total} questions, {share:.1%} pass the checks{clean_share}, facts covered {cov:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
