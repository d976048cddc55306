"""Sides as unseen disputes name them (tests/data/invented15: a hospital merger, a farm-price blockade, coalition
and fisheries talks): organisations whose names hold "and" or commas, a party whose name opens with a word a
sentence may open with, a country beside a body named after its people. Every article here is written for its
test; none is taken from a set."""

import re

from studyapp.core.generate.facts import extract

from tests.core.generate.conftest import article


def sides(body: str, title: str = "A test story") -> list[str]:
    return [p.side for p in extract(article(body, title)).positions]


def test_a_name_joined_by_and_after_the_is_one_organisation_not_its_last_conjunct():
    body = ("The Pellow and Ashgrove Hospitals Trust and the Brant Valley Community Health Trust want to merge into "
            "one body from 2029. Campaigners want the unit at Pellow kept open, and the Brant and District Patients' "
            "Council backs a merger of the two boards only.")
    got = sides(body)
    assert "Pellow and Ashgrove Hospitals Trust" in got
    assert "Brant and District Patients' Council" in got
    assert not {"Ashgrove Hospitals Trust", "District Patients' Council"} & set(got)


def test_a_name_with_commas_and_and_is_whole():
    body = ("The Department of Roads, Rivers and Coastal Defence has ruled out new funding for the sea wall. "
            "The Orchard, Hop and Soft Fruit Growers' Federation wants a levy on imported apples.")
    got = sides(body)
    assert "Department of Roads, Rivers and Coastal Defence" in got
    assert "Orchard, Hop and Soft Fruit Growers' Federation" in got


def test_a_name_built_on_of_goes_on_past_and():
    body = ("The Union of Curling Clubs and Leagues, which speaks for 30 clubs, wants the championship kept at ten "
            "teams. The Inshore Netters and Skippers Association urged ministers to keep the ban on trawling.")
    got = sides(body)
    assert "Union of Curling Clubs and Leagues" in got
    assert "Inshore Netters and Skippers Association" in got


def test_two_parties_joined_by_and_stay_two():
    body = ("Kestrel Foods said it would match any rival's offer. Kestrel Foods and the Dairy Alliance both want the "
            "price cap lifted. The Vessel Owners Guild and Dunmore Trawlers want the ban kept.")
    got = sides(body)
    assert {"Kestrel Foods", "Dairy Alliance"} <= set(got)
    assert not any(s.startswith("Kestrel Foods and") for s in got)


def test_a_party_whose_name_opens_with_an_ordinary_word_keeps_that_word():
    body = ("Forward Together wants the pension age frozen at 65. The Civic League insists that it must rise to 67. "
            "The Farmers Bloc will support a government led by Forward Together if coal mining is banned.")
    got = sides(body)
    assert "Forward Together" in got
    assert "Together" not in got


def test_a_country_is_not_the_body_of_its_fishermen_named_after_it():
    body = ("Tarrowland wants its share of the herring catch raised from 15% to 22%. The Tarrowland Fishermen's "
            "Federation went further than its government, saying it would accept no share below 30%. Vesk rejects "
            "any transfer.")
    got = sides(body)
    assert "Tarrowland" in got
    assert "Tarrowland Fishermen's Federation" in got
    assert "Tarrowland Fishermen" not in got


def test_a_title_or_an_adjective_before_a_persons_name_is_not_part_of_a_party():
    body = ("Conservative MP Dalia Fenwick said the levy was unfair. Conservative MP Dalia Fenwick wants it scrapped "
            "by June. President Anneliese Varga wants the talks to continue.")
    got = sides(body)
    assert not any(s.startswith(("Conservative Dalia", "President Anneliese", "MP Dalia")) for s in got)


def test_it_said_speaks_for_the_body_before_not_one_named_later():
    body = ("The Ministry of Orchards has ruled out emergency payments. In a statement on Wednesday, it said that "
            "prices were a matter for the market.\n\nGrellings said it already paid above the market rate. Hatchett "
            "Stores said it was willing to sign up to a voluntary price floor.")
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert ("Ministry of Orchards", "prices were a matter for the market") in got
    assert not any(side == "Hatchett Stores" and "matter for the market" in demand for side, demand in got)


