"""The study presenter: which question next, answer, reveal, rate, undo. No Qt, no SQL.

The GUI (or a test, or `selftest`) drives a `StudySession` and draws what it exposes; the session
talks to a progress store passed in (`studyapp.storage.progress.Progress` in the app; anything
with the `StudyStore` methods in principle). Time and randomness come in as arguments.

API overview:

    session = StudySession(store, banks, scheduler, rng=random.Random(), mode=Mode.STUDY)
    session.start(now)                     # -> SessionState.ASKING (or WAITING / FINISHED)
    q = session.current                    # Presented: prompt, shuffled choices, type, ...
    fb = session.submit(answer, now)       # auto-graded -> Feedback (None in an exam: it moves on)
    fb = session.reveal(now)               # flash questions: show the answer, then rate
    session.rate(Rating.GOOD, now)         # records the review (committed) and shows the next one
    session.rate(None, now)                # the suggested rating (wrong->Again, right->Good, part->Hard)
    session.undo(now)                      # back to the previous question; its review is removed
    session.progress(now)                  # DayProgress: answered/left today, day done, next due
    session.summary(now)                   # Summary: answered, right, time spent, next due, exam score
    session.resume(now)                    # in WAITING: show the learning card that has come due
    session.finish(now)                    # stop early (an exam is scored with what was answered)
    session.skip(now)                      # the current question was suspended or buried: show the next
    session.exam_total                     # after start() in EXAM mode: how many questions it asks

States: ASKING (a question is shown) -> submit/reveal -> ANSWERED (feedback shown) -> rate ->
ASKING | WAITING (only learning cards later today are left; `progress().next_due` says when) |
FINISHED (the day's work is done, or the practice/exam ran out). Exams skip ANSWERED.

Modes: STUDY follows the schedule and records every rating. PRACTICE goes through questions
(optionally of some topics) in random order and leaves the schedule alone. EXAM asks N random
auto-graded questions without feedback and keeps the score in the exam table.

Siblings (questions that share a source sentence, a quote or a prompt, `core.siblings`) never
come back to back. STUDY buries them until the next day as Anki does (new, learning and review
questions alike: once one of them has been answered today the others wait; `bury_siblings` in
the settings); an exam takes at most one of each family, so it never asks the same question or
the same quote twice; a practice goes through every question of its topics with siblings apart.

The day's queue (STUDY) is `core.day_plan.plan_day`, the same plan the library counts: learning
cards as they fall due come first; then reviews due before the day ends (most overdue first, up
to `reviews_per_day` less today's) interleaved evenly with new questions (mixed across topics
and banks by default, or in bank order: `Settings.new_order`; up to `new_per_day` less today's);
then learning cards due within `learn_ahead_minutes`. The day starts at `day_starts_at_hour` local time (tz passed in, else
settings.timezone, else the computer's zone); a session that crosses that hour rebuilds its
queue for the new day.
"""

from __future__ import annotations

import random
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from enum import Enum
from typing import Any, Protocol

from studyapp.core import grading
from studyapp.core.bank import Bank, prompt_of
from studyapp.core.question_types import QUESTION_TYPES
from studyapp.core.day_plan import DayCounts, plan_day
from studyapp.core.question_source import QuestionSource, question_source
from studyapp.core.records import CardKey, DueCard, ExamResult, ReviewRecord, built_review
from studyapp.core.card import LEARNING_STAGES, rating_of
from studyapp.core.scheduling import CardState, NextStates, Rating, Scheduler, Stage, day_bounds, format_intervals
from studyapp.core.siblings import Marks, marks, one_per_group, spread
from studyapp.errors import StudyAppError


class SessionState(Enum):
    ASKING = "asking"
    ANSWERED = "answered"
    WAITING = "waiting"
    FINISHED = "finished"


class Mode(Enum):
    STUDY = "study"
    PRACTICE = "practice"
    EXAM = "exam"


class SessionError(StudyAppError):
    """A session method was called in a state that does not allow it (a programming error in a UI)."""


