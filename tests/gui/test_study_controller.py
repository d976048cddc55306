"""StudyController on its own, driven through a fake view (Mnemosyne tests its review controller
against a fake review widget): a real progress file in tmp_path, the real mini bank, a real session;
only the widgets are replaced, by an object that keeps what it was told to draw."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Signal
from sqlalchemy import event

from studyapp.core.scheduling import Rating, Scheduler
from studyapp.core.session import Mode, SessionState, StudySession
from studyapp.gui.study_controller import StudyController
from studyapp.settings import Settings
from studyapp.storage.marks import Marks
from tests.core.test_session import right, wrong
from tests.helpers.reviews import answer


class FakeStudyView(QObject):
    """The StudyView interface the controller draws on, keeping what it was told to show."""

    answered = Signal(object)
    rated = Signal(int)

    def __init__(self):
        super().__init__()
        self.header: tuple[str, str] = ("", "")
        self.question = None
        self.choices: list[str] = []
        self.feedback = None
        self.message: tuple[str, str] | None = None

    def set_header(self, mode: str, progress: str) -> None:
        self.header = (mode, progress)

    def show_question(self, bank, question, choices, lefts) -> None:
        self.question, self.choices, self.feedback, self.message = question, choices, None, None

    def show_feedback(self, result, feedback) -> None:
        self.feedback = feedback

    def show_message(self, title: str, text: str) -> None:
        self.question, self.message = None, (title, text)


@pytest.fixture
def sitting(qtbot, mini_progress, clock):
    """(controller, view) for a STUDY sitting of the mini bank, siblings not buried, started."""

    def make(mode=Mode.STUDY, **settings):
        settings.setdefault("bury_siblings", False)
        session = StudySession(mini_progress, mini_progress.bank_shelf(), Scheduler(Settings(**settings), fuzz=False),
                               rng=random.Random(3), mode=mode, tz=clock.now.tzinfo, exam_size=4,
                               exclude=set())  # the window passes a set: suspending adds to it
        view = FakeStudyView()
        controller = StudyController(session, view, clock, "Mini", has_article=lambda bank_id: False)
        controller.start()
        return controller, view

    return make


def statements(engine) -> list[str]:
    """Every SQL statement run on `engine`'s connections from now on, in order: SQLite's own trace on
    each new connection, so statements run on the DB-API connection itself are seen too."""
    seen: list[str] = []
    event.listen(engine, "connect", lambda dbapi_conn, _rec: dbapi_conn.set_trace_callback(seen.append))
    engine.dispose()  # the pooled connections go; every one from now on is traced
    return seen


def test_answer_then_rate_draws_feedback_then_the_next_question_and_saves_the_review(sitting, mini_progress, clock):
    controller, view = sitting()
    first = controller.session.current
    assert view.question is first.question
    assert view.header == ("Mini", "Left today: 8 new · 0 learning · 0 to review · 0 answered today")
    view.answered.emit(right(first))
    assert view.feedback is not None and view.feedback.correct is not False
    clock.advance(seconds=10)
    view.rated.emit(int(Rating.GOOD))
    assert view.question is controller.session.current.question is not first.question
    assert view.header[1].endswith("1 answered today")
    assert [int(r.rating) for r in mini_progress.reviews(first.key)] == [int(Rating.GOOD)]


def test_answering_reads_nothing_and_rating_only_writes_and_picks_the_next(sitting, mini_progress):
    """The card's state comes with the question and the header's numbers from the session's own
    review: no card_state, count or next-due query after an answer or a rating."""
    controller, view = sitting()
    seen = statements(mini_progress.engine)
    view.answered.emit(wrong(controller.session.current))
    assert seen == []  # the feedback, its leech advice and the header from what is already known
    view.rated.emit(int(Rating.AGAIN))
    assert seen and not [s for s in seen if "count(" in s.lower() or "min(" in s.lower()]
    assert not [s for s in seen if "question.question_id = ?" in s]  # no card re-read by key
    assert view.header[1].startswith("Left today: 7 new · 1 learning")  # the card answered Again is learning now


def test_undo_takes_the_review_back_and_the_counts_with_it(sitting, mini_progress):
    controller, view = sitting()
    first = controller.session.current
    view.answered.emit(right(first))
    view.rated.emit(int(Rating.AGAIN))
    assert view.header[1] == "Left today: 7 new · 1 learning · 0 to review · 1 answered today"
    assert controller.undo()
    assert view.question is first.question
    assert view.header[1] == "Left today: 8 new · 0 learning · 0 to review · 0 answered today"
    assert mini_progress.reviews(first.key) == []


def test_another_writers_reviews_are_counted_once_the_window_says_so(sitting, mini_progress, clock):
    controller, view = sitting()
    current = controller.session.current.key.question_id
    other = next(q for q in ("q-quote", "q-choice") if q != current)
    answer(mini_progress, other, Rating.GOOD, clock.now)  # a sync from another device, say
    assert view.header[1].endswith("0 answered today")  # the tally does not poll
    controller.progress_changed()
    assert view.header[1].endswith("1 answered today")


def test_suspend_shows_the_next_question_and_undo_brings_it_back(sitting, mini_progress, clock):
    controller, view = sitting()
    controller.use_marks(Marks(mini_progress.engine), lambda: clock.now + timedelta(hours=12))
    first = controller.session.current
    said = controller.mark_current("suspend")
    assert said and "Ctrl+Z" in said
    assert view.question is not first.question
    assert Marks(mini_progress.engine).get([first.key])[first.key].suspended
    assert controller.undo()
    assert view.question is first.question
    assert not Marks(mini_progress.engine).get([first.key])[first.key].suspended


def test_an_exam_moves_on_without_feedback_and_lists_the_answers_at_the_end(sitting, mini_progress):
    controller, view = sitting(Mode.EXAM)
    finished = []
    controller.finished.connect(finished.append)
    assert view.header[1].startswith("Question 1 of 4")
    while controller.session.state == SessionState.ASKING:
        view.answered.emit(right(controller.session.current))
        assert view.feedback is None
    assert finished and finished[0].exam.score == 1.0
    lines = controller.exam_lines()
    assert len(lines) == 4 and all(line.correct for line in lines)
    assert mini_progress.review_count() == 0  # an exam leaves the schedule alone



def test_a_failed_write_raises_its_plain_message_and_the_answer_is_not_shown_as_saved(qtbot, mini_progress, clock):
    """Through the window's writer as in the app: the rating waits for the commit, the refusal comes
    back as the storage layer worded it, and the feedback stays up with nothing recorded."""
    from studyapp.errors import StorageError
    from studyapp.gui.progress_ops import PROGRESS_WRITES, on_writer
    from studyapp.gui.workers import Writer

    writer = Writer()
    session = StudySession(on_writer(mini_progress, writer, PROGRESS_WRITES), mini_progress.bank_shelf(),
                           Scheduler(Settings(bury_siblings=False), fuzz=False), rng=random.Random(3),
                           tz=clock.now.tzinfo)
    view = FakeStudyView()
    controller = StudyController(session, view, clock, "Mini", has_article=lambda bank_id: False)
    controller.start()
    first = session.current
    view.answered.emit(right(first))
    # query_only makes SQLite refuse writes as a read-only folder does (and works when tests run as root).
    event.listen(mini_progress.engine, "connect", lambda dbapi_conn, _rec: dbapi_conn.execute("PRAGMA query_only = ON"))
    mini_progress.engine.dispose()
    with pytest.raises(StorageError, match="read-only, so this was not saved"):
        controller.rate(int(Rating.GOOD))
    assert session.state == SessionState.ANSWERED and view.feedback is not None
    assert view.question is first.question and mini_progress.reviews(first.key) == []
