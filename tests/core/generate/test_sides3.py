""""Which side …?" questions read from the clause that carries the position, with real parties only (issue 14,
points 1, 2 and 4). Every article here is invented.

- an -ing word after a degree or domain adverb ("physically demanding jobs") is an adjective, no one's demand;
- a reduced passive ("the $300bn a year demanded by X") gives X the noun phrase before it, not the clause;
- an adverbial between a cue and its "that" ("insisted throughout the talks that …") is no part of the demand;
- a clause with its own modal ("proposed that a mission should monitor …") keeps its "that";
- an aside on the whole clause (", in a decision the leaders called …") ends the demand;
- a valley, a seat ("MP for X"), a law, a treaty, an event or a title's abbreviation is no side;
- an expert who "teaches at" a university holds her own view, not the university's.
"""

from __future__ import annotations

from datetime import date

import pytest

from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.errors import GenerateError
from studyapp.core.generate.sides import not_a_side

DAY = date(2026, 5, 4)


def _positions(text: str) -> list[tuple[str, str, str]]:
    return [(p.side, p.stance, p.demand) for p in extract(text, DAY).positions]


def _side_prompts(text: str) -> list[str]:
    try:
        bank, _ = generate_bank(text, published=DAY)
    except GenerateError:
        return []  # (too small an article for any question: none of its side questions either)
    return [q.get("prompt", "") for q in bank["questions"] if q["id"].startswith(("side", "position", "asks"))]


# --- an adjective in -ing -------------------------------------------------------------------------------------------

ADJECTIVES = [
    ("Porters' pension row\n\nThe Harbour Porters Union said it would strike next week. Labour minister Ilka Varn said "
     "the bill had concessions for people in physically demanding jobs, who could still retire at 62.\n", "jobs"),
    ("Care pay deal\n\nThe Carers Guild of Ostmark rejected the offer. Health minister Per Lund said staff in "
     "emotionally demanding roles would get an extra day of leave.\n", "roles"),
    ("Mine shifts cut\n\nThe Deepvale Miners Association opposed the rota. The company said workers on technically "
     "demanding shifts would be paid more.\n", "shifts"),
    ("School timetable\n\nThe Teachers' League of Norhaven criticised the timetable. The ministry said pupils with "
     "highly demanding schedules could drop one subject.\n", "schedules"),
    ("Rail drivers\n\nThe Drivers Federation of Kessel rejected the roster. The operator said drivers on "
     "particularly demanding routes would get longer breaks.\n", "routes"),
    ("Hospital nights\n\nThe Nurses Union of Valden demanded a 6% rise. The trust said nurses in physically "
     "demanding wards would be rotated every month.\n", "wards"),
]


@pytest.mark.parametrize("text, noun", ADJECTIVES)
def test_an_ing_adjective_is_no_demand(text, noun):
    for side, stance, demand in _positions(text):
        assert not (stance == "demands" and demand.startswith(noun)), (side, stance, demand)


def test_a_demanding_verb_after_an_adverb_is_still_a_demand():
    text = ("Dock strike\n\nThe Harbour Porters Union has been repeatedly demanding a 5% rise. The Port Employers "
            "Federation rejected the claim. The Ostmark Shipping Council urged both sides to talk.\n")
    assert any(stance == "demands" and demand.startswith("a 5% rise") for _, stance, demand in _positions(text))


# --- a reduced passive ----------------------------------------------------------------------------------------------

