"""The review log as narrow typed columns (schema v5): the state after kept once, the state before
derived, times in milliseconds; the v4 -> v5 migration keeps every review."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.card import CardState, Rating
from studyapp.core.records import CardKey
from studyapp.core.scheduling import Scheduler
from studyapp.core.utc_text import parse_utc
from studyapp.settings import Settings
from studyapp.storage import review_log
from studyapp.storage.progress import Progress
from tests.helpers.reviews import answer

V4 = Path(__file__).resolve().parent.parent / "data" / "schema-v4.sqlite3"
QUOTE = CardKey("mini", "q-quote")


@pytest.fixture
def v4_copy(tmp_path) -> Path:
    target = tmp_path / "data" / "progress.sqlite3"
    target.parent.mkdir()
    shutil.copy(V4, target)
    return target


def _old_rows(path: Path) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT reviewed_at, state_before, state_after, answer FROM review ORDER BY id").fetchall()
    finally:
        db.close()


def test_migrating_v4_keeps_every_review_with_its_states_and_times(v4_copy, tmp_path, now):
    old = _old_rows(v4_copy)
    with Progress.open(v4_copy, tmp_path / "backups", now) as progress:
        got = progress.reviews(QUOTE)
        assert [(r.reviewed_at, r.before, r.after, r.answer) for r in got] == [
            (parse_utc(at), CardState.from_json(before), CardState.from_json(after), text)
            for at, before, after, text in old]
        assert got[1].reviewed_at.microsecond == 250_000  # milliseconds survive
        assert progress.card_state(QUOTE) == got[-1].after
    db = sqlite3.connect(v4_copy)
    try:
        columns = {r[1] for r in db.execute("PRAGMA table_info(review)")}
        assert not columns & {"state_before", "state_after"}
        assert {type(v) for (v,) in db.execute("SELECT reviewed_at FROM review")} == {int}
        assert db.execute("SELECT count(*) FROM review WHERE last_review IS NOT NULL").fetchone()[0] == 0
    finally:
        db.close()


def test_undo_on_a_migrated_file_restores_the_previous_answers_state(v4_copy, tmp_path, now):
    first_after = CardState.from_json(_old_rows(v4_copy)[0][2])
    with Progress.open(v4_copy, tmp_path / "backups", now) as progress:
        [first, second] = [r for r in progress.reviews(QUOTE)]
        assert progress.undo_review(2) == first_after == first.after
        assert progress.card_state(QUOTE) == first_after
        assert progress.undo_review(1) == CardState()
        assert progress.card_state(QUOTE) == CardState() and progress.reviews(QUOTE) == []


def test_undo_walks_back_through_each_state_after(mini_installed, now):
    progress = mini_installed
    states = [progress.card_state(QUOTE)]
    ids = []
    for i, rating in enumerate([Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD]):
        ids.append(answer(progress, "q-quote", rating, now + timedelta(minutes=11 * i)))
        states.append(progress.card_state(QUOTE))
    history = progress.reviews(QUOTE)
    assert [r.before for r in history] == states[:-1] and [r.after for r in history] == states[1:]
    for review_id, before in zip(reversed(ids), reversed(states[:-1])):
        assert progress.undo_review(review_id) == before
        assert progress.card_state(QUOTE) == before


def test_the_first_answer_after_a_reset_undoes_to_a_new_card(mini_installed, now):
    progress = mini_installed
    answer(progress, "q-quote", Rating.GOOD, now)
    progress.reset_cards("mini", ["q-quote"])
    again = answer(progress, "q-quote", Rating.EASY, now + timedelta(hours=1))
    assert progress.reviews(QUOTE)[-1].before == CardState()
    assert progress.undo_review(again) == CardState() == progress.card_state(QUOTE)


def test_a_review_row_and_its_indexes_take_under_a_third_of_the_json_layout(mini_installed, now):
    """The benchmark's 1,000,000 reviews took 532 MiB (427 B a row with indexes); the narrow row
    aims at Anki's size. Rows written with the app's own statement and values."""
    progress = mini_installed
    state = CardState()
    scheduler = Scheduler(Settings(), fuzz=False)
    rows = []
    for i in range(5000):
        at = now + timedelta(minutes=13 * i, microseconds=123456)
        after, _ = scheduler.review(state, Rating.GOOD if i % 7 else Rating.AGAIN, at)
        rows.append((1, "mini", *review_log.row_values(at, Rating.GOOD, True, 1.0, "", 4200, state.stage, after)))
        state = after
    with progress.engine.begin() as conn:
        conn.exec_driver_sql(review_log.INSERT_BY_PK, rows)
    db = sqlite3.connect(progress.engine.url.database)
    try:
        used = db.execute("SELECT sum(pgsize - unused) FROM dbstat WHERE name IN "
                          "('review', 'ix_review_question', 'ix_review_time')").fetchone()[0]
    finally:
        db.close()
    per_row = used / 5000
    print(f"\nreview row with its indexes: {per_row:.0f} B")
    assert per_row < 140


def test_a_folder_that_joined_a_class_keeps_its_pulled_reviews_records(v4_copy, tmp_path, now):
    db = sqlite3.connect(v4_copy)
    with db:  # the hub's tables as a v4-era studyapp made them, review 2 pulled from another device
        db.execute("CREATE TABLE hub_review (uid TEXT NOT NULL PRIMARY KEY, review_id INTEGER, "
                   "pushed INTEGER NOT NULL DEFAULT 0, origin TEXT NOT NULL)")
        db.execute("CREATE TRIGGER hub_review_undone AFTER DELETE ON review BEGIN "
                   "UPDATE hub_review SET review_id = NULL WHERE review_id = OLD.id; END")
        db.execute("INSERT INTO hub_review VALUES ('u1', 1, 1, 'local'), ('u2', 2, 1, 'hub')")
    db.close()
    [(_, before, after, _)] = _old_rows(v4_copy)[1:]
    with Progress.open(v4_copy, tmp_path / "backups", now) as progress:
        with progress.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT review_id, state_before, state_after FROM hub_pulled").all() == [
                (2, before, after)]
        progress.undo_review(2)
        with progress.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT uid, review_id FROM hub_review ORDER BY uid").all() == [
                ("u1", 1), ("u2", None)]
            assert conn.exec_driver_sql("SELECT count(*) FROM hub_pulled").scalar() == 0


def test_a_damaged_time_in_the_log_is_the_damage_message(mini_installed, now):
    progress = mini_installed
    answer(progress, "q-quote", Rating.GOOD, now)
    with progress.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE review SET reviewed_at = 'noon'")
    with pytest.raises(ValueError, match="'noon'.*damaged"):
        progress.reviews(QUOTE)


def test_an_answers_values_are_the_cut_states_row_and_card_values():
    """Issue 18: `answer_values` makes the review row and the card's new state in one pass (each time cut
    to the millisecond and converted once); they are exactly what `row_values` and `card_rows.state_params`
    give for `to_the_ms(after)`, for every stage, with and without times, sub-millisecond parts, other zones
    and a last review at, before or after the answer's millisecond."""
    import random
    from datetime import datetime, timezone

    from studyapp.core.card import Stage
    from studyapp.storage import card_rows

    rng = random.Random(18)
    zones = (timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)))
    base = datetime(2026, 3, 29, 0, 59, 59, 999_999, tzinfo=timezone.utc)
    seen_days = set()
    for i in range(3000):
        at = (base + timedelta(microseconds=rng.randrange(10**12))).astimezone(rng.choice(zones))
        stage = rng.choice(list(Stage))
        due = None if stage == Stage.NEW and rng.random() < 0.8 else \
            (at + timedelta(microseconds=rng.randrange(-10**9, 10**14))).astimezone(rng.choice(zones))
        last = rng.choice([None, at, at + timedelta(microseconds=rng.randrange(-999, 999)),
                           (at - timedelta(days=rng.randrange(40))).astimezone(rng.choice(zones))])
        after = CardState(stage=stage, step=rng.choice([None, 0, 1]), stability=rng.choice([None, rng.random() * 90]),
                          difficulty=rng.choice([None, rng.random() * 10]), due=due, last_review=last,
                          reps=rng.randrange(50), lapses=rng.randrange(10))
        args = (at, rng.choice(list(Rating)), rng.choice([None, True, False]), rng.choice([None, 0.5]), f"a{i}",
                rng.choice([None, 4000]), rng.choice(list(Stage)))
        cut = review_log.to_the_ms(after)
        assert review_log.answer_values(*args, after) == (review_log.row_values(*args, cut),
                                                           card_rows.state_params(cut)), (args, after)
        seen_days.add(cut.scheduled_days > 0)
    assert seen_days == {True, False}
    with pytest.raises(ValueError, match="naive"):
        review_log.answer_values(base.replace(tzinfo=None), Rating.GOOD, None, None, "", None, Stage.NEW, CardState())


