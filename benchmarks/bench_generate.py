"""How fast `studyapp generate` drafts: a 2,000-word article warm, and a 2 MB article by stage with the
time a cancel takes to stop it. Prints numbers; nothing here asserts a time.

    python benchmarks/bench_generate.py [--runs 7] [ARTICLE.txt ...]

Without articles it builds its own from the test articles under tests/data/articles (written for the
tests). Given articles (the shared development sets, say) are timed as they are.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

from studyapp.core.generate.pipeline import generate_bank
from studyapp.errors import GenerateCancelled

HERE = Path(__file__).resolve().parent
TEST_ARTICLES = HERE.parent / "tests" / "data" / "articles"


def article_of(words: int) -> str:
    """Title, blank line, and the test articles' bodies repeated up to `words` words."""
    bodies = [p.read_text(encoding="utf-8").split("\n", 2)[2] for p in sorted(TEST_ARTICLES.glob("*.txt"))]
    out: list[str] = []
    n = 0
    while n < words:
        for body in bodies:
            out.append(body.strip())
            n += len(body.split())
            if n >= words:
                break
    return "A long story\n\n" + "\n\n".join(out) + "\n"


def timed(text: str, runs: int) -> list[float]:
    generate_bank(text)  # warm: imports and regex compilation
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        generate_bank(text)
        out.append(time.perf_counter() - t0)
    return out


def stages(text: str) -> tuple[list[tuple[str, float]], float]:
    """When each stage started, and the longest wait between two checkpoints: how long a Cancel can take."""
    marks: list[tuple[str, float]] = []
    calls: list[float] = []
    t0 = time.perf_counter()

    def checkpoint(_n: int, name: str) -> None:
        now = time.perf_counter() - t0
        calls.append(now)
        if not marks or marks[-1][0] != name:
            marks.append((name, now))

    generate_bank(text, checkpoint=checkpoint)
    end = time.perf_counter() - t0
    marks.append(("done", end))
    calls.append(end)
    return marks, max(b - a for a, b in zip(calls, calls[1:]))


def cancel_latency(text: str, at_stage: int, after_calls: int = 1) -> float:
    """Seconds from asking to cancel (at the `after_calls`-th checkpoint of stage `at_stage`, as the dialog's
    Esc sets its flag) to the draft having stopped: the work left before the next checkpoint."""
    cancel = threading.Event()
    asked: list[float] = []
    calls = [0]

    def checkpoint(n: int, _name: str) -> None:
        if cancel.is_set():
            raise GenerateCancelled("cancelled")
        if n == at_stage:
            calls[0] += 1
            if calls[0] == after_calls:
                asked.append(time.perf_counter())
                cancel.set()

    try:
        generate_bank(text, checkpoint=checkpoint)
    except GenerateCancelled:
        pass
    return time.perf_counter() - asked[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in a.articles] or [("2,000 words", article_of(2000))]
    for name, text in texts:
        t = timed(text, a.runs)
        print(f"{name}: {len(text.split()):,} words, draft min {min(t):.3f} s, median {statistics.median(t):.3f} s, "
              f"max {max(t):.3f} s ({a.runs} warm runs)")
    big = article_of(330_000)
    big = big[:2_000_000]
    big = big[:big.rfind("\n")] + "\n"
    print(f"2 MB article: {len(big.encode()):,} bytes, {len(big.split()):,} words")
    last = 0.0
    marks, gap = stages(big)
    for name, at in marks:
        print(f"  {name:<28} starts at {at:7.2f} s  (previous stage {at - last:6.2f} s)")
        last = at
    print(f"  longest stretch between two checkpoints (the most a Cancel can wait): {gap:.2f} s")
    print(f"  cancel asked as 'Finding quotations' starts: stopped after {cancel_latency(big, 2):.3f} s")
    print(f"  cancel asked in the middle of 'Finding dates': stopped after {cancel_latency(big, 5, 200):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
