"""The statistics page's most-failed list shows each question's answer as the rest of the app writes it."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from studyapp.gui.stats_view import StatsView, stats_loader
from studyapp.gui.workers import Background
from tests.helpers.reviews import answer_timed

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_a_failed_order_question_shows_its_items_in_order(qtbot, mini_progress, now):
    # The answer of an order question has parts; the detail pane escaped it as text and raised on the list.
    for d in range(3):
        answer_timed(mini_progress, "q-order", 1, now - timedelta(days=d, hours=1))
    view = StatsView(stats_loader(mini_progress, 4, timezone.utc, lambda: now), Background())
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.error is not None or (view.data is not None and bool(view.data.texts)), timeout=60000)
    assert view.error is None
    view.failed.setCurrentItem(view.failed.topLevelItem(0))
    assert "Answer: The council met → The article was published → The bridge is due" in view.failed_detail.text()
