"""The library's "Left today" of each bank, counted for all banks at once (`left_today`: keys read once,
`core.day_plan.count_day`, marks shared within a bank), must be what a study session of that bank
starts from: `plan_day` over the store itself, bank by bank, with every mark of every question.

The library is varied on purpose: a bank of sibling families spread over topics (so burying uses
up the new questions read ahead and the whole order is read again), learning questions from today
and from yesterday, siblings answered today, reviews and new questions at their daily limits, a
question set aside, an answer dated after the day's end, a removed bank with answers of its own,
and clocks on both sides of the study day's boundary."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.day_plan import plan_day
from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import CardState, Rating, Stage, day_bounds
from studyapp.core.siblings import marks
from studyapp.gui.library_controller import LibraryController
from studyapp.gui.workers import Background, Writer
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from tests.helpers.bank_copies import copy_of_mini

TOPICS = ("context", "dates", "demands")
FAMILIES = 30


def sibling_bank(folder: Path, bank_id: str, families: int = FAMILIES, loners: int = 4) -> Path:
    """A bank of `families` sentences, each asked about three times (one question per topic, so
    the round robin meets a family in every round), and `loners` questions on sentences of their own."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = [f"The harbour board approved item {k} of the dredging plan on its meeting number {k}."
                 for k in range(families + loners)]
    (folder / f"{bank_id}.txt").write_text("Harbour works\n\n" + "\n".join(sentences) + "\n", encoding="utf-8")
    parts = [f'[bank]\nid = "{bank_id}"\nversion = 1\ntitle = "Harbour works {bank_id}"\n\n'
             f'[bank.source]\ntitle = "Harbour works"\npublisher = "Test Gazette"\nfile = "{bank_id}.txt"\n']
    for k, sentence in enumerate(sentences):
        for j, topic in enumerate(TOPICS if k < families else TOPICS[k % 3:k % 3 + 1]):
            parts.append(f'\n[[questions]]\nid = "f{k:02d}-{topic}"\ntype = "choice"\ntopic = "{topic}"\n'
                         f'prompt = "Which item did meeting {k} approve ({topic}, part {j})?"\n'
                         f'answer = "Item {k}"\nchoices = ["Item {k}", "Item {k + 100}"]\nsource = "{sentence}"\n'
                         f'explanation = "The board approved item {k}."\n')
    path = folder / f"{bank_id}.toml"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def state(stage: Stage, due, last, reps: int = 2) -> CardState:
    step = 0 if stage in (Stage.LEARNING, Stage.RELEARNING) else None
    return CardState(stage=stage, step=step, stability=3.0, difficulty=5.0, due=due, last_review=last, reps=reps)


def answer(p, key: CardKey, when, after: CardState, before: CardState | None = None) -> None:
    p.record_review(ReviewRecord(key, when, Rating.GOOD, before or p.card_state(key), after))


def write_history(p, now) -> None:
    """What each bank has been through before the clocks of the test (the study day starts at 04:00 UTC)."""
    def learning(bank_id: str, qid: str, ago: timedelta) -> None:  # answered `ago` before noon, back 10 min later
        when = now - ago
        answer(p, CardKey(bank_id, qid), when, state(Stage.LEARNING, when + timedelta(minutes=10), when, 1))

    def review(bank_id: str, qid: str, ago: timedelta, due_in: timedelta) -> None:  # due `due_in` after noon
        when = now - ago
        answer(p, CardKey(bank_id, qid), when, state(Stage.REVIEW, now + due_in, when))

    hours, days = (lambda n: timedelta(hours=n)), (lambda n: timedelta(days=n))
    # sibs: started today, f00's context question (learning) and f01's dates one (its family waits).
    learning("sibs", "f00-context", hours(2))
    review("sibs", "f01-dates", hours(1), days(3))
    # Learning since yesterday, overdue; a sibling of f02-context answered today, so it waits.
    for topic in ("context", "demands"):
        learning("sibs", f"f02-{topic}", days(1))
    review("sibs", "f02-dates", timedelta(minutes=30), days(2))
    # Reviews due today, answered ten days ago; f04-dates answered today buries f04-context.
    for k in range(3, 9):
        review("sibs", f"f{k:02d}-context", days(10), hours(-k))
    review("sibs", "f04-dates", timedelta(minutes=20), days(5))
    # Late last night (before the 04:00 boundary): yesterday's, whatever the clock says today.
    review("sibs", "f09-context", timedelta(hours=8, minutes=30), days(4))
    # mini: three reviews due, two reviews already answered today (a limit of 2 is reached).
    for i, qid in enumerate(("q-quote", "q-choice", "q-tf", "q-typed", "q-date")):
        review("mini", qid, days(9), hours(-i - 1))
    for qid in ("q-typed", "q-date"):
        review("mini", qid, timedelta(minutes=5), days(7))
    # mini-b: two new questions started today (a new limit of 2 is reached), one of them learning.
    learning("mini-b", "q-choice", hours(3))
    review("mini-b", "q-order", hours(3), days(2))
    # mini-c: answered while the clock was two days ahead: not one of today's answers.
    review("mini-c", "q-tf", days(-2), hours(-1))
    # gone: answers today, then the bank is removed (its history stays in the database).
    for qid in ("q-quote", "q-tf", "q-flash"):
        learning("gone", qid, hours(1))