PASSIVES = [
    ("Climate fund\n\nThe $140bn figure is a compromise between the $300bn a year demanded by the Coral Island "
     "Alliance and the $100bn offered by the Western Donors Group.\n", "Coral Island Alliance", "the $300bn a year"),
    ("Nurses' pay\n\nThe 4% award is a compromise between the 9% rise demanded by the Nurses Union of Valden and "
     "the 2% the Health Board of Valden first offered.\n", "Nurses Union", "the 9% rise"),
    ("Fishing quota\n\nThe new quota is a compromise between the 20,000 tonnes sought by the Kerrin Fishers "
     "Cooperative and the 12,000 tonnes the Marine Agency of Ostmark proposed.\n", "Kerrin Fishers", "the 20,000 tonnes"),
    ("Bus fares\n\nThe fare is higher than the £1 demanded by the Riders Alliance of Brenford but lower than the "
     "£3 the Brenford Bus Company wanted.\n", "Riders Alliance", "the £1"),
    ("Tariff talks\n\nThe deal sets a quota of 30 per cent, well below the 50 per cent demanded by Kastrenia and "
     "above the 10 per cent Veloria had offered.\n", "Kastrenia", "50 per cent"),
    ("Rent cap\n\nThe cap is a compromise between the freeze demanded by the Tenants Union of Harwick and the "
     "5% rise the Harwick Landlords Association asked for.\n", "Tenants Union", "the freeze"),
]


@pytest.mark.parametrize("text, side, demand", PASSIVES)
def test_a_reduced_passive_gives_its_agent_the_noun_phrase(text, side, demand):
    held = [(s, d) for s, _, d in _positions(text) if side in s]
    for s, d in held:
        assert " is " not in f" {d} " and "compromise" not in d, (s, d)


# --- an adverbial before "that" -------------------------------------------------------------------------------------

ADVERBIALS = [
    ("Prisoner swap\n\nTeskan's chief negotiator had insisted throughout the talks that Varnia free all 62 guards "
     "held at the Orlen garrison. Varnia refused. Ostland offered to host the next round.\n", "Teskan"),
    ("Port deal\n\nThe Harbour Porters Union demanded at Monday's meeting that the company restore the night shift. "
     "The company refused. The Ostmark Shipping Council offered to mediate.\n", "Harbour Porters Union"),
    ("Bridge tolls\n\nThe Drivers Federation of Kessel insisted during the hearing that the tolls be scrapped. The "
     "Kessel Bridge Authority rejected the demand. The Kessel Chamber of Commerce backed the authority.\n",
     "Drivers Federation"),
    ("Fishing ban\n\nThe Kerrin Fishers Cooperative repeatedly insisted that the ban be lifted before summer. The "
     "Marine Agency of Ostmark refused. The Coastal Towns League urged both sides to talk.\n", "Kerrin Fishers"),
    ("Water bill\n\nThe Clear Rivers Trust argued in its submission that the fines were too small. The Water "
     "Industry Council rejected the criticism. The Greens of Ostmark backed the trust.\n", "Clear Rivers Trust"),
    ("Teachers' hours\n\nThe Teachers' League of Norhaven demanded in a letter that the ministry cut class sizes. "
     "The ministry refused. The Norhaven Parents Forum backed the league.\n", "Teachers' League"),
]


@pytest.mark.parametrize("text, side", ADVERBIALS)
def test_an_adverbial_before_that_is_no_part_of_the_demand(text, side):
    held = [d for s, _, d in _positions(text) if side in s]
    for d in held:
        assert not d.startswith(("throughout", "at ", "during", "repeatedly", "in its", "in a ")), d
        assert " that " not in f" {d.split()[0]} ", d


# --- a modal clause keeps its "that" --------------------------------------------------------------------------------

MODALS = [
    ("Truce plan\n\nSuvanda said it had proposed that an observer mission from the regional bloc should monitor any "
     "truce. The Qandar government rejected it. The Red Hills Front did not comment.\n", "Suvanda"),
    ("Ferry talks\n\nThe Harbour Porters Union proposed that the night crossing should be restored. The Skerrow "
     "Ferry Company refused. The Skerrow Council urged both sides to talk.\n", "Harbour Porters Union"),
    ("Bus depot\n\nThe Riders Alliance of Brenford demanded that the depot must stay open. The Brenford Bus Company "
     "refused. The Brenford Council backed the company.\n", "Riders Alliance"),
    ("Quota row\n\nKastrenia proposed that the quota would be reviewed every year. Veloria rejected the idea. The "
     "Northern Trade Bloc urged restraint.\n", "Kastrenia"),
    ("Clinic hours\n\nThe Nurses Union of Valden suggested that the clinic should open on Saturdays. The Health Board "
     "of Valden refused. The Valden Patients Forum backed the union.\n", "Nurses Union"),
    ("Harbour fees\n\nThe Kerrin Fishers Cooperative demanded that fees must be frozen for two years. The Kerrin "
     "Harbour Board refused. The Coastal Towns League backed the cooperative.\n", "Kerrin Fishers"),
]