def test_it_said_after_a_company_is_the_company_not_the_ministry_in_the_next_paragraph():
    body = ("Corvane Mining Group said in a statement that its offer was generous. It said a strike would put at risk an "
            "expansion of its smelter.\n\nThe two smelters produced 90,000 tonnes last year.\n\nThe labour ministry "
            "said it would appoint a mediator if both sides asked for one.")
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert ("Corvane Mining Group", "a strike would put at risk an expansion of its smelter") in got


def test_its_leader_is_the_leader_of_the_party_the_sentence_before_opened_on():
    body = ("The Civic League wants the pension age raised. Tarrowland wants its share raised from 18% to 26%. Its "
            "chief negotiator, Odd Brekkevik, said Tarrowland would set its own quota if no deal was reached.")
    got = sides(body)
    assert "Tarrowland (Odd Brekkevik)" in got
    assert "Civic League (Odd Brekkevik)" not in got


def test_a_call_made_on_a_weekday_is_a_call_for_and_its_pronoun_is_the_party_before():
    body = ("The nationalist Homeland party, which came third, has been shut out of the talks by both main parties. "
            "It called on Tuesday for a fresh election.")
    got = [(p.side, p.stance, p.demand) for p in extract(article(body)).positions]
    assert ("Homeland party", "calls for", "a fresh election") in got


def test_her_party_is_the_party_of_the_woman_the_paragraph_names_not_another_party():
    body = ('The Civic League leader, Sabine Orlova, said that freezing the pension age would cost 2.3 billion '
            'crowns a year. "Someone has to pay for it," she said. Her party has also demanded the finance ministry '
            'as the price of its support. The Homeland party wants an early election.')
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert ("Civic League", "the finance ministry as the price of its support") in got
    assert not any(side in ("Party", "Homeland party") and "finance" in demand for side, demand in got)


def test_a_word_describing_a_named_party_is_not_part_of_its_name_but_a_body_of_one_is_kept():
    body = ("The nationalist Homeland party, which came third, has been shut out of the talks. It called on Tuesday "
            "for a fresh election. The board of Ardley Foods urged shareholders to reject the offer.")
    got = sides(body)
    assert "Homeland party" in got
    assert not any(s in ("Ardley Foods", "Board") for s in got)


def test_what_a_mediator_reports_the_parties_agreed_is_the_parties_position_not_the_mediators():
    body = ("The Forward Together party wants the retirement age frozen. The Civic League insists that it must rise "
            "to 67. The Forward Together party has refused to give ground on pensions. The Civic League says it will "
            "not sign.\n\nPresident Anneliese Varga invited the two leaders to her residence on Monday. After a "
            "meeting of four hours, her office announced that the parties had agreed to set up a joint working "
            "group on pensions.")
    got = {p.side for p in extract(article(body)).positions if p.demand.startswith("set up a joint working group")}
    assert got == {"Forward Together", "Civic League"}


def test_what_the_chair_of_talks_says_the_parties_agreed_is_theirs():
    body = ("Tarrowland wants its share raised to 26%. Tarrowland has threatened to set its own quota. Vesk rejects "
            "any transfer. Vesk has proposed a joint survey of the stock.\n\nThe talks were chaired by Skarvik. Its "
            "fisheries minister, Ingrid Holm, who chaired the talks, said the parties had at least agreed to accept "
            "the scientists' advice on the total catch.")
    got = {p.side for p in extract(article(body)).positions if p.demand.startswith("accept the scientists")}
    assert got == {"Tarrowland", "Vesk"}


def test_its_delegation_is_the_delegation_of_the_party_the_sentence_before_was_about():
    body = ("The Skerry Islands, whose economy depends on fishing, have asked for a guaranteed minimum share of 12%. "
            "Its delegation said it would not support any agreement that reduced its catch.")
    got = sides(body)
    assert got.count("Skerry Islands") == 2
    assert "Its delegation" not in got


def test_clause_words_are_never_sides():
    body = ("The clubs' body also wants a share of the gate money, which it puts at 12%, the same share that it says "
            "clubs in other sports receive.\n\nAccording to two people familiar with the talks, the broadcaster "
            "wants the final moved to a Sunday, and has warned that it will seek to renegotiate the fee if the "
            "matches get worse.\n\nThe union representing 2,100 workers at Corvane Mining Group's two pits said on "
            "Tuesday it had turned down the company's latest wage offer.\n\nThe ambulance service itself said in its "
            "response that it would need 11 more crews to keep to its target times.")
    got = sides(body)
    assert not any(s.startswith(("Same share", "Has", "Union representing")) or s.endswith("itself") for s in got)