class StudyStore(Protocol):
    """What the session needs from a progress store; `storage.progress.Progress` provides it."""

    def card_state(self, key: CardKey) -> CardState: ...
    def learning_cards(self, bank_ids: Sequence[str], until: datetime) -> list[DueCard]: ...
    def due_reviews(self, bank_ids: Sequence[str], before: datetime, limit: int) -> list[DueCard]: ...
    def new_cards(self, bank_ids: Sequence[str], limit: int) -> list[DueCard]: ...
    def new_cards_by_topic(self, bank_ids: Sequence[str], per_topic: int) -> list[tuple[DueCard, str]]: ...
    def reviewed_since(self, bank_ids: Sequence[str], since: datetime,
                       until: datetime | None = None) -> set[CardKey]: ...
    def next_due(self, bank_ids: Sequence[str], after: datetime) -> datetime | None: ...
    def questions(self, bank_ids: Sequence[str], topics: Iterable[str] | None = None) -> list[CardKey]: ...
    def count_reviews_since(self, bank_ids: Sequence[str], since: datetime,
                            stages: Sequence[int] | None = None, until: datetime | None = None) -> int: ...
    def record_review(self, rec: ReviewRecord) -> int: ...
    def undo_review(self, review_id: int) -> CardState: ...
    def start_exam(self, bank_ids: Sequence[str], size: int, now: datetime) -> int: ...
    def record_exam_answer(self, exam_id: int, key: CardKey, now: datetime, answer: str,
                           correct: bool | None, score: float, duration_ms: int | None = None) -> None: ...
    def finish_exam(self, exam_id: int, now: datetime) -> ExamResult: ...


@dataclass(frozen=True)
class Presented:
    """A question as shown: what to draw, in the order to draw it.

    `choices`: the options to pick from, shuffled (quote and choice; true/false keeps its order),
    the items to arrange for an order question (shuffled, never already in order), or the right
    column of a match question; `lefts`: a match question's left column, shuffled. `state`: the
    card's schedule as read when it was chosen (STUDY), carried to the feedback and the rating
    so answering one question reads it once, not three times.
    """

    key: CardKey
    question: Any
    bank: Bank
    prompt: str
    choices: tuple[str, ...]
    lefts: tuple[str, ...]
    stage: Stage
    presented_at: datetime
    state: CardState | None = None

    @property
    def type(self) -> str:
        return self.question.type

    @property
    def topic(self) -> str:
        return self.question.topic

    @property
    def self_graded(self) -> bool:
        return self.question.self_graded

    @property
    def is_new(self) -> bool:
        return self.stage == Stage.NEW


@dataclass(frozen=True)
class Feedback:
    """What to show after an answer. `intervals`/`labels` are empty outside STUDY mode."""

    key: CardKey
    result: grading.GradeResult
    explanation: str
    source: str
    suggested_rating: Rating
    intervals: dict[Rating, timedelta] = field(default_factory=dict)
    labels: dict[Rating, str] = field(default_factory=dict)

    @property
    def correct(self) -> bool | None:
        return self.result.correct

    @property
    def expected(self) -> str:
        return self.result.expected

    @property
    def given(self) -> str:
        return self.result.given


@dataclass(frozen=True)
class DayProgress:
    """For the status bar: today's numbers and whether the day's work is done."""

    answered_today: int
    left_today: int
    new_left: int
    learning_left: int
    reviews_left: int
    day_done: bool
    next_due: datetime | None
    day_ends: datetime | None

    @property
    def counts(self) -> DayCounts:
        """What is left today by kind, as the library shows it (`DayCounts.text`)."""
        return DayCounts(self.new_left, self.learning_left, self.reviews_left)


@dataclass(frozen=True)
class Summary:
    """The end-of-session screen. `exam` is set in EXAM mode."""

    mode: Mode
    answered: int
    correct: int
    time_spent: timedelta
    next_due: datetime | None
    exam: ExamResult | None = None


