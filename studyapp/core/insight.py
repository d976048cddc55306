"""Figures a student (and a teacher) wants to see, computed from plain review and card records.

Pure functions: the storage layer (`studyapp.storage.history`) reads the rows once and hands
them over as `ReviewEvent`/`CardInfo` values, so every figure here can be checked against a
history written by hand in a test, and the GUI can compute them on a worker thread.

The definitions follow Anki's statistics, where learners already know them:
- a *study day* starts at `day_hour` local time (Anki's "next day starts at"), as the scheduler's;
- *true retention*: of the questions that were already learned (in the review stage before the
  answer), the share not answered Again. Only the first answer of a question in a study day
  counts, so re-drilling a forgotten question the same day does not inflate or deflate it;
- a *leech* is a question forgotten (Again on a learned card) 8 times (Anki's default threshold);
- *recall now* is FSRS's retrievability R = (1 + F·t/S)^(-decay) with F = 0.9^(-1/decay) - 1,
  the chance of answering right at this moment; a new question counts as 0, so the mean over
  a topic reads as "the share of this topic you would get right now".

    insight = compute_insight(reviews, cards, now, day_hour=4, tz=None)   # everything at once
    insight.to_dict()                                                      # for JSON and the report
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import NamedTuple
from datetime import date, datetime, timedelta, timezone, tzinfo

from studyapp.core.card import LEECH_THRESHOLD, MATURE_DAYS, STAGE_NAMES, CardState, Rating, Stage

DEFAULT_DECAY = 0.1542  # FSRS-6 default w[20]; personal parameters bring their own
HEATMAP_DAYS = 365
FORECAST_DAYS = 30


class ReviewEvent(NamedTuple):
    """One logged answer, with the question's topic copied in so no lookup is needed.

    A NamedTuple rather than a frozen dataclass: a history of 100,000 answers is built in a
    fraction of the time.
    """

    bank_id: str
    question_id: str
    topic: str
    reviewed_at: datetime
    rating: int
    stage_before: int
    duration_ms: int | None = None

    @property
    def passed(self) -> bool:
        return self.rating != Rating.AGAIN


@dataclass(frozen=True)
class CardInfo:
    """A live question and its card: the scheduler's `CardState`, with the topic figures group by."""

    bank_id: str
    question_id: str
    topic: str
    state: CardState = CardState()


# -- small rules -------------------------------------------------------------------------------

def is_leech(lapses: int, threshold: int = LEECH_THRESHOLD) -> bool:
    """A question forgotten this often needs re-reading, not more drilling (Anki's leech rule)."""
    return lapses >= threshold


def leech_advice(lapses: int, threshold: int = LEECH_THRESHOLD) -> str | None:
    """What the feedback says under a leech's answer (None for other questions)."""
    if not is_leech(lapses, threshold):
        return None
    return (f"You have forgotten this question {lapses} times. Drilling it again rarely helps: re-read its "
            "paragraph in the article, then come back to it.")


def study_day(moment: datetime, day_hour: int, tz: tzinfo | None = None) -> date:
    """The study day a moment belongs to; answers after midnight count for the evening before."""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return (local - timedelta(hours=day_hour)).date()


def retrievability(stability: float | None, elapsed_days: float, decay: float = DEFAULT_DECAY) -> float:
    """FSRS-6's forgetting curve: the chance of recall `elapsed_days` after the last review."""
    if not stability or stability <= 0:
        return 0.0
    factor = 0.9 ** (-1.0 / decay) - 1.0
    return (1.0 + factor * max(0.0, elapsed_days) / stability) ** (-decay)


def recall_now(card: CardInfo, now: datetime, decay: float = DEFAULT_DECAY) -> float:
    """Retrievability of one card at `now`; 0 for a question never answered."""
    if card.state.stage == Stage.NEW or card.state.last_review is None:
        return 0.0
    return retrievability(card.state.stability, (now - card.state.last_review) / timedelta(days=1), decay)


# -- figures -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Today:
    answered: int = 0
    right: int = 0
    time_ms: int = 0

    @property
    def right_share(self) -> float | None:
        return self.right / self.answered if self.answered else None


