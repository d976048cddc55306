"""Positions as disputes in other fields voice them (tests/data/invented8: trade blocs, a fans' trust, tenants, a
school board, a takeover, doctors' pay, a planning row): a door held open ("has not ruled out"), "knocked back", a
members' vote and a board's motion, a grievance and the other side's denial of it, "what X wants is …", and who
"their union" or "the bidder" is. Every article here is written for its test."""

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def positions(body: str, title: str = "A test story") -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(article(body, title)).positions]


def test_not_ruling_out_is_a_door_held_open_not_a_refusal():
    body = ("Farm Minister Oskar Ruud met the growers on Monday. He has not ruled out raising the drought payment. "
            "The Valder Growers Union refused to rule out a second blockade.")
    got = positions(body)
    assert ("Oskar Ruud", "does not rule out", "raising the drought payment") in got
    assert ("Valder Growers Union", "does not rule out", "a second blockade") in got
    assert not any(stance == "rules out" for _, stance, _ in got)


def test_their_union_knocking_back_an_offer_is_the_union_the_article_names():
    body = ("Nurses at Brenmoor hospitals will stop work on June 3 after their union knocked back the health board's "
            "latest pay offer. The Brenmoor Nurses Association said the offer was a cut in real terms.")
    assert ("Brenmoor Nurses Association", "rejects", "the health board's latest pay offer") in positions(body)


def test_a_members_vote_is_a_position_and_a_councils_vote_is_a_decision():
    body = ("The Harrow Court Tenants Union voted 140 to 12 on Sunday night to authorize a rent strike. "
            "Councillors voted to close the Eastgate swimming pool by the end of May.")
    got = positions(body)
    assert ("Harrow Court Tenants Union", "votes to", "authorize a rent strike") in got
    assert not any(side.lower().startswith("councillors") for side, _, _ in got)


def test_a_motion_put_to_a_board_is_the_movers_position():
    body = ("Trustee Ilse Marchetti moved to approve the reading list as written. Her motion failed for lack of a "
            "second.")
    assert ("Ilse Marchetti", "moves to", "approve the reading list as written") in positions(body)


def test_a_grievance_and_the_other_sides_denial_of_it():
    body = ("Villagers have complained that the quarry trucks run through the night. Drivers said ambulances were "
            "stuck behind the trucks, a claim the Tollan Quarry Company denied.")
    got = positions(body)
    assert ("Villagers", "complains that", "the quarry trucks run through the night") in got
    assert ("Tollan Quarry Company", "denies", "that ambulances were stuck behind the trucks") in got


def test_what_a_side_wants_is_the_thing_after_is_and_it_is_the_sides():
    body = ("The Sefton Growers Group and the Oldmere Mills Federation met in Haldane. Observers say what the group "
            "wants most is a guaranteed price for winter wheat. What the federation wants, its chair Petra Lind said, "
            'is a cap on imports. "What our members want is simple: a contract before the harvest," said Arno Vesk, '
            "who speaks for the growers.")
    got = positions(body)
    assert ("Sefton Growers Group", "wants", "a guaranteed price for winter wheat") in got
    assert any(side.startswith("Oldmere Mills Federation") and demand == "a cap on imports"
               for side, stance, demand in got)
    assert any(demand == "a contract before the harvest" and stance == "wants" for _, stance, demand in got)


def test_the_bidder_is_the_buyer_not_the_company_it_bids_for():
    body = ("The board of Marlow Dairies urged shareholders to reject a 380p-a-share offer from the investment group "
            "Penwick Capital. The bidder said the price was final and that it would not raise it unless a rival "
            "emerged.")
    got = positions(body)
    assert any(side == "Penwick Capital" and demand.startswith("the price was final") for side, _, demand in got)


def test_the_owner_of_a_rejected_offer_offers_it():
    body = ("The Calder Pilots Association rejected the Transport Ministry's offer of a 4 per cent rise on Monday. "
            "The ministry said it had no more money.")
    got = positions(body)
    assert ("Calder Pilots Association", "rejects", "the Transport Ministry's offer of a 4 per cent rise on Monday") in got
    assert any(stance == "offers" and demand.startswith("a 4 per cent rise") and "ministry" in side.lower()
               for side, stance, demand in got)


def test_a_concession_the_other_side_dismissed_is_that_sides_dismissal():
    body = ("The Orwell Rovers Supporters' Trust wants prices frozen. Chief executive Lena Holt has offered a £20 "
            'ticket for students, a concession the trust dismissed as "a token gesture".')
    got = positions(body)
    assert ("Orwell Rovers Supporters' Trust", "dismisses", "the concession as a token gesture") in got
    assert not any(side.lower().startswith("concession") for side, _, _ in got)


def test_the_club_is_never_the_supporters_trust():
    body = ("The Orwell Rovers Supporters' Trust is calling for a freeze on ticket prices. The club insists that the "
            "rise is unavoidable.")
    got = positions(body)
    assert not any(side.startswith("Orwell Rovers Supporters' Trust") and demand == "the rise is unavoidable"
                   for side, _, demand in got)


