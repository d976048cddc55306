"""The statistics page's figures summed in SQL: a million answers are never read into Python.

Reading every answer as a `ReviewEvent` and folding it in (`core.insight.InsightBuilder`) costs
seconds per million answers however it is done; SQLite sums them in a few passes over the review
log's indexes, with the interpreter free meanwhile (the window keeps answering). What comes back is
small: totals per study day (a few hundred), per bank and topic, the ten most failed questions, per
bank, topic and stage of the cards, and the 30-day forecast, as `core.insight.StoreTotals`;
`core.insight.insight_from_totals` turns them into the same `Insight` as `compute_insight`.

Study days in SQL: `core.insight.day_shifts` gives the UTC offset (less the hour a study day
starts) for each stretch of the history between daylight-saving changes, and a CASE picks the
stretch per answer, so `(reviewed_at + shift) / 86,400,000` is the study day's number.

    cards = card_totals(progress.engine, now, day_hour, tz)       # a fraction of a second: show it
    totals = store_totals(progress.engine, now, day_hour, tz, cards=cards)  # or answer_totals beside it
    insight = insight_from_totals(totals, now, day_hour, tz)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone, tzinfo

from sqlalchemy.engine import Engine

from studyapp.core.card import LEECH_THRESHOLD, MATURE_DAYS, Rating, Stage
from studyapp.core.insight import (DEFAULT_DECAY, FORECAST_DAYS, MOST_FAILED, CardTotals, DayTotals, GroupTotals,
                                   QuestionTotals, StoreTotals, Today, day_shifts, study_day, study_day_start)
from studyapp.core.utc_text import parse_ms, utc_ms

_DAY_MS = 86_400_000
_EPOCH_DAY = date(1970, 1, 1)


def _live(alias: str) -> str:
    """Answers of live questions only (not retired, bank not removed), as `history.review_events`."""
    return (f"{alias}.question IN (SELECT q.id FROM question q JOIN bank b ON b.id = q.bank_id "
            "WHERE q.retired = 0 AND b.removed = 0)")


def _day_of(column: str, shifts: list[tuple[datetime, int]]) -> str:
    """SQL for the study day's number (days since 1970-01-01) of a time stored as milliseconds."""
    if len(shifts) == 1:
        shift = str(shifts[0][1])
    else:
        cases = " ".join(f"WHEN {column} < {utc_ms(since)} THEN {before}"
                         for (since, _), (_, before) in zip(shifts[1:], shifts))
        shift = f"(CASE {cases} ELSE {shifts[-1][1]} END)"
    return f"(({column} + {shift}) / {_DAY_MS})"


def _recall(decay: float) -> str:
    """FSRS's recall now of card `c` (core.insight.recall_now), given :now_jd."""
    factor = 0.9 ** (-1.0 / decay) - 1.0
    return (f"(CASE WHEN c.stage = {int(Stage.NEW)} OR c.last_review IS NULL OR c.stability IS NULL "
            f"OR c.stability <= 0 THEN 0.0 ELSE pow(1.0 + {factor!r} * max(0.0, :now_jd - julianday(c.last_review)) "
            f"/ c.stability, {-decay!r}) END)")


