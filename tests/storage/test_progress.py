"""The progress store through a real SQLite file: installing and updating banks, reviews, counts."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import sqlite3

import pytest

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import CardState, Rating, Scheduler, Stage
from studyapp.errors import BankVersionError, StorageError, StudyAppError
from studyapp.settings import Settings
from studyapp.storage.progress import Progress, open_progress
from tests.helpers.sqlite_files import readable
from tests.storage.conftest import make_variant

MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def review(progress: Progress, key: CardKey, rating: Rating, now, **extra) -> int:
    before = progress.card_state(key)
    after, _ = Scheduler(Settings(), fuzz=False).review(before, rating, now)
    return progress.record_review(ReviewRecord(key, now, rating, before, after, **extra))


def test_install_adds_every_question_as_new(progress, mini_bank_path, now, dirs):
    report = progress.install_bank(load_bank(mini_bank_path), now)
    assert report.status == "installed" and report.added == MINI_IDS
    [bank] = progress.banks()
    assert (bank.id, bank.version, bank.questions) == ("mini", 1, 8)
    # The bank and its article are copied so the app can load them again after the original moves.
    assert bank.stored_path == (dirs.banks / "mini" / "v1" / "mini.toml").resolve()
    assert (dirs.banks / "mini" / "v1" / "sources" / "mini.txt").is_file()
    loaded, problems = progress.load_banks()
    assert problems == [] and loaded["mini"].bank == load_bank(mini_bank_path).bank
    assert [c.key.question_id for c in progress.new_cards(["mini"], 100)] == list(MINI_IDS)


def test_same_version_is_a_no_op(mini_installed, mini_bank_path, now):
    key = CardKey("mini", "q-quote")
    review(mini_installed, key, Rating.GOOD, now)
    report = mini_installed.install_bank(load_bank(mini_bank_path), now + timedelta(days=1))
    assert report.status == "unchanged" and report.added == () and report.ignored == ()
    assert mini_installed.card_state(key).reps == 1


def test_same_version_with_other_content_names_what_was_not_applied(mini_installed, mini_bank_path, now, tmp_path):
    """A teacher who edits a bank but forgets to raise its version is told, not silently ignored."""
    edited = make_variant(mini_bank_path, tmp_path / "same", 1, replace={"The mayor promised the bridge.": "Reworded."},
                          drop=("q-flash",))
    report = mini_installed.install_bank(load_bank(edited), now)
    assert report.status == "unchanged"
    assert report.ignored == ("q-flash", "q-quote")
    assert {k.question_id for k in mini_installed.questions(["mini"])} >= {"q-flash"}  # nothing applied


def test_update_keeps_progress_flags_changed_and_retires_removed(mini_installed, mini_bank_path, now, tmp_path):
    p = mini_installed
    for qid in ("q-quote", "q-choice", "q-flash"):
        review(p, CardKey("mini", qid), Rating.GOOD, now)
    before_choice = p.card_state(CardKey("mini", "q-choice"))
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2,
                      replace={'explanation = "She is introduced as the mayor."': 'explanation = "She is the mayor."',
                               'id = "q-tf"': 'id = "q-tf2"'},
                      drop=("q-flash",))
    report = p.install_bank(load_bank(v2), now + timedelta(hours=1))
    assert report.status == "updated" and report.previous_version == 1
    assert report.added == ("q-tf2",)
    assert report.changed == ("q-choice",)
    assert report.retired == ("q-flash", "q-tf")
    assert set(report.unchanged) == {"q-quote", "q-typed", "q-date", "q-order", "q-match"}
    # Progress of unchanged and changed questions is kept; retired questions keep their history.
    assert p.card_state(CardKey("mini", "q-quote")).reps == 1
    assert p.card_state(CardKey("mini", "q-choice")) == before_choice
    assert len(p.reviews(CardKey("mini", "q-flash"))) == 1
    assert CardKey("mini", "q-flash") not in p.questions(["mini"])
    assert CardKey("mini", "q-tf2") in p.questions(["mini"])
    assert p.banks()[0].questions == 7
    # A question that comes back in a later version is live again, with its history.
    v3 = make_variant(mini_bank_path, tmp_path / "v3", 3)
    report = p.install_bank(load_bank(v3), now + timedelta(hours=2))
    assert "q-flash" in report.added and "q-tf2" in report.retired
    assert CardKey("mini", "q-flash") in p.questions(["mini"])
    assert p.card_state(CardKey("mini", "q-flash")).reps == 1


def test_changed_flag_clears_on_the_next_review(mini_installed, mini_bank_path, now, tmp_path):
    from sqlmodel import Session, select
    from studyapp.storage.tables import QuestionRow

    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2,
                      replace={'explanation = "She is introduced as the mayor."': 'explanation = "Mayor."'})
    mini_installed.install_bank(load_bank(v2), now)

    def changed():
        with Session(mini_installed.engine) as s:
            return s.exec(select(QuestionRow.changed).where(QuestionRow.question_id == "q-choice")).one()
    assert changed() is True
    review(mini_installed, CardKey("mini", "q-choice"), Rating.GOOD, now)
    assert changed() is False


def test_older_version_is_refused(mini_installed, mini_bank_path, now, tmp_path):
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2)
    mini_installed.install_bank(load_bank(v2), now)
    with pytest.raises(BankVersionError, match=r"mini.toml: bank 'mini' is version 1, but version 2 is already"):
        mini_installed.install_bank(load_bank(mini_bank_path), now)
    assert isinstance(BankVersionError("x"), StudyAppError)
    assert mini_installed.banks()[0].version == 2


def test_install_is_all_or_nothing(mini_installed, mini_bank_path, now, tmp_path, monkeypatch):
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, drop=("q-flash",))
    from studyapp.storage import progress as progress_module

    real_sync = progress_module.Progress._sync_questions

    def sync_then_fail(self, *args):
        real_sync(self, *args)
        raise RuntimeError("power cut mid-install")
    monkeypatch.setattr(progress_module.Progress, "_sync_questions", sync_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        mini_installed.install_bank(load_bank(v2), now)
    assert mini_installed.banks()[0].version == 1
    assert CardKey("mini", "q-flash") in mini_installed.questions(["mini"])
    assert not [p for p in mini_installed.banks_dir.iterdir() if p.name.startswith(".")]


def test_remove_keeps_history_unless_purged(mini_installed, mini_bank_path, now, dirs):
    key = CardKey("mini", "q-quote")
    review(mini_installed, key, Rating.GOOD, now)
    mini_installed.remove_bank("mini")
    assert mini_installed.banks() == [] and not (dirs.banks / "mini").exists()
    assert mini_installed.review_count() == 1
    # Reinstalling brings the progress back.
    report = mini_installed.install_bank(load_bank(mini_bank_path), now)
    assert report.status == "updated" and mini_installed.card_state(key).reps == 1
    mini_installed.remove_bank("mini", purge=True)
    assert mini_installed.review_count() == 0 and mini_installed.banks() == []
    with pytest.raises(StudyAppError, match="no bank 'mini'") as err:
        mini_installed.remove_bank("mini")
    assert "`studyapp banks` lists the installed banks" in str(err.value)


def test_record_and_undo_review(mini_installed, now):
    key = CardKey("mini", "q-typed")
    rid = review(mini_installed, key, Rating.AGAIN, now, answer="brige", correct=False, score=0.0, duration_ms=4200)
    state = mini_installed.card_state(key)
    assert state.stage == Stage.LEARNING and state.due == now + timedelta(minutes=1)
    [rec] = mini_installed.reviews(key)
    assert (rec.answer, rec.correct, rec.duration_ms, rec.rating) == ("brige", False, 4200, Rating.AGAIN)
    assert rec.before == CardState() and rec.after == state
    rid2 = review(mini_installed, key, Rating.GOOD, now + timedelta(minutes=1))
    with pytest.raises(StorageError, match="latest"):
        mini_installed.undo_review(rid)
    assert mini_installed.undo_review(rid2) == state
    assert mini_installed.card_state(key) == state
    assert mini_installed.undo_review(rid) == CardState()
    assert mini_installed.card_state(key) == CardState() and mini_installed.reviews(key) == []


def test_queue_queries(mini_installed, now):
    p = mini_installed
    review(p, CardKey("mini", "q-quote"), Rating.AGAIN, now)  # learning, due in 1m
    review(p, CardKey("mini", "q-choice"), Rating.EASY, now)  # review, due in 8 days
    assert [c.key.question_id for c in p.learning_cards(["mini"], now)] == []
    assert [c.key.question_id for c in p.learning_cards(["mini"], now + timedelta(minutes=1))] == ["q-quote"]
    assert p.due_reviews(["mini"], now + timedelta(days=7), 10) == []
    assert [c.key.question_id for c in p.due_reviews(["mini"], now + timedelta(days=9), 10)] == ["q-choice"]
    assert len(p.new_cards(["mini"], 100)) == 6 and len(p.new_cards(["mini"], 2)) == 2
    assert p.next_due(["mini"], now) == now + timedelta(minutes=1)
    assert p.count_reviews_since(["mini"], now) == 2
    assert p.count_reviews_since(["mini"], now, [Stage.NEW]) == 2
    assert p.count_reviews_since(["mini"], now, [Stage.REVIEW]) == 0
    assert p.count_reviews_since(["other"], now) == 0


def test_queue_and_count_queries_use_indexes(mini_installed, now):
    """Every statement the queue and the counts run reads card and review through an index
    (the benchmark has 100k cards and 1M reviews); no plain table scans."""
    from sqlalchemy import event

    p = mini_installed
    review(p, CardKey("mini", "q-quote"), Rating.AGAIN, now)
    statements = []

    @event.listens_for(p.engine, "before_cursor_execute")
    def capture(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    day_end = now + timedelta(hours=16)
    p.due_reviews(["mini"], day_end, 200)
    p.new_cards(["mini"], 20)
    p.learning_cards(["mini"], day_end)
    p.next_due(["mini"], now)
    p.count_reviews_since(["mini"], now - timedelta(hours=8), [Stage.NEW])
    p.card_state(CardKey("mini", "q-quote"))
    p.counts(now - timedelta(hours=8), day_end, now)
    event.remove(p.engine, "before_cursor_execute", capture)
    assert len(statements) >= 10
    with p.engine.connect() as conn:
        for statement, params in statements:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
            for step in plan:
                if any(f" {t} " in f"{step} " for t in ("card", "review")):
                    assert "INDEX" in step or "PRIMARY KEY" in step, (statement, plan)
            if "FROM card" in statement and "ORDER BY" in statement and "question IN" not in statement \
                    and "IN (" not in statement:
                assert not any("TEMP B-TREE" in step for step in plan), (statement, plan)  # walks, no sort


def test_counts_and_retention(mini_installed, now):
    p = mini_installed
    review(p, CardKey("mini", "q-quote"), Rating.AGAIN, now)
    review(p, CardKey("mini", "q-choice"), Rating.EASY, now - timedelta(days=40))
    review(p, CardKey("mini", "q-tf"), Rating.EASY, now - timedelta(days=40))
    # Both review cards come due; one remembered, one forgotten (a lapse).
    review(p, CardKey("mini", "q-choice"), Rating.GOOD, now - timedelta(days=20))
    review(p, CardKey("mini", "q-tf"), Rating.AGAIN, now - timedelta(days=20))
    start, end = now - timedelta(hours=8), now + timedelta(hours=16)
    [c] = p.counts(start, end, now)
    assert (c.total, c.new, c.learning) == (8, 5, 2)  # q-quote learning, q-tf relearning
    assert c.review == 1 and c.reviews_today == 1 and c.new_today == 1
    assert c.retention_30d == 0.5 and c.reviews_30d == 2
    assert c.due_today == 0


def test_open_progress_installs_bundled_banks_once(dirs, now, mini_bank_path):
    p = open_progress(dirs, now, bundled=[mini_bank_path])
    try:
        assert [b.id for b in p.banks()] == ["mini"] and p.banks()[0].bundled
        p.remove_bank("mini")
    finally:
        p.close()
    p = open_progress(dirs, now, bundled=[mini_bank_path])  # a removed bundled bank stays removed
    try:
        assert p.banks() == [] and p.sync_problems == []
    finally:
        p.close()


def test_open_progress_reports_a_broken_bundled_bank(dirs, now, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[bank\n", encoding="utf-8")
    p = open_progress(dirs, now, bundled=[bad])
    try:
        assert p.banks() == [] and len(p.sync_problems) == 1 and "bad.toml:1" in p.sync_problems[0]
    finally:
        p.close()


def test_open_progress_installs_the_real_bundled_banks(dirs, now):
    from studyapp.paths import bundled_banks

    p = open_progress(dirs, now)
    try:
        assert p.sync_problems == []
        assert {b.id for b in p.banks()} == {load_bank(path).id for path in bundled_banks()}
    finally:
        p.close()


def test_exam_rows(mini_installed, now):
    p = mini_installed
    eid = p.start_exam(["mini"], 3, now)
    p.record_exam_answer(eid, CardKey("mini", "q-quote"), now, "Alice Smith", True, 1.0, 1000)
    p.record_exam_answer(eid, CardKey("mini", "q-order"), now, "…", False, 0.5, 2000)
    result = p.finish_exam(eid, now + timedelta(minutes=5))
    assert (result.size, result.answered, result.correct) == (3, 2, 1)
    assert result.score == pytest.approx(0.5)
    assert p.exams()[0].exam_id == eid
    assert p.review_count() == 0  # exams never touch the review log


def test_queries_scale_to_many_banks(dirs, mini_bank_path, now, tmp_path):
    """Per-bank statements are batched within SQLite's limits (500 terms in a compound SELECT:
    170 banks x 3 stages is over it)."""
    import shutil

    from studyapp.storage.database import open_database

    progress = Progress(open_database(dirs.database, dirs.backups, now))  # no copies, no backups: fast
    try:
        shutil.copytree(mini_bank_path.parent / "sources", tmp_path / "sources")
        text = mini_bank_path.read_text(encoding="utf-8")
        ids = [f"mini-{n}" for n in range(170)]
        for bank_id in ids:
            path = tmp_path / f"{bank_id}.toml"
            path.write_text(text.replace('id = "mini"', f'id = "{bank_id}"', 1), encoding="utf-8")
            progress.install_bank(load_bank(path), now)
        review(progress, CardKey("mini-169", "q-quote"), Rating.AGAIN, now)
        assert progress.next_due(ids, now) == now + timedelta(minutes=1)
        assert [c.key for c in progress.new_cards(ids, 3)] == [CardKey("mini-0", q) for q in MINI_IDS[:3]]
        assert [c.key for c in progress.learning_cards(ids, now + timedelta(minutes=1))] == \
            [CardKey("mini-169", "q-quote")]
    finally:
        progress.close()


def test_an_update_points_at_its_own_copy_and_prunes_the_old_one(progress, mini_bank_path, now, dirs, tmp_path):
    progress.install_bank(load_bank(mini_bank_path), now)
    progress.install_bank(load_bank(make_variant(mini_bank_path, tmp_path / "v2", 2)), now)
    [bank] = progress.banks()
    assert bank.stored_path == (dirs.banks / "mini" / "v2" / "mini.toml").resolve()
    assert sorted(p.name for p in (dirs.banks / "mini").iterdir()) == ["v2"]
    assert progress.load_banks()[0]["mini"].bank.bank.version == 2


def test_a_failed_commit_leaves_the_old_copy_in_use(progress, mini_bank_path, now, dirs, tmp_path, monkeypatch):
    """The new version's copy is placed before the commit; when the commit fails the database still
    points at the old version's complete copy, and the new folder is removed."""
    progress.install_bank(load_bank(mini_bank_path), now)

    def fail(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(Progress, "_sync_questions", fail)
    with pytest.raises(RuntimeError):
        progress.install_bank(load_bank(make_variant(mini_bank_path, tmp_path / "v2", 2)), now)
    [bank] = progress.banks()
    assert bank.version == 1 and bank.stored_path == (dirs.banks / "mini" / "v1" / "mini.toml").resolve()
    assert progress.load_banks()[0]["mini"].bank.bank.version == 1
    assert not (dirs.banks / "mini" / "v2").exists()


def test_a_batch_of_imports_is_preceded_by_one_backup(mini_installed, mini_bank_path, tmp_path, dirs, now):
    from studyapp.storage.backups import list_backups

    variants = []
    for n, bank_id in enumerate(("other", "third")):
        path = make_variant(mini_bank_path, tmp_path / bank_id, 1)
        path.write_text(path.read_text(encoding="utf-8").replace('id = "mini"', f'id = "{bank_id}"', 1),
                        encoding="utf-8")
        variants.append(load_bank(path))
    reports = mini_installed.install_banks([load_bank(mini_bank_path), *variants], now)
    assert [r.status for r in reports] == ["unchanged", "installed", "installed"]
    [backup] = list_backups(dirs.backups)  # one copy, from before the batch: only mini in it
    with readable(backup.path) as plain:
        conn = sqlite3.connect(plain)
        try:
            assert conn.execute("SELECT id FROM bank").fetchall() == [("mini",)]
        finally:
            conn.close()
    # Outside a batch every import that changes something is preceded by its own copy again.
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2, drop=("q-flash",))
    mini_installed.install_bank(load_bank(v2), now + timedelta(hours=1))
    assert len(list_backups(dirs.backups)) == 2


