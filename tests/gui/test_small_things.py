"""Small things a careful app gets right (issue 20, point 10), each through the real widgets."""

from __future__ import annotations

from studyapp.gui.feedback_view import Feedback, FeedbackView


def test_no_mark_doubles_after_a_closing_quote_in_the_question_or_the_source(qtbot, mini):
    from studyapp.core.bank import choices_of
    from studyapp.gui.study_view import StudyView

    view = StudyView()
    qtbot.addWidget(view)
    bank = mini.bank
    quote = bank.question("q-quote")  # “We will build the bridge by 2024.”
    view.show_question(bank, quote, choices_of(bank, quote))
    assert view.question_text.text() == "Who said: “We will build the bridge by 2024”?"
    fb = FeedbackView()
    qtbot.addWidget(fb)
    fb.show_feedback(Feedback(correct=True, expected="Antony Blinken",
                              source="Mr Blinken said: “These are difficult issues we are facing and resolving "
                                     "them won’t happen quickly.”"))
    assert "””" not in fb.source.text() and "quickly.’”" in fb.source.text()
