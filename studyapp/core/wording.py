"""Counts in words: "1 problem", "2 problems". One helper, so no message says "1 problems" or
"1 problem found. Fix them"."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` and the noun that agrees with it ("1 answer", "0 answers", "3 leeches" with plural)."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def them(n: int) -> str:
    """The pronoun for `n` things: "it" or "them"."""
    return "it" if n == 1 else "them"
