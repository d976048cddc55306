"""One question per fact whatever its type (issue 14, point 6): a paraphrase beside the quotation it introduces, an
organisation's statement beside its chief's quotation, a standfirst's question beside the body's, and the day of a
remark beside the remark's who-said question are asked once. Articles invented for these tests."""

from datetime import date

from studyapp.core.generate.checks import CheckContext, review_question
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, date_candidates, Ids, name_words

from tests.core.generate.conftest import article

FERRY = """Tolvane ferry operator rejects union's 8% pay demand

PORT ALSTER, Norvenia (Coastline News) — Tolvane Ferries on Friday rejected a demand from its crews' union for an 8% pay rise, saying it could not afford more than 4%.

The company's chief executive, Hendrik Aalbers, said a rise of 8% would force the company to cancel winter sailings. "We cannot pay 8%. If we did, we would have to stop the winter service to the islands," Aalbers told reporters in Port Alster.

Tolvane said in a statement that its offer of 4% was "fair and final".

The Seafarers' Union of Norvenia said its members would strike on 3 July if the company did not improve its offer. Union president Katarina Olsen said crews had not had a real-terms rise since 2021.

"Our members have waited five years. They will not wait any longer," Olsen said.

The islands' council warned that a strike in July would hit the tourist season. Council leader Björn Ekdahl said he had written to both sides asking them to accept mediation.

Tolvane carried 2.4 million passengers last year. Its crews last went on strike in 2019, for four days.
"""


def _bank(text: str, published: date) -> list[dict]:
    return generate_bank(text, published=published)[0]["questions"]


def _asked(qs: list[dict]) -> list[str]:
    return [q.get("quote") or q.get("prompt") or "" for q in qs]


def test_a_paraphrase_just_before_its_quotation_is_not_asked_again():
    asked = _asked(_bank(FERRY, date(2026, 6, 12)))
    assert any(a.startswith("We cannot pay 8%") for a in asked)  # the speaker's own words are kept
    assert not any("cancel winter sailings" in a for a in asked)  # "Who said that a rise of 8% would force …?"


WATER = article("""
Mayor Ruth Kellaway defended the sale of the town's reservoir to a private company on Monday.

"Nobody should be signing thirty-year water contracts in the middle of a drought," said Councillor Dana Whitcombe, who voted against the sale. She said she would introduce a motion next month requiring a public vote on any sale of council land larger than ten acres.

Kellaway said the sale would pay for a new school. "We cannot afford to keep a reservoir we do not use," she said.

Residents' group chair Tobias Venn said the group had collected 2,000 signatures against the sale. Local farmer Petra Oakes said she feared higher water bills.
""", "Councillor fights reservoir sale")


def test_a_paraphrase_after_the_quotation_says_something_new_and_is_asked():
    asked = _asked(_bank(WATER, date(2026, 3, 9)))
    assert any("introduce a motion" in a for a in asked)  # ("next month" is left out: see referents.relative_day)


COALITION = """Brenmark coalition talks stall over pension age

The Workers' Party wants the retirement age frozen; the Liberal League insists on raising it

Talks to form Brenmark's next government stalled on Tuesday over the state pension age.

The Workers' Party, which won the most seats, wants the retirement age frozen at 65 for the whole of the next parliament. The Liberal League, the party it needs as a partner, insists that the age must rise to 67 by 2032.

The Farmers' Alliance wants the minimum wage raised, and the Greens want a ban on new coal mines.
"""


def test_the_standfirst_is_not_asked_beside_the_body_sentence_it_sums_up():
    from studyapp.core.generate.rank import standfirst
    assert " the workers party wants the retirement age frozen " in standfirst(COALITION)
    qs = _bank(COALITION, date(2026, 12, 2))
    frozen = [q for q in qs if "frozen" in (q.get("prompt", "") + str(q.get("answer", "")))]
    assert frozen and all("parliament" in q.get("source", "") for q in frozen)  # asked from the body's sentence


MATERNITY = article("""
The health minister, Agnes Thornycroft, said on Wednesday that she would not reopen the maternity unit at Stallbridge General Hospital, which closed in January.

"I will not reopen a unit that cannot be staffed safely," she told the regional assembly. "Mothers deserve better than a ward with one midwife on a night shift."

The trust will publish a review of its maternity services on 15 June.
""", "Minister refuses to reopen maternity unit")


