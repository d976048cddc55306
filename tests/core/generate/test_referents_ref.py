""""The club", "the company", "the organisation" name only a body of their own kind that the nearest sentences are
about, never a nationality, a place, a body of another kind whose name holds a club's word, or one of two rivals
named together. The articles are written for these tests; every name is invented."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.referents import Referents
from tests.core.generate.conftest import article

TAKEOVER = ("Harlow Vale Rovers have agreed to be bought by a group led by Brackwater City owner Tomas Erdal, the "
            "third-tier side confirmed on Monday.\n\n"
            "Brackwater City finished fourth in the top division last season and Erdal has run it since 2018.\n\n"
            "Harlow, founded in 1891, have lost money for six years. The club said the sale would keep it at its "
            "old ground.\n\n"
            "The Harlow Vale Rovers Supporters' Trust, which holds a small stake, said it had heard nothing. Its "
            "chair, Wren Ashby, said the trust wanted a seat on the club's board.")


def _refs(body: str) -> tuple[Referents, str]:
    ex = extract(article(body))
    return Referents(ex.article, ex.cast), ex.article.body


def test_the_club_is_the_one_the_paragraph_opens_with_by_its_first_word_not_the_bidders():
    refs, body = _refs(TAKEOVER)
    assert refs.organisation("club", body.index("The club said")) == "Harlow Vale Rovers"


def test_the_clubs_board_is_never_the_supporters_trust_whose_name_holds_the_clubs():
    body = ("Harlow Vale Rovers have been sold to Tomas Erdal.\n\n"
            "The Harlow Vale Rovers Supporters' Trust said the club's board had ignored its letters.")
    refs, text = _refs(body)
    at = text.index("the club's board")
    assert refs.organisation("club", at) == "Harlow Vale Rovers"
    assert refs.rewrite("Who said the club's board had ignored its letters?", at) == \
        "Who said Harlow Vale Rovers’ board had ignored its letters?"


def test_the_clubs_board_after_the_trusts_chair_is_the_clubs():
    refs, body = _refs(TAKEOVER)
    assert refs.organisation("club", body.index("the club's board")) == "Harlow Vale Rovers"


def test_a_nationality_before_the_noun_it_describes_is_never_the_company():
    body = ("On Tuesday a Norvish regulator fined Quillo 9 million crowns for selling users' location data.\n\n"
            "The company said it would appeal.")
    refs, text = _refs(body)
    assert "Norvish" not in {o[2] for o in refs.orgs}
    assert refs.organisation("company", text.index("The company")) == "Quillo"


def test_a_based_adjective_is_never_a_name():
    refs, _ = _refs("Last month a Tarnby-based app maker, Quillo, lost its licence.\n\nThe company said it would appeal.")
    assert "Tarnby-based" not in {o[2] for o in refs.orgs}


def test_two_clubs_named_together_as_the_subject_leave_the_club_unresolved():
    body = ("Harlow Vale Rovers and Brackwater City met the league on Friday to settle the fee.\n\n"
            "The club said it was confident.")
    refs, text = _refs(body)
    assert refs.organisation("club", text.index("The club")) is None


def test_a_place_is_never_the_organisation():
    body = ("Students marched from the Fennick Lawn to the Orrin Square on Wednesday.\n\n"
            "The organisation said the protest had been peaceful.")
    refs, text = _refs(body)
    assert refs.organisation("organisation", text.index("The organisation")) is None


def test_a_name_set_off_as_an_app_maker_is_the_company_when_the_sentence_before_is_about_someone_else():
    body = ("A Norvish regulator fined Quillo, a Tarnby-based app maker, 9 million crowns on Tuesday.\n\n"
            "The Privacy Board said Quillo had kept location records for five years.\n\n"
            "The company said it would appeal.")
    refs, text = _refs(body)
    assert refs.organisation("company", text.index("The company")) == "Quillo"


def test_a_campaign_named_for_a_place_is_still_the_group():
    body = ("Save Merrow Quay, a residents' campaign, opposes the flats.\n\n"
            "The group said it had collected 3,000 signatures.")
    refs, text = _refs(body)
    assert refs.organisation("group", text.index("The group")) == "Save Merrow Quay"