@dataclass
class _Done:
    """One answered question, for undo and the summary."""

    presented: Presented
    feedback: Feedback | None
    rating: Rating | None
    review_id: int | None
    duration: timedelta
    from_queue: bool
    skipped: bool = False  # suspended or buried while shown: undo brings it back, nothing was answered
    reviewed_at: datetime | None = None  # when its review was logged (STUDY), for the day's tally on undo


@dataclass
class _Tally:
    """Today's numbers behind `progress` (STUDY), read once per day and then kept up to date from
    the session's own writes: each review it records says which card changed and its state after,
    so the answered count and the learning cards due today need no query after an answer.
    Another writer (an import, a sync) makes it stale: `forget_counts` reads it again."""

    day: tuple[datetime, datetime]
    answered: int
    learning: dict[CardKey, DueCard]  # learning cards of the banks due by the day's end, as stored

    def record(self, key: CardKey, at: datetime | None, state: CardState | None, step: int) -> None:
        """Card `key` now has `state`; a review logged at `at` was added (step 1) or taken back (-1)."""
        start, end = self.day
        if at is not None and start <= at < end:
            self.answered += step
        self.learning.pop(key, None)
        if state is not None and state.stage in LEARNING_STAGES and state.due is not None and state.due <= end:
            self.learning[key] = DueCard(key, state)


