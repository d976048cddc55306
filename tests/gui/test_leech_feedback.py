"""The feedback under a leech's answer suggests re-reading its paragraph instead of drilling it."""

from __future__ import annotations

from datetime import timedelta

from tests.gui.helpers import answer_right
from tests.helpers.reviews import answer_timed


def test_a_leech_gets_the_re_read_advice(window, qtbot, now):
    progress = window.library.progress
    t = now - timedelta(days=400)
    answer_timed(progress, "q-quote", 4, t)  # Easy: straight to review
    for _ in range(8):
        t += timedelta(days=30)
        answer_timed(progress, "q-quote", 1, t)  # forgotten: a lapse
        t += timedelta(minutes=10)
        answer_timed(progress, "q-quote", 3, t)
    window.start_study("mini")
    seen = []
    for _ in range(10):  # the leech is due, so it comes up among the first questions
        qid = window.study.session.current.key.question_id
        answer_right(qtbot, window)
        advice = window.study_view.feedback.advice
        seen.append((qid, advice.isVisibleTo(window), advice.text()))
        if qid == "q-quote":
            break
        qtbot.keyClick(window.study_view.feedback, "3")
    *others, (qid, visible, text) = seen
    assert qid == "q-quote" and visible
    assert "forgotten this question 8 times" in text and "re-read its paragraph" in text
    assert others and not any(v for _, v, _ in others)  # ordinary questions: no advice
