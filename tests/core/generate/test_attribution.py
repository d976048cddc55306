"""The right party, the right role, one right option, nothing trivial (issue 14, points 2, 3, 4 and 6): a reported
refusal keyed to the party that refuses, not the one reporting it; a firm's officer never an officer of the court the
firm appeals to; an action both sides took asked of each; two sides saying the same thing, or a union and the
workers it speaks for, never offered against each other; no question on a passer-by's name; no side or question
in the capitals some news copy opens with. Every article here is invented for its test (tests/data/att_articles)."""

from pathlib import Path

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank

from tests.core.generate.conftest import article

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "att_articles"


def positions(body: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(p.side, p.stance, p.demand, p.shared_with) for p in extract(article(body)).positions]


def people(text: str) -> dict[str, tuple[str, str]]:
    return {p.name: (p.role, p.side) for p in extract(text).cast.people if p.kind == "person"}


def bank(name: str) -> list[dict]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return generate_bank(text, published="2026-05-04")[0]["questions"]


def test_what_the_reporter_says_another_party_refused_is_that_partys_refusal():
    got = positions("The council said the union had refused to call off the strike. The union wants a pay rise.")
    assert ("Union", "refuses to", "call off the strike", ()) in got
    assert not any(side == "Council" for side, *_ in got)
    got = positions("Mr Hale, the council leader, said the drivers' union had refused to call off the strike.")
    assert [side for side, *_ in got] == ["Drivers' union"]


def test_another_word_for_the_speakers_own_body_is_still_the_speaker():
    # "the authority" after the council's own member: the council put another way, not a party of its own
    got = positions("Westmoor Borough Council is to close four branch libraries. The council's cabinet member for "
                    "housing, Nia Colbeck, said the authority was prepared to hand the buildings to volunteers.")
    assert got and not any(side.startswith("Authority") for side, *_ in got)


def test_a_person_still_speaks_for_the_body_the_sentence_names_without_a_role_of_another_kind():
    got = positions("Sir Alan Penn said the board had considered the offer and had rejected it unanimously.")
    assert got and got[0][0] == "Alan Penn"  # (a knight is named without "Sir")


def test_a_firms_officer_is_not_an_officer_of_the_court_it_appeals_to():
    got = people((ARTICLES / "court-sentencing.txt").read_text(encoding="utf-8"))
    assert got["Priya Raman"] == ("finance director of Ferris Aggregates Ltd", "Ferris Aggregates Ltd")


def test_a_name_set_off_after_a_group_is_not_the_group():
    got = people((ARTICLES / "court-sentencing.txt").read_text(encoding="utf-8"))
    assert got["Stephen Orr"][0] == ""  # "the family of one of the men, Stephen Orr,": he is one of the men
    assert not any("family of" in q.get("prompt", "") + str(q.get("answer", "")) + str(q.get("choices", ""))
                   for q in bank("court-sentencing.txt") if q.get("type") != "typed")


def test_a_plural_owners_role_is_read():
    got = people((ARTICLES / "rail-strike-pay.txt").read_text(encoding="utf-8"))
    assert got["Rupert Thane"] == ("Valleyline Trains' chief executive", "Valleyline Trains")


def test_both_countries_are_the_two_the_story_hears_through_their_leaders():
    got = positions((ARTICLES / "summit-talks.txt").read_text(encoding="utf-8").split("\n", 2)[2])
    refused = {(side, shared) for side, stance, demand, shared in got if stance == "refuses to"}
    assert refused == {("Norvania", ("Castria",)), ("Castria", ("Norvania",))}


def test_both_the_union_and_the_operator_named_before_as_the_operator_x():
    got = positions((ARTICLES / "rail-strike-pay.txt").read_text(encoding="utf-8").split("\n", 2)[2])
    talks = {side for side, _, demand, _ in got if demand.startswith("talks at the Arbitration")}
    assert talks == {"Associated Union of Rail Staff", "Valleyline Trains"}


def test_two_sides_saying_the_same_are_never_offered_against_each_other():
    for q in bank("tech-regulator.txt"):
        if "too small" in q.get("prompt", ""):
            assert not {"Family Online Trust", "Parents' Privacy Network"} <= set(q.get("choices", []))
    got = positions("The Family Trust said the fine was too small. The Parents Network also said the fine was too "
                    "small for a company of that size. The Tech Guild said the fine was fair.")
    small = {side: shared for side, _, demand, shared in got if "too small" in demand}
    assert small == {"Family Trust": ("Parents Network",), "Parents Network": ("Family Trust",)}


