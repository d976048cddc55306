"""The day plan's two reads on a real database: today's reviewed questions and new ones by topic."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import CardState, Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress


def test_new_cards_by_topic_and_reviewed_since(data_dir, now, mini_bank_path):
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        p.install_bank(load_bank(mini_bank_path), now)
        by_topic = p.new_cards_by_topic(["mini"], 1)
        assert [(c.key.question_id, t) for c, t in by_topic] == \
            [("q-quote", "who-said-what"), ("q-choice", "context"), ("q-date", "dates"), ("q-match", "demands")]
        assert len(p.new_cards_by_topic(["mini"], 10)) == 8 and p.new_cards_by_topic(["mini"], 0) == []
        key = CardKey("mini", "q-choice")
        after, _ = Scheduler(fuzz=False).review(CardState(), Rating.GOOD, now - timedelta(days=1))
        p.record_review(ReviewRecord(key, now - timedelta(days=1), Rating.GOOD, CardState(), after))
        assert p.reviewed_since(["mini"], now - timedelta(days=2)) == {key}
        assert p.reviewed_since(["mini"], now) == set()
        assert "q-choice" not in [c.key.question_id for c, _ in p.new_cards_by_topic(["mini"], 10)]


def test_an_answer_dated_after_the_days_end_is_not_one_of_todays(data_dir, now, mini_bank_path):
    """An answer made while the clock was a year ahead is not 'reviewed today' once the clock is right:
    its siblings are not buried and a learning question is not taken for one of today's."""
    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        p.install_bank(load_bank(mini_bank_path), now)
        today, future = CardKey("mini", "q-choice"), CardKey("mini", "q-tf")
        for key, when in ((today, now), (future, now + timedelta(days=365))):
            after, _ = Scheduler(fuzz=False).review(CardState(), Rating.GOOD, when)
            p.record_review(ReviewRecord(key, when, Rating.GOOD, CardState(), after))
        start, end = now - timedelta(hours=1), now + timedelta(hours=11)
        assert p.reviewed_since(["mini"], start, end) == {today}
        assert p.reviewed_since(["mini"], start) == {today, future}  # unbounded: every later answer


def _history(p, now, bank_ids):
    """Answers on earlier days, today and after the day's end, leaving new, learning and review
    questions in each bank (the last bank stays unseen)."""
    from studyapp.core.scheduling import Stage

    for b, bank_id in enumerate(bank_ids[:-1]):
        for j, key in enumerate(p.questions([bank_id])):
            kind = (j + b) % 6
            if kind == 0:  # a review due today, last answered days ago; more overdue further down
                when, before = now - timedelta(days=12), CardState()
                after = CardState(stage=Stage.REVIEW, stability=3.0, difficulty=5.0, due=now - timedelta(hours=j),
                                  last_review=when, reps=2)
            elif kind == 1:  # started today, learning again within the hour
                when, before = now - timedelta(hours=1), CardState()
                after = CardState(stage=Stage.LEARNING, step=1, stability=1.0, difficulty=5.0,
                                  due=now + timedelta(hours=1), last_review=when, reps=1)
            elif kind == 2:  # learning since yesterday, overdue
                when, before = now - timedelta(days=1), CardState()
                after = CardState(stage=Stage.LEARNING, step=0, stability=1.0, difficulty=5.0,
                                  due=now - timedelta(hours=20), last_review=when, reps=1)
            elif kind == 3:  # a review answered today, next due in days
                when = now - timedelta(minutes=30)
                before = CardState(stage=Stage.REVIEW, stability=3.0, difficulty=5.0, due=when, reps=2)
                after = CardState(stage=Stage.REVIEW, stability=9.0, difficulty=5.0, due=now + timedelta(days=6),
                                  last_review=when, reps=3)
            elif kind == 4 and b == 0:  # answered while the clock was ahead: not one of today's
                when, before = now + timedelta(days=3), CardState()
                after = CardState(stage=Stage.REVIEW, stability=3.0, difficulty=5.0, due=now - timedelta(hours=3),
                                  last_review=when, reps=1)
            else:
                continue
            p.record_review(ReviewRecord(key, when, Rating.GOOD, before, after))


# Tight and default limits, both new orders, siblings buried or not, nothing allowed.
_SETTINGS_TRIED = (Settings(), Settings(new_per_day=2, reviews_per_day=1), Settings(new_per_day=1),
                   Settings(new_order="bank", new_per_day=3, reviews_per_day=2),
                   Settings(bury_siblings=False, new_per_day=4), Settings(new_per_day=0, reviews_per_day=0))


