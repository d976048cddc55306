"""A body whose name ends in a word that is also a title ("Patients First", "Forward Together") is a party where
the article calls it a body; a story where one side alone holds a position still asks it; and an "its" the question
gives no owner is not asked (issue 14, points 1, 4 and 6). Articles written for these tests; every name is
invented."""

from datetime import date

from studyapp.core.generate.checks import party_in
from studyapp.core.generate.kinds import named_as_body
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.pronouns import unmet_its
from tests.core.generate.conftest import article

STUDY = article("\n\n".join([
    "People who swim twice a week are about 15% less likely to suffer a fall in later life, according to a study "
    "of 12,000 adults published on Monday.",
    "The research, led by scientists at the University of Brackenmoor, followed volunteers aged over 60 for six "
    "years.",
    'Dr Oona Pettigrew, who led the study, said the results were "a reason to keep pools open". "A pool is '
    'cheaper than a broken hip," she said.',
    "The charity Patients First, which part-funded the research, wants the government to keep every public pool "
    "open through the winter.",
    'Its director, Lowri Caddick, said closing pools to save money was "a false economy".',
    "The Department of Leisure said it would consider the findings as part of its review of sports funding, which "
    "is due to report in the autumn.",
]), "Swimming twice a week cuts falls by 15%, study finds")


def test_a_body_the_article_calls_one_is_a_party_whatever_its_last_word():
    assert named_as_body("Patients First", STUDY)
    assert party_in("Patients First", STUDY)
    assert not named_as_body("Brackenmoor", STUDY)
    assert named_as_body("Forward Together", "Forward Together, the largest opposition party, wants it frozen.")
    assert not named_as_body("Kelsby", "She died at her home in Kelsby, the town where the company began.")


def test_the_one_side_holding_a_position_is_asked_what_it_wants():
    bank, _ = generate_bank(STUDY, published=date(2026, 2, 11))
    asked = [(q.get("prompt", ""), str(q.get("answer", ""))) for q in bank["questions"]]
    assert any("Patients First" in p and "keep every public pool open" in a.lower() for p, a in asked), asked


def test_an_its_with_no_owner_in_the_question_is_not_asked():
    assert unmet_its("In what year is part of its review of sports funding due to report?") == "its"
    assert unmet_its("On what date will the council publish its review?") == ""
    assert unmet_its("In what year did Patients First change its name?") == ""
    assert unmet_its("Which side wants its members to strike?") == ""
    bank, _ = generate_bank(STUDY, published=date(2026, 2, 11))
    assert not any(q.get("prompt", "").startswith("In what year is part of its review") for q in bank["questions"])
