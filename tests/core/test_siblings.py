"""What makes two questions siblings, read from real questions of the bundled bank."""

from __future__ import annotations

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.siblings import marks, one_per_group, sentences, spread
from tests.conftest import GENEVA


@pytest.fixture(scope="module")
def bank():
    return load_bank(GENEVA).bank


def test_sentences_ignore_case_quotes_and_spacing():
    assert sentences("He said: “It won’t happen quickly.”  Then he left!") == \
        ["he said it won t happen quickly", "then he left"]
    assert sentences("") == []


def test_a_quote_its_cloze_and_a_true_false_on_the_sentence_are_siblings(bank):
    quote, cloze, tf = (marks(bank.question(q)) for q in
                        ("quote-blinken-difficult-issues", "cloze-blinken-quickly", "tf-blinken-expects-quick-solution"))
    assert quote & cloze and cloze & tf and quote & tf
    assert not quote & marks(bank.question("typed-talks-city"))


def test_an_excerpt_of_several_sentences_is_a_sibling_of_each(bank):
    match = marks(bank.question("match-people-offices"))
    assert match & marks(bank.question("typed-role-lavrov"))       # its last sentence
    assert match & marks(bank.question("quote-biden-heavy-price"))  # its first


def test_the_same_prompt_in_two_banks_is_one_question():
    class Q:
        source, prompt = "One sentence.", "Who is it?"

    class R:
        source, prompt = "Another sentence.", "who is it"

    assert marks(Q()) & marks(R())
    assert marks(None) == frozenset()


def test_one_per_group_keeps_the_first_of_each_family_and_respects_taken_marks():
    m = {"a1": {"A"}, "a2": {"A"}, "b1": {"B"}, "ab": {"A", "B"}, "c1": {"C"}}
    kept, buried = one_per_group(["a1", "a2", "b1", "ab", "c1"], lambda k: frozenset(m[k]))
    assert (kept, buried) == (["a1", "b1", "c1"], ["a2", "ab"])
    kept, _ = one_per_group(["a1", "b1", "c1"], lambda k: frozenset(m[k]), taken={"B"}, limit=1)
    assert kept == ["a1"]


def test_spread_keeps_siblings_apart_where_it_can():
    m = {"a1": {"A"}, "a2": {"A"}, "a3": {"A"}, "b1": {"B"}, "c1": {"C"}}
    assert spread(["a1", "a2", "b1", "a3", "c1"], lambda k: frozenset(m[k])) == ["a1", "b1", "a2", "c1", "a3"]
    assert spread(["a1", "a2"], lambda k: frozenset(m[k])) == ["a1", "a2"]
