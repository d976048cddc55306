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


# -- events and findings a story brings in once ("a complaint about …", "a declaration on …") --------------------


def test_a_complement_that_runs_on_is_read_up_to_its_noun_phrase():
    refs = _refs("planning-depot-complaint")
    body = refs.body
    # "a complaint about night-time noise from a delivery depot run by Brisk Parcels": the noise is what it is about
    assert refs.rewrite("On what date will Kestle Borough Council rule on the complaint?", body.index("Kestle")) == \
        "On what date will Kestle Borough Council rule on the complaint about night-time noise?"
    refs = _refs("govt-border-declaration")
    # "a declaration on reopening six border crossings closed since 2024": up to the participle that starts a clause
    assert refs.thing("declaration", refs.body.index("Tarvanian Foreign")) == \
        "the declaration on reopening six border crossings"


def test_a_complement_that_only_says_when_still_names_nothing():
    ex = extract("A test story\n\nResidents lodged a complaint on Monday about the depot.\n\n"
                 "The council will rule on the complaint in June.\n")
    refs = Referents(ex.article, ex.cast)
    assert refs.thing("complaint", refs.body.index("The council")) is None


def test_a_bare_finding_or_act_does_not_stand_alone():
    assert unresolved("On what date will the council rule on the complaint?") == "the complaint"
    assert unresolved("When was the declaration signed?") == "the declaration"
    assert unresolved("When was the declaration signed?", title="Neighbours sign border declaration") == ""
    assert unresolved("On what date will the council rule on the complaint about night-time noise?") == ""


def test_the_banks_name_the_complaint_and_the_declaration():
    assert "On what date will Kestle Borough Council rule on the complaint about night-time noise?" in \
        _prompts("planning-depot-complaint")
    assert any("the declaration on reopening six border crossings" in p for p in _prompts("govt-border-declaration"))


def test_an_illness_is_named_by_its_first_description():
    refs = _refs("health-campsite-illness")
    assert refs.rewrite("On what date was the illness first reported?", refs.body.index("The illness was")) == \
        "On what date was the stomach illness first reported?"


def test_a_title_with_a_word_of_the_nouns_family_says_which():
    title = "Parents demand return of suspended head as trust refuses to talk"
    assert unresolved("Which side refuses to discuss the suspension?", title=title) == ""
    assert unresolved("Which side refuses to discuss the suspension?") == "the suspension"
    assert unresolved("The study's second author", title="Seagrass regrows fast, ten-year study finds") == ""


def test_a_possessive_is_not_given_a_complement_before_its_mark():
    refs = _refs("govt-border-declaration")
    at = refs.body.index("Tarvanian Foreign")
    assert refs.rewrite("Who criticised the declaration's timetable?", at) == "Who criticised the declaration's timetable?"


def test_a_cut_complement_with_a_possessive_pronoun_names_nothing():
    refs = _refs("intl-summit-declaration")
    assert refs.thing("declaration", refs.body.index("Environmental group")) is None  # "on sharing its water": whose
