"""Each side's list of demands asked whole, and the parties offered as sides real ones (issue 14, points 2, 3, 4 and 6):
a list of three demands is asked as one question with the whole list ("What three demands does X make?"), never cut
to its first item; a list put "to" another party after a colon is still the asker's; a nationality before a trade, a
job after a body, one of a person's two surnames, a metro line or a station are no sides; an abbreviation the article
defines in brackets is the body it stands for; "stopped short of agreeing to" is no agreement; a crowd's wish in an
"as" clause is not the main subject's, nor "repeated protests" anyone's act. Articles written for these tests; every
name is invented."""

from datetime import date

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import demand_list
from tests.core.generate.conftest import article

# a city paper's housing story: a tenants' group lists its demands after "wants three things:"
RENTERS = article("\n\n".join([
    "Rents in Brindlewick have risen by a fifth in two years, and the city council will debate a rent "
    "stabilisation bylaw on Thursday.",
    "The Brindlewick Renters' Alliance, which says it has 3,000 members, wants three things: a 4 percent cap on "
    "yearly rent rises, a ban on evictions without cause, and a public register of landlords.",
    '"People are choosing between heating and rent," said Odile Marchetti, the alliance\'s chair.',
    "The Brindlewick Landlords Federation opposes the cap and wants the council to cut the fees it charges for "
    "building permits.",
    '"A cap will stop people building homes," said its director, Hamish Oyelaran.',
    "Councillor Petra Vane, who chairs the housing committee, said she would back a cap of 6 percent.",
    "Marchetti said the alliance was concerned about older tenants living on fixed pensions.",
]), "Brindlewick renters press council for cap before Thursday's vote")

# a regional broadcaster's planning story: demands "put to" the developer, before a colon
QUARRY = article("\n\n".join([
    "Villagers in Hollin Moss have set out their terms for a new sand quarry on the edge of the village.",
    "The Hollin Moss Residents' Association said on Tuesday it had put three demands to Carrowmore Aggregates: a "
    "ban on lorries before 7am, a new footpath along the Fellside road, and a fund for the village school.",
    '"We are not against the quarry, but we want it done properly," said the association\'s secretary, Bronagh '
    'Tilley.',
    "Carrowmore Aggregates said it would consider the demands and stopped short of agreeing to the footpath, "
    "saying its cost was still unknown.",
    "The district planning committee will decide on the application on 12 March.",
    "The Swedish-born engineer Ingrid Malmqvist, who designed the quarry's drainage, said the site would be safe.",
]), "Hollin Moss villagers set three conditions for sand quarry")

# a wire report of an election campaign: a candidate's pledges as a list of acts
PLEDGES = article("\n\n".join([
    "TARVOSSA, May 3 - Voters in Tarvossa go to the polls on 24 May in a presidential election that opinion polls "
    "say is too close to call.",
    "Mirela Dascalu, the candidate of the Civic Renewal Party, promises to cut fuel duty by a third, to build "
    "40,000 homes for rent, and to hold a referendum on the new constitution.",
    "Her rival, Tomas Varga of the People's Front, has said he would keep fuel duty as it is.",
    '"Cutting fuel duty is a promise nobody can pay for," Varga told a rally in the port city of Lessen.',
    "The National Election Office (ONE) said turnout could pass 70 percent.",
    "ONE director Sabin Ilie said the count would be finished within two days.",
]), "Tarvossa election too close to call, polls say")

# a transport desk story: a line and a station, a department's spokesperson, a defined abbreviation
TRAMS = article("\n\n".join([
    "The opening of the Northmoor tram extension has been delayed by a year, the Kelby Transport Executive (KTE) "
    "said on Monday.",
    "The extension will connect with the existing Red Line at Foundry Street and Kelby Central Station.",
    "KTE chief executive Alana Brigg blamed faults in the signalling system and said the cost had risen to "
    "$900 million.",
    "The Kelby Riders' Group said commuters had been let down and wants the KTE to run extra buses until the line "
    "opens.",
    'A Department for Transport spokesperson said: "We expect the executive to keep the public informed."',
    "Riders' Group chair Femi Adeyinka said commuters had waited long enough.",
]), "Northmoor tram extension delayed by a year")

