"""The feedback panel fits a narrow window: its lines wrap rather than set the panel's width."""

from __future__ import annotations

from studyapp.gui.feedback_view import FeedbackView, verdict_text


def test_the_rating_hint_wraps_so_a_narrow_window_does_not_scroll_sideways(qtbot):
    fb = FeedbackView()
    qtbot.addWidget(fb)
    one_line = fb.rate_label.fontMetrics().horizontalAdvance(fb.rate_label.text())
    assert fb.minimumSizeHint().width() < one_line


def test_the_self_graded_verdict_wraps_too(qtbot):
    fb = FeedbackView()
    qtbot.addWidget(fb)
    fb.verdict.setText(verdict_text(None, 0.0)[0])
    one_line = fb.verdict.fontMetrics().horizontalAdvance(fb.verdict.text())
    assert fb.verdict.minimumSizeHint().width() < one_line
