"""Demands and sides as the blind set tests/data/invented17 found them missed (a lawsuit's claims, a joint letter,
an objection, support given, a fund writing to a chairman) and wrongly found
(a possibility after an "if" clause, "Others say", a forecast, "Neither side wants" in an onlooker's quote, a
campaign group taken for "the firm"). Every article here is written for its test; none is taken from a set."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]


def test_a_lawsuit_asks_what_those_who_filed_it_ask():
    body = ("More than 300 tenants of the Kestrel Court estate filed a complaint on Monday against Brayford Homes, "
            "the estate's landlord. The complaint, lodged with the Eastmoor County Court, seeks £2m in damages for "
            "years of broken lifts. It also asks that Brayford Homes replace every lift within six months.\n\n"
            "Brayford Homes denied the allegations.")
    got = positions(body)
    # the tenants, however many ("More than 300 tenants of …" is no side's name)
    assert any(side.startswith("Tenants") and stance == "seeks" and demand == "£2m in damages for years of broken lifts"
               for side, stance, demand in got)
    assert any(side.startswith("Tenants") and stance == "asks that" and
               demand == "Brayford Homes replace every lift within six months" for side, stance, demand in got)
    # the document is never a side, nor the landlord it is filed against
    assert not any(side.lower().startswith(("the complaint", "complaint")) for side, _, _ in got)
    assert not any(side == "Brayford Homes" and "lift" in demand for side, _, demand in got)


def test_a_joint_letter_says_what_its_writers_say():
    body = ("Three neighbouring councils have written jointly to the Marrowby food board urging it to keep the market "
            "open on Sundays. Their letter says any closure would be unfair on traders who had already paid for "
            "their stalls.")
    got = positions(body)
    assert any(stance == "says that" and "unfair on traders" in demand and side != "Their letter"
               for side, stance, demand in got)
    assert len({side for side, _, _ in got}) == 1  # the bakeries, whatever the label, both times


def test_an_objection_and_support_given_are_positions():
    body = ("The Fenwick Parish Council had objected to the wind farm unless the turbines were set back from the "
            "village. The opposition Harvest Party extended its support to the parish council.")
    got = positions(body)
    assert ("Fenwick Parish Council", "objects to",
            "the wind farm unless the turbines were set back from the village") in got
    assert ("Harvest Party", "supports", "the parish council") in got


def test_a_fund_writing_to_a_chairman_is_the_side_not_the_chairman():
    body = ("Oakhollow Partners, an activist fund that owns 4% of Brenlow Foods, wants a new board. In a letter to "
            "Brenlow's chairman, Dame Ruth Kellaway, the fund urged the board to sell the frozen-foods arm, arguing "
            "this would be worth more than any bid.")
    got = positions(body)
    assert ("Oakhollow Partners", "urges", "the board to sell the frozen-foods arm") in got
    assert not any("Kellaway" in side for side, _, _ in got)


def test_what_could_happen_others_views_and_forecasts_are_no_positions():
    body = ("The Tamsin Valley Growers Cooperative wants the pipeline moved. If the inspector approves the route "
            "unchanged, the cooperative could seek a judicial review. Others say any new route would only shift the "
            "problem. Former inspector Ravi Dunmore thinks the cooperative's chances are slim. Local councillor "
            "Hattie Brell said she believed a compromise on the route was \"within reach\".\n\n"
            "\"Neither side wants to be blamed for a delay,\" said Owen Petrakis, a lecturer in planning at Tamsin "
            "College.")
    got = positions(body)
    assert [stance for _, stance, _ in got] == ["wants"]


def test_a_campaign_group_is_never_the_firm():
    body = ("Campaign group Keep Lowfield Green has asked councillors to refuse the quarry. Tarrant Stone has agreed "
            "to pay for a new junction.\n\nThe planning manager, Sol Imrie, said the firm was willing to look again at "
            "weekend working.")
    got = positions(body)
    assert not any(side.startswith("Keep Lowfield Green") and "weekend" in demand for side, _, demand in got)
    # nor is a council "the company"
    body = ("The Lowfield Borough Council wants the quarry closed. The planning manager, Sol Imrie, said the company "
            "was willing to look again at weekend working.")
    assert not any(side.startswith("Lowfield Borough Council") and "weekend" in demand
                   for side, _, demand in positions(body))


def test_a_letter_to_an_office_of_several_words_asking_another_to_act():
    body = ("The local MP, Nia Caddock, said she had written to the fisheries minister asking the government to "
            "reopen the harbour talks.")
    assert ("Nia Caddock", "asks", "the government to reopen the harbour talks") in positions(body)


def test_a_council_backing_a_plan_by_a_vote_is_a_decision_not_a_position():
    body = ("Councillors back the Ferrybank housing scheme by nine votes to two. The Ferrybank Residents Association "
            "backs a smaller scheme.")
    got = positions(body)
    assert [side for side, _, _ in got] == ["Ferrybank Residents Association"]


def test_a_promise_given_is_a_position_but_a_past_one_the_story_tells_is_not():
    body = ("Corrin Buses has promised to keep the night route running until March. Last year, a similar protest "
            "ended after the transport board promised to review the fares.")
    got = positions(body)
    assert ("Corrin Buses", "promises to", "keep the night route running until March") in got
    assert not any("review the fares" in demand for _, _, demand in got)