def test_a_batch_into_an_empty_library_makes_no_copy(progress, mini_bank_path, tmp_path, dirs, now):
    from studyapp.storage.backups import list_backups

    other = make_variant(mini_bank_path, tmp_path / "other", 1)
    other.write_text(other.read_text(encoding="utf-8").replace('id = "mini"', 'id = "other"', 1), encoding="utf-8")
    with progress.import_batch():
        progress.install_bank(load_bank(mini_bank_path), now)
        progress.install_bank(load_bank(other), now)
    assert list_backups(dirs.backups) == []
    assert sorted(b.id for b in progress.banks()) == ["mini", "other"]


def test_last_reviewed_per_bank_in_one_query(mini_installed, geneva_bank_path, now, dirs):
    p = mini_installed
    geneva = p.install_bank(load_bank(geneva_bank_path), now).bank_id
    assert p.last_reviewed(["mini", geneva]) == {"mini": None, geneva: None}
    review(p, CardKey("mini", "q-quote"), Rating.GOOD, now + timedelta(hours=1))
    latest = review(p, CardKey("mini", "q-choice"), Rating.AGAIN, now + timedelta(hours=3))
    review(p, CardKey("mini", "q-quote"), Rating.GOOD, now + timedelta(hours=2))
    assert p.last_reviewed(["mini", geneva, "gone"]) == {
        "mini": now + timedelta(hours=3), geneva: None, "gone": None}
    p.undo_review(latest)
    assert p.last_reviewed(["mini"]) == {"mini": now + timedelta(hours=2)}
    assert p.last_reviewed([]) == {}
    # History outlives removal: a bank removed and reinstalled still shows when it was studied.
    p.remove_bank("mini")
    assert p.last_reviewed(["mini"]) == {"mini": now + timedelta(hours=2)}


