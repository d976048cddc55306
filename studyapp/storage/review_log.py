"""The review log's rows <-> core types: the card state a review keeps, and the one it does not.

A review row holds the card's state after it as typed columns (`tables.ReviewRow`) and times as
whole milliseconds. The state before is derived, never stored: a review whose `stage_before` is
NEW was given to a new card (a first answer, or the first after a reset), so its state before is
`CardState()`; any other review's state before is the state after the question's previous review
(by id, the order undo goes back in). That halves what a review costs on disk, and it is what
undo restores. Every reader and writer of those columns goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date as _date
from datetime import datetime

from studyapp.core.card import CardState, Rating, Stage
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.utc_text import EPOCH, UTC, parse_ms, utc_ms

# The state-after columns, in CardState's order; `reviewed_at` first, since last_review NULL means it.
STATE_COLUMNS = "reviewed_at, stage, step, stability, difficulty, due, last_review, reps, lapses"
_INSERT_COLUMNS = ("question, bank_id, reviewed_at, rating, correct, score, answer, duration_ms, stage_before, "
                   "stage, step, stability, difficulty, due, last_review, reps, lapses")

# A review whose question's primary key is known (each answer, once its question is found; reviews pulled
# from the class hub).
INSERT_BY_PK = f"INSERT INTO review ({_INSERT_COLUMNS}) VALUES ({', '.join('?' * 17)})"

# The state after the question's review before review ?, if any (by id).
_PREVIOUS = (f"SELECT {STATE_COLUMNS} FROM review WHERE question = ? AND id < ? ORDER BY id DESC LIMIT 1")


def row_values(reviewed_at: datetime, rating: int, correct: bool | None, score: float | None, answer: str,
               duration_ms: int | None, before_stage: int, after: CardState) -> tuple:
    """The values of a row after (question, bank_id), in `_INSERT_COLUMNS`' order."""
    at = utc_ms(reviewed_at)
    return (at, int(rating), correct, score, answer, duration_ms, int(before_stage), *state_values(at, after))


def state_values(at: int, after: CardState) -> tuple:
    """The state-after columns (STATE_COLUMNS but reviewed_at) of a review made at `at` (ms)."""
    last = utc_ms(after.last_review) if after.last_review is not None else None
    return (int(after.stage), after.step, after.stability, after.difficulty,
            utc_ms(after.due) if after.due is not None else None, None if last == at else last, after.reps,
            after.lapses)


_DAY_MS, _MINUTE_MS = 86_400_000, 60_000
_UNSCHEDULED = (Stage.NEW, Stage.LEARNING, Stage.RELEARNING)  # CardState.scheduled_days is 0 in these
_EPOCH_ORDINAL = EPOCH.toordinal()
# The pieces of `utc_text`'s "YYYY-MM-DD HH:MM:SS.ffffff" for a moment in whole milliseconds: each day's
# date (made when first needed), each minute of the day's " HH:MM:", each second's "SS" and each
# millisecond's ".mmm000".
_DAY_TEXT: dict[int, str] = {}
_MINUTE_TEXT = tuple(f" {m // 60:02d}:{m % 60:02d}:" for m in range(24 * 60))
_SECOND_TEXT = tuple(f"{s:02d}" for s in range(60))
_MS_TEXT = tuple(f".{ms:03d}000" for ms in range(1000))


def _cut(moment: datetime | None) -> tuple[int | None, str | None]:
    """A moment cut to the millisecond: (ms since 1970 as `utc_ms` gives it, the card row's text of the
    cut moment as `utc_text` gives it), from whole numbers and kept pieces of text (datetime's replace
    and isoformat were most of an answer's own Python)."""
    if moment is None:
        return None, None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: studyapp stores UTC datetimes only")
    since = moment - EPOCH  # an aware moment of any zone: its UTC
    ms = since.days * _DAY_MS + since.seconds * 1000 + since.microseconds // 1000
    day, in_day = divmod(ms, _DAY_MS)
    date = _DAY_TEXT.get(day)
    if date is None:
        if len(_DAY_TEXT) >= 4096:  # the days of a sitting's answers and due times, not every one ever seen
            _DAY_TEXT.clear()
        date = _DAY_TEXT[day] = _date.fromordinal(_EPOCH_ORDINAL + day).isoformat()
    minute, in_minute = divmod(in_day, _MINUTE_MS)
    second, milli = divmod(in_minute, 1000)
    return ms, date + _MINUTE_TEXT[minute] + _SECOND_TEXT[second] + _MS_TEXT[milli]


