"""The card table's rows <-> `core.card.CardState`: the columns every card query selects, written once.

Each query that reads cards (the queue in `progress`, the day plan's grouped reads in
`day_queries`, the statistics in `history`) names its own statement from these parts, so no
statement is made by cutting up another one, and a column added to the state is added here.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.card import CardState, Stage
from studyapp.core.utc_text import parse_utc, utc_text

# A card's state, in CardState's order (times as the card table keeps them: UTC text).
STATE_COLUMNS = ("card.stage, card.step, card.stability, card.difficulty, card.due, card.last_review, card.reps, "
                 "card.lapses")
# A card with its question's ids: its rows carry (bank id, question id) for a CardKey.
CARD_JOIN = "FROM card JOIN question ON question.id = card.question"

# One card's state by its key (the answer path's read when a state is not carried).
STATE_BY_KEY = f"SELECT {STATE_COLUMNS} {CARD_JOIN} WHERE question.bank_id = ? AND question.question_id = ?"

# Writing a state back: the card's columns in the order of `state_params`.
UPDATE_BY_PK = ("UPDATE card SET stage = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                "scheduled_days = ?, reps = ?, lapses = ? WHERE question = ?")


def state_from_row(row: Sequence) -> CardState:
    """CardState from the eight STATE_COLUMNS of a row."""
    stage, step, stability, difficulty, due, last_review, reps, lapses = row
    return CardState(stage=Stage(stage), step=step, stability=stability, difficulty=difficulty,
                     due=parse_utc(due), last_review=parse_utc(last_review), reps=reps, lapses=lapses)


def state_params(state: CardState) -> tuple:
    """The values of UPDATE_BY_PK before the question's key."""
    return (int(state.stage), state.step, state.stability, state.difficulty,
            utc_text(state.due) if state.due else None, utc_text(state.last_review) if state.last_review else None,
            state.scheduled_days, state.reps, state.lapses)


def in_list(n: int) -> str:
    """`?, ?, ...` for an IN list of n values."""
    return ", ".join("?" * n)


__all__ = ["CARD_JOIN", "STATE_BY_KEY", "STATE_COLUMNS", "UPDATE_BY_PK", "in_list", "state_from_row", "state_params"]
