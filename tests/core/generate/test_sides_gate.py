"""The gate on people's questions: an option of "Who …?", "Which of these people …?" or "Who said …?" must be a
name the article itself writes as a person's (a title or a role beside it, an age, a 'who' clause, the surname alone
later, "she" in the next sentence) or at least not one it writes as a place's or a body's (after "in", "at", "the",
"the broker", beside an appositive that is no role). A broker, a union, a newspaper or a place the cast took for a
person is such a name, and a question offering one is dropped (issue 14: an organisation among people, or keyed for "Who …?")."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.generate.checks import CheckContext, named_as_person, not_a_person, review_question
from studyapp.core.generate.pipeline import generate_bank, read_article

HERE = Path(__file__).parent / "sides_gate"

ARTICLE = """Ferry crews strike as talks fail

Crews on the Skerrow ferry walked out on Monday. Marta Quillfeather, 47, a deckhand for twenty years, said the crew
had no choice. The union's regional organiser, Ivo Brandling-Oakes, said the strike would last a week.

Judge Annis Corrow-Lee told the tribunal she would rule on Friday. Ms Corrow-Lee said both sides had been heard.

Sailings have been moved to Penhallow Quay, about 30 miles up the coast. The Skerrow Gazette reported that
Tenby Marine, the ferry company, had offered 3%. Talks will resume at Penhallow Quay on Thursday.

Work on Skerrow Point terminal has stopped; the terminal was due to open in May.
"""


def test_a_person_is_written_as_one():
    for name in ("Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee"):
        assert named_as_person(name, ARTICLE), name


def test_a_place_a_paper_or_a_firm_is_not():
    for name in ("Penhallow Quay", "Skerrow Gazette", "Tenby Marine", "Skerrow Point"):
        assert not named_as_person(name, ARTICLE) and not_a_person(name, ARTICLE), name
    for name in ("Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee"):
        assert not not_a_person(name, ARTICLE), name


def _choice(prompt: str, choices: list[str], answer: str) -> dict:
    return {"id": "q", "type": "choice", "topic": "context", "prompt": prompt, "choices": choices, "answer": answer,
            "source": "Crews on the Skerrow ferry walked out on Monday."}


def test_which_of_these_people_offering_a_place_fails_the_names_check():
    ctx = CheckContext(ARTICLE, persons={"Marta Quillfeather", "Ivo Brandling-Oakes", "Annis Corrow-Lee",
                                         "Penhallow Quay"})
    q = _choice("Which of these people is described in the article as a deckhand for twenty years?",
                ["Annis Corrow-Lee", "Ivo Brandling-Oakes", "Marta Quillfeather", "Penhallow Quay"],
                "Marta Quillfeather")
    failed = {c.name: c.why for c in review_question(q, ctx).failed}
    assert "names" in failed and "Penhallow Quay" in failed["names"]


def test_who_is_a_place_fails_the_names_check():
    ctx = CheckContext(ARTICLE)
    q = {"id": "q", "type": "flash", "topic": "context", "prompt": "Who is Penhallow Quay, according to the article?",
         "answer": "About 30 miles up the coast", "source": "Sailings have been moved to Penhallow Quay."}
    assert "names" in {c.name for c in review_question(q, ctx).failed}


def test_a_broker_is_not_asked_as_the_speaker_of_its_note():
    text = read_article(HERE / "mill-closure.txt")
    bank, _ = generate_bank(text, published="2026-05-04")
    for q in bank["questions"]:
        offered = [q.get("speaker", ""), *q.get("distractors", []), *q.get("choices", [])]
        if q["type"] == "quote" or str(q.get("prompt", "")).startswith(("Who ", "Which of these people")):
            assert "Pellow Street" not in offered and "Bakers Guild Forward" not in offered, q
    # the people's own quotations are still asked, each among three other people
    quotes = [q for q in bank["questions"] if q["type"] == "quote"]
    assert len(quotes) >= 6
