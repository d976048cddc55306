"""`studyapp selftest`: prove a build works end to end, headless.

Opens a fresh temporary data folder, lets the app install the bundled bank, answers questions of
several types through the real widgets with key presses, closes everything, reopens the database
and checks every answer is there. Returns (ok, summary); the command prints the summary.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

MAX_QUESTIONS = 25
WANTED_TYPES = 5  # stop once this many different question types have been answered


def answer_right_by_keys(window) -> None:
    """Give the right answer to the question on the study page, with key presses only."""
    window.study_view.question_widget.answer_right_by_keys()


def _wait(app, condition, seconds: float = 30.0) -> bool:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen_noise():
    """The offscreen platform warns on every window shown; keep every other Qt message."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if message != OFFSCREEN_NOISE:
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)


def run_selftest(keep: Path | None = None) -> tuple[bool, str]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt

    from studyapp.core.session import SessionState
    from studyapp.gui.app import AppContext, make_application
    from studyapp.gui.main_window import MainWindow
    from studyapp.gui.question_widgets.base import press
    from studyapp.paths import AppDirs
    from studyapp.storage.progress import Progress

    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = quiet_offscreen_noise()
    root = Path(tempfile.mkdtemp(prefix="studyapp-selftest-")) if keep is None else Path(keep)
    lines: list[str] = [f"data folder: {root}"]
    try:
        app = make_application([])
        dirs = AppDirs.under(root)
        clock_now = [datetime.now(timezone.utc).replace(microsecond=0)]
        ctx = AppContext(dirs=dirs, clock=lambda: clock_now[0], rng=random.Random(0), fuzz=False)
        window = MainWindow(ctx)
        window.show()
        loaded: list[bool] = []
        window.ready.connect(lambda: loaded.append(True))
        window.start()
        if not _wait(app, lambda: bool(loaded)):
            return False, "\n".join([*lines, "FAIL: the library did not open within 30 s"])
        cards = window.library_view.cards
        if not cards:
            return False, "\n".join([*lines, "FAIL: no bundled bank in the library",
                                     *window.library.data.problems])
        bank_id = cards[0].row.id
        lines.append(f"bundled bank installed: {bank_id} ({cards[0].row.total} questions)")
        press(cards[0].study_button, Qt.Key.Key_Return)
        answered: dict[tuple[str, str], str] = {}
        types: set[str] = set()
        while (window.study is not None and window.study.session.state == SessionState.ASKING
               and len(answered) < MAX_QUESTIONS and len(types) < WANTED_TYPES):
            p = window.study.session.current
            answer_right_by_keys(window)
            fb = window.study.session.feedback
            if fb is None or (fb.correct is False):
                return False, "\n".join([*lines, f"FAIL: {p.key.question_id} ({p.type}) was not graded right"])
            answered[(p.key.bank_id, p.key.question_id)] = p.type
            types.add(p.type)
            clock_now[0] += _seconds(15)
            press(window.study_view.feedback, Qt.Key.Key_3)
        lines.append(f"answered {len(answered)} questions through the widgets, types: {', '.join(sorted(types))}")
        window.close()
        window.trust.wait_closing()  # as the app does before it exits: the copy on closing is in place, not
        window.deleteLater()         # still being written into the folder this check removes when it ends
        app.processEvents()
        with Progress.open(dirs.database, dirs.backups, clock_now[0], banks_dir=dirs.banks) as progress:
            from studyapp.core.records import CardKey

            missing = [qid for (b, qid) in answered if len(progress.reviews(CardKey(b, qid))) != 1]
            problems = progress.integrity_problems()
        if missing or problems or len(types) < 3:
            detail = (f"missing after reopening: {missing}" if missing else
                      f"integrity: {problems}" if problems else f"only {len(types)} question types answered")
            return False, "\n".join([*lines, "FAIL: " + detail])
        lines.append(f"reopened the database: all {len(answered)} answers are there; integrity ok")
        return True, "\n".join([*lines, f"selftest passed: {len(answered)} answers of {len(types)} question types "
                                           "recorded through the widgets and found after reopening"])
    finally:
        qInstallMessageHandler(previous_handler)
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def _seconds(n: int):
    from datetime import timedelta

    return timedelta(seconds=n)