@pytest.mark.parametrize("text, side", MODALS)
def test_a_modal_clause_keeps_its_that(text, side):
    held = [(st, d) for s, st, d in _positions(text) if side in s and st.split()[0] in ("proposes", "demands",
                                                                                          "suggests")]
    assert held
    for st, d in held:
        assert f"{st} {d}".split()[1] == "that", (st, d)


# --- an aside on the whole clause -----------------------------------------------------------------------------------

ASIDES = [
    ("Mine ruling\n\nA judge ruled the Yarrow people hold title to land where Redvale Mining wants to build a new "
     "mine, in a decision the elders called a victory. The Yarrow Land Council welcomed the ruling. The Ostmark "
     "Chamber of Mines criticised it.\n", "Redvale Mining"),
    ("Depot closure\n\nThe Brenford Bus Company wants to close the Eastgate depot, in a move the Riders Alliance of "
     "Brenford called reckless. The Brenford Council backed the company.\n", "Brenford Bus Company"),
    ("Port plan\n\nThe Kessel Port Authority wants to sell the north quay, in what the Harbour Porters Union called a "
     "betrayal. The Kessel Chamber of Commerce backed the plan.\n", "Kessel Port Authority"),
    ("Clinic vote\n\nThe Health Board of Valden plans to close two clinics, in a decision the Nurses Union of Valden "
     "said would cost lives. The Valden Patients Forum opposed the plan.\n", "Health Board"),
    ("Fishing ban\n\nThe Marine Agency of Ostmark wants to extend the ban to June, in a blow to the Kerrin Fishers "
     "Cooperative. The Coastal Towns League opposed the ban.\n", "Marine Agency"),
    ("Tolls\n\nThe Kessel Bridge Authority wants to double the toll, in a step the Drivers Federation of Kessel said "
     "was unfair. The Kessel Chamber of Commerce backed the authority.\n", "Kessel Bridge Authority"),
]


@pytest.mark.parametrize("text, side", ASIDES)
def test_an_aside_on_the_clause_ends_the_demand(text, side):
    held = [d for s, _, d in _positions(text) if side in s]
    assert held
    for d in held:
        assert ", in " not in d, d


# --- no side: a valley, a seat, a law, a treaty, an event, a title's abbreviation ------------------------------------

NOT_SIDES = [
    ("Border talks\n\nTeskan and Marovia met without a deal on the disputed Orlen Valley crossing. About 11,000 "
     "people live in the Orlen Valley. Marovia wants the crossing reopened.\n", "Orlen Valley"),
    ("Water bill\n\nThe bill was criticised by Sir Tom Hale, MP for Wendover Vale, who said it went too far. The "
     "Clear Rivers Trust backed the bill.\n", "Wendover Vale"),
    ("Fine\n\nThe Commission fined Lumora for breaking the Digital Fairness Act. The Digital Fairness Act came into "
     "force in 2024. Lumora said it would appeal.\n", "Digital Fairness Act"),
    ("Fishing treaty\n\nOstmark said the Harbour Accord must be renegotiated. Kessel said the Harbour Accord had "
     "served both countries well.\n", "Harbour Accord"),
    ("Doping\n\nThe federation banned the sprinter from the Coastal Games. The Coastal Games open in July. The "
     "sprinter's lawyer said she would appeal.\n", "Coastal Games"),
    ("Polls\n\nCM Harish Varma said the Lok Morcha would win every seat. The CM also promised free buses. The "
     "Kisan Sangh said it would contest 30 councils.\n", "CM"),
]


@pytest.mark.parametrize("text, name", NOT_SIDES)
def test_a_place_a_law_an_event_or_a_title_is_no_side(text, name):
    assert not_a_side(name, text) != "", name


