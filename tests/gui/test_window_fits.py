"""The window opens inside the available screen, scaled or not, and comes back where it was left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: the screen's size and the scale factor are fixed when Qt starts.
# It opens the window on the bundled bank, answers the first question by keys, and reports the
# window's frame and whether the question, the verdict and the ratings are on screen.
CHILD = r"""
import json, random, sys
from datetime import datetime, timezone
from pathlib import Path
from PySide6.QtCore import QEventLoop, QPoint, QRect
from studyapp.gui.app import AppContext, make_application
from studyapp.gui.main_window import MainWindow
from studyapp.gui.selftest import answer_right_by_keys
from studyapp.paths import AppDirs

app = make_application([])
now = datetime(2022, 1, 24, 9, 30, tzinfo=timezone.utc)
window = MainWindow(AppContext(dirs=AppDirs.under(Path(sys.argv[1])), clock=lambda: now, rng=random.Random(1),
                               fuzz=False, install_bundled=True))
window.show()
ready = []
window.ready.connect(lambda: ready.append(True))
window.start()
while not ready:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
window.start_study(window.library_view.cards[0].row.id)
answer_right_by_keys(window)
for _ in range(5):
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

def shown(widget):
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (widget.isVisible() and window.rect().contains(where)
            and widget.visibleRegion().boundingRect() == widget.rect())

view = window.study_view
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({"screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                  "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                  "shown": [shown(w) for w in (view.question_text, view.feedback.verdict,
                                               *view.feedback.rating_buttons)]}))
window.close()
"""


def test_the_window_opens_inside_a_1366x768_screen_scaled_by_one_and_a_half(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.5",
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data")], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    screen, frame = QRect(*shown["screen"]), QRect(*shown["frame"])
    assert screen.size() == QSize(911, 512)  # 1366×768 at 1.5
    assert screen.contains(frame), (screen, frame)
    assert all(shown["shown"]), shown["shown"]  # question, verdict and the four ratings after answering


def test_the_window_comes_back_at_the_size_and_place_it_was_left(make_window):
    first = make_window()
    available = first.screen().availableGeometry()
    first.resize(available.width() // 2, available.height() // 2)
    first.move(available.topLeft() + QPoint(30, 20))
    size, place = first.size(), first.frameGeometry().topLeft()
    first.close()
    again = make_window()
    assert again.size() == size
    # Qt's restoreGeometry() and the offscreen platform's frame disagree by a few pixels
    assert (again.frameGeometry().topLeft() - place).manhattanLength() <= 4


def test_a_place_on_a_screen_that_is_gone_comes_back_onto_this_one(make_window):
    first = make_window()
    first.resize(5000, 4000)  # as on a large second monitor that is no longer attached
    first.move(6000, 3000)
    first.close()
    again = make_window()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(again.frameGeometry()), (available, again.frameGeometry())
