"""The sync's local writes go through the `write` it is given (the app's progress writer): a sync
stopped at any one of them leaves whole writes behind, and the next sync goes on from there."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import text

from studyapp.core.loader import load_bank
from studyapp.core.scheduling import Scheduler
from studyapp.hub.connection import hub_engine
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.errors import SyncStopped
from studyapp.hub.sync import sync
from studyapp.hub.teacher import add_student, init_hub, publish
from studyapp.paths import AppDirs
from studyapp.settings import Settings
from studyapp.storage.progress import open_progress
from tests.hub.helpers import GENEVA, bank_version, cards, fill_reviews, local_reviews, new_geneva_version

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)


def _hub_count(creds: HubCredentials) -> tuple[int, int]:
    engine = hub_engine(creds)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text("SELECT count(*), count(DISTINCT uid) FROM hub.review")).one())
    finally:
        engine.dispose()


def test_a_sync_stopped_at_each_local_write_in_turn_goes_on_from_there(hub_class, tmp_path):
    url, _ = hub_class
    teacher = HubCredentials.from_url(url, "teacher")
    init_hub(teacher)
    publish(teacher, load_bank(GENEVA))
    ada = add_student(teacher, "Ada")
    scheduler = Scheduler(Settings(), fuzz=False)
    desktop, laptop = tmp_path / "desktop", tmp_path / "laptop"
    fill_reviews(desktop, 10, T0)
    with open_progress(AppDirs.under(desktop), T0) as progress:
        assert sync(progress, ada, scheduler, T0).pushed == 10
    fill_reviews(laptop, 7, T0 + timedelta(hours=1))
    old = bank_version(laptop)
    publish(teacher, load_bank(new_geneva_version(tmp_path / "next")))

    stops = 0
    with open_progress(AppDirs.under(laptop), T0) as progress:
        while True:  # the first run stops at its first write, the next at its second, … until one ends
            done = []

            def write(fn):
                if len(done) == stops:
                    raise SyncStopped("stopped here for the test")
                done.append(fn)
                return fn()

            try:
                report = sync(progress, ada, scheduler, T0, batch=3, write=write)
                break
            except SyncStopped:
                stops += 1
    # Run n stopped at its nth write; what runs before it did is not done again, so fewer runs than
    # a whole sync's writes (the tables, the bank record, the install and its mark, uids, pull, batches).
    assert stops >= 5 and report.problems == []
    assert bank_version(laptop) == old + 1
    assert len(local_reviews(laptop)) == 17 and _hub_count(teacher) == (17, 17)
    with open_progress(AppDirs.under(desktop), T0) as progress:
        assert sync(progress, ada, scheduler, T0).pulled == 7
    assert local_reviews(laptop) == local_reviews(desktop) and cards(laptop) == cards(desktop)