def test_the_day_a_remark_was_made_in_the_story_is_not_asked():
    ex = extract(MATERNITY, date(2026, 5, 6))
    people = build_people(ex)
    prompts = [c.question["prompt"] for c in date_candidates(ex, Ids(), people, name_words(ex))]
    assert not any("say" in p or "said" in p for p in prompts)  # the minister's saying, on the day of the story
    assert any("publish a review" in p for p in prompts)  # an event still to come is asked


RENT = article("""
Tenants on the Castleford estate have withheld their rent for a third month.

The housing minister, Osric Pell, said on Monday that rent strikes were "not the answer", but that landlords had a duty to keep homes safe.

The landlord, Greystone Homes, said it would survey every flat by the end of January. Its chief executive, Marta Quill, said the company would take whatever steps were necessary to recover unpaid rent.

Tenants' leader Abena Frost said the money was in a separate account. "We are not refusing to pay," she said. The opposition's housing spokeswoman, Gemma Carr, called for an inquiry.
""", "Rent strike enters third month")


def test_the_day_of_a_remark_asked_as_who_said_is_not_asked_again():
    qs = _bank(RENT, date(2026, 11, 25))
    said = [q for q in qs if q.get("topic") == "who-said-what" and "not the answer" in str(q.get("quote", "")) +
            q.get("prompt", "")]
    assert said
    assert not any(q.get("topic") == "dates" and "not the answer" in q.get("prompt", "") for q in qs)


def test_a_standfirsts_clause_as_a_bodys_statement_of_what_it_said_fails_the_checks():
    text = ("Bus drivers reject pay deal\n\nUnion says members will not sign offer; operator warns of cuts\n\n"
            "Bus drivers in Corrin will not sign the pay deal offered by Redvale Buses, their union said on Tuesday.\n")
    q = {"id": "tf", "type": "choice", "topic": "who-said-what", "choices": ["True", "False"], "answer": "True",
         "prompt": "True or false: The Road and Bus Workers Union said that members will not sign offer.",
         "source": "Union says members will not sign offer; operator warns of cuts", "explanation": "x"}
    assert not review_question(q, CheckContext(text), 0.5).passed


def test_a_past_state_is_no_event_to_put_in_order():
    from studyapp.core.generate.timeline import unfit_item
    item = "The Marlow viaduct was the longest stone bridge in the county"
    assert unfit_item(item, "1890", f"In 1890, the Marlow viaduct was the longest stone bridge in the county.") == "state"
    assert unfit_item("The coach has one job", "May", "In May the coach has one job.") == "state"
    assert unfit_item("The hall was built", "1902", "The hall was built in 1902.") is None
    assert unfit_item("Vale were last promoted", "2009", "Vale were last promoted in 2009.") is None


def test_a_ruling_cut_before_its_clause_is_no_item():
    from studyapp.core.generate.timeline import unfit_item
    evidence = ("The owner of the barge that sank in Corran Sound breached its duty to its crew, a High Court judge "
                "ruled on 3 March.")
    assert unfit_item("A High Court judge ruled the owner of the barge", "3 March", evidence) == "cut"
    assert unfit_item("A report by the Marine Board found", "June 2021",
                      "A report by the Marine Board found in June 2021 that the door was faulty.") == "cut"


BARGE = article("""
The owner of the barge that sank in Corran Sound two years ago, killing four crew, breached its duty to them by sailing into a gale with a faulty hatch, a High Court judge ruled on Thursday.

The Corran Queen went down on 14 February 2024. The trial lasted seven weeks in 2025.

The judge will hear submissions on costs on 28 March. A hearing to set the damages is due in June.
""", "Barge owner breached its duty, judge rules")


def test_no_timeline_leaves_out_the_storys_own_dated_event():
    qs = _bank(BARGE, date(2026, 3, 5))
    orders = [q for q in qs if q["type"] == "order"]
    # the ruling's item is cut ("A High Court judge ruled the owner of the barge"), so no order is asked without it
    assert not any(i.endswith("ruled the owner of the barge") for q in orders for i in q["items"])
    assert all(any("breached" in i for i in q["items"]) for q in orders)