def test_a_body_named_after_a_law_or_a_valley_is_still_a_side():
    text = ("Rivers\n\nThe Orlen Valley Farmers Association said the plan would ruin them. The campaign group Fair "
            "Act said the plan went too far. The Kessel Summit, a lobby group, backed it.\n")
    for name in ("Orlen Valley Farmers Association", "Fair Act", "Kessel Summit"):
        assert not_a_side(name, text) == "", name


# --- an expert's own view -------------------------------------------------------------------------------------------

EXPERTS = [
    ("Rates\n\nThe central bank held rates. Lukas Feyer, a former member of the committee who now teaches at the "
     "University of Tervane, said the bank risked tightening too much.\n", "University of Tervane"),
    ("Rents\n\nRents rose 8%. Mira Solberg, a former housing official who now lectures at Kessel College, said the "
     "cap had failed.\n", "Kessel College"),
    ("Ports\n\nCargo fell 12%. Ivo Brand, who works at the Harbour Institute, said the port should cut fees.\n",
     "Harbour Institute"),
    ("Fish\n\nCatches fell. Dr Ana Loy, a marine scientist who researches at the Ostmark Sea Laboratory, said the "
     "ban should be extended.\n", "Ostmark Sea Laboratory"),
    ("Clinics\n\nWaiting lists grew. Per Holm, a former nurse who now teaches at the Valden School of Nursing, said "
     "the clinics should open on Saturdays.\n", "Valden School of Nursing"),
    ("Trains\n\nDelays rose. Jon Marr, an engineer who consults for the Kessel Rail Trust, said the line needed new "
     "signals.\n", "Kessel Rail Trust"),
]


@pytest.mark.parametrize("text, body", EXPERTS)
def test_an_experts_view_is_not_her_employers(text, body):
    for side, _, _ in _positions(text):
        assert not side.startswith(body), side


# --- the key's own adjective in a "Which side …?" prompt ------------------------------------------------------------

def _which_side(prompt: str, choices: list[str], answer: str) -> dict:
    return {"id": "side-q", "type": "choice", "topic": "demands", "prompt": prompt, "choices": choices,
            "answer": answer, "source": "x"}


GIVEAWAYS = [
    ("Which side insists that Varnia free all 62 members of the Teskani Coast Guard?", ["Teskan", "Varnia", "Ostland"],
     "Teskan"),
    ("Which side wants the Kestrian fishing fleet let back into the bay?", ["Kestria", "Marovia", "Halvard"],
     "Kestria"),
    ("Which side demands compensation for Norlandic farmers?", ["Norland", "Ostmark", "Valden"], "Norland"),
    ("Which side calls for the release of two Marovian journalists?", ["Marovia", "Teskan", "Halvard"], "Marovia"),
    ("Which side rejects a cap on Ostmarkish steel exports?", ["Ostmark", "Kessel", "Valden"], "Ostmark"),
    ("Which side wants Valdenese troops to stay at the border?", ["Valden", "Kessel", "Ostmark"], "Valden"),
]


@pytest.mark.parametrize("prompt, choices, answer", GIVEAWAYS)
def test_the_keys_adjective_in_the_prompt_gives_it_away(prompt, choices, answer):
    from studyapp.core.generate.checks import CheckContext, review_question
    text = "Talks\n\n" + " ".join(f"{c} said it wanted a deal." for c in choices) + "\n"
    failed = {c.name: c.why for c in review_question(_which_side(prompt, sorted(choices), answer),
                                                     CheckContext(text)).failed}
    assert "options" in failed, failed


def test_another_sides_adjective_is_no_giveaway():
    from studyapp.core.generate.checks import CheckContext, review_question
    choices = ["Teskan", "Varnia", "Ostland"]
    text = "Talks\n\n" + " ".join(f"{c} said it wanted a deal." for c in choices) + "\n"
    q = _which_side("Which side refuses a Teskani demand that the swaps be broadcast live?", sorted(choices), "Varnia")
    failed = {c.name: c.why for c in review_question(q, CheckContext(text)).failed}
    assert "options" not in failed, failed