# a national paper's politics story: a minister with two surnames, a crowd in an "as" clause
REGION = article("\n\n".join([
    "Interior Minister Lucía Ferrer Alonso rejected on Friday a plan by the Serrano regional government to hold its "
    "own census.",
    '"The census is a national matter and will stay one," Ferrer said at a news conference in the capital.',
    "Ferrer said the government would take the plan to the Constitutional Tribunal if the region went ahead.",
    "Regional president Xabier Oteiza ends a month of talks empty-handed as farmers demand a share of water "
    "rights.",
    "Oteiza, who called the talks after repeated protests against the water tariff, said the region would publish "
    "its own figures in June.",
    "The Serrano Farmers' Union wants the tariff frozen for two years.",
]), "Madrid rejects Serrano census plan")

# a business page: an investor described by nationality, and a list of offers
CLUB = article("\n\n".join([
    "The Kestrel Rovers supporters' group has welcomed the sale of the club to the Harrowgate consortium.",
    "The consortium is led by the Anglo-Ghanaian investor Ama Boateng-Leigh, who said she would put $20 million "
    "into the club over three years.",
    "The Kestrel Rovers Supporters' Trust has put four demands to the consortium: a seat on the board, a freeze "
    "on ticket prices, a new training ground, and a veto over any move from Marsh Lane.",
    '"We want the owners to sign up to all four," said the trust\'s chair, Declan Morrow.',
    "Boateng-Leigh said she was open to a supporter on the board but stopped short of agreeing to the veto.",
    "The league approved the sale on 2 April.",
]), "Kestrel Rovers fans set out four demands to new owners")


# a court reporter's story: the court named in the lead, then "the Bench" and "the court"
RULING = article("\n\n".join([
    "The High Court of Varnagar on Monday halted work on a 20-km stretch of the Kesari canal, holding that the "
    "villages along its route had not been consulted.",
    "A Division Bench of Justice Anil Rao and Justice Meera Pillai passed the order on a petition filed by the "
    "Kesari Valley Farmers' Forum, which wants the canal rerouted.",
    '"Consultation is not a formality to be completed after the fact. It cannot be presumed," the Bench observed. '
    '"Where rights over the land are recognised, the State must show that every village was consulted in good '
    'faith."',
    "The court said the stay would remain until the next hearing on 14 September.",
    "The State government said it would study the order and might appeal to the Supreme Court.",
]), "High Court halts Kesari canal work")


# a wire story of a poll, a lenders' plan denied, a standoff, a plea heard
MIXED = article("\n\n".join([
    "A survey by the Marlow Institute found 52 per cent support the Dunmere bypass, 39 per cent opposed and 9 per "
    "cent undecided.",
    "Mortgage lenders in Dunmere said they had no plans to change their rates before the vote.",
    "Varnia insists that Oskland must open its port to the stranded ship and the Northern Commission urged both "
    "governments to end the standoff.",
    "The Oskland government said it would not open the port until other states agreed to take the passengers.",
    "The tribunal will also hear a plea by fishermen in the northern bays seeking higher compensation.",
    "The Dunmere Roads Office said work would start in May, with the cost of the bypass now expected to reach "
    "$120 million.",
]), "Dunmere bypass poll; port standoff goes on")


