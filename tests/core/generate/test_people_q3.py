"""Roles written as portfolios ('… for X and Y Name') and role-only mentions of a title set off before a name."""

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import quotes_of


def _cast(body: str):
    return find_cast(parse_article("Title\n\n" + body))


def test_a_portfolio_with_and_is_the_role_not_part_of_the_name():
    cast = _cast('"We will hold firm," Commissioner for Trade and Customs Ana Pires told reporters on Monday.')
    [p] = cast.people
    assert p.name == "Ana Pires"
    assert p.role == "Commissioner for Trade and Customs"


def test_the_title_before_for_is_a_role_alias():
    body = ('Minister for Rivers and Harbours Tobias Wren met growers on Monday. '
            'The Minister said the grants were "only the first step towards a fair deal".')
    assert [s for s, _, _ in quotes_of(body)] == ["Tobias Wren"]


def test_a_single_title_set_off_before_a_name_is_a_role_alias():
    body = ('The Chancellor, Odile Marchetti, rejected the claims on Tuesday. '
            'Asked about the budget, the Chancellor said: "We will not borrow our way out of this."')
    assert [s for s, _, _ in quotes_of(body)] == ["Odile Marchetti"]


def test_a_single_non_title_word_with_accents_is_a_role_alias():
    body = ('The Ombudsmaña, Brígida Solvey, answered questions on Tuesday. '
            'Asked about the delays, the Ombudsmaña said: "We will look at every single complaint again."')
    assert [s for s, _, _ in quotes_of(body)] == ["Brígida Solvey"]


def test_a_body_of_x_and_before_a_name_is_not_a_portfolio():
    cast = _cast('Minister Ines Holm met the Board of Rivers and Harbours and Jo Anne Parkin on Monday. '
                 'Council of Trade and Jo Anne Parkin spoke first.')
    assert all(p.name != "Anne Parkin" for p in cast.people)