class StudySession:
    """Drives one sitting of study, practice or an exam over some banks. See the module docstring."""

    def __init__(self, store: StudyStore, banks: Mapping[str, Bank], scheduler: Scheduler, *,
                 rng: random.Random, mode: Mode = Mode.STUDY, bank_ids: Sequence[str] | None = None,
                 topics: Iterable[str] | None = None, exam_size: int = 20, tz: tzinfo | None = None,
                 exclude: Container[CardKey] = frozenset()):
        self.store = store
        # Suspended and buried questions (storage.marks), left out of every mode. Kept as given:
        # the GUI adds a key when the student suspends the question on screen, then calls skip().
        self.exclude = exclude
        # The installed banks' shelf (a question is built when shown), or banks in memory wrapped as one.
        self.banks: QuestionSource = question_source(banks)
        self.scheduler = scheduler
        self.settings = scheduler.settings
        self.rng = rng
        self.mode = mode
        self.bank_ids = [b for b in (bank_ids if bank_ids is not None else sorted(self.banks)) if b in self.banks]
        self.topics = list(topics) if topics is not None else None
        self.exam_size = exam_size
        self.tz = tz if tz is not None else self.settings.tzinfo  # None: the computer's zone
        self.state = SessionState.FINISHED
        self.current: Presented | None = None
        self.feedback: Feedback | None = None
        self.exam_id: int | None = None
        # How many questions the exam asks: `exam_size`, or fewer if the banks have fewer
        # auto-graded questions; set by start(), 0 outside an exam. The GUI's "Question n of N".
        self.exam_total = 0
        self._exam_result: ExamResult | None = None
        self._queue: list[CardKey] = []
        self._queue_stage: dict[CardKey, Stage] = {}
        self._queue_state: dict[CardKey, CardState] = {}
        self._current_from_queue = False
        self._done: list[_Done] = []
        self._answered_at: datetime | None = None
        self._next: NextStates | None = None  # the shown answer's state per rating (STUDY mode)
        self._day: tuple[datetime, datetime] | None = None
        self._started = False
        self._marks: dict[CardKey, Marks] = {}
        self._reviewed: set[CardKey] = set()        # answered today (STUDY): may come back as learning
        self._tally: _Tally | None = None  # today's answered count and learning cards, for progress()
        self._allowed_learning: set[CardKey] = set()  # learning from earlier days that no sibling buries

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self, now: datetime) -> SessionState:
        """Build the queue and show the first question."""
        if self._started:
            raise SessionError("this session has already started")
        self._started = True
        if self.mode == Mode.STUDY:
            self._build_day(now)
        else:
            keys = [k for k in self.store.questions(self.bank_ids, self.topics) if self._known(k)]
            if self.mode == Mode.EXAM:
                keys = [k for k in keys if not self._question(k).self_graded]
            self.rng.shuffle(keys)
            if self.mode == Mode.EXAM:
                # One question of each family of siblings: an exam never asks the same thing twice.
                keys, _ = one_per_group(keys, self._marks_of, limit=self.exam_size)
                self.exam_total = len(keys)
                self.exam_id = self.store.start_exam(self.bank_ids, len(keys), now)
            else:
                # Practice goes through every question of its topics, siblings never back to back.
                keys = spread(keys, self._marks_of)
            self._queue = keys
        return self._advance(now)

    def resume(self, now: datetime) -> SessionState:
        """In WAITING, look again: a learning card may have come due (call from a timer)."""
        if self.state == SessionState.WAITING:
            return self._advance(now)
        return self.state

    def finish(self, now: datetime) -> Summary:
        """Stop now; an exam is scored with what was answered (the rest counts as wrong)."""
        if self.state in (SessionState.ASKING, SessionState.ANSWERED, SessionState.WAITING) and self.current:
            if self._current_from_queue:
                self._queue.insert(0, self.current.key)
        self.current, self.feedback = None, None
        self.state = SessionState.FINISHED
        self._close_exam(now)
        return self.summary(now)

    def skip(self, now: datetime) -> SessionState:
        """The question shown was suspended or buried (its key is now in `exclude`): record
        nothing and show the next one. `undo` brings it back, like an answer."""
        if self.state not in (SessionState.ASKING, SessionState.ANSWERED) or self.current is None:
            raise SessionError(f"cannot skip while {self.state.value}")
        if self.mode == Mode.EXAM:
            raise SessionError("an exam asks every question it drew; finish it first")
        p = replace(self.current, presented_at=now)
        self._done.append(_Done(p, None, None, None, timedelta(), self._current_from_queue, skipped=True))
        return self._advance(now)

    @property
    def last_skipped(self) -> CardKey | None:
        """The question `undo` would bring back after a skip (None: undo would do something else)."""
        if self.state == SessionState.ANSWERED or not self._done or not self._done[-1].skipped:
            return None
        return self._done[-1].presented.key

    # -- answering -------------------------------------------------------------------------------

    def submit(self, answer: Any, now: datetime) -> Feedback | None:
        """Grade an answer (shape per question type, see grading.grade). In an exam the answer is
        recorded and the next question shown at once (returns None); otherwise -> ANSWERED."""
        p = self._require(SessionState.ASKING)
        result = grading.grade(p.bank, p.question, answer)
        if self.mode == Mode.EXAM:
            assert self.exam_id is not None
            duration = _elapsed(p.presented_at, now)
            self.store.record_exam_answer(self.exam_id, p.key, now, result.given, result.correct, result.score,
                                          int(duration / timedelta(milliseconds=1)))
            fb = self._feedback(p, result, now)
            self._done.append(_Done(p, fb, None, None, duration, self._current_from_queue))
            self._advance(now)
            return None
        self.feedback = self._feedback(p, result, now)
        self._answered_at = now
        self.state = SessionState.ANSWERED
        return self.feedback

    def reveal(self, now: datetime) -> Feedback:
        """Show a self-graded (flash) question's answer; then `rate` it."""
        p = self._require(SessionState.ASKING)
        if not p.self_graded:
            raise SessionError("reveal() is for self-graded questions; use submit()")
        if self.mode == Mode.EXAM:
            raise SessionError("exams have no self-graded questions")
        fb = self.submit(None, now)
        assert fb is not None
        return fb

    def rate(self, rating: Rating | int | None, now: datetime) -> SessionState:
        """Accept the feedback with a rating (None = the suggested one) and move on.

        In STUDY mode the review and the card's new state are written in one transaction, which
        has committed before the next question is chosen.
        """
        p = self._require(SessionState.ANSWERED)
        fb = self.feedback
        assert fb is not None and self._answered_at is not None
        rating = rating_of(rating) if rating is not None else fb.suggested_rating
        duration = _elapsed(p.presented_at, self._answered_at)
        review_id = None
        if self.mode == Mode.STUDY:
            assert self._next is not None
            before = self._next.before
            after = self.scheduler.rated(self._next, rating, now)
            result = fb.result
            review_id = self.store.record_review(built_review(
                p.key, now, rating, before, after, result.given, result.correct, result.score,
                int(duration / _MS)))
            self._reviewed.add(p.key)
            if self._tally is not None:
                self._tally.record(p.key, now, after, 1)
        self._done.append(_Done(p, fb, rating, review_id, duration, self._current_from_queue,
                                reviewed_at=now if review_id is not None else None))
        return self._advance(now)

    @property
    def last_review_id(self) -> int | None:
        """The id of the review the last `rate` committed (STUDY mode), e.g. for logs and tests."""
        return self._done[-1].review_id if self._done else None

    @property
    def can_undo(self) -> bool:
        if self.mode == Mode.EXAM:
            return False
        return self.state == SessionState.ANSWERED or bool(self._done)

    def undo(self, now: datetime) -> SessionState:
        """ANSWERED: take the answer back (ask again). Otherwise: go back to the last rated
        question, removing its review and restoring its card state. Not available in exams."""
        if not self.can_undo:
            raise SessionError("nothing to undo")
        if self.state == SessionState.ANSWERED:
            assert self.current is not None
            self.current = replace(self.current, presented_at=now)
            self.feedback, self._answered_at = None, None
            self.state = SessionState.ASKING
            return self.state
        last = self._done.pop()
        restored = self.store.undo_review(last.review_id) if last.review_id is not None else None
        if restored is not None and self._tally is not None:
            self._tally.record(last.presented.key, last.reviewed_at, restored, -1)
        if self.current is not None and self._current_from_queue:
            self._queue.insert(0, self.current.key)
        if self.mode == Mode.STUDY:
            state = restored if restored is not None else self.store.card_state(last.presented.key)
            self.current = replace(last.presented, presented_at=now, stage=state.stage, state=state)
        else:
            self.current = replace(last.presented, presented_at=now)
        self._current_from_queue = last.from_queue
        self.feedback, self._answered_at = None, None
        self.state = SessionState.ASKING
        return self.state

    # -- numbers ---------------------------------------------------------------------------------

    def forget_counts(self) -> None:
        """Someone else changed progress (an import, a sync): `progress` reads today's numbers again."""
        self._tally = None

    def progress(self, now: datetime, *, next_due: bool = True) -> DayProgress:
        """Answered and left today (STUDY: all of today's reviews in these banks, not only this
        session's), whether the day is done and when the next card falls due (`next_due=False`:
        not asked, None; a header that does not show it saves the query).

        Today's answered count and learning cards are read once a day and then counted from the
        session's own reviews (`_Tally`), so drawing after an answer queries nothing."""
        showing = 1 if self.state in (SessionState.ASKING, SessionState.ANSWERED) else 0
        if self.mode != Mode.STUDY:
            left = len(self._queue) + showing
            answered = sum(1 for d in self._done if not d.skipped)
            return DayProgress(answered, left, 0, 0, left, left == 0, None, None)
        start, end = self._day or day_bounds(now, self.settings.day_starts_at_hour, self.tz)
        tally = self._day_tally(start, end)
        answered = tally.answered
        learning = [c for c in tally.learning.values()
                    if (c.key in self._reviewed or c.key in self._allowed_learning) and self._known(c.key)]
        current = self.current.key if self.current and showing else None
        learning_left = len([c for c in learning if c.key != current])
        queued = self._queue + ([current] if current is not None and self._current_from_queue else [])
        new_left = reviews_left = 0
        for k in queued:
            if self._queue_stage.get(k) == Stage.NEW:
                new_left += 1
            else:
                reviews_left += 1
        if current is not None and not self._current_from_queue:
            learning_left += 1
        left = new_left + learning_left + reviews_left
        due = self.store.next_due(self.bank_ids, now) if next_due else None
        return DayProgress(answered, left, new_left, learning_left, reviews_left, left == 0, due, end)

    def _day_tally(self, start: datetime, end: datetime) -> _Tally:
        if self._tally is None or self._tally.day != (start, end):
            self._tally = _Tally((start, end), self.store.count_reviews_since(self.bank_ids, start, until=end),
                                 {c.key: c for c in self.store.learning_cards(self.bank_ids, end)})
        return self._tally

    def summary(self, now: datetime) -> Summary:
        """This session's totals; for flash questions "right" means not rated Again."""
        right = 0
        for d in self._done:
            if d.feedback is None:
                continue
            if d.feedback.correct is None:
                right += 1 if d.rating not in (None, Rating.AGAIN) else 0
            elif d.feedback.correct:
                right += 1
        spent = sum((d.duration for d in self._done), timedelta())
        next_due = self.store.next_due(self.bank_ids, now) if self.mode == Mode.STUDY else None
        answered = sum(1 for d in self._done if not d.skipped)
        return Summary(self.mode, answered, right, spent, next_due, self._exam_result)

    # -- internals -------------------------------------------------------------------------------

    def _require(self, state: SessionState) -> Presented:
        if self.state != state or self.current is None:
            raise SessionError(f"cannot do that while {self.state.value}")
        return self.current

    def _known(self, key: CardKey) -> bool:
        if key in self.exclude:
            return False
        return self.banks.has_question(key)

    def _question(self, key: CardKey):
        return self.banks.question(key)

    def _build_day(self, now: datetime) -> None:
        s = self.settings
        start, end = day_bounds(now, s.day_starts_at_hour, self.tz)
        self._day = (start, end)
        self._tally = None  # a new day: its numbers are read afresh
        plan = plan_day(self.store, self._marks_of, self.bank_ids, s, start, end, self._known)
        self._reviewed = set(plan.reviewed)
        self._allowed_learning = plan.allowed_learning
        self._queue_state = {c.key: c.state for c in [*plan.reviews, *plan.news]}
        self._queue_stage = {k: st.stage for k, st in self._queue_state.items()}
        self._queue = interleave([c.key for c in plan.reviews], [c.key for c in plan.news])

    def _marks_of(self, key: CardKey) -> Marks:
        found = self._marks.get(key)
        if found is None:
            found = self._marks[key] = marks(self._question(key))
        return found

    def _after_previous(self, keys: Sequence[CardKey]) -> int | None:
        """The index of the first key that is no sibling of the question just shown (None: none)."""
        if not self._done:
            return 0 if keys else None
        previous = self._marks_of(self._done[-1].presented.key)
        return next((i for i, k in enumerate(keys) if not (self._marks_of(k) & previous)), None)

    def _advance(self, now: datetime) -> SessionState:
        self.current, self.feedback, self._answered_at = None, None, None
        if self.mode != Mode.STUDY:
            if self._queue:
                return self._present(self._queue.pop(0), now, from_queue=True)
            self.state = SessionState.FINISHED
            self._close_exam(now)
            return self.state
        assert self._day is not None
        if now >= self._day[1]:
            self._build_day(now)
        start, end = self._day
        # Learning cards that are due first, then the queue, then learning due soon; but never a
        # sibling of the question just shown while anything else can be.
        due_now = self._learning(now)
        ahead: list[DueCard] | None = None  # read only when the first two have nothing to offer
        for pick in (self._after_previous, _first):
            i = pick([c.key for c in due_now])
            if i is not None:
                return self._present(due_now[i].key, now, from_queue=False, state=due_now[i].state)
            i = pick(self._queue)
            if i is not None:
                return self._present(self._queue.pop(i), now, from_queue=True)
            if ahead is None:
                ahead = self._learning(now + self.settings.learn_ahead)
            i = pick([c.key for c in ahead])
            if i is not None:
                return self._present(ahead[i].key, now, from_queue=False, state=ahead[i].state)
        later = self._learning(end - timedelta(microseconds=1))
        self.state = SessionState.WAITING if later else SessionState.FINISHED
        return self.state

    def _learning(self, until: datetime) -> list[DueCard]:
        """Learning cards due by `until` that today's plan allows: those answered today, and those
        from earlier days that no sibling buries.

        Read from today's tally, which the session's own reviews keep current, so choosing the
        next question queries nothing (the store's query over every bank of a large library took
        1-2 ms a pick). The store is asked only when the tally cannot answer exactly: `until`
        after the day's end, or two cards due at the same moment (the store orders those by its
        own row order)."""
        assert self._day is not None
        start, end = self._day
        cards = None
        if until <= end:
            due = [c for c in self._day_tally(start, end).learning.values() if c.state.due <= until]
            if len({c.state.due for c in due}) == len(due):
                cards = sorted(due, key=lambda c: c.state.due)
        if cards is None:
            cards = self.store.learning_cards(self.bank_ids, until)
        return [c for c in cards
                if (c.key in self._reviewed or c.key in self._allowed_learning) and self._known(c.key)]

    def _present(self, key: CardKey, now: datetime, *, from_queue: bool, state: CardState | None = None) -> SessionState:
        bank = self.banks.header(key.bank_id)
        q = self._question(key)
        if self.mode != Mode.STUDY:
            state, stage = None, Stage.NEW  # practice and exams do not look at the schedule
        else:
            if state is None and from_queue:
                state = self._queue_state.get(key)  # as read when the day's queue was built
            if state is None:
                state = self.store.card_state(key)
            stage = state.stage
        choices, lefts = QUESTION_TYPES.of(q).arrange(bank, q, self.rng)
        self.current = Presented(key, q, bank, prompt_of(bank, q), choices, lefts, stage, now, state)
        self._current_from_queue = from_queue
        self.state = SessionState.ASKING
        return self.state

    def _feedback(self, p: Presented, result: grading.GradeResult, now: datetime) -> Feedback:
        suggested = Rating(grading.suggested_rating(result))
        intervals: dict[Rating, timedelta] = {}
        if self.mode == Mode.STUDY:
            self._next = self.scheduler.next_states(self._state_of(p), now)
            intervals = self._next.intervals
        return Feedback(p.key, result, p.question.explanation, p.question.source, suggested, intervals,
                        format_intervals(intervals))

    def _state_of(self, p: Presented) -> CardState:
        """The card's schedule as carried since it was presented (nothing else writes it meanwhile)."""
        return p.state if p.state is not None else self.store.card_state(p.key)

    def _close_exam(self, now: datetime) -> None:
        if self.mode == Mode.EXAM and self.exam_id is not None and self._exam_result is None:
            self._exam_result = self.store.finish_exam(self.exam_id, now)


