"""A false statement a student could believe, and options none of which holds another (issue 14, point 3)."""

from datetime import date

from studyapp.core.generate.blocs import apart, overlap
from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.falsehood import implausible, quoted_figure
from studyapp.core.generate.questions import build_people, draft_candidates

from tests.core.generate.conftest import article

BID = article("""
Dolvane Metals Group launched a hostile 2.1bn pound bid for Harwick Mining last month, offering 410 pence a share for
its smaller rival.

Harwick Mining on Monday told shareholders to reject the offer.

"The price does not reflect the worth of our mines," Harwick chairman Ottilie Brandt said in a statement.

The Tessford Pension Fund wants a bigger dividend from the copper mines next year.

Analyst Gemma Lowry said Dolvane had room to pay more. "They can afford a better price," she said.
""", "Harwick Mining board tells investors to turn down Dolvane bid")


def _false_statements(text: str) -> list[str]:
    ex = extract(text, date(2025, 3, 10))
    return [c.question["prompt"] for c in draft_candidates(ex, build_people(ex))
            if c.question["id"].startswith("tf-") and c.question["answer"] == "False"]


def _statement(prompt: str, answer: str, source: str) -> dict:
    return {"id": "tf-x", "type": "choice", "topic": "demands", "prompt": prompt, "choices": ["True", "False"],
            "answer": answer, "source": source}


def _failed(question: dict, text: str) -> list[str]:
    return [c.why for c in review_question(question, CheckContext(text)).failed]


def test_the_maker_of_an_offer_is_not_said_to_reject_it():
    falses = _false_statements(BID)
    assert "True or false: Harwick Mining rejects the offer." not in falses  # that one is true
    assert not any(s.startswith("True or false: Dolvane Metals Group rejects") for s in falses)
    # the fund's view of the offer is never given (it wants a dividend): "False" would not be in the text (reader 4)
    assert "True or false: Tessford Pension Fund rejects the offer." not in falses


def test_the_check_rejects_a_false_statement_given_to_the_maker_of_its_object():
    q = _statement("True or false: Dolvane Metals Group rejects the offer.", "False",
                   "Harwick Mining on Monday told shareholders to reject the offer.")
    assert any("made the offer" in why for why in _failed(q, BID))


def test_a_false_statement_does_not_name_its_side_by_another_form():
    text = article("""
Norway objects to the Canadian fishing quotas in the northern sea, its fisheries minister said on Tuesday.

Canada wants a joint survey of the cod stock before any new quota is set.

Greenland demands a seat at every future round of the talks.
""", "Fishing talks stall")
    q = _statement("True or false: Canada objects to the Canadian fishing quotas in the northern sea.", "False",
                   "Norway objects to the Canadian fishing quotas in the northern sea, its fisheries minister said "
                   "on Tuesday.")
    assert any("named in the statement itself" in why for why in _failed(q, text))
    assert implausible("Canada", "objects to the Canadian fishing quotas", "", text)
    assert not implausible("Greenland", "objects to the Canadian fishing quotas", "", text)


def test_a_denied_or_quoted_phrase_makes_no_false_statement():
    text = article("""
Union leader Marta Velde told the nurses on the steps of the hospital that they were not "chasing rainbows."

Health minister Jonas Pirk wants the pay review to report by the summer.
""", "Nurses rally")
    source = ('Union leader Marta Velde told the nurses on the steps of the hospital that they were not '
              '"chasing rainbows."')
    q = _statement("True or false: Jonas Pirk chases rainbows.", "False", source)
    failed = _failed(q, text)
    assert any("opposite" in why for why in failed) or any("quoted phrase" in why for why in failed)
    assert quoted_figure("chases rainbows.", source) == "chasing rainbows."
    assert not quoted_figure("wants the pay review to report by the summer.", source)


def test_a_bloc_is_not_offered_beside_its_member():
    assert overlap("West", "Canada") and overlap("the West", "NATO") and overlap("NATO", "Norway")
    assert overlap("Western allies", "France") and overlap("European Union", "Germany")
    assert not overlap("NATO", "European Union") and not overlap("Norway", "Iceland")
    assert apart("Canada", ["Greenland", "West", "Iceland", "NATO"]) == ["Greenland", "Iceland"]
    assert apart("Russia", ["China", "NATO", "Norway", "West"]) == ["China", "NATO"]
    q = {"id": "side-x", "type": "choice", "topic": "demands",
         "prompt": "Which side is prepared to talk about shared patrols and catch limits?",
         "choices": ["Canada", "Greenland", "Iceland", "West"], "answer": "Canada",
         "source": "Canada is prepared to talk about shared patrols and catch limits."}
    text = article("Canada is prepared to talk about shared patrols and catch limits.", "Talks")
    assert any("“West” includes “Canada”" in why for why in _failed(q, text))


