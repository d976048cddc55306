"""Glue between a StudySession (core) and the study page: the session decides, the view draws.

One controller per sitting of study, practice or exam. It turns what the user did into session
calls (submit / reveal / rate / undo / finish) and the session's state into what the view shows.
Writes happen inside the session's store calls, which the window routes to its one progress
writer (`gui/progress_ops.py`) and which wait there for the commit: the next question shows only
once the answer is saved, and a write that fails raises here as it always did.

Nothing is read back after an answer that the answer already says: the card's state comes with
the question (`Presented.state`), and the header's numbers are the session's day tally, kept from
its own reviews; `progress_changed` is the window's call when another operation (an import, a
sync) changed what the tally counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studyapp.core.bank import TOPIC_LABELS, answer_text, prompt_of
from studyapp.core.session import Feedback as SessionFeedback
from studyapp.core.session import Mode, SessionState, StudySession, Summary
from studyapp.gui.end_view import next_due_text
from studyapp.gui.exam_view import ExamLine
from studyapp.gui.feedback_view import Feedback
from studyapp.gui.library_view import left_today_text
from studyapp.gui.study_view import StudyView

WAIT_POLL_MS = 15_000  # while waiting for a learning step, look again this often
_ANSWER = "answer"  # an entry of StudyController._history: a rating the session can undo


def to_view_feedback(fb: SessionFeedback, can_open_article: bool) -> Feedback:
    return Feedback(
        correct=fb.result.correct, expected=fb.result.expected, given=fb.result.given, note=fb.result.note,
        explanation=fb.explanation, source=fb.source, score=fb.result.score,
        intervals={int(r): label for r, label in fb.labels.items()}, suggested=int(fb.suggested_rating),
        can_open_article=can_open_article)


class StudyController(QObject):
    finished = Signal(object)  # core Summary
    changed = Signal()         # after every step (tests and the window's title use it)

    def __init__(self, session: StudySession, view: StudyView, clock: Callable[[], datetime], title: str,
                 has_article: Callable[[str], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.view = view
        self.clock = clock
        self.title = title
        self.has_article = has_article
        self.summary: Summary | None = None
        self.total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(WAIT_POLL_MS)
        self._timer.timeout.connect(self._resume)
        self.marks = None  # storage.marks.Marks once use_marks() is called
        self.day_end: Callable[[], datetime] | None = None
        # What Ctrl+Z takes back, newest last: _ANSWER for a rating (the session undoes it), or
        # (MarkChange, the key skipped or None) for a suspend, bury or flag.
        self._history: list = []
        self.undone = ""  # what the last undo took back, when it was a suspend, bury or flag
        view.answered.connect(self.answer)
        view.rated.connect(self.rate)

    def progress_changed(self) -> None:
        """Another operation changed schedules or banks: today's numbers are read again, and shown."""
        self.session.forget_counts()
        if self.session.state in (SessionState.ASKING, SessionState.ANSWERED, SessionState.WAITING):
            self._header()

    def disconnect_view(self) -> None:
        self._timer.stop()
        self.view.answered.disconnect(self.answer)
        self.view.rated.disconnect(self.rate)

    # -- user actions -------------------------------------------------------------------------

    def start(self) -> None:
        self.session.start(self.clock())
        self.total = self.session.exam_total
        self._draw()

    def answer(self, answer: Any) -> None:
        if self.session.state != SessionState.ASKING:
            return
        now = self.clock()
        current = self.session.current
        if current.self_graded and self.session.mode != Mode.EXAM:
            fb = self.session.reveal(now)
        else:
            fb = self.session.submit(answer, now)
        if fb is None:  # exam: no feedback, straight on
            self._draw()
            return
        self._header()
        view_fb = to_view_feedback(fb, self.has_article(current.key.bank_id))
        self.view.show_feedback(fb.result, replace(view_fb, advice=self._leech_advice(current.key, fb)))
        self.changed.emit()

    def _leech_advice(self, key, fb: SessionFeedback) -> str:
        """Anki's leech rule where it helps: a question forgotten 8 times is better re-read than drilled.
        The card's state is the one it was presented with (read only in practice, which carries none)."""
        from studyapp.core.insight import leech_advice
        from studyapp.core.scheduling import Stage

        carried = self.session.current.state if self.session.current is not None else None
        state = carried if carried is not None else self.session.store.card_state(key)
        lapses = state.lapses + (1 if fb.result.correct is False and state.stage == Stage.REVIEW else 0)
        return leech_advice(lapses) or ""

    def rate(self, rating: int | None) -> None:
        if self.session.state != SessionState.ANSWERED:
            return
        self.session.rate(rating, self.clock())
        self._history.append(_ANSWER)
        self._draw()

    def undo(self) -> bool:
        """Ctrl+Z: the newest of the last answer and the last suspend, bury or flag."""
        if self._history and self._history[-1] != _ANSWER:
            change = self._history[-1][0]
            self._undo_mark(self._history.pop())
            self.undone = f"Undone: {change.description[0].lower()}{change.description[1:]}."
            return True
        self.undone = ""
        if not self.session.can_undo:
            return False
        if self._history and self.session.state != SessionState.ANSWERED:
            self._history.pop()  # that rating is what the session takes back now
        self.session.undo(self.clock())
        self._draw()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._history and self._history[-1] != _ANSWER) or self.session.can_undo

    # -- suspend, bury, flag (storage.marks; the session leaves out what is in session.exclude) ------

    def use_marks(self, marks, day_end: Callable[[], datetime]) -> None:
        """Enable @, - and the flags on this sitting: `marks` is a storage.marks.Marks."""
        self.marks, self.day_end = marks, day_end

    def mark_current(self, what: str, flag: int = 0) -> str | None:
        """Suspend ("suspend"), bury ("bury") or flag ("flag", 0-4: the same flag again clears it)
        the question on screen; suspend and bury show the next one. Returns a line for the status bar."""
        s = self.session
        current = s.current
        if self.marks is None or current is None or s.mode == Mode.EXAM or \
                s.state not in (SessionState.ASKING, SessionState.ANSWERED):
            return None
        now = self.clock()
        key = current.key
        if what == "flag":
            change = self.marks.toggle_flag([key], flag, now)
            self._history.append((change, None))
            self.changed.emit()
            return f"{change.description}. Ctrl+Z undoes it."
        if what == "suspend":
            change = self.marks.suspend([key], now)
        else:
            change = self.marks.bury([key], self.day_end(), now)
        s.exclude.add(key)
        self._history.append((change, key))
        s.skip(now)
        self._draw()
        return f"{change.description}. Ctrl+Z brings it back."

    def _undo_mark(self, entry) -> None:
        change, skipped = entry
        self.marks.restore(change, self.clock())
        if skipped is not None:
            self.session.exclude.discard(skipped)
            if self.session.last_skipped == skipped:
                self.session.undo(self.clock())
                self._timer.stop()
            self._draw()
        else:
            self.changed.emit()

    def stop(self) -> Summary:
        """Esc: end the sitting now; an exam is scored with what was answered."""
        self._timer.stop()
        if self.summary is None:
            self.summary = self.session.finish(self.clock())
        return self.summary

    # -- drawing ---------------------------------------------------------------------------------

    def mode_title(self) -> str:
        s = self.session
        if s.mode == Mode.PRACTICE:
            topics = ", ".join(TOPIC_LABELS.get(t, t) for t in (s.topics or [])) or "all topics"
            return f"Practice · {topics}"
        if s.mode == Mode.EXAM:
            return f"Exam · {self.title}"
        return self.title

    def _header(self) -> None:
        s = self.session
        p = s.progress(self.clock(), next_due=False)  # the header does not say when the next is due
        if s.mode == Mode.STUDY:
            # The library's words and numbers (one day plan, core.day_plan); the parts move as
            # new questions become learning ones and learning ones graduate.
            c = p.counts
            text = f"{left_today_text(c.new, c.learning, c.review)} · {p.answered_today} answered today"
        elif s.mode == Mode.PRACTICE:
            text = f"{p.left_today} left · practice leaves your schedule alone"
        else:
            text = f"Question {min(p.answered_today + 1, self.total)} of {self.total} · no feedback until the end"
        self.view.set_header(self.mode_title(), text)

    def _draw(self) -> None:
        s = self.session
        if s.state == SessionState.ASKING:
            self._timer.stop()
            p = s.current
            self._header()
            self.view.show_question(p.bank, p.question, list(p.choices), list(p.lefts))
        elif s.state == SessionState.WAITING:
            self._header()
            progress = s.progress(self.clock())
            self.view.show_message("Waiting for the next step",
                                   "Nothing new right now. " + next_due_text(progress.next_due, self.clock())
                                   + " Stay here, or press Esc for the library.")
            self._timer.start()
        elif s.state == SessionState.FINISHED:
            self._timer.stop()
            self.summary = s.summary(self.clock())
            self.finished.emit(self.summary)
        self.changed.emit()

    def _resume(self) -> None:
        if self.session.resume(self.clock()) != SessionState.WAITING:
            self._draw()

    def exam_lines(self) -> list[ExamLine]:
        """Each exam question with the answer given and the right one, in the order asked."""
        exam = self.summary.exam if self.summary else None
        if exam is None:
            return []
        from studyapp.core.records import CardKey  # loaded with the session already

        banks = self.session.banks  # a QuestionSource: one question each, not every question of the bank
        lines = []
        for bank_id, question_id, given, correct, score in exam.answers:
            bank, q = banks.header(bank_id), banks.question(CardKey(bank_id, question_id))
            lines.append(ExamLine(prompt_of(bank, q), given, answer_text(bank, q), correct, score))
        return lines
