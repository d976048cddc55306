"""Positions as unseen disputes voice them (tests/data/invented13: a reaction round-up, a diplomatic report on
unnamed sources, a committee report and the government's answer, a press review): two parties joined by "and" and
marked "both", a party likened to another ("X, like Y, wants"), … Every article here is written for its test."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(p.side, p.stance, p.demand, p.shared_with) for p in extract(article(body, title)).positions]


def test_both_x_and_y_want_is_each_partys_position_shared_with_the_other():
    body = ("The Guild of Master Bakers said the levy was too high. Both the guild and the Millers Federation want "
            "the flour levy halved by April. Corvale and the Dairy Alliance both want the price cap lifted.")
    got = positions(body)
    halved = {(side, shared) for side, _, demand, shared in got if demand.startswith("the flour levy halved")}
    assert halved == {("Guild of Master Bakers", ("Millers Federation",)),
                      ("Millers Federation", ("Guild of Master Bakers",))}
    lifted = {side for side, _, demand, _ in got if demand.startswith("the price cap lifted")}
    assert lifted == {"Corvale", "Dairy Alliance"}


def test_both_governments_are_the_two_sides_the_story_is_about():
    body = ("Tessany wants its fishermen released. Morlund wants its trawlers returned. Tessany insists on a deal "
            "by Friday. Morlund has refused to sign anything yet. Both governments want the handover to take place "
            "at the Kessel lighthouse.")
    got = positions(body)
    assert {side for side, _, demand, _ in got if "Kessel lighthouse" in demand} == {"Tessany", "Morlund"}
    assert not any(side == "Governments" for side, _, _, _ in got)


def test_x_like_y_wants_is_xs_position_and_ys():
    body = ("Fair Fares opposes the new ticket machines. The Riverside Commuters Association wants cheaper season "
            "tickets. The association, like Fair Fares, wants the evening fare frozen.")
    got = positions(body)
    frozen = {side for side, _, demand, _ in got if demand == "the evening fare frozen"}
    assert frozen == {"Riverside Commuters Association", "Fair Fares"}


def test_the_subject_after_an_opening_phrase_speaks_not_the_person_quoted_before():
    body = ('A committee of MPs has called for a register of letting agents. "A register is the least tenants '
            'deserve," the chair, Dame Hilda Marrow, said. In its response, the Department for Housing said it '
            "would not set up a register, arguing that councils already licensed every agent.")
    got = positions(body)
    assert any(side == "Department for Housing" for side, _, _, _ in got)
    assert not any(side in ("Hilda Marrow", "Dame Hilda Marrow") and "councils" in demand for side, _, demand, _ in got)


def test_the_subject_of_a_passive_demanded_by_is_what_is_demanded():
    body = ("A price floor of 41p a litre is being demanded by the 3,000-member Brannock Dairy Co-operative as the "
            "condition for a new contract. The return of the nine fishermen is being demanded by Tessany as a "
            "condition for any deal, the envoy said.")
    got = positions(body)
    assert ("Brannock Dairy Co-operative", "demands", "a price floor of 41p a litre", ()) in got
    assert ("Tessany", "demands", "the return of the nine fishermen", ()) in got


def test_their_key_demand_is_the_demand_of_those_the_sentence_before_was_about():
    body = ("More than 700 parents have signed a petition started by the Ashgrove Parents' Forum. Their key demand "
            "is simple: the head back in her office by Christmas and an account of why she was removed.")
    got = positions(body)
    assert ("Parents", "demands", "the head back in her office by Christmas and an account of why she was removed",
            ()) in got
    assert not any(side.startswith("More than") for side, _, _, _ in got)


def test_a_reports_central_recommendation_and_it_also_recommends_are_the_committees():
    body = ("A cross-party committee of MPs has called for a register of private landlords. The committee's "
            "central recommendation is a licensing scheme run by the Housing Standards Board. It also recommends "
            "that councils be given the power to take over a neglected flat.")
    got = positions(body)
    assert ("Cross-party committee of MPs", "recommends", "a licensing scheme run by the Housing Standards Board",
            ()) in got
    assert any(side == "Cross-party committee of MPs" and demand.startswith("that councils be given the power")
               for side, _, demand, _ in got)


def test_a_clause_after_a_semicolon_has_its_own_subject_not_the_first_clauses_speaker():
    body = ("Peeko is a photo app. The photo app says face-based age estimation is enough; the Online Standards "
            "Office wants every user to show a document, and a parents' group wants neither.")
    got = positions(body)
    assert ("Online Standards Office", "wants", "every user to show a document", ()) in got
    assert any(side == "Peeko" and demand == "face-based age estimation is enough" for side, _, demand, _ in got)


def test_a_shops_name_with_its_s_is_the_side():
    body = "Brindlecombe Dairies wants a three-year contract; Pellow's is offering twelve months, with a review."
    got = positions(body)
    assert any(side == "Pellow's" and stance == "offers" for side, stance, _, _ in got)


def test_a_papers_report_that_a_party_wants_is_the_partys_position():
    body = ("The Greens backed the night-flight ban. The Morning Ledger reports that the Greens now want a cap of "
            "50,000 flights a year.")
    got = positions(body)
    assert ("Greens", "wants", "a cap of 50,000 flights a year", ()) in got


def test_welcoming_a_decision_is_a_position_and_what_follows_but_said_is_asked_first():
    body = ("The Hallam Nights Alliance speaks for nine villages. The alliance welcomed the ban but said it would "
            "oppose any exemption for early departures. The report's findings were broadly welcomed by the "
            "Association of Home Carers. The mayor welcomed the visitors to the town hall.")
    got = positions(body)
    assert any(side == "Hallam Nights Alliance" and demand == "any exemption for early departures"
               for side, _, demand, _ in got)
    assert ("Association of Home Carers", "welcomes", "the report's findings", ()) in got
    assert not any("visitors" in demand for _, _, demand, _ in got)


def test_asking_a_party_to_act_is_a_position_and_it_is_the_party_written_to():
    body = ("The local MP, Dilys Harker, has written to the Greystone Learning Trust asking it to meet parents. "
            "A group of final-year students has started a petition asking the college to guarantee their exams.")
    got = positions(body)
    assert any(side.endswith("Dilys Harker") and demand == "the Greystone Learning Trust to meet parents"
               for side, _, demand, _ in got)
    assert any(demand.startswith("the college to guarantee their exams") for _, _, demand, _ in got)


def test_a_named_party_which_insists_holds_the_position_not_the_source_who_said_so():
    body = ("A second source said the detainees were the sticking point for Morlund, which insists that the men at "
            "Varde are smugglers rather than fishermen.")
    got = positions(body)
    assert ("Morlund", "insists that", "the men at Varde are smugglers rather than fishermen", ()) in got


def test_giving_a_party_a_fortnight_to_act_is_an_ultimatum():
    body = ("The Ashgrove Parents' Forum has given the trust a fortnight to reinstate the head or face a vote of no "
            "confidence.")
    got = positions(body)
    assert any(side == "Ashgrove Parents' Forum" and stance == "gives" and "a fortnight to reinstate the head" in demand
               for side, stance, demand, _ in got)


def test_the_points_of_a_statement_set_out_as_a_list_are_its_authors():
    body = ("Lecturers at Dunmore College will stop marking from 12 January.\n\nIn a statement issued an hour later, "
            "Dunmore College said it was disappointed by the result. The statement made three points:\n\n"
            "- It will not make an offer above 4%, because doing so would mean cutting 90 posts.\n\n"
            "- It will deduct full pay from any lecturer who takes part in the boycott.\n\n"
            "The principal said the offer was final.")
    got = positions(body)
    college = [demand for side, _, demand, _ in got if side == "Dunmore College"]
    assert any(d.startswith("It will not make an offer above 4%") for d in college), got
    assert any(d.startswith("It will deduct full pay") for d in college), got


def test_a_speakers_both_sides_want_is_not_given_to_each_side():
    body = ('Tessany wants its fishermen released. Morlund wants its trawlers returned. Tessany insists on a deal by '
            'Friday. Morlund has refused to sign anything yet. "Both sides want the handover to happen soon," said '
            "the mediator, Ilse Brandt.")
    got = positions(body)
    assert not any(side in ("Tessany", "Morlund") and "handover" in demand for side, _, demand, _ in got)


def test_an_onlookers_forecast_is_not_a_position_but_an_onlookers_call_is():
    body = ("Talks between Tessany and Morlund have stalled. Piet Arnholt, who studies the conflict at the Baltic "
            "Security Institute, said he thought a smaller deal was the likeliest outcome. Thea Wrenfield, a "
            "researcher at the Orme Institute, said a register would probably have delayed the collapse. Thea "
            "Wrenfield said the government should publish its legal advice.")
    got = positions(body)
    assert not any("likeliest" in demand or "probably" in demand for _, _, demand, _ in got)
    assert any(demand == "the government should publish its legal advice" for _, _, demand, _ in got)


def test_a_branch_speaks_for_its_union_and_what_follows_two_things_colon_is_wanted():
    body = ("The Dunmore Lecturers Union's local branch says its members want two things: a pay rise of 7% for this "
            "year, and an end to contracts of nine months. According to the branch, 300 staff are on them.\n\n"
            'The principal, Dr Ann Vole, said the offer was final. "We have nothing more to give," she said.\n\n'
            "The branch says it will ask the national union to fund members who lose pay.")
    got = positions(body)
    assert ("Dunmore Lecturers Union", "wants", "a pay rise of 7% for this year, and an end to contracts of nine months",
            ()) in got
    assert any(side == "Dunmore Lecturers Union" and demand == "the national union to fund members who lose pay"
               for side, _, demand, _ in got), got
    assert not any(side.endswith("Ann Vole") and "national union" in demand for side, _, demand, _ in got)


def test_a_share_of_members_is_the_members_not_a_fragment():
    body = "Seven in ten members back a strike in the union's ballot."
    assert not any(side.lower().startswith("in ten") for side, _, _, _ in positions(body))


def test_sides_and_demands_a_question_can_ask_without_the_article():
    body = ("In a statement, Pellow's said it valued its relationship with Welsh farmers and had offered the highest "
            "price of any major grocer.\n\nSome members want to go further. A group of about 30 farmers led by Nia "
            "Prosser has called for a milk strike.\n\nLike Fair Screens, the opposition Liberal Party wants the feed "
            "switched off for children.\n\nThe Health Committee has called for a register. The committee's central "
            "recommendation is a licensing scheme run by the Care Standards Board, under which owners would report "
            "every year. The committee's recommendations were broadly welcomed by the Association of Home Carers.")
    got = positions(body)
    assert any(side == "Pellow's" and stance == "offers" for side, stance, _, _ in got), got
    assert not any(side == "United Kingdom" for side, _, _, _ in got)
    assert not any(demand == "to go further" for _, _, demand, _ in got)
    assert any(side == "Group of about 30 farmers" and demand == "a milk strike" for side, _, demand, _ in got)
    assert ("Liberal Party", "wants", "the feed switched off for children", ("Fair Screens",)) in got
    assert ("Health Committee", "recommends", "a licensing scheme run by the Care Standards Board", ()) in got
    assert not any(demand.startswith("broadly welcomed") for _, _, demand, _ in got)


def test_it_opening_a_sentence_is_the_body_the_sentence_before_opened_on():
    body = ("The 40,000-member Fair Screens association sided with neither. It opposes document checks on privacy "
            "grounds.\n\nLike Fair Screens, the Liberal Party wants the feed switched off for children, but it also "
            "wants a ban on phones in schools.")
    got = positions(body)
    assert ("Fair Screens", "opposes", "document checks on privacy grounds", ()) in got
    assert not any(side.startswith("Like ") for side, _, _, _ in got)


def test_would_not_agree_to_is_a_refusal_and_remained_committed_to_is_a_position():
    body = ("Pellow's, the grocer, said it would not agree to a fixed price floor. The Kelso Union will not support "
            "the deal. Morlund's foreign ministry said Morlund remained committed to the talks.")
    got = positions(body)
    assert any(stance == "will not agree to" and demand.startswith("a fixed price floor") for _, stance, demand, _ in got)
    assert ("Kelso Union", "will not support", "the deal", ()) in got
    assert any(stance == "is committed to" and demand == "the talks" for _, stance, demand, _ in got)


def test_the_sticking_point_for_a_side_is_what_it_will_not_move_on():
    body = ("More than 500 parents have signed a petition. The sticking point for parents is the interim head. "
            "The Online Standards Office regulates apps. The sticking point, according to officials at the "
            "regulator, is the error rate. The sticking point is not only the price but the length of the deal.")
    got = positions(body)
    assert ("Parents", "won't budge on", "the interim head", ()) in got
    assert ("Online Standards Office", "won't budge on", "the error rate", ()) in got
    assert not any("length of the deal" in demand for _, _, demand, _ in got)


def test_the_retailer_and_the_chain_are_the_shop_set_off_as_a_grocer():
    body = ("A price floor is being demanded by the Brannock Dairy Co-operative to renew its contract with Pellow's, "
            "the country's third-largest grocer. Talks broke down on Thursday after the retailer offered 35p with a "
            "clause linking the price to butter. The chain, which has 400 stores, said it would not agree to a "
            "fixed floor.")
    got = positions(body)
    assert any(side == "Pellow's" and stance == "offers" and demand.startswith("35p") for side, stance, demand, _ in got)
    assert not any(side.lower() in ("retailer", "chain") for side, _, _, _ in got)


def test_a_lawyers_client_holds_the_position_and_a_letter_to_the_trust_asks_it():
    body = ("Dr Helen Marrable was suspended by the Greystone Learning Trust.\n\nDr Marrable's solicitor, Imogen "
            "Vautier, said her client denied any wrongdoing.\n\nThe local MP, Dilys Harker, has written to the trust "
            "asking it to meet parents. An inspector had written to the manager a week later asking him to clear "
            "the exits.")
    got = positions(body)
    assert any(side == "Helen Marrable" and demand.startswith("any wrongdoing") for side, _, demand, _ in got), got
    assert any(side.endswith("Dilys Harker") and demand == "the trust to meet parents" for side, _, demand, _ in got)
    assert not any(demand.startswith("him to") for _, _, demand, _ in got)


def test_a_thing_the_government_has_ruled_out_and_an_offer_said_to_be_final():
    body = ("Like Fair Screens, the Liberal Party wants the feed switched off for children, but it also wants a ban "
            "on phones in schools, which the government has ruled out. The principal, Dr Ann Vole, said the offer "
            "was final.")
    got = positions(body)
    assert ("Government", "rules out", "a ban on phones in schools", ()) in got
    assert any(side.endswith("Ann Vole") and demand == "the offer was final" for side, _, demand, _ in got)


def test_the_company_its_managing_director_speaks_of_is_hers():
    body = ("Pellow's, the grocer, offered 35p.\n\nThe processor that bottles the milk, Brinley Dairies, is caught "
            "in the middle. Its managing director, Sunita Rao, said the company supported a fair price for farmers "
            "but could not absorb any of the increase itself.")
    got = positions(body)
    assert any(side == "Brinley Dairies (Sunita Rao)" and demand.startswith("a fair price for farmers")
               for side, _, demand, _ in got), got


def test_a_minority_of_staff_who_wrote_to_support_a_decision_are_staff():
    body = "A minority of staff wrote to the trust to support the suspension, according to two teachers."
    assert ("Staff", "supports", "the suspension", ()) in positions(body)


def test_a_columnists_argument_is_no_sides_position():
    body = ("Writing in the Morning Ledger, the aviation columnist Per Nygaard argues that SkyLark cannot move its "
            "aircraft quickly. The union leader, Ann Vole, argues that the offer is too low.")
    got = positions(body)
    assert not any("SkyLark cannot move" in demand for _, _, demand, _ in got), got
    assert any(side.endswith("Ann Vole") and demand == "the offer is too low" for side, _, demand, _ in got)


def test_his_budget_in_a_sides_demand_is_the_named_persons():
    body = ("The regional premier, Jonas Ekholm of the Centre Party, needed the votes of the Greens to pass the ban, "
            "and the Greens had made it their price for supporting his budget. The Greens had made it their price "
            "for supporting his budget.")
    got = positions(body)
    assert ("Greens", "supports", "Jonas Ekholm's budget", ()) in got
    assert not any(demand == "his budget" for _, _, demand, _ in got)