# a regional paper's health story: "campaigners" in the standfirst, the campaign named later; members of a union
CLINIC = article("\n\n".join([
    "Patients face a 40-mile trip as the trust shuts its stroke unit, but campaigners vow to fight on.",
    "The Orrin Vale Hospitals Trust will close the stroke unit at Penmarra General Hospital on 1 July.",
    "Campaigners accused the trust of ignoring the public.",
    "Esme Tulloch, who founded the Keep Penmarra Stroke Care campaign, said 9,000 people had signed its petition.",
    "The Penmarra Nurses' Union called a ballot after its members voted to reject the closure plan.",
    "The Liberal Alliance agreed to back her in return for a review of rural hospitals.",
]), "Penmarra stroke unit to close in July")


def _positions(text: str, published: date) -> list[tuple[str, str, str]]:
    ex = extract(text, published)
    return [(p.side.split(" (")[0], p.stance, p.demand) for p in ex.positions]


def _asked(text: str, published: date) -> list[tuple[str, str, list]]:
    bank, _ = generate_bank(text, published=published)
    return [(q.get("prompt", "") or q.get("front", ""), str(q.get("answer", "")), q.get("choices", []))
            for q in bank["questions"]]


def test_a_list_of_demands_is_read_as_one_list():
    assert demand_list("a 4 percent cap on yearly rent rises, a ban on evictions without cause, and a public "
                       "register of landlords") != []
    assert len(demand_list("a seat on the board, a freeze on ticket prices and a new training ground")) == 3
    assert demand_list("to raise the wage by 10 per cent, build homes, and cut waiting lists, paid for by a tax",
                       verbal=True) == []
    assert demand_list("the council to cut the fees") == []
    assert demand_list("talks, which he said would fail, and a strike") == []


def test_a_list_of_three_demands_is_asked_whole():
    asked = _asked(RENTERS, date(2026, 3, 2))
    lists = [(p, a) for p, a, _ in asked if p.startswith("What three demands")]
    assert lists and "Brindlewick Renters' Alliance" in lists[0][0], asked
    assert "register of landlords" in lists[0][1] and "4 percent cap" in lists[0][1]
    # never its first item alone as the one answer
    assert not any(a.lower() == "a 4 percent cap on yearly rent rises" for _, a, _ in asked)


def test_demands_put_to_another_party_are_the_askers_list():
    pos = _positions(QUARRY, date(2026, 2, 11))
    mine = [d for side, stance, d in pos if side == "Hollin Moss Residents' Association" and stance == "demands"]
    assert mine and mine[0].startswith("a ban on lorries before 7am"), pos
    asked = _asked(QUARRY, date(2026, 2, 11))
    assert any(p.startswith("What three demands does the Hollin Moss Residents' Association") and
               "fund for the village school" in a for p, a, _ in asked), asked


def test_stopped_short_of_agreeing_is_no_agreement():
    for text, when in ((QUARRY, date(2026, 2, 11)), (CLUB, date(2026, 4, 6))):
        pos = _positions(text, when)
        assert not any(stance.startswith("agrees") for _, stance, _ in pos), pos


def test_a_nationality_before_a_trade_is_no_side():
    for text, when, word in ((QUARRY, date(2026, 2, 11), "Swedish-born"), (CLUB, date(2026, 4, 6), "Anglo-Ghanaian")):
        ex = extract(text, when)
        assert word not in ex.sides(), ex.sides()
        assert all(word not in c for _, _, cs in _asked(text, when) for c in cs)


def test_four_demands_put_to_new_owners_asked_whole():
    asked = _asked(CLUB, date(2026, 4, 6))
    assert any(p.startswith("What four demands") and "Marsh Lane" in a and "seat on the board" in a
               for p, a, _ in asked), asked


def test_a_candidates_pledges_are_asked_as_one_list():
    asked = _asked(PLEDGES, date(2026, 5, 3))
    assert any(p == "What three pledges does the Civic Renewal Party make?" and a.startswith("To cut fuel duty") and
               "referendum" in a for p, a, _ in asked), asked
    assert not any(a == "Cut fuel duty by a third" for _, a, _ in asked), asked  # one pledge of three