def test_a_union_and_the_workers_it_speaks_for_are_one_side():
    got = positions((ARTICLES / "rail-strike-pay.txt").read_text(encoding="utf-8").split("\n", 2)[2])
    walk = [shared for side, _, demand, shared in got if side.startswith("Train drivers")]
    assert walk and all("Associated Union of Rail Staff" in s for s in walk)
    for q in bank("rail-strike-pay.txt"):
        choices = set(q.get("choices", []))
        if q.get("answer") in ("Associated Union of Rail Staff", "Train drivers on the Dunmere Valley"):
            assert not {"Associated Union of Rail Staff", "Train drivers on the Dunmere Valley"} <= choices


def test_no_question_is_answered_by_a_passer_by():
    street = {"Barry Whitcombe", "Leanne Foster", "Dorothy Pell"}
    for name in ("vox-pop-bins.txt", "rail-strike-pay.txt"):
        for q in bank(name):
            assert q.get("answer") not in street and q.get("speaker") not in street
            assert not any(n in q.get("prompt", "") for n in street)
    # the councillors of the same story are still asked
    assert any(q.get("speaker") == "Judith Keane" or q.get("answer") == "Judith Keane"
               for q in bank("vox-pop-bins.txt"))


def test_a_witness_with_an_age_is_no_passer_by():
    text = article("Ann Corrie, 38, told the jury she had reported the fault three times. \"I wrote it in the log "
                   "every single time,\" she said. The defence barrister, Tom Reeve KC, said the log had been lost. "
                   "The trial of the site manager, Colin Marsh, continues.", "Warehouse trial hears of alarm faults")
    qs = generate_bank(text, published="2026-05-04")[0]["questions"]
    assert any(q.get("answer") == "Ann Corrie" or q.get("speaker") == "Ann Corrie" for q in qs)


def test_an_opening_in_capitals_gives_no_shouted_side_or_question():
    got = positions("LONDON — THE GOVERNMENT has refused to back down over the strike. The Rail Workers Union "
                    "wants a 6% rise. Transport secretary Ann Blythe said the government would not negotiate.")
    assert ("Government", "refuses to", "back down over the strike", ()) in got
    body = ("TEACHERS in Marford have voted to strike over pay. The Marford Teachers Association wants a 5% rise. "
            "The council said it would offer 2%. Teachers want smaller classes.")
    assert {side for side, *_ in positions(body)} >= {"Teachers", "Marford Teachers Association"}
    for name in ("capitals-opening.txt", "capitals-dateline.txt"):
        for q in bank(name):
            shown = " ".join([q.get("prompt", ""), str(q.get("answer", "")), *map(str, q.get("choices", []))])
            assert "UNION" not in shown and "THE " not in shown
    assert not any("TEACHERS" in q.get("prompt", "") for q in
                   generate_bank(article(body), published="2026-05-04")[0]["questions"])


def test_an_abbreviation_opening_the_story_is_kept():
    got = positions("WHO officials want more money for vaccines. The WHO said its budget was too small. "
                    "Donors said they would decide in June.")
    assert got and all(side.startswith("WHO") for side, *_ in got[:2])


def test_a_body_named_with_and_once_is_one_body():
    got = people((ARTICLES / "court-sentencing.txt").read_text(encoding="utf-8"))
    assert got["Colin Asante"] == ("chief inspector of the Health and Safety Directorate",
                                   "Health and Safety Directorate")


def test_a_tribunal_is_no_person():
    text = (ARTICLES / "tech-regulator.txt").read_text(encoding="utf-8")
    assert "Competition Appeal Tribunal" not in people(text)
    assert not any("Competition Appeal Tribunal" in q.get("choices", []) for q in bank("tech-regulator.txt")
                   if not q.get("prompt", "").startswith("Which organisation"))  # (a body among bodies is one)


def test_a_union_position_shared_with_another_side_is_never_made_false_for_its_members():
    for q in bank("rail-strike-pay.txt"):
        assert not q.get("prompt", "").startswith("True or false: Train drivers")


