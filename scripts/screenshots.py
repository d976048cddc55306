"""Render the README pictures offscreen: the library, a question, and the feedback after it.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots] [--scale 2] [--dark]

Uses the real window on the bundled bank in a temporary data folder, with a fixed clock and
seed so the pictures only change when the app does.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (2 for sharp README images)")
    parser.add_argument("--dark", action="store_true", help="also render the feedback view in the dark theme")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QEventLoop

    from studyapp.gui.app import AppContext, make_application
    from studyapp.gui.main_window import MainWindow
    from studyapp.gui.selftest import answer_right_by_keys, quiet_offscreen_noise
    from studyapp.paths import AppDirs

    quiet_offscreen_noise()
    app = make_application([])
    now = datetime(2022, 1, 24, 9, 30, tzinfo=timezone.utc)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="studyapp-shots-") as tmp:
        ctx = AppContext(dirs=AppDirs.under(Path(tmp)), clock=lambda: now, rng=random.Random(3), fuzz=False)
        window = MainWindow(ctx)
        window.resize(1000, 720)
        window.show()
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

        shoot("library")
        window.start_study(window.library_view.cards[0].row.id)
        shoot("question")
        answer_right_by_keys(window)
        shoot("feedback")
        if args.dark:
            window.apply_settings(window.settings.with_changes(theme="dark"))
            shoot("feedback-dark")
            window.apply_settings(window.settings.with_changes(theme="system"))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
