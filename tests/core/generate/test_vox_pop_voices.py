"""Voices of the street after a report's "opinions were divided" (issue 14: a vox-pop interviewee's name and words
asked are trivia): "… said Kira Dunne, 34." (the age before a full stop), "Student Pia Lands, 19, said …" (a lay role
that is also a role word), and a true/false statement made of a passer-by's words. Invented article."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.passers import about_passer_by, passers_by
from studyapp.core.generate.pipeline import generate_bank
from tests.core.generate.conftest import article

STORY = (
    "Calderbridge council will vote on 20 May on a plan to close Marlow Street to cars for a trial year. Councillor "
    "Imelda Rusk, who leads the transport committee, said the change would make the town centre safer. \"We have had "
    "three serious collisions on that street in two years, and that has to stop,\" she said.\n\n"
    "The Chamber of Trade opposes the trial. Its chair, Howard Pellow, said shops would lose passing trade. \"Our "
    "members depend on people who pull up for five minutes, and the plan takes them away,\" he said.\n\n"
    "On Marlow Street on Saturday, opinions were divided.\n\n"
    "\"I think it's brilliant. I can finally walk with the pram without breathing fumes,\" said Kira Dunne, 34.\n\n"
    "Student Pia Landsman, 19, said she would cycle more. \"It would be nice to have a street where you can actually "
    "hear yourself talk,\" she said.\n\n"
    "The council's consultation closes on 12 May.")


def test_the_voices_after_opinions_were_divided_are_passers_by():
    street = passers_by(extract(article(STORY, "Town split over Marlow Street")))
    assert {"Kira Dunne", "Pia Landsman"} <= street
    assert not street & {"Imelda Rusk", "Howard Pellow"}


def test_no_question_is_answered_by_a_passer_by():
    bank, _ = generate_bank(article(STORY, "Town split over Marlow Street"), published=date(2026, 5, 4))
    for q in bank["questions"]:
        assert q.get("speaker") not in ("Kira Dunne", "Pia Landsman") and q.get("answer") not in ("Kira Dunne",
                                                                                                  "Pia Landsman")


def test_a_statement_made_of_a_passer_bys_words_is_about_her():
    q = {"type": "choice", "prompt": "True or false: Imelda Rusk said that she would cycle more.", "answer": "False",
         "source": "Student Pia Landsman, 19, said she would cycle more."}
    assert about_passer_by(q, {"Pia Landsman"})
    assert not about_passer_by(q, {"Kira Dunne"})