# --- "its withdrawal": the thing the sentence named, never the side's own -------------------------------------------

UNDOINGS = [
    ("Pensions\n\nThe Ostrel Workers Federation issued a statement calling the reform unjust and demanding its "
     "withdrawal. The government said the reform was needed.\n", "Ostrel Workers Federation", "the reform"),
    ("Fees\n\nThe Students Union of Kessel criticised the new fees and called for their scrapping. The university "
     "said the fees would fund bursaries.\n", "Students Union", "the new fees"),
    ("Tolls\n\nThe Drivers Federation of Kessel attacked the toll plan and demanded its cancellation. The Kessel "
     "Bridge Authority defended it.\n", "Drivers Federation", "the toll plan"),
    ("Fishing\n\nThe Kerrin Fishers Cooperative said the ban would ruin the harbour and demanded its suspension. The "
     "Marine Agency of Ostmark refused.\n", "Kerrin Fishers", "the ban"),
    ("Levy\n\nThe Harwick Traders Guild called the tourist levy a disaster and demanded its repeal. The Harwick "
     "Council said the levy would stay.\n", "Harwick Traders Guild", "the tourist levy"),
    ("Depot\n\nThe Riders Alliance of Brenford said the closure decision was wrong and called for its reversal. The "
     "Brenford Bus Company refused.\n", "Riders Alliance", "the closure decision"),
]


@pytest.mark.parametrize("text, side, thing", UNDOINGS)
def test_its_withdrawal_names_the_thing(text, side, thing):
    for s, _, d in _positions(text):
        if side in s:
            assert not d.lower().startswith(("its ", "their ")), d


def test_its_withdrawal_without_a_thing_in_its_sentence_is_not_asked():
    text = ("Pensions\n\nThe government tabled the bill on Monday. The Ostrel Workers Federation demanded its "
            "withdrawal. The Farmers League of Ostrel backed the government.\n")
    assert not any(d.lower().startswith("its ") for _, _, d in _positions(text))


# --- "votes" counted is a noun ----------------------------------------------------------------------------------------

VOTES = [
    "Budget\n\nMayor Elena Marsh wants to cut the police budget. The mayor needs seven of the 13 council votes to pass "
    "it. Councillor Dina Patel backs the mayor.\n",
    "Levy\n\nThe Harwick Council wants a tourist levy. The leader has only 20 votes to push it through. The Harwick "
    "Traders Guild opposes the levy.\n",
    "Bridge\n\nThe Kessel Bridge Authority wants higher tolls. It lacks enough votes to approve them. The Drivers "
    "Federation of Kessel opposes the tolls.\n",
    "Clinics\n\nThe Health Board of Valden plans to close two clinics. The chair needs nine board votes to close them. "
    "The Nurses Union of Valden opposes the closures.\n",
    "Depot\n\nThe Brenford Bus Company wants to shut the depot. The company has 40 shareholder votes to block any "
    "sale. The Riders Alliance of Brenford opposes the closure.\n",
    "Quay\n\nThe Kessel Port Authority wants to sell the quay. The mayor has more votes to stop the sale. The Harbour "
    "Porters Union opposes the sale.\n",
]


@pytest.mark.parametrize("text", VOTES)
def test_counted_votes_are_no_vote(text):
    assert not any(stance == "votes to" for _, stance, _ in _positions(text))


def test_a_body_that_votes_still_votes():
    text = ("Strike\n\nThe Harbour Porters Union votes to strike next week. The Port Employers Federation said the "
            "strike would cost £40m. The Ostmark Shipping Council urged talks.\n")
    assert any(stance == "votes to" for _, stance, _ in _positions(text))


# --- a victim is no one's option; an adjective participle is no verb; "most" and "it" of a thing ---------------------

