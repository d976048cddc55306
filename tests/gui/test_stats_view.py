"""The statistics page, offscreen: loading state first, figures after the worker, empty and 100k histories."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from studyapp.core.insight import study_day
from studyapp.gui.stats_view import StatsView, stats_loader
from studyapp.gui.theme import palette_for
from studyapp.gui.workers import Background
from studyapp.storage.tables import utc_ms, utc_text
from tests.helpers.reviews import answer_timed

# The offscreen platform warns on a top-level show() and on raising the tooltip; neither is about the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                       r"This plugin does not support raise\(\)")

UTC = timezone.utc
MINI_IDS = ("q-quote", "q-choice", "q-tf", "q-typed", "q-date", "q-order", "q-match", "q-flash")


def open_view(qtbot, mini_progress, now):
    runner = Background()
    view = StatsView(stats_loader(mini_progress, 4, UTC, lambda: now), runner)
    qtbot.addWidget(view)
    view.resize(1000, 1400)
    view.refresh()
    # The figures are computed on a worker: the page shows its loading state first...
    assert view.is_loading and view.loading.text() == "Loading statistics…"
    # ...and the figures once the worker is done (partial ones may show before).
    qtbot.waitUntil(lambda: view.complete or view.error is not None, timeout=60000)
    assert view.error is None and view.data is not None and not view.is_loading
    assert view.reading.isHidden()
    return view


def add_reviews(db_path, now, n):
    """`n` reviews spread over the past 400 days, straight into the file (the store writes one per call)."""
    con = sqlite3.connect(db_path)
    pks = dict(con.execute("SELECT question_id, id FROM question WHERE bank_id = 'mini'"))
    rows, stamps = [], []
    span = timedelta(days=400) / n
    for i in range(n):
        qid = MINI_IDS[i % len(MINI_IDS)]
        when = now - timedelta(days=400) + span * i
        rating = 1 if i % 7 == 0 else 3  # 7 and 8 are coprime: every question is failed sometimes
        stage = 0 if i < len(MINI_IDS) else 2
        rows.append((pks[qid], "mini", utc_ms(when), rating, rating > 1, "x", 3000, stage, 2, 1, 0))
        stamps.append(when)
    con.executemany("INSERT INTO review (question, bank_id, reviewed_at, rating, correct, answer, duration_ms, "
                    "stage_before, stage, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    for k, qid in enumerate(MINI_IDS):  # every card in review, due k days from now, 9 lapses for two of them
        con.execute("UPDATE card SET stage = 2, stability = 20.0, difficulty = 5.0, due = ?, last_review = ?, "
                    "reps = 100, lapses = ? WHERE question = ?",
                    (utc_text(now + timedelta(days=k)), utc_text(now - timedelta(days=1)), 9 if k < 2 else 1,
                     pks[qid]))
    con.commit()
    con.close()
    return stamps


def test_empty_history(qtbot, mini_progress, now):
    view = open_view(qtbot, mini_progress, now)
    assert view.today_answered.text() == "0" and view.today_right.text() == "–"
    assert view.failed.topLevelItemCount() == 0
    assert view.forecast.is_empty() and view.heatmap.is_empty()
    assert view.state_labels["new"].text() == "New: <b>8</b>"
    assert [r[0] for r in view.by_topic.rows] == ["Context", "Dates", "Demands", "Who said what"]
    assert all(r[1] == 0 for r in view.by_topic.rows)
    model = view.table.model()
    assert model.rowCount() == 1 and model.index(0, 1).data() == "8"  # per-bank counts
    view.grab()  # draws the empty states without error


def test_small_history_and_the_source_link(qtbot, mini_progress, now, mini_bank_path):
    for d in range(3):
        answer_timed(mini_progress, "q-date", 1, now - timedelta(days=d, hours=1), duration_ms=5000)
    answer_timed(mini_progress, "q-quote", 3, now - timedelta(minutes=5), duration_ms=65000)
    view = open_view(qtbot, mini_progress, now)
    assert view.today_answered.text() == "2" and view.today_right.text() == "1 (50%)"
    assert view.today_time.text() == "1 min"  # 70 seconds
    assert view.failed.topLevelItemCount() == 1
    item = view.failed.topLevelItem(0)
    assert item.text(2) == "3 of 3"
    view.failed.setCurrentItem(item)
    assert view.read_source.isEnabled() and "Source:" in view.failed_detail.text()
    with qtbot.waitSignal(view.source_requested) as sig:
        view.read_source.click()
    from studyapp.core.loader import load_bank
    bank = load_bank(mini_bank_path).bank
    assert sig.args == ["mini", "q-date", next(q.source for q in bank.questions if q.id == "q-date")]


def test_large_history_off_the_gui_thread(qtbot, mini_progress, now, dirs):
    stamps = add_reviews(dirs.database, now, 100_000)
    started = time.perf_counter()
    view = open_view(qtbot, mini_progress, now)
    print(f"\nstatistics for 100,000 reviews computed and shown in {time.perf_counter() - started:.2f} s")
    today = study_day(now, 4, UTC)
    start = datetime(today.year, today.month, today.day, 4, tzinfo=UTC)
    expected_today = sum(1 for t in stamps if start <= t < now + timedelta(seconds=1))
    assert view.today_answered.text() == str(expected_today)
    in_year = sum(1 for t in stamps if (today - study_day(t, 4, UTC)).days < 365)
    assert sum(view.heatmap.counts.values()) == in_year
    # Cards fall due today .. 7 days on: day 0 holds the first, each later day one more.
    assert view.forecast.values[:8] == [1, 1, 1, 1, 1, 1, 1, 1] and sum(view.forecast.values) == 8
    assert view.failed.topLevelItemCount() == 8
    leech_rows = [view.failed.topLevelItem(i).text(4) for i in range(8)]
    assert leech_rows.count("Leech") == 2
    # Every 7th answer is Again; true retention counts the first answer of each question each day.
    assert 0.8 < view.data.insight.retention.rate < 0.92
    # Numbers on hover: the first forecast bar and today's heatmap cell.
    bar = view.forecast._bars()[0][1]
    assert view.forecast.tip_at(bar.center().toPoint()).startswith("Today (and overdue): 1 due")
    cell = [r for r, d, _ in view.heatmap._cells() if d == today][0]
    assert view.heatmap.tip_at(cell.center().toPoint()).endswith(f"{view.heatmap.counts[today]} answers")
    assert view.by_topic.tip_at(QPoint(10, 10)).startswith("Context:")
    # And through Qt's own tooltip event, as a hovering pointer sends it.
    view.show()
    pos = bar.center().toPoint()
    QApplication.sendEvent(view.forecast, QHelpEvent(QEvent.Type.ToolTip, pos, view.forecast.mapToGlobal(pos)))
    assert QToolTip.isVisible() and QToolTip.text().startswith("Today (and overdue): 1 due")
    QToolTip.hideText()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_follow_the_theme(qtbot, mini_progress, now, dirs, scheme):
    add_reviews(dirs.database, now, 2000)
    view = open_view(qtbot, mini_progress, now)
    view.setPalette(palette_for(scheme))
    chart = view.by_bank
    image = chart.grab().toImage()
    y = chart.ROW // 2 + 2
    filled = QColor(image.pixel(chart.LABEL + 4, y))
    assert filled == palette_for(scheme).color(QPalette.ColorRole.Highlight)
    label = chart.rows[0][0]
    assert label == "A small bank for tests"


def held_loader(progress, now, gate, published):
    """The real loader, its worker held after the first (partial) figures until `gate` is set."""
    real = stats_loader(progress, 4, UTC, lambda: now)

    def load(publish=None):
        def held(data):
            published.append(data)
            wanted = publish(data)
            assert gate.wait(60)
            return wanted

        return real(held)

    return load


def test_the_cards_figures_show_first_and_the_page_stays_usable_while_answers_are_summed(qtbot, mini_progress,
                                                                                        now, dirs):
    stamps = add_reviews(dirs.database, now, 2000)
    gate, published = threading.Event(), []
    view = StatsView(held_loader(mini_progress, now, gate, published), Background())
    qtbot.addWidget(view)
    view.refresh()
    try:
        qtbot.waitUntil(lambda: view.data is not None, timeout=60000)
        assert not view.is_loading and not view.complete and view.computing
        assert not view.reading.isHidden() and "2000 answers" in view.reading.text()
        # What the cards say is there at once: stages and the forecast; the answers' figures follow.
        assert view.state_labels["review"].text() == "Review: <b>8</b>"
        assert view.forecast.values[:8] == [1] * 8
        assert view.heatmap.is_empty()
        with qtbot.waitSignal(view.back):
            view.back_button.click()  # the page answers while the worker sums
    finally:
        gate.set()
    qtbot.waitUntil(lambda: view.complete, timeout=60000)
    assert view.reading.isHidden() and view.data.insight.total_reviews == 2000 and len(published) == 1
    today = study_day(now, 4, UTC)
    assert sum(view.heatmap.counts.values()) == sum(1 for t in stamps if (today - study_day(t, 4, UTC)).days < 365)


def test_leaving_the_page_stops_the_worker_before_it_sums_the_answers(qtbot, mini_progress, now, dirs):
    """Closing the window waits for background work: a million answers must not be summed for no one."""
    add_reviews(dirs.database, now, 2000)
    real = stats_loader(mini_progress, 4, UTC, lambda: now)
    reached = threading.Event()

    def load(publish=None):
        def held(data):  # the cards' figures are ready; the page is left before they are handed over
            reached.set()
            assert view_stopped.wait(60)
            return publish(data)

        return real(held)

    view_stopped = threading.Event()
    view = StatsView(load, Background())
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(reached.is_set, timeout=60000)
    view.stop()
    view_stopped.set()
    qtbot.waitUntil(lambda: not view.computing, timeout=60000)
    assert view.error is None and view.data is None and not view.complete