class _Read:
    """One read transaction on a DB-API connection of the engine: every total from one snapshot."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def __enter__(self):
        self.raw = self.engine.raw_connection()
        self.cur = self.raw.cursor()
        self.cur.execute("BEGIN")
        return self.cur

    def __exit__(self, *exc) -> None:
        try:
            self.cur.execute("COMMIT")
            self.cur.close()
        finally:
            self.raw.close()


_LIVE_CARDS = ("FROM card c JOIN question q ON q.id = c.question JOIN bank b ON b.id = c.bank_id "
               "WHERE q.retired = 0 AND b.removed = 0")


def card_totals(engine: Engine, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                decay: float = DEFAULT_DECAY) -> StoreTotals:
    """What the live cards alone say at `now` (stages, recall, forecast, leeches), with no answers
    counted: the first figures the page shows, a fraction of a second in."""
    now = now.astimezone(timezone.utc)
    start = study_day_start(study_day(now, day_hour, tz), day_hour, tz)
    mature = (f"(c.stage = {int(Stage.REVIEW)} AND c.due IS NOT NULL AND c.last_review IS NOT NULL "
              f"AND julianday(c.due) - julianday(c.last_review) >= {MATURE_DAYS - 0.5})")
    with _Read(engine) as cur:
        cards = [CardTotals(*row) for row in cur.execute(
            f"SELECT c.bank_id, q.topic, c.stage, count(*), sum({mature}), sum({_recall(decay)}), "
            f"sum(c.lapses >= {LEECH_THRESHOLD}) {_LIVE_CARDS} GROUP BY c.bank_id, q.topic, c.stage",
            {"now_jd": _julian(now)})]
        forecast = [0] * FORECAST_DAYS
        start_s = int(start.timestamp())
        due_s = "CAST(strftime('%s', c.due) AS INTEGER)"  # whole seconds: no day's count changes
        for i, n in cur.execute(
                f"SELECT CASE WHEN {due_s} < {start_s} THEN 0 ELSE ({due_s} - {start_s}) / 86400 END AS i, "
                f"count(*) {_LIVE_CARDS} AND c.stage != {int(Stage.NEW)} AND c.due IS NOT NULL GROUP BY i"):
            if i < FORECAST_DAYS:
                forecast[max(i, 0)] += n
        leeches = [(b, q) for b, q in cur.execute(
            f"SELECT c.bank_id, q.question_id {_LIVE_CARDS} AND c.lapses >= {LEECH_THRESHOLD} "
            "ORDER BY c.bank_id, q.position")]
    return StoreTotals(Today(), [], [], [], cards, forecast, leeches)


def store_totals(engine: Engine, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                 decay: float = DEFAULT_DECAY, cards: StoreTotals | None = None) -> StoreTotals:
    """Every total the statistics page needs at `now`: the answers' (`answer_totals`) with the
    cards' (`card_totals`, read when not given)."""
    cards = cards if cards is not None else card_totals(engine, now, day_hour, tz, decay)
    return with_cards(answer_totals(engine, now, day_hour, tz, decay), cards)


def with_cards(answers: StoreTotals, cards: StoreTotals) -> StoreTotals:
    """The answers' totals (`answer_totals`) with the cards' (`card_totals`), read apart (in parallel)."""
    return replace(answers, cards=cards.cards, forecast=cards.forecast, leeches=cards.leeches)


