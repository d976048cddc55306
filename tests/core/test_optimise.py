"""The optimiser on a synthetic history drawn from known parameters, and the workload simulator."""

from __future__ import annotations

import random
from datetime import date, datetime, timezone

import pytest

from studyapp.core.insight import ReviewEvent
from studyapp.core.optimise import (
    OptimiserError, default_parameters, evaluate, histories_from_events, items_from_histories, optimise, workload,
)
from tests.helpers.histories import TRUE, synthetic_history


@pytest.fixture(scope="module")
def fitted():
    history = synthetic_history(300, 365, random.Random(7))
    return history, optimise(history)


def test_fitted_parameters_predict_the_history_better_than_the_defaults(fitted):
    history, result = fitted
    assert result.reviews == sum(len(h) for h in history) and result.reviews > 3000
    assert len(result.parameters) == 21 and result.defaults == default_parameters()
    assert result.better and result.log_loss_after < result.log_loss_before - 0.005
    assert 0 < result.improvement < 1
    # As good as the parameters the history was drawn from (the fit may even overfit a little).
    true_loss, _ = evaluate(TRUE, items_from_histories(history))
    assert result.log_loss_after <= true_loss + 0.002


def test_fitted_parameters_also_beat_the_defaults_on_unseen_answers(fitted):
    _, result = fitted
    unseen = items_from_histories(synthetic_history(200, 365, random.Random(11)))
    assert evaluate(result.parameters, unseen)[0] < evaluate(result.defaults, unseen)[0]


def test_too_little_history_is_refused_with_advice():
    with pytest.raises(OptimiserError, match="at least 400 answers; there are 3"):
        optimise([[(date(2022, 1, 1), 3), (date(2022, 1, 3), 3), (date(2022, 1, 9), 1)]])


def test_histories_group_by_question_and_study_day():
    utc = timezone.utc
    events = [ReviewEvent("b", "q", "t", datetime(2022, 1, 2, 3, tzinfo=utc), 3, 1),  # 03:00 -> the 1st
              ReviewEvent("b", "q", "t", datetime(2022, 1, 1, 20, tzinfo=utc), 1, 0),
              ReviewEvent("b", "r", "t", datetime(2022, 1, 5, 12, tzinfo=utc), 3, 2)]  # started before the log
    assert histories_from_events(events, 4, utc) == [[(date(2022, 1, 1), 1), (date(2022, 1, 1), 3)]]
    # Same-day answers make no item; the answer 5 days later does, carrying the whole history.
    items = items_from_histories([[(date(2022, 1, 1), 1), (date(2022, 1, 1), 3), (date(2022, 1, 6), 3)]])
    assert len(items) == 1 and len(items[0].reviews) == 3


def test_workload_falls_with_lower_desired_retention():
    loads = workload(default_parameters(), [0.8, 0.9, 0.95], deck_size=200, new_per_day=20, days=120)
    reviews = [w.reviews_per_day for w in loads]
    assert reviews[0] < reviews[1] < reviews[2]
    assert all(w.minutes_per_day > 0 and 0 < w.memorised <= 200 for w in loads)
    assert workload(default_parameters(), [0.9], deck_size=0, new_per_day=20)[0].reviews_per_day == 0