HOSPITAL = """Minister refuses to reopen Stallbridge maternity unit

Campaigners vow to keep fighting closure

STALLBRIDGE — The health minister, Agnes Thornycroft, said on Wednesday that she would not reopen the maternity unit at Stallbridge General Hospital, which closed in January.

Ms Thornycroft told the regional assembly that the unit did not have enough midwives to be safe. "I will not reopen a unit that cannot be staffed safely," she said. "Mothers deserve better than a ward with one midwife on a night shift."

The Stallbridge Health Trust said it agreed with the minister and that mothers would continue to give birth at Wellmoor, 35 miles away.

Campaign group Save Stallbridge Births said the journey put mothers and babies at risk. Its founder, Precious Mabuza-Hart, said the group would take the trust to court. "We will see the trust in court," she said.

The assembly member for Stallbridge, Idris Fenwick, said he would table a motion calling for an independent review of the closure.

The unit delivered 1,100 babies in 2024. The trust will publish a review of its maternity services on 15 June.
"""


def test_a_standfirsts_shorthand_for_who_is_not_asked():
    qs = _bank(HOSPITAL, date(2026, 5, 6))
    assert not any("campaigners" in q.get("prompt", "").lower() for q in qs)  # "What do campaigners vow to do?"


BID = """Kessmoor board rejects Dunlow takeover approach

Activist investor Harrow Capital presses for a sale of the ferry unit instead; Dunlow says its offer is fair

The board of Kessmoor Holdings on Monday rejected a takeover approach from its rival Dunlow Group, saying the offer undervalued the company.

Harrow Capital, which owns 6% of Kessmoor, urged the board to sell the loss-making ferry division and return the money to shareholders. Its founder, Lucia Marr, said the board had run out of time. "Shareholders have waited long enough," she said.

Dunlow's chief executive, Petra Holm, said the bid was fair and that Dunlow would not raise it. The union Unite Maritime said it opposed any takeover without a pledge on jobs. Analyst Tomas Berg said a higher bid was likely.
"""


def test_a_standfirsts_summary_of_a_sides_position_is_not_asked_beside_the_body():
    from studyapp.core.generate.questions import Candidate
    from studyapp.core.generate.rank import select

    sides = ["Harrow Capital", "Dunlow Group", "Unite Maritime"]

    def side(qid: str, prompt: str, source: str, fact: str, priority: float) -> Candidate:
        return Candidate({"id": qid, "type": "choice", "topic": "demands", "prompt": prompt, "choices": sides,
                          "answer": "Harrow Capital", "source": source, "explanation": "x"}, fact, priority)

    lined = side("line", "Which side presses for a sale of the ferry unit instead?",
                 "Activist investor Harrow Capital presses for a sale of the ferry unit instead; Dunlow says its offer "
                 "is fair", "demand:1", 0.95)
    told = side("body", "Which side urges the board to sell the loss-making ferry division and return the money to "
                        "shareholders?",
                "Harrow Capital, which owns 6% of Kessmoor, urged the board to sell the loss-making ferry division "
                "and return the money to shareholders.", "demand:2", 0.9)
    kept, _ = select([lined, told], CheckContext(BID, sides=sides), 400)
    assert [q["id"] for q in kept] == ["body"]  # the body's sentence, though the standfirst's ranked first


SHIPYARD = article("""
Talvane Marine said on Tuesday it would cut 900 jobs at its Porthaven yard after two cruise lines cancelled orders.

The cuts, about a quarter of the yard's workforce, will be made over the next 18 months, the company said.

The union said it would ballot members on strike action on 2 June. The yard was founded in 1911.

Shares in Talvane Marine fell 4% on Tuesday. The industry minister, Sanna Holl, visited the yard on Tuesday afternoon.
""", "Shipyard to cut 900 jobs")


def test_a_side_detail_of_the_day_of_the_story_is_not_asked_for_its_date():
    ex = extract(SHIPYARD, date(2026, 5, 5))
    prompts = [c.question["prompt"] for c in date_candidates(ex, Ids(), build_people(ex), name_words(ex))]
    assert not any("fall" in p or "visit" in p for p in prompts)  # shares, a visit: the day of the story, further down
    assert any("founded" in p for p in prompts)  # the story's background keeps its date question


def test_a_condition_dates_no_event():
    text = article("Trade ministers from the Varden Compact and the Nordmark Union met in Tollbrekke on Thursday.\n\n"
                   "The Compact's negotiator, Ilse Moor, left the talks early.\n\n"
                   "Moor said the Compact would accept a review of the fishing chapter after five years on condition "
                   "that the grain quota was agreed in full this week.", "Trade talks")
    ex = extract(text, date(2026, 5, 14))
    prompts = [c.question["prompt"] for c in date_candidates(ex, Ids(), build_people(ex), name_words(ex))]
    assert not any("quota" in p for p in prompts)