def test_a_cut_moment_is_utc_ms_and_the_text_of_the_moment_cut_to_the_millisecond_in_any_year_and_zone():
    """Issue 18: `answer_values` builds the card row's text from whole milliseconds and kept pieces of text
    (no datetime.replace or isoformat on the answer's path); the same numbers and text as `utc_ms` and
    `utc_text` of the moment cut to the millisecond, before 1970, on leap days, at the last microsecond
    of a day and of a year, in years 1 to 9999 and in zones east and west of UTC; `correct` is kept as the
    integer SQLite stores for it."""
    import random
    from datetime import datetime, timezone

    from studyapp.core.card import Stage
    from studyapp.core.utc_text import utc_ms, utc_text

    rng = random.Random(1818)
    zones = (timezone.utc, timezone(timedelta(hours=13, minutes=45)), timezone(timedelta(hours=-11, minutes=-30)))
    fixed = [datetime(1, 1, 2, tzinfo=timezone.utc), datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=timezone.utc),
             datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(1970, 1, 1, 0, 0, 0, 999, tzinfo=timezone.utc),
             datetime(2024, 2, 29, 23, 59, 59, 999_999, tzinfo=timezone.utc),
             datetime(2026, 12, 31, 23, 59, 59, 999_500, tzinfo=timezone.utc),
             datetime(9999, 12, 30, 23, 59, 59, 999_999, tzinfo=timezone.utc)]
    low, high = datetime(1, 1, 2, tzinfo=timezone.utc), datetime(9999, 12, 30, tzinfo=timezone.utc)
    span = int((high - low) / timedelta(microseconds=1))
    moments = fixed + [low + timedelta(microseconds=rng.randrange(span)) for _ in range(3000)]
    for moment in moments:
        local = moment.astimezone(rng.choice(zones)) if timedelta(days=1) < moment - low and high - moment > \
            timedelta(days=1) else moment
        cut = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
        assert review_log._cut(local) == (utc_ms(moment), utc_text(cut)), local
    assert review_log._cut(None) == (None, None)
    with pytest.raises(ValueError, match="naive"):
        review_log._cut(datetime(2026, 5, 4))
    review, _card = review_log.answer_values(fixed[4], Rating.GOOD, True, 1.0, "x", 4000, Stage.REVIEW,
                                             CardState(stage=Stage.REVIEW, due=fixed[5], last_review=fixed[4]))
    assert type(review[2]) is int and review[2] == 1


def test_none_binds_null_through_a_found_adapter():
    """Issue 18: the storage layer registers an adapter for None (found in the sqlite3 module's table, so
    binding None no longer formats and drops an AttributeError); None still binds NULL, everywhere."""
    import studyapp.storage.database  # noqa: F401  (registers it)

    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    db = sqlite3.connect(":memory:")
    try:
        assert db.execute("SELECT ? IS NULL, typeof(?), ?", (None, None, None)).fetchone() == (1, "null", None)
        db.execute("CREATE TABLE t (a, b NOT NULL)")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO t VALUES (1, ?)", (None,))
    finally:
        db.close()
