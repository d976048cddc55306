"""Validating a bank assembled from another format, with problems pointed at that format's rows.

CSV and GIFT readers build the same nested dict a TOML file parses into and validate it with
the one `Bank` model, so an imported bank meets exactly the rules a hand-written one does. Only
the location differs: `where(loc)` turns a model location into the reader's (line, column).
"""

from __future__ import annotations

from typing import Callable

from pydantic import ValidationError

from studyapp.core.bank import (QUESTION_TYPES, Bank, CrossCheckError, bank_model, error_location, plain_message,
                                unknown_type_message)
from studyapp.errors import BankError, Problem

Where = Callable[[tuple], tuple[int | None, str]]


def build_bank(raw: dict, shown: str, where: Where, hints: dict[str, str] | None = None) -> Bank:
    """Validate `raw` as a Bank; raise BankError with every problem at its reader's location."""
    hints = hints or {}
    try:
        return bank_model().model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            ctx_error = (err.get("ctx") or {}).get("error")
            if isinstance(ctx_error, CrossCheckError):
                for loc, message in ctx_error.problems:
                    line, column = where(tuple(loc))
                    problems.append(Problem(shown, line, column, message))
                continue
            loc = error_location(tuple(err["loc"]))
            line, column = where(loc)
            problems.append(Problem(shown, line, column, _message(err, column, hints)))
        raise BankError(sorted(set(problems), key=lambda p: (p.line or 0, p.field, p.message))) from None


def _message(err: dict, column: str, hints: dict[str, str]) -> str:
    kind = err["type"]
    if kind == "missing":
        return hints.get(column, "required; fill it in")
    if kind == "union_tag_invalid":
        return unknown_type_message(err)
    if kind == "string_pattern_mismatch" and column in ("id", "# id"):
        return (f"{err.get('input')!r} is not a valid id; use lowercase letters, digits, '.', '_' or '-' "
                "(at most 80), starting with a letter or digit")
    if kind == "too_long" and column == "questions":
        ctx = err.get("ctx") or {}
        return (f"has {ctx.get('actual_length', 0):,} questions; a bank may hold at most {ctx.get('max_length', 0):,}: "
                "split it into several banks")
    if kind == "union_tag_not_found":
        return "required; use one of " + ", ".join(QUESTION_TYPES)
    return plain_message(err)
