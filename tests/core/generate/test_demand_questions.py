"""Demand questions as a teacher would hand them out, from reading the banks of blind articles: a condition in
the tense of the question, "The State government …" with its article, true/false statements that are not all
true, one side per party ("ODC" is the "Office for Digital Competition"), and no aside inside a demand. Each
article here is written for its test."""

from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates
from studyapp.core.generate.realise import needs_article, present_condition, subject_of

from tests.core.generate.conftest import article


def failed(q: dict, text: str) -> dict[str, str]:
    return {c.name: c.why for c in review_question(q, CheckContext(text)).failed}


TEXT = article("The Allied Porters Union threatened strike action if any jobs were cut. The State government "
               "offered to meet the union.")


def choice(prompt: str, choices: list[str], answer: str) -> dict:
    return {"id": "q", "type": "choice", "topic": "demands", "prompt": prompt, "choices": choices, "answer": answer,
            "source": "The Allied Porters Union threatened strike action if any jobs were cut.",
            "explanation": "Because."}


# -- realising ----------------------------------------------------------------------------------------------------

def test_a_condition_is_put_in_the_present_of_the_question():
    assert present_condition("strike action if any jobs were cut") == "strike action if any jobs are cut"
    assert present_condition("daily fines if Brightline failed to comply") == "daily fines if Brightline fails to comply"
    assert present_condition("to stay out unless the board agreed to talk") == "to stay out unless the board agrees to talk"
    assert present_condition("to walk out if the owners did not pay") == "to walk out if the owners do not pay"
    assert present_condition("talks if the union was willing") == "talks if the union is willing"


def test_a_side_named_by_a_common_word_takes_the():
    assert needs_article("State government") and subject_of("State government") == "the State government"
    assert needs_article("Health Department")
    assert not needs_article("Brackenfield Health Board") and subject_of("Parents") == "Parents"


def test_the_question_asks_the_condition_in_the_present():
    bank, _ = generate_bank(article(
        "Dock workers at Port Alder have voted to strike. The Allied Porters Union threatened strike action if any "
        "jobs were cut. Alder Port Holdings offered a 3% rise. The Harbour Users Group wants the port kept open. "
        "The union rejected the offer on Monday."))
    prompts = [q["prompt"] for q in bank["questions"] if q["topic"] == "demands"]
    assert any("if any jobs are cut" in p for p in prompts)
    assert not any("if any jobs were cut" in p for p in prompts)


def test_true_false_statements_are_not_all_true():
    bank, _ = generate_bank(article(
        "Farmers blocked the Korsal highway on Monday, demanding a loan waiver. The State government offered to meet "
        "their leaders on Friday. The State government rejected the demand for a loan waiver. Farmers vowed to "
        "stay until the waiver is announced. The State government urged farmers to end the blockade."))
    keys = [q["answer"] for q in bank["questions"] if q["prompt"].startswith("True or false:")]
    assert "True" in keys and "False" in keys
    assert not any(q["prompt"].startswith("True or false: State government") for q in bank["questions"])


def test_an_abbreviation_and_its_name_are_one_side():
    ex = extract(article(
        "Brightline Telecom rejected a ruling from the Office for Network Fairness on Tuesday. It ordered the company "
        "to restore full speeds. ONF chief executive Mara Holt said the regulator would seek daily fines."))
    assert not any(p.side.startswith("ONF") for p in ex.positions)


def test_an_aside_about_the_offer_is_not_part_of_it():
    ex = extract(article("Brightline Telecom had offered to cap fees for small firms, an offer the regulator "
                         "rejected in March."))
    assert [(p.stance, p.demand) for p in ex.positions] == [("offers to", "cap fees for small firms")]


# -- checking -----------------------------------------------------------------------------------------------------

def test_a_past_condition_after_a_present_stance_fails_the_check():
    q = choice("Which side threatens strike action if any jobs were cut?", ["Allied Porters Union",
               "State government", "Harbour Users Group"], "Allied Porters Union")
    assert "tenses disagree" in failed(q, TEXT).get("complete", "")
    q["prompt"] = "Which side threatens strike action if any jobs are cut?"
    assert "complete" not in failed(q, TEXT)


