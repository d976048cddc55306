"""Progress.reset_cards: an edited question the student chose to start again."""

from __future__ import annotations

from studyapp.core.records import CardKey
from studyapp.core.scheduling import Stage


def test_reset_cards_makes_the_questions_new_and_keeps_their_history(studied):
    before_other = studied.card_state(CardKey("mini", "q-tf"))
    assert studied.card_state(CardKey("mini", "q-choice")).reps == 1

    assert studied.reset_cards("mini", ["q-choice", "q-quote"]) == 2

    for qid in ("q-choice", "q-quote"):
        state = studied.card_state(CardKey("mini", qid))
        assert (state.stage, state.reps, state.due, state.stability) == (Stage.NEW, 0, None, None)
        assert len(studied.reviews(CardKey("mini", qid))) == 1  # the answer given is still in the history
    assert studied.card_state(CardKey("mini", "q-tf")) == before_other  # the others are left alone


def test_reset_cards_of_nothing_or_another_bank_changes_nothing(studied):
    assert studied.reset_cards("mini", []) == 0
    assert studied.reset_cards("other-bank", ["q-choice"]) == 0
    assert studied.card_state(CardKey("mini", "q-choice")).reps == 1
