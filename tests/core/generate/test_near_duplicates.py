"""One question per fact: the same fact is not asked again as a cloze, a statement or a figure beside it."""

from datetime import date

from studyapp.core.generate.checks import CheckContext
from studyapp.core.generate.facts import extract
from studyapp.core.generate.pipeline import generate_bank
from studyapp.core.generate.questions import build_people, draft_candidates
from studyapp.core.generate.rank import select

from tests.core.generate.conftest import ARTICLES, article

ROLES = article("""
Harbour master Ingrid Solberg closed the eastern quay on Monday after a crane collapsed onto the pier.

Port engineer Tobias Renn said the crane's base had cracked in the frost. "We saw the crack two weeks ago," he said.

Union organiser Petra Vos said members would not return to the quay until an inspector had checked every crane.

Shipping agent Marcus Hale said three ferries had been sent to the western quay. "Passengers will wait longer," he said.

City councillor Nadia Brook said the council would pay for a full inspection of the port's cranes.
""", "Crane collapse shuts eastern quay")


def test_a_name_is_not_asked_as_a_cloze_beside_a_choice_of_people_on_its_sentence():
    ex = extract(ROLES, date(2025, 1, 15))
    people = build_people(ex)
    drafted = [c for c in draft_candidates(ex, people) if c.question["id"] in (
        "which-person-ingrid-solberg", "name-ingrid-solberg")]
    assert len(drafted) == 2 and drafted[0].question["source"] == drafted[1].question["source"]
    context = CheckContext(ROLES, people=people, persons={p.name for p in ex.cast.people if p.kind == "person"})
    kept, _ = select(drafted, context, len(ex.article.body.split()))
    assert [q["id"] for q in kept] == ["which-person-ingrid-solberg"]  # who she is, asked once


def test_a_dates_day_is_no_figure_to_blank():
    text = article("Today (Nov. 18), the county board approved the budget for the new library on Mill Road after a "
                   "long debate.", "Board approves library")
    ex = extract(text, date(2025, 11, 18))
    gaps = [c.question["prompt"] for c in draft_candidates(ex, build_people(ex)) if c.question["id"].startswith("number-")]
    assert not any("{{18}}" in g for g in gaps)


def test_a_figure_read_out_by_a_position_question_is_not_asked_again():
    text = (ARTICLES / "c-teachers-pay.txt").read_text(encoding="utf-8")
    bank, _ = generate_bank(text, published=date(2025, 3, 10))
    by_source: dict[str, list[dict]] = {}
    for q in bank["questions"]:
        by_source.setdefault(q["source"], []).append(q)
    for qs in by_source.values():
        figures = [q["answer"] for q in qs if q["id"].startswith("how-")]
        others = [q.get("prompt", "") for q in qs if not q["id"].startswith("how-")]
        assert not any(f in p for f in figures for p in others)
