"""The review step's state without Qt: edits applied like `studyapp generate` writes, the loader's words
for a bad edit, the checks run again on the edited question."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.generate.checks import CHECKS
from studyapp.core.generate.pipeline import generate_bank, read_article
from studyapp.gui.draft_model import (Draft, DraftModel, apply_edits, changed_fields, check_lines, key_of,
                                      lines_of, parse_lines, score_text, with_key)

FERRY = Path(__file__).parents[1] / "data" / "articles" / "ferry-talks.txt"
CLOZE = {"id": "cloze-varga", "type": "typed", "topic": "context",
         "prompt": "Transport Minister {{Lena Varga}} is due to meet her Northland counterpart on Thursday.",
         "accept": ["Ms Varga"],
         "source": "Transport Minister Lena Varga is due to meet her Northland counterpart on Thursday.",
         "explanation": "Lena Varga is the Transport Minister."}


@pytest.fixture(scope="module")
def ferry() -> Draft:
    text = read_article(FERRY)
    bank, _facts = generate_bank(text)
    bank["questions"].append(dict(CLOZE))
    return Draft(text, bank)


def test_a_cloze_key_is_its_gap_and_setting_it_rewrites_the_gap():
    assert key_of(CLOZE) == "Lena Varga"
    assert with_key(CLOZE, " Ms Lena Varga ") == {
        "prompt": "Transport Minister {{Ms Lena Varga}} is due to meet her Northland counterpart on Thursday."}
    emptied = apply_edits(CLOZE, with_key(CLOZE, ""))
    assert key_of(emptied) == "" and "{{}}" in emptied["prompt"]  # typing again fills the same gap
    assert key_of(apply_edits(emptied, with_key(emptied, "Lena"))) == "Lena"
    assert key_of({"type": "quote", "speaker": "Ewan Hale"}) == "Ewan Hale"
    assert key_of({"type": "order", "items": ["a", "b"]}) is None


def test_a_given_date_precision_follows_the_answer_as_it_is_typed():
    q = {"type": "date", "answer": "1998", "precision": "year"}
    for typed in ("1998-", "1998-0", "1998-02"):
        q = apply_edits(q, with_key(q, typed))
    assert q == {"type": "date", "answer": "1998-02", "precision": "month"}
    assert with_key({"type": "date", "answer": "1998"}, "1998-02") == {"answer": "1998-02"}  # none given: none


def test_lines_round_trip_and_pairs_are_written_left_arrow_right():
    pairs = [["Subsidy stays", "Northland"], ["Daily crossing", "Southport"]]
    assert lines_of(pairs) == "Subsidy stays -> Northland\nDaily crossing -> Southport"
    assert parse_lines("pairs", lines_of(pairs) + "\n\n") == pairs
    assert parse_lines("pairs", "Daily crossing → Southport\nno partner") == [["Daily crossing", "Southport"],
                                                                              ["no partner"]]
    assert parse_lines("choices", " Tuesday \n\nMonday") == ["Tuesday", "Monday"]


def test_emptied_optional_fields_are_dropped_and_an_unchanged_question_has_no_edit():
    assert "accept" not in apply_edits(CLOZE, {"accept": []})
    quote = {"id": "q", "type": "quote", "topic": "who-said-what", "quote": "x", "speaker": "A", "prompt": "P?",
             "distractors": ["B"], "source": "s", "explanation": "e"}
    assert "prompt" not in apply_edits(quote, {"prompt": "  "})
    assert "distractors" not in apply_edits(quote, {"distractors": []})
    assert changed_fields(CLOZE, apply_edits(CLOZE, {"explanation": " Lena Varga is the Transport Minister. "})) == {}


def test_a_bad_edit_gets_the_loaders_words_and_fixing_it_clears_them(ferry):
    model = DraftModel(ferry)
    assert model.problems == {}  # the generator's draft loads
    choice = next(q["id"] for q in ferry.questions if q["type"] == "choice")
    model.edit(choice, {"answer": "Nobody"})
    assert model.problems[choice] == ["answer: 'Nobody' is not among the choices"]
    assert model.blocking(model.ids) == {choice: model.problems[choice]}
    assert model.blocking([i for i in model.ids if i != choice]) == {}
    model.edit(choice, {"answer": ferry.bank["questions"][model.ids.index(choice)]["answer"]})
    assert choice not in model.problems and choice not in model.edits


def test_an_edit_is_checked_again_beside_the_other_questions(ferry):
    model = DraftModel(ferry)
    assert "complete" not in [c.name for c in model.reviews["cloze-varga"].failed]
    model.edit("cloze-varga", {"prompt": "Transport Minister {{Lena Varga}} is due to meet … on Thursday."})
    review = model.reviews["cloze-varga"]
    assert not review.passed and "complete" in [c.name for c in review.failed]
    assert set(c.name for c in review.checks) <= set(CHECKS)
    assert score_text(review).endswith(f"✗ {len(review.failed)} check" + ("s" if len(review.failed) > 1 else ""))
    assert any(not ok and line.startswith("✗ " + CHECKS["complete"]) for ok, line in check_lines(review))
    bank = model.edited_bank(["cloze-varga"])
    assert [q["id"] for q in bank["questions"]] == ["cloze-varga"] and "…" in bank["questions"][0]["prompt"]
    assert ferry.bank["questions"][-1]["prompt"] == CLOZE["prompt"]  # the draft itself is left as drafted


def test_unsaved_work_is_an_edit_or_a_tick_that_differs_from_the_draft_or_the_last_save(ferry):
    model = DraftModel(ferry)
    ids, qid = model.ids, model.ids[0]
    assert not model.unsaved(ids)
    assert model.unsaved(ids[1:])  # an untick
    model.edit(qid, {"explanation": "Rewritten."})
    assert model.unsaved(ids)
    model.edit(qid, {"explanation": model.original(qid)["explanation"]})  # typed back: no edit left
    assert model.edits == {} and not model.unsaved(ids)

    model.edit(qid, {"explanation": "Rewritten."})
    model.mark_saved(ids[1:])
    assert not model.unsaved(ids[1:])
    assert model.unsaved(ids)  # ticked again after the save
    model.edit(qid, {"explanation": "Rewritten again."})
    assert model.unsaved(ids[1:])
