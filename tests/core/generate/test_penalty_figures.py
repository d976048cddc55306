"""A penalty's sum is asked even when its reason holds another figure ("fined X £6m for selling loans to 40,000
customers"): the reason, a "for …ing" or "over …ing" phrase, is left out of the question. Sentences invented."""

import pytest

from studyapp.core.generate.figures import figures_in, how_question


@pytest.mark.parametrize("sentence, value, question", [
    ("The Consumer Finance Authority (CFA) has fined Tallowmere Bank £6m for selling high-interest loans to 40,000 "
     "customers who could not afford them.", "£6m", "How much has the Consumer Finance Authority fined Tallowmere Bank?"),
    ("The court fined Dunmore Haulage £250,000 for breaching safety rules on 14 occasions.", "£250,000",
     "How much did the court fine Dunmore Haulage?"),
    ("The league fined Carrow Athletic £80,000 over fielding 3 ineligible players.", "£80,000",
     "How much did the league fine Carrow Athletic?"),
])
def test_a_penalty_is_asked_without_its_reason(sentence, value, question):
    fig = next(f for f in figures_in(sentence) if f.value == value)
    assert how_question(sentence, fig) == question


def test_the_reasons_own_figure_is_not_asked_as_the_penalty():
    s = "The court fined Dunmore Haulage £250,000 for breaching safety rules on 14 occasions."
    fig = next(f for f in figures_in(s) if f.value == "14")
    assert how_question(s, fig) is None
