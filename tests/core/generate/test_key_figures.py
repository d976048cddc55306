"""A story's headline sum asked (issue 14, round 13: a court report's fine was not asked at all, because a sum in
the passive, "X has been fined £1.8m", had no question form): "How much has X been fined?", "How much was Y
awarded in damages?"; the reason after it ("after a worker fell …") and a reduction after a comma are left out.
Every article here is invented for its test."""

from datetime import date

from studyapp.core.generate.figures import figures_in, how_question
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article


def asked(sentence: str, names: frozenset[str] = frozenset(), nth: int = 0) -> str | None:
    return how_question(sentence, figures_in(sentence)[nth], names)


def test_a_passive_fine_is_asked_how_much():
    assert asked("Harrow Lifts Ltd has been fined £1.4 million after an engineer fell down a lift shaft in Tolby.") == \
        "How much has Harrow Lifts Ltd been fined?"
    assert asked("Corlan Water was fined £2.7 million, reduced from £4 million for its early guilty plea, at "
                 "Harrowby Crown Court on Friday.") == "How much was Corlan Water fined?"
    assert asked("Mr Dale was awarded £45,000 in damages.") == "How much was Mr Dale awarded in damages?"


def test_a_pronoun_or_a_described_sum_is_not_asked_this_way():
    assert asked("It was fined £2 million.") is None
    assert asked("The firm was fined a £2 million penalty.") is None


# court report
COURT = """
A demolition company has been fined £950,000 after a labourer was crushed by a falling wall in Penhallow.

Tarrant Demolition Ltd pleaded guilty at Kelby Crown Court to breaching health and safety law. The fine was reduced from £1.4 million because of the early guilty plea, Judge Amira Holt said.

The company was also ordered to pay costs of £62,000. Its director, Mark Tarrant, said the firm had changed its procedures.

"We are deeply sorry," Mr Tarrant said outside court.

The labourer's sister, Jo Penrose, said the family would campaign for tougher laws. "No fine brings him back," she said.
"""


def test_the_fine_in_a_court_reports_lead_is_asked():
    bank, _ = generate_bank(article(COURT, "Demolition firm fined £950,000"), published=date(2027, 1, 22))
    prompts = {q["prompt"]: q.get("answer") for q in bank["questions"] if q["type"] in ("choice", "typed")}
    # (the article gives one other sum near it, £1.4 million: too few to choose from, so the fine is typed)
    assert prompts.get("How much has a demolition company been fined?") == "£950,000", prompts


def test_duties_levied_at_a_rate_are_asked_what_rate():
    # wire copy: a tariff threat
    assert asked("Norland will impose tariffs of 30 percent on timber imported from Vessia unless the two countries "
                 "reach a deal by July 31, its trade minister said.", frozenset({"Norland"})) == \
        "What rate of tariffs will Norland impose on timber imported from Vessia?"
    assert asked("Ministers have imposed new tariffs of 20% on Ruritanian cheese.") == \
        "What rate of new tariffs have ministers imposed on Ruritanian cheese?"


def test_a_when_clause_with_its_own_possessive_is_left_out_of_a_count():
    # regional daily: service cuts when a timetable changes
    assert asked("Harlow Valley Rail will cut 24 weekday services on its Tarn line when its new timetable takes "
                 "effect on 17 May, the operator confirmed yesterday.") == \
        "How many weekday services will Harlow Valley Rail cut on its Tarn line?"


def test_a_ballot_share_a_demand_in_the_progressive_and_a_vote_share_after_the_count_are_asked():
    # regional daily: a strike ballot and the union's demand
    assert asked("Members of the Fenwick Engineers union voted by 91 per cent in favour of strike action on a "
                 "turnout of 70 per cent, the union said on Monday.", frozenset({"Fenwick"})) == \
        "What share of members of the Fenwick Engineers union voted in favour of strike action?"
    assert asked("The union is demanding a rise of 8 per cent, arguing that pay has fallen behind inflation.") == \
        "How big a rise is the union demanding?"
    # broadcaster: a results story
    assert asked("With 95 percent of ballots counted, Varga of the Liberal Party had 44.1 percent of the vote, "
                 "while Olsen had 40.2 percent.", frozenset({"Varga", "Olsen"}), 1) == \
        "What share of the vote did Varga of the Liberal Party have?"
