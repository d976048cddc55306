"""Who did the story's main thing (mainact.py): the lead's main clause asked with its doer as the key, a named
body ("Which organisation has blocked …?") or a person the article describes ("Who has survived …?"), the options
the article's other bodies or people. Never a report of saying, two doers joined by "and", a name that owns the
subject, or a day counted from the article's date. Every article here is invented for its test
(tests/data/main_act)."""

from datetime import date
from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates

HERE = Path(__file__).resolve().parents[2] / "data" / "main_act"


def leads(name: str) -> list[dict]:
    bank, _ = generate_bank((HERE / name).read_text(encoding="utf-8"), published="2026-05-04")
    return [q for q in bank["questions"] if q["id"].startswith("lead-")]


def drafted(name: str) -> list[dict]:
    ex = extract((HERE / name).read_text(encoding="utf-8"), date(2026, 5, 4))
    return [c.question for c in draft_candidates(ex, build_people(ex)) if c.question["id"].startswith("lead-")]


def test_a_regulator_that_blocked_a_merger_is_asked_among_the_other_bodies():
    (q,) = leads("merger_blocked.txt")
    assert q["prompt"] == ("Which organisation has blocked the proposed merger of Pellworth Coaches and "
                           "Danecourt Buses?")
    assert q["answer"] == "Transport Competition Board" and len(q["choices"]) >= 3
    assert not {"Pellworth Coaches", "Danecourt Buses"} & set(q["choices"])  # the prompt's own names are no guess


def test_a_club_that_sacked_its_manager_is_asked():
    (q,) = leads("manager_sacked.txt")
    assert q["prompt"] == "Which organisation has sacked manager Rory Pembridge?" and q["answer"] == "Ashvale Rovers"


def test_a_court_after_its_day_in_brackets_and_a_dateline():
    (q,) = leads("dam_stay.txt")
    assert q["prompt"] == "Which organisation stayed construction of the Kesari irrigation dam in Tamra district?"
    assert q["answer"] == "High Court of Varunachal"
    assert not any(c.isupper() for c in q["choices"])  # no dateline's capitals offered as a body


def test_its_is_the_asked_bodys_own_and_the_day_is_left_out():
    (q,) = leads("rate_hold.txt")
    # (the rate, the title's figure, is asked by its own question: keyfigure.py)
    assert q["prompt"] == "Which organisation left the benchmark lending rate unchanged?"
    assert q["answer"] == "Reserve Bank of Ostrania"


def test_a_person_the_article_describes_is_asked_among_people():
    (q,) = leads("confidence.txt")
    assert q["prompt"] == "Who has survived a vote of no confidence in the People's Chamber?"  # (the count: its own)
    assert q["answer"] == "Jonas Halvorsen" and "Katrin Vollmer" in q["choices"]
    assert "Greta Simms" not in q["choices"]  # the byline's writer is no one in the story


def test_the_body_lead_is_asked_not_the_standfirst():
    (q,) = drafted("museum_return.txt")  # (the bank may ask its figure instead: "How many … is X to return …?")
    # (the count, the title's figure, is asked by its own question: keyfigure.py)
    assert q["prompt"] == "Which organisation is to return carved wooden panels to Tessaly?"
    assert q["answer"] == "Carrow Institute of Art"


def test_two_doers_are_asked_as_neither():
    assert leads("no_lead_act.txt") == []


def test_reports_of_saying_and_states_are_no_act():
    from studyapp.core.generate.mainact import _verb_and_object
    assert _verb_and_object("said the plan would cost £4m.") is None
    assert _verb_and_object("are locked in a dispute over pay.") is None
    assert _verb_and_object("has been fined £2m by the regulator, the largest fine it has imposed.") == (
        "has been fined", "£2m by the regulator")
    assert _verb_and_object("voted 7-2 on Tuesday night to close the library.") == (
        "voted", "7-2 to close the library")


# -- the page's own writers are no people of the story (readers found a byline's reporter offered among the people)

def people_of(name: str) -> set[str]:
    bank, _ = generate_bank((HERE / name).read_text(encoding="utf-8"), published="2026-05-04")
    return {p["name"] for p in bank.get("people", [])}


def test_a_live_pages_writers_and_the_colleague_the_sign_off_names_are_no_people():
    people = people_of("live_vote.txt")
    assert "Amira Doyle" in people and "Peter Vance" in people
    assert not {"Nina Castell", "Oskar Brandt"} & people


