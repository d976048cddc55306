"""The story's key figures asked well (issue 14, points 2, 3 and 6): a figure whose article gives too few others of its
kind is asked typed, never beside made-up options, and the forms a student writes are accepted by the app's own
grader; a change "from X to Y" is asked for both ends; a deal's size is asked of the deal by its own words.
Every article here is invented (outlets, fields, people, places and bodies)."""

from datetime import date

import pytest

from studyapp.core.bank import Bank
from studyapp.core.generate.checks import review_bank
from studyapp.core.generate.figures import as_typed, figures_in, how_question, pair_question, typed_forms
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.grading import grade

from tests.core.generate.conftest import article

# sport pages: a transfer, one sum in the story
TRANSFER = """
Harlow Vale will pay £14 million for the Ostrelian striker Tomas Vell, the club announced on Thursday.

The 24-year-old scored 19 goals last season and has signed a five-year contract.

"Tomas is the player we wanted all summer," said Harlow Vale manager Ines Corrow. "He gives us something we did not have."

Dunmore Athletic chairman Piet Ansel said the club had not wanted to sell. "We could not stand in his way," he said.
"""

# health desk: a count of patients, no other count of patients in the story
TRIAL = """
About 2,300 patients will receive the sight-loss drug Ocurel from June, the Marrowby Health Council said on Monday.

The council said the drug had cut the rate of sight loss by a third in a trial run by Penwith University.

"This is a real step forward for people who feared going blind," said Dr Asha Lerner, who led the trial.

The charity Sight First welcomed the decision but said it should have come sooner. "Patients have waited two years," said its director, Colm Hardy.
"""

# business wire: a takeover completed, its value in the lead
TAKEOVER = """
KELBY, March 3 (Northwire) - The Arden Capital consortium completed its £310 million takeover of Kelby Rovers on Monday after the Northern Football League approved the sale.

Arden Capital chairman Ruth Okafor said the group would invest in the stadium. "We are here for the long term," she said.

The Kelby Rovers Supporters' Trust said it wanted a seat on the board. "The fans must have a voice," said its chair, Sam Brill.
"""

# competition regulator: a planned merger blocked
MERGER = """
Regulator blocks Coastline and Harrier ferry merger

The Maritime Competition Office has blocked the planned €1.9 billion merger of Coastline Ferries and Harrier Lines, ruling that the deal would push up fares on island routes.

Coastline Ferries said it was disappointed and would consider an appeal. "We believe the merger was good for passengers," said chief executive Olaf Brenner.

The islanders' group Fair Fares Now welcomed the ruling. "Competition keeps fares down," said its spokesperson, Lena Vos.
"""

# local paper: a fee raised from one level to another
PARKING = """
Castlereach councillors vote to raise parking charges

Castlereach Borough Council will raise the town-centre parking charge from £2 to £3.50 an hour, councillors decided on Tuesday.

Council leader Maya Drennan said the money would pay for road repairs. "Our roads are crumbling and we have no other way to fix them," she said.

Shopkeepers in Market Street said the rise would drive customers away. "People will shop online instead," said Farid Osei, who runs a bakery.
"""

# economics: a rate that fell from one level to another
JOBS = """
Unemployment in Vesmara falls to lowest level in a decade

Unemployment in Vesmara fell from 6.1% to 5.4% in the third quarter, the national statistics office said on Wednesday.

Finance Minister Oskar Teller said the figures showed the government's plan was working. "More people are in work than ever," he said.

The Vesmaran Trade Union Congress said many of the new jobs were insecure. "A job that pays too little to live on is not a solution," said its general secretary, Ana Ruiz.
"""


def _bank(body: str, title: str = "", published: date = date(2027, 3, 4)) -> tuple[dict, str]:
    text = article(body, title) if title else body.strip() + "\n"
    bank, _ = generate_bank(text, published=published)
    return bank, text


def _figure_questions(bank: dict) -> list[dict]:
    return [q for q in bank["questions"] if q["id"].startswith("how-")]


def test_a_sums_forms_are_the_ways_a_student_writes_it():
    assert typed_forms("£14 million") == ["£14 million", "14 million", "£14m", "14m", "£14,000,000", "14,000,000",
                                          "14 million pounds"]
    assert typed_forms("35%") == ["35%", "35", "35 per cent", "35 percent"]
    assert "2.3m" in typed_forms("2.3 million", "users") and "2.3 million users" in typed_forms("2.3 million", "users")


def test_a_figure_with_no_other_of_its_kind_is_typed_and_graded_in_every_form():
    bank, text = _bank(TRANSFER, "Harlow Vale sign Vell for £14m")
    fee = next(q for q in _figure_questions(bank) if "14" in q["answer"])
    assert fee["type"] == "typed" and "choices" not in fee and "_typed" not in fee
    model = Bank.model_validate(bank)
    typed = next(q for q in model.questions if q.id == fee["id"])
    for written in ("£14m", "14 million", "£14 million", "14m", "14,000,000", "£14 million "):
        assert grade(model, typed, written).correct, written
    for wrong in ("£41m", "14", "£1.4 million"):
        assert not grade(model, typed, wrong).correct, wrong
    assert all(r.passed for r in review_bank(bank, text).values())


