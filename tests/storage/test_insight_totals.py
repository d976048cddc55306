"""storage.insight_totals: the statistics figures summed in SQL are the ones computed answer by answer
(`core.insight.compute_insight` over `progress.history`'s review events and card infos), on a real file
with answers across daylight-saving changes, a retired question and another zone's study days."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import asdict
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from studyapp.core.insight import compute_insight, insight_from_totals
from studyapp.core.utc_text import utc_ms
from studyapp.storage.insight_totals import card_totals, store_totals
from studyapp.storage.tables import utc_text


def write_history(database, now, n=3000, seed=11):
    """`n` answers over the past 400 days (straight into the file), cards in every stage, one question retired."""
    rng = random.Random(seed)
    con = sqlite3.connect(database)
    pks = dict(con.execute("SELECT question_id, id FROM question WHERE bank_id = 'mini'"))
    ids = sorted(pks)
    rows = []
    for _ in range(n):
        qid = rng.choice(ids)
        when = now - timedelta(minutes=rng.randint(0, 400 * 24 * 60))
        rows.append((pks[qid], "mini", utc_ms(when), rng.choice((1, 1, 2, 3, 3, 4)), 1, "x", rng.randint(0, 9000),
                     rng.choice((0, 1, 2, 2, 2, 3)), 2, 1, 0))
    for m in range(0, 600, 7):  # today's answers too, some after midnight (the day before's)
        rows.append((pks[ids[m % len(ids)]], "mini", utc_ms(now - timedelta(minutes=m)), 1 + m % 4, 1, "x", 1000, 2,
                     2, 1, 0))
    con.executemany("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, answer, duration_ms, "
                    "stage_before, stage, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    for k, qid in enumerate(ids):
        last = now - timedelta(days=k * 3, hours=k)
        con.execute("UPDATE card SET stage = ?, stability = ?, difficulty = 5.0, due = ?, last_review = ?, reps = 9, "
                    "lapses = ? WHERE question = ?",
                    (k % 4, 0.5 + 7 * k, utc_text(last + timedelta(days=k * 4 - 3)), utc_text(last), 3 * k, pks[qid]))
    con.execute("UPDATE question SET retired = 1 WHERE question_id = ?", (ids[0],))
    con.execute("UPDATE card SET retired = 1 WHERE question = ?", (pks[ids[0]],))
    con.commit()
    con.close()


@pytest.mark.parametrize("day_hour, tz", [(4, timezone.utc), (4, ZoneInfo("Europe/London")),
                                          (0, ZoneInfo("America/St_Johns")), (6, ZoneInfo("Asia/Kathmandu"))])
def test_the_summed_figures_are_the_ones_computed_answer_by_answer(mini_installed, dirs, now, day_hour, tz):
    write_history(dirs.database, now)
    engine = mini_installed.engine
    expected = compute_insight(mini_installed.history.review_events(), mini_installed.history.card_infos(), now,
                               day_hour, tz)
    got = insight_from_totals(store_totals(engine, now, day_hour, tz), now, day_hour, tz)
    assert expected.total_reviews > 3000 - 400 and expected.today.answered > 0 and expected.most_failed
    for name in ("today", "heatmap", "forecast", "retention", "retention_weeks", "states", "total_reviews",
                 "total_time_ms", "leeches"):
        assert getattr(got, name) == getattr(expected, name), name
    for name in ("by_topic", "by_bank", "most_failed"):  # recall: SQLite's pow and julianday, to 1e-9
        mine, theirs = [asdict(x) for x in getattr(got, name)], [asdict(x) for x in getattr(expected, name)]
        assert [{**x, "recall": pytest.approx(x["recall"], abs=1e-9)} for x in theirs] == mine, name


def test_the_cards_alone_give_the_first_figures(mini_installed, dirs, now):
    write_history(dirs.database, now)
    engine = mini_installed.engine
    expected = compute_insight([], mini_installed.history.card_infos(), now, 4, timezone.utc)
    got = insight_from_totals(card_totals(engine, now, 4, timezone.utc), now, 4, timezone.utc)
    assert got.forecast == expected.forecast and got.states == expected.states and got.leeches == expected.leeches
    assert [m.questions for m in got.by_bank] == [m.questions for m in expected.by_bank] == [7]
    assert got.total_reviews == 0 and got.heatmap == {}


def test_the_answers_come_back_summed_per_bank_and_topic_with_the_most_failed_only(
        progress, mini_bank_path, tmp_path, now):
    """The store sums the answers per bank and topic and sends back only the ten most failed questions
    (a row per answered question, 60,000 at 1,000 banks, was most of the statistics page's memory);
    ties in Agains and lapses fall to recall now, then bank and question id, as answer by answer."""
    from studyapp.core.insight import MOST_FAILED
    from studyapp.core.loader import load_bank
    from studyapp.storage.insight_totals import answer_totals
    from tests.storage.conftest import make_variant

    for bank_id in ("mini", "mini-b", "mini-c"):
        path = make_variant(mini_bank_path, tmp_path / bank_id, 1, {'id = "mini"': f'id = "{bank_id}"'})
        progress.install_bank(load_bank(path), now)
    con = sqlite3.connect(progress.engine.url.database)
    questions = con.execute("SELECT id, bank_id FROM question ORDER BY bank_id DESC, question_id DESC").fetchall()
    rows = [(pk, bank, utc_ms(now - timedelta(days=2, minutes=i + k)), 1 if k < 2 else 3, 1, "x", 500, 2, 2, 1, 0)
            for i, (pk, bank) in enumerate(questions) for k in range(3)]
    con.executemany("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, answer, duration_ms, "
                    "stage_before, stage, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute("UPDATE card SET lapses = 2")  # every question alike: two Agains, two lapses, new (recall 0)
    con.commit()
    con.close()

    totals = answer_totals(progress.engine, now, 4, timezone.utc)
    assert len(questions) == 24 and len(totals.most_failed) == MOST_FAILED
    assert sorted((g.bank_id, g.topic) for g in totals.groups) == sorted(
        {(b, t) for b in ("mini", "mini-b", "mini-c") for t in ("context", "dates", "demands", "who-said-what")})
    assert sum(g.answers for g in totals.groups) == 72 and sum(g.time_ms for g in totals.groups) == 72 * 500
    expected = compute_insight(progress.history.review_events(), progress.history.card_infos(), now, 4, timezone.utc)
    got = insight_from_totals(store_totals(progress.engine, now, 4, timezone.utc), now, 4, timezone.utc)
    assert [(s.bank_id, s.question_id) for s in got.most_failed] == [
        (s.bank_id, s.question_id) for s in expected.most_failed]
    assert got.by_bank == expected.by_bank and got.by_topic == expected.by_topic