def test_a_byline_with_the_writers_title_is_page_furniture():
    from studyapp.core.generate.furniture import is_furniture
    assert is_furniture("By health reporter Maya Lindgren")
    assert is_furniture("By Nina Castell (now) and Oskar Brandt (earlier)")
    assert not is_furniture("By the time the vote came, the hall was empty.")
    assert "Maya Lindgren" not in people_of("titled_byline.txt")


# -- a spokesperson's "the company" is the body they speak for

def test_a_spokespersons_company_is_named_and_an_analysts_bank_is_not():
    from studyapp.core.generate.questions import _own_body
    moss = {"name": "Lena Moss", "role": "a spokesperson for Carvell Foods", "side": "Carvell Foods"}
    body = "Carvell Foods will close its bakery. The Bakers Union said so."
    assert _own_body("the company would offer every worker a job", moss, body) == \
        "Carvell Foods would offer every worker a job"
    assert _own_body("the firm's plant would stay open", moss, body) == "Carvell Foods' plant would stay open"
    union = {"name": "Dev Patel", "role": "regional organiser of the Bakers Union", "side": "Bakers Union"}
    assert _own_body("the company should delay the closure", union, body) == "the company should delay the closure"
    analyst = {"name": "Sam Whitley", "role": "analyst at Brennan Bank", "side": "Brennan Bank"}
    assert _own_body("the bank had raised rates too far", analyst, body + " Brennan Bank") == \
        "the bank had raised rates too far"


# -- a passer-by's description is no question; a nationality or an unnamed source holds no position

def test_a_passer_bys_description_is_not_asked_but_a_named_experts_is():
    from types import SimpleNamespace
    from studyapp.core.generate.questions import _passer_by_role
    ex = SimpleNamespace(article=SimpleNamespace(title="Island votes on its future", body=(
        "\"I will vote yes,\" said Ana Ruiz, a 34-year-old nurse. Tomas Berg, a retired teacher, said he would vote "
        "no. Professor Ines Walde, a lawyer at the University of Kerrow, said the vote was unlawful.")))
    assert _passer_by_role({"name": "Ana Ruiz", "role": "a 34-year-old nurse"}, ex)
    assert _passer_by_role({"name": "Tomas Berg", "role": "retired teacher"}, ex)
    assert not _passer_by_role({"name": "Ines Walde", "role": "a lawyer at the University of Kerrow"}, ex)


def test_a_nationality_or_an_unnamed_source_is_no_holder():
    from studyapp.core.generate.mainact import no_holder
    assert no_holder("Anglo-Nigerian") and no_holder("Government sources") and no_holder("The Marovian diplomat")
    assert not no_holder("Bank of Kalindra") and not no_holder("Marovia")


def test_a_street_inside_a_longer_name_and_a_posted_line_are_no_people():
    from studyapp.core.generate.furniture import is_furniture
    from studyapp.core.generate.questions import _inside_a_street
    body = "Teachers marched along King William Street to Parliament House. Later King William Street was quiet."
    assert _inside_a_street("William Street", body)
    assert not _inside_a_street("Yvonne Street", "The local MP, Yvonne Street, said the school must stay open.")
    assert is_furniture("Posted Thu 28 May 2026 at 6:12pm, updated Thu 28 May 2026 at 7:40pm")


def test_a_role_with_its_owner_as_the_subject_is_the_person_named_before():
    (q,) = drafted("role_subject.txt")  # "The chief minister of the eastern province of Eastmere has called …"
    assert q["prompt"] == "Who has called an early election for 9 September?" and q["answer"] == "Farida Osei"
    assert "Jonah Pell" not in q["choices"]


def test_a_roles_owner_cut_at_its_and_is_the_whole_name():
    people = {p["name"]: p for p in bank_people("cut_owner.txt")}
    assert people["Mara Lindholm"]["role"] == "general secretary of the Union of Dock and Harbour Workers"
    assert people["Mara Lindholm"]["side"] == "Union of Dock and Harbour Workers"


def bank_people(name: str) -> list[dict]:
    bank, _ = generate_bank((HERE / name).read_text(encoding="utf-8"), published="2026-05-04")
    return bank.get("people", [])
