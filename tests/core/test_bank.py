"""The bank models: what a student is shown, and the content hash that keeps progress across updates."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from studyapp.core.bank import (
    DateQuestion,
    TypedQuestion,
    answer_of,
    choices_of,
    format_date,
    prompt_of,
)
from studyapp.core.loader import load_bank


@pytest.mark.parametrize("value, shown", [("2022-01-21", "21 January 2022"), ("2022-02", "February 2022"), ("2015", "2015")])
def test_format_date(value, shown):
    assert format_date(value) == shown


def test_date_precision_comes_from_the_answer():
    q = DateQuestion(id="d", type="date", topic="dates", prompt="When?", answer="2022-02", explanation="e", source="s")
    assert q.resolved_precision == "month"
    with pytest.raises(ValidationError, match="does not have the precision 'day'"):
        DateQuestion(id="d", type="date", topic="dates", prompt="When?", precision="day", answer="2022-02",
                     explanation="e", source="s")
    with pytest.raises(ValidationError, match="not a real date"):
        DateQuestion(id="d", type="date", topic="dates", prompt="When?", answer="2022-02-30", explanation="e", source="s")


def test_cloze_hides_its_gap_and_is_the_answer():
    q = TypedQuestion(id="t", type="typed", topic="context", prompt="Talks in {{Geneva}} on Friday", explanation="e",
                      source="s")
    assert q.is_cloze and q.expected == "Geneva" and q.shown_prompt == "Talks in _____ on Friday"
    with pytest.raises(ValidationError, match="one \\{\\{gap\\}\\}"):
        TypedQuestion(id="t", type="typed", topic="context", prompt="{{a}} and {{b}}", explanation="e", source="s")
    with pytest.raises(ValidationError, match="required: an `answer`"):
        TypedQuestion(id="t", type="typed", topic="context", prompt="Where?", explanation="e", source="s")


def test_display_of_each_type(mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    q = {x.id: x for x in bank.questions}
    assert prompt_of(bank, q["q-quote"]) == "Who said: “We will build the bridge by 2024”?"
    assert choices_of(bank, q["q-match"]) == ["Alice Smith", "Bob Jones"]
    assert choices_of(bank, q["q-order"]) == sorted(q["q-order"].items)
    assert answer_of(bank, q["q-flash"]) == "The cost of the plan"
    assert q["q-tf"].true_false and not q["q-choice"].true_false
    assert q["q-flash"].self_graded and not q["q-typed"].self_graded


def test_content_hash_changes_only_with_content(mini_bank_path):
    bank = load_bank(mini_bank_path).bank
    q = bank.questions[1]
    same = type(q).model_validate(q.model_dump())
    changed = type(q).model_validate({**q.model_dump(), "explanation": "Reworded."})
    assert q.content_hash() == same.content_hash()
    assert q.content_hash() != changed.content_hash()


def test_reported_speech_is_not_shown_as_a_quotation(mini_bank_path):
    from studyapp.core.bank import QuoteQuestion

    bank = load_bank(mini_bank_path).bank
    q = QuoteQuestion(id="r", type="quote", topic="who-said-what", quote="the plan was too expensive.",
                      speaker="Bob Jones", reported=True, explanation="e", source="s")
    assert prompt_of(bank, q) == "Who said that the plan was too expensive?"


def test_who_said_keeps_one_mark_after_the_closing_quote():
    from studyapp.core.bank import quoted, who_said

    assert who_said("resolving them won’t happen quickly.") == "Who said: “resolving them won’t happen quickly”?"
    assert who_said("Will you come?") == "Who said: “Will you come?”"
    assert who_said("“We will.”") == "Who said: “We will”?"
    assert quoted("Mr Blinken said: “It won’t happen quickly.”") == "“Mr Blinken said: ‘It won’t happen quickly.’”"


def test_match_lefts_are_compared_as_stored():
    """'0' and '0\\x1c' become the same left item once stripped; the model refused neither before,
    and kept a bank its own loader then refused (found by the GIFT round-trip property)."""
    import pydantic

    from studyapp.core.bank import MatchQuestion

    with pytest.raises(pydantic.ValidationError, match="left item '0' appears twice"):
        MatchQuestion(id="m", type="match", topic="context", explanation="e", source="s", prompt="p",
                      pairs=[["0", "a"], ["0\x1c", "b"]])
