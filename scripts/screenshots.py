"""Render the README pictures offscreen: the library, Browse, a question, the feedback after a wrong
answer and an exam, at 1366×768: at the default text size in the light theme, then the study, feedback and
exam screens at the largest text size in the light and the dark theme.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768]

Uses the real window on the bundled bank in a temporary data folder, with a fixed clock and seed
so the pictures only change when the app does. The feedback shown is for a wrong order question
(the bank's longest source), the case that used to push the verdict out of view.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))



def size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", type=size, default=(1366, 768), help="window size, WIDTHxHEIGHT")
    parser.add_argument("--largest", type=int, default=None, help="the large text size in points "
                        "(default: the largest Settings offers)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEventLoop, Qt

    from studyapp.gui.app import AppContext, make_application
    from studyapp.gui.main_window import MainWindow
    from studyapp.gui.selftest import answer_right_by_keys, press, quiet_offscreen_noise
    from studyapp.gui.theme import LARGEST_TEXT_SIZE
    from studyapp.paths import AppDirs

    largest = args.largest or LARGEST_TEXT_SIZE

    quiet_offscreen_noise()
    app = make_application([])
    now = datetime(2022, 1, 24, 9, 30, tzinfo=timezone.utc)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="studyapp-shots-") as tmp:
        ctx = AppContext(dirs=AppDirs.under(Path(tmp)), clock=lambda: now, rng=random.Random(3), fuzz=False)
        window = MainWindow(ctx)
        window.show()
        window.resize(*args.size)
        ready: list[bool] = []
        window.ready.connect(lambda: ready.append(True))
        window.start()
        while not ready:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

        def settle() -> None:
            for _ in range(5):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        def shoot(name: str) -> None:
            settle()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        def look(theme: str, text_size: int) -> None:
            window.apply_settings(window.settings.with_changes(theme=theme, text_size=text_size))
            window.resize(*args.size)

        bank = window.library_view.cards[0].row.id

        def order_question() -> None:
            """Practice the bank until its order question is on screen, answering the others right."""
            window.start_practice(bank, None)
            for _ in range(200):
                settle()
                current = window.study.session.current
                if current is None or current.question.type == "order":
                    return
                answer_right_by_keys(window)
                settle()
                press(window.study_view.feedback, Qt.Key.Key_3)

        def wrong_order() -> None:
            widget = window.study_view.question_widget
            press(widget.list, Qt.Key.Key_Return)  # the items as shown, not in time order
            settle()

        def browse() -> None:
            """View → Browse on a search, one question flagged, the row below it previewed."""
            window.show_browse()
            shown = window.browse_window
            shown.resize(*args.size)
            for _ in range(500):
                settle()
                if not shown.browse.stale_text():
                    break
            shown.search("topic:who-said-what")
            shown.select_row(1)
            shown.toggle_flag(1)
            shown.select_row(2)
            settle()
            path = out / "browse.png"
            shown.grab().save(str(path))
            print(path)
            shown.close()

        for theme, text_size, tail in (("light", 12, ""), ("light", largest, "-largest"),
                                       ("dark", largest, "-largest-dark")):
            look(theme, text_size)
            if not tail:
                window.show_library()
                shoot("library")
                browse()
            window.start_study(bank)
            shoot(f"study{tail}")
            order_question()
            wrong_order()
            shoot(f"feedback{tail}")
            window.start_exam(bank, 10)
            shoot(f"exam{tail}")
            window.show_library()
        window.apply_settings(window.settings.with_changes(theme="system", text_size=12))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