def test_a_deadline_stays_with_its_preposition():
    prompts = [q.get("prompt", "") for q in bank("rail-strike-pay.txt")]
    assert not any(p.rstrip("?.").endswith(" before") for p in prompts)


def test_a_described_group_and_the_body_it_forms_are_one_side():
    got = positions("Parents at Holloway School have given the trust a week to reinstate the head. The Holloway "
                    "Parents' Council wants an apology from the trust. The trust refuses to discuss the case.")
    shared = {side: set(shared) for side, _, _, shared in got}
    assert "Holloway Parents' Council" in shared["Parents at Holloway School"]
    assert "Parents at Holloway School" in shared["Holloway Parents' Council"]
    assert shared["Trust"] == set() if "Trust" in shared else True


def test_a_students_union_is_not_the_union_its_members_belong_to():
    got = positions("Members backed action in the union's ballot. The Lecturers Union wants a pay rise of 7%. "
                    "The students' union executive voted to support the lecturers.")
    members = [shared for side, _, _, shared in got if side == "Members"]
    assert members and "Lecturers Union" in members[0]


def test_a_phone_in_caller_is_a_passer_by_and_a_campaigner_is_not():
    body = ("The council leader, Councillor Ann Rowe, defended the change on the programme. \"It saves money,\" she "
            "said. Pauline, a retired teacher from Eastfold, said she had no room for a second bin. \"I keep the "
            "cardboard under my bed,\" she said. The last word went to a caller who gave her name only as Mrs Dunn. "
            "\"I have put my bin out every Tuesday for forty years,\" she said. Jo Marsh, who has lived on Mill Road "
            "for 20 years and helped organise the petition, said: \"We are against 300 lorries a day.\"")
    qs = generate_bank(article(body, "Callers attack bin change"), published="2026-05-04")[0]["questions"]
    asked = {q.get("answer") for q in qs} | {q.get("speaker") for q in qs}
    assert not asked & {"Pauline", "Mrs Dunn"}
    from studyapp.core.generate.passers import passers_by
    street = passers_by(extract(article(body, "Callers attack bin change")))
    assert "Jo Marsh" not in street and "Ann Rowe" not in street


def test_a_body_named_with_and_by_two_words_is_one_body_and_its_description_shares_its_positions():
    body = ("The Castlegate Tenants and Residents Union wants the rent rise reversed. The landlord, Greystone Homes, "
            "said the rise would stand. The tenants' union said it would fight any eviction case.")
    got = positions(body)
    sides = {side for side, *_ in got}
    assert "Castlegate Tenants and Residents Union" in sides and "Castlegate Tenants" not in sides
    union = [shared for side, _, _, shared in got if side == "Castlegate Tenants and Residents Union"]
    assert union and "Tenants' union" in union[0]
    got = positions("The Mineworkers and Smelter Workers Federation turned down the offer. Brantley Resources offers "
                    "a rise of 4.5%.")
    assert got[0][0] == "Mineworkers and Smelter Workers Federation"


def test_the_person_a_relative_clause_is_about_holds_what_it_says_they_insist():
    got = positions("On Wednesday, three judges at the Court of Appeal in Dunmere quashed the conviction of Tomas Reel, "
                    "a baker who has spent nine years insisting that he did not start the fire. The Crown Prosecution "
                    "Office said it would not seek a retrial.")
    insists = [side for side, stance, *_ in got if stance.startswith("insists")]
    assert insists == ["Tomas Reel"]


def test_a_batch_code_employs_no_one():
    text = article("Pellmoor Foods is recalling two batches of pouches.\n\n- Pear, 120g, batch code LO2633\n\n"
                   "Its operations director, Ann Creel, said no injuries had been reported.", "Pouches recalled")
    role, side = people(text)["Ann Creel"]
    assert "LO2633" not in role and side != "LO2633"


def test_a_reporter_asking_at_a_briefing_is_not_asked_about():
    body = ("The chief executive of Fenmoor Water, Dana Holt, apologised to customers at a briefing on Monday. \"We "
            "let people down,\" she said. The first question came from Sam Odell of Channel 5 Northern, who asked why "
            "customers had not been told. \"People were giving that water to babies,\" Odell said. \"Will bills be "
            "cut?\" asked Kit Varley of the Fenmoor Post. Holt said every household would get £40.")
    from studyapp.core.generate.passers import passers_by
    street = passers_by(extract(article(body, "Water boss apologises")))
    assert street == {"Sam Odell", "Kit Varley"}


