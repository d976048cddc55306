"""Speakers in the styles of tests/data/invented10: a civil court report (counsel named after "Counsel for the
company,", "the witness"), a present-tense feature (speakers introduced after their quotation, a tag in the middle
of the quotation), a match report ("His opposite number, X," then "the Rovers boss"), a tribute (the person's own
lecture quoted over several paragraphs after "she said:", "Her daughter said"), a regulator's statement ("the
regulator said") and British single quote marks over several paragraphs. Each article is written for its test;
every name is invented."""

from tests.core.generate.conftest import quotes_of


def speakers(body: str) -> list[str]:
    return [s for s, _, _ in quotes_of(body)]


def test_a_name_set_off_after_a_role_for_a_body_is_a_person_not_the_body():
    # "Counsel for the company, X," names counsel: the company belongs to the noun before "for"
    body = ('Opening the case for the tenants, Rosa Achter told Judge Pell Okon that the landlord had ignored '
            'nine complaints.\n\n'
            'Counsel for the company, Gideon Farrant-Lowe, said his client accepted there had been mould.\n\n'
            '"My client\'s records show three complaints," he said. "Each was logged."')
    assert speakers(body) == ["Gideon Farrant-Lowe", "Gideon Farrant-Lowe"]


def test_a_sentence_ending_she_said_colon_introduces_the_quotation_in_the_next_paragraph():
    # the pronoun is resolved for the quotation itself, not left to the man quoted just before
    body = ('Margit Elling, the engineer who designed the crossing, has died at 81.\n\n'
            'Her partner at the firm, Torvald Kade, said the design had been turned down twice. "She usually won, '
            'every time," he said. Mr Kade, who is 84, added: "She would ring me at midnight."\n\n'
            'In a lecture to students in 2011, later printed by the Guild of Civil Engineers, she said:\n\n'
            '"A bridge is a promise made by people you will never meet.\n\n'
            '"That is why the profession must look like the people who cross its bridges."')
    assert speakers(body) == ["Torvald Kade", "Torvald Kade", "Margit Elling", "Margit Elling"]


def test_relatives_in_a_list_of_survivors_keep_their_own_relation_and_sex():
    # "Her husband, the architect X" is a man whatever "She" follows; "her daughter, X, her son, Y," gives X
    # "her daughter", so a later "Her daughter said" is X
    body = ('Margit Elling, the engineer who designed the crossing, has died at 81. "She never really retired," '
            'said her former partner, Torvald Kade.\n\n'
            'Her husband, the architect Lionel Ashby, died in 2009. She is survived by her daughter, Anneke Shaw, '
            'her son, Matthias, and five grandchildren.\n\n'
            'Her daughter said the family had asked for no flowers. "She said flowers were a waste of a budget '
            'line," she said.')
    assert speakers(body) == ["Torvald Kade", "Anneke Shaw"]
