"""The class hub in the app, on a real server: join, background sync, publish, View → Class."""

from __future__ import annotations

import os
import random
import stat
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from studyapp.core.loader import load_bank
from studyapp.hub.connection import hub_engine
from studyapp.hub.credentials import HubCredentials
from studyapp.hub.teacher import add_student, init_hub, publish
from studyapp.paths import AppDirs
from tests.hub.helpers import GENEVA, GENEVA_ID, fill_reviews

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

T0 = datetime(2022, 1, 21, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def open_window(qtbot):
    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow

    windows = []

    def make(data):
        ctx = AppContext(dirs=AppDirs.under(data), clock=lambda: T0, rng=random.Random(7), fuzz=False)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.library is not None and w.library.progress is not None:
            w.close()


@pytest.fixture
def teacher(hub_class):
    url, _ = hub_class
    creds = HubCredentials.from_url(url, "teacher")
    init_hub(creds)
    publish(creds, load_bank(GENEVA))
    return creds


def _on_hub(creds) -> int:
    engine = hub_engine(creds)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM hub.review")).scalar())
    finally:
        engine.dispose()


def test_joining_in_the_app_then_syncing_in_the_background(teacher, open_window, tmp_path, qtbot):
    data = tmp_path / "ada"
    fill_reviews(data, 12, T0)  # studied before joining: sent at the first sync
    window = open_window(data)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    dialog = window.class_hub.join()
    dialog.code.setText("not a code")
    dialog.accept()
    assert dialog.isVisible() and "not one studyapp made" in dialog.problem.text()
    dialog.code.setText(add_student(teacher, "Ada").join_code())
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000) as synced:
        dialog.accept()
    assert synced.args[0].pushed == 12
    assert stat.S_IMODE(os.stat(AppDirs.under(data).config / "class.json").st_mode) == 0o600
    assert _on_hub(teacher) == 12
    # Studying goes on while a sync runs: the sync is on its own thread.
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000):
        assert window.class_hub.sync_now()
        window.start_study(GENEVA_ID)
        assert window.study.session.current is not None


def test_an_offline_hub_is_said_in_the_status_bar_and_studying_goes_on(teacher, open_window, tmp_path, qtbot):
    data = tmp_path / "ben"
    student = add_student(teacher, "Ben")
    from studyapp.hub import credentials

    credentials.save(HubCredentials(**{**student.__dict__, "port": 1}), AppDirs.under(data).config)
    window = open_window(data)
    with qtbot.waitSignal(window.class_hub.sync_failed, timeout=30000) as failed:
        window.start()
    assert "cannot be reached" in failed.args[0]
    assert "cannot be reached" in window.statusBar().currentMessage()
    window.start_study(GENEVA_ID)
    assert window.study.session.current is not None


def test_a_teacher_publishes_from_the_library_and_sees_the_class(teacher, open_window, tmp_path, qtbot):
    from studyapp.hub import credentials

    ada = add_student(teacher, "Ada")
    student_dir = tmp_path / "ada"
    fill_reviews(student_dir, 30, T0)
    credentials.save(ada, AppDirs.under(student_dir).config)
    from studyapp.core.scheduling import Scheduler
    from studyapp.hub.sync import sync
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress

    with open_progress(AppDirs.under(student_dir), T0) as progress:
        sync(progress, ada, Scheduler(Settings(), fuzz=False), T0)

    data = tmp_path / "teacher"
    credentials.save(teacher, AppDirs.under(data).config)
    window = open_window(data)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    with qtbot.waitSignal(window.class_hub.published, timeout=30000) as published:
        window.actions["publish_class"].trigger()
    assert published.args[0].bank_id == GENEVA_ID and published.args[0].status == "unchanged"
    with qtbot.waitSignal(window.class_hub.report_ready, timeout=30000):
        window.actions["class_view"].trigger()
    dialog = window.dialogs[-1]
    assert dialog.students.rowCount() == 1
    assert dialog.students.item(0, 0).text() == "Ada" and dialog.students.item(0, 2).text() == "30"
    assert dialog.questions.rowCount() > 0
    dialog.reject()


def test_a_new_bank_version_waits_for_the_end_of_the_sitting(teacher, open_window, tmp_path, qtbot):
    from tests.hub.helpers import bank_version, new_geneva_version

    data = tmp_path / "ada"
    from studyapp.hub import credentials

    credentials.save(add_student(teacher, "Ada"), AppDirs.under(data).config)
    window = open_window(data)
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000):
        window.start()
    old = bank_version(data)
    publish(teacher, load_bank(new_geneva_version(tmp_path / "next")))
    window.start_study(GENEVA_ID)
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000) as during:
        window.class_hub.sync_now()
    assert during.args[0].installed == [] and bank_version(data) == old  # the sitting's copy stays put
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000) as after:
        window.back()
        window.class_hub.sync_now()
    assert [r.version for r in after.args[0].installed] == [old + 1] and bank_version(data) == old + 1
    qtbot.waitUntil(lambda: GENEVA_ID in window.library_view.notices, timeout=20000)
    notice = window.library_view.notices[GENEVA_ID]
    assert notice.result.headline.startswith(f"Updated to version {old + 1}: 1 added")


