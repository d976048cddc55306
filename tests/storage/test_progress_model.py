"""A stateful model of progress across answers, undos, closing and reopening, backups and restores:
after every step the database holds exactly what the model says was acknowledged."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from studyapp.core.loader import load_bank
from studyapp.core.records import CardKey, ReviewRecord
from studyapp.core.scheduling import CardState, Rating, Scheduler
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.backups import make_backup, restore
from studyapp.storage.progress import open_progress
from tests.conftest import MINI
from tests.helpers.reviews import MINI_IDS

T0 = datetime(2022, 1, 21, 12, 0, tzinfo=timezone.utc)


class ProgressModel(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="studyapp-model-"))
        self.dirs = AppDirs.under(self.root)
        self.now = T0
        self.scheduler = Scheduler(Settings(), fuzz=False)
        self.progress = open_progress(self.dirs, self.now, bundled=[])
        self.progress.install_bank(load_bank(MINI), self.now)
        # The model: per question, the stack of (review id, rating, state after) still in the log.
        self.log: dict[str, list[tuple[int, Rating, CardState]]] = {q: [] for q in MINI_IDS}
        self.saved: list[tuple[Path, dict]] = []  # backups with the model as it was then

    def tick(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now

    @rule(qid=st.sampled_from(MINI_IDS), rating=st.sampled_from(list(Rating)))
    def answer(self, qid, rating):
        key = CardKey("mini", qid)
        before = self.progress.card_state(key)
        now = self.tick()
        after, _ = self.scheduler.review(before, rating, now)
        rid = self.progress.record_review(ReviewRecord(key, now, rating, before, after, answer=qid))
        self.log[qid].append((rid, rating, after))

    @precondition(lambda self: any(self.log.values()))
    @rule(data=st.data())
    def undo(self, data):
        qid = data.draw(st.sampled_from(sorted(q for q, stack in self.log.items() if stack)))
        rid, _, _ = self.log[qid].pop()
        restored = self.progress.undo_review(rid)
        expected = self.log[qid][-1][2] if self.log[qid] else CardState()
        assert restored == expected

    @rule()
    def close_and_reopen(self):
        self.progress.close()
        self.progress = open_progress(self.dirs, self.tick(), bundled=[])

    @rule()
    def backup(self):
        path = make_backup(self.dirs.database, self.dirs.backups, self.tick(), "auto")
        self.saved.append((path, {q: list(s) for q, s in self.log.items()}))

    @precondition(lambda self: self.saved)
    @rule(data=st.data())
    def restore_a_backup(self, data):
        path, model = data.draw(st.sampled_from(self.saved))
        self.progress.close()
        restore(path, self.dirs.database, self.dirs.backups, self.tick())
        self.log = {q: list(s) for q, s in model.items()}
        self.progress = open_progress(self.dirs, self.tick(), bundled=[])

    @invariant()
    def database_matches_the_model(self):
        for qid, stack in self.log.items():
            key = CardKey("mini", qid)
            history = self.progress.reviews(key)
            assert [(r.rating, r.after) for r in history] == [(rating, after) for _, rating, after in stack]
            assert self.progress.card_state(key) == (stack[-1][2] if stack else CardState())

    def teardown(self):
        self.progress.close()
        shutil.rmtree(self.root, ignore_errors=True)


ProgressModel.TestCase.settings = settings(max_examples=8, stateful_step_count=15, deadline=None)
test_progress_model = ProgressModel.TestCase
