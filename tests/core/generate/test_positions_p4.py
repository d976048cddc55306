"""Positions the blind set showed missed or misread, as general patterns (tests/data/invented5): a side asked to act
("appealed to … to"), an answer to another side ("hit back, saying"), a verdict in the speaker's own words, a
regulator's finding and order, what sources say a party weighs, and who "the university", "the regulator" or a
bare "spokesman" is ("State Agriculture" is no party). Also what is not a position: a study's finding, a shared
accusation, a question of why, a closure notice, a past promise. Every article here is written for its test."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]


def sides(body: str) -> list[str]:
    return [side for side, _, _ in positions(body)]


# -- cues ---------------------------------------------------------------------------------------------------------

def test_appealing_to_a_side_to_act_is_a_position():
    body = ('Premier Aldo Brenn appealed to the nurses to "return to the wards and trust the process". '
            "Mayor Ines Tovar appealed on Friday to residents to save water.")
    assert positions(body) == [("Aldo Brenn", "appeals to", "the nurses to return to the wards and trust the process"),
                               ("Ines Tovar", "appeals to", "residents to save water")]


def test_hitting_back_saying_is_the_answering_sides_position():
    body = ("The Velmora Nurses Guild called a strike at Fenwick General on Monday. The Fenwick Hospital Trust hit back "
            'within hours, saying the guild had been offered "the best deal in the region".')
    assert ("Fenwick Hospital Trust", "argues that", 'the guild had been offered the best deal in the region') in \
        positions(body)


def test_slammed_by_a_group_last_night():
    body = 'Angry patients last night slammed the closure as "a betrayal". Furious parents slammed the plan.'
    assert positions(body) == [("Patients", "condemns", "the closure as a betrayal"),
                               ("Parents", "condemns", "the plan")]


def test_quoted_refusals_asks_and_matters_for_others():
    body = ('Ona Friel chairs the Kestrel Valley Forum. "If there is a panel, Kestrel will sit on it, or Kestrel will '
            'not recognise it," Friel said. "We have asked the Treasury for an extra £4million," she added. The '
            'Treasury rejected the request. "Staffing rotas are a matter for the hospital trust," said Treasury '
            "official Lea Marsh.")
    got = positions(body)
    assert ("Ona Friel", "says that",
            "If there is a panel, Kestrel will sit on it, or Kestrel will not recognise it") in got
    assert not any(side == "Lea Marsh" for side, stance, _ in got if stance == "rejects")  # the Treasury rejects
    assert any(demand == "We have asked the Treasury for an extra £4million" for _, _, demand in got)
    assert any(side.endswith("(Lea Marsh)") or side == "Lea Marsh" for side, _, demand in got
               if demand.startswith("Staffing rotas are a matter for"))


def test_a_quoted_verdict_on_the_plan_is_a_position_and_a_plain_report_is_not():
    body = ('Councillor Mara Quist said the closure plan was "dead on arrival". A council officer said the plan '
            "was due in June.")
    assert positions(body) == [("Mara Quist", "says that", "the closure plan was dead on arrival")]


def test_a_regulators_finding_and_order_are_its_positions():
    body = ("Brightline Telecom on Tuesday rejected a ruling from the Office for Network Fairness. The regulator said "
            "on Monday that Brightline had breached its licence by throttling rival services. It ordered the company "
            "to restore full speeds by Oct. 1 and fined it 40 million crowns.")
    got = positions(body)
    assert ("Office for Network Fairness", "says that",
            "Brightline had breached its licence by throttling rival services") in got
    assert ("Office for Network Fairness", "orders", "the company to restore full speeds by Oct. 1") in got


def test_what_sources_say_a_party_weighs_is_the_partys_position():
    body = ("Brightline Telecom faces a fine. People familiar with the company's plans said Brightline was also "
            "weighing whether to sell its cable arm.")
    assert [side for side, _, demand in positions(body) if "cable arm" in demand] == ["Brightline Telecom"]


# -- who holds it -------------------------------------------------------------------------------------------------

def test_the_university_is_the_university_not_its_staff_association():
    body = ("Students at Ostrava University walked out on Monday over a 12% rise in fees. The Ostrava University "
            "Staff Association backed them. The university has refused to scrap the increase.")
    assert ("Ostrava University", "refuses to", "scrap the increase") in positions(body)


def test_a_level_of_government_before_a_brief_is_no_party():
    body = ("Farmers blocked the Korsal highway on Monday. State Agriculture Minister Dalia Verkov rejected the demand "
            "for a loan waiver. A panel will meet the farmers, the State government said.")
    assert ("State government (Dalia Verkov)", "rejects", "the demand for a loan waiver") in positions(body)


def test_the_subject_before_an_appositive_and_its_relative_clause():
    body = ("The third voice in the dispute, the Kestrel Valley Forum, which speaks for most upland villages, has "
            "pushed for a seat on the new oversight panel.")
    assert positions(body) == [("Kestrel Valley Forum", "pushes for", "a seat on the new oversight panel")]


def test_a_bare_spokesman_speaks_for_the_side_just_heard():
    body = ("The Fenwick Hospital Trust wants to close its night ward. But the Regional Health Office hit back, "
            'saying the trust had been given "a record budget".\n\nA spokesman said: "The trust received 7% more '
            'this year. How wards are staffed is a matter for the trust."')
    got = positions(body)
    assert ("Regional Health Office", "says that", "How wards are staffed is a matter for the trust") in got
    assert not any(side.lower() == "spokesman" for side, _, _ in got)


# -- what is not a position ---------------------------------------------------------------------------------------

def test_a_shared_accusation_is_no_one_sides_position():
    body = "The two frontrunners in the Fenwick race have accused each other of misleading patients."
    assert positions(body) == []


def test_why_we_should_is_a_question_not_a_demand():
    body = ('"People are asking us why we should accept a panel that ignores them," said forum chair Ona Friel.')
    assert positions(body) == []


def test_not_wanting_to_be_here_is_no_demand():
    body = '"We did not want to be here," said Tomas Uhl, president of the Ostrava Students\' Union.'
    assert positions(body) == []


def test_what_a_study_found_is_a_count_not_a_position():
    body = ("Traffic consultant Dr. Ivo Lenk told the council that a survey completed in May found the new rota "
            "would add two hours to waits.")
    assert positions(body) == []


def test_a_closure_notice_a_value_and_a_past_promise_are_not_positions():
    body = ("District officer Ana Brel said schools along the route would remain closed till Monday. Minister Ode "
            "Kamau said the state had already bought grain worth ₹900 crore. The sit-in ended after the district "
            "office promised to forward the list to the state.")
    assert positions(body) == []


def test_a_time_after_said_is_not_part_of_what_was_said():
    body = ("Orin Dale, a director of Tessaly Freight, said after the meeting that the depot plan was the best option "
            "for the town.")
    assert [demand for _, _, demand in positions(body)] == [
        "the depot plan was the best option for the town"]


# -- found by tests/data/invented5 ---------------------------------------------------------------------------------

def test_the_subject_of_an_irregular_past_demands_with_its_participle():
    body = ("KORSAL: Hundreds of drivers kept the depot gates shut for a third day on Monday, demanding a 9% pay rise "
            "and an end to split shifts.")
    assert positions(body) == [("Drivers", "demands", "a 9% pay rise and an end to split shifts")]


def test_a_second_verb_after_and_has_the_first_verbs_subject():
    body = ("Angry tenants slammed Brockley Homes' decision to sell the tower as a scandal and vowed to block the "
            "sale.")
    got = positions(body)
    assert got[0] == ("Tenants", "condemns", "Brockley Homes' decision to sell the tower as a scandal")
    assert not any(side == "Brockley Homes" for side, _, _ in got)


def test_a_matter_for_others_and_a_verdict_on_a_fine_in_reported_speech():
    body = ("The Department for Sport said stadium safety was a matter for the league. Fans' spokesman Idris Pole said "
            'the fine was "a slap on the wrist" for a club of that size.')
    got = positions(body)
    assert ("Department for Sport", "says that", "stadium safety was a matter for the league") in got
    assert any(side == "Idris Pole" and demand.startswith("the fine was") for side, _, demand in got)


def test_what_the_speaker_says_others_deserve():
    body = ('"Riders deserve a fair wage for every hour they wait," said Lena Ruiz, who chairs the Riders\' Network.')
    assert [demand for _, _, demand in positions(body)] == ["Riders deserve a fair wage for every hour they wait"]


def test_said_after_a_short_relative_clause_ends_its_demand():
    body = "Council leader Hal Prentice, who proposed the cuts, said the savings were needed for care homes."
    assert ("Hal Prentice", "proposes", "the cuts") in positions(body)


def test_what_the_speaker_says_a_place_needs():
    body = ('"The clinic does not need another promise. It needs the nurses it was promised in 2022," said Dr Ana '
            "Lind of the Valley Health Alliance.")
    assert any(demand.startswith("It needs the nurses it was promised") for _, _, demand in positions(body))