@pytest.fixture
def library_folder(dirs, now, tmp_path, mini_bank_path):
    """The banks installed and their history written, in a data folder the controller then opens."""
    with open_progress(dirs, now - timedelta(days=20), bundled=[]) as p:
        p.install_bank(load_bank(sibling_bank(tmp_path / "sibs", "sibs")), now - timedelta(days=20))
        p.install_bank(load_bank(mini_bank_path), now - timedelta(days=20))
        for bank_id in ("mini-b", "mini-c", "mini-d", "gone"):
            path = copy_of_mini(mini_bank_path, tmp_path / "copies", bank_id, f"Copy {bank_id}")
            p.install_bank(load_bank(path), now - timedelta(days=20))
        write_history(p, now)
        p.remove_bank("gone")
    return dirs


SETTINGS = (Settings(), Settings(new_per_day=2, reviews_per_day=2), Settings(new_per_day=25, reviews_per_day=3),
            Settings(new_order="bank", new_per_day=5), Settings(bury_siblings=False, new_per_day=7),
            Settings(new_per_day=0, reviews_per_day=0))


def test_left_today_is_each_banks_session_plan(qtbot, library_folder, clock):
    set_aside = {CardKey("mini-d", "q-choice"), CardKey("sibs", "f10-context")}
    current = {"settings": Settings()}
    controller = LibraryController(library_folder, clock, Background(), lambda: (4, clock.now.tzinfo),
                                   install_bundled=False, settings=lambda: current["settings"],
                                   excluded=lambda now: set(set_aside), writer=Writer())
    rows: list = []
    controller.rows_changed = lambda r: rows.__setitem__(slice(None), r)
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.open()
    seen = set()
    try:
        noon = clock.now
        # Noon; 03:59 the next morning (the same study day); 04:01 (the next one: today's answers are yesterday's).
        for moment in (noon, noon + timedelta(hours=15, minutes=59), noon + timedelta(hours=16, minutes=1)):
            clock.now = moment
            start, end = day_bounds(moment, 4, moment.tzinfo)
            for settings in SETTINGS:
                current["settings"] = settings
                with qtbot.waitSignal(controller.loaded, timeout=20000):
                    controller.refresh()
                shelf = controller.progress.bank_shelf()
                assert sorted(r.id for r in rows) == ["mini", "mini-b", "mini-c", "mini-d", "sibs"]
                for row in rows:
                    plan = plan_day(controller.progress, lambda k: marks(shelf.question(k)), [row.id], settings,
                                    start, end, shelf.has_question, set_aside)
                    counts = plan.counts
                    assert (row.new, row.learning, row.due) == (counts.new, counts.learning, counts.review), \
                        (row.id, moment, settings)
                    seen.add((row.id, moment, settings.new_per_day, settings.bury_siblings, counts, bool(plan.buried)))
    finally:
        controller.close()
    # The library above reaches what the counts decide: learning, reviews and new questions left;
    # siblings buried; the sibling bank's count changed by burying.
    counts = [c for *_, c, _ in seen]
    assert any(c.learning for c in counts) and any(c.review for c in counts) and any(c.new for c in counts)
    assert any(buried for *_, buried in seen)
    sibs = {(m, n, bury): c for b, m, n, bury, c, _ in seen if b == "sibs"}
    assert sibs[(noon, 7, False)] != sibs[(noon, 20, True)]
    assert sibs[(noon, 20, True)].new == 16  # 20 a day less the four started today: past the 40 read ahead


