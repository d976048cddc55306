""""The plan" is named only by what the article has said so far, or by a later phrase with the same noun: a
debate report whose minister speaks of "the plan" and whose later paragraph brings in another party's programme.
The article is written for this test; every name is invented."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.referents import Referents
from tests.core.generate.conftest import article


def test_the_plan_is_not_a_programme_the_article_brings_in_later():
    body = ('The assembly voted on Wednesday to merge eleven village schools.\n\n'
            'Opening the debate, the education secretary, Aldo Brenn, told members the plan would save money.\n\n'
            'The member for Northfold, Tilde Marrow, read from a letter signed by parents.\n\n'
            "She was referring to a pledge in the governing coalition's 2024 programme that no school would close "
            'without the agreement of its parents.')
    ex = extract(article(body))
    refs = Referents(ex.article, ex.cast)
    at = ex.article.body.index("the plan")
    assert refs.thing("plan", at) is None


def test_a_later_phrase_with_the_same_noun_still_names_it():
    body = ('The council backed the plan on Tuesday.\n\n'
            'It is a plan to close two libraries, officials said.')
    ex = extract(article(body))
    refs = Referents(ex.article, ex.cast)
    assert refs.thing("plan", ex.article.body.index("the plan")) == "the plan to close two libraries"