def test_a_statement_opening_with_a_bare_common_noun_side_fails_the_check():
    q = choice("True or false: State government offers to meet the Allied Porters Union.", ["True", "False"], "True")
    assert "needs “the”" in failed(q, TEXT).get("complete", "")
    q["prompt"] = "True or false: The State government offers to meet the Allied Porters Union."
    assert "complete" not in failed(q, TEXT)


def test_a_demand_made_of_a_pronoun_is_not_drafted():
    ex = extract(article(
        "Campaigners want the Wexley birth unit kept open. Health Secretary Ada Brook will decide in May. Local MP "
        "Colm Reyes has urged her to pause the change. The Ferris Hospitals Trust rejected the campaigners' plan. "
        "Wexley Town Council demanded the trust publish its staffing figures."))
    drafts = [c.question for c in draft_candidates(ex, build_people(ex)) if c.question["topic"] == "demands"]
    shown = [q["prompt"] for q in drafts] + [p[0] for q in drafts for p in q.get("pairs", [])]
    assert len(drafts) >= 3
    assert not any("her to pause" in text for text in shown)


def test_a_pronoun_as_the_one_asked_fails_the_check():
    q = {"id": "q", "type": "match", "topic": "demands", "prompt": "Match each position to the side that holds it.",
         "pairs": [["Urges him to pause the change", "Allied Porters Union"],
                   ["Offers to meet the union", "State government"]],
         "source": "The Allied Porters Union threatened strike action if any jobs were cut.", "explanation": "B."}
    assert "cannot be understood" in failed(q, TEXT).get("complete", "")


# -- sides a student chooses between -------------------------------------------------------------------------------

def test_a_count_of_people_is_no_side():
    ex = extract(article("Students at Ostrava University walked out on Monday. Not all students support the strike."))
    assert not any(p.side.lower().startswith("not all") for p in ex.positions)


def test_a_party_cut_at_its_apostrophe_is_the_named_union():
    ex = extract(article('"We will stay out until the fees are frozen," said Tomas Uhl, president of the Ostrava '
                         "Students' Union. The Ostrava Students' Union wants a two-year freeze."))
    assert {p.side.split(" (")[0] for p in ex.positions} == {"Ostrava Students' Union"}


def test_a_descriptor_before_a_name_is_not_part_of_the_side():
    ex = extract(article("Developer Brightmoor Freight Partners wants to build a depot on the old mill site. Brightmoor "
                         "hopes to begin work next spring. Residents oppose the depot."))
    sides = {p.side for p in ex.positions}
    assert "Brightmoor Freight Partners" in sides
    assert not any(side.startswith("Developer ") or side == "Brightmoor" for side in sides)


def test_places_stages_papers_and_bare_nouns_are_not_parties():
    from studyapp.core.generate.checks import is_party
    assert not any(is_party(x) for x in ("Harbour Road", "Group B", "Brennan Chronicle", "Association"))
    assert all(is_party(x) for x in ("Save Millside Road", "Allied Porters Union", "Parents", "Westland"))


# -- "What does X want Y to do?" -----------------------------------------------------------------------------------

ASKING = article(
    "Students at Ostrava University walked out on Monday over a rise in fees. The Ostrava University Staff Association "
    "urged the ministry to restore the university's grant. The university refused to withdraw the increase. The "
    "Ostrava Students' Union threatened to occupy the library. Councillor Ida Marsh called on the rector to meet "
    "the students.")


def test_what_a_side_asks_another_to_do_is_asked_with_the_actions_as_options():
    ex = extract(ASKING)
    asked = {c.question["prompt"]: c.question for c in draft_candidates(ex, build_people(ex))
             if c.question["prompt"].startswith("What ")}
    q = asked["What does the Ostrava University Staff Association urge the ministry to do?"]
    assert q["answer"] == "restore Ostrava University's grant"  # 'the university' named
    assert "withdraw the increase" in q["choices"] and "occupy the library" in q["choices"]
    assert "What does Ida Marsh call on the rector to do?" in asked


def test_an_institution_takes_the_and_a_company_or_campaign_does_not():
    assert subject_of("Allied Nursing Union") == "the Allied Nursing Union"
    assert subject_of("Office for Digital Competition") == "the Office for Digital Competition"
    assert subject_of("Lumora Technologies") == "Lumora Technologies"
    assert subject_of("Save Millside Road") == "Save Millside Road"