# --- roles: a person's role is a noun of a person with its own owner, or it is not asked (issue 14, point 4) ---

def _role_drafts(name: str) -> list[dict]:
    from studyapp.core.generate.questions import build_people, role_candidates
    from studyapp.core.generate.questions import Ids
    ex = extract((ARTICLES / name).read_text(encoding="utf-8"))
    return [c.question for c in role_candidates(ex, Ids(), build_people(ex))]


def test_a_role_is_headed_by_a_noun_of_a_person():
    from studyapp.core.generate.questions import role_of_a_person
    for role in ("the regional organiser of the Seafarers and Harbour Staff Union", "a nurse who uses the ferry",
                 "Salt's wife", "Head of the only hotel on the island", "The island's GP", "Lead plaintiff",
                 "Director-general of the Chamber", "The Coastal Affairs secretary", "Harwick center",
                 "District Collector", "Colonel, former Vesterian commander", "Omani-born economist"):
        assert role_of_a_person(role), role
    for role in ("About 60 miles up the coast", "Rival operators -", "The ringers", "The passengers' group",
                 "No relation to the ferry's captain", "The union is demanding that the owner", "Whatever today brings",
                 "Teresa Hollin |", "Northwire Sports League", "Ferry Users 2", "The statement was read by a junior prosecutor",
                 "Whether she would apologise to families", "Are the kingmakers"):
        assert not role_of_a_person(role), role


def test_a_role_whose_owner_is_cut_from_a_longer_name_is_not_asked():
    from studyapp.core.generate.questions import cut_owner
    body = ("Forward Harbour won the most seats. Forward Harbour's leader spoke. The Union of Quay Clubs and Leagues "
            "met. Ilse Marn, Commissioner for Ports and Fisheries Ilse Marn, spoke. The cooperative's chairman spoke.")
    assert cut_owner("Leader of Harbour", body, "Kasimir Belt")
    assert cut_owner("Chairwoman of Union of Quay Clubs", body, "Marit Sol")
    assert not cut_owner("Commissioner for Ports and Fisheries", body, "Ilse Marn")
    assert not cut_owner("Chairman of the Cooperative", body + " The Kerrow Fishermen's Cooperative met.", "Al Renn")


def test_no_role_question_on_a_clause_fragment_or_a_place_or_a_group():
    drafts = _role_drafts("ferry-roles.txt")
    shown = " ".join(str(q.get("answer")) + " " + q["prompt"] + " " + " ".join(q.get("choices") or []) for q in drafts)
    assert "Rival operators" not in shown and "No relation" not in shown and "Marlow Sound Lines" not in shown
    assert any(q["prompt"] == "Who is Dana Whitcombe, according to the article?" for q in drafts)


# --- positions: the holder is the clause's own party, never a party of another kind the words sit beside ---

def _held(name: str) -> list[tuple[str, str]]:
    return [(p.side, p.demand) for p in extract((ARTICLES / name).read_text(encoding="utf-8")).positions]


def _people_of(name: str) -> dict[str, str]:
    return {p.name: p.side for p in extract((ARTICLES / name).read_text(encoding="utf-8")).cast.people}


def test_a_countrys_demand_is_the_countrys_not_a_group_living_in_it():
    held = _held("border-water-demand.txt")
    assert ("Norvania", "Caldoria release more water from the Brena dam") in held
    assert ("Farmers in southern Norvania", "compensation for lost crops") in held


def test_what_an_officeholder_says_a_body_would_refuse_is_that_bodys_refusal():
    held = _held("tunnel-toll-coalition.txt")
    assert ("Hauliers' association", "any rise in the toll") in held
    assert not any(side.startswith("Pavel Strenk") for side, _ in held)


