"""What a side asks of another is not its own act, a hedge is kept or the act is not asked, a remark is not a policy.

Every article here is invented for its test (fictional people, places and bodies): a planning objection asking a
committee, a court case where each side asks the judge, a union urging a minister, a company that "would struggle
to" meet a target, a spokesperson who "declined to discuss"."""

from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body, title)).positions]


# --- a request is not an act ---

def test_asking_a_committee_to_refuse_a_plan_is_a_request_not_a_refusal():
    body = ("Residents of Orlen Vale have asked the Tarnby District Council planning committee to refuse an "
            "application to extend the Hollin quarry. The Orlen Vale Society urged the committee to reject the plan "
            "when it meets on Thursday.")
    got = positions(body)
    assert not any(stance.startswith(("refuses", "rejects")) for _, stance, _ in got), got
    assert any(stance == "asks" and demand.startswith("the Tarnby District Council planning committee to refuse")
               for _, stance, demand in got), got
    assert any(side == "Orlen Vale Society" and stance == "urges" for side, stance, _ in got), got


def test_what_counsel_urges_the_judge_to_do_is_nobodys_rejection():
    body = ("Lawyers for Castry Homes told Judge Alan Merrow at Grisby County Court that the claim was too late. "
            "Counsel for the tenants, Ruth Penhale, urged the judge to reject the landlord's application. "
            "The Grisby Tenants Federation wants the court to order Castry Homes to carry out repairs.")
    got = positions(body)
    assert not any(stance == "rejects" for _, stance, _ in got), got
    assert any(stance == "urges" and demand.startswith("the judge to reject") for _, stance, demand in got), got


def test_a_union_urging_a_minister_is_asked_what_it_wants_the_minister_to_do():
    body = ("The Allied Care Workers Union has urged the care minister to reopen pay talks. The Carers' Guild called "
            "on the government to fund 500 more training places. The Vesey Hospitals Board asked ministers to publish "
            "the review in full.")
    got = positions(body)
    assert ("Allied Care Workers Union", "urges", "the care minister to reopen pay talks") in got
    assert not any(stance in ("funds", "publishes", "reopens") for _, stance, _ in got), got


# --- a hedge is carried or the act is not asked ---

def test_a_hedged_act_is_no_position():
    body = ("The Orrin Farmers League may seek a judicial review of the ruling. Teller Logistics could oppose the new "
            "rules. The Fenmore Anglers Club said it would struggle to support the new permit scheme. The Dunmore "
            "Ratepayers Alliance said it could offer a smaller rise.")
    got = positions(body)
    assert not any(stance in ("seeks", "opposes", "supports", "offers") for _, stance, _ in got), got


def test_would_not_rule_out_holds_the_door_open():
    got = positions("The Marlow Cyclists Union would not rule out further strikes.")
    assert ("Marlow Cyclists Union", "does not rule out", "further strikes") in got


def test_a_company_that_would_struggle_to_meet_a_target_does_not_meet_or_back_it():
    body = ("Vessel Motors said it would struggle to back the 2030 electric target and asked ministers to delay the "
            "deadline by three years.")
    got = positions(body)
    assert not any(stance == "backs" for _, stance, _ in got), got
    assert any(stance == "asks" and "delay the deadline" in demand for _, stance, demand in got), got


# --- a remark is not a policy ---

def test_declining_or_refusing_to_discuss_is_no_refusal():
    body = ("A spokesman for Brannock Water refused to discuss the plan. Brannock Water declined to say whether it "
            "would appeal. A spokesperson for Teller Logistics refused to be drawn on the claims. The Selby Trust "
            "declined to discuss the sale. A Harwick Council spokeswoman refused to comment on the report.")
    assert positions(body) == []


def test_refusing_to_talk_with_the_other_side_is_still_a_position():
    got = positions("Teller Logistics refused to talk to the union until the strike ended. The Pellow Academy Trust "
                    "has refused to discuss the suspension of its head teacher.")
    assert any(side == "Teller Logistics" and stance == "refuses to" for side, stance, _ in got), got
    assert any(side == "Pellow Academy Trust" and stance == "refuses to" for side, stance, _ in got), got


def test_a_senators_i_dont_want_to_kill_the_program_with_no_but_is_her_position():
    body = ('Senator Mara Holt of the Defence Committee spoke after the hearing. "I don\'t want to kill this program," '
            'she said. "I want it to work."')
    assert any(stance == "does not want" for _, stance, _ in positions(body))


def test_we_dont_want_to_strike_is_a_disclaimer_not_a_position():
    body = ('The Linnet Nurses Union is balloting its members for a strike. "We don\'t want to go on strike. Nobody '
            'becomes a nurse to walk out on patients," said its secretary, Orla Finch. "But we cannot accept a pay cut '
            'dressed up as a rise."')
    got = positions(body)
    assert not any(stance == "does not want" for _, stance, _ in got), got


# --- checks: the party asked offered as an option, a request keyed as the asker's own act ---

