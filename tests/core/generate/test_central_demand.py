"""The story's central demand is always asked as "What does X want?" or "Which side wants …?", never left to a
true/false statement or a date question; on articles written for the tests in several styles."""

from datetime import date

from studyapp.core.generate.checks import review_bank
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import _stance_items, central_facts, what_question

from tests.core.generate.conftest import ARTICLES


def _bank(name: str, published: date) -> tuple[str, dict]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    bank, _ = generate_bank(text, published=published)
    return text, bank


def _asks(bank: dict, words: str) -> list[dict]:
    """Questions that ask who holds or what is held, whose source carries `words` (not true/false, not dates)."""
    return [q for q in bank["questions"] if q["topic"] == "demands" and words in q["source"]
            and q.get("choices") != ["True", "False"]]


def test_a_wire_reports_lead_demand_with_two_sides_is_asked_what_it_wants():
    # two parties only: no "Which side …?" can be asked, and the lead demand used to be only a true/false statement
    text, bank = _bank("c-reserve-talks.txt", date(2022, 3, 4))
    asked = _asks(bank, "is demanding the removal of all trade penalties")
    assert [q["prompt"] for q in asked] == ["According to the article, what does Velmar demand?"]
    assert asked[0]["answer"] == "The removal of all trade penalties imposed by the Northern League"
    assert all(r.passed for r in review_bank(bank, text).values())


def test_a_features_repeated_demand_is_central_though_not_in_the_lead():
    text, bank = _bank("c-footbridge-feature.txt", date(2024, 5, 20))
    asked = _asks(bank, "wants the footbridge reopened")
    assert [q["prompt"] for q in asked] == ["What does the Alderholt Residents Forum want?"]
    assert asked[0]["answer"] == "The footbridge reopened before the winter"


def test_the_lead_demand_of_a_local_story_is_asked_by_side():
    _, bank = _bank("c-teachers-pay.txt", date(2025, 3, 10))
    assert _asks(bank, "are demanding a 7% pay rise")


def test_the_central_demand_is_the_leads_or_the_titles_not_any_position():
    ex = extract((ARTICLES / "c-reserve-talks.txt").read_text(encoding="utf-8"))
    assert central_facts(ex, _stance_items(ex)) == {"demand:Velmar is demanding the removal of all trade penalties impos"}
    ex = extract((ARTICLES / "harbour-strike.txt").read_text(encoding="utf-8"))
    assert len(central_facts(ex, _stance_items(ex))) <= 1


def test_what_questions_are_realised_from_the_stance_and_its_object():
    names = frozenset({"Velmar"})
    assert what_question("Velmar", "is prepared to", "release part of the reserves", names) == (
        "What is Velmar prepared to do?", "release part of the reserves")
    assert what_question("Civil servants", "protests against", "planned job cuts", names) == (
        "What do civil servants protest against?", "planned job cuts")
    assert what_question("Velmar", "wants", "to settle the dispute by summer", names) == (
        "What does Velmar want to do?", "settle the dispute by summer")
    assert what_question("Velmar", "demands", "a 7% rise and will strike on Thursday", names) == (
        "According to the article, what does Velmar demand?", "a 7% rise")
    # what a side says is asked as reported speech; "the offer" says too little; whom it urges, asked elsewhere
    assert what_question("Velmar", "insists that", "the penalties be lifted first", names) is None
    assert what_question("Velmar", "rejects", "the offer", names) is None
    assert what_question("Velmar", "urges", "the League to lift the penalties", names) is None