def test_advocates_before_have_is_a_noun_not_a_verb():
    body = "Patients' advocates have backed the nurses' call for safe staffing."
    got = positions(body)
    assert not any(stance == "advocates" for _, stance, _ in got)
    assert ("Patients' advocates", "backs", "the nurses' call for safe staffing") in got  # a group of people


def test_a_description_set_off_beside_a_name_stands_for_that_name_later():
    body = ("A parents' group, Families for Fair Schools, wants the board to drop two readings. The parents' group said "
            "it would hold a rally outside the district office.")
    got = positions(body)
    assert ("Families for Fair Schools", "wants", "the board to drop two readings") in got
    assert any(side == "Families for Fair Schools" and "rally" in demand for side, _, demand in got)
    assert not any(side.lower().startswith("parents") for side, _, _ in got)


def test_quoted_refusals_and_duties_and_a_judgement_of_a_proposal():
    body = ('"A pay freeze is not something we are able to offer," said Tomas Ek of Brindle Foods. "The board\'s job is '
            'to let its owners decide," said Ivo Pratt, who runs the Oakhurst Fund. Campaigners say the host\'s plan does '
            "not go nearly far enough. The Hillside Parents Group said it would ask the state to review the course.")
    got = positions(body)
    demands = [demand for _, _, demand in got]
    assert "A pay freeze is not something we are able to offer" in demands
    assert any(d.startswith("The board's job is to let its owners decide") for d in demands)
    assert any(d.startswith("the host's plan does not go nearly far enough") for d in demands)
    assert ("Hillside Parents Group", "asks", "the state to review the course") in got


def test_a_chanted_slogan_keeps_its_quotation_marks():
    body = 'Hundreds of nurses chanted, "Safe staff now," outside the Orrin Infirmary on Monday.'
    assert any(stance == "chants" and demand == "“Safe staff now”" for _, stance, demand in positions(body))


def test_a_pronoun_object_is_the_thing_or_party_it_stands_for():
    body = ("Sir Alan Penn said the board had considered the offer carefully and had rejected it unanimously. "
            "Residents have also complained that the consultation was held in August. Greyfriars Homes rejects that, "
            "saying it held five public events. The local MP, Yvonne Street, has written to the club urging it to "
            "delay the rise by a year.")
    got = positions(body)
    assert ("Alan Penn", "rejects", "the offer unanimously") in got
    assert ("Greyfriars Homes", "rejects", "the complaint") in got
    assert ("Yvonne Street", "urges", "the club to delay the rise by a year") in got


def test_its_members_are_the_party_named_just_before():
    body = ("The Alliance of Coastal States wants a fund worth $300 billion a year. Its members argue that loans have "
            "left several of them owing more than their budget.")
    assert [side for side, _, _ in positions(body)] == ["Alliance of Coastal States"] * 2


def test_the_club_is_the_clubs_name_not_a_stand_or_its_supporters():
    body = ("Brackley City supporters will stage a walkout on Saturday. Trust chair Bea Oke said the rise would price "
            "young fans out of the Eastbank stand. The club insists that the rise is unavoidable.")
    assert ("Brackley City", "insists that", "the rise is unavoidable") in positions(body)


def test_would_ask_is_an_ask_but_not_inside_a_plans_detail():
    body = ("The Hillside Parents Group said it would ask the state to review the course. Dr Ines Varga said her team "
            "planned a trial in which some schools would ask pupils to leave their phones downstairs.")
    got = positions(body)
    assert ("Hillside Parents Group", "asks", "the state to review the course") in got
    assert not any(stance == "asks" and demand.startswith("pupils") for _, stance, demand in got)


def test_it_after_a_partys_sentence_is_that_party():
    # (not the "emergency departments" the sentence before names: they are no party)
    body = ("The Brenmoor Nurses Association said emergency departments, intensive care and maternity units would be "
            "covered during the stoppage. It has warned that members will begin refusing overtime from May 2 unless "
            "the government returns to the table.\n\n"
            'The department said it remained "open to talks" and had invited the association to a meeting.')
    got = positions(body)
    assert any(side.startswith("Brenmoor Nurses Association") and demand.startswith("begin refusing overtime")
               for side, _, demand in got)


def test_a_chant_is_what_was_chanted_not_the_signs_held_after_it():
    body = ('Nurses chanted, "Safe staff now," and "Fund the wards," as hundreds of them lined the steps of the Orrin '
            'Infirmary, many holding signs with sayings such as, "Nurses Are Not Robots."')
    got = positions(body)
    assert any(stance == "chants" and demand == "“Safe staff now” and “Fund the wards”" for _, stance, demand in got)


def test_a_person_is_not_merged_into_a_pair_named_with_him():
    body = ("Trustee Ivo Brandt moved to approve the reading list as written. Two other trustees, Brandt and Lena "
            "Sorel, said they were ready to approve the units without changes.")
    got = positions(body)
    assert ("Ivo Brandt", "moves to", "approve the reading list as written") in got
