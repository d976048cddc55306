"""Each question's canonical JSON is byte for byte what stored content hashes were taken of."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from hypothesis import given, settings

from studyapp.core.loader import load_bank
from studyapp.errors import BankError
from studyapp.storage.bank_shelf import question_json
from tests.exchange.strategies import any_bank

REPO = Path(__file__).resolve().parents[2]


def _reference(question) -> str:
    """The definition the hashes of every installed bank were made with."""
    return json.dumps(question.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def _same(bank) -> None:
    for q in bank.questions:
        line = question_json(q)
        assert line == _reference(q)
        assert hashlib.sha256(line.encode("utf-8")).hexdigest()[:16] == q.content_hash()


def test_every_bank_in_the_repository():
    files = [*sorted((REPO / "questions").glob("*.toml")), *sorted((REPO / "tests" / "data" / "banks").rglob("*.toml"))]
    valid = 0
    for path in files:
        try:
            bank = load_bank(path).bank
        except BankError:  # the deliberately broken ones
            continue
        _same(bank)
        valid += 1
    assert valid >= 3


@settings(max_examples=150, deadline=None)
@given(any_bank())
def test_banks_of_every_type_with_the_characters_json_escapes(bank):
    _same(bank)