ARTICLE = ("League fine row\n\nThe Harrow Rovers Supporters' Trust has called on the Eastern Counties League to cut the "
           "fine on Harrow Rovers. Counsel for the club, Ines Morrow, urged the judge, Peter Aske, to reject the league's appeal. "
           "The Rovers Players' Union asked the Eastern Counties League to refuse any points deduction for Harrow Rovers.")
PEOPLE = [{"name": "Ines Morrow", "role": "counsel for the club"}, {"name": "Peter Aske", "role": "judge"},
          {"name": "Tom Lune", "role": "league chairman"}]


def failed(q: dict) -> dict[str, str]:
    return {c.name: c.why for c in review_question(q, CheckContext(ARTICLE, people=PEOPLE)).failed}


def choice(prompt, choices, answer, source):
    return {"id": "q", "type": "choice", "topic": "demands", "prompt": prompt, "choices": choices, "answer": answer,
            "source": source, "explanation": "Because."}


def test_the_party_a_prompt_says_is_asked_is_no_option():
    q = choice("Which side calls on the Eastern Counties League to cut the fine on Harrow Rovers?",
               ["Eastern Counties League", "Harrow Rovers Supporters' Trust", "Rovers Players' Union"],
               "Harrow Rovers Supporters' Trust",
               "The Harrow Rovers Supporters' Trust has called on the Eastern Counties League to cut the fine on Harrow "
               "Rovers.")
    assert "asked" in failed(q).get("names", ""), failed(q)


def test_the_judge_a_prompt_says_is_urged_is_no_option():
    q = choice("Who urges the judge to reject the league's appeal?", ["Ines Morrow", "Peter Aske", "Tom Lune"],
               "Ines Morrow", "Counsel for the club, Ines Morrow, urged the judge, Peter Aske, to reject the league's "
                              "appeal.")
    assert "asked" in failed(q).get("names", ""), failed(q)
    fine = choice("Who urges the judge to reject the league's appeal?", ["Ines Morrow", "Tom Lune", "Rhys Dale"],
                  "Ines Morrow", q["source"])
    assert "names" not in failed(fine) or "asked" not in failed(fine)["names"]


def test_a_request_keyed_as_the_askers_own_act_fails():
    source = "The Rovers Players' Union asked the Eastern Counties League to refuse any points deduction for Harrow Rovers."
    q = choice("Which side refuses any points deduction for Harrow Rovers?", ["Eastern Counties League", "Harrow Rovers Supporters' Trust",
                                                     "Rovers Players' Union"], "Rovers Players' Union", source)
    assert "asker's own act" in failed(q).get("key", ""), failed(q)
    flash = {"id": "f", "type": "flash", "topic": "demands", "prompt": "What does the Rovers Players' Union refuse?",
             "answer": "Any points deduction for Harrow Rovers", "source": source, "explanation": "Because."}
    assert "asker's own act" in failed(flash).get("key", ""), failed(flash)
    asked = choice("Which side asks the Eastern Counties League to refuse any points deduction for Harrow Rovers?",
                   ["Harrow Rovers Supporters' Trust", "Rovers Players' Union", "Tom Lune"], "Rovers Players' Union",
                   source)
    assert "key" not in failed(asked)


# --- a whole bank ---

def test_a_bank_never_offers_the_one_asked_as_the_side_that_asks():
    body = ("Ardent Motors has asked ministers to delay the electric car deadline by three years. The Department for "
            "Roads said the government remained committed to the 2030 date. The Society of Motor Traders hopes to "
            "persuade ministers to offer larger grants to buyers. The campaign group Clean Lanes Now urged the "
            "government to hold firm. \"Any delay would reward the firms that dragged their feet,\" said its director, "
            "Amara Keel. Ardent Motors said demand for electric cars was lower than expected.")
    bank, _ = generate_bank(article(body, "Carmaker asks for more time on electric target"))
    urged = [q for q in bank["questions"] if q["prompt"].startswith("Which side urges the government")]
    assert all("Government" not in q["choices"] for q in urged), urged
    # the wrong options of such a question: never the government asked, nor the judge urged
    from studyapp.core.generate.questions import _not_the_asked
    assert _not_the_asked(["Government", "Ardent Motors", "Society of Motor Traders"], "urges",
                          "the government to hold firm", {}) == ["Ardent Motors", "Society of Motor Traders"]
    assert _not_the_asked(["Peter Aske", "Tom Lune", "Rhys Dale"], "urges", "the judge to reject the appeal",
                          {"Peter Aske": "judge", "Tom Lune": "league chairman"}) == ["Tom Lune", "Rhys Dale"]
    assert _not_the_asked(["Eastern Counties League", "Rovers Players' Union"], "calls on",
                          "the Eastern Counties League to cut the fine", {}) == ["Rovers Players' Union"]


def test_residents_of_a_place_are_a_group_and_ask_in_the_plural():
    from studyapp.core.generate.questions import agree
    assert agree("Residents of Orlen Vale", "asks") == "ask"
    assert agree("Doctors for Change", "asks") == "asks"


def test_a_side_is_never_asked_what_it_asks_itself_to_do():
    from studyapp.core.generate.questions import _not_the_asked
    assert _not_the_asked(["Federated Nurses Union"], "calls on", "the union to suspend the ballot", {}) == []
