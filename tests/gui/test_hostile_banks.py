"""A bank is untrusted input: shown through the real window, nothing in it reads a file outside the
bank's folder, touches the network or opens a link; its text is shown as text."""

from __future__ import annotations

import random
import socket
import sys

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QLabel

from studyapp.core.loader import load_bank
from studyapp.core.session import SessionState
from studyapp.errors import BankError
from tests.gui.helpers import answer_right

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the file spy uses Linux inotify"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


@pytest.fixture
def outside(tmp_path):
    """A real image outside any bank's folder: if anything loads it, the spy sees the open."""
    folder = tmp_path / "outside"
    folder.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(folder / "secret.png"))
    return folder


@pytest.fixture
def hostile_bank(tmp_path, outside, mini_bank_path):
    """mini.toml with markup in every kind of text field: images by absolute, file:// and ../ paths,
    http and file links, and one question text at the 4,000-character limit."""
    secret = outside / "secret.png"
    img_abs = f"<img src='{secret}'>"
    img_file = f"<img src='file://{secret}'>"
    img_up = "<img src='../outside/secret.png'>"
    link = "<a href='http://127.0.0.1:9/x'>click</a>"
    folder = tmp_path / "bank"
    (folder / "sources").mkdir(parents=True)
    article = (mini_bank_path.parent / "sources" / "mini.txt").read_text(encoding="utf-8")
    text = mini_bank_path.read_text(encoding="utf-8")
    name = f"Alice {img_abs} Smith"
    article, text = article.replace("Alice Smith", name), text.replace("Alice Smith", name)
    text = text.replace('title = "A small bank for tests"', f'title = "Bank {img_file}"')
    text = text.replace('title = "Mini article"', f'title = "Article {img_up}"')
    text = text.replace('explanation = "The mayor promised the bridge."',
                        f'explanation = "The mayor {link} {img_up} promised."')
    text = text.replace('prompt = "Bob Jones thought the plan was cheap."',
                        f'prompt = "{link} {img_file} ' + "long " * 760 + '"')
    (folder / "sources" / "mini.txt").write_text(article, encoding="utf-8")
    path = folder / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    load_bank(path)  # a valid bank: the markup is only text
    return path


class LinkSpy(QObject):
    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def no_network(monkeypatch):
    """Record (and refuse) any socket connection or link opening."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args))
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    links = LinkSpy()
    for scheme in ("http", "https", "file", "ftp"):
        QDesktopServices.setUrlHandler(scheme, links, "open")
    yield attempts, links
    for scheme in ("http", "https", "file", "ftp"):
        QDesktopServices.unsetUrlHandler(scheme)


def open_window(qtbot, data_dir, now):
    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow
    from studyapp.paths import AppDirs

    window = MainWindow(AppContext(dirs=AppDirs.under(data_dir), clock=lambda: now, rng=random.Random(3),
                                   fuzz=False, install_bundled=False))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.start()
    return window


def labels_showing(window, marker: str) -> list[QLabel]:
    return [lab for lab in window.findChildren(QLabel) if marker in lab.text()]


def test_a_hostile_bank_reads_nothing_outside_its_folder_and_opens_nothing(
        qtbot, data_dir, now, hostile_bank, outside, no_network):
    from tests.helpers.spies import FileOpens

    attempts, links = no_network
    spy = FileOpens(outside)
    window = open_window(qtbot, data_dir, now)
    try:
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.import_paths([hostile_bank])
        window.grab()
        window.start_study("mini")
        seen_markup = 0
        while window.study.session.state == SessionState.ASKING:
            window.grab()
            seen_markup += len(labels_showing(window, "<img"))
            answer_right(qtbot, window)
            window.grab()  # the feedback page, with the explanation and the source
            seen_markup += len(labels_showing(window, "<img"))
            if window.actions["article"].isEnabled():
                window.actions["article"].trigger()  # the article view, with the excerpt marked
                window.grab()
                window.back()
            for label in labels_showing(window, "<a "):
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
            qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_4)
        window.show_library()
        window.grab()
        assert seen_markup > 0  # the markup was on screen, as text
        assert spy.count() == 0, "a file outside the bank's folder was read"
        assert attempts == [] and links.opened == []
    finally:
        spy.close()
        window.close()


def test_the_file_spy_sees_a_rich_label_load_an_outside_image(qtbot, outside):
    """The spy works: a QLabel left to guess (AutoText) renders <img> and reads the file."""
    from tests.helpers.spies import FileOpens

    spy = FileOpens(outside)
    try:
        label = QLabel(f"<b>x</b><img src='{outside / 'secret.png'}'>")
        qtbot.addWidget(label)
        label.show()
        label.grab()
        assert spy.count() > 0
    finally:
        spy.close()


def test_limits_on_text_and_size(tmp_path, mini_bank_path):
    big = mini_bank_path.read_text(encoding="utf-8").replace(
        'prompt = "Bob Jones thought the plan was cheap."', 'prompt = "' + "x" * 4001 + '"')
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mini.txt").write_text((mini_bank_path.parent / "sources" / "mini.txt").read_text())
    path = tmp_path / "big.toml"
    path.write_text(big, encoding="utf-8")
    with pytest.raises(BankError, match="4000"):
        load_bank(path)
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (3 * 1024 * 1024))
    with pytest.raises(BankError, match="at most"):
        load_bank(huge)


@pytest.mark.qt_log_ignore("This plugin does not support raise", r"This plugin does not support propagateSizeHints\(\)")
def test_bank_text_in_a_tooltip_is_shown_not_loaded(qtbot, outside):
    """Qt draws a tooltip as rich text whenever it looks like markup: the exam table's tooltips
    (question, answer) must carry bank text escaped."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QToolTip

    from studyapp.gui.exam_view import ExamLine, ExamScoreView
    from tests.helpers.spies import FileOpens

    hostile = f"Who <img src='{outside / 'secret.png'}'> said it?"
    view = ExamScoreView()
    qtbot.addWidget(view)
    view.show_score("Exam", [ExamLine(hostile, "x", "y", False, 0.0)], 0.0)
    view.show()
    spy = FileOpens(outside)
    try:
        tip = view.table.item(0, 1).toolTip()
        QToolTip.showText(view.mapToGlobal(QPoint(5, 5)), tip, view)
        shown = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
        assert shown and shown[0].text() == tip
        shown[0].grab()
        assert shown[0].grab().width() > 0
        assert spy.count() == 0
        assert QLabel(tip).text() == tip  # the escaped form shows the markup as text
        assert "&lt;img" in tip
    finally:
        QToolTip.hideText()
        spy.close()