def _install_five_banks(p, now, tmp_path, mini_bank_path, geneva_bank_path) -> list[str]:
    """mini, the Geneva bank and three copies of mini under other ids; their ids."""
    from tests.helpers.bank_copies import copy_of_mini

    bank_ids = ["mini", "geneva-talks-2022", "mini-b", "mini-c", "mini-d"]
    p.install_bank(load_bank(mini_bank_path), now)
    p.install_bank(load_bank(geneva_bank_path), now)
    for bank_id in bank_ids[2:]:
        p.install_bank(load_bank(copy_of_mini(mini_bank_path, tmp_path / "copies", bank_id, bank_id)), now)
    return bank_ids


def test_plan_reads_give_every_bank_the_plan_its_own_reads_give(data_dir, now, tmp_path, mini_bank_path,
                                                                  geneva_bank_path):
    """The library plans all banks from reads made once for every bank (`PlanReads`); each bank's
    plan (and so its "Left today") must be the one a session of that bank gets from `Progress`:
    same learning, reviews, new questions in the same order, same siblings buried, under tight and
    default limits, both new orders, with a question set aside, and answers after the day's end."""
    from studyapp.core.day_plan import SPARE, plan_day
    from studyapp.core.siblings import marks

    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        bank_ids = _install_five_banks(p, now, tmp_path, mini_bank_path, geneva_bank_path)
        installed = [b for b in bank_ids if p.questions([b])]
        assert len(installed) == 5, installed
        _history(p, now, installed)
        shelf = p.bank_shelf()
        set_aside = p.questions(["mini-b"])[1]

        def known(key: CardKey) -> bool:
            return key != set_aside and shelf.has_question(key)

        start, end = now - timedelta(hours=8), now + timedelta(hours=16)
        seen = set()
        for settings in _SETTINGS_TRIED:
            reads = p.plan_reads(installed, start, end, settings.reviews_per_day, settings.new_per_day, SPARE,
                                 settings.new_order)
            for b in installed:
                def plan(store):
                    return plan_day(store, lambda k: marks(shelf.question(k)), [b], settings, start, end, known)

                mine, theirs = plan(reads), plan(p)
                assert (mine.learning, mine.reviews, mine.news, mine.reviewed, mine.buried) == \
                    (theirs.learning, theirs.reviews, theirs.news, theirs.reviewed, theirs.buried), (b, settings)
                seen.add((b, mine.counts))
        # The data covers what the plan decides: every kind left somewhere, siblings buried, limits hit.
        assert any(c.learning for _, c in seen) and any(c.review for _, c in seen) and any(c.new for _, c in seen)
        assert len({c for _, c in seen}) > 5


def test_days_count_every_bank_as_its_own_plan(data_dir, now, tmp_path, mini_bank_path, geneva_bank_path):
    """`PlanReads.days` reads keys only, in the plan's orders; counted by `count_day` (with every mark
    or only the marks shared within the bank) each bank's day is `plan_day`'s over `Progress`, and the
    unseen questions read ahead are the start of the round robin the store's reads give."""
    from studyapp.core.day_plan import SPARE, count_day, mixed, plan_day
    from studyapp.core.siblings import marks
    from studyapp.storage.sibling_marks import shared_within

    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        bank_ids = _install_five_banks(p, now, tmp_path, mini_bank_path, geneva_bank_path)
        _history(p, now, bank_ids)
        shelf = p.bank_shelf()
        set_aside = p.questions(["mini-b"])[1]
        shared = {b: shared_within({k.question_id: marks(shelf.question(k)) for k in p.questions([b])})
                  for b in bank_ids}

        def known(key: CardKey) -> bool:
            return key != set_aside and shelf.has_question(key)

        def every(k):
            return marks(shelf.question(k))

        start, end = now - timedelta(hours=8), now + timedelta(hours=16)
        decided = []
        for settings in _SETTINGS_TRIED:
            reads = p.plan_reads(bank_ids, start, end, settings.reviews_per_day, settings.new_per_day, SPARE,
                                 settings.new_order)
            days, whole = reads.days(), reads.days(bank_ids[1:3], whole_new=True)
            assert set(whole) == set(bank_ids[1:3]) and all(d.new_complete for d in whole.values())
            for b in bank_ids:
                expected = plan_day(p, every, [b], settings, start, end, known).counts
                for day in (days[b], whole.get(b, days[b])):
                    for marks_of in (every, lambda k: shared[k.bank_id].get(k.question_id, frozenset())):
                        counted = count_day(day, marks_of, settings, known)
                        assert counted in (expected, None), (b, settings)
                        decided.append(counted is not None)
                if settings.new_order == "mixed":
                    store_order = [c.key for c in mixed(p.new_cards_by_topic([b], 10**6))]
                    assert list(days[b].new) == store_order[:len(days[b].new)]
                    assert b not in whole or list(whole[b].new) == store_order
                else:
                    assert list(days[b].new) == [c.key for c in p.new_cards([b], len(days[b].new))]
                assert list(days[b].due) == [c.key for c in p.due_reviews([b], end, len(days[b].due))]
        assert all(decided)  # at most eight questions a bank: nothing was cut short here