def test_a_count_typed_accepts_the_number_with_or_without_its_noun():
    bank, text = _bank(TRIAL, "Sight-loss drug approved for older patients")
    count = next(q for q in _figure_questions(bank) if "2,300" in q["answer"])
    assert count["type"] == "typed"
    model = Bank.model_validate(bank)
    typed = next(q for q in model.questions if q.id == count["id"])
    for written in ("2,300", "2300", "2,300 patients"):
        assert grade(model, typed, written).correct, written
    assert all(r.passed for r in review_bank(bank, text).values())


def test_options_are_only_the_articles_own_figures():
    # three shares in the story: the key and two of the article's own, none made up
    text = article("""
The Dellmoor Teachers Union has rejected a 3% pay offer from Dellmoor County Council and will strike on 12 May.

The union wants a 7% rise. Its members backed strike action by 81% in a ballot that closed on Friday.

Council leader Piet Varga said the county could not afford more. "We have offered what we can," he said.
""", "Dellmoor teachers to strike over pay")
    bank, _ = generate_bank(text, published=date(2027, 4, 20))
    for q in _figure_questions(bank):
        if q["type"] == "choice":
            written = {f.value for f in figures_in(text)}
            assert set(q["choices"]) <= written, q


def test_a_draft_without_made_up_options_is_left_a_choice():
    q = {"id": "how-x", "type": "choice", "prompt": "How big a rise?", "choices": ["3%", "7%", "81%"], "answer": "3%"}
    assert as_typed(dict(q)) == q
    drafted = dict(q, _typed=typed_forms("3%"), source="The council offered a 3 per cent rise.")
    typed = as_typed(drafted)
    assert typed["type"] == "typed" and typed["answer"] == "3 per cent" and "3%" in typed["accept"]


@pytest.mark.parametrize("sentence, prompt, value", [
    ("Castlereach Borough Council will raise the town-centre parking charge from £2 to £3.50 an hour.",
     "From what to what will the Castlereach Borough Council raise the town-centre parking charge?", "£2 to £3.50"),
    ("Unemployment in Vesmara fell from 6.1% to 5.4% in the third quarter.",
     "From what to what did unemployment in Vesmara fall in the third quarter?", "6.1% to 5.4%"),
    ("The Tarn Valley Transit Authority said the cost of the line had risen from $3.1 billion to $4.6 billion.",
     "According to the Tarn Valley Transit Authority, from what to what had the cost of the line risen?",
     "$3.1 billion to $4.6 billion"),
    ("Brennock Water has cut the number of staff from 1,200 to 950 since January.",
     "From what to what has Brennock Water cut the number of staff since January?", "1,200 to 950"),
])
def test_a_change_is_asked_for_both_its_ends(sentence, prompt, value):
    pair = pair_question(sentence)
    assert pair and pair.prompt == prompt and pair.value == value


@pytest.mark.parametrize("sentence", [
    "My grandfather kept the light here from 1958 to 1979.",
    "A further three days of action, from 15 to 17 December, will follow.",
    "The office is open from 9 to 5 on weekdays.",
    "She said she wanted to cut the fee from £40 to £30.",
])
def test_years_days_hours_and_a_pronouns_change_are_no_pair(sentence):
    assert pair_question(sentence) is None


def test_a_change_from_one_level_to_another_is_asked_typed_in_the_bank():
    for body, value in ((PARKING, "£2 to £3.50"), (JOBS, "6.1% to 5.4%")):
        bank, text = _bank(body)
        pairs = [q for q in _figure_questions(bank) if q["prompt"].startswith("From what to what")]
        assert pairs and pairs[0]["type"] == "typed" and value in pairs[0]["answer"], _figure_questions(bank)
        model = Bank.model_validate(bank)
        typed = next(q for q in model.questions if q.id == pairs[0]["id"])
        assert grade(model, typed, value).correct
        assert grade(model, typed, "from " + value).correct
        assert all(r.passed for r in review_bank(bank, text).values())


@pytest.mark.parametrize("sentence, value, prompt", [
    ("The Maritime Competition Office has blocked the planned €1.9 billion merger of Coastline Ferries and Harrier "
     "Lines, ruling that the deal would push up fares.", "€1.9 billion",
     "How much was the planned merger of Coastline Ferries and Harrier Lines worth?"),
    ("The Arden Capital consortium completed its £310 million takeover of Kelby Rovers on Monday after the league "
     "approved the sale.", "£310 million", "How much was the Arden Capital consortium’s takeover of Kelby Rovers worth?"),
    ("Coldharbour Rail's £85m upgrade of the Wenlow line will finish next spring.", "£85m",
     "How much is Coldharbour Rail’s upgrade of the Wenlow line worth?"),
])
def test_a_deals_size_is_asked_of_the_deal_by_its_own_words(sentence, value, prompt):
    fig = next(f for f in figures_in(sentence) if f.value == value)
    assert how_question(sentence, fig) == prompt