def answer_totals(engine: Engine, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                  decay: float = DEFAULT_DECAY) -> StoreTotals:
    """What the answers say at `now` (one pass over the review log; today's, a range on its time
    index), with each answered question's lapses and recall now; no card totals (`with_cards`)."""
    now = now.astimezone(timezone.utc)
    today = study_day(now, day_hour, tz)
    start, end = study_day_start(today, day_hour, tz), study_day_start(today + timedelta(days=1), day_hour, tz)
    again = int(Rating.AGAIN)
    with _Read(engine) as cur:
        first_ms = cur.execute("SELECT min(reviewed_at) FROM review").fetchone()[0]  # each a seek on the index
        last_ms = cur.execute("SELECT max(reviewed_at) FROM review").fetchone()[0]
        shifts = day_shifts(parse_ms(first_ms) if first_ms is not None else now,
                            max(parse_ms(last_ms), now) if last_ms is not None else now, day_hour, tz)
        day = _day_of("r.reviewed_at", shifts)
        # Answers of retired questions and removed banks are left out, as `history.review_events`
        # does; most libraries have none, and then the filter (a lookup per answer) is not needed.
        some_gone = cur.execute("SELECT EXISTS (SELECT 1 FROM question WHERE retired != 0) "
                                "OR EXISTS (SELECT 1 FROM bank WHERE removed != 0)").fetchone()[0]
        live = f"AND {_live('r')}" if some_gone else ""
        answered, right, spent = cur.execute(
            f"SELECT count(*), coalesce(sum(r.rating != {again}), 0), coalesce(sum(coalesce(r.duration_ms, 0)), 0) "
            f"FROM review r WHERE r.reviewed_at >= ? AND r.reviewed_at < ? {live}",
            (utc_ms(start), utc_ms(end))).fetchone()
        # One pass over the log, grouped by question and study day: answers, Agains and time, and
        # true retention's review, the first answer of the day to a learned question (with one
        # min() in the query, SQLite takes `rating` from the row where the minimum is).
        groups = (f"SELECT r.question AS question, {day} AS day, count(*) AS n, sum(r.rating = {again}) AS fails, "
                  "sum(coalesce(r.duration_ms, 0)) AS ms, "
                  f"min(CASE WHEN r.stage_before = {int(Stage.REVIEW)} THEN r.reviewed_at END) AS first_at, "
                  f"r.rating AS rating FROM review r WHERE 1 = 1 {live} GROUP BY r.question, day")
        first_passed = f"sum(g.first_at IS NOT NULL AND g.rating != {again})"
        # Then per question (p), and from that only what the page shows: sums per bank and topic, per
        # study day, and the most failed questions. A row per answered question (60,000 at 1,000 banks)
        # made in Python was most of the page's memory.
        per_question = ("SELECT g.question AS question, sum(g.n) AS n, sum(g.fails) AS fails, sum(g.ms) AS ms, "
                        f"count(g.first_at) AS reviewed, {first_passed} AS passed FROM g GROUP BY g.question")
        rows = cur.execute(
            f"WITH g AS MATERIALIZED ({groups}), p AS MATERIALIZED ({per_question}) "
            "SELECT 0, q.bank_id, q.topic, NULL, sum(p.n), 0, sum(p.ms), sum(p.reviewed), sum(p.passed), NULL, NULL "
            "FROM p JOIN question q ON q.id = p.question GROUP BY q.bank_id, q.topic "
            f"UNION ALL SELECT 1, g.day, NULL, NULL, sum(g.n), 0, 0, count(g.first_at), {first_passed}, NULL, NULL "
            "FROM g GROUP BY g.day "
            "UNION ALL SELECT * FROM (SELECT 2, q.bank_id, q.topic, q.question_id, p.n, p.fails, p.ms, p.reviewed, "
            f"p.passed, coalesce(c.lapses, 0) AS lapses, coalesce({_recall(decay)}, 0.0) AS recall "
            "FROM p JOIN question q ON q.id = p.question LEFT JOIN card c ON c.question = q.id WHERE p.fails > 0 "
            f"ORDER BY p.fails DESC, lapses DESC, recall, q.bank_id, q.question_id LIMIT {MOST_FAILED})",
            {"now_jd": _julian(now)}).fetchall()
    groups_ = [GroupTotals(b, t, n, ms, reviewed, passed)
               for kind, b, t, _, n, _, ms, reviewed, passed, _, _ in rows if kind == 0]
    days = [DayTotals(_EPOCH_DAY + timedelta(days=d), n, reviewed, passed)
            for kind, d, _, _, n, _, _, reviewed, passed, _, _ in rows if kind == 1]
    failed = [QuestionTotals(b, q, t, n, fails, ms, reviewed, passed, lapses, rec)
              for kind, b, t, q, n, fails, ms, reviewed, passed, lapses, rec in rows if kind == 2]
    return StoreTotals(Today(answered, right, spent), groups_, failed, days, [], [0] * FORECAST_DAYS, [])


def _julian(moment: datetime) -> float:
    """The Julian day number SQLite's julianday() gives for the same UTC moment."""
    return 2440587.5 + moment.timestamp() / 86400.0


class InsightTotals:
    """These totals for one progress database, reached as `progress.totals` (no caller holds the engine).

        cards = progress.totals.cards(now, day_hour, tz)        # stages, recall, forecast, leeches
        answers = progress.totals.answers(now, day_hour, tz)    # per study day, per question, today
        insight = insight_from_totals(with_cards(answers, cards), now, day_hour, tz)
    """

    def __init__(self, engine: Engine):
        self._engine = engine

    def cards(self, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
              decay: float = DEFAULT_DECAY) -> StoreTotals:
        """`card_totals`: what the live cards alone say at `now`."""
        return card_totals(self._engine, now, day_hour, tz, decay)

    def answers(self, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                decay: float = DEFAULT_DECAY) -> StoreTotals:
        """`answer_totals`: what the answers say at `now` (one pass over the review log)."""
        return answer_totals(self._engine, now, day_hour, tz, decay)

    def everything(self, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                   decay: float = DEFAULT_DECAY) -> StoreTotals:
        """`store_totals`: every total the statistics page needs at `now`."""
        return store_totals(self._engine, now, day_hour, tz, decay)


__all__ = ["InsightTotals", "answer_totals", "card_totals", "store_totals", "with_cards"]