def answer_values(reviewed_at: datetime, rating: int, correct: bool | None, score: float | None, answer: str,
                  duration_ms: int | None, before_stage: int, after: CardState) -> tuple[tuple, tuple]:
    """One answer's review row (the values after question, bank_id) and its card's new state (the values
    of `card_rows.UPDATE_BY_PK` before the question's key): exactly `row_values(..., to_the_ms(after))`
    and `card_rows.state_params(to_the_ms(after))`, with each time cut and converted once and no cut
    state built (the answer's own CPU: those three made ~a sixth of it). The answer's moment is cut once
    when it is also the state's last review, as every rating's is. `correct` goes in as the integer
    SQLite keeps for it: a bool is bound through the sqlite3 module's adapter lookup, whose failed
    attribute lookups format two error messages per answer."""
    if reviewed_at.tzinfo is None:
        raise ValueError("naive datetime: studyapp stores UTC datetimes only")
    due, due_text = _cut(after.due)
    moment = after.last_review
    last, last_text = _cut(moment)
    at = last if moment is reviewed_at or moment == reviewed_at else _cut(reviewed_at)[0]
    stage, step, stability, difficulty, reps, lapses = \
        int(after.stage), after.step, after.stability, after.difficulty, after.reps, after.lapses
    review = (at, int(rating), None if correct is None else int(correct), score, answer, duration_ms,
              int(before_stage), stage, step, stability, difficulty, due, None if last == at else last, reps, lapses)
    # CardState.scheduled_days of the cut state: whole milliseconds apart, so the same quotient as its timedeltas'.
    days = 0 if due is None or last is None or stage in _UNSCHEDULED else max(0, round((due - last) / _DAY_MS))
    card = (stage, step, stability, difficulty, due_text, last_text, days, reps, lapses)
    return review, card


def to_the_ms(state: CardState) -> CardState:
    """The state with its times cut to whole milliseconds, as the log keeps them: the card row is
    written from this, so a card always equals its latest review's state after (what undo and the
    class hub's replay rely on)."""
    due, last = state.due, state.last_review
    if (due is None or not due.microsecond % 1000) and (last is None or not last.microsecond % 1000):
        return state
    return replace(state, due=due and due.replace(microsecond=due.microsecond // 1000 * 1000),
                   last_review=last and last.replace(microsecond=last.microsecond // 1000 * 1000))


def state_after(row: Sequence) -> CardState:
    """CardState from a row of STATE_COLUMNS."""
    at, stage, step, stability, difficulty, due, last, reps, lapses = row
    return CardState(stage=Stage(stage), step=step, stability=stability, difficulty=difficulty, due=parse_ms(due),
                     last_review=parse_ms(at if last is None else last), reps=reps, lapses=lapses)


def state_before(conn, question_pk: int, review_id: int, stage_before: int) -> CardState:
    """The card's state before review `review_id`: what undoing it restores."""
    if stage_before == Stage.NEW:
        return CardState()
    row = conn.exec_driver_sql(_PREVIOUS, (question_pk, review_id)).first()
    return CardState() if row is None else state_after(row)


def with_states_before(rows: Iterable[tuple[int, Sequence]]) -> list[tuple[CardState, CardState]]:
    """(before, after) for one question's reviews given in id order as (stage_before, STATE_COLUMNS row)."""
    out, previous = [], CardState()
    for stage_before, row in rows:
        after = state_after(row)
        out.append((CardState() if stage_before == Stage.NEW else previous, after))
        previous = after
    return out


_HISTORY = ("SELECT rating, answer, correct, score, duration_ms, stage_before, " + STATE_COLUMNS +
            " FROM review WHERE question = ? ORDER BY id")


def question_history(conn, key: CardKey, question_pk: int) -> list[ReviewRecord]:
    """A question's reviews, oldest first, each with its state before and after."""
    rows = conn.exec_driver_sql(_HISTORY, (question_pk,)).all()
    states = with_states_before((r[5], r[6:]) for r in rows)
    return [ReviewRecord(key=key, reviewed_at=parse_ms(r[6]),
                         rating=Rating(r[0]), before=before, after=after, answer=r[1],
                         correct=None if r[2] is None else bool(r[2]), score=r[3], duration_ms=r[4])
            for r, (before, after) in zip(rows, states)]


__all__ = ["INSERT_BY_PK", "STATE_COLUMNS", "answer_values", "question_history", "row_values",
           "state_after", "state_before", "state_values", "to_the_ms", "with_states_before"]
