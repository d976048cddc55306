"""The card's stages, ratings, state and thresholds are defined once and shared by every layer."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from studyapp.core import card, insight, records, scheduling
from studyapp.core.card import LEARNING_STAGES, STAGE_NAMES, CardState, Rating, Stage
from studyapp.storage import history

PACKAGE = Path(__file__).resolve().parents[2] / "studyapp"


def test_stages_and_ratings_match_fsrs_and_anki():
    import fsrs

    assert [(s.name, int(s)) for s in Stage] == [("NEW", 0), ("LEARNING", 1), ("REVIEW", 2), ("RELEARNING", 3)]
    assert all(fsrs.State(int(s)).name.upper() == s.name for s in Stage if s != Stage.NEW)
    assert [int(r) for r in Rating] == [int(r) for r in fsrs.Rating] == [1, 2, 3, 4]
    assert STAGE_NAMES == {0: "new", 1: "learning", 2: "review", 3: "relearning"}
    assert LEARNING_STAGES == (1, 3) and Rating.EASY.label == "Easy"


def test_every_layer_uses_the_same_objects():
    assert scheduling.Stage is Stage and scheduling.Rating is Rating and scheduling.CardState is CardState
    assert records.CardState is CardState
    assert insight.MATURE_DAYS is card.MATURE_DAYS and insight.LEECH_THRESHOLD is history.LEECH_THRESHOLD
    assert insight.CardInfo("b", "q", "t").state == CardState()


def test_the_stage_and_the_thresholds_are_defined_in_one_module():
    """No second `MATURE_DAYS = 21`, no `NEW, LEARNING, ... = 0, 1, 2, 3` or `AGAIN, HARD, ...`, no second enum."""
    twice = re.compile(r"^(MATURE_DAYS|LEECH_THRESHOLD|LEECH_LAPSES|STAGE_NAMES)\s*=\s*[\d{]|^(NEW\s*,\s*LEARNING|AGAIN\s*,\s*HARD)"
                       r"|^class (Stage|Rating|CardState)\b", re.MULTILINE)
    found = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if twice.search(p.read_text(encoding="utf-8"))}
    assert found == {"core/card.py"}


def test_a_card_state_round_trips_through_json_in_utc():
    state = CardState(Stage.REVIEW, None, 12.5, 4.2, datetime(2022, 2, 2, tzinfo=timezone.utc),
                      datetime(2022, 1, 21, 12, tzinfo=timezone.utc), 3, 1)
    assert CardState.from_json(state.to_json()) == state
    assert state.scheduled_days == 12 and not state.is_new and CardState().is_new


def test_no_stage_is_a_bare_number_in_a_query():
    """SQL names a stage through `Stage` (f"c.stage = {Stage.NEW:d}"), never as 0-3 typed by hand."""
    bare = re.compile(r"stage(_before|_after)?\s*(=|==|!=|<>|IN)\s*\(?\d", re.IGNORECASE)
    found = [f"{p.relative_to(PACKAGE)}:{n}" for p in sorted(PACKAGE.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if bare.search(line)]
    assert found == []


def test_the_answers_quick_builders_make_what_the_dataclasses_make():
    """Issue 18: the rated state and the review record are built without the frozen dataclasses' __init__
    (`card.built_state`, `records.built_review`) and ratings read from a table (`card.rating_of`); each
    gives exactly what the class gives (fields, ==, hash, repr, dataclasses.replace), and a field added to
    either class fails here until its builder sets it."""
    import dataclasses
    import random
    from datetime import timedelta

    rng = random.Random(18)
    now = datetime(2026, 5, 4, 12, 0, 0, 123_456, tzinfo=timezone.utc)
    assert [f.name for f in dataclasses.fields(CardState)] == \
        ["stage", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses"]
    assert [f.name for f in dataclasses.fields(records.ReviewRecord)] == \
        ["key", "reviewed_at", "rating", "before", "after", "answer", "correct", "score", "duration_ms"]
    for _ in range(200):
        values = (rng.choice(list(Stage)), rng.choice([None, 0, 1]), rng.choice([None, rng.random() * 90]),
                  rng.choice([None, rng.random() * 10]), rng.choice([None, now + timedelta(days=rng.random())]),
                  rng.choice([None, now]), rng.randrange(50), rng.randrange(9))
        made, built = CardState(*values), card.built_state(*values)
        assert type(built) is CardState and built == made and hash(built) == hash(made) and repr(built) == repr(made)
        assert dataclasses.replace(built, reps=99) == dataclasses.replace(made, reps=99)
        fields = (records.CardKey("b", f"q{rng.randrange(9)}"), now, rng.choice(list(Rating)), CardState(), made,
                  rng.choice(["", "an answer"]), rng.choice([None, True, False]), rng.choice([None, 0.5]),
                  rng.choice([None, 4000]))
        rec, quick = records.ReviewRecord(*fields), records.built_review(*fields)
        assert type(quick) is records.ReviewRecord and quick == rec and repr(quick) == repr(rec)
    for value in (1, 2, 3, 4, Rating.GOOD, True, 3.0):
        assert card.rating_of(value) is Rating(value)
    for value in (0, 5, "3", None, [1]):
        try:
            Rating(value)
        except Exception as exc:  # noqa: BLE001 - whatever Rating raises, rating_of raises too
            expected = type(exc)
        try:
            card.rating_of(value)
        except Exception as exc:  # noqa: BLE001
            assert type(exc) is expected
        else:
            raise AssertionError(f"rating_of({value!r}) did not raise")