def test_opponents_in_a_named_party_are_that_party_and_a_ministers_opponents_are_never_the_minister():
    held = _held("tunnel-toll-coalition.txt")
    assert ("Green Party", "the toll kept to pay for rail") in held
    assert not any(side == "Opponents" for side, _ in held)
    held = _held("school-meals-critics.txt")
    assert ("Civic Party", "the money spent on teachers instead") in held
    assert [side for side, _ in held].count("Rhona Tallis") == 1  # her own wish only
    assert not any(side == "Critics" for side, _ in held)  # "Her critics": whose, the words do not settle


def test_a_town_whose_mayor_speaks_is_not_a_trust_named_after_it():
    assert _people_of("tunnel-toll-coalition.txt")["Pavel Strenk"] == "Orrin"


def test_a_campaign_named_after_an_institution_is_not_the_institution():
    held = _held("museum-campaign.txt")
    assert ("Harlow Museum", "a new roof") in held
    assert ("Save Harlow Museum", "the museum must stay open at weekends") in held
    assert ("Rural Party", "quit unless the duty is frozen") in held  # the junior partner's threat, not the government's


def test_the_company_is_never_a_union_by_its_initials_a_chamber_of_trade_nor_a_capitalised_common_noun():
    ex = extract((ARTICLES / "cannery-company-said.txt").read_text(encoding="utf-8"))
    said = [(c.speaker.name, c.claim) for c in ex.claims]
    assert ("Harrowby Seafoods Ltd", "the cannery would reopen on Monday with managers on the lines") in said or \
        any(who == "Harrowby Seafoods Ltd" and claim.startswith("the cannery would reopen") for who, claim in said)
    assert "Industry" not in ex.cast.orgs  # "Industry analysts expect …", the "Business correspondent" byline's kin


def test_a_town_in_a_list_of_towns_is_no_holder_of_the_claim_its_families_make():
    held = _held("villages-lawsuit.txt")
    assert not any(side in ("Wenlow Falls", "Ashby Cross") for side, _ in held)
    assert ("Families", "the pipes replaced by the end of next year") in held
    assert ("Families", "the company ignored warnings about lead pipes for a decade") in held  # the subject, not "B"


def test_a_byline_with_its_paper_after_a_bar_is_page_furniture_and_its_paper_no_person():
    from studyapp.core.generate.furniture import is_furniture
    from studyapp.core.generate.questions import build_people
    assert is_furniture("By Marit Olsen | Wendle Courier") and is_furniture("By Marit Olsen / Wendle Courier")
    assert not is_furniture("By Monday - the deadline - no deal was signed.")
    text = ("Quarry plan approved\n\nBy Marit Olsen | Wendle Courier\n\nPlans to extend the Wendle quarry were approved "
            "on Monday. Josh Penrose, who chairs the parish council, said the village would appeal.\n")
    assert "Wendle Courier" not in {p["name"] for p in build_people(extract(text))}


# A position goes to the one who holds it, as it is held now (issue 14, round 11): an expert's wish is the expert's,
# not the institution's; a demand dropped since is asked in the past; a denied wish is no wish; a representative's
# words about the principal's aim are the principal's. Articles: tests/data/att_articles (invented).

def _bank_text(name: str) -> str:
    return " ".join(str(q.get(k, "")) for q in bank(name) for k in ("prompt", "quote", "answer", "choices"))


def test_an_experts_wish_is_the_experts_not_the_institution_he_works_at():
    got = positions("Dr Lena Orr, a heart surgeon at the St Bede's Hospital, wants a ban on smoking outside wards. "
                    "Professor Ian Moss, an economist at the Harcourt Institute, believes a sugar tax would work.")
    assert [side for side, *_ in got] == ["Lena Orr", "Ian Moss"]
    # a head, a chief or a spokesperson still speaks for the body
    got = positions("Ruth Kane, chief executive of the Westwood Hospital Trust, wants two new wards.")
    assert got[0][0] == "Westwood Hospital Trust (Ruth Kane)"
    for q in bank("hospital-expert.txt") + bank("science-experts.txt"):
        if q.get("answer") in ("Redmere General Hospital", "Harcourt Institute", "University of Bellmere",
                               "Lanford Business School"):
            raise AssertionError(q.get("prompt"))
        assert not q.get("prompt", "").startswith(("True or false: Redmere General Hospital wants",
                                           "True or false: Harcourt Institute"))


