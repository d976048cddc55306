"""Dated events a teacher asks about that the date-of-event test used to drop: an adverb between the auxiliary and
its participle ("was last cut two years ago", "was first awarded in 2011") keeps the date the verb's own, and a dated
clause ends before ", and pilots say …", so the event asked is the dated one alone. Every article here is written
for its test, with invented names."""

from datetime import date

from studyapp.core.generate.dates import find_dates
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.text import parse_article

from tests.core.generate.conftest import article

PUBLISHED = date(2025, 5, 14)

FERRY = """
The Tallowmere ferry service will run two fewer crossings a day from June, the operator Brackwater Lines said on Tuesday.

Brackwater Lines said fuel costs had doubled since the spring. The ferry route was last cut two years ago, when the winter timetable lost its late sailing.

The harbour at Tallowmere was last dredged in 2019, and pilots say silt now limits the larger boats at low tide.

Councillor Petra Vance said the island could not afford another cut. "People here rely on the morning boat to reach work and school," she said.

Brackwater Lines was first awarded the contract in 2011.
"""


def dated(body: str) -> list:
    return find_dates(parse_article(article(body, "Fewer ferry sailings for Tallowmere")), PUBLISHED)


def date_questions(body: str) -> list[dict]:
    bank, _ = generate_bank(article(body, "Fewer ferry sailings for Tallowmere"), published=PUBLISHED)
    return [q for q in bank["questions"] if q["topic"] == "dates" and q["type"] in ("date", "choice")]


def test_an_adverb_inside_the_verb_group_keeps_the_date_the_events_own():
    own = {d.as_written: d for d in dated(FERRY) if d.own}
    assert own["two years ago"].event == "The ferry route was last cut"
    assert own["two years ago"].date == "2023"
    assert own["2011"].event == "Brackwater Lines was first awarded the contract"


def test_a_last_or_first_event_is_asked_when_with_its_adverb():
    prompts = {q["prompt"]: q["answer"] for q in date_questions(FERRY)}
    assert prompts.get("In what year was the ferry route last cut?") == "2023", prompts
    assert prompts.get("In what year was Brackwater Lines first awarded the contract?") == "2011", prompts


def test_a_dated_clause_ends_before_others_say_something():
    harbour = next(d for d in dated(FERRY) if d.as_written == "2019")
    assert harbour.own and harbour.event == "The harbour at Tallowmere was last dredged"
    later = dated("The council raised the fee in 2021, but local traders argue footfall has fallen since.")
    assert later[0].event == "The council raised the fee"


def test_a_participle_after_its_own_auxiliary_is_no_bare_participle():
    # "the deal struck in 2015" stays a participle without its auxiliary: the date is the noun's, not asked
    d = dated("Residents opposed the deal struck in 2015 between the council and the port.")[0]
    assert not d.own


KEEPER = """
Mira Lund, who kept the Tarbet lighthouse for four decades, has died at the age of 91, her family said on Saturday.

Ms Lund took over the light from her father in 1961. She died peacefully at a care home in Rossbay on Friday.

Harbour master Colm Arden said the town had lost its best storyteller. He will unveil a plaque at the lighthouse on Thursday.

Ms Lund met the writer Tove Brenning in 1979. She wrote two books about the coast with her.
"""

KEEPER_PUBLISHED = date(2025, 5, 11)  # a Sunday


def keeper_dates() -> list[dict]:
    bank, _ = generate_bank(article(KEEPER, "Tarbet lighthouse keeper dies at 91"), published=KEEPER_PUBLISHED)
    return [q for q in bank["questions"] if q["topic"] == "dates"]


def test_a_he_or_she_subject_is_named_when_one_person_of_that_sex_was_just_named():
    prompts = {q["prompt"]: q.get("answer") for q in keeper_dates() if q["type"] == "date"}
    assert prompts.get("On what date did Mira Lund die peacefully at a care home in Rossbay?") == "2025-05-09", prompts
    assert prompts.get("On what date will Colm Arden unveil a plaque at the lighthouse?") == "2025-05-15", prompts


def test_the_named_events_go_into_the_timeline_in_their_order():
    # (the drafted timeline, which the "worth" check holds back from the bank until its items are proven whole)
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import Ids, build_people, timeline_candidates

    ex = extract(article(KEEPER, "Tarbet lighthouse keeper dies at 91"), KEEPER_PUBLISHED)
    order = timeline_candidates(ex, Ids(), build_people(ex))[0].question
    assert "Colm Arden will unveil a plaque at the lighthouse" in order["items"]
    assert order["items"].index("Mira Lund died peacefully at a care home in Rossbay") < \
        order["items"].index("Colm Arden will unveil a plaque at the lighthouse")
    assert not any(item.startswith(("He ", "She ")) for item in order["items"])