def test_a_man_shot_and_killed_is_no_option():
    from studyapp.core.generate.questions import dead
    for verb in ("was shot and killed", "was shot dead", "was fatally shot", "was stabbed to death",
                 "was fatally stabbed", "was killed by"):
        body = f"Protest\n\nOmar Brandt {verb} a police officer on Saturday. Lena Voss said the officer must be charged.\n"
        assert "Omar Brandt" in dead(body, [{"name": "Omar Brandt"}, {"name": "Lena Voss"}], {"Lena Voss"}), verb


@pytest.mark.parametrize("phrase", [
    "the required standards of safety, quality and effectiveness",
    "an agreed set of rules for the whole harbour",
    "the proposed new depot at Eastgate",
    "its revised offer to the porters",
    "a planned closure of the north clinic",
    "their combined share of the market",
])
def test_a_participle_after_a_determiner_is_no_verb(phrase):
    from studyapp.core.generate.realise import has_finite_verb
    assert not has_finite_verb(phrase, strict=True)


def test_a_past_tense_is_still_a_verb():
    from studyapp.core.generate.realise import has_finite_verb
    assert has_finite_verb("the plan that failed the town", strict=True) and \
        has_finite_verb("we opened the depot", strict=True)


def test_which_side_said_a_noun_phrase_is_not_asked():
    text = ("Vaccine approved\n\nThe Ostmark Medicines Agency approved the Norvex vaccine on Monday. The agency "
            "said the vaccine had met \"the required standards of safety and quality\" after a review. Veltra Bio "
            "said it would ship 2 million doses. The Ostmark Patients Forum said it welcomed the decision.\n")
    assert not any("the required standards" in p for p in _side_prompts(text))


SIDE_SAID_GATES = [
    ("Storm\n\nThe Westmarch Regional Authority said 300 schools were closed. The Regional Weather Agency said winds "
     "would ease. The Westmarch Regional Authority said most would reopen on Monday once checked for damage.\n",
     "most would reopen"),
    ("Floods\n\nThe Kessel Council said 40 roads were shut. The Kessel Water Board said levels were falling. The "
     "Kessel Council said some would stay shut until Friday because of debris.\n", "some would stay"),
    ("Mine\n\nRedvale Mining offered the community $85 million. The Yarrow Land Council rejected that offer in March, "
     "saying it did not protect sacred sites along the creek. The Ostmark Chamber of Mines backed the mine.\n",
     "it did not protect"),
    ("Fees\n\nThe Kessel College board approved higher fees. The Students Union of Kessel criticised the decision, "
     "saying it would push poorer students out of the college. The Kessel Staff Association backed the union.\n",
     "it would push"),
    ("Tolls\n\nThe Kessel Bridge Authority proposed a new toll. The Drivers Federation of Kessel opposed the plan, "
     "arguing that it would cost commuters £400 a year. The Kessel Chamber of Commerce backed the authority.\n",
     "it would cost"),
    ("Ferry\n\nThe Skerrow Ferry Company cut the night sailing. The Skerrow Council condemned the move, saying it "
     "would leave islanders stranded after dark. The Harbour Porters Union backed the council.\n",
     "it would leave"),
]


@pytest.mark.parametrize("text, words", SIDE_SAID_GATES)
def test_which_side_said_a_quantifier_or_an_it_of_a_thing_is_not_asked(text, words):
    for prompt in _side_prompts(text):
        assert f"said that {words}" not in prompt, prompt


IT_JUDGED = [
    ("Fire report\n\nThe Kessel Fire Inquiry published its report on Monday. The Ridge Survivors Network said it did "
     "not go far enough because it named no one. The Kessel Council said it accepted every finding.\n",
     "it did not go far enough"),
    ("Rail plan\n\nThe Brenford Bus Company published its timetable. The Riders Alliance of Brenford said it fell short "
     "of what passengers were promised. The Brenford Council backed the company.\n", "it fell short"),
    ("Levy\n\nThe Harwick Council set out its levy. The Harwick Traders Guild said it went too far and would drive "
     "visitors away. The Harwick Hotels Association backed the levy.\n", "it went too far"),
    ("Quota\n\nThe Marine Agency of Ostmark set the new quota. The Kerrin Fishers Cooperative said it was deeply "
     "flawed and based on old data. The Coastal Towns League backed the agency.\n", "it was deeply flawed"),
    ("Budget\n\nThe Valden Health Board published its budget. The Nurses Union of Valden said it was a missed "
     "opportunity to hire more staff. The Valden Patients Forum welcomed the budget.\n", "it was a missed"),
    ("Tolls\n\nThe Kessel Bridge Authority cut the toll. The Drivers Federation of Kessel said it was a step in the "
     "right direction but more was needed. The Kessel Chamber of Commerce backed the authority.\n",
     "it was a step"),
]