def test_every_local_write_of_a_sync_in_the_app_runs_on_the_windows_progress_writer(teacher, open_window,
                                                                                      tmp_path, qtbot):
    """A new bank version installed, another device's reviews replayed, this one's marked sent, the
    hub's tables and cursor: every write statement a sync makes on the progress file runs on the
    window's one progress writer thread, and the network on the sync's own (before, the sync wrote
    from its own thread, beside answers and imports on the writer)."""
    from datetime import timedelta

    from studyapp.core.scheduling import Scheduler
    from studyapp.hub import credentials
    from studyapp.hub.sync import sync
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress
    from tests.helpers.write_trace import write_threads
    from tests.hub.helpers import bank_version, new_geneva_version

    ada = add_student(teacher, "Ada")
    desktop, laptop = tmp_path / "desktop", tmp_path / "laptop"
    fill_reviews(desktop, 5, T0)
    with open_progress(AppDirs.under(desktop), T0) as progress:  # the desktop's reviews go to the hub
        assert sync(progress, ada, Scheduler(Settings(), fuzz=False), T0).pushed == 5
    fill_reviews(laptop, 7, T0 + timedelta(hours=1))  # the laptop's own, to send
    old = bank_version(laptop)
    publish(teacher, load_bank(new_geneva_version(tmp_path / "next")))
    window = open_window(laptop)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()  # not in the class yet: no sync
    writes = write_threads(window.library.progress.engine)
    credentials.save(ada, AppDirs.under(laptop).config)
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000) as synced:
        assert window.class_hub.sync_now()
    report = synced.args[0]
    assert (report.pulled, report.pushed) == (5, 7)
    assert [r.version for r in report.installed] == [old + 1] and bank_version(laptop) == old + 1
    statements = " ".join(sql for _, sql in writes).lower()
    assert all(table in statements for table in ("hub_review", "hub_bank", "hub_state", "hub_pulled", "card",
                                                 "question", "bank"))
    assert {thread for thread, _ in writes} == {window.writer.thread_id}


def test_a_sync_stops_rather_than_write_to_a_store_the_window_closed(open_window, tmp_path, qtbot):
    """A restore closes the store and opens the restored file while a sync may be half way: the
    sync's next local write is refused (and said) instead of going to the closed store's file."""
    from studyapp.hub.errors import SyncStopped

    window = open_window(tmp_path / "ada")
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    write = window.class_hub.writes_to(window.library.progress)
    assert write(window.writer.on_writer_thread)
    window.library.close()
    with pytest.raises(SyncStopped, match="next sync picks up"):
        write(lambda: pytest.fail("written to a closed store"))


def test_browse_shows_the_states_a_sync_brought_from_another_device(teacher, open_window, tmp_path, qtbot):
    """Reviews made on the desktop arrive on the laptop by a sync: Browse, open on the laptop, runs
    its search again (the sync reports changed reviews), so questions studied only on the desktop
    are no longer `is:new` there."""
    from studyapp.core.scheduling import Scheduler
    from studyapp.hub import credentials
    from studyapp.hub.sync import sync
    from studyapp.settings import Settings
    from studyapp.storage.progress import open_progress

    ada = add_student(teacher, "Ada")
    desktop, laptop = tmp_path / "desktop", tmp_path / "laptop"
    fill_reviews(desktop, 10, T0)  # the first ten questions
    with open_progress(AppDirs.under(desktop), T0) as progress:
        assert sync(progress, ada, Scheduler(Settings(), fuzz=False), T0).pushed == 10
    fill_reviews(laptop, 7, T0)  # the first seven
    window = open_window(laptop)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    window.actions["browse"].trigger()
    browse = window.browse_window
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert browse.search("is:new")
    before = browse.model.rowCount()
    credentials.save(ada, AppDirs.under(laptop).config)
    with qtbot.waitSignal(window.class_hub.synced, timeout=30000) as synced:
        assert window.class_hub.sync_now()
    assert synced.args[0].pulled == 10 and synced.args[0].installed == []
    assert browse.model.rowCount() == before - 3
    assert browse.count.text() == f"{before - 3} questions"
    browse.close()
