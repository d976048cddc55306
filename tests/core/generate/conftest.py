"""Helpers for the generator's stage tests: short articles written for the tests, never copied text."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.generate.facts import extract

REPO = Path(__file__).resolve().parents[3]
ARTICLES = REPO / "tests" / "data" / "articles"
SEED = REPO / "questions" / "sources" / "geneva-2022.txt"


def article(body: str, title: str = "A test story") -> str:
    """An article in the generator's input form: title line, blank line, body."""
    return f"{title}\n\n{body.strip()}\n"


def story_facts(story: tuple) -> dict:
    """The facts of an interview story given as (title, body, guest, …)."""
    return extract(article(story[1], story[0])).facts()


def guest_answers(story: tuple) -> list[str]:
    """The guest's quotations of an interview story; no question is anyone's, and the guest is among the people."""
    facts = story_facts(story)
    guest = story[2]
    quotes = facts["quotes"]
    assert not any(q["quote"].rstrip("*_ ").endswith("?") for q in quotes)  # no question is anyone's
    assert any(p["name"] == guest for p in facts["people"])  # the guest is among the people
    return [q["quote"] for q in quotes if q["speaker"] == guest]


def quotes_of(body: str) -> list[tuple[str, str, str]]:
    """(speaker, quote, kind) for each quotation fact of a short article."""
    return [(q["speaker"], q["quote"], q["kind"]) for q in extract(article(body)).facts()["quotes"]]


def speakers(body: str) -> list[str]:
    """The speaker of each quotation of a short article, in order."""
    return [s for s, _, _ in quotes_of(body)]


@pytest.fixture
def harbour_text() -> str:
    return (ARTICLES / "harbour-strike.txt").read_text(encoding="utf-8")


@pytest.fixture
def ferry_text() -> str:
    return (ARTICLES / "ferry-talks.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
