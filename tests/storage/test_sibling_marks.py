"""Sibling marks kept per installed bank version (beside the stored copy and across refreshes), so the
library's "Left today" does not work them out again on every refresh; a new version's are worked out again."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.day_plan import plan_day
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey
from studyapp.core.siblings import marks
from studyapp.settings import Settings
from studyapp.storage.sibling_marks import MARKS_NAME, SiblingMarks, digest
from tests.storage.conftest import make_variant

MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")
TF_SOURCE = 'answer = "False"\nchoices = ["True", "False"]\nsource = "Bob Jones said the plan was too expensive."'


def stored(progress):
    [bank] = progress.banks()
    return bank.stored_path


def expected(shelf) -> dict[str, frozenset[str]]:
    return {q: digest(marks(shelf.question(CardKey("mini", q)))) for q in MINI_IDS}


def test_marks_are_worked_out_once_and_kept_beside_the_bank(mini_installed):
    shelf = mini_installed.bank_shelf()
    marks_of = SiblingMarks().reader(shelf)
    assert {q: marks_of(CardKey("mini", q)) for q in MINI_IDS} == expected(shelf)
    # The true/false, the match and the flash card share a source sentence: siblings.
    assert marks_of(CardKey("mini", "q-tf")) & marks_of(CardKey("mini", "q-flash"))
    assert (stored(mini_installed).parent / MARKS_NAME).is_file()
    # A later process (a fresh SiblingMarks and shelf) reads the same marks back from the file.
    again = SiblingMarks().reader(mini_installed.bank_shelf())
    assert {q: again(CardKey("mini", q)) for q in MINI_IDS} == expected(shelf)
    assert again(CardKey("mini", "nope")) == frozenset()


def test_a_new_bank_version_has_its_marks_worked_out_again(mini_installed, mini_bank_path, tmp_path, now):
    kept = SiblingMarks()  # what the library keeps across refreshes
    first = kept.reader(mini_installed.bank_shelf())
    assert first(CardKey("mini", "q-tf")) & first(CardKey("mini", "q-match"))
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2,
                      {TF_SOURCE: TF_SOURCE.replace("Bob Jones said the plan was too expensive.",
                                                                 "The council met on 3 March 2023.")})
    mini_installed.install_bank(load_bank(v2), now + timedelta(minutes=1))
    shelf = mini_installed.bank_shelf()
    for marks_of in (kept.reader(shelf), SiblingMarks().reader(mini_installed.bank_shelf())):
        assert {q: marks_of(CardKey("mini", q)) for q in MINI_IDS} == expected(shelf)
        assert not marks_of(CardKey("mini", "q-tf")) & marks_of(CardKey("mini", "q-match"))
        assert marks_of(CardKey("mini", "q-tf")) & marks_of(CardKey("mini", "q-date"))


def test_a_damaged_or_stale_marks_file_is_worked_out_again(mini_installed):
    shelf = mini_installed.bank_shelf()
    SiblingMarks().reader(shelf)(CardKey("mini", "q-tf"))
    path = stored(mini_installed).parent / MARKS_NAME
    for damage in ('{"format": 1, "marks": []}', "not json", "", "[1]"):
        path.write_text(damage, encoding="utf-8")
        marks_of = SiblingMarks().reader(mini_installed.bank_shelf())
        assert {q: marks_of(CardKey("mini", q)) for q in MINI_IDS} == expected(shelf)
    # Marks of another copy of the bank (its size or mtime differ) are not taken for this one's.
    path.write_text(path.read_text(encoding="utf-8").replace('"mtime_ns":', '"mtime_ns":1', 1), encoding="utf-8")
    marks_of = SiblingMarks().reader(mini_installed.bank_shelf())
    assert {q: marks_of(CardKey("mini", q)) for q in MINI_IDS} == expected(shelf)


def test_the_kept_marks_plan_the_same_day_as_marks_worked_out_from_the_questions(mini_installed, now):
    shelf = mini_installed.bank_shelf()
    start, end = now - timedelta(hours=8), now + timedelta(hours=16)
    buried = []
    for settings in (Settings(), Settings(new_per_day=2), Settings(new_order="bank")):
        fresh = plan_day(mini_installed, lambda k: marks(shelf.question(k)), ["mini"], settings, start, end)
        kept = plan_day(mini_installed, SiblingMarks().reader(shelf), ["mini"], settings, start, end)
        assert (kept.news, kept.reviews, kept.learning, kept.buried) == (fresh.news, fresh.reviews, fresh.learning,
                                                                         fresh.buried)
        buried.append(fresh.buried)
    assert buried[0] and buried[2] and buried[0] != buried[2]  # siblings held back, by each new order


def test_the_library_reads_only_the_marks_shared_within_a_bank(mini_installed):
    """The first line of the kept file holds each question's marks that another question of the bank
    also has (all a one-bank plan can meet); a file of the first format is read and written again."""
    import json

    from studyapp.storage.sibling_marks import shared_within

    shelf = mini_installed.bank_shelf()
    every = expected(shelf)
    shared = shared_within(every)
    assert shared and set(shared) < set(every)  # some questions share a sentence, others share nothing
    for q in every:
        others = frozenset().union(*(every[o] for o in every if o != q))
        assert shared.get(q, frozenset()) == every[q] & others
    marks_of = SiblingMarks().shared_reader(shelf)
    assert {q: marks_of(CardKey("mini", q)) for q in MINI_IDS} == {q: shared.get(q, frozenset()) for q in MINI_IDS}
    path = stored(mini_installed).parent / MARKS_NAME
    head = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    # A file kept by the first format (one line, every mark) gives the same marks and is written anew.
    old = {**{k: head[k] for k in ("file", "size", "mtime_ns")}, "format": 1,
           "marks": {q: sorted(m) for q, m in every.items()}}
    path.write_text(json.dumps(old), encoding="utf-8")
    again = SiblingMarks().shared_reader(mini_installed.bank_shelf())
    assert {q: again(CardKey("mini", q)) for q in MINI_IDS} == {q: shared.get(q, frozenset()) for q in MINI_IDS}
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["format"] == 2
    assert {q: SiblingMarks().reader(mini_installed.bank_shelf())(CardKey("mini", q)) for q in MINI_IDS} == every