def test_a_thing_wanted_to_happen_is_not_asked_as_someone_asked_to_act():
    ex = extract(article("The Coastal Commission wants the rebate to come to an end. Britain refused to give up the "
                         "rebate. Spain offered to cut its own share. Ireland urged both sides to meet again."))
    prompts = [c.question["prompt"] for c in draft_candidates(ex, build_people(ex))]
    assert not any(p.startswith("What does the Coastal Commission want") for p in prompts)


def test_only_actions_are_options_for_an_action():
    ex = extract(article("The Porters Union urged the Harbour Board to reopen talks. The Harbour Board agreed to a "
                         "lower rate of 2% on Monday. Tarkwa Docks refused to publish its accounts. Dock owners "
                         "offered to pay a bonus."))
    asked = [c.question for c in draft_candidates(ex, build_people(ex)) if c.question["prompt"].startswith("What ")]
    assert asked and all(not c.startswith("a lower rate") for q in asked for c in q.get("choices", []))  # (a card has none)


def test_a_portfolio_before_minister_is_no_party():
    ex = extract(article("Mineral Resources Minister Ama Dube urged both sides to return to mediation. The Allied "
                         "Drillers Union wants a 12% rise."))
    assert not any(p.side.startswith("Mineral Resources") for p in ex.positions)


def test_the_match_leaves_out_a_side_the_bank_does_not_list_as_a_person():
    from studyapp.core.generate.questions import Ids, _stance_items, match_candidates, name_words
    ex = extract(article("Ama Dube urged both sides to return to mediation. Kofi Mensah offered to meet the union. "
                         "The Allied Drillers Union wants a 12% rise. Tarkwa Mines refused to reopen talks. The "
                         "Harbour Users Group demanded an end to the blockade."))
    people = [p for p in build_people(ex) if p["name"] != "Kofi Mensah"]
    matches = match_candidates(ex, Ids(), _stance_items(ex), name_words(ex), None, people)
    assert all(right != "Kofi Mensah" for m in matches for _, right in m.question["pairs"])


# -- statements ----------------------------------------------------------------------------------------------------

def test_two_parties_as_one_side_take_the_plural_and_a_country_its_article():
    from studyapp.core.generate.questions import agree
    assert agree("Ostrland and Kalvara", "rejects") == "reject"
    assert subject_of("United Kingdom") == "the United Kingdom" and subject_of("Westland") == "Westland"


def test_a_position_about_its_holder_is_not_given_to_another_side_as_a_false_statement():
    ex = extract(article("Ashby Rovers manager Jo Pell dismissed suggestions that her job was under threat. The Ardent "
                         "League rejected calls to move the final. Ashby Rovers wants a new stadium."))
    statements = [c.question["prompt"] for c in draft_candidates(ex, build_people(ex))
                  if c.question["prompt"].startswith("True or false:") and c.question["answer"] == "False"]
    assert not any("her job" in s for s in statements)


def test_prepared_to_a_standard_is_no_offer():
    ex = extract(article("The Harrow Vale board said the pitch was prepared to international standards. The Harrow "
                         "Vale board is prepared to meet the league."))
    assert [(p.stance, p.demand) for p in ex.positions] == [("is prepared to", "meet the league")]


def test_an_attribution_after_a_dangling_word_ends_the_demand():
    ex = extract(article("The Pacific Players' Association is trying to make sure there are 14 teams to play for, "
                         "Mara Delaney said on Monday."))
    assert [p.demand for p in ex.positions] == ["make sure there are 14 teams to play for"]


def test_the_company_in_a_demand_is_named():
    ex = extract(article("Brightline Telecom on Tuesday rejected a ruling from the Office for Network Fairness. The "
                         "regulator said Brightline had breached its licence. It ordered the company to restore full "
                         "speeds by Oct. 1. The Fibre Users Group wants the fine doubled."))
    prompts = [c.question["prompt"] for c in draft_candidates(ex, build_people(ex))]
    # (no "Which side orders Brightline Telecom to …?": Brightline, the one ordered, is no side to offer beside the
    # regulator, and the article has only one other; the order is asked as a statement and as what it orders)
    assert "True or false: The Office for Network Fairness orders Brightline Telecom to restore full speeds by Oct. 1." \
        in prompts
    assert "What does the Office for Network Fairness order Brightline Telecom to do?" in prompts
    assert not any("orders the company" in p for p in prompts)
