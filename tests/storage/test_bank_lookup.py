"""Looking up some installed banks without reading the whole library (an import checks each
file's id against one bank, not all of them)."""

from __future__ import annotations

from studyapp.core.loader import load_bank


def test_banks_and_a_shelf_of_only_some_ids(progress, mini_bank_path, geneva_bank_path, now):
    progress.install_banks([load_bank(mini_bank_path), load_bank(geneva_bank_path)], now)
    every = {b.id: b for b in progress.banks()}
    assert set(every) == {"mini", "geneva-talks-2022"}
    assert progress.banks(only=["mini"]) == [every["mini"]]
    assert progress.banks(only=["mini", "nobody"]) == [every["mini"]]
    assert progress.banks(only=[]) == []
    shelf = progress.bank_shelf(only=["geneva-talks-2022"])
    assert list(shelf) == ["geneva-talks-2022"] and "mini" not in shelf
    assert shelf.question_ids("geneva-talks-2022") == [q.id for q in load_bank(geneva_bank_path).bank.questions]


def test_a_removed_bank_is_not_among_them(progress, mini_bank_path, now):
    progress.install_bank(load_bank(mini_bank_path), now)
    progress.remove_bank("mini")
    assert progress.banks(only=["mini"]) == [] and "mini" not in progress.bank_shelf(only=["mini"])
