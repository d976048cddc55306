""""The minister", "the judge", "the chief executive": a job title written bare leans on the article for who holds it.
It is given with the name of the one person of the article who holds that post ("Health Minister Ada Osei", "the
chief executive of Fenwick Brewing, Oliver Strand,"), else the question does not stand alone, unless a modifier or
the words around it say which post ("the transport minister", "the minister for health", "Ada Osei, the minister,")
or the bank's title names it. The articles (tests/data/refs2) are written for these tests; every name is invented."""

from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.referents import Referents, bare_title, unresolved

DATA = Path(__file__).resolve().parents[2] / "data" / "refs2"


def _text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def _refs(name: str) -> Referents:
    ex = extract(_text(name))
    return Referents(ex.article, ex.cast)


def _prompts(name: str) -> list[str]:
    bank, _ = generate_bank(_text(name), published="2026-05-04")
    return [q.get("prompt", "") for q in bank["questions"]]


def test_a_bare_title_does_not_stand_alone():
    assert unresolved("On what date would nurses meet the minister?") == "the minister"
    assert unresolved("In what month will the chief executive leave?") == "the chief executive"
    assert unresolved("On what date will the judge hear submissions?") == "the judge"
    assert unresolved("Who wants the new chairman to resign?") == "the new chairman"
    assert unresolved("Who criticised the minister's plan?") == "the minister"


def test_a_post_or_a_holder_the_text_gives_says_which():
    assert unresolved("Which side calls on the transport minister to act?") == ""
    assert unresolved("Who wrote to the minister for health in May?") == ""
    assert unresolved("True or false: Ada Osei, the minister, refused to meet nurses.") == ""
    assert unresolved("Who asked the chairman, Tom Brill, to resign?") == ""
    assert unresolved("Who said the chief executive of Fenwick Brewing would leave?") == ""
    assert bare_title("She called for “the minister to go”.") is None  # a speaker's own words


def test_a_cloze_or_a_title_that_names_the_post_lets_it_stand():
    assert unresolved("The judge said the {{61}} workers had waited.", cloze=True) == ""
    assert unresolved("In what month had the coach signed a contract?",
                      title="Rovers sack coach after six straight defeats") == ""


def test_the_one_holder_of_the_post_is_named():
    refs = _refs("health-minister-clinic")
    assert refs.titled("On what date would nurses meet the minister?") == \
        "On what date would nurses meet Health Minister Ada Osei?"
    assert refs.titled("True or false: The minister refused every request.") == \
        "True or false: Health Minister Ada Osei refused every request."
    assert refs.titled("Who criticised the minister's plan?") == "Who criticised Health Minister Ada Osei’s plan?"


def test_a_post_held_by_title_alone_or_by_a_long_role_keeps_its_grammar():
    assert _refs("court-quarry-fraud").titled("On what date will the judge hear submissions on compensation?") == \
        "On what date will Judge Helena Marchetti hear submissions on compensation?"
    assert _refs("biz-brewer-chief").titled("In what month will the chief executive leave?") == \
        "In what month will the chief executive of Fenwick Brewing, Oliver Strand, leave?"
    assert _refs("school-head-suspended").titled("What do parents ask the chief executive to do?") == \
        "What do parents ask the chief executive, Gail Pendry, to do?"
    # a role that opened its sentence ("Club chairman Derek Haines said …") is written in lower case inside one
    assert _refs("sport-coach-sacked").titled("Who wants the chairman to explain?") == \
        "Who wants club chairman Derek Haines to explain?"


def test_no_name_when_the_holder_is_the_answer_or_two_people_hold_such_a_post():
    refs = _refs("health-minister-clinic")
    assert refs.titled("Who said the minister had refused talks?", keyed=("Ada Osei",)) == \
        "Who said the minister had refused talks?"
    # a general secretary of the union and the Transport Secretary: "the secretary" is either
    assert _refs("transport-rail-strike").titled("Who asked the secretary to meet guards?") == \
        "Who asked the secretary to meet guards?"


def test_the_banks_name_the_holder():
    assert "On what date would nurses meet Health Minister Ada Osei?" in _prompts("health-minister-clinic")
    assert "On what date will Judge Helena Marchetti hear submissions on compensation?" in _prompts("court-quarry-fraud")
    assert not any(bare_title(p) for p in _prompts("transport-rail-strike"))