def test_days_by_question_id_count_as_the_days_by_key(data_dir, now, tmp_path, mini_bank_path, geneva_bank_path):
    """Issue 18: the library counts each bank by its question ids (`days(by_id=True)`, the marks by id from
    `SiblingMarks.bank_reader`): the same keys in the same orders, so the same counts as by `CardKey`."""
    from studyapp.core.day_plan import SPARE, count_day
    from studyapp.storage.sibling_marks import SiblingMarks

    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        bank_ids = _install_five_banks(p, now, tmp_path, mini_bank_path, geneva_bank_path)
        _history(p, now, bank_ids)
        shelf = p.bank_shelf()
        set_aside = p.questions(["mini-b"])[1]
        siblings = SiblingMarks()
        by_key = siblings.shared_reader(shelf)
        start, end = now - timedelta(hours=8), now + timedelta(hours=16)
        for settings in _SETTINGS_TRIED:
            reads = p.plan_reads(bank_ids, start, end, settings.reviews_per_day, settings.new_per_day, SPARE,
                                 settings.new_order)
            for whole, banks in ((False, None), (True, bank_ids[1:3])):
                keyed, plain = reads.days(banks, whole_new=whole), reads.days(banks, whole_new=whole, by_id=True)
                assert keyed.keys() == plain.keys()
                for b, day in keyed.items():
                    ids = plain[b]
                    assert [k.question_id for k in day.new] == list(ids.new)
                    assert [k.question_id for k in day.due] == list(ids.due)
                    assert [k.question_id for k in day.learning] == list(ids.learning)
                    assert sorted(k.question_id for k in day.reviewed) == sorted(ids.reviewed)
                    assert (day.new_complete, day.reviews_done, day.new_done) == \
                        (ids.new_complete, ids.reviews_done, ids.new_done)
                    here = set(shelf.question_ids(b)) - ({set_aside.question_id} if b == set_aside.bank_id else set())
                    assert count_day(ids, siblings.bank_reader(shelf, b), settings, here.__contains__) == \
                        count_day(day, by_key, settings, lambda k: k != set_aside and shelf.has_question(k)), (b, settings)


def test_days_in_any_order_give_every_unseen_question_of_those_banks(data_dir, now, tmp_path, mini_bank_path,
                                                                     geneva_bank_path):
    """Issue 18: `days(any_order=...)` gives those banks all their unseen questions (complete, in no set
    order) and every other bank exactly what `days()` gives it, read alone or with the others."""
    from studyapp.core.day_plan import SPARE

    with open_progress(AppDirs.under(data_dir), now, bundled=[]) as p:
        bank_ids = _install_five_banks(p, now, tmp_path, mini_bank_path, geneva_bank_path)
        _history(p, now, bank_ids)
        start, end = now - timedelta(hours=8), now + timedelta(hours=16)
        for settings in _SETTINGS_TRIED:
            reads = p.plan_reads(bank_ids, start, end, settings.reviews_per_day, settings.new_per_day, SPARE,
                                 settings.new_order)
            plain = reads.days(by_id=True)
            for loose in (bank_ids, bank_ids[1:3], ["mini"]):
                for banks in (None, loose):
                    days = reads.days(banks, by_id=True, any_order=loose)
                    assert set(days) == set(banks or bank_ids)
                    for b, day in days.items():
                        if b in loose:
                            unseen = {c.key.question_id for c in p.new_cards([b], 10**6)}
                            assert sorted(day.new) == sorted(unseen) and day.new_complete, (b, settings)
                            assert (day.due, day.learning, day.reviews_done, day.new_done) == \
                                (plain[b].due, plain[b].learning, plain[b].reviews_done, plain[b].new_done)
                        else:
                            assert day == plain[b], (b, settings)
