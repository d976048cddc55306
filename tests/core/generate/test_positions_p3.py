"""Cues and sides the second invented set showed missing: a vow with a day between ("vowed Thursday to"), a
warning of what the warner would do, an order to someone, "the least X can do is", a bare title given as a
short form before a name ("Gov. …" then "the governor"), and "nobody" as no side (tests/data/articles/p3-*.txt)."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import ARTICLES


def _positions(name: str) -> list[tuple[str, str, str]]:
    ex = extract((ARTICLES / name).read_text(encoding="utf-8"))
    return [(p.side, p.stance, p.demand) for p in ex.positions]


def test_vow_with_a_day_between():
    got = _positions("p3-reservoir-row.txt")
    assert ("Teresa Marrow", "vows to", "block any sale of the Kestrel Reservoir to a private operator") in got


def test_warned_it_would_is_a_threat():
    got = _positions("p3-reservoir-row.txt")
    assert any(side == "Municipal Water Workers Union" and stance == "threatens to" and demand.startswith(
        "ballot its 4,000 members for strike action") for side, stance, demand in got)
    assert any(side == "Municipal Water Workers Union (Callum Reyes)" and stance == "threatens to" and
               demand.startswith("picket the board's headquarters") for side, stance, demand in got)


def test_ordered_someone_to():
    got = _positions("p3-reservoir-row.txt")
    assert any(stance == "orders" and demand.startswith("the utility's engineers to publish a full safety report")
               for _, stance, demand in got)


def test_the_least_they_can_do():
    got = _positions("p3-reservoir-row.txt")
    assert any(stance == "says that" and "pay for the dam it built" in demand for _, stance, demand in got)


def test_short_title_then_bare_title_is_the_person():
    got = _positions("p3-reservoir-row.txt")
    assert not any(side.lower().startswith("governor") for side, _, _ in got)
    assert any(side == "Teresa Marrow" and stance == "threatens to" and demand.startswith(
        "withhold the board's operating grant") for side, stance, demand in got)


def test_nobody_is_no_side():
    got = _positions("p3-reservoir-row.txt")
    assert not any(side.lower() in ("nobody", "no one", "everyone") for side, _, _ in got)


def test_warning_of_a_consequence_is_not_a_threat():
    ex = extract("Budget row\n\nThe council warned it would be difficult to keep every library open. "
                 "Finance officer Jo Lane warned that the board would face a shortfall next year.\n")
    assert not any(p.stance == "threatens to" for p in ex.positions)


def test_the_company_is_never_a_union_known_by_its_initials():
    got = _positions("p3-ferry-fares.txt")
    assert ("Tidewater Ferries Ltd", "refuses to", "move on overtime rates") in got
    assert not any(side.startswith("CSF") and stance == "refuses to" for side, stance, _ in got)


def test_quoted_expectation_intent_and_order():
    got = _positions("p3-ferry-fares.txt")
    # "I expect both sides to …", "This union is going to …", "…, show us the accounts"
    assert any(side == "Owen Pryce" and demand.startswith("I expect both sides to come") for side, _, demand in got)
    # the federation's initials are the federation: one side, by its name
    csf = ("CSF", "Coastal Seafarers' Federation")
    assert any(side.startswith(csf) and "is going to win a fair deal" in demand for side, _, demand in got)
    assert any(side.startswith(csf) and "show us the accounts" in demand for side, _, demand in got)


def test_we_are_not_going_to_is_no_demand_by_itself():
    ex = extract('Drought row\n\n"We are not going to apologize for the pipes," said Mayor Deb Holt.\n')
    assert not ex.positions


def test_a_finding_is_no_position_and_considering_is_one():
    got = _positions("p3-clinic-queues.txt")
    # "Figures … show that 48,000 patients were waiting for …": a count, nobody's demand
    assert not any("first appointment" in demand for _, _, demand in got)
    # "said the board was considering fines …": what a side weighs doing is its position
    assert any("was considering fines for clinics" in demand for _, _, demand in got)
    assert any(stance == "calls for" and demand.startswith("a review of how appointments") for _, stance, demand in got)


def test_a_forecast_and_a_judgement_of_an_ask_are_no_positions():
    got = _positions("p3-transit-budget.txt")
    # "warned that 900 drivers could face layoffs if no budget …": what may happen, not what anyone wants
    assert not any("could face layoffs" in demand for _, _, demand in got)
    # "What the authority is asking for is not unreasonable": no ask of the speaker's
    assert not any(stance == "asks for" for _, stance, _ in got)
    # a party that could act if no deal comes is still threatening
    assert any(side == "Dev Sandhu" and "could take the authority to court" in demand for side, _, demand in got)


def test_what_a_party_s_proposal_would_do_is_its_proposal():
    got = _positions("p3-rail-levy.txt")
    # "X tabled its proposal. It would …" and "The budget passed by X would …"
    assert any(side == "Harwick Rail Company" and stance == "proposes" and demand.startswith(
        "a fare proposal that would raise peak fares by 6 per cent") for side, stance, demand in got)
    assert ("Harwick County Council", "proposes", "a budget that would cut the rail subsidy by $4 million") in got


def test_it_would_be_after_a_proposal_is_no_position():
    ex = extract("Fares\n\nThe Harwick Rail Company tabled its fare proposal on Monday. It would be the first rise "
                 "in a decade.\n")
    assert not any(p.stance == "proposes" for p in ex.positions)


def test_a_quoted_requirement_is_a_position():
    got = _positions("p3-school-meals.txt")
    assert any(side == "Lionel Ashe" and "a requirement to spend within the limits" in demand
               for side, _, demand in got)


def test_call_us_back_is_no_backing_and_a_quote_s_last_sentence_no_report():
    got = _positions("p3-vote-standoff.txt")
    assert ("Rosa Lind", "dismisses", "the threat") in got
    # "call us back as often as he likes": a particle, not "backs"; "The numbers won't change," she said: the
    # quotation's own words, not reported speech
    assert not any("call us back" in demand or "numbers won't change" in demand for _, _, demand in got)
    assert not any(stance == "backs" for _, stance, _ in got)


def test_it_would_be_absurd_for():
    got = _positions("p3-vote-standoff.txt")
    assert any(side == "Ivo Brandt" and "It would be absurd for them to pay" in demand for side, _, demand in got)


def test_a_timetable_is_no_position():
    got = _positions("p3-inquiry-timetable.txt")
    assert not any("would not be finished" in demand or "no date had been set" in demand for _, _, demand in got)
    assert ("Amir Shah", "says that", "the board must publish its findings before the contract is signed") in got
