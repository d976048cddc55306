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
