"""Positions as unseen disputes voice them (tests/data/invented9: wire copy, a regional paper, a sports body, a
bulleted list, mediators, a day-by-day strike, a Q&A): who the subject is when an aside or a second verb stands
between it and "said", a group whose name looks like a person's, a minister sent by another country, the name set
off beside "said", and a list of demands under "The group's demands include:". Every article here is written for
its test."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body, title)).positions]


def test_an_aside_between_the_subject_and_has_said_leaves_the_subject_the_side():
    body = ("The Tarrow Harbour Board wants to close the old pier. The Kelso Fishers Guild, whose 90 boats use the "
            "pier, has said it will fight the closure unless the board pays for a new berth.")
    got = positions(body)
    assert any(side == "Kelso Fishers Guild" and "fight the closure" in demand for side, _, demand in got)
    assert not any(side.lower() == "has" for side, _, _ in got)


def test_its_members_after_a_group_whose_name_looks_like_a_persons():
    body = ("The 200-strong Save Linden Vale group, set up in May, says the quarry would ruin the valley. "
            "Its members want the application thrown out.")
    got = positions(body)
    assert ("Save Linden Vale", "wants", "the application thrown out") in got
    assert not any(side == "Members" for side, _, _ in got)


def test_the_subject_of_welcomed_and_said_is_the_side_not_the_first_clause():
    body = ("The Orvel Transport Workers Union called a strike on Monday. The union welcomed the mayor's offer but "
            "said it would not call off the strike.")
    got = positions(body)
    assert any(side == "Orvel Transport Workers Union" and "not call off the strike" in demand
               for side, _, demand in got)
    assert not any("welcomed" in side for side, _, _ in got)


def test_plans_after_a_preposition_are_nobody_named_before_them():
    body = ("Trains and buses in Orvel will be disrupted on Friday as the city's two biggest unions stage a strike "
            "against plans to cut night services.")
    assert not any(side == "Trains" for side, _, _ in positions(body))


def test_the_name_set_off_beside_said_speaks_not_an_earlier_director():
    body = ("The museum's director, Philippa Stone, has said publicly that the trustees support return. The director "
            "of the Harbour Gallery, Lotte Vance, said she feared a rush and urged the government to set national "
            "rules before any more deals were struck.")
    got = positions(body)
    assert any(side == "Harbour Gallery (Lotte Vance)" and demand.startswith("the government to set national rules")
               for side, _, demand in got)
    assert ("Philippa Stone", "says that", "the trustees support return") in got


def test_a_minister_introduced_as_another_countrys_negotiator_speaks_for_that_country():
    body = ("Sarrant's chief negotiator, the culture minister Kwame Adjorin, rejected that condition on Tuesday. "
            '"We will not borrow back our own grandparents\' work," Adjorin said. The Corrington government has so '
            "far refused to make the acknowledgement.")
    got = positions(body)
    assert any(side == "Sarrant (Kwame Adjorin)" for side, _, _ in got)
    assert not any(side == "Corrington government (Kwame Adjorin)" for side, _, _ in got)


def test_a_bulleted_list_under_the_groups_demands_is_the_groups():
    body = ("The march is being led by Tarn Valley Growers, a group formed in March by fruit farmers. The group's "
            "demands include:\n\n- a minimum price for apples, set by law;\n- an end to late payment by "
            "supermarkets.\n\nThe march will reach the capital on Friday.")
    got = positions(body)
    assert ("Tarn Valley Growers", "demands", "a minimum price for apples, set by law") in got
    assert ("Tarn Valley Growers", "demands", "an end to late payment by supermarkets") in got


def test_a_list_under_its_conditions_is_the_party_of_the_sentence_before():
    body = ("The Brask Pilots Association rejected the airline's offer on Monday. Its conditions are:\n\n"
            "- a cap of 800 flying hours a year;\n- two pilots on every night flight.\n\nTalks resume next week.")
    got = positions(body)
    assert ("Brask Pilots Association", "demands", "a cap of 800 flying hours a year") in got
    assert ("Brask Pilots Association", "demands", "two pilots on every night flight") in got


def test_a_point_the_speaker_calls_not_negotiable_is_the_speakers_sides():
    body = ('"The deadline is not up for negotiation," the Fenmarsh Water Board\'s chief executive, Olga Brandt, '
            'said on Monday. Growers want the deadline moved. "The price cap is not negotiable," said Idris Kemp, '
            "chairman of the Fenmarsh Growers Union.")
    got = positions(body)
    assert any("Olga Brandt" in side and "deadline is not up for negotiation" in demand for side, _, demand in got)
    assert any("Idris Kemp" in side and "price cap is not negotiable" in demand for side, _, demand in got)


def test_not_here_to_negotiate_is_a_refusal_in_the_first_person():
    body = ('"We are not here to negotiate the size of the cut, we are here to stop it," said Mara Villen, general '
            "secretary of the Talvern Teachers Federation.")
    got = positions(body)
    assert any("Mara Villen" in side and "not here to negotiate the size of the cut" in demand
               for side, _, demand in got)


def test_signalling_it_could_accept_is_a_position_and_a_forecast_is_not():
    body = ("The Orlen Shipping Group has signalled it could accept a fee of 40 euros a tonne if the port drops its "
            "night ban. The harbour master, Piet Voss, met the company on Monday, however the former indicated that "
            "talks will likely fail.")
    got = positions(body)
    assert any(side == "Orlen Shipping Group" and stance == "signals that" and "could accept a fee" in demand
               for side, stance, demand in got)
    assert not any("likely fail" in demand for _, _, demand in got)


def test_speaking_in_support_of_and_a_stated_position_and_more_open_to_talks():
    body = ("Several senior trainers have spoken in support of the stable staff's walkout. The Trainers Council's "
            "public position is that no meeting will be cancelled. The smaller Racing Employees Guild is more open "
            "to talks with the council.")
    got = positions(body)
    assert any(stance == "supports" and "the stable staff's walkout" in demand for _, stance, demand in got)
    assert any(side == "Trainers Council" and "no meeting will be cancelled" in demand for side, _, demand in got)
    assert any(side == "Racing Employees Guild" and "talks with the council" in demand for side, _, demand in got)


def test_what_a_side_says_it_could_accept_is_its_position():
    body = ("The Corland Print Workers Union rejected the offer on Monday. Its president, Bastien Roule, has said "
            "his members could accept a smaller rise if the night shift is kept.")
    got = positions(body)
    assert any("Bastien Roule" in side and demand.startswith("his members could accept a smaller rise")
               for side, _, demand in got)


def test_a_threat_on_another_partys_act_and_not_on_anyones_mishap():
    body = ('"If they approve the quarry, we will go to the High Court," said Ruth Ellery, chair of the Save Linden '
            'Vale group. "If one driver is hurt on this road, we will be the first to say so," said Ottilie Marsh, a '
            "haulier.")
    got = positions(body)
    assert any(side.startswith("Save Linden Vale") and "we will go to the High Court" in demand
               for side, _, demand in got)
    assert not any("first to say so" in demand for _, _, demand in got)


def test_claims_as_a_noun_after_a_preposition_is_no_one_claiming():
    body = ("Privately, Velmark officials are said to fear that a formal apology would open the way to claims for "
            "dozens of other collections.")
    assert not any(demand.startswith("for dozens") for _, _, demand in positions(body))


def test_a_bare_surname_before_a_plural_noun_is_not_that_person():
    body = ("Tellan Mobile is one of three bidders. The band carries most channels. Mobile operators want the band "
            "for faster rural coverage.")
    got = positions(body)
    assert ("Mobile operators", "wants", "the band for faster rural coverage") in got


def test_a_hope_with_no_subject_is_not_asked():
    body = ("The Ferrow Dock Workers Union will ballot members on Monday. The union's national officer, Dean Farrant, "
            "said he hoped that would not be needed.")
    assert not any(demand.startswith("would not be needed") for _, _, demand in positions(body))


def test_what_sources_say_a_party_would_agree_to_is_that_partys():
    body = ("The museum's trustees are understood to be insisting that ten figures return on loan. People familiar "
            "with the talks said the trustees would agree to transfer title only if the loan clause was kept.")
    got = positions(body)
    assert any("trustees" in side.lower() and stance == "agrees to" for side, stance, _ in got)
    assert not any(side.startswith("People familiar") for side, _, _ in got)


def test_the_government_of_a_named_prime_minister_is_the_government():
    body = "The government of Prime Minister Lucien Hautval wants to raise the pension age to 64."
    assert ("Government", "wants", "to raise the pension age to 64") in positions(body)


def test_initials_stand_for_the_name_spelled_out_earlier_without_brackets():
    body = ("Start with the largest party, the Social Liberal Movement of Ostmark. In practice the SLM also wants to "
            "keep the pension age at 67.")
    got = positions(body)
    assert any(side == "Social Liberal Movement of Ostmark (SLM)" and demand.startswith("to keep the pension age")
               for side, _, demand in got)


def test_a_body_known_by_its_initials_speaks_by_that_name():
    body = ("The regulator, known by its initials PTRA, has said the sale is needed to meet a pledge of full rural "
            "coverage.")
    got = positions(body)
    assert any(side == "PTRA" and "the sale is needed" in demand for side, _, demand in got)


def test_giving_another_side_until_a_date_to_act_is_an_ultimatum():
    body = ("The Guild of Hill Shepherds has given the water board until the end of March to drop the grazing ban, "
            "warning that flocks will be moved onto the reservoir banks if nothing changes.")
    got = positions(body)
    assert any(side == "Guild of Hill Shepherds" and stance == "gives" and
               demand.startswith("the water board until the end of March to drop the grazing ban")
               for side, stance, demand in got)


def test_a_duty_the_speaker_claims_and_a_threat_by_our_lawyers():
    body = ('"We have a duty to keep this valley open to walkers," said Ines Harrow, chair of the Tarn Ramblers '
            'Federation. "If the board signs the lease, our lawyers will be in court the next morning," she said.')
    got = positions(body)
    assert any("Ines Harrow" in side and "a duty to keep this valley open" in demand for side, _, demand in got)
    assert any("Ines Harrow" in side and "our lawyers will be in court" in demand for side, _, demand in got)


def test_a_door_left_open_and_a_proposal_under_its_owners_name():
    body = ("A spokesman for the Velo Federation said the door remained open to talks before the vote. Under the "
            "Velo Federation's proposal, a panel of three would decide each morning whether to shorten a stage.")
    got = positions(body)
    assert any("Velo Federation" in side and "door remained open to talks" in demand for side, _, demand in got)
    assert any(side == "Velo Federation" and stance == "proposes" and "a panel of three would decide" in demand
               for side, stance, demand in got)


def test_a_name_set_off_after_a_description_holds_the_position():
    body = ("The unions want the reform withdrawn. The second-largest, the Christian Workers' Union, is more open to "
            "talks.")
    assert ("Christian Workers' Union", "is open to", "talks") in positions(body)


def test_how_firmly_a_side_is_prepared_to_act_is_a_question_about_it_not_its_position():
    body = ('The opposition\'s Ann Varden called the levy a "real gauge" of how hard ministers were prepared '
            "to stand up for Ostmark at the summit.")
    got = positions(body)
    assert not any(stance == "is prepared to" for _, stance, _ in got)
    assert not any(demand.startswith("stand up for") for _, _, demand in got)


def test_a_former_commander_speaks_for_himself_not_the_country_he_served():
    body = ("The Ministry of Defence says it will study the judgment. But former British commander Colonel Ben "
            'Stawell said: "We do not want people thinking that soldiers get away with it," he said.')
    got = positions(body)
    assert any(side == "Ben Stawell" for side, _, _ in got)
    assert not any(side.startswith("United Kingdom") for side, _, _ in got)
