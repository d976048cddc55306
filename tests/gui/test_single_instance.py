"""A second launch on the same data folder wakes the first window and exits without opening the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from studyapp.gui.single_instance import SingleInstance, bring_forward, server_name

REPO = Path(__file__).resolve().parents[2]


def launch(data: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "studyapp", "--data-dir", str(data)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_launch_wakes_the_first_and_exits(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=60_000):
            proc = launch(data_dir)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "already open" in err and "brought to the front" in err
        # The second launch never touched the progress file.
        assert not (data_dir / "progress.sqlite3").exists()
    finally:
        first.release()


def test_different_data_folders_do_not_collide(qtbot, tmp_path):
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    try:
        assert a.claim() and b.claim()
        assert not SingleInstance(tmp_path / "a").claim()
    finally:
        a.release()
        b.release()


def test_the_folder_is_free_again_after_release_even_with_a_leftover_socket(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.claim()
    first.lock.release()  # as if the process died: the OS drops the lock, the socket name stays
    second = SingleInstance(tmp_path)
    try:
        assert second.claim()
        with qtbot.waitSignal(second.activated, timeout=10_000):
            assert SingleInstance(tmp_path).notify_running()
    finally:
        second.release()
        first.release()


def test_a_launch_that_cannot_reach_the_first_still_exits_politely(tmp_path, capsys, qtbot):
    first = SingleInstance(tmp_path)
    assert first.lock.acquire()  # holds the folder but serves no socket
    try:
        second = SingleInstance(tmp_path)
        assert not second.claim()
        assert second.hand_over() == 0
        assert "already open on" in capsys.readouterr().err
    finally:
        first.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stack
def test_bring_forward_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert not window.isMinimized() and window.isVisible()