def test_a_pronoun_two_people_could_mean_is_never_named():
    two = """
Ms Lund met the writer Tove Brenning in 1979. She won a national prize on 4 May.

Ms Lund and Ms Brenning walked the coast path together. She sold the cottage in 1994.
"""
    prompts = [q["prompt"] for q in generate_bank(article(two + KEEPER, "Two writers of the coast"),
                                                  published=KEEPER_PUBLISHED)[0]["questions"]
               if q["topic"] == "dates"]
    assert not any("national prize" in p or "sold the cottage" in p for p in prompts), prompts


def test_a_pronoun_of_the_other_sex_is_never_named():
    d = [x for x in dated("Councillor Petra Vance chairs the ferry board. He resigned from the board in 2019.")]
    bank, _ = generate_bank(article("Councillor Petra Vance chairs the ferry board, she said. "
                                    "He resigned from the board in 2019.", "Ferry board"), published=PUBLISHED)
    assert d and not d[0].own
    assert not any("resign" in q.get("prompt", "") for q in bank["questions"])


def test_a_date_after_a_bare_participle_is_the_participles_not_the_clauses():
    ev = dated("The engineer told the board that a survey completed last month found the bridge needs new bearings. "
               "The board approved the repair in April.")
    survey = next(d for d in ev if d.as_written == "last month")
    repair = next(d for d in ev if d.as_written == "April")
    assert not survey.own  # "In what month did a survey completed found …?" asks nothing
    assert repair.own and repair.event == "The board approved the repair"


def test_a_long_event_is_never_cut_between_a_participle_and_its_agent():
    ev = dated("The harbour shuttle will stop running on 30 June under savings plans drawn up and published by the "
               "Carrow district council after a long review of every route across the whole district.")
    shuttle = next(d for d in ev if d.as_written == "30 June")
    assert not shuttle.event.endswith("published"), shuttle.event


def test_no_date_question_or_timeline_item_leaves_a_pronoun_subject_unnamed():
    body = """
Born in the hill town of Carrowmore in 1931, the son of a baker, he married Senna Dorr, a weaver, in 1956.

When the mill announced in 1979 that it would close, he organised a cooperative to buy the looms.

Piet Dorr ran the cooperative until 1998. Piet Dorr died at home in Carrowmore on Tuesday, his family said.
"""
    bank, _ = generate_bank(article(body, "Weaver who saved a mill dies"), published=PUBLISHED)
    for q in bank["questions"]:
        if q["type"] == "order":
            assert not any(", he " in item or ", she " in item for item in q["items"]), q["items"]
        if q["topic"] == "dates" and q["type"] in ("date", "choice"):
            assert ", he " not in q["prompt"], q["prompt"]


def test_which_after_x_of_an_amount_that_moves_is_the_amounts():
    # levels fall, reviews do not: "a review of the pond's levels, which fell" is not asked as the review's date;
    # the head noun is meant otherwise ("the merger of the chains, which became final")
    ev = dated("The growers want the sale frozen until the board ends a review of the pond's levels, which fell to a "
               "record low in January. The merger of the two ferry firms, which became final in March, made one giant.")
    review = next(d for d in ev if d.as_written == "January")
    merger = next(d for d in ev if d.as_written == "March")
    assert not review.own
    assert merger.own and merger.event == "The merger of the two ferry firms became final"


def test_a_pronoun_after_a_fronted_date_is_named_too():
    body = """
Rolf Maddox, who runs a small printing firm in Kelsey, said he thought the new road signs were too hard to read.

On Tuesday morning, he pinned copies of the signs to the notice board of the town library.
"""
    bank, _ = generate_bank(article(body, "Printer takes on the road signs"), published=PUBLISHED)
    prompts = [q["prompt"] for q in bank["questions"] if q["topic"] == "dates" and q["type"] == "date"]
    assert "On what date did Rolf Maddox pin copies of the signs to the notice board of the town library?" in prompts, \
        prompts


def test_a_timetables_present_is_asked_in_the_present():
    body = """
Dock workers at Carrow will vote next week on a new pay offer from the port operator.

The current pay deal expires on 30 June, and the union says its members will not work without one.
"""
    bank, _ = generate_bank(article(body, "Carrow dockers to vote on pay"), published=PUBLISHED)
    prompts = {q["prompt"]: q.get("answer") for q in bank["questions"] if q["topic"] == "dates" and q["type"] == "date"}
    assert prompts.get("On what date does the current pay deal expire?") == "2025-06-30", prompts
    assert not any(p.startswith("What was the date when") for p in prompts), prompts
