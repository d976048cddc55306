"""Banks in memory and the installed banks' shelf are one typed QuestionSource to a session."""

from __future__ import annotations

from studyapp.core.loader import load_bank
from studyapp.core.question_source import BanksInMemory, QuestionSource, question_source
from studyapp.core.records import CardKey
from studyapp.storage.bank_shelf import BankShelf


def test_banks_in_memory_hand_out_questions_as_the_shelf_does(mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    source = question_source({"mini": bank})
    assert isinstance(source, BanksInMemory) and list(source) == ["mini"] and source["mini"] is bank
    assert source.header("mini") is bank and source.question_ids("mini") == [q.id for q in bank.questions]
    assert source.question(CardKey("mini", "q-date")) is bank.question("q-date")
    assert source.question(CardKey("mini", "nope")) is None and not source.has_question(CardKey("other", "q-date"))
    assert question_source(source) is source


def test_the_shelf_is_a_question_source_kept_as_it_is():
    shelf = BankShelf([])
    assert isinstance(shelf, QuestionSource) and question_source(shelf) is shelf
