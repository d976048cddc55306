"""The bank cache is not synced at install (one fsync less per imported file): whatever a power
cut leaves of it, the shelf reads the synced bank file instead and writes the cache again."""

from __future__ import annotations

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.storage.bank_shelf import CACHE_NAME


def _cuts(data: bytes):
    """What a power cut may leave of a file not yet on disk: nothing, part of it, zeroed blocks."""
    yield "empty", b""
    yield "cut after the header", data[: data.index(b"\n") + 1]
    yield "cut mid-line", data[: len(data) * 2 // 3]
    yield "zeroed tail", data[: len(data) // 2] + b"\0" * (len(data) - len(data) // 2)
    yield "all zeros", b"\0" * len(data)


@pytest.mark.parametrize("cut", range(5))
def test_a_cache_a_power_cut_cut_short_is_replaced_from_the_bank_file(mini_installed, mini_bank_path, cut):
    expected = load_bank(mini_bank_path).bank
    [bank] = mini_installed.banks()
    cache = bank.stored_path.parent / CACHE_NAME
    whole = cache.read_bytes()
    _name, left = list(_cuts(whole))[cut]
    cache.write_bytes(left)
    shelf = mini_installed.bank_shelf()
    assert [shelf.question(CardKey("mini", q.id)) for q in expected.questions] == expected.questions
    assert shelf["mini"] == expected and shelf.problems == []
    assert cache.read_bytes() == whole  # written again from the bank file