def interleave(reviews: list, news: list) -> list:
    """Spread new questions evenly among reviews (each list keeps its own order).

    Item i of a list of n sits at (i + 1) / (n + 1) of the way through; ties go to the review.
    """
    placed = [((i + 1) / (len(reviews) + 1), 0, i, r) for i, r in enumerate(reviews)]
    placed += [((j + 1) / (len(news) + 1), 1, j, n) for j, n in enumerate(news)]
    return [item for *_, item in sorted(placed, key=lambda t: t[:3])]


def spread_siblings(keys: list, source_of) -> list:
    """Keep questions drawn from the same sentence apart (Anki buries such siblings).

    Back to back, "Who said …?" gives away the cloze on the same quote. Greedy and stable: each
    step takes the first remaining item whose source differs from the one just placed, or the
    first item when every remaining one shares it.
    """
    left, out, previous = list(keys), [], object()
    while left:
        pick = next((i for i, k in enumerate(left) if source_of(k) != previous), 0)
        item = left.pop(pick)
        out.append(item)
        previous = source_of(item)
    return out


def _first(keys: Sequence) -> int | None:
    return 0 if keys else None


_MS = timedelta(milliseconds=1)


_NO_TIME = timedelta()


def _elapsed(start: datetime, end: datetime) -> timedelta:
    return max(_NO_TIME, end - start)


__all__ = [
    "DayProgress", "Feedback", "Mode", "Presented", "SessionError", "SessionState", "StudySession",
    "QuestionSource", "StudyStore", "Summary", "interleave", "spread_siblings",
]
