"""Speakers in styles of unseen articles (issue 14, invented14): an exchange of questions and answers in
quotation paragraphs with no tag (cross-examination, a press conference), a name after an opening clause that
holds its pronoun ("Before he opens up, Ivo Brannagh climbs …"). Articles written for these tests; every name is
invented."""

from tests.core.generate.conftest import speakers


def test_an_untagged_answer_after_a_question_is_the_one_asked():
    body = ('Questioned by Wilma Trask-Odell for the prosecution, the driver, Casimir Oyelade-Munt, said the brakes had '
            'felt "soft for weeks".\n\n"Did you tell anyone?" Ms Trask-Odell asked.\n\n'
            '"I told the depot. Twice, in writing."\n\n"And what did the depot do?"\n\n'
            '"Nothing that I ever saw."')
    assert speakers(body) == ["Casimir Oyelade-Munt", "Wilma Trask-Odell", "Casimir Oyelade-Munt",
                              "Wilma Trask-Odell", "Casimir Oyelade-Munt"]


def test_an_untagged_line_after_a_reply_is_the_other_side_again():
    body = ('Cross-examining, Fergus Lamb-Addo put it to the driver, Casimir Oyelade-Munt, that he had been '
            'speeding. "You were late and you were in a hurry, were you not?" he said.\n\n'
            '"That is not true," Oyelade-Munt replied.\n\n"You had two deliveries left and an hour to do them."\n\n'
            '"I had all afternoon."')
    assert speakers(body) == ["Fergus Lamb-Addo", "Casimir Oyelade-Munt", "Fergus Lamb-Addo", "Casimir Oyelade-Munt"]


def test_a_pressed_question_is_answered_by_the_one_who_answered_before():
    body = ('The chief executive, Hortensia Valdane-Ruiz, took questions on Monday.\n\n'
            '"Every customer will get a refund," said Valdane-Ruiz.\n\n'
            'The next question came from Rufus Okoye-Sand of the Courier.\n\n'
            '"A refund of ten pounds, for a month without heating?" Okoye-Sand pressed.\n\n'
            '"It is where we start. It is not where we finish."')
    assert speakers(body)[-1] == "Hortensia Valdane-Ruiz"


def test_an_untagged_paragraph_after_a_plain_statement_stays_with_its_speaker():
    body = ('The mayor, Leontyne Abara-Quist, spoke outside the hall.\n\n'
            '"We will rebuild the bridge," Abara-Quist said.\n\n"It will take two years and it will cost a lot."')
    assert speakers(body) == ["Leontyne Abara-Quist", "Leontyne Abara-Quist"]


def test_a_name_after_an_opening_clause_with_its_pronoun_is_the_subject():
    body = ('Every morning, before he opens the forge, Ivo Brannagh-Steele walks the length of the quay. He has '
            'done it for forty years.\n\n"Three hundred paces," he says. "I know every one of them."')
    assert speakers(body) == ["Ivo Brannagh-Steele", "Ivo Brannagh-Steele"]
