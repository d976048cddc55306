"""SIGKILL `studyapp class sync` at random moments, pushing and pulling: nothing lost, nothing doubled.

A laptop holds a term of reviews; it and a second computer of the same student run the real
command as a subprocess, killed at a random moment each round (while starting, while pushing a
batch, while pulling). After every kill the hub has no review twice and none the laptop lacks,
and the desktop holds no review twice; at the end both computers and the hub hold exactly the
laptop's reviews, and the cards agree.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from studyapp.core.loader import load_bank
from studyapp.hub.connection import hub_engine
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.teacher import add_student, init_hub, publish
from tests.hub.helpers import GENEVA, REPO, cards, cli, fill_reviews, local_reviews

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)
REVIEWS = 600
ROUNDS = 9


def _count(engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM hub.review")).scalar())


def _hub_reviews(teacher: HubCredentials) -> list[tuple]:
    engine = hub_engine(teacher)
    try:
        with engine.connect() as conn:
            return [(q, at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds"), r)
                    for q, at, r in conn.execute(text("SELECT question_id, reviewed_at, rating FROM hub.review"))]
    finally:
        engine.dispose()


@pytest.mark.slow
def test_killing_sync_loses_and_doubles_nothing(hub_class, tmp_path, capsys):
    url, _ = hub_class
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    code = add_student(teacher, "Ada").join_code()
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    for folder in (laptop, desktop):
        assert cli(capsys, "class", "join", code, "--data-dir", str(folder))[0] == 0
    fill_reviews(laptop, REVIEWS, T0)
    made = Counter(local_reviews(laptop))
    assert sum(made.values()) == REVIEWS and max(made.values()) == 1

    rng = random.Random(19)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    watcher = hub_engine(teacher)
    kills = 0
    try:
        for round_ in range(ROUNDS):
            folder = laptop if round_ % 3 != 2 else desktop
            child = subprocess.Popen([sys.executable, "-m", "studyapp", "class", "sync", "--batch", "20",
                                      "--data-dir", str(folder)], cwd=REPO, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if folder is laptop:
                # Kill while pushing: once the hub has a few more of the laptop's reviews than before.
                target = _count(watcher) + rng.randint(1, 80)
                while child.poll() is None and _count(watcher) < target:
                    time.sleep(0.005)
            else:
                # The desktop only pulls: kill at a random moment of its run.
                try:
                    child.wait(timeout=rng.uniform(1.0, 6.0))
                except subprocess.TimeoutExpired:
                    pass
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            child.wait()
            on_hub = Counter(_hub_reviews(teacher))
            assert max(on_hub.values(), default=1) == 1, "a review reached the hub twice"
            assert set(on_hub) <= set(made), "the hub has a review the laptop never made"
            on_desktop = Counter(local_reviews(desktop))
            assert max(on_desktop.values(), default=1) == 1, "a review was pulled twice"
            assert set(on_desktop) <= set(made)
            assert Counter(local_reviews(laptop)) == made, "the laptop's own log changed"
    finally:
        watcher.dispose()
    assert kills >= ROUNDS // 2  # most rounds were really cut short

    for folder in (laptop, desktop, laptop):
        code_, out, err = cli(capsys, "class", "sync", "--data-dir", str(folder))
        assert code_ == 0, err
    assert Counter(_hub_reviews(teacher)) == made
    assert Counter(local_reviews(desktop)) == made
    assert cards(desktop) == cards(laptop)