def test_the_side_an_offer_was_made_to_is_not_said_to_make_it():
    text = article("\n\n".join([
        "The Volunteer Drivers Guild offered on Monday to run the night buses free of charge until March.",
        "Riverside Transit, the city's bus operator, turned down the offer a day later, citing insurance rules.",
        "The Tenants Forum wants the night buses back before the winter.",
    ]), "Night bus offer turned down")
    position = "offers to run the night buses free of charge until March."
    assert implausible("Riverside Transit", position, "", text) == "the offer was made to Riverside Transit"
    assert not implausible("Tenants Forum", position, "", text)


def test_a_described_group_is_named_by_its_noun_and_a_maker_by_an_adverbed_verb():
    text = article("\n\n".join([
        "Coffee growers have also demanded a floor price of 90 cents a pound for the coming harvest.",
        "Trade minister Ilse Marrak urged the growers to end their blockade of the port.",
        "The Roasters Guild wants the floor price dropped.",
    ]), "Growers dig in")
    assert implausible("Coffee growers", "urges the growers to end the blockade of the port.", "", text)
    assert implausible("Coffee growers", "rejects the demand for a floor price.", "", text) == \
        "Coffee growers made the demand the statement is about"
    assert not implausible("Roasters Guild", "urges the growers to end the blockade of the port.", "", text)


def test_an_abbreviated_side_is_judged_by_its_spelled_out_name():
    text = article("\n\n".join([
        "The Volunteer Drivers Guild offered on Monday to run the night buses free of charge until March.",
        "Riverside Urban Transit, the city's bus operator, turned down the offer a day later.",
        "RUT said its insurance did not cover volunteers.",
    ]), "Night bus offer turned down")
    assert implausible("RUT", "offers to run the night buses free of charge until March.", "", text)


def test_the_check_reads_a_described_side_whole_from_the_banks_sides():
    text = article("\n\n".join([
        "Farmers' unions have demanded compensation for crops lost to the October rain, which they say the "
        "government promised but never paid.",
        "The State government wants the highway blockade lifted by Friday.",
    ]), "Farmers block highway")
    q = _statement("True or false: The State government demands compensation for crops lost to the October rain.",
                   "False", "Farmers' unions have demanded compensation for crops lost to the October rain, which "
                            "they say the government promised but never paid.")
    context = CheckContext(text, sides=["Farmers' unions", "State government"])
    assert any("takes part in the source sentence" in c.why for c in review_question(q, context).failed)


BUDGET = article("""
Thousands of teachers from the Ardel Teachers Federation marched on the state capitol on Tuesday to demand a 10% pay
rise and smaller classes.

The Liberty Party defended the state budget approved by Liberty Party lawmakers in April, which raised school funding
by 2%.

The Ardel School Boards Council wants the state to pay for 300 new classrooms.

The federation said teachers would strike in May unless lawmakers reopened the budget.
""", "Teachers march on Ardel capitol as lawmakers defend budget")


def test_a_side_is_not_said_to_defend_what_its_opponent_made():
    # "Nurses defend the hospital budget approved by the trustees": the nurses march against it
    assert "role reversal" in implausible("Ardel Teachers Federation",
                                          "defends the state budget approved by Liberty Party lawmakers in April",
                                          "The Liberty Party defended the state budget.", BUDGET)
    assert not any(s.startswith(("True or false: Ardel Teachers Federation defends",
                                 "True or false: The Ardel Teachers Federation defends",
                                 "True or false: Ardel School Boards Council defends")) for s in _false_statements(BUDGET))
    # rejecting what another side made stays a statement a student could weigh
    assert implausible("Ardel School Boards Council", "rejects the state budget approved by Liberty Party lawmakers",
                       "The federation rejected the state budget.", BUDGET) == ""


def test_the_check_rejects_a_role_reversal():
    q = _statement("True or false: Ardel Teachers Federation defends the state budget approved by Liberty Party "
                   "lawmakers in April.", "False", "The Liberty Party defended the state budget approved by Liberty "
                   "Party lawmakers in April, which raised school funding by 2%.")
    assert any("role reversal" in why for why in _failed(q, BUDGET))


def test_a_side_whose_name_holds_the_statements_noun_is_no_false_holder():
    # "The Harlan Court Tenants Union backs the tenants": about the union's own members, not a claim to weigh
    assert "tenants" in implausible("Marsh Lane Tenants Union", "backs the tenants", "Councillor Ada Brel backs the "
                                    "tenants.", "Councillor Ada Brel backs the tenants.")
    assert implausible("Marsh Lane Tenants Union", "backs the landlord", "x", "y") == ""
