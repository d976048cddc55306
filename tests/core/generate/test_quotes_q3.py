"""Role-only and document subjects: an age descriptor, a statement that speaks for its issuer."""

from tests.core.generate.conftest import quotes_of


def test_an_age_descriptor_with_an_org_like_noun_is_the_person_last_named():
    body = ('Riverside captain Tomasz Brennan, a keeper with the Northfield Rovers, said the club was tired. '
            '"We have waited long enough for this," Brennan said. '
            'The 31-year-old keeper said the squad would "keep pushing until the end".')
    assert [s for s, _, _ in quotes_of(body)] == ["Tomasz Brennan", "Tomasz Brennan"]


def test_the_statement_said_is_whoever_issued_the_statement():
    body = ('Transport Minister Ada Quill said the figures were poor. '
            'The Lowfield Rail Authority said in a statement that delays had been "caused by the storms". '
            '"We apologise to every passenger who was stranded on the line overnight," the statement said.')
    assert [s for s, _, _ in quotes_of(body)] == ["Lowfield Rail Authority", "Lowfield Rail Authority"]


def test_a_description_set_off_after_a_name_is_that_person_later():
    body = ('Mayor Ingrid Solheim, a former nurse, said the council would act. '
            '"We will act this week on the waiting lists," the former nurse said.')
    assert [s for s, _, _ in quotes_of(body)] == ["Ingrid Solheim"]


def test_a_description_two_people_share_names_neither():
    body = ('Ingrid Solheim, a nurse, and Tomas Berg, a nurse, spoke to the council. '
            '"We will act this week on the waiting lists," the nurse said.')
    assert [s for s, _, _ in quotes_of(body)] == ["the nurse"]