def test_both_groups_are_the_two_bodies_the_sentence_before_named():
    body = ("The blockade was organised by the Orchard, Hop and Soft Fruit Growers' Federation, which represents 900 "
            "farms, and by the smaller Cottagers and Allotment Holders Network. Both groups want a legally binding "
            "minimum price, set each season by an independent panel.")
    got = {p.side for p in extract(article(body)).positions if p.demand.startswith("a legally binding")}
    assert got == {"Orchard, Hop and Soft Fruit Growers' Federation", "Cottagers and Allotment Holders Network"}


def test_refuse_collectors_are_workers_not_a_refusal():
    body = ("The union representing the town's 140 refuse collectors, the Municipal and Allied Workers, opened the "
            "week by rejecting a revised pay offer from Tidyway Services.")
    got = [(p.stance, p.demand) for p in extract(article(body)).positions]
    assert not any(stance == "refuses" for stance, _ in got)
    assert any(stance == "rejects" and demand.startswith("a revised pay offer") for stance, demand in got)


def test_a_columns_author_holds_the_views_it_argues():
    body = ("Closing the Ashby library would be a mistake the town regrets for decades, argues Mina Castell\n\n"
            "On Monday the county council votes on whether to close Ashby library. Its leader, Rowan Pike, wants the "
            "closure: he says the building costs too much to heat. I think he is wrong, and councillors should vote "
            "against.\n\nCouncillors should ask for the heating costs to be checked before they vote. The readers' "
            "group has collected 3,000 signatures.\n\nMina Castell writes a weekly column on the county.")
    got = [(p.side, p.demand) for p in extract(article(body, "Keep the library open")).positions]
    assert ("Mina Castell", "councillors should vote against") in got
    assert not any(side == "Mina Castell" and re.search(r"\b(?:he|them)\b", demand) for side, demand in got)
    assert ("Mina Castell", "councillors should ask for the heating costs to be checked before they vote") in got
    assert any(side == "Mina Castell" and demand.startswith("Closing the Ashby library would be a mistake")
               for side, demand in got)
    assert not any(demand == "Mina Castell" for _, demand in got)


def test_a_news_story_without_an_author_line_has_no_narrators_position():
    body = ("The county council votes on Monday on whether to close Ashby library. Councillors should receive the "
            "report on heating costs by Friday, officials said.")
    got = [p.side for p in extract(article(body)).positions]
    assert not any(side in ("Councillors", "Author") for side in got)


def test_a_sides_pledge_to_act_is_its_position():
    body = ("The drivers' union says it will ballot its members on strikes if the sale goes ahead. The Liberal group "
            "on the council says it will abstain. The club said it will publish the accounts next week.")
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert any(demand.startswith("it will ballot its members") for _, demand in got)
    assert not any("publish the accounts" in demand for _, demand in got)


def test_a_condition_that_points_back_does_not_hide_the_offer_before_it():
    body = "Hatchett Stores said it was willing to sign up to a voluntary price floor if its rivals did the same."
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert any(side == "Hatchett Stores" and demand.startswith("sign up to a voluntary price floor")
               for side, demand in got)


def test_a_final_offer_and_an_open_door_are_positions():
    body = ("Corvane Mining Group said in a statement that its offer was fair and final and that the company remained "
            "open to talks.")
    got = [p.side for p in extract(article(body)).positions]
    assert got == ["Corvane Mining Group"]


def test_it_after_a_long_subject_with_and_in_its_name_is_that_body():
    body = ("The Brant and District Patients' Council, which the trusts must consult by law, has taken a more "
            "cautious line. It supports merging the two trusts' management, but says it cannot back moving the "
            "unit. It has asked for an independent review of travel times.")
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert ("Brant and District Patients' Council", "merging the two trusts' management") in got
    assert ("Brant and District Patients' Council", "an independent review of travel times") in got


