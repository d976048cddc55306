"""Roles that name their owner only by "its"/"their" get that owner or are not used; a portfolio word opening a
longer capitalised name ("the Education Skills Passport regulation") and a lawn or a quad are never people. The
articles are written for these tests; every name is invented."""

from studyapp.core.generate.facts import extract
from tests.core.generate.conftest import article


def _cast(body: str) -> dict:
    return {p.name: p for p in extract(article(body)).cast.people}


def test_a_their_role_whose_owner_the_article_never_names_is_not_a_role():
    cast = _cast("Shoppers' groups welcomed the fine on Tuesday. Their spokesperson, Ilse Varro, said the penalty "
                 "had come late.")
    assert "Ilse Varro" in cast
    assert not cast["Ilse Varro"].role.lower().startswith(("their", "its"))


def test_an_its_role_after_a_named_body_names_the_body():
    cast = _cast("The Quarry Lane Residents' Association met on Monday. Its chair, Odile Fenwick, said members "
                 "had voted to object.")
    assert cast["Odile Fenwick"].role == "chair of the Quarry Lane Residents' Association"


def test_a_portfolio_word_opening_a_longer_name_leaves_no_person():
    cast = _cast("Ministers are drafting the Education Skills Passport regulation, which would set rules for "
                 "clinics. Tove Marran, a lawyer, said it was overdue.")
    assert "Skills Passport" not in cast
    assert "Tove Marran" in cast


def test_a_lawn_is_never_a_person():
    cast = _cast("Students gathered on the Orrin Lawn on Wednesday. Tove Marran, a lecturer, said they had been "
                 "peaceful.")
    assert "Orrin Lawn" not in cast or cast["Orrin Lawn"].kind != "person"


def test_a_divisions_name_is_never_a_titled_person():
    cast = _cast("Brackwater City finished fourth in the Premier Division last season. Tove Marran, the manager, "
                 "said the side had improved.")
    assert "Division" not in cast


def test_a_her_role_is_not_printed_as_a_role():
    cast = _cast("The minister, Ann Colley, defended the scheme on Monday. Her spokesman, Piet Ulvane, said the "
                 "figures were wrong.")
    assert not cast["Piet Ulvane"].role.lower().startswith("her")


def test_an_its_minister_after_a_country_is_that_countrys():
    cast = _cast("Portugal has threatened to leave the fishing pact. Its farm minister, Juno "
                 "Palacek, said on Friday that the terms were unfair.")
    assert cast["Juno Palacek"].role == "farm minister of Portugal"


def test_a_field_named_in_two_halves_leaves_no_fragment_as_a_person():
    ex = extract(article("The Department of Roads and Public Works said on Monday that the bridge would reopen. "
                         "Tove Marran, a lawyer, said residents had waited too long."))
    assert "Department of Roads and Public Works" in {m.text for m in ex.cast.mentions}
    assert "Public Works" not in {p.name for p in ex.cast.people}


def test_two_bodies_joined_by_and_stay_two():
    ex = extract(article("The Bank of Ostland and Corlen Trust said rates would rise. Corlen Trust added that "
                         "savers would gain."))
    assert "Bank of Ostland" in {m.text for m in ex.cast.mentions}


def test_a_department_of_two_words_and_a_person_after_it_stay_apart():
    cast = _cast("The letter went to the Department of Coastal Defence and Mira Ostrow, the harbour secretary, on "
                 "Monday. Ostrow said she would reply.")
    assert "Mira Ostrow" in cast