def test_an_abbreviation_defined_in_brackets_is_the_body_it_names():
    ex = extract(PLEDGES, date(2026, 5, 3))
    assert "ONE" not in ex.sides(), ex.sides()
    ex = extract(TRAMS, date(2026, 6, 1))
    assert "KTE" not in ex.sides(), ex.sides()


def test_a_line_a_station_and_a_job_are_no_sides():
    asked = _asked(TRAMS, date(2026, 6, 1))
    offered = {c for _, _, cs in asked for c in cs}
    assert "Red Line" not in offered and "Kelby Central Station" not in offered, offered
    ex = extract(TRAMS, date(2026, 6, 1))
    assert not any(s.endswith("spokesperson") for s in ex.sides()), ex.sides()


def test_one_of_two_surnames_is_the_person_not_a_side():
    ex = extract(REGION, date(2026, 5, 9))
    assert "Ferrer" not in ex.sides(), ex.sides()


def test_a_crowds_wish_in_an_as_clause_is_not_the_subjects():
    pos = _positions(REGION, date(2026, 5, 9))
    assert not any(side.startswith("Xabier Oteiza") and stance in ("demands", "protests against")
                   for side, stance, _ in pos), pos


def test_an_offer_ends_before_but_and_a_second_act():
    pos = _positions(CLUB, date(2026, 4, 6))
    assert ("Ama Boateng-Leigh", "is open to", "a supporter on the board") in pos, pos


def test_the_bench_is_the_court_the_story_names():
    ex = extract(RULING, date(2026, 8, 4))
    assert "Bench" not in ex.sides() and "Court" not in ex.sides(), ex.sides()
    assert "High Court of Varnagar" in ex.sides(), ex.sides()
    bank, _ = generate_bank(RULING, published=date(2026, 8, 4))
    said = [q for q in bank["questions"] if q.get("prompt", "").startswith("Which side said")]
    assert said and all(q["answer"] == "High Court of Varnagar" and "Bench" not in q["choices"] for q in said), said


def test_a_poll_share_a_plan_denied_a_run_on_and_a_participle_are_no_positions():
    pos = _positions(MIXED, date(2026, 5, 9))
    assert not any(stance.startswith("oppose") for _, stance, _ in pos), pos
    assert not any(stance.startswith("plans") for _, stance, _ in pos), pos
    assert not any("seek" in stance for _, stance, _ in pos), pos
    assert not any(stance == "expects to" for _, stance, _ in pos), pos  # the cost is expected, no one expects
    varnia = [d for side, stance, d in pos if side == "Varnia"]
    assert varnia and all("Commission" not in d for d in varnia), pos


def test_a_worry_about_a_thing_is_asked_with_about():
    pos = _positions(RENTERS, date(2026, 3, 2))
    assert any(stance == "is concerned about" and d.startswith("older tenants") for _, stance, d in pos), pos
    assert not any(stance == "is concerned that" for _, stance, _ in pos), pos


def test_campaigners_are_the_campaign_the_story_names():
    pos = _positions(CLINIC, date(2026, 3, 3))
    assert not any(side == "Campaigners" for side, _, _ in pos), pos
    assert any(side == "Keep Penmarra Stroke Care" for side, _, _ in pos), pos


def test_no_what_question_of_bare_members_nor_of_a_loose_her():
    from studyapp.core.generate.questions import what_question
    assert what_question("Members", "votes to", "reject the closure plan", frozenset()) is None
    assert what_question("Liberal Alliance", "agrees to", "back her in return for a review of rural hospitals",
                         frozenset()) is None
    assert what_question("Juna Kell", "plans to", "re-record her first three albums", frozenset()) is not None


def test_bare_members_hold_no_position_a_question_asks():
    bank, _ = generate_bank(CLINIC, published=date(2026, 3, 3))
    assert not any(str(q.get("prompt", "")).startswith(("True or false: Members", "What do members"))
                   for q in bank["questions"]), bank["questions"]