def test_a_bank_whose_questions_share_no_mark_is_counted_without_ordering_its_unseen_questions(dirs, now, tmp_path):
    """Issue 18: a bank none of whose questions shares a mark with another buries nothing, so
    `left_today` reads its unseen questions in no set order (`PlanReads.days(any_order=...)`) and counts
    them with no marks (`count_day(..., None)`); its counts are still the session's plan, with every mark,
    beside a bank of sibling families that is ordered and buried as before."""
    from studyapp.gui.library_controller import left_today
    from studyapp.storage.sibling_marks import SiblingMarks

    with open_progress(dirs, now - timedelta(days=20), bundled=[]) as p:
        # 45 lone questions (more than the new questions read ahead), and 12 sibling families.
        p.install_bank(load_bank(sibling_bank(tmp_path / "solo", "solo", families=0, loners=45)), now - timedelta(days=20))
        p.install_bank(load_bank(sibling_bank(tmp_path / "sibs", "sibs", families=12)), now - timedelta(days=20))
        # Today: two of solo's started (one learning, one a review), one due review from last week.
        answer(p, CardKey("solo", "f03-context"), now - timedelta(hours=2),
               state(Stage.LEARNING, now - timedelta(hours=1), now - timedelta(hours=2), 1))
        answer(p, CardKey("solo", "f07-dates"), now - timedelta(hours=1),
               state(Stage.REVIEW, now + timedelta(days=2), now - timedelta(hours=1)))
        answer(p, CardKey("solo", "f11-demands"), now - timedelta(days=7),
               state(Stage.REVIEW, now - timedelta(hours=3), now - timedelta(days=7)))
        answer(p, CardKey("sibs", "f00-context"), now - timedelta(hours=2),
               state(Stage.REVIEW, now + timedelta(days=2), now - timedelta(hours=2)))
        shelf = p.bank_shelf()
        siblings = SiblingMarks()
        assert siblings.bank_reader_if_any(shelf, "solo") is None
        assert siblings.bank_reader_if_any(shelf, "sibs") is not None
        start, end = day_bounds(now, 4, now.tzinfo)
        set_aside = {CardKey("solo", "f20-demands"), CardKey("sibs", "f01-dates")}
        for settings in (*SETTINGS, Settings(new_per_day=60), Settings(new_order="bank", new_per_day=50)):
            left = left_today(p, shelf, ["solo", "sibs"], settings, start, end, set(set_aside), siblings)
            for bank_id in ("solo", "sibs"):
                counts = plan_day(p, lambda k: marks(shelf.question(k)), [bank_id], settings, start, end,
                                  shelf.has_question, set_aside).counts
                assert left[bank_id] == counts, (bank_id, settings)
        assert left_today(p, shelf, ["solo"], Settings(new_per_day=60), start, end, set())["solo"].new == 42  # 45 less 3 answered


def test_the_first_view_is_counted_first_and_every_other_bank_just_after(qtbot, library_folder, clock):
    """Issue 18: opening counts only the banks the page shows first (`first_view` of them, in the list's
    order) before `loaded`; the others come with `counted=False` and are counted just after, for the same
    day, settings and set-aside questions. Every count, either way, is the session's plan of that bank,
    and the rows end equal to a whole refresh's."""
    set_aside = {CardKey("mini-d", "q-choice"), CardKey("sibs", "f10-context")}
    settings = Settings(new_per_day=5, reviews_per_day=3)
    controller = LibraryController(library_folder, clock, Background(), lambda: (4, clock.now.tzinfo),
                                   install_bundled=False, settings=lambda: settings,
                                   excluded=lambda now: set(set_aside), writer=Writer(), first_view=2)
    shown: list[list] = []
    controller.rows_changed = lambda r: shown.append(list(r))
    try:
        with qtbot.waitSignal(controller.counted, timeout=20000):
            with qtbot.waitSignal(controller.loaded, timeout=20000):
                controller.open()
            first = shown[-1]
        assert [r.counted for r in first] == [True, True, False, False, False]
        assert len(shown) == 2 and all(r.counted for r in shown[-1])
        assert [r.id for r in shown[-1]] == [r.id for r in first]
        assert shown[-1][:2] == first[:2]  # the first view's rows as they were shown
        shelf = controller.progress.bank_shelf()
        start, end = day_bounds(clock.now, 4, clock.now.tzinfo)
        for row in shown[-1]:
            counts = plan_day(controller.progress, lambda k: marks(shelf.question(k)), [row.id], settings,
                              start, end, shelf.has_question, set_aside).counts
            assert (row.new, row.learning, row.due) == (counts.new, counts.learning, counts.review), row.id
        assert any(row.new or row.due or row.learning for row in shown[-1][2:])
        counted = shown[-1]
        with qtbot.waitSignal(controller.loaded, timeout=20000):
            controller.refresh()
        assert shown[-1] == counted and controller.data.rows == counted
    finally:
        controller.close()


def test_closing_before_the_other_banks_are_counted_reports_nothing(qtbot, library_folder, clock):
    """The window may go while the banks below the first view are still being counted: the count
    finds the store closed (or stops on it) and nothing is reported or drawn."""
    runner = Background()
    controller = LibraryController(library_folder, clock, runner, lambda: (4, clock.now.tzinfo),
                                   install_bundled=False, writer=Writer(), first_view=1)
    failures: list = []
    controller.failed.connect(failures.append)
    shown: list = []
    controller.rows_changed = shown.append
    with qtbot.waitSignal(controller.loaded, timeout=20000):
        controller.open()
    controller.close()  # right after the page showed: the count of the others is queued or running
    controller.counter.wait()
    qtbot.waitUntil(lambda: not controller.counter.busy, timeout=20000)
    assert failures == [] and len(shown) == 1