def today_figures(reviews: Iterable[ReviewEvent], start: datetime, end: datetime) -> Today:
    """Answers given in [start, end): how many, how many not Again, and the time they took."""
    answered = right = time_ms = 0
    for r in reviews:
        if start <= r.reviewed_at < end:
            answered += 1
            right += r.passed
            time_ms += r.duration_ms or 0
    return Today(answered, right, time_ms)


def heatmap(reviews: Iterable[ReviewEvent], today: date, day_hour: int, tz: tzinfo | None = None,
            days: int = HEATMAP_DAYS) -> dict[date, int]:
    """Answers per study day over the `days` days ending `today` (days with none are left out)."""
    return _heatmap(_dated(reviews, day_hour, tz), today, days)


def _heatmap(dated: Iterable[tuple[date, ReviewEvent]], today: date, days: int = HEATMAP_DAYS) -> dict[date, int]:
    first = today - timedelta(days=days - 1)
    counts = Counter(d for d, _ in dated if first <= d <= today)
    return dict(sorted(counts.items()))


def _dated(reviews: Iterable[ReviewEvent], day_hour: int, tz: tzinfo | None) -> list[tuple[date, ReviewEvent]]:
    """Each answer with its study day, worked out once (the costly part of every figure here)."""
    cache: dict[int, date] = {}
    out = []
    for r in reviews:
        # Every zone's UTC offset is a multiple of 15 minutes, so one lookup per quarter hour suffices.
        key = int(r.reviewed_at.timestamp() // 900)
        d = cache.get(key)
        if d is None:
            d = cache[key] = study_day(r.reviewed_at, day_hour, tz)
        out.append((d, r))
    return out


def forecast(cards: Iterable[CardInfo], day_start: datetime, days: int = FORECAST_DAYS) -> list[int]:
    """Questions falling due on each of the next `days` days; day 0 also holds everything overdue.

    Day i runs from `day_start + i days` (the current study day's start, UTC) for 24 hours.
    """
    out = [0] * days
    for c in cards:
        if c.state.stage == Stage.NEW or c.state.due is None:
            continue
        i = math.floor((c.state.due - day_start) / timedelta(days=1))
        if i < days:
            out[max(i, 0)] += 1
    return out


@dataclass(frozen=True)
class RetentionPoint:
    start: date  # first study day of the period
    reviewed: int
    passed: int

    @property
    def rate(self) -> float | None:
        return self.passed / self.reviewed if self.reviewed else None


def first_answers_of_day(reviews: Iterable[ReviewEvent], day_hour: int,
                         tz: tzinfo | None = None) -> list[tuple[date, ReviewEvent]]:
    """The earliest answer of each question in each study day, with that day."""
    return _first_answers(_dated(reviews, day_hour, tz))


def _first_answers(dated: Iterable[tuple[date, ReviewEvent]]) -> list[tuple[date, ReviewEvent]]:
    first: dict[tuple[str, str, date], ReviewEvent] = {}
    for d, r in dated:
        key = (r.bank_id, r.question_id, d)
        seen = first.get(key)
        if seen is None or r.reviewed_at < seen.reviewed_at:
            first[key] = r
    return sorted(((k[2], r) for k, r in first.items()), key=lambda x: x[1].reviewed_at)


def true_retention(reviews: Iterable[ReviewEvent], day_hour: int, tz: tzinfo | None = None) -> RetentionPoint | None:
    """True retention over all the reviews given (see the module docstring); None when none count."""
    return _true_retention(_dated(reviews, day_hour, tz))


def _true_retention(dated: Iterable[tuple[date, ReviewEvent]]) -> RetentionPoint | None:
    reviewed = passed = 0
    first_day = None
    for d, r in _first_answers(x for x in dated if x[1].stage_before == Stage.REVIEW):
        first_day = d if first_day is None else min(first_day, d)
        reviewed += 1
        passed += r.passed
    return RetentionPoint(first_day, reviewed, passed) if reviewed else None


def retention_over_time(reviews: Iterable[ReviewEvent], day_hour: int, tz: tzinfo | None = None,
                        period_days: int = 7, today: date | None = None,
                        periods: int | None = None) -> list[RetentionPoint]:
    """True retention per period of `period_days` study days (weeks by default), oldest first.

    Periods are aligned so the last one ends on `today` (default: the last review's day); with
    `periods` only that many most recent periods are returned, empty ones included.
    """
    return _retention_over_time(_dated(reviews, day_hour, tz), period_days, today, periods)


def _retention_over_time(dated: Iterable[tuple[date, ReviewEvent]], period_days: int = 7, today: date | None = None,
                         periods: int | None = None) -> list[RetentionPoint]:
    firsts = _first_answers(x for x in dated if x[1].stage_before == Stage.REVIEW)
    if not firsts:
        return []
    last = today or max(d for d, _ in firsts)
    buckets: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for d, r in firsts:
        back = (last - d).days
        if back < 0:
            continue
        b = buckets[back // period_days]
        b[0] += 1
        b[1] += r.passed
    count = periods if periods is not None else max(buckets) + 1
    out = []
    for k in range(count - 1, -1, -1):
        reviewed, passed = buckets.get(k, (0, 0))
        out.append(RetentionPoint(last - timedelta(days=(k + 1) * period_days - 1), reviewed, passed))
    return out


@dataclass(frozen=True)
class Mastery:
    """How well one group (a topic or a bank) is known."""

    group: str
    questions: int = 0
    new: int = 0
    learning: int = 0
    review: int = 0
    mature: int = 0
    recall: float = 0.0  # mean chance of answering right now, new questions counted as 0
    retention: float | None = None  # true retention of its reviews
    reviews: int = 0
    time_ms: int = 0
    leeches: int = 0

    @property
    def seen(self) -> int:
        return self.questions - self.new


def mastery(cards: Sequence[CardInfo], reviews: Sequence[ReviewEvent], now: datetime, by: str,
            day_hour: int, tz: tzinfo | None = None, decay: float = DEFAULT_DECAY) -> list[Mastery]:
    """Mastery per topic (`by="topic"`) or per bank (`by="bank"`), sorted by group name."""
    return _mastery(cards, _dated(reviews, day_hour, tz), now, by, decay)


def _mastery(cards: Sequence[CardInfo], dated: Sequence[tuple[date, ReviewEvent]], now: datetime, by: str,
             decay: float = DEFAULT_DECAY) -> list[Mastery]:
    if by not in ("topic", "bank"):
        raise ValueError("by must be 'topic' or 'bank'")
    field_index = 2 if by == "topic" else 0  # ReviewEvent is a tuple: (bank_id, question_id, topic, ...)
    card_groups: dict[str, list[CardInfo]] = defaultdict(list)
    for c in cards:
        card_groups[c.topic if by == "topic" else c.bank_id].append(c)
    # One pass over the answers: counts and time per group; true retention from the first answers.
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # answers, time
    learned = []
    for d, r in dated:
        g = counts[r[field_index]]
        g[0] += 1
        g[1] += r.duration_ms or 0
        if r.stage_before == Stage.REVIEW:
            learned.append((d, r))
    retention: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # reviewed, passed
    for _d, r in _first_answers(learned):
        g = retention[r[field_index]]
        g[0] += 1
        g[1] += r.passed
    out = []
    for group in sorted(set(card_groups) | set(counts)):
        cs = card_groups.get(group, [])
        answers, time_ms = counts.get(group, (0, 0))
        reviewed, passed = retention.get(group, (0, 0))
        stages = Counter(c.state.stage for c in cs)
        out.append(Mastery(
            group=group, questions=len(cs), new=stages[Stage.NEW],
            learning=stages[Stage.LEARNING] + stages[Stage.RELEARNING],
            review=stages[Stage.REVIEW], mature=sum(1 for c in cs if _is_mature(c)),
            recall=sum(recall_now(c, now, decay) for c in cs) / len(cs) if cs else 0.0,
            retention=passed / reviewed if reviewed else None, reviews=answers,
            time_ms=time_ms, leeches=sum(1 for c in cs if is_leech(c.state.lapses)),
        ))
    return out


def _is_mature(c: CardInfo) -> bool:
    if c.state.stage != Stage.REVIEW or c.state.due is None or c.state.last_review is None:
        return False
    return (c.state.due - c.state.last_review) / timedelta(days=1) >= MATURE_DAYS - 0.5


@dataclass(frozen=True)
class Struggle:
    """A question the student keeps getting wrong."""

    bank_id: str
    question_id: str
    topic: str
    fails: int  # answers rated Again, in any stage
    answers: int
    lapses: int  # Again on an already learned card (the leech count)
    leech: bool
    recall: float


def most_failed(cards: Sequence[CardInfo], reviews: Iterable[ReviewEvent], now: datetime, limit: int = 10,
                decay: float = DEFAULT_DECAY) -> list[Struggle]:
    """The questions answered Again most often (ties: more lapses, then lower recall), at most `limit`."""
    fails: Counter[tuple[str, str]] = Counter()
    answers: Counter[tuple[str, str]] = Counter()
    for r in reviews:
        k = (r.bank_id, r.question_id)
        answers[k] += 1
        if not r.passed:
            fails[k] += 1
    by_key = {(c.bank_id, c.question_id): c for c in cards}
    out = []
    for k, n in fails.items():
        c = by_key.get(k)
        if c is None:  # retired question: nothing left to study
            continue
        out.append(Struggle(k[0], k[1], c.topic, n, answers[k], c.state.lapses, is_leech(c.state.lapses),
                            recall_now(c, now, decay)))
    out.sort(key=lambda s: (-s.fails, -s.lapses, s.recall, s.bank_id, s.question_id))
    return out[:limit]


def leeches(cards: Iterable[CardInfo], threshold: int = LEECH_THRESHOLD) -> list[CardInfo]:
    return [c for c in cards if is_leech(c.state.lapses, threshold)]


def weak_questions(cards: Sequence[CardInfo], reviews: Iterable[ReviewEvent], now: datetime,
                   below: float = 0.8, decay: float = DEFAULT_DECAY) -> list[Struggle]:
    """Answered questions still weak: a leech, last answered Again, or recall now under `below`.

    Weakest (lowest recall) first. For the teacher's report: what to go over in class.
    """
    fails: Counter[tuple[str, str]] = Counter()
    answers: Counter[tuple[str, str]] = Counter()
    last: dict[tuple[str, str], ReviewEvent] = {}
    for r in reviews:
        k = (r.bank_id, r.question_id)
        answers[k] += 1
        fails[k] += not r.passed
        if k not in last or r.reviewed_at >= last[k].reviewed_at:
            last[k] = r
    out = []
    for c in cards:
        k = (c.bank_id, c.question_id)
        if c.state.stage == Stage.NEW or k not in last:
            continue
        rec = recall_now(c, now, decay)
        if is_leech(c.state.lapses) or not last[k].passed or rec < below:
            out.append(Struggle(c.bank_id, c.question_id, c.topic, fails[k], answers[k], c.state.lapses,
                                is_leech(c.state.lapses), rec))
    out.sort(key=lambda s: (s.recall, -s.fails, s.bank_id, s.question_id))
    return out


def counts_by_state(cards: Iterable[CardInfo]) -> dict[str, int]:
    """Questions per stage, plus `mature` (a review interval of 21 days or more, Anki's line)."""
    out = {name: 0 for name in STAGE_NAMES.values()}
    mature = 0
    for c in cards:
        out[STAGE_NAMES.get(c.state.stage, "new")] += 1
        mature += _is_mature(c)
    out["mature"] = mature
    return out


# -- everything at once ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Insight:
    """Every figure of the statistics page, computed once (on a worker thread in the GUI)."""

    now: datetime
    today: Today
    heatmap: dict[date, int]
    forecast: list[int]
    retention: RetentionPoint | None  # over the last 30 study days
    retention_weeks: list[RetentionPoint]
    by_topic: list[Mastery]
    by_bank: list[Mastery]
    most_failed: list[Struggle]
    states: dict[str, int]
    total_reviews: int
    total_time_ms: int
    leeches: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-ready values (dates as ISO text)."""
        def point(p: RetentionPoint | None):
            return None if p is None else {"start": p.start.isoformat() if p.start else None, "reviewed": p.reviewed,
                                           "passed": p.passed, "rate": p.rate}
        return {
            "now": self.now.isoformat(),
            "today": {**asdict(self.today), "right_share": self.today.right_share},
            "heatmap": {d.isoformat(): n for d, n in self.heatmap.items()},
            "forecast": list(self.forecast),
            "retention_30d": point(self.retention),
            "retention_weeks": [point(p) for p in self.retention_weeks],
            "by_topic": [{**asdict(m), "seen": m.seen} for m in self.by_topic],
            "by_bank": [{**asdict(m), "seen": m.seen} for m in self.by_bank],
            "most_failed": [asdict(s) for s in self.most_failed],
            "states": dict(self.states),
            "total_reviews": self.total_reviews,
            "total_time_ms": self.total_time_ms,
            "leeches": [{"bank_id": b, "question_id": q} for b, q in self.leeches],
        }


def compute_insight(reviews: Sequence[ReviewEvent], cards: Sequence[CardInfo], now: datetime, day_hour: int = 4,
                    tz: tzinfo | None = None, decay: float = DEFAULT_DECAY, weeks: int = 26) -> Insight:
    """All figures at `now` (aware UTC). `tz` None means the computer's local zone, as the scheduler's."""
    builder = InsightBuilder(cards, now, day_hour, tz, decay, weeks)
    ordered = all(a.reviewed_at <= b.reviewed_at for a, b in zip(reviews, reviews[1:]))
    builder.add(reviews if ordered else sorted(reviews, key=lambda r: r.reviewed_at))
    return builder.insight()


class InsightBuilder:
    """Every figure of the statistics page, folded in from the answers a batch at a time, oldest first.

    A million answers take seconds to read and fold; the page shows what is known after each batch
    (`insight()` is cheap and can be called between batches) instead of a blank until the end, and
    no single step holds the interpreter long enough to freeze the window. The figures from the
    cards alone (forecast, stages, recall) are complete from the start. Nothing is kept per answer:
    counters per day, group and question, and the questions already answered in the current
    study day (answers arrive in time order, so older days can be forgotten).

        builder = InsightBuilder(cards, now, day_hour, tz)
        for batch in batches:           # each oldest first, and after the one before
            builder.add(batch)
            show(builder.insight())     # partial: `builder.reviews` answers so far
    """

    def __init__(self, cards: Sequence[CardInfo], now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                 decay: float = DEFAULT_DECAY, weeks: int = 26):
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware (UTC)")
        self.now = now.astimezone(timezone.utc)
        self.day_hour, self.tz, self.decay, self.weeks = day_hour, tz, decay, weeks
        self.today = study_day(self.now, day_hour, tz)
        self.start = study_day_start(self.today, day_hour, tz)
        self.end = study_day_start(self.today + timedelta(days=1), day_hour, tz)
        self.reviews = 0  # answers folded in so far
        self._cards = cards
        self._recall = {(c.bank_id, c.question_id): recall_now(c, now, decay) for c in cards}
        self._by_key = {(c.bank_id, c.question_id): c for c in cards}
        self._days: dict[int, date] = {}  # quarter hour (UTC) -> study day
        self._time_ms = 0
        self._today = [0, 0, 0]  # answered, right, time
        self._per_day: Counter[date] = Counter()
        self._firsts: dict[date, list[int]] = {}  # study day -> [reviewed, passed], learned questions' first answers
        self._seen: dict[date, set[tuple[str, str]]] = {}  # recent study days -> questions already counted
        self._groups = {"topic": defaultdict(lambda: [0, 0, 0, 0]),  # answers, time, reviewed, passed
                        "bank": defaultdict(lambda: [0, 0, 0, 0])}
        self._fails: Counter[tuple[str, str]] = Counter()
        self._answers: Counter[tuple[str, str]] = Counter()
        self._card_figures = self._from_cards()

    def add(self, reviews: Iterable[ReviewEvent]) -> None:
        """Fold in answers given after (or at) every answer folded in before, oldest first."""
        days, day_hour, tz = self._days, self.day_hour, self.tz
        start, end, today = self.start, self.end, self._today
        per_day, firsts, seen = self._per_day, self._firsts, self._seen
        topics, banks = self._groups["topic"], self._groups["bank"]
        fails, answers = self._fails, self._answers
        learned = Stage.REVIEW
        again = Rating.AGAIN
        n = time_ms = 0
        for r in reviews:
            at = r.reviewed_at
            # Every zone's UTC offset is a multiple of 15 minutes, so one lookup per quarter hour suffices.
            quarter = int(at.timestamp() // 900)
            d = days.get(quarter)
            if d is None:
                d = days[quarter] = study_day(at, day_hour, tz)
            ms = r.duration_ms or 0
            passed = r.rating != again
            n += 1
            time_ms += ms
            per_day[d] += 1
            if start <= at < end:
                today[0] += 1
                today[1] += passed
                today[2] += ms
            key = (r.bank_id, r.question_id)
            answers[key] += 1
            if not passed:
                fails[key] += 1
            t = topics[r.topic]
            b = banks[r.bank_id]
            t[0] += 1
            t[1] += ms
            b[0] += 1
            b[1] += ms
            if r.stage_before == learned:
                counted = seen.get(d)
                if counted is None:
                    counted = seen[d] = set()
                    for old in [x for x in seen if (d - x).days > 2]:  # time order: those days are done
                        del seen[old]
                if key not in counted:
                    counted.add(key)
                    f = firsts.get(d)
                    if f is None:
                        f = firsts[d] = [0, 0]
                    f[0] += 1
                    f[1] += passed
                    t[2] += 1
                    t[3] += passed
                    b[2] += 1
                    b[3] += passed
        self.reviews += n
        self._time_ms += time_ms

    def _from_cards(self) -> dict:
        """What the cards alone decide: the same for a partial history as for the whole."""
        groups: dict[str, dict[str, list]] = {"topic": defaultdict(list), "bank": defaultdict(list)}
        for c in self._cards:
            groups["topic"][c.topic].append(c)
            groups["bank"][c.bank_id].append(c)
        per_group = {}
        for by, found in groups.items():
            per_group[by] = {}
            for group, cs in found.items():
                stages = Counter(c.state.stage for c in cs)
                per_group[by][group] = dict(
                    questions=len(cs), new=stages[Stage.NEW], learning=stages[Stage.LEARNING] + stages[Stage.RELEARNING],
                    review=stages[Stage.REVIEW], mature=sum(1 for c in cs if _is_mature(c)),
                    recall=sum(self._recall[(c.bank_id, c.question_id)] for c in cs) / len(cs),
                    leeches=sum(1 for c in cs if is_leech(c.state.lapses)))
        return {"groups": per_group, "forecast": forecast(self._cards, self.start),
                "states": counts_by_state(self._cards),
                "leeches": [(c.bank_id, c.question_id) for c in leeches(self._cards)]}

    def _mastery(self, by: str) -> list[Mastery]:
        cards = self._card_figures["groups"][by]
        counts = self._groups[by]
        out = []
        for group in sorted(set(cards) | set(counts)):
            answers, time_ms, reviewed, passed = counts.get(group, (0, 0, 0, 0))
            out.append(Mastery(group=group, **cards.get(group, {}), retention=passed / reviewed if reviewed else None,
                               reviews=answers, time_ms=time_ms))
        return out

    def _most_failed(self, limit: int = 10) -> list[Struggle]:
        candidates = []
        for k, n in self._fails.items():
            c = self._by_key.get(k)
            if c is not None:  # a retired question: nothing left to study
                candidates.append((-n, -c.state.lapses, self._recall[k], k[0], k[1]))
        return [Struggle(b, q, self._by_key[(b, q)].topic, -n, self._answers[(b, q)], -lapses, is_leech(-lapses), rec)
                for n, lapses, rec, b, q in heapq.nsmallest(limit, candidates)]

    def insight(self) -> Insight:
        """The figures for the answers folded in so far (all of them, once the last batch is in)."""
        first = self.today - timedelta(days=HEATMAP_DAYS - 1)
        cards = self._card_figures
        return Insight(
            now=self.now,
            today=Today(*self._today),
            heatmap=dict(sorted((d, n) for d, n in self._per_day.items() if first <= d <= self.today)),
            forecast=list(cards["forecast"]),
            retention=_retention_30d(self._firsts, self.today),
            retention_weeks=_retention_weeks(self._firsts, self.today, self.weeks),
            by_topic=self._mastery("topic"),
            by_bank=self._mastery("bank"),
            most_failed=self._most_failed(),
            states=dict(cards["states"]),
            total_reviews=self.reviews,
            total_time_ms=self._time_ms,
            leeches=list(cards["leeches"]),
        )


# -- figures from totals the store summed (SQL), for a history too big to read answer by answer ----

MOST_FAILED = 10  # questions in the statistics page's "most failed" list


class QuestionTotals(NamedTuple):
    """One live question's answers as the store sums them, with its card's lapses and recall now."""

    bank_id: str
    question_id: str
    topic: str
    answers: int
    fails: int  # answers rated Again
    time_ms: int
    reviewed: int  # first answers of a study day while learned (true retention's reviews)
    passed: int  # of those, not Again
    lapses: int
    recall: float


class GroupTotals(NamedTuple):
    """The answers to one bank's questions of one topic, as the store sums them."""

    bank_id: str
    topic: str
    answers: int
    time_ms: int
    reviewed: int  # first answers of a study day while learned (true retention's reviews)
    passed: int  # of those, not Again


class DayTotals(NamedTuple):
    """One study day's answers, and its learned questions' first answers (true retention)."""

    day: date
    answers: int
    reviewed: int
    passed: int


class CardTotals(NamedTuple):
    """The live cards of one bank and topic in one stage, as the store counts them."""

    bank_id: str
    topic: str
    stage: int
    questions: int
    mature: int
    recall: float  # the sum of their recall now
    leeches: int


@dataclass(frozen=True)
class StoreTotals:
    """Everything the statistics page needs from a history, summed by the store (see `storage.insight_totals`)."""

    today: Today
    groups: list[GroupTotals]  # every bank and topic with an answer
    # The questions answered Again at least once, most failed first (`MOST_FAILED` of them at most):
    # by Agains, then lapses, least recall now, bank and question id. Summed per question by the store;
    # a row per answered question (tens of thousands) was most of the page's memory.
    most_failed: list[QuestionTotals]
    days: list[DayTotals]
    cards: list[CardTotals]
    forecast: list[int]
    leeches: list[tuple[str, str]]  # in bank and question order


def day_shifts(first: datetime, last: datetime, day_hour: int, tz: tzinfo | None = None) -> list[tuple[datetime, int]]:
    """How to find a moment's study day with integer arithmetic (what SQL can do per row): from each
    `since` moment on (the first is `first`, each later one a change of the zone's UTC offset, as
    daylight saving starts or ends), the study day is `(ms since 1970 + shift) // 86,400,000` days
    after 1 January 1970, where `shift` is the UTC offset less the hour a study day starts.

    The offset is sampled every 6 hours between `first` and `last` and each change is pinned to the
    minute; zones change offset at most a few times a year, never twice within 6 hours."""
    def shift(moment: datetime) -> int:
        local = moment.astimezone(tz) if tz is not None else moment.astimezone()
        return int(local.utcoffset() // timedelta(milliseconds=1)) - day_hour * 3_600_000

    first, last = first.astimezone(timezone.utc), max(first, last).astimezone(timezone.utc)
    out = [(first, shift(first))]
    step = timedelta(hours=6)
    at = first
    while at < last:
        nxt = min(at + step, last)
        if shift(nxt) != out[-1][1]:
            lo, hi = at, nxt  # the change is after lo and at or before hi: pin it to the minute
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if shift(mid) == out[-1][1]:
                    lo = mid
                else:
                    hi = mid
            out.append((hi.replace(second=0, microsecond=0) if shift(hi.replace(second=0, microsecond=0)) != out[-1][1]
                        else hi, shift(hi)))
        at = nxt
    return out


def insight_from_totals(totals: StoreTotals, now: datetime, day_hour: int = 4, tz: tzinfo | None = None,
                        weeks: int = 26) -> Insight:
    """The same figures as `compute_insight`, from totals the store summed instead of every answer."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    now = now.astimezone(timezone.utc)
    today = study_day(now, day_hour, tz)
    first = today - timedelta(days=HEATMAP_DAYS - 1)
    firsts = {d.day: [d.reviewed, d.passed] for d in totals.days if d.reviewed}
    groups: dict[str, dict[str, dict]] = {"topic": {}, "bank": {}}
    states = {name: 0 for name in STAGE_NAMES.values()}
    mature = 0
    for c in totals.cards:
        states[STAGE_NAMES.get(Stage(c.stage), "new")] += c.questions
        mature += c.mature
        for by, group in (("topic", c.topic), ("bank", c.bank_id)):
            g = groups[by].setdefault(group, {"questions": 0, "new": 0, "learning": 0, "review": 0, "mature": 0,
                                              "recall": 0.0, "leeches": 0})
            g["questions"] += c.questions
            g["new" if c.stage == Stage.NEW else "review" if c.stage == Stage.REVIEW else "learning"] += c.questions
            g["mature"] += c.mature
            g["recall"] += c.recall
            g["leeches"] += c.leeches
    states["mature"] = mature
    answered: dict[str, dict[str, list[int]]] = {"topic": defaultdict(lambda: [0, 0, 0, 0]),
                                                 "bank": defaultdict(lambda: [0, 0, 0, 0])}
    time_ms = 0
    for t in totals.groups:
        time_ms += t.time_ms
        for by, group in (("topic", t.topic), ("bank", t.bank_id)):
            a = answered[by][group]
            a[0] += t.answers
            a[1] += t.time_ms
            a[2] += t.reviewed
            a[3] += t.passed
    candidates = [(-q.fails, -q.lapses, q.recall, q.bank_id, q.question_id, q) for q in totals.most_failed if q.fails]

    def mastery_of(by: str) -> list[Mastery]:
        out = []
        for group in sorted(set(groups[by]) | set(answered[by])):
            g = dict(groups[by].get(group, {}))
            if g:
                g["recall"] = g["recall"] / g["questions"] if g["questions"] else 0.0
            answers, spent, reviewed, passed = answered[by].get(group, (0, 0, 0, 0))
            out.append(Mastery(group=group, **g, retention=passed / reviewed if reviewed else None, reviews=answers,
                               time_ms=spent))
        return out

    return Insight(
        now=now,
        today=totals.today,
        heatmap={d.day: d.answers for d in sorted(totals.days) if first <= d.day <= today and d.answers},
        forecast=list(totals.forecast),
        retention=_retention_30d(firsts, today),
        retention_weeks=_retention_weeks(firsts, today, weeks),
        by_topic=mastery_of("topic"),
        by_bank=mastery_of("bank"),
        most_failed=[Struggle(q.bank_id, q.question_id, q.topic, q.fails, q.answers, q.lapses, is_leech(q.lapses),
                              q.recall) for *_, q in heapq.nsmallest(MOST_FAILED, candidates, key=lambda c: c[:5])],
        states=states,
        total_reviews=sum(d.answers for d in totals.days),
        total_time_ms=time_ms,
        leeches=list(totals.leeches),
    )


def _retention_30d(firsts: dict[date, list[int]], today: date) -> RetentionPoint | None:
    days = [(d, f) for d, f in firsts.items() if (today - d).days < 30 and f[0]]
    if not days:
        return None
    return RetentionPoint(min(d for d, _ in days), sum(f[0] for _, f in days), sum(f[1] for _, f in days))


def _retention_weeks(firsts: dict[date, list[int]], today: date, weeks: int) -> list[RetentionPoint]:
    if not any(f[0] for f in firsts.values()):
        return []
    buckets: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for d, (reviewed, passed) in firsts.items():
        back = (today - d).days
        if back >= 0:
            b = buckets[back // 7]
            b[0] += reviewed
            b[1] += passed
    return [RetentionPoint(today - timedelta(days=(k + 1) * 7 - 1), *buckets.get(k, (0, 0)))
            for k in range(weeks - 1, -1, -1)]


def study_day_start(day: date, day_hour: int, tz: tzinfo | None = None) -> datetime:
    """UTC start of a study day."""
    local = datetime(day.year, day.month, day.day, day_hour)
    aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return aware.astimezone(timezone.utc)


__all__ = [
    "CardInfo", "CardTotals", "DayTotals", "GroupTotals", "Insight", "InsightBuilder", "LEECH_THRESHOLD",
    "MOST_FAILED", "Mastery", "QuestionTotals", "RetentionPoint", "ReviewEvent", "StoreTotals", "Struggle", "Today",
    "compute_insight", "counts_by_state", "day_shifts", "first_answers_of_day", "forecast", "heatmap",
    "insight_from_totals", "is_leech", "leech_advice", "leeches", "mastery", "most_failed", "recall_now",
    "retention_over_time", "retrievability", "study_day", "study_day_start", "today_figures", "true_retention",
    "weak_questions",
]
