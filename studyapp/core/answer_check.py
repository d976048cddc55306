"""Comparing a student's answer with the right one, for every question type's grader.

Typed answers are compared after folding away what a student should not lose marks for (case,
punctuation, accents, spacing, curly vs straight quotes), then allowed a small typo that grows
with the answer's length. Numbers are never fuzzy: "2231" typed as "2213" is a different
resolution, not a typo. Distances come from rapidfuzz, a maintained C++ implementation of true
Damerau-Levenshtein (a swapped pair of letters is one typo, as a student would count it) and of
minimal edit opcodes, which give the GUI a tighter highlight than difflib's longest-block matching.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# rapidfuzz is imported by the functions that compare (`from rapidfuzz.distance import ...`): every
# question type's model imports this module, and the library, which grades nothing, loads them all
# (rapidfuzz's 40 modules are ~3.4 MiB of a 1,000-bank library's peak).

Diff = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class GradeResult:
    """What the session shows after an answer and what the review log keeps.

    `diff` (typed answers only) lists segments read left to right, built so that joining the
    texts whose op is not "insert" gives back what the student typed, and joining those whose
    op is "equal" or "insert" gives `expected` (or the accepted alternative that matched) up to
    what grading forgives, since "equal" text is shown as the student typed it:
    "delete" is typed text that is not in the answer, "replace" is typed text standing where the
    answer has different text (always followed by that text as an "insert"), and "insert" is
    answer text the student left out.
    """

    correct: bool | None
    score: float
    given: str
    expected: str
    note: str = ""
    diff: Diff = ()


# -- folding text ---------------------------------------------------------------------------

_APOSTROPHES = "'’‘‛ʼ`´′"
_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}(?!\d))")
_DIGITS = re.compile(r"\d+")
_INITIAL_DOT = re.compile(r"(?<![^\s.])([^\W\d_])\.")  # U.N. = UN, but St. Petersburg = St Petersburg


@functools.lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The comparison key of one character: its base letters, lower case; apostrophes vanish
    (don't = dont) and any other punctuation, symbol or space becomes a single space.

    Kept per character (bounded, least recently used dropped): grading a typed answer folds
    every character of the answer and of each accepted text, twice (`normalize`, `text_diff`),
    and the Unicode decomposition was most of grading's CPU on the answer's path. It cannot go
    stale: the key depends on the character and Python's Unicode tables only."""
    if ch in _APOSTROPHES:
        return ""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if not base:
        return ""
    if base.isspace() or unicodedata.category(base[0])[0] in "PSZC":
        return " "
    return base.casefold()


def normalize(text: str) -> str:
    """Fold a typed answer to the form answers are compared in."""
    text = _INITIAL_DOT.sub(r"\1", _THOUSANDS.sub("", text))
    return " ".join("".join(map(fold_char, text)).split())


def typo_allowance(folded: str) -> int:
    """How many edits a folded answer may be off by: none for short ones, 1 up to 8
    characters, 2 beyond."""
    if len(folded) <= 3:
        return 0
    return 1 if len(folded) <= 8 else 2


def _distance(given: str, candidate: str) -> int | None:
    """Typos between two folded texts if within the candidate's allowance, else None.
    Numbers must match exactly, so typos are only counted in the words around them."""
    if given == candidate:
        return 0
    if _DIGITS.findall(given) != _DIGITS.findall(candidate):
        return None
    allowed = typo_allowance(candidate)
    if allowed == 0:
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    d = DamerauLevenshtein.distance(given, candidate, score_cutoff=allowed)
    return d if d <= allowed else None


def text_diff(given: str, expected: str) -> Diff:
    """Segments marking what differs between the typed and expected text (see GradeResult).

    Characters are compared by their folded key, so a difference only of case or accent is
    not highlighted, while the segments keep the original characters for display. A typed
    answer sharing less than half of the expected text is shown as one replacement.
    """
    a = [fold_char(c) or c for c in given]
    b = [fold_char(c) or c for c in expected]
    from rapidfuzz.distance import Levenshtein

    ops = Levenshtein.opcodes(a, b)
    same = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    if given and expected and same * 2 < len(b):
        # Mostly different: letter-by-letter marks would be noise; show it as one swap.
        return (("replace", given), ("insert", expected))
    segments: list[tuple[str, str]] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if segments and segments[-1][0] == op and op != "replace":
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    for op in ops:
        typed = given[op.src_start:op.src_end]
        wanted = expected[op.dest_start:op.dest_end]
        if op.tag == "equal":
            add("equal", typed)
        elif op.tag == "delete":
            add("delete", typed)
        elif op.tag == "insert":
            add("insert", wanted)
        else:
            segments.append(("replace", typed))
            segments.append(("insert", wanted))
    return tuple(segments)


def grade_text(given: str, expected: str, accepted: list[str], wrong: list[str] = ()) -> GradeResult:
    """Grade typed text against the expected answer and its accepted alternatives.

    `wrong` are answers known to be wrong (a quote's other speakers): a typed answer at least
    as close to one of them as to the right answer is not forgiven as a typo.
    """
    folded = normalize(given)
    candidates = [expected, *accepted]
    best: tuple[int, str] | None = None
    if folded:
        for cand in candidates:
            d = _distance(folded, normalize(cand))
            if d is not None and (best is None or d < best[0]):
                best = (d, cand)
    if best is not None and best[0] > 0 and wrong:
        from rapidfuzz.distance import DamerauLevenshtein

        nearest_wrong = min(DamerauLevenshtein.distance(folded, normalize(w)) for w in wrong)
        if nearest_wrong <= best[0]:
            best = None
    if best is None:
        note = "No answer given." if not folded else ""
        return GradeResult(False, 0.0, given, expected, note, text_diff(given, expected))
    distance, matched = best
    if distance:
        note = f"Accepted with a small typo: the answer is “{matched}”."
    elif matched != expected:
        note = f"Accepted; the answer we had is “{expected}”."
    else:
        note = ""
    return GradeResult(True, 1.0, given, expected, note, text_diff(given, matched))


def grade_choice_value(given: str, expected: str, options: list[str]) -> GradeResult:
    """A clicked option must be the right one; a typed one (true/false by keyboard) is matched
    after folding, without typo allowance, since a near miss may be another option."""
    if given in options:
        ok = given == expected
    else:
        ok = bool(given.strip()) and normalize(given) == normalize(expected)
    note = "" if given.strip() else "No answer given."
    return GradeResult(ok, 1.0 if ok else 0.0, given, expected, note)


def as_text(answer) -> str:
    if answer is None:
        return ""
    if not isinstance(answer, str):
        raise TypeError(f"this question takes a text answer, not {type(answer).__name__}")
    return answer

