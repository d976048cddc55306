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