def test_a_demand_dropped_since_is_not_asked_as_a_present_wish():
    got = {(side, demand): past for side, _, demand, past in
           [(p.side, p.stance, p.demand, p.past) for p in extract(article(
               "The Glenmoor Teachers Union had demanded a 5% rise but dropped that demand last week. "
               "The Farmers Alliance had called for a ban on imports, but it has since withdrawn that call. "
               "The council wanted to close the pool. It has now abandoned the plan. "
               "The Harbour Union wants a 4% rise, but the company dropped its plans."
           )).positions]}
    assert got[("Glenmoor Teachers Union", "a 5% rise")] is True  # cut before the clause that gives it up
    assert got[("Farmers Alliance", "a ban on imports")] is True
    assert got[("Council", "to close the pool")] is True
    assert got[("Harbour Union", "a 4% rise")] is False  # another party's plans dropped: the union's wish stands
    text = _bank_text("union-dropped.txt") + _bank_text("council-pool.txt")
    assert "What does the Amalgamated Transport Workers Union demand" not in text
    assert "Which side proposes closing the pool" not in text and "Which side threatens to take" not in text


def test_a_denied_wish_keeps_its_denial():
    got = positions("Mayor Ian Frost denied that he wants to sell the stadium. The Glenwood Nurses Union denied "
                    "claims that it wants to end the strike. Mr Frost denies wanting to close the pool.")
    assert not any(stance in ("wants", "says that") for _, stance, _, _ in got)
    assert ("Ian Frost", "denies", "that he wants to sell the stadium", ()) in got
    assert ("Glenwood Nurses Union", "denies", "claims that it wants to end the strike", ()) in got
    assert "leave her record label" not in _bank_text("singer-spokesman.txt").lower()


def test_a_representatives_words_about_the_principals_aim_are_the_principals():
    opening = "Tom Pell, 44, denies fraud. "
    for said in ("His lawyer, Ana Roe, said he wants the charges dropped.",
                 "Ana Roe, who represents Mr Pell, said he wants the charges dropped.",
                 "His lawyer, Mark Dunn, said his client wants the charges dropped.",
                 "His lawyer said he wants the charges dropped.",
                 "Tom Pell's lawyer, Ana Roe, said he wants the charges dropped."):
        got = positions(opening + said)
        assert [(side, demand) for side, _, demand, _ in got] == [("Tom Pell", "the charges dropped")], said
    # the lawyer's own "she", where the principal is a "he", stays the lawyer's
    got = positions(opening + "His lawyer, Ana Roe, said she wants the judge to order a retrial.")
    assert got[0][0] == "Ana Roe"
    got = positions("The singer Jo Vale has cancelled her tour. Her spokesman said she wants to rest.")
    assert got[0][:3] == ("Jo Vale", "wants", "to rest")
    assert "What does Dev Anand want" not in _bank_text("singer-spokesman.txt")


def test_what_a_party_is_barred_from_or_cannot_do_is_not_its_aim():
    got = positions("Mr Stroud is barred from seeking re-election to the council. Ms Adler cannot ask for a retrial "
                    "under the rules. The club is not allowed to offer new contracts until the embargo ends. The "
                    "Harbour Party cannot support the budget without changes.")
    assert [(side, stance) for side, stance, _, _ in got] == [("Harbour Party", "will not support")]


def test_a_votes_margin_is_not_part_of_what_the_voters_back():
    got = positions("Members of the Maritime Crews Union backed the new pay deal by 812 votes to 301.")
    assert not any("812" in demand for _, _, demand, _ in got)


def test_one_who_also_heads_the_body_still_speaks_for_it():
    got = positions("Professor Ian Moss, professor of law and vice-chancellor of the Harcourt University, wants the "
                    "fees frozen.")
    assert got[0][0] == "Harcourt University (Ian Moss)"


def test_a_players_wish_is_the_players_and_his_agents_words_about_it_too():
    got = positions("Rovers striker Dan Kemp has not trained this week. The striker's agent, Tim Rowe, said he wants "
                    "a move to a bigger club.")
    assert [(side, demand) for side, _, demand, _ in got] == [("Dan Kemp", "a move to a bigger club")]
    got = positions("Rovers captain Sam Orr wants the club to keep the manager.")
    assert got[0][0] == "Rovers (Sam Orr)"  # a captain speaks for the club
