"""Is this answer right? Each question type grades its own answers (`QuestionType.grade`, pure
functions, no Qt, no I/O); this is the one entry point the session calls, and what a grade turns
into as an FSRS rating. How typed text is compared is in `answer_check`.
"""

from __future__ import annotations

from studyapp.core.answer_check import (Diff, GradeResult, fold_char, grade_choice_value, grade_text,
                                        normalize, text_diff, typo_allowance)
from studyapp.core.card import Rating
from studyapp.core.question_types import QUESTION_TYPES


def grade(bank, question, answer) -> GradeResult:
    """Grade one answer. Shapes: quote/choice/typed/date -> str, order -> list of items in the
    student's order, match -> {left: right}, flash -> None (self-graded: correct is None)."""
    spec = QUESTION_TYPES.of(question) if getattr(question, "type", None) in QUESTION_TYPES else None
    if spec is None:
        raise TypeError(f"cannot grade a {type(question).__name__}")
    return spec.grade(bank, question, answer)


def suggested_rating(result: GradeResult) -> int:
    """The FSRS rating an auto-graded answer earns: wrong -> Again, right -> Good, a partly right
    order or match -> Hard. Self-graded answers default to Good, as Space does in Anki."""
    if result.correct is None or result.correct:
        return Rating.GOOD
    return Rating.HARD if result.score > 0 else Rating.AGAIN


__all__ = ["Diff", "GradeResult", "fold_char", "grade", "grade_choice_value", "grade_text", "normalize",
           "suggested_rating", "text_diff", "typo_allowance"]
