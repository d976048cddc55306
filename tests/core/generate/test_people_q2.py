"""Names without their trimmings: honorifics, letters after a name, a judge's styling, a company's suffix."""

from studyapp.core.generate.people import find_cast
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article


def cast_of(text: str):
    return find_cast(parse_article(text))


def people(text: str) -> dict:
    return {p.name: p for p in cast_of(article(text)).people}


def test_an_indian_honorific_is_not_part_of_the_name():
    got = people("Union leader Shri Mohan Rao met the press. Later Smt Lata Iyer spoke. Shri Rao left.")
    assert set(got) == {"Mohan Rao", "Lata Iyer"}
    assert "Shri Rao" in got["Mohan Rao"].aliases


def test_an_honorific_after_a_title_is_not_part_of_the_name():
    got = people("Irrigation Minister Shri Vinod Patil opened the dam on Monday.")
    assert list(got) == ["Vinod Patil"]
    assert got["Vinod Patil"].role.endswith("Minister")


def test_letters_after_a_name_are_not_part_of_it():
    got = people("Tessa Marlow QC, who acts for the tenants, spoke. Later Ned Corran Jr arrived. Ms Marlow left.")
    assert set(got) == {"Tessa Marlow", "Ned Corran"}


def test_a_judge_styled_mrs_justice_is_named_without_the_styling_and_is_the_judge():
    text = article('In a long ruling, Mrs Justice Helen Okafor-Reid found against the council. '
                   '"The council failed its tenants," the judge wrote.')
    cast = cast_of(text)
    assert [p.name for p in cast.people] == ["Helen Okafor-Reid"]
    assert cast.people[0].role == "judge"
    assert any(m.person == "Helen Okafor-Reid" and m.text == "the judge" for m in cast.mentions)


def test_a_judge_named_by_surname_only_keeps_the_styling():
    assert list(people("Mr Justice Penhallow adjourned the case until May.")) == ["Mr Justice Penhallow"]


def test_a_capitalised_role_mention_is_the_person_given_that_role():
    cast = cast_of(article("Transport Minister Asha Kulkarni visited the depot. The Minister said little."))
    assert any(m.person == "Asha Kulkarni" and m.text == "The Minister" for m in cast.mentions)


def test_indian_associations_are_bodies_not_people():
    got = people("The Gram Vikas Sangh and the Kisan Ekta Morcha marched. Sangh leader Ravi Shinde spoke.")
    assert list(got) == ["Ravi Shinde"]


def test_a_company_named_again_without_its_legal_suffix_is_still_the_company():
    cast = cast_of(article("Brackwater Tiles Ltd lost the case. Brackwater Tiles said it would appeal."))
    assert cast.people == []
    assert "Brackwater Tiles Ltd" in [m.text for m in cast.mentions if m.kind == "org"]


def test_a_guild_is_a_body():
    assert list(people("The Harbour Pilots Guild Local 12 voted. Local 12 president Ana Ruiz spoke.")) == ["Ana Ruiz"]


def test_a_body_whose_name_starts_like_a_place_is_still_a_body():
    cast = cast_of(article("The Upper Brook Fishers Association sued the city on Monday."))
    assert [(m.text, m.kind) for m in cast.mentions] == [("Upper Brook Fishers Association", "org")]


def test_the_american_spelling_of_councillor_is_a_title():
    assert list(people("City Councilor Rosa Delgado chairs the budget panel.")) == ["Rosa Delgado"]
