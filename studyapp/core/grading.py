"""Is this answer right? One pure function per question type, no Qt, no I/O.

Typed answers are compared after folding away what a student should not lose marks for (case,
punctuation, accents, spacing, curly vs straight quotes), then allowed a small typo that grows
with the answer's length. Numbers are never fuzzy: "2231" typed as "2213" is a different
resolution, not a typo. Distances come from rapidfuzz, a maintained C++ implementation of true
Damerau-Levenshtein (a swapped pair of letters is one typo, as a student would count it) and of
minimal edit opcodes, which give the GUI a tighter highlight than difflib's longest-block matching.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from studyapp.core.bank import (
    DATE_FORMS,
    Bank,
    ChoiceQuestion,
    DateQuestion,
    FlashQuestion,
    MatchQuestion,
    OrderQuestion,
    QuoteQuestion,
    TypedQuestion,
    format_date,
)
from studyapp.core.card import Rating

ARROW = " → "

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


def fold_char(ch: str) -> str:
    """The comparison key of one character: its base letters, lower case; apostrophes vanish
    (don't = dont) and any other punctuation, symbol or space becomes a single space."""
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
    return " ".join("".join(fold_char(ch) for ch in text).split())


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


# -- typed answers --------------------------------------------------------------------------

def _grade_text(given: str, expected: str, accepted: list[str], wrong: list[str] = ()) -> GradeResult:
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


def _grade_typed(q: TypedQuestion, answer: str | None) -> GradeResult:
    return _grade_text(_as_text(answer), q.expected, list(q.accept))


def _grade_quote(bank: Bank, q: QuoteQuestion, answer: str | None) -> GradeResult:
    given = _as_text(answer)
    options = bank.quote_choices(q)
    if given in options:
        return _grade_choice_value(given, q.speaker, options)
    speaker = bank.person(q.speaker)
    aliases = list(speaker.aliases) if speaker else []
    others = [n for p in bank.people if p.name != q.speaker for n in (p.name, *p.aliases)]
    others += [d for d in q.distractors if d not in others]
    return _grade_text(given, q.speaker, aliases, others)


# -- choices --------------------------------------------------------------------------------

def _grade_choice_value(given: str, expected: str, options: list[str]) -> GradeResult:
    """A clicked option must be the right one; a typed one (true/false by keyboard) is matched
    after folding, without typo allowance, since a near miss may be another option."""
    if given in options:
        ok = given == expected
    else:
        ok = bool(given.strip()) and normalize(given) == normalize(expected)
    note = "" if given.strip() else "No answer given."
    return GradeResult(ok, 1.0 if ok else 0.0, given, expected, note)


def _grade_choice(q: ChoiceQuestion, answer: str | None) -> GradeResult:
    return _grade_choice_value(_as_text(answer), q.answer, list(q.choices))


# -- dates ----------------------------------------------------------------------------------

_PRECISIONS = ("year", "month", "day")


def _parse_date(text: str) -> tuple[int, ...] | None:
    """'2022-01-21' -> (2022, 1, 21), '2022-01' -> (2022, 1), '2022' -> (2022,); None if not
    a real date in one of those forms."""
    text = text.strip()
    if not any(rx.match(text) for rx in DATE_FORMS.values()):
        return None
    parts = tuple(int(p) for p in text.split("-"))
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return parts


def _grade_date(q: DateQuestion, answer: str | None) -> GradeResult:
    given = _as_text(answer).strip()
    expected = q.display_answer
    need = _PRECISIONS.index(q.resolved_precision) + 1
    parts = _parse_date(given)
    if parts is None:
        note = "No answer given." if not given else f"“{given}” is not a date written as YYYY-MM-DD, YYYY-MM or YYYY."
        return GradeResult(False, 0.0, given, expected, note)
    shown = format_date(given)
    if len(parts) < need:
        return GradeResult(False, 0.0, shown, expected, f"The question asks for the {q.resolved_precision}.")
    want = _parse_date(q.answer)
    got = parts[:need]
    if got == want:
        return GradeResult(True, 1.0, shown, expected)
    right = next(i for i in range(need) if got[i] != want[i])
    note = {0: "", 1: "Right year, wrong month.", 2: "Right month, wrong day."}[right]
    return GradeResult(False, 0.0, shown, expected, note)


# -- order and match ------------------------------------------------------------------------

def _longest_increasing(seq: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def _grade_order(q: OrderQuestion, answer: list[str] | None) -> GradeResult:
    """Score by how many items must be moved to fix the order, against the worst case.

    Counting items in place punishes one early event put last as if everything were wrong
    (A B C D -> B C D A has none in place); the items already in the right relative order (the
    longest increasing run of their true positions) are the ones that need not move, so
    n - that run is the fewest moves to fix it, and a reversed list (n - 1 moves) scores 0.
    """
    items = list(q.items)
    given = [str(x) for x in (answer or [])]
    expected = ARROW.join(items)
    shown = ARROW.join(given)
    if given == items:
        return GradeResult(True, 1.0, shown, expected)
    pos = {item: i for i, item in enumerate(items)}
    seen: set[str] = set()
    ranks = []
    for x in given:
        if x in pos and x not in seen:
            seen.add(x)
            ranks.append(pos[x])
    n = len(items)
    extras = len(given) - len(ranks)  # unknown or repeated items: each one more thing to fix
    moves = n - _longest_increasing(ranks) + extras
    score = max(0.0, 1.0 - moves / (n - 1))
    in_place = sum(1 for i, x in enumerate(given[:n]) if x == items[i])
    note = f"{in_place} of {n} in the right place"
    note += f"; moving {moves} item{'s' if moves != 1 else ''} would fix it." if len(given) == n else "."
    return GradeResult(False, score, shown, expected, note)


def _grade_match(q: MatchQuestion, answer: dict[str, str] | None) -> GradeResult:
    answer = dict(answer or {})
    pairs = [(left, right) for left, right in q.pairs]
    right_count = sum(1 for left, right in pairs if normalize(answer.get(left, "")) == normalize(right))
    shown = "; ".join(f"{left}{ARROW}{answer.get(left, '?')}" for left, _ in pairs)
    expected = "; ".join(f"{left}{ARROW}{right}" for left, right in pairs)
    ok = right_count == len(pairs)
    note = "" if ok else f"{right_count} of {len(pairs)} pairs right."
    return GradeResult(ok, right_count / len(pairs), shown, expected, note)


# -- entry points ---------------------------------------------------------------------------

def _as_text(answer) -> str:
    if answer is None:
        return ""
    if not isinstance(answer, str):
        raise TypeError(f"this question takes a text answer, not {type(answer).__name__}")
    return answer


def grade(bank: Bank, question, answer) -> GradeResult:
    """Grade one answer. Shapes: quote/choice/typed/date -> str, order -> list of items in the
    student's order, match -> {left: right}, flash -> None (self-graded: correct is None)."""
    if isinstance(question, QuoteQuestion):
        return _grade_quote(bank, question, answer)
    if isinstance(question, ChoiceQuestion):
        return _grade_choice(question, answer)
    if isinstance(question, TypedQuestion):
        return _grade_typed(question, answer)
    if isinstance(question, DateQuestion):
        return _grade_date(question, answer)
    if isinstance(question, OrderQuestion):
        if answer is not None and not isinstance(answer, (list, tuple)):
            raise TypeError(f"an order question takes a list of items, not {type(answer).__name__}")
        return _grade_order(question, answer)
    if isinstance(question, MatchQuestion):
        if answer is not None and not isinstance(answer, dict):
            raise TypeError(f"a match question takes a dict of left -> right, not {type(answer).__name__}")
        return _grade_match(question, answer)
    if isinstance(question, FlashQuestion):
        return GradeResult(None, 0.0, "", question.answer)
    raise TypeError(f"cannot grade a {type(question).__name__}")


def suggested_rating(result: GradeResult) -> int:
    """The FSRS rating an auto-graded answer earns: wrong -> Again, right -> Good, a partly right
    order or match -> Hard. Self-graded answers default to Good, as Space does in Anki."""
    if result.correct is None or result.correct:
        return Rating.GOOD
    return Rating.HARD if result.score > 0 else Rating.AGAIN