@pytest.mark.parametrize("sentence, value", [
    ("The £2.4 billion deal, announced in July, would create the second-largest airline.", "£2.4 billion"),
    ("The judge refused to throw out the singer's $12 million lawsuit.", "$12 million"),
    ("The company completed its £40 million purchase of the site.", "£40 million"),
])
def test_a_deal_only_the_article_names_is_not_asked(sentence, value):
    fig = next(f for f in figures_in(sentence) if f.value == value)
    assert how_question(sentence, fig) is None


def test_the_merger_in_the_lead_is_asked():
    bank, text = _bank(MERGER)
    asked = [q for q in _figure_questions(bank) if "€1.9 billion" in q.get("answer", "")]
    assert [q["prompt"] for q in asked] == ["How much was the planned merger of Coastline Ferries and Harrier Lines worth?"]
    assert all(r.passed for r in review_bank(bank, text).values())


def test_the_takeovers_value_is_drafted_and_passes_the_checks():
    from studyapp.core.generate.checks import CheckContext, review_question
    from studyapp.core.generate.facts import extract
    from studyapp.core.generate.questions import build_people, draft_candidates

    text = article(TAKEOVER, "Arden Capital completes £310m Kelby Rovers takeover")
    ex = extract(text, date(2027, 3, 4))
    people = build_people(ex)
    ctx = CheckContext(text, people=people, sides=[s[:500] for s in ex.sides()],
                       persons={p.name for p in ex.cast.people if p.kind == "person"})
    drafted = [c for c in draft_candidates(ex, people) if c.question.get("answer") == "£310 million"]
    assert [c.question["prompt"] for c in drafted] == [
        "How much was the Arden Capital consortium’s takeover of Kelby Rovers worth?"]
    assert review_question(drafted[0].question, ctx, drafted[0].priority).passed


# parliament live page: a confidence vote's count
CONFIDENCE = """
Ostravia's prime minister survives confidence vote by four votes

Ostravia's prime minister Helga Borin survived a no-confidence motion in the State Assembly by 112 votes to 108 on Wednesday, after the Farmers' League agreed to abstain.

Opposition leader Karl Dessen, who tabled the motion, said the government had lost control of spending. "This is a government living on borrowed time," he said.

Farmers' League leader Anja Movik said her party wanted an early election. "We will not prop up this government for ever," she said.
"""


@pytest.mark.parametrize("sentence, prompt, value", [
    ("Ostravia's prime minister Helga Borin survived a no-confidence motion in the State Assembly by 112 votes to "
     "108 on Wednesday, after the Farmers' League agreed to abstain.",
     "What was the vote when Ostravia's prime minister Helga Borin survived a no-confidence motion in the State "
     "Assembly?", "112 votes to 108"),
    ("After three hours of debate, the Penmore School Board voted 4-3 on Tuesday night to close Elm Lane Primary.",
     "What was the vote when the Penmore School Board voted to close Elm Lane Primary?", "4-3"),
    ("The Dellmoor Assembly has passed the housing bill by 64 votes to 51.",
     "What was the vote when the Dellmoor Assembly passed the housing bill?", "64 votes to 51"),
])
def test_a_votes_count_is_asked_of_the_vote(sentence, prompt, value):
    from studyapp.core.generate.figures import vote_question

    pair = vote_question(sentence, frozenset({"Ostravia", "Helga", "Borin", "State", "Assembly", "Penmore", "Elm",
                                              "Lane", "Primary", "Dellmoor"}))
    assert pair and pair.prompt == prompt and pair.value == value


@pytest.mark.parametrize("sentence", [
    "It survived by 151 votes to 146.",
    "The motion was defeated by 20 votes.",
    "\"We won by 64 votes to 51,\" she said.",
])
def test_a_vote_without_its_count_or_its_subject_is_not_asked(sentence):
    from studyapp.core.generate.figures import vote_question

    assert vote_question(sentence) is None


def test_the_confidence_votes_count_is_asked_typed():
    bank, text = _bank(CONFIDENCE, published=date(2027, 3, 11))
    vote = [q for q in _figure_questions(bank) if q["prompt"].startswith("What was the vote")]
    assert vote and vote[0]["type"] == "typed" and vote[0]["answer"] == "112 votes to 108", _figure_questions(bank)
    model = Bank.model_validate(bank)
    typed = next(q for q in model.questions if q.id == vote[0]["id"])
    for written in ("112 votes to 108", "112 to 108", "112-108"):
        assert grade(model, typed, written).correct, written
    assert not grade(model, typed, "108 to 112").correct
    assert all(r.passed for r in review_bank(bank, text).values())