@pytest.mark.parametrize("text, words", IT_JUDGED)
def test_which_side_said_a_verdict_on_it_is_not_asked(text, words):
    for prompt in _side_prompts(text):
        assert f"said that {words}" not in prompt, prompt


def test_which_side_said_it_would_still_is_asked():
    text = ("Strike\n\nThe Harbour Porters Union said it would strike for three days next week. The Port Employers "
            "Federation said the strike would cost the ports £40m a day. The Ostmark Shipping Council urged talks.\n")
    assert any("said that it would strike" in p for p in _side_prompts(text))


@pytest.mark.parametrize("claim", [
    "it did not go far enough because it named no one", "it fell short of what passengers were promised",
    "it went too far and would drive visitors away", "it was deeply flawed and based on old data",
    "it was a missed opportunity to hire more staff", "it was a step in the right direction",
])
def test_a_verdict_on_it_is_read_as_a_things(claim):
    from studyapp.core.generate.questions import _IT_JUDGED
    assert _IT_JUDGED.match(claim)


@pytest.mark.parametrize("claim", [
    "most would reopen on Monday once checked", "some were closed until Friday", "many had been evacuated",
    "all would be paid by March", "none of them would be sold", "others remained shut",
])
def test_a_bare_quantifier_subject_is_read_as_unknown(claim):
    from studyapp.core.generate.questions import _QUANTIFIER_SUBJECT
    assert _QUANTIFIER_SUBJECT.match(claim)


@pytest.mark.parametrize("claim", ["it would strike for three days", "it had already spent £85 million",
                                   "most members backed the deal", "all 40 depots would stay open"])
def test_a_sides_own_it_or_a_counted_subject_is_kept(claim):
    from studyapp.core.generate.questions import _IT_JUDGED, _QUANTIFIER_SUBJECT
    assert not _IT_JUDGED.match(claim) and not _QUANTIFIER_SUBJECT.match(claim)


# --- some members of a body are not the body ------------------------------------------------------------------------

SOME_MEMBERS = [
    ("Rivers bill\n\nThe Clear Waters Trust wants live spill data. Ministers must take the bill through the Senate of "
     "Ostmark, where several senators have already said they want to add the live data rule.\n", "Senate of Ostmark"),
    ("Port levy\n\nThe Kessel Port Authority wants a levy. The plan goes to the Kessel Council, where some councillors "
     "have said they want the levy halved.\n", "Kessel Council"),
    ("Fees\n\nThe Students Union of Kessel opposes the fees. The plan now goes to the Kessel College Board, where a few "
     "governors have signalled they want a freeze.\n", "Kessel College Board"),
    ("Ferry\n\nThe Skerrow Ferry Company cut the night sailing. The matter goes to the Skerrow Assembly, where many "
     "members have made clear they want the sailing restored.\n", "Skerrow Assembly"),
    ("Clinics\n\nThe Valden Health Board plans to close two clinics. The decision goes to the Valden Parliament, where "
     "a number of deputies have said they want a public inquiry.\n", "Valden Parliament"),
    ("Tolls\n\nThe Kessel Bridge Authority wants higher tolls. The rise needs the Kessel Senate, where 12 senators have "
     "already said they want the tolls frozen.\n", "Kessel Senate"),
]


@pytest.mark.parametrize("text, body", SOME_MEMBERS)
def test_some_members_wish_is_not_the_bodys(text, body):
    assert not any(side.startswith(body) for side, _, _ in _positions(text))
