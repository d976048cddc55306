"""Positions as the question writer uses them: side, stance and demand, on short invented articles."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]


def test_demanding_refusing_and_dismissing_are_positions():
    body = ("The Harbour Workers Union is demanding the removal of all night shifts imposed since 2018. "
            "The union refused to call off the strike. Port managers dismissed the proposal as unaffordable.")
    assert positions(body) == [
        ("Harbour Workers Union", "demands", "the removal of all night shifts imposed since 2018"),
        ("Harbour Workers Union", "refuses to", "call off the strike"),
        ("Port managers", "dismisses", "the proposal as unaffordable"),
    ]


def test_an_offer_and_a_rejection_by_a_described_party():
    body = ("The Riverside Nurses Union wants a 6% pay rise, but the hospital trust has offered 2%. "
            "The trust rejected the union's call for weekly talks.")
    assert positions(body) == [
        ("Riverside Nurses Union", "wants", "a 6% pay rise"),
        ("Hospital trust", "offers", "2%"),
        ("Hospital trust", "rejects", "the union's call for weekly talks"),
    ]


def test_a_minister_stands_for_the_country_in_the_title():
    body = ("Russian Foreign Minister Oleg Varin said Russia was prepared to pull its troops back from the border. "
            "US Secretary of State Ann Porter urged Moscow to withdraw its forces.")
    assert positions(body) == [
        ("Russia (Oleg Varin)", "is prepared to", "pull its troops back from the border"),
        ("United States (Ann Porter)", "urges", "Moscow to withdraw its forces"),
    ]


def test_a_club_refusing_a_transfer_and_a_rival_pushing_for_a_fee():
    body = ("Northfield City has refused to sell striker Tom Ekwe to Eastbury Rovers. "
            "Eastbury are pushing for a reduced fee of £4m, the club's chairman said.")
    assert positions(body) == [
        ("Northfield City", "refuses to", "sell striker Tom Ekwe to Eastbury Rovers"),
        ("Eastbury Rovers", "pushes for", "a reduced fee of £4m"),
    ]


def test_words_that_only_sound_like_positions_are_not():
    body = ("The deal was signed on Monday. Analysts believe the economy will grow. "
            "The talks must be seen in context. Officials said the meeting lasted four hours.")
    assert positions(body) == []


def test_a_vague_want_is_spelled_out_by_the_next_sentence():
    ex = extract(article("Campaigners want one thing above all. To keep the library open seven days a week."))
    (p,) = ex.positions
    assert (p.side, p.stance, p.demand) == ("Campaigners", "wants", "To keep the library open seven days a week")
    assert "To keep the library open" in p.evidence


def test_the_firm_is_the_company_just_named():
    body = ("Westmoor Mining has rejected a takeover bid from Calder Metals. "
            "The firm urged shareholders to ignore the offer.")
    assert [s for s, _, _ in positions(body)] == ["Westmoor Mining", "Westmoor Mining"]


def test_things_and_hypotheses_hold_no_position():
    body = ("The report follows leaflets that call for a boycott of the market. "
            "It is unclear whether the council will agree to the plan.")
    assert positions(body) == []


def test_a_quoted_must_is_the_speakers_position_but_a_quoted_story_is_not():
    body = ('Union leader Sara Quist said: "The company must pay every worker the same rate." '
            'She added: "We wanted to meet them last year, but nobody called."')
    assert positions(body) == [("Sara Quist", "says that", "The company must pay every worker the same rate")]


def test_a_demand_ends_at_its_clause_and_has_no_quote_marks():
    body = ('The Greenvale Tenants Association called for "an immediate rent freeze", while the council '
            'said it would review the figures.')
    side, stance, demand = positions(body)[0]
    assert (side, stance, demand) == ("Greenvale Tenants Association", "calls for", "an immediate rent freeze")


def test_facts_keep_side_demand_evidence_and_add_stance():
    facts = extract(article("The Green Party calls for a public inquiry into the closure.")).facts()["demands"]
    assert facts == [{"side": "Green Party", "demand": "a public inquiry into the closure",
                      "evidence": "The Green Party calls for a public inquiry into the closure.",
                      "stance": "calls for", "holder": "Green Party"}]


def test_competing_stating_and_praising_are_positions():
    body = ("The four companies may now compete to design the new library for the town. "
            "Rival firms have stated that the tender favoured local companies. "
            "Marsh Valley Council leaders touted the budget as a fair deal for every town.")
    assert positions(body) == [
        ("Companies", "competes to", "design the new library for the town"),
        ("Rival firms", "argues that", "the tender favoured local companies"),
        ("Marsh Valley Council leaders", "praises", "the budget as a fair deal for every town"),
    ]


def test_a_passive_cue_is_not_the_subjects_position():
    assert positions("Prices touted by the company were criticised in the report.") == []


def test_reported_speech_with_the_speaker_after_it():
    body = "Funding pupils directly is essential to raising standards, Priya Nandi said, pointing to the results."
    assert positions(body) == [
        ("Priya Nandi", "says that", "Funding pupils directly is essential to raising standards"),
    ]
    body = "Head teacher Omar Bell spoke at the rally. The schools would refuse any plan that cut staff, he said."
    assert positions(body) == [("Omar Bell", "says that", "The schools would refuse any plan that cut staff")]


def test_a_quoted_aim_is_a_position_but_a_quoted_you_is_not():
    body = ('Campaign director Lena Fisk said: "Our aim is to keep every branch library open." '
            'She added: "When you are trying to keep a small branch open, you are concerned about every bill."')
    assert positions(body) == [("Lena Fisk", "says that", "Our aim is to keep every branch library open")]


def test_marchers_demand_through_a_purpose_clause():
    body = "Thousands of nurses marched through the capital on Saturday to demand safer staffing levels."
    assert positions(body) == [("Nurses", "demands", "safer staffing levels")]


def test_a_union_is_concerned_that():
    body = "The Skyline Pilots Union is concerned that the new rosters will tire crews."
    assert positions(body) == [("Skyline Pilots Union", "is concerned that", "the new rosters will tire crews")]


def test_a_demand_that_points_back_into_the_article_is_no_position():
    body = "The mayor wants to focus attention in that direction. The council wants the same for the harbour."
    assert positions(body) == []


def test_the_object_of_a_which_clause_completes_the_demand():
    body = "Talks stalled over Eastmark Island, which Northland wants returned to its control by 2030."
    assert positions(body) == [("Northland", "wants", "Eastmark Island returned to its control by 2030")]


def test_a_grievance_named_before_its_holder():
    body = "The border fees, which are long-standing grievances for Westland, were not discussed."
    assert positions(body) == [("Westland", "objects to", "The border fees")]


def test_a_clause_after_the_demand_is_cut_off():
    body = "Westland is prepared to cut tariffs on grain and steel, hoping that will end the dispute."
    assert positions(body) == [("Westland", "is prepared to", "cut tariffs on grain and steel")]


def test_the_president_in_a_quote_is_the_president_the_article_names():
    body = ('Policy analyst Kim Ode said: "The president wants a broader pact with Eastland on fishing rights." '
            "US President Tom Greer met Eastland's leaders on Friday.")
    assert positions(body) == [("United States (Tom Greer)", "wants", "a broader pact with Eastland on fishing rights")]


def test_a_partial_quote_keeps_its_subject():
    body = 'Irish Prime Minister Ida Roos said on Monday that Eastland "has to lower its tariffs before any talks."'
    assert positions(body) == [("Ireland (Ida Roos)", "says that", "Eastland has to lower its tariffs before any talks")]


def test_asides_in_brackets_and_dashes_are_left_out_of_the_demand():
    body = ("The Calder Dock Company rejected a hostile bid (worth £3bn) by Harbour Holdings. "
            "The Tenants Union says the plan – drawn up in secret – must be scrapped.")
    assert positions(body) == [
        ("Calder Dock Company", "rejects", "a hostile bid by Harbour Holdings"),
        ("Tenants Union", "says that", "the plan must be scrapped"),
    ]


def test_a_statement_and_a_time_are_not_part_of_what_was_said():
    body = "The Fenwick Rail Company said in a statement that it would not reopen the branch line."
    assert positions(body) == [("Fenwick Rail Company", "says that", "it would not reopen the branch line")]


def test_want_or_need_stays_in_the_stance():
    body = "The Coastal Residents Association does not want or need a second runway."
    assert positions(body) == [("Coastal Residents Association", "does not want or need", "a second runway")]


def test_recognising_regarding_and_committing_itself():
    body = ("The Orchard Growers Union recognises that the old quota cannot return. "
            "Water, which the Hill Farmers Group regards as a public good, is scarce. "
            "The Kestrel Dairy Company has gone further, committing itself to halve its plastic packaging by 2030.")
    assert positions(body) == [
        ("Orchard Growers Union", "recognises that", "the old quota cannot return"),
        ("Hill Farmers Group", "regards", "Water as a public good"),
        ("Kestrel Dairy Company", "commits itself to", "halve its plastic packaging by 2030"),
    ]


def test_an_estimate_of_what_is_needed():
    body = "Farm unions calculated last spring that a 12% rise in milk prices was needed to cover feed costs."
    assert positions(body) == [
        ("Farm unions", "says that", "a 12% rise in milk prices was needed to cover feed costs")]


def test_a_quoted_judgement_is_a_position():
    body = ('Clinic director Mia Holt said: "This waiting list is an emergency for every family in the valley."')
    assert positions(body) == [
        ("Mia Holt", "says that", "This waiting list is an emergency for every family in the valley")]


def test_a_speaker_who_says_we_are_prepared_to_holds_that_position():
    body = ('"We are prepared to talk at any time," said port director Tomas Lind. '
            '"But we cannot pay money we do not have." "It is the best offer in the region," he said.')
    assert positions(body) == [("Tomas Lind", "is prepared to", "talk at any time"),
                               ("Tomas Lind", "says that", "we cannot pay money we do not have")]


def test_an_operator_offers_and_a_core_demand_is_what_follows_is():
    body = ("The union wants a 6% rise, but the port operator has offered 2%. "
            "Southport’s core demand is a new timetable with a daily crossing.")
    assert positions(body)[1:] == [("Port operator", "offers", "2%"),
                                   ("Southport", "demands", "a new timetable with a daily crossing")]


def test_sport_and_police_phrases_that_are_not_positions():
    body = ("The champion defended her title in Paris on Sunday. "
            "Police are seeking a man seen near the harbour.")
    assert positions(body) == []


def test_sceptical_and_suggesting_inside_a_quote_are_the_speakers_stance():
    body = ('Ravi Sen, a director at Calder Metals, said: "We are deeply sceptical of their figures, '
            'and we suggest that investors read the small print."')
    assert positions(body)[0] == ("Calder Metals (Ravi Sen)", "is sceptical of", "their figures")


def test_the_person_a_letter_was_sent_to_did_not_say_it():
    body = ("The Riverside Nurses Union wants a 6% pay rise. In a letter to Health Minister Paul Dunn, who met "
            "them last week, said they would accept a staged rise.")
    assert [s for s, _, _ in positions(body)] == ["Riverside Nurses Union"]


def test_an_appositive_does_not_hide_the_subject_and_a_partial_quote_before_said():
    body = ('Kestrel, a large dairy producer, has moved faster than the rules require, committing itself to '
            'halve its plastic packaging by 2030. Prices, like wages, are not "fixed things," Ann Cole said, but '
            'instead "choices we make."')
    assert positions(body) == [("Kestrel", "commits itself to", "halve its plastic packaging by 2030"),
                               ("Ann Cole", "says that", "Prices, like wages, are not fixed things")]


def test_turning_down_supporting_and_condemning():
    body = ("Northfield City striker Leo Varga has turned down a new contract, and his agent says the club must "
            "improve its offer. The Players Union supports a cap on ticket prices. "
            "The Fans Trust condemned the rise in season ticket prices.")
    assert positions(body) == [
        # (the striker turns down his club's offer: his own stance, never the club's; issue 14 round 11)
        ("Leo Varga", "turns down", "a new contract"),
        ("Leo Varga's agent", "says that", "the club must improve its offer"),
        ("Players Union", "supports", "a cap on ticket prices"),
        ("Fans Trust", "condemns", "the rise in season ticket prices"),
    ]


def test_a_country_named_only_in_a_ministers_title_is_her_side():
    body = ("Talks between Eastland and Westland ended without agreement. Westland's Foreign Minister Anna Kral "
            'said: "We are ready to sign a fair deal tomorrow." High school teacher Ann Lee said the talks '
            "should go on.")
    assert [s for s, _, _ in positions(body)] == ["Westland (Anna Kral)", "Ann Lee"]


def test_accusing_blaming_backing_and_threatening_action():
    body = ("The Dockers Union accused the port of breaking the pay deal. "
            "The Shipping Federation blamed the union for the delays. "
            "The Green Party backed the strike. The union has threatened industrial action.")
    assert positions(body) == [
        ("Dockers Union", "accuses", "the port of breaking the pay deal"),
        ("Shipping Federation", "blames", "the union for the delays"),
        ("Green Party", "backs", "the strike"),
        ("Dockers Union", "threatens", "industrial action"),
    ]


def test_a_partys_call_threat_or_offer_named_as_a_noun():
    body = ("The trust rejected the Riverside Nurses Union's call for weekly talks. "
            "Westland's threat to close the border alarmed traders. "
            "Northfield City's offer to the goalkeeper was well below his hopes.")
    assert positions(body) == [
        ("Trust", "rejects", "the Riverside Nurses Union's call for weekly talks"),
        ("Riverside Nurses Union", "calls for", "weekly talks"),
        ("Westland", "threatens to", "close the border"),
    ]