def test_last_reviewed_is_served_by_indexes(mini_installed, dirs):
    """Each question's latest review is one seek in ix_review_question; the review log is never scanned."""
    from studyapp.storage.progress import _LAST_REVIEWED

    with sqlite3.connect(dirs.database) as conn:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + _LAST_REVIEWED.format("?, ?"), ("a", "b"))]
    assert any(step.startswith("SEARCH question USING COVERING INDEX") for step in plan), plan
    assert "SEARCH review USING COVERING INDEX ix_review_question (question=?)" in plan, plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_counts_without_the_review_log_keep_the_cards_numbers(mini_installed, now):
    """The library shows only the cards' numbers: `reviews=False` leaves today's reviews and the
    month's retention out (unread) and every other number as `counts` gives it."""
    p = mini_installed
    review(p, CardKey("mini", "q-quote"), Rating.AGAIN, now)
    review(p, CardKey("mini", "q-choice"), Rating.EASY, now - timedelta(days=20))
    start, end = now - timedelta(hours=8), now + timedelta(hours=16)
    [full] = p.counts(start, end, now)
    [cards] = p.counts(start, end, now, reviews=False)
    assert full.reviews_today == 1 and full.reviews_30d == 0 and full.new_today == 1
    assert (cards.reviews_today, cards.new_today, cards.retention_30d, cards.reviews_30d) == (0, 0, None, 0)
    assert cards == dataclasses.replace(full, reviews_today=0, new_today=0, retention_30d=None, reviews_30d=0)
