""""The consultation", "the strike", "the shares": an event or thing a story brings in once and then calls by its bare
noun is named from the article's first full description of it ("a consultation on closing Elm Street Primary"), and a
question that cannot name it does not stand alone, unless the bank's title names the kind. The articles are written
for these tests; every name is invented."""

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.referents import Referents, unresolved
from tests.core.generate.conftest import article

SCHOOL = ("Parents fight plan to shut village school\n\n"
          "Brenmoor County Council has opened a consultation on closing Elm Street Primary, the only school in the "
          "village of Tansley.\n\n"
          "The council says the school has lost a third of its pupils since 2019.\n\n"
          "\"We have not taken this lightly,\" said Marion Petrakis, the council's cabinet member for education.\n\n"
          "Parents have collected 1,800 signatures on a petition against the closure.\n\n"
          "The consultation will close on 14 June, and councillors will vote on the plan in September.\n")

DOCKS = ("Dockers walk out at Saltmere\n\n"
         "Hundreds of dockers at the Port of Saltmere walked out on Monday in a strike over pay and shift patterns.\n\n"
         "The Harbour Workers Union said its members had rejected an offer of 3% from Saltmere Port Holdings.\n\n"
         "\"Our members cannot live on 3% when rents have risen by a fifth,\" said Tamsin Rourke, the union's "
         "regional secretary.\n\n"
         "The company said it would cost about £2 million a week. The strike is due to end on 30 May.\n")


def _refs(body: str) -> tuple[Referents, str]:
    ex = extract(article(body))
    return Referents(ex.article, ex.cast), ex.article.body


def _prompts(text: str) -> list[str]:
    bank, _ = generate_bank(text, published="2026-05-04")
    return [q.get("prompt", "") for q in bank["questions"]]


def test_the_consultation_is_named_by_its_first_description():
    refs, body = _refs(SCHOOL.split("\n\n", 1)[1])
    at = body.index("The consultation will close")
    assert refs.rewrite("On what date will the consultation close?", at) == \
        "On what date will the consultation on closing Elm Street Primary close?"


def test_the_strike_is_named_by_its_complement_with_and_inside_it():
    refs, body = _refs(DOCKS.split("\n\n", 1)[1])
    at = body.index("The strike is due")
    assert refs.rewrite("On what date is the strike due to end?", at) == \
        "On what date is the strike over pay and shift patterns due to end?"


def test_the_banks_of_both_stories_name_the_event():
    assert "On what date will the consultation on closing Elm Street Primary close?" in _prompts(SCHOOL)
    assert "On what date is the strike over pay and shift patterns due to end?" in _prompts(DOCKS)


def test_a_bare_event_noun_does_not_stand_alone():
    assert unresolved("On what date will the consultation close?") == "the consultation"
    assert unresolved("By how much did the shares fall?") == "the shares"
    assert unresolved("Which side backs the extension?") == "the extension"


def test_a_title_that_names_the_kind_says_which():
    assert unresolved("On what date is the strike due to end?", title="Dockers' strike over pay enters second week") == ""
    assert unresolved("On what date is the strike due to end?", title="Dockers strike at Saltmere") == ""


def test_a_noun_after_it_or_a_complement_makes_it_another_thing_or_says_which():
    assert unresolved("How much is in the strike fund?") == ""
    assert unresolved("When did the strike over pay at Saltmere start?") == ""
    assert unresolved("By how much did the shares in Veltra fall?") == ""


def test_a_date_or_a_clause_after_the_noun_is_no_description_of_it():
    body = ("Hundreds of dockers walked out in a strike on Monday.\n\n"
            "A consultation on the port ended in March. Later a review found problems. The review was published "
            "in May.")
    refs, text = _refs(body)
    assert refs.thing("strike", len(text)) is None  # "a strike on Monday" says when, not which
    assert refs.thing("review", text.index("The review")) is None
    # "on the port ended in March" runs on into a clause: the noun phrase before its verb says which
    assert refs.thing("consultation", text.index("The review")) == "the consultation on the port"


def test_the_shares_that_fall_are_the_companys_the_shares_of_a_catch_are_no_ones():
    body = ("Brenholt Foods cut its profit forecast on Thursday after a weak summer.\n\n"
            "The shares fell 9% in morning trading.")
    refs, text = _refs(body)
    at = text.index("The shares")
    assert refs.rewrite("By how much did the shares fall?", at) == "By how much did Brenholt Foods’ shares fall?"
    assert refs.rewrite("Which side wants the shares agreed before the season?", at) == \
        "Which side wants the shares agreed before the season?"


def test_a_smaller_project_is_no_description_of_the_project():
    body = ("A £2bn wind farm is planned off Carrow Point. A smaller project off Dunmere was abandoned in 2019.\n\n"
            "Fishermen want a monitoring fund for the life of the project.")
    refs, text = _refs(body)
    assert refs.thing("project", text.index("the project")) is None


def test_a_role_that_names_what_a_person_led_is_no_question():
    assert unresolved("The fire officer who led the investigation") == ""
    assert unresolved("Who led the investigation?") == "the investigation"


def test_a_description_that_opens_the_lead_names_the_project():
    body = ("A £2bn offshore wind project has split a fishing town. Here is what you need to know.\n\n"
            "In 2014 a smaller project off Dunmere was abandoned.\n\n"
            "Fishermen say the developer ignored them.\n\n"
            "Pressure group Sea Watch Carrow wants a monitoring fund for the life of the project.")
    refs, text = _refs(body)
    assert refs.thing("project", text.index("the project")) == "the £2bn offshore wind project"


def test_a_reported_claim_keeps_its_speakers_words_the_frame_does_not():
    assert unresolved("Who said that the dispute could escalate if the monsoon was delayed?") == ""
    assert unresolved("Which side wants to end the dispute?") == "the dispute"