def test_both_opening_a_sentence_is_the_two_sides_of_the_story():
    body = ("The Forward Together party wants the pension age frozen. The Civic League insists that it must rise. "
            "The Forward Together party has refused to give ground on pensions. The Civic League says it will not "
            "sign. Both want to raise the minimum wage.")
    got = {p.side for p in extract(article(body)).positions if "minimum wage" in p.demand}
    assert got == {"Forward Together", "Civic League"}


def test_raising_it_names_what_it_is():
    body = "The Forward Together party wants the pension age frozen; the Civic League insists on raising it."
    got = [(p.side, p.demand) for p in extract(article(body)).positions]
    assert ("Civic League", "raising the pension age") in got
    assert not any(demand.endswith(" it") for _, demand in got)


def test_a_new_clause_on_both_ends_the_demand():
    body = ("The Forward Together party wants the pension age frozen. The Civic League insists that it must rise. "
            "The Forward Together party has refused to give ground on pensions. The Civic League says it will not "
            "sign. Both want to raise the minimum wage, and both have promised a referendum.")
    got = {p.demand for p in extract(article(body)).positions if "minimum wage" in p.demand}
    assert got == {"to raise the minimum wage"}


def test_what_the_chair_says_the_parties_agreed_is_every_party_heard_from():
    body = ("Tarrowland wants its share raised to 26%. Tarrowland has threatened to set its own quota. Tarrowland "
            "rejects any survey. Its chief "
            "negotiator, Odd Brekkevik, said the fish had moved. Vesk rejects any transfer. Vesk has proposed a joint "
            "survey. Vesk wants the talks moved. The Skerry Islands have asked for a minimum share of 12%. The Skerry "
            "Islands will not support any cut in tonnes. The Skerry Islands want a survey first.\n\nThe chair, "
            "Ingrid Holm, said the parties had at least agreed to accept the scientists' advice on the total catch.")
    got = {p.side for p in extract(article(body)).positions if p.demand.startswith("accept the scientists")}
    assert got == {"Tarrowland", "Vesk", "Skerry Islands"}


def test_campaigners_fighting_to_save_a_hospital_are_the_side_not_the_hospital():
    body = ("Campaigners fighting to save the maternity unit at Pellow General Hospital have urged the two trusts "
            "behind the merger to withdraw the plan.")
    got = sides(body)
    assert got and "Pellow General Hospital" not in got


def test_the_company_is_never_a_tenants_union():
    body = ("Greystone Lettings says the rent rise will not be reversed. The tenants' union wants the repairs done "
            "first. The council's housing committee has asked the company to suspend any eviction proceedings.")
    got = [p.demand for p in extract(article(body)).positions]
    from studyapp.core.generate.positions import name_the
    ex = extract(article(body))
    named = [name_the(p.demand, ex.article, ex.cast, ex.positions, p.start, p.side) for p in ex.positions
             if "suspend" in p.demand]
    assert named and not any("union" in n for n in named), (got, named)


def test_campaigners_are_the_campaign_the_story_calls_the_campaign_group():
    body = ("Campaigners want the maternity unit at Pellow kept open. Save Pellow Births, the campaign group formed "
            "in March, says the plan would leave 40,000 women an hour from a unit. Mums Say No, a smaller campaign, "
            "wants the merger stopped.")
    got = sides(body)
    assert "Campaigners" not in got
    assert got.count("Save Pellow Births") == 2


def test_its_negotiator_speaks_for_the_party_the_sentence_before_heard_from():
    body = ("The Southern Freedom Front had demanded the release of 300 prisoners as a condition of any truce. Its "
            "lead negotiator, Karim Dassani, said 120 prisoners would be freed in the first stage. \"We will not sign "
            "a final deal without all of them,\" he said.")
    got = sides(body)
    assert got.count("Southern Freedom Front (Karim Dassani)") == 2
    assert "Karim Dassani" not in got



def test_a_columns_view_keeps_the_half_a_reader_can_follow_alone():
    body = ("Closing the Ashby library would be a mistake, argues Mina Castell\n\nOther towns that shut their "
            "libraries in the 1990s are now paying to reopen them. Ashby should learn from them and keep what it "
            "already has.\n\nMina Castell writes a weekly column on the county.")
    got = [(p.side, p.demand) for p in extract(article(body, "Keep the library open")).positions]
    assert ("Mina Castell", "Ashby should keep what it already has") in got
