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
