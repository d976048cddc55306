"""Grading tables for every question type, on the mini bank and on questions built here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.bank import DateQuestion, MatchQuestion, OrderQuestion, TypedQuestion
from studyapp.core.card import Rating
from studyapp.core.grading import (
    GradeResult,
    grade,
    fold_char,
    normalize,
    suggested_rating,
    text_diff,
    typo_allowance,
)
from studyapp.core.loader import load_bank

AGAIN, HARD, GOOD = Rating.AGAIN, Rating.HARD, Rating.GOOD


MINI = Path(__file__).resolve().parent.parent / "data" / "banks" / "mini.toml"


@pytest.fixture(scope="module")
def mini():
    return load_bank(MINI).bank


def q_of(bank, qid):
    return bank.question(qid)


def typed(answer: str, accept=(), prompt: str = "What is it?") -> TypedQuestion:
    return TypedQuestion(id="t", type="typed", topic="context", prompt=prompt, answer=answer,
                         accept=list(accept), explanation="Because.", source="It is.")


def dated(answer: str, precision=None) -> DateQuestion:
    return DateQuestion(id="d", type="date", topic="dates", prompt="When?", answer=answer,
                        precision=precision, explanation="Because.", source="Then.")


def given_part(diff) -> str:
    return "".join(t for op, t in diff if op != "insert")


def expected_part(diff) -> str:
    return "".join(t for op, t in diff if op in ("equal", "insert"))


# -- folding --------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "folded"), [
    ("  The   Bridge ", "the bridge"),
    ("Zürich", "zurich"),
    ("Crème brûlée", "creme brulee"),
    ("don’t", "dont"),
    ("don't", "dont"),
    ("“NATO”", "nato"),
    ('"NATO"', "nato"),
    ("US-Russia talks.", "us russia talks"),
    ("1,000 troops", "1000 troops"),
    ("3.5", "3 5"),
    ("U.S.", "us"),
    ("J. R. R. Tolkien", "j r r tolkien"),
    ("?!", ""),
])
def test_normalize(raw, folded):
    assert normalize(raw) == folded


@pytest.mark.parametrize(("folded", "allowed"), [
    ("", 0), ("abc", 0), ("abcd", 1), ("abcdefgh", 1), ("abcdefghi", 2), ("a much longer answer", 2),
])
def test_typo_allowance_grows_with_length(folded, allowed):
    assert typo_allowance(folded) == allowed


# -- typed ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("expected", "accept", "answer", "correct", "note"), [
    ("bridge", (), "bridge", True, ""),
    ("bridge", (), "BRIDGE", True, ""),
    ("bridge", (), "  bridge. ", True, ""),
    ("bridge", (), "brdige", True, "small typo"),          # a transposition is one typo
    ("bridge", (), "bridg", True, "small typo"),
    ("bridge", (), "brdg", False, ""),                     # two typos in six letters
    ("bridge", (), "tunnel", False, ""),
    ("bridge", (), "", False, "No answer"),
    ("bridge", (), "   ", False, "No answer"),
    ("Sergei Lavrov", (), "sergey lavrov", True, "small typo"),
    ("Sergei Lavrov", (), "sergey lavrof", True, "small typo"),   # two typos in 13 characters
    ("Sergei Lavrov", (), "sargey lavrof", False, ""),            # three
    ("Zürich", (), "zurich", True, ""),
    ("Zürich", (), "Zuerich", True, "small typo"),
    ("won’t happen quickly", (), "won't happen quickly", True, ""),
    ("NATO", (), "nato", True, ""),
    ("NATO", (), "nata", True, "small typo"),               # four letters: one typo
    ("EU", (), "EO", False, ""),                            # three or fewer: exact
    ("UN", (), "u.n.", True, ""),                           # ...but punctuation is forgiven
    ("U.S. sanctions", (), "US sanctions", True, ""),
    ("St. Petersburg", (), "St Petersburg", True, ""),
    ("2231", (), "2231", True, ""),
    ("2231", (), "2213", False, ""),                        # numbers are never fuzzy
    ("Resolution 2231", (), "resolutoin 2231", True, "small typo"),
    ("Resolution 2231", (), "resolution 2232", False, ""),
    ("1,000 troops", (), "1000 troops", True, ""),
    ("100,000 troops", (), "10,000 troops", False, ""),
    ("bridge", ("a bridge",), "a bridge", True, "Accepted"),
    ("bridge", ("a bridge", "the bridge"), "The bridge", True, "Accepted"),
    ("bridge", ("a bridge",), "a brigde", True, "small typo"),
])
def test_typed(expected, accept, answer, correct, note):
    q = typed(expected, accept)
    result = grade(None, q, answer)
    assert result.correct is correct
    assert result.score == (1.0 if correct else 0.0)
    assert result.given == answer
    assert result.expected == expected
    assert note in result.note
    if not note:
        assert result.note == ""
    assert suggested_rating(result) == (GOOD if correct else AGAIN)


def test_cloze_is_graded_against_its_gap(mini):
    q = q_of(mini, "q-typed")
    assert grade(mini, q, "Bridge") == GradeResult(True, 1.0, "Bridge", "bridge", "", (("equal", "Bridge"),))
    assert grade(mini, q, "a bridge").correct is True
    assert grade(mini, q, "road").correct is False


@pytest.mark.parametrize(("answer", "expected", "diff"), [
    ("bridge", "bridge", (("equal", "bridge"),)),
    ("Bridge", "bridge", (("equal", "Bridge"),)),     # case is not marked
    ("brige", "bridge", (("equal", "bri"), ("insert", "d"), ("equal", "ge"))),
    ("bridges", "bridge", (("equal", "bridge"), ("delete", "s"))),
    ("brudge", "bridge", (("equal", "br"), ("replace", "u"), ("insert", "i"), ("equal", "dge"))),
    ("tunnel", "bridge", (("replace", "tunnel"), ("insert", "bridge"))),   # mostly different: one swap
    ("", "bridge", (("insert", "bridge"),)),
])
def test_typed_diff_marks_what_differs(answer, expected, diff):
    assert grade(None, typed(expected), answer).diff == diff


def test_diff_of_a_wrong_answer_is_against_the_expected_answer():
    result = grade(None, typed("Geneva", ["the Swiss city"]), "Genoa")
    assert result.correct is False
    assert expected_part(result.diff) == "Geneva"
    assert given_part(result.diff) == "Genoa"


def test_diff_of_an_accepted_alternative_is_against_that_alternative():
    result = grade(None, typed("bridge", ["a bridge"]), "a brigde")
    assert expected_part(result.diff) == "a bridge"


# -- quote ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "correct", "note"), [
    ("Alice Smith", True, ""),            # the option clicked
    ("Bob Jones", False, ""),
    ("alice smith", True, ""),            # typed: folded
    ("Ms Smith", True, "Accepted"),       # typed: an alias of the speaker
    ("ms smiht", True, "small typo"),     # typed alias with a typo
    ("Alice Smyth", True, "small typo"),
    ("Bob Jnes", False, ""),
    ("Smith", False, ""),                 # not an alias given in the bank
    ("", False, "No answer"),
])
def test_quote(mini, answer, correct, note):
    result = grade(mini, q_of(mini, "q-quote"), answer)
    assert (result.correct, result.expected, result.given) == (correct, "Alice Smith", answer)
    assert note in result.note


def test_quote_typo_is_not_forgiven_when_it_is_nearer_another_speaker(mini):
    data = mini.model_dump()
    data["people"] = [
        {"name": "Jon Smith", "aliases": []},
        {"name": "Jan Smith", "aliases": []},
    ]
    data["questions"] = [dict(q_of(mini, "q-quote").model_dump(), speaker="Jon Smith")]
    bank = type(mini).model_validate(data)
    q = bank.questions[0]
    assert grade(bank, q, "Jan Smith").correct is False      # another speaker, one letter away
    assert grade(bank, q, "Jan Smith ").correct is False
    assert grade(bank, q, "jon smith").correct is True
    assert grade(bank, q, "Jon Smiht").correct is True       # nearer Jon than Jan


# -- choice ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("qid", "answer", "correct"), [
    ("q-choice", "Mayor", True),
    ("q-choice", "Councillor", False),
    ("q-choice", "mayor", True),        # typed by keyboard: folded
    ("q-choice", "Mayr", False),        # no typo allowance between options
    ("q-choice", "", False),
    ("q-tf", "False", True),
    ("q-tf", "True", False),
    ("q-tf", "false", True),
])
def test_choice(mini, qid, answer, correct):
    q = q_of(mini, qid)
    result = grade(mini, q, answer)
    assert (result.correct, result.given, result.expected) == (correct, answer, q.answer)
    assert result.diff == ()
    assert suggested_rating(result) == (GOOD if correct else AGAIN)


# -- date -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer_q", "precision", "answer", "correct", "note"), [
    ("2022-01-21", None, "2022-01-21", True, ""),
    ("2022-01-21", None, " 2022-01-21 ", True, ""),
    ("2022-01-21", None, "2022-01-20", False, "Right month, wrong day"),
    ("2022-01-21", None, "2022-02-21", False, "Right year, wrong month"),
    ("2022-01-21", None, "2021-01-21", False, ""),
    ("2022-01-21", None, "2022-01", False, "asks for the day"),     # less precise: wrong
    ("2022-01-21", None, "2022", False, "asks for the day"),
    ("2022-02", None, "2022-02", True, ""),
    ("2022-02", "month", "2022-02-24", True, ""),                    # more precise: compared by month
    ("2022-02", None, "2022-03-01", False, "Right year, wrong month"),
    ("2022-02", None, "2022", False, "asks for the month"),
    ("2015", "year", "2015", True, ""),
    ("2015", None, "2015-07-14", True, ""),
    ("2015", None, "2016-07-14", False, ""),
    ("2022-01-21", None, "21/01/2022", False, "not a date"),
    ("2022-01-21", None, "2022-02-30", False, "not a date"),
    ("2022-01-21", None, "", False, "No answer"),
])
def test_date_at_the_questions_precision(answer_q, precision, answer, correct, note):
    result = grade(None, dated(answer_q, precision), answer)
    assert result.correct is correct
    assert note in result.note


def test_date_display_text(mini):
    result = grade(mini, q_of(mini, "q-date"), "2023-03-04")
    assert (result.given, result.expected) == ("4 March 2023", "3 March 2023")
    assert grade(mini, q_of(mini, "q-date"), "2023-3-3").given == "2023-3-3"   # unparsed: as typed


# -- order ----------------------------------------------------------------------------------

ABCD = ["A", "B", "C", "D"]


@pytest.mark.parametrize(("answer", "correct", "score", "rating"), [
    (["A", "B", "C", "D"], True, 1.0, GOOD),
    (["B", "C", "D", "A"], False, 2 / 3, HARD),   # none in place, but one move fixes it
    (["A", "B", "D", "C"], False, 2 / 3, HARD),
    (["B", "A", "D", "C"], False, 1 / 3, HARD),
    (["D", "C", "B", "A"], False, 0.0, AGAIN),    # reversed: the worst
    (["A", "B", "C"], False, 2 / 3, HARD),        # an item left out must be put back
    (["A", "B", "C", "D", "E"], False, 2 / 3, HARD),
    (["A", "A", "B", "C"], False, 1 / 3, HARD),
    ([], False, 0.0, AGAIN),
    (None, False, 0.0, AGAIN),
])
def test_order_scores_by_moves_needed(answer, correct, score, rating):
    q = OrderQuestion(id="o", type="order", topic="dates", prompt="Order them.", items=ABCD,
                      explanation="x", source="x")
    result = grade(None, q, answer)
    assert result.correct is correct
    assert result.score == pytest.approx(score)
    assert suggested_rating(result) == rating


def test_order_of_two_has_no_partial_credit():
    q = OrderQuestion(id="o", type="order", topic="dates", prompt="Order.", items=["X", "Y"],
                      explanation="x", source="x")
    assert grade(None, q, ["Y", "X"]).score == 0.0


def test_order_display_and_note(mini):
    q = q_of(mini, "q-order")
    result = grade(mini, q, [q.items[2], q.items[0], q.items[1]])
    assert result.expected == "The council met → The article was published → The bridge is due"
    assert result.given == "The bridge is due → The council met → The article was published"
    assert result.note == "0 of 3 in the right place; moving 1 item would fix it."


# -- match ----------------------------------------------------------------------------------

PAIRS = [["Security guarantees", "Russia"], ["NATO open door", "United States"],
         ["Troop withdrawal", "Russia"], ["Diplomacy first", "United States"]]


@pytest.mark.parametrize(("answer", "correct", "score", "rating"), [
    ({a: b for a, b in PAIRS}, True, 1.0, GOOD),
    ({"Security guarantees": "Russia", "NATO open door": "Russia",
      "Troop withdrawal": "Russia", "Diplomacy first": "United States"}, False, 0.75, HARD),
    ({"Security guarantees": "Russia"}, False, 0.25, HARD),        # unanswered pairs are wrong
    ({a: "Nobody" for a, _ in PAIRS}, False, 0.0, AGAIN),
    ({}, False, 0.0, AGAIN),
])
def test_match_scores_pairs_right(answer, correct, score, rating):
    q = MatchQuestion(id="m", type="match", topic="demands", prompt="Match.", pairs=PAIRS,
                      explanation="x", source="x")
    result = grade(None, q, answer)
    assert (result.correct, result.score, suggested_rating(result)) == (correct, score, rating)


def test_match_display_text(mini):
    q = q_of(mini, "q-match")
    result = grade(mini, q, {"Build the bridge": "Bob Jones"})
    assert result.given == "Build the bridge → Bob Jones; The plan costs too much → ?"
    assert result.expected == "Build the bridge → Alice Smith; The plan costs too much → Bob Jones"
    assert result.note == "0 of 2 pairs right."


# -- flash ----------------------------------------------------------------------------------

def test_flash_is_self_graded(mini):
    result = grade(mini, q_of(mini, "q-flash"), None)
    assert result == GradeResult(None, 0.0, "", "The cost of the plan")
    assert suggested_rating(result) == GOOD


# -- every question of the mini bank --------------------------------------------------------

def right_answer(bank, q):
    return {
        "quote": lambda: q.speaker, "choice": lambda: q.answer, "typed": lambda: q.expected,
        "date": lambda: q.answer, "order": lambda: list(q.items),
        "match": lambda: {a: b for a, b in q.pairs}, "flash": lambda: None,
    }[q.type]()


def test_every_question_of_the_mini_bank_takes_its_right_answer(mini):
    for q in mini.questions:
        result = grade(mini, q, right_answer(mini, q))
        assert result.correct is (None if q.type == "flash" else True), q.id
        assert suggested_rating(result) == GOOD


@pytest.mark.parametrize(("qid", "answer"), [
    ("q-typed", ["bridge"]), ("q-choice", 3), ("q-order", "A B C"), ("q-match", [["a", "b"]]),
])
def test_wrong_answer_shape_is_a_programming_error(mini, qid, answer):
    with pytest.raises(TypeError):
        grade(mini, q_of(mini, qid), answer)


# -- properties -----------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüñ", min_size=1, max_size=10)
ANSWERS = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
PUNCT = st.sampled_from(["", ".", "!", "?", ",", "’", "'"])
TEXT = st.text(alphabet="abcABCxyz éüÉ12 .,’'-", max_size=25)


@settings(max_examples=200, deadline=None)
@given(ANSWERS)
def test_the_expected_answer_always_grades_correct(answer):
    result = grade(None, typed(answer), answer)
    assert result.correct is True and result.note == ""
    assert result.diff == (("equal", answer),)


@settings(max_examples=200, deadline=None)
@given(ANSWERS, st.data())
def test_case_space_and_punctuation_variants_grade_correct(answer, data):
    words = answer.split(" ")
    variant = "".join(
        data.draw(st.sampled_from([w, w.upper(), w.capitalize()])) + data.draw(PUNCT)
        + " " * data.draw(st.integers(1, 3))
        for w in words
    )
    variant = " " * data.draw(st.integers(0, 2)) + variant
    result = grade(None, typed(answer), variant)
    assert result.correct is True, variant
    assert result.note == ""


@settings(max_examples=200, deadline=None)
@given(ANSWERS.filter(lambda a: len(normalize(a)) >= 9), st.data())
def test_one_slip_in_a_long_answer_is_forgiven(answer, data):
    i = data.draw(st.integers(0, len(answer) - 1))
    slip = answer[:i] + answer[i + 1:]
    result = grade(None, typed(answer), slip)
    assert result.correct is True
    assert "small typo" in result.note or normalize(slip) == normalize(answer)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 9))
def test_numbers_must_be_exact(n, delta):
    assert grade(None, typed(f"Resolution {n}"), f"Resolution {n + delta}").correct is False
    assert grade(None, typed(f"Resolution {n}"), f"resolution {n}").correct is True


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_diff_reassembles_both_texts(answer, expected):
    diff = text_diff(answer, expected)
    assert given_part(diff) == answer
    assert [fold_char(c) for c in expected_part(diff)] == [fold_char(c) for c in expected]
    assert all(op in ("equal", "insert", "delete", "replace") and text for op, text in diff)
    for i, (op, _) in enumerate(diff):
        if op == "replace":
            assert diff[i + 1][0] == "insert"



@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_graded_without_error(mini, text):
    for qid in ("q-typed", "q-quote", "q-choice", "q-date"):
        result = grade(mini, q_of(mini, qid), text)
        assert result.correct in (True, False)
        assert 0.0 <= result.score <= 1.0
        assert result.given in (text, text.strip()) or qid == "q-date"


def test_fold_char_kept_per_character_is_the_plain_fold():
    """fold_char keeps its keys (an LRU of characters): every character of the Basic Multilingual
    Plane and some beyond fold as the uncached function folds them, asked twice (kept, then read)."""
    plain = fold_char.__wrapped__
    chars = [chr(c) for c in [*range(0x10000), *range(0x1F300, 0x1F700), *range(0x1D400, 0x1D800)]
             if not 0xD800 <= c < 0xE000]
    for _ in range(2):
        assert [fold_char(c) for c in chars[:5000]] == [plain(c) for c in chars[:5000]]
    assert [fold_char(c) for c in chars] == [plain(c) for c in chars]
